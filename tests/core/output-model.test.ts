/** The output model both hosts write (src/core/output): flag text that fits its column, widths in one unit, money read as money. */
import { FLAG_TEXT_CHARS, flagCellText } from '../../src/core/output/flags-column';
import { charsToPoints, pointsToChars, widthIn } from '../../src/core/output/widths';
import type { Severity } from '../../src/core/findings';
import { REPORT_COLUMNS, rowLines } from '../../src/core/output/sheets';
import { check, sheet, workbook } from './support/workbooks';

const finding = (ruleId: string, severity: Severity = 'warning') => ({ ruleId, severity });

describe('a flag cell holds one short line', () => {
  test('worst finding first, each as its mark and rule id', () => {
    expect(flagCellText([finding('deadline.vague'), finding('owner.missing', 'error')])).toBe(
      '✖ owner.missing  ▲ deadline.vague',
    );
    expect(flagCellText([])).toBe('');
  });

  test('findings that just fit are all named; one character more and the last is counted instead', () => {
    // Two tags ('▲ ' and an id) joined by two spaces: ids of 14 characters come to exactly 34.
    const id = (length: number) => `r.${'x'.repeat(length - 2)}`;
    const length = (FLAG_TEXT_CHARS - 6) / 2;
    const fits = [finding(id(length)), finding(id(length))];
    expect(flagCellText(fits)).toHaveLength(FLAG_TEXT_CHARS);
    expect(flagCellText(fits)).not.toContain('+');
    const over = [finding(id(length)), finding(id(length + 1))];
    expect(flagCellText(over)).toBe(`▲ ${id(length)} +1`);
    expect(flagCellText(over).length).toBeLessThanOrEqual(FLAG_TEXT_CHARS);
  });

  test('a rule id too long for the column is cut, never the column widened or the text wrapped', () => {
    const long = finding(`pack.${'y'.repeat(60)}`, 'error');
    expect(flagCellText([long])).toHaveLength(FLAG_TEXT_CHARS);
    expect(flagCellText([long]).endsWith('…')).toBe(true);
    const withRest = flagCellText([long, finding('owner.missing')]);
    expect(withRest.endsWith('… +1')).toBe(true);
    expect(withRest.length).toBeLessThanOrEqual(FLAG_TEXT_CHARS);
    expect(flagCellText(Array.from({ length: 30 }, () => finding('a.b'))).length).toBeLessThanOrEqual(FLAG_TEXT_CHARS);
  });
});

describe('widths are characters, as a file stores them; the add-in converts to points', () => {
  test('Excel draws w characters as round(7w) pixels of 0.75 points', () => {
    expect(charsToPoints(40)).toBe(210);
    expect(charsToPoints(8.43)).toBe(44.25); // Excel's standard width: 64 pixels would be 48 points with padding
    expect(pointsToChars(210)).toBe(40);
    for (const w of [7, 9, 14, 16, 22, 40, 55, 68]) expect(pointsToChars(charsToPoints(w))).toBe(w);
  });

  test('a recorded width is given back in the unit of the host that clears', () => {
    expect(widthIn(40, 'chars', 'points')).toBe(210);
    expect(widthIn(210, 'points', 'chars')).toBe(40);
    expect(widthIn(12, 'chars', 'chars')).toBe(12);
  });
});

describe('money in a finding reads as money', () => {
  const tracker = (target: string) =>
    workbook(
      sheet('Savings', [
        ['Service', 'Year', 'Basis of split', 'Allocation BDC/RBC', target, 'Achieved'],
        ['CCTV', '2010/11', 'Activity based', '75%/25%', 120, 96],
        ['Lifeline', '2010/11', 'Equal', '50%/50%', 80, 80],
        ['Total', null, null, null, 340, 176],
      ]),
    );

  test('a total that does not add up shows as pounds, written in £000s or not; a split stays as written', async () => {
    const inThousands = await check(tracker("Saving target (£'000)"));
    const total = inThousands.findings.find((f) => f.address === 'E4');
    expect(total?.value).toBe('£340,000');
    const inPounds = await check(tracker('Saving target'));
    expect(inPounds.findings.find((f) => f.address === 'E4')?.value).toBe('£340');
    expect(inPounds.plan.report.find((r) => r.address === 'E4')?.value).toBe('£340');
  });

  test('a figure outside the money columns is left as the cell has it', async () => {
    const result = await check(tracker('Saving target'));
    expect(result.findings.filter((f) => f.column !== 5 && f.column !== 6).every((f) => !f.value.startsWith('£'))).toBe(
      true,
    );
  });
});

describe('the report\'s "Since last check" column', () => {
  const since = REPORT_COLUMNS.findIndex((c) => c.header === 'Since last check');
  const lines = (text: string) =>
    rowLines(
      REPORT_COLUMNS.map((_c, i) => (i === since ? text : '')),
      REPORT_COLUMNS,
    );

  test('holds "open since …, N days" on one line up to 12,345 days, so a second check keeps the rows as the first', () => {
    expect(lines('first check')).toBe(1);
    expect(lines('open since 31 Mar 2011, 12,345 days')).toBe(1);
    expect(lines('open since 31 Mar 2011, 12,345 days.')).toBe(2);
  });
});
