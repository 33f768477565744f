/**
 * Totals across a line ("Grant awards | Contract payments | Total payments"), cross-cast as a
 * finance officer would: checked only where the table shows the column is the line's total (most
 * lines add up), and partners' amounts against their line total on the same terms.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const across = (rows: CellValue[][]) =>
  check(
    workbook(sheet('Grants', [['Region', 'Grant awards £k', 'Contract payments £k', 'Total payments £k'], ...rows])),
  );

describe('a line whose figures do not add up to its own total column', () => {
  test('is reported where the other lines add up, naming the columns it added', async () => {
    const result = await across([
      ['Eastern', 149, 0, 149],
      ['East Midlands', 138, 85, 223],
      ['London', 345, 778, 1023],
      ['North East', 28, 0, 28],
    ]);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D4']);
    const finding = result.findings.find((f) => f.ruleId === 'amounts.parts-vs-total');
    expect(finding?.message).toBe(
      'London: Grant awards £k and Contract payments £k add up to £1,123,000, but Total payments £k shows £1,023,000 (a difference of £100,000).',
    );
  });

  test('two lines adding up against one that does not are enough to show the column is their total', async () => {
    const result = await across([
      ['Eastern', 149, 0, 149],
      ['East Midlands', 138, 85, 223],
      ['London', 345, 778, 1023],
    ]);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D4']);
  });

  test('one line adding up against one that does not shows nothing: the column may total something else', async () => {
    const result = await across([
      ['Eastern', 149, 10, 149],
      ['East Midlands', 138, 85, 223],
      ['London', 345, 778, 1023],
    ]);
    expect(loud(result)).toEqual([]);
  });

  test('rounding of one unit of the printed figures is allowed for up to three parts, two units are not', async () => {
    const rows = (london: number): CellValue[][] => [
      ['Eastern', 149, 0, 149],
      ['East Midlands', 138, 85, 223],
      ['London', 345, 778, london],
    ];
    expect(loud(await across(rows(1124)))).toEqual([]);
    expect(loud(await across(rows(1125)))).toEqual(['amounts.parts-vs-total@D4']);
  });

  test('a column of words with a figure here and there is not one of the parts', async () => {
    const result = await check(
      workbook(
        sheet('Bands', [
          ['Banding', 'Property value', 'Council Tax', 'Water', 'Net Total'],
          ['A', 'up to £27,000', 860.5, 154.98, 1015.48],
          ['B', '£27,001 to £35,000', 1003.92, 180.81, 1184.73],
          ['H', 'over £212,001', 3162.34, 464.94, 3627.28],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });

  test('with no totals row, the total across makes the table one whose totals are checked', async () => {
    const result = await check(
      workbook(
        sheet('Police funding', [
          ['£ million'],
          [null, 'Police grant', 'Revenue support grant', 'National non domestic rates', 'Total Government funding'],
          ['1997–98', 113.6, 65.8, 28.1, 207.5],
          ['1998–99', 119.1, 66.5, 27.6, 213.2],
          ['1999–2000', 118.7, 61.7, 29.5, 215.3],
          ['2000–01', 122.2, 65.9, 32.6, 220.7],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['amounts.parts-vs-total@E5']);
    expect(result.readings[0].kindReason).toContain("a total across each line ('Total Government funding')");
  });

  test('years numbered 1, 2 then 3 are no subtotal: the year 3 line is a line and the total row totals all three', async () => {
    const result = await check(
      workbook(
        sheet('Growth point', [
          ['Year', '1st Round', '2nd Round', 'Total'],
          [1, 89, 3, 92],
          [2, 109, 38, 147],
          [3, 129, 59, 188],
          ['Total', 327, 100, 427],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].subtotalRows).toEqual([]);
  });
});

describe("partners' amounts against their line total", () => {
  const shared = (rows: CellValue[][]) =>
    check(workbook(sheet('Shared', [['Service', 'BDC £', 'RBC £', 'Total £'], ...rows])));

  test('missing it on most lines, they are not the whole of it: no line is reported', async () => {
    const result = await shared([
      ['Payroll', 100, 100, 250],
      ['CCTV', 200, 100, 330],
      ['Audit', 100, 100, 200],
    ]);
    expect(loud(result).filter((id) => id.startsWith('amounts.partners-vs-total'))).toEqual([]);
  });

  test('adding up on most lines, the line that misses it is reported', async () => {
    const result = await shared([
      ['Payroll', 100, 100, 250],
      ['CCTV', 200, 100, 300],
      ['Audit', 100, 100, 200],
    ]);
    expect(loud(result).filter((id) => id.startsWith('amounts.partners-vs-total'))).toEqual([
      'amounts.partners-vs-total@B2',
    ]);
  });

  test('on two lines there is too little to go on, and each line that misses is reported', async () => {
    const result = await shared([
      ['Payroll', 100, 100, 250],
      ['CCTV', 200, 100, 330],
    ]);
    expect(loud(result).filter((id) => id.startsWith('amounts.partners-vs-total'))).toEqual([
      'amounts.partners-vs-total@B2',
      'amounts.partners-vs-total@B3',
    ]);
  });
});
