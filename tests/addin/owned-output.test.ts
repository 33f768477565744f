/**
 * The add-in knows its output from Concordat's record, as the command line does (issue 15, items
 * 2 and 9): a user's sheet called "Concordat report" (any case) or column headed "Concordat flags"
 * is the user's, Concordat's own output takes the next free name, and an edited record is refused.
 * Through the Office.js adapter over the fake Excel, which is as strict about sheet names as Excel.
 */
import { checkWorkbook } from '../../src/core/check';
import { RECORD_SHEET } from '../../src/core/owned-record';
import { FLAGS_HEADER } from '../../src/core/snapshot';
import { applyFlagPlan } from '../../src/excel/apply-flag-plan';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { clearConcordat } from '../../src/excel/clear-concordat';
import { readWorkbook } from '../../src/excel/read-workbook';
import { writeReportSheet } from '../../src/excel/write-report-sheet';
import { shippedCheck } from '../../testkit/packs';
import { ACTION_HEADERS, councilWorkbook } from './support/fixtures';
import { FakeExcel } from '../../testkit/office/fake-excel';
import { FakeWorkbook } from '../../testkit/office/fake-workbook';

const capabilities = ALL_CAPABILITIES;
const NOW = new Date('2010-06-14T09:00:00Z');

async function checkInExcel(workbook: FakeWorkbook) {
  const excel = new FakeExcel(workbook);
  const read = await readWorkbook(excel.context, { capabilities });
  const result = await checkWorkbook(read.snapshot, shippedCheck(), { now: NOW });
  await applyFlagPlan(excel.context, result.plan, { read, capabilities });
  return result;
}

const clear = (workbook: FakeWorkbook) =>
  clearConcordat(new FakeExcel(workbook).context, { keepLog: false, capabilities });

/** Every sheet's name, visibility and cells, for comparing a workbook before and after. */
function everything(workbook: FakeWorkbook): string {
  return JSON.stringify(
    workbook.sheets.map((sheet) => [
      sheet.name,
      sheet.visibility,
      [...sheet.cells.entries()],
      sheet.conditionalFormats,
    ]),
  );
}

function withLookalikes(): FakeWorkbook {
  const workbook = councilWorkbook(4);
  workbook.addSheet('Concordat report', [ACTION_HEADERS, ['U1', 'Renew the lease', '', 'Immediately', 'Open']]);
  workbook.addSheet('CONCORDAT LOG', [['Minutes of the board, kept by hand']]);
  workbook.addSheet('Concordat state', [['My own notes on the state of things']]);
  return workbook;
}

