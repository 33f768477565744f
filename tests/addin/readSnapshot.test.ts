/** Reading a workbook through the Office.js adapter, against office-addin-mock proxies. */
import { readSnapshot } from '../../src/excel/readSnapshot';
import { ExcelWriteError } from '../../src/excel/errors';
import { councilWorkbook } from './support/fixtures';
import { MockExcel } from './support/mock-excel';

describe('readSnapshot', () => {
  test('reads every sheet with its origin, values, errors, dates and number formats', async () => {
    const excel = new MockExcel(councilWorkbook(4));
    const snapshot = await readSnapshot(excel.context);

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
    expect((await readSnapshot(new MockExcel(workbook).context)).date1904).toBe(true);
  });

  test('takes three requests however many rows there are', async () => {
    const counts: Record<number, { syncs: number; proxies: number }> = {};
    for (const rows of [20, 5000]) {
      const excel = new MockExcel(councilWorkbook(rows));
      const snapshot = await readSnapshot(excel.context);
      expect(snapshot.sheets[0].values).toHaveLength(rows + 2);
      counts[rows] = { syncs: excel.syncCount, proxies: excel.proxyCount };
    }
    expect(counts[20].syncs).toBe(3);
    expect(counts[5000]).toEqual(counts[20]);
  });

  test('reads a workbook over the request budget in row blocks and gets the same snapshot', async () => {
    const whole = await readSnapshot(new MockExcel(councilWorkbook(300)).context);
    const excel = new MockExcel(councilWorkbook(300));
    const limits = { bytesPerCell: 100, maxBytesPerRequest: 100 * 400, maxCellsPerRequest: 5_000_000 };
    const chunked = await readSnapshot(excel.context, { limits });
    expect(chunked).toEqual(whole);
    // 302 × 5 action cells + 12 savings cells at 400 cells a request: 4 requests after the two sizing ones.
    expect(excel.syncCount).toBe(2 + 4);
  });

  test('splits a batch Excel rejects as too large and still reads everything', async () => {
    const whole = await readSnapshot(new MockExcel(councilWorkbook(200)).context);
    const excel = new MockExcel(councilWorkbook(200), { maxCellsPerSync: 300 });
    const snapshot = await readSnapshot(excel.context);
    expect(snapshot).toEqual(whole);
    expect(excel.syncCount).toBeGreaterThan(3);
  });

  test('reports a payload that cannot be split any further as an ExcelWriteError', async () => {
    const excel = new MockExcel(councilWorkbook(10), { maxCellsPerSync: 2 });
    const failure = readSnapshot(excel.context);
    await expect(failure).rejects.toBeInstanceOf(ExcelWriteError);
    await expect(failure).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });
});
