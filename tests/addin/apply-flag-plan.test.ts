/** Writing a flag plan into a workbook and taking it out again, through the Office.js adapter. */
import { HIGHLIGHT_MARKER } from '../../src/core/output/styles';
import { LOG_HEADERS, REPORT_HEADERS } from '../../src/core/output/sheets';
import { FLAGS_HEADER, LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { RECORD_SHEET as STATE_SHEET } from '../../src/core/owned-record';
import { applyFlagPlan } from '../../src/excel/apply-flag-plan';
import { SEVERITIES } from '../../src/core/findings';
import { chunkAddresses } from '../../src/excel/addresses';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { clearConcordat } from '../../src/excel/clear-concordat';
import { FLAGS_COLUMN_POINTS } from '../../src/excel/discover';
import { ExcelWriteError } from '../../src/excel/errors';
import { readWorkbook } from '../../src/excel/read-workbook';
import { selectCell } from '../../src/excel/select-cell';
import { writeReportSheet } from '../../src/excel/write-report-sheet';
import { addRecord, councilWorkbook, NO_CAPABILITIES, planFor } from './support/fixtures';
import { FakeExcel } from '../../testkit/office/fake-excel';
import { FakeWorkbook } from '../../testkit/office/fake-workbook';

const capabilities = ALL_CAPABILITIES;

/** Reads the workbook and applies the plan in the same request context, as runCheck does. */
async function check(workbook: FakeWorkbook, rows: number, writeReport = true): Promise<FakeExcel> {
  const excel = new FakeExcel(workbook);
  const read = await readWorkbook(excel.context, { capabilities });
  await applyFlagPlan(excel.context, planFor(rows, { formulaLikeText: true }), { read, writeReport, capabilities });
  return excel;
}

/** Adds the very hidden sheet where the command line keeps its record of what it wrote. */
const withUndoState = (workbook: FakeWorkbook): FakeWorkbook => addRecord(workbook);

/** A sheet's cells in address order, whatever order they were written in. */
function cellsOf(workbook: FakeWorkbook, name: string): string {
  const cells = [...(workbook.sheet(name)?.cells.entries() ?? [])];
  return JSON.stringify(cells.sort(([a], [b]) => a.localeCompare(b)));
}

function userCells(workbook: FakeWorkbook): string {
  return JSON.stringify(
    workbook.sheets
      .filter((sheet) => sheet.name !== LOG_SHEET && sheet.name !== REPORT_SHEET)
      .map((sheet) => [sheet.name, [...sheet.cells.entries()], [...sheet.widths.entries()], sheet.conditionalFormats]),
  );
}

describe('applyFlagPlan', () => {
  test('writes the flags column, one highlight rule per severity, the report and the log', async () => {
    const workbook = councilWorkbook(8);
    await check(workbook, 8);
    const sheet = workbook.sheet('Action plan');
    expect(sheet).toBeDefined();
    if (!sheet) return;

    // Flags column F from the header row down, header bold, text format, sized.
    expect(sheet.get(1, 5)).toMatchObject({ value: FLAGS_HEADER, bold: true, format: '@' });
    expect(sheet.get(2, 5)?.value).toBe('▲ deadline.vague: "Immediately" is not a date');
    expect(sheet.get(4, 5)?.value).toBe('✖ owner.missing: no owner named');
    // Text that looks like a formula is stored as text, not evaluated.
    expect(sheet.get(3, 5)).toMatchObject({ value: '=HYPERLINK("http://example.com")', type: 'String' });
    expect(sheet.get(3, 5)?.formula).toBeUndefined();
    expect(sheet.widths.get(5)).toBe(FLAGS_COLUMN_POINTS);

    // One conditional format per severity that has cells, over all of them at once.
    expect(sheet.conditionalFormats).toEqual([
      { type: 'Custom', formula: '="concordat:error"<>""', fill: '#FFC7CE', font: '#9C0006', appliesTo: 'C5,C9' },
      { type: 'Custom', formula: '="concordat:warning"<>""', fill: '#FFEB9C', font: '#9C5700', appliesTo: 'D3,D7' },
    ]);

    const report = workbook.sheet(REPORT_SHEET);
    expect(report?.grid()[0]).toEqual([...REPORT_HEADERS]);
    expect(report?.grid()[1]).toEqual([
      'warning',
      'deadline.vague',
      'Action plan',
      'D3',
      'Deadline',
      'Immediately',
      'Not a date.',
      'Name one accountable officer.',
      'first check',
      null, // not accepted
    ]);
    expect(report?.get(1, 3)?.hyperlink).toBe(`'Action plan'!D3`);
    expect(report?.get(1, 3)?.value).toBe('D3');
    expect(report?.frozenRows).toBe(1);

    const log = workbook.sheet(LOG_SHEET);
    expect(log?.grid()).toEqual([
      [...LOG_HEADERS],
      // A first check: no counts of what changed, rather than everything "new".
      [
        '2010-02-15T09:30:00.000Z',
        '2010-02-15',
        'action-plan@1.0.0',
        'ab'.repeat(32),
        2,
        2,
        0,
        2,
        'first check',
        null,
        null,
        null,
        0,
      ],
    ]);
  });

  test('writes in one request after its read, for 20 rows as for 5,000, and no proxy per cell but a link', async () => {
    const measured: Record<number, { syncs: number; proxies: number; chunks: number }> = {};
    for (const rows of [20, 5000]) {
      const excel = new FakeExcel(councilWorkbook(rows));
      const read = await readWorkbook(excel.context, { capabilities });
      const before = { syncs: excel.syncCount, proxies: excel.proxyCount };
      await applyFlagPlan(excel.context, planFor(rows), { read, capabilities });
      const { highlights } = planFor(rows).sheets[0];
      const chunks = SEVERITIES.reduce((sum, severity) => sum + chunkAddresses(highlights[severity]).length, 0);
      measured[rows] = { syncs: excel.syncCount - before.syncs, proxies: excel.proxyCount - before.proxies, chunks };
      expect(excel.suspendCalls).toBe(1);
    }
    expect(measured[20].syncs).toBe(1);
    expect(measured[5000].syncs).toBe(1);
    // The only growth: one RangeAreas and one conditional format per ~2,000 characters of addresses
    // (2,500 flagged cells here), and one range per report row for its link (Office.js sets
    // hyperlinks cell by cell), against 30,000 cells written.
    const extraChunks = measured[5000].chunks - measured[20].chunks;
    const extraLinks = planFor(5000).report.length - planFor(20).report.length;
    expect(measured[5000].proxies).toBe(measured[20].proxies + 2 * extraChunks + extraLinks);
    expect(extraChunks).toBeLessThan(10);
  });

  test('with a bare snapshot, asks Excel what it needs first: two requests', async () => {
    const workbook = councilWorkbook(8);
    const snapshot = (await readWorkbook(new FakeExcel(workbook).context)).snapshot;
    const writer = new FakeExcel(workbook);
    await applyFlagPlan(writer.context, planFor(8), { snapshot, capabilities });
    expect(writer.syncCount).toBe(2);
    expect(workbook.sheet('Action plan')?.get(1, 5)?.value).toBe(FLAGS_HEADER);
  });

  test('on a host without getColumnProperties, one more request reads the flags column widths', async () => {
    const workbook = councilWorkbook(8);
    const excel = new FakeExcel(workbook);
    const read = await readWorkbook(excel.context, { capabilities: NO_CAPABILITIES });
    await applyFlagPlan(excel.context, planFor(8), { read, capabilities: NO_CAPABILITIES });
    expect(excel.syncCount).toBe(2 + 2);
    expect(workbook.sheet('Action plan')?.widths.get(5)).toBe(FLAGS_COLUMN_POINTS);
  });

  test('splits a write over the request budget between rows and writes the same workbook', async () => {
    const whole = councilWorkbook(400);
    await check(whole, 400);
    const split = councilWorkbook(400);
    const excel = new FakeExcel(split);
    const read = await readWorkbook(excel.context, { capabilities });
    const plan = planFor(400, { formulaLikeText: true });
    await applyFlagPlan(excel.context, plan, { read, capabilities, maxRequestBytes: 8_000 });
    expect(excel.syncCount - 2).toBeGreaterThan(4);
    const requests = excel.payloads.slice(2).map((payload) => payload.requestBytes);
    expect(Math.max(...requests)).toBeLessThanOrEqual(8_000);
    for (const name of ['Action plan', 'Savings', REPORT_SHEET, LOG_SHEET]) {
      expect(cellsOf(split, name)).toBe(cellsOf(whole, name));
    }
    expect(split.sheet('Action plan')?.conditionalFormats).toEqual(whole.sheet('Action plan')?.conditionalFormats);
  });

  test('rerunning replaces the flags and highlights and adds a log row', async () => {
    const workbook = councilWorkbook(8);
    await check(workbook, 8);
    await check(workbook, 8);
    const sheet = workbook.sheet('Action plan');
    const flagHeaders = [...(sheet?.cells.values() ?? [])].filter((cell) => cell.value === FLAGS_HEADER);
    expect(flagHeaders).toHaveLength(1);
    expect(sheet?.conditionalFormats).toHaveLength(2);
    expect(workbook.sheet(LOG_SHEET)?.grid()).toHaveLength(3);
    expect(workbook.sheets.filter((s) => s.name === REPORT_SHEET)).toHaveLength(1);
  });

  test('keeps the user’s own conditional formats and cells', async () => {
    const workbook = councilWorkbook(8);
    const sheet = workbook.sheet('Action plan');
    sheet?.conditionalFormats.push({
      type: 'Custom',
      formula: '=$E3="Overdue"',
      fill: '#FF0000',
      font: '',
      appliesTo: 'E3:E10',
    });
    const before = userCells(workbook);
    await check(workbook, 8);
    expect(sheet?.conditionalFormats).toHaveLength(3);
    await clearConcordat(new FakeExcel(workbook).context, { keepLog: false });
    expect(userCells(workbook)).toBe(before);
  });

  test('falls back to one highlight rule per flagged range without RangeAreas (ExcelApi < 1.9)', async () => {
    const workbook = councilWorkbook(8);
    const snapshot = (await readWorkbook(new FakeExcel(workbook).context)).snapshot;
    const writer = new FakeExcel(workbook);
    await applyFlagPlan(writer.context, planFor(8), {
      snapshot,
      capabilities: NO_CAPABILITIES,
    });
    const formats = workbook.sheet('Action plan')?.conditionalFormats ?? [];
    expect(formats.map((f) => f.appliesTo)).toEqual(['C5', 'C9', 'D3', 'D7']);
    expect(formats.every((f) => f.formula.includes(HIGHLIGHT_MARKER))).toBe(true);
    expect(writer.suspendCalls).toBe(0);
  });

  test('refuses to write into a protected sheet and leaves the workbook untouched', async () => {
    const workbook = councilWorkbook(8);
    const sheet = workbook.sheet('Action plan');
    if (sheet) sheet.protected = true;
    const before = userCells(workbook);
    const attempt = check(workbook, 8);
    await expect(attempt).rejects.toBeInstanceOf(ExcelWriteError);
    await expect(attempt).rejects.toMatchObject({
      code: 'sheet.protected',
      excelCode: 'AccessDenied',
      sheet: 'Action plan',
      message: "Concordat cannot write its flags into the workbook because the sheet 'Action plan' is protected.",
      fix: expect.stringMatching(/^unprotect the sheet \(Review > Unprotect Sheet\)/),
    });
    expect(userCells(workbook)).toBe(before);
    expect(workbook.sheet(LOG_SHEET)).toBeUndefined();
  });

  test('takes its partial output out again when Excel fails part-way through the write', async () => {
    const workbook = councilWorkbook(8);
    const before = userCells(workbook);
    const snapshot = (await readWorkbook(new FakeExcel(workbook).context)).snapshot;
    const writer = new FakeExcel(workbook, { failSyncAfterWrites: { sync: 2, code: 'GeneralException' } });
    const attempt = applyFlagPlan(writer.context, planFor(8), { snapshot, capabilities });
    await expect(attempt).rejects.toMatchObject({
      name: 'ExcelWriteError',
      code: 'excel.failed',
      excelCode: 'GeneralException',
    });
    expect(userCells(workbook)).toBe(before);
    expect(workbook.sheet(REPORT_SHEET)).toBeUndefined();
    expect(workbook.sheet(LOG_SHEET)).toBeUndefined();
  });

  test('after a failed rerun the log keeps the earlier runs and not the failed one', async () => {
    const workbook = councilWorkbook(8);
    await check(workbook, 8);
    const snapshot = (await readWorkbook(new FakeExcel(workbook).context)).snapshot;
    const writer = new FakeExcel(workbook, { failSyncAfterWrites: { sync: 2, code: 'GeneralException' } });
    await expect(applyFlagPlan(writer.context, planFor(8), { snapshot, capabilities })).rejects.toThrow();
    expect(workbook.sheet(LOG_SHEET)?.grid()).toHaveLength(2);
  });

  test('refuses to add its sheets to a workbook whose structure is protected', async () => {
    const workbook = councilWorkbook(8);
    workbook.structureProtected = true;
    await expect(check(workbook, 8)).rejects.toThrow(/structure is protected/);
    await expect(check(workbook, 8)).rejects.toMatchObject({ code: 'workbook.protected', excelCode: 'AccessDenied' });
    expect(workbook.sheet(LOG_SHEET)).toBeUndefined();
  });

  test('without the report, the pane’s check removes a stale report sheet', async () => {
    const workbook = councilWorkbook(8);
    await check(workbook, 8, true);
    await check(workbook, 8, false);
    expect(workbook.sheet(REPORT_SHEET)).toBeUndefined();
  });
});

describe('clearConcordat', () => {
  test('keeps the log for the audit trail when asked', async () => {
    const workbook = councilWorkbook(8);
    await check(workbook, 8);
    const excel = new FakeExcel(workbook);
    await clearConcordat(excel.context, { keepLog: true, capabilities });
    const sheet = workbook.sheet('Action plan');
    expect([...(sheet?.cells.values() ?? [])].some((cell) => cell.value === FLAGS_HEADER)).toBe(false);
    expect(sheet?.get(2, 5)).toBeUndefined();
    expect(sheet?.conditionalFormats).toEqual([]);
    expect(sheet?.widths.has(5)).toBe(false);
    expect(workbook.sheet(REPORT_SHEET)).toBeUndefined();
    expect(workbook.sheet(LOG_SHEET)).toBeDefined();
    // Reading the workbook (2 requests) and clearing (1); the read brings the highlight rules and widths.
    expect(excel.syncCount).toBe(3);
  });

  test('deletes the record, which no longer matches the workbook', async () => {
    const workbook = withUndoState(councilWorkbook(8));
    await check(workbook, 8);
    expect(workbook.sheet(STATE_SHEET)?.visibility).toBe('VeryHidden'); // a check rewrites it in place
    await clearConcordat(new FakeExcel(workbook).context, { keepLog: true, capabilities });
    expect(workbook.sheet(STATE_SHEET)).toBeUndefined();
    expect(workbook.sheet(LOG_SHEET)).toBeDefined();
  });

  test('deletes the undo state even when there is nothing else to clear', async () => {
    const workbook = councilWorkbook(8);
    const before = userCells(workbook);
    withUndoState(workbook);
    await clearConcordat(new FakeExcel(workbook).context, { keepLog: false, capabilities });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Action plan', 'Savings', 'Notes']);
    expect(userCells(workbook)).toBe(before);
  });

  test('will not leave the undo state behind a protected workbook structure, and says so', async () => {
    const workbook = withUndoState(councilWorkbook(8));
    workbook.structureProtected = true;
    const attempt = clearConcordat(new FakeExcel(workbook).context, { keepLog: true, capabilities });
    await expect(attempt).rejects.toThrow(/structure is protected/);
    await expect(attempt).rejects.toMatchObject({ code: 'workbook.protected' });
    expect(workbook.sheet(STATE_SHEET)).toBeDefined();
  });

  test('restores the workbook exactly when the log goes too', async () => {
    const workbook = councilWorkbook(8);
    const before = userCells(workbook);
    const names = workbook.sheets.map((sheet) => sheet.name);
    await check(workbook, 8);
    await clearConcordat(new FakeExcel(workbook).context, { keepLog: false });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(names);
    expect(userCells(workbook)).toBe(before);
  });
});

describe('selectCell and writeReportSheet', () => {
  test('selectCell activates the sheet and selects the cell in one request', async () => {
    const excel = new FakeExcel(councilWorkbook(4));
    await selectCell(excel.context, 'Savings', 'C3');
    expect(excel.workbook.activeSheet).toBe('Savings');
    expect(excel.workbook.selection).toEqual({ sheet: 'Savings', address: 'C3' });
    expect(excel.syncCount).toBe(1);
  });

  test('selectCell names a sheet that has gone', async () => {
    const excel = new FakeExcel(councilWorkbook(4));
    await expect(selectCell(excel.context, 'Old plan', 'A1')).rejects.toMatchObject({
      code: 'sheet.gone',
      excelCode: 'ItemNotFound',
      message: expect.stringContaining("'Old plan' was renamed or deleted"),
    });
  });

  test('writeReportSheet splits a report over the request budget and writes the same sheet', async () => {
    const rows = planFor(400).report;
    const whole = councilWorkbook(8);
    await writeReportSheet(new FakeExcel(whole).context, rows);
    const split = councilWorkbook(8);
    const excel = new FakeExcel(split);
    await writeReportSheet(excel.context, rows, { maxRequestBytes: 10_000 });
    expect(excel.syncCount).toBeGreaterThan(3);
    expect(cellsOf(split, REPORT_SHEET)).toBe(cellsOf(whole, REPORT_SHEET));
    expect(split.activeSheet).toBe(REPORT_SHEET);
  });

  test('writeReportSheet writes and shows the report in three requests', async () => {
    const workbook = councilWorkbook(8);
    const excel = new FakeExcel(workbook);
    await writeReportSheet(excel.context, planFor(8).report);
    expect(workbook.sheet(REPORT_SHEET)?.grid()).toHaveLength(5);
    expect(workbook.activeSheet).toBe(REPORT_SHEET);
    // The sheet list; the record and protection; the write.
    expect(excel.syncCount).toBe(3);
    await writeReportSheet(new FakeExcel(workbook).context, planFor(4).report);
    expect(workbook.sheet(REPORT_SHEET)?.grid()).toHaveLength(3);
  });
});