describe("a user's sheets named like Concordat's", () => {
  test('are checked and kept; Concordat writes its own beside them, and clear gives back the original', async () => {
    const workbook = withLookalikes();
    const before = everything(workbook);
    const result = await checkInExcel(workbook);
    expect(result.findings.filter((f) => f.sheet === 'Concordat report').map((f) => f.ruleId)).toContain(
      'owner.missing',
    );
    const names = workbook.sheets.map((sheet) => [sheet.name, sheet.visibility]);
    expect(names.slice(-3)).toEqual([
      ['Concordat report (2)', 'Visible'],
      ['Concordat state (2)', 'VeryHidden'],
      ['Concordat log (2)', 'Visible'],
    ]);
    expect(
      workbook
        .sheet('Concordat report (2)')
        ?.grid()
        .map((row) => row[2]),
    ).toContain('Concordat report');
    expect(workbook.sheet('CONCORDAT LOG')?.grid()).toEqual([['Minutes of the board, kept by hand']]);
    expect(workbook.sheet('Concordat state')?.grid()).toEqual([['My own notes on the state of things']]);

    // A second check finds its own output by its record: the same names, no "(3)".
    await checkInExcel(workbook);
    expect(workbook.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual(names);

    await clear(workbook);
    expect(everything(workbook)).toBe(before);
  });

  test('writing the report alone leaves the user\'s "Concordat report" and records its own', async () => {
    const workbook = withLookalikes();
    const result = await checkInExcel(workbook);
    await writeReportSheet(new FakeExcel(workbook).context, result.plan.report);
    expect(workbook.sheet('Concordat report')?.get(0, 0)?.value).toBe('Ref');
    expect(workbook.activeSheet).toBe('Concordat report (2)');
  });
});

describe("a user's column headed 'Concordat flags'", () => {
  test('keeps its header and notes: the flags go beside it, under another header, and clear takes only those', async () => {
    const workbook = councilWorkbook(8);
    const plan = workbook.sheet('Action plan');
    plan?.fill([[FLAGS_HEADER], [null], ['chased twice']], 1, 5);
    const before = everything(workbook);
    await checkInExcel(workbook);
    expect([plan?.get(1, 5)?.value, plan?.get(3, 5)?.value]).toEqual([FLAGS_HEADER, 'chased twice']);
    expect(plan?.get(1, 6)?.value).toBe('Concordat flags (2)');
    expect(String(plan?.get(6, 6)?.value)).toMatch(/^[✖▲ℹ] [a-z]+\.[a-z-]+/);
    await clear(workbook);
    expect(everything(workbook)).toBe(before);
  });
});

describe('an edited record', () => {
  test('is refused by a check and by a clear, and the workbook is left as it was', async () => {
    const workbook = councilWorkbook(8);
    await checkInExcel(workbook);
    const record = workbook.sheet(RECORD_SHEET);
    const blank = [...(record?.cells.entries() ?? [])].find(([, cell]) => cell.value === 'blank');
    const [row] = (blank?.[0] ?? '0,0').split(',').map(Number);
    record?.fill([['G3:G4']], row, 2);
    const before = everything(workbook);
    const message =
      "Concordat's record of what it wrote (the hidden sheet 'Concordat state') does not match its checksum: its records were edited after Concordat wrote them. Concordat cannot tell its own output from yours, so it changed nothing.";
    // The same code as the command line gives for the same edit (tests/safety/tampered-state.test.ts).
    await expect(checkInExcel(workbook)).rejects.toMatchObject({ code: 'record.invalid', message });
    await expect(clear(workbook)).rejects.toMatchObject({ code: 'record.invalid', message });
    expect(everything(workbook)).toBe(before);
  });

  test('a flags header overwritten while flags stay below it is refused, naming the cell, as on the command line', async () => {
    const workbook = councilWorkbook(8);
    await checkInExcel(workbook);
    const plan = workbook.sheet('Action plan');
    const [key] = [...(plan?.cells.entries() ?? [])].find(([, cell]) => cell.value === FLAGS_HEADER) ?? [];
    const [row, column] = (key ?? '0,0').split(',').map(Number);
    plan?.fill([['My column']], row, column);
    const before = everything(workbook);
    await expect(clear(workbook)).rejects.toMatchObject({
      code: 'record.flags-header-gone',
      message: expect.stringMatching(/^Action plan!\w+\d+ no longer holds the flags header 'Concordat flags'/),
      fix: 'put the header back (or delete the whole column), then try again',
    });
    expect(everything(workbook)).toBe(before);
  });
});

describe('the fake Excel is as strict as Excel', () => {
  test('about sheet names: no name twice in any case, 31 characters at most, none of []:*?/\\', () => {
    const workbook = councilWorkbook(1);
    expect(() => workbook.addSheet('ACTION PLAN')).toThrow(expect.objectContaining({ code: 'ItemAlreadyExists' }));
    expect(workbook.addSheet('x'.repeat(31)).name).toHaveLength(31);
    expect(() => workbook.addSheet('y'.repeat(32))).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    for (const bad of ['a/b', 'a[b]', 'a:b', 'a*b', 'a?b', 'a\\b', "'quoted'"])
      expect(() => workbook.addSheet(bad)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });

  test('about very hidden sheets: Excel will not delete one (a request that tries fails)', async () => {
    const workbook = councilWorkbook(1);
    workbook.addSheet('Hidden away').visibility = 'VeryHidden';
    const excel = new FakeExcel(workbook);
    excel.context.workbook.worksheets.getItem('Hidden away').delete();
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(workbook.sheet('Hidden away')).toBeDefined();
  });
});
