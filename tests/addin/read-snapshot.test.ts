/** Reading a workbook through the Office.js adapter, against the fake Excel's proxies (testkit/office). */
import { HIGHLIGHT_MARKER } from '../../src/core/output/styles';
import { REPORT_HEADERS } from '../../src/core/output/sheets';
import { LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { RECORD_SHEET as STATE_SHEET } from '../../src/core/owned-record';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { columnKey, FLAGS_COLUMN_POINTS } from '../../src/excel/discover';
import { readWorkbook } from '../../src/excel/read-workbook';
import { ExcelWriteError } from '../../src/excel/errors';
import { applyFlagPlan } from '../../src/excel/apply-flag-plan';
import { addRecord, councilWorkbook, planFor } from './support/fixtures';
import { FakeExcel } from '../../testkit/office/fake-excel';

/** 400 cells a request: small enough for the 300-row council workbook to need several. */
const SMALL_LIMITS = { bytesPerCell: 100, maxBytesPerRequest: 100 * 400, maxCellsPerRequest: 5_000_000 };

describe('readSnapshot', () => {
  test('reads every sheet with its origin, values, errors, dates and number formats', async () => {
    const excel = new FakeExcel(councilWorkbook(4));
    const snapshot = (await readWorkbook(excel.context)).snapshot;

    expect(snapshot.date1904).toBe(false);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Action plan', 'Savings', 'Notes']);
    const [actions, savings, notes] = snapshot.sheets;
    expect(actions.originRow).toBe(1);
    expect(actions.originCol).toBe(1);
    expect(actions.values[1]).toEqual(['Ref', 'Recommendation', 'Owner', 'Deadline', 'Status']);
    expect(actions.values[2]).toEqual([
      'R1',
      'Agree the shared ICT service specification (1)',
      'Head of Finance',
      'Immediately',
      'Open',
    ]);
    expect(actions.values[0][1]).toBeNull(); // blank cells are null, not ''
    expect(actions.values[4][3]).toBe(40238);
    expect(actions.numberFormats?.[4][3]).toBe('dd/mm/yyyy');
    expect(actions.numberFormats?.[2][3]).toBeNull(); // General carries nothing for the core
    expect(savings.originRow).toBe(2);
    expect(savings.originCol).toBe(2);
    expect(savings.values[2]).toEqual(['Lifeline', '£120k', 0.6, { error: '#REF!' }]);
    expect(notes).toEqual({ name: 'Notes', originRow: 1, originCol: 1, values: [], numberFormats: [] });
  });

  test('recognises the 1904 date system', async () => {
    const workbook = councilWorkbook(2);
    workbook.date1904 = true;
    expect((await readWorkbook(new FakeExcel(workbook).context)).snapshot.date1904).toBe(true);
  });

  test('takes two requests however many rows there are, while the workbook fits in one', async () => {
    const counts: Record<number, { syncs: number; proxies: number }> = {};
    for (const rows of [20, 5000]) {
      const excel = new FakeExcel(councilWorkbook(rows));
      const snapshot = (await readWorkbook(excel.context)).snapshot;
      expect(snapshot.sheets[0].values).toHaveLength(rows + 2);
      counts[rows] = { syncs: excel.syncCount, proxies: excel.proxyCount };
    }
    expect(counts[20].syncs).toBe(2);
    expect(counts[5000]).toEqual(counts[20]);
  });

  test('reads a workbook known to be too big size-first, in row blocks, and gets the same snapshot', async () => {
    const whole = await readWorkbook(new FakeExcel(councilWorkbook(300)).context);
    const excel = new FakeExcel(councilWorkbook(300));
    const chunked = (await readWorkbook(excel.context, { limits: SMALL_LIMITS, expectedBytes: whole.bytes })).snapshot;
    expect(chunked).toEqual(whole.snapshot);
    // Names, sizes, then 302 × 5 action cells + 12 savings cells (about 61,000 bytes) in two blocks: the
    // first at what the last read came to a cell, the second at what the first block's rows cost.
    expect(excel.syncCount).toBe(2 + 2);
    expect(excel.payloads.some((p) => p.rejected)).toBe(false);
    expect(excel.largestPayloadBytes).toBeLessThanOrEqual(SMALL_LIMITS.maxBytesPerRequest);
  });

  test('falls back to reading size-first when Excel refuses the one-request read as too large', async () => {
    const whole = (await readWorkbook(new FakeExcel(councilWorkbook(300)).context)).snapshot;
    const excel = new FakeExcel(councilWorkbook(300), { maxPayloadBytes: 45_000 });
    const chunked = (await readWorkbook(excel.context, { limits: SMALL_LIMITS })).snapshot;
    expect(chunked).toEqual(whole);
    // Names, the refused read, sizes, then the blocks.
    expect(excel.payloads.map((p) => p.rejected)).toEqual([false, true, false, false, false, false]);
    expect(excel.largestPayloadBytes).toBeLessThanOrEqual(SMALL_LIMITS.maxBytesPerRequest);
  });

  test('sizes later blocks by what the first ones cost, and never again as big as one Excel refused', async () => {
    const whole = (await readWorkbook(new FakeExcel(councilWorkbook(2000)).context)).snapshot;
    const excel = new FakeExcel(councilWorkbook(2000), { maxPayloadBytes: 100_000 });
    const limits = { ...SMALL_LIMITS, maxBytesPerRequest: 200_000, bytesPerCell: 200 };
    const snapshot = (await readWorkbook(excel.context, { limits, expectedBytes: Infinity })).snapshot;
    expect(snapshot).toEqual(whole);
    // The first block (1,000 cells at the guessed 200 bytes) fits; the next, sized at ~50 bytes a cell
    // for the 200,000-byte budget, is refused by the 100,000-byte host and halved; none is refused twice.
    const rejected = excel.payloads.filter((p) => p.rejected).length;
    expect(rejected).toBe(1);
    expect(excel.largestPayloadBytes).toBeLessThanOrEqual(100_000);
  });

  test('splits a batch Excel rejects as too large and still reads everything', async () => {
    const whole = (await readWorkbook(new FakeExcel(councilWorkbook(200)).context)).snapshot;
    const excel = new FakeExcel(councilWorkbook(200), { maxCellsPerSync: 300 });
    const snapshot = (await readWorkbook(excel.context)).snapshot;
    expect(snapshot).toEqual(whole);
    expect(excel.syncCount).toBeGreaterThan(3);
  });

  test('leaves out the record, and reads only the header row of a report', async () => {
    const workbook = councilWorkbook(4);
    workbook.addSheet(REPORT_SHEET, [[...REPORT_HEADERS], ['error', 'owner.missing']]);
    workbook.addSheet(LOG_SHEET, [['Ran at'], ['2010-02-15T09:30:00.000Z']]);
    addRecord(workbook, {
      sheets: [
        { role: 'report', name: REPORT_SHEET },
        { role: 'log', name: LOG_SHEET },
      ],
    });
    const read = await readWorkbook(new FakeExcel(workbook).context);
    const names = read.snapshot.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(['Action plan', 'Savings', 'Notes', REPORT_SHEET, LOG_SHEET]);
    expect(read.snapshot.sheets[3].values).toEqual([[...REPORT_HEADERS]]);
    expect(read.snapshot.sheets[4].values).toHaveLength(2);
    expect(read.snapshot.owned?.sheets).toEqual([REPORT_SHEET, LOG_SHEET]);
    // The write still knows about the record's sheet, to rewrite it or delete it on clear.
    expect(read.owned.recordSheet).toBe(STATE_SHEET);
    expect(read.discovery.worksheets.has(STATE_SHEET)).toBe(true);
  });

  test('brings back what a write needs in the same two requests', async () => {
    const workbook = councilWorkbook(4);
    const plan = workbook.sheet('Action plan');
    const savings = workbook.sheet('Savings');
    if (!plan || !savings) throw new Error('fixture changed');
    savings.protected = true;
    plan.widths.set(5, FLAGS_COLUMN_POINTS + 0.5); // F: at Concordat's width (as Excel rounds it)
    plan.widths.set(3, 90); // D: sized by the user
    plan.conditionalFormats.push(
      { type: 'Custom', formula: `="${HIGHLIGHT_MARKER}error"<>""`, fill: '', font: '', appliesTo: 'C5' },
      { type: 'Custom', formula: '=$E3="Overdue"', fill: '#FF0000', font: '', appliesTo: 'E3:E6' },
    );
    const excel = new FakeExcel(workbook);
    const { discovery } = await readWorkbook(excel.context, { capabilities: ALL_CAPABILITIES });
    expect(excel.syncCount).toBe(2);
    expect([...discovery.protectedSheets]).toEqual(['Savings']);
    expect(discovery.highlightFormats).toHaveLength(1);
    // The used range A1:E6 and the column after it, F.
    const measured = [1, 2, 3, 4, 5, 6].map((column) => columnKey({ sheet: 'Action plan', column }));
    expect(measured.every((key) => discovery.widths.measured.has(key))).toBe(true);
    expect(discovery.widths.measured.has(columnKey({ sheet: 'Action plan', column: 7 }))).toBe(false);
    expect(discovery.widths.owned.has(columnKey({ sheet: 'Action plan', column: 1 }))).toBe(true);
    expect(discovery.widths.owned.has(columnKey({ sheet: 'Action plan', column: 4 }))).toBe(false);
    expect(discovery.widths.owned.has(columnKey({ sheet: 'Action plan', column: 6 }))).toBe(true);
  });

  test('a size-first read brings back the column widths with the sizes, so the write needs no request of its own', async () => {
    const workbook = councilWorkbook(300);
    workbook.sheet('Action plan')?.widths.set(3, 90); // D: sized by the user
    const excel = new FakeExcel(workbook);
    const read = await readWorkbook(excel.context, {
      capabilities: ALL_CAPABILITIES,
      limits: SMALL_LIMITS,
      expectedBytes: Infinity,
    });
    const { widths } = read.discovery;
    const measured = [1, 2, 3, 4, 5, 6].map((column) => columnKey({ sheet: 'Action plan', column }));
    expect(measured.every((key) => widths.measured.has(key))).toBe(true);
    expect(widths.owned.has(columnKey({ sheet: 'Action plan', column: 4 }))).toBe(false);
    expect(widths.owned.has(columnKey({ sheet: 'Action plan', column: 6 }))).toBe(true);

    const readSyncs = excel.syncCount;
    await applyFlagPlan(excel.context, planFor(300), { read, capabilities: ALL_CAPABILITIES, writeReport: false });
    expect(excel.syncCount - readSyncs).toBe(1);
    expect(workbook.sheet('Action plan')?.widths.get(5)).toBe(FLAGS_COLUMN_POINTS);
  });

  test('reports a payload that cannot be split any further as an ExcelWriteError', async () => {
    const excel = new FakeExcel(councilWorkbook(10), { maxCellsPerSync: 2 });
    const failure = readWorkbook(excel.context);
    await expect(failure).rejects.toBeInstanceOf(ExcelWriteError);
    await expect(failure).rejects.toMatchObject({
      code: 'limit.excel-request',
      excelCode: 'RequestPayloadSizeLimitExceeded',
    });
  });
});
