/**
 * Every limit, exceeded on purpose with a small injected value, gives one clear message naming the
 * place: the core's (cells, sheets, characters in a cell, run time) for both hosts, and the command
 * line's file limits (file size, uncompressed bytes, zip entries, sheets, cells, JSON size).
 */
import { referenceEngine } from '../../src/core/rules/reference-engine';
import { FLAG_TEXT_CHARS } from '../../src/core/output/flags-column';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { ConcordatError } from '../../src/core/errors';
import { DEFAULT_CHECK_LIMITS, EXCEL_MAX_CELL_CHARS } from '../../src/core/limits';
import { DEFAULT_LIMITS, MAX_CELLS, MAX_JSON_BYTES, MAX_SHEETS, type ReadLimits } from '../../src/cli/limits';
import { InputError } from '../../src/cli/input-error';
import { readJsonFile } from '../../src/cli/json-file';
import { snapshotOf } from '../../src/cli/read/snapshot-of';
import { loadWorkbookBytes, readFileBytes } from '../../src/cli/workbook-file';
import { saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { shippedPacks } from '../../testkit/packs';
import { checkSnapshot } from './support/check-both';

const HEADER: CellValue[] = ['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status'];
const item = (n: number, owner = 'Kevin Dicks'): CellValue[] => [
  `R${n}`,
  `Action ${n}`,
  owner,
  '30/09/2011',
  'In progress',
];

function plan(rows: number, name = 'Plan'): WorkbookSnapshot['sheets'][number] {
  return { name, originRow: 1, originCol: 1, values: [HEADER, ...Array.from({ length: rows }, (_, i) => item(i + 1))] };
}

const book = (...sheets: WorkbookSnapshot['sheets']): WorkbookSnapshot => ({ sheets, date1904: false });

describe('the core limits (both hosts)', () => {
  test('the defaults, and the command line refuses files at the same cell and sheet counts', () => {
    expect(DEFAULT_CHECK_LIMITS).toEqual({
      maxCells: 5_000_000,
      maxSheets: 500,
      maxCellChars: 32_767,
      maxRunMs: 300_000,
    });
    expect(MAX_CELLS).toBe(DEFAULT_CHECK_LIMITS.maxCells);
    expect(MAX_SHEETS).toBe(DEFAULT_CHECK_LIMITS.maxSheets);
  });

  test('cells: the sheet and row where the workbook goes over are named', async () => {
    const wb = book(plan(2, 'First'), plan(3, 'Second'));
    await expect(checkSnapshot(wb, { limits: { maxCells: 30 } })).rejects.toEqual(
      new ConcordatError('limit.cells', "sheet 'Second' takes the workbook over the 30-cell limit at row 4"),
    );
    await expect(checkSnapshot(wb, { limits: { maxCells: 30 } })).rejects.toMatchObject({
      code: 'limit.cells',
      fix: expect.stringMatching(/^delete stray content far from the tables .* or split the workbook$/),
    });
    await expect(checkSnapshot(wb, { limits: { maxCells: 35 } })).resolves.toBeDefined();
  });

  test("cells: Concordat's own report and log sheets (by its record) do not count against the user; a user's sheet of that name does", async () => {
    const report = {
      name: 'Concordat report',
      originRow: 1,
      originCol: 1,
      values: Array.from({ length: 50 }, () => ['x', 'y']),
    };
    const owned = { ...book(plan(2), report), owned: { sheets: ['Concordat report'], flagColumns: [] } };
    await expect(checkSnapshot(owned, { limits: { maxCells: 20 } })).resolves.toBeDefined();
    await expect(checkSnapshot(book(plan(2), report), { limits: { maxCells: 20 } })).rejects.toThrow(
      "sheet 'Concordat report' takes the workbook over the 20-cell limit",
    );
  });

  test('sheets', async () => {
    const wb = book(plan(1, 'A'), plan(1, 'B'), plan(1, 'C'));
    await expect(checkSnapshot(wb, { limits: { maxSheets: 2 } })).rejects.toMatchObject({
      code: 'limit.sheets',
      message: 'the workbook has 3 sheets, more than the 2 Concordat checks',
    });
  });

  test('characters in a cell: a longer cell is refused, naming the sheet and cell (a cell at the limit is read)', async () => {
    const wb = book(plan(2));
    wb.sheets[0].values[2][1] = 'x'.repeat(25);
    await expect(checkSnapshot(wb, { limits: { maxCellChars: 24 } })).rejects.toMatchObject({
      code: 'limit.cell-length',
      message: 'Plan!B3 holds 25 characters, more than the 24 a cell can hold in Excel',
      fix: "shorten the cell's text",
    });
    await expect(checkSnapshot(wb, { limits: { maxCellChars: 25 } })).resolves.toBeDefined();
  });

  test('characters in a cell: the settings sheet is read, so it is held to the limit too', async () => {
    const settings = {
      name: 'Concordat settings',
      originRow: 3,
      originCol: 2,
      values: [['Profile name', 'y'.repeat(EXCEL_MAX_CELL_CHARS + 1)]],
    };
    await expect(checkSnapshot(book(plan(1), settings))).rejects.toThrow(
      /^Concordat settings!C3 holds 32,768 characters/,
    );
  });

  /** A clock that moves one second each time it is read. */
  const ticking = () => {
    let t = 0;
    return () => (t += 1000);
  };

  test('run time: the check stops between rows, saying how long it ran and where it had got to', async () => {
    // Read at the start, before the sheet, then before each row: the 6th read is over 5 s, at the 5th row (row 6).
    await expect(checkSnapshot(book(plan(10)), { limits: { maxRunMs: 5000 }, clock: ticking() })).rejects.toMatchObject(
      {
        code: 'limit.run-time',
        message: "check stopped after 6 s at sheet 'Plan' row 6: one check may run for 5 s",
        fix: 'split the workbook or check fewer sheets at once',
      },
    );
  });

  test('run time: a long table is stopped while its facts are read, at the row reached', async () => {
    // Reads: start (0 s), the sheet (1 s), then the facts' clock every 1,000 rows: 2 s at item 1,001
    // is within 2.5 s, 3 s at item 2,001 (row 2,002) is not; no rule has run yet.
    await expect(checkSnapshot(book(plan(2500)), { limits: { maxRunMs: 2500 }, clock: ticking() })).rejects.toThrow(
      /^check stopped after 3 s at sheet 'Plan' row 2002: one check may run for 2\.5 s$/,
    );
  });

  test('run time: the check stops between sheets, and the reference engine is held to it too', async () => {
    const wb = book(plan(2, 'First'), { ...plan(2, 'Second'), originRow: 4 });
    // Reads: start, First, its 2 rows, then Second at 4 s, over the 3.5 s budget.
    await expect(
      checkSnapshot(wb, { limits: { maxRunMs: 3500 }, clock: ticking(), engine: referenceEngine }),
    ).rejects.toThrow(/^check stopped after 4 s at sheet 'Second' row 4: one check may run for 3\.5 s$/);
  });

  test('run time: a check within its budget is not disturbed, whatever the clock says about other runs', async () => {
    const quick = await checkSnapshot(book(plan(3)), { limits: { maxRunMs: 60_000 }, clock: ticking() });
    expect(quick.findings).toEqual((await checkSnapshot(book(plan(3)))).findings);
  });

  test('no cell Concordat writes exceeds what Excel holds, however many long findings share a row', async () => {
    const long = 'L'.repeat(EXCEL_MAX_CELL_CHARS);
    const rules = Array.from({ length: 40 }, (_, i) => ({
      name: `long.rule-${i}`,
      conditions: { all: [{ fact: 'ownerText', operator: 'isNotBlank', value: true }] },
      event: {
        type: `long.rule-${i}`,
        params: {
          title: 't',
          severity: 'info',
          column: 'owner',
          message: `${'{ownerText} '.repeat(4)}${'m'.repeat(900)}`,
          hint: 'h',
          description: 'd',
        },
      },
    }));
    const pack = { source: 'long.json', json: { pack: 'long', version: '1.0.0', subject: 'action', rules } };
    const wb = book({ ...plan(1), values: [HEADER, item(1, long)] });
    const result = await checkSnapshot(wb, { packs: [...shippedPacks(), pack] });
    expect(result.findings.filter((f) => f.pack === 'long')).toHaveLength(40);
    const text = result.plan.sheets[0].texts[0];
    // The flag is one short line naming the rules; the messages are on the report, one a row.
    expect(text.length).toBeLessThanOrEqual(FLAG_TEXT_CHARS);
    expect(text).toBe('ℹ long.rule-0  ℹ long.rule-1 +38');
    for (const row of result.plan.report)
      for (const cell of Object.values(row)) expect(String(cell).length).toBeLessThan(EXCEL_MAX_CELL_CHARS);
  });
});

describe('the command line file limits', () => {
  let dir: string;
  let xlsx: Buffer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'concordat-limits-'));
    const wb = new ExcelJS.Workbook();
    for (const name of ['Plan', 'Notes']) {
      const ws = wb.addWorksheet(name);
      ws.addRow(HEADER);
      ws.addRow(item(1));
      ws.addRow(item(2));
    }
    xlsx = await saveToBuffer(wb);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const limits = (over: Partial<ReadLimits>): ReadLimits => ({ ...DEFAULT_LIMITS, ...over });

  /** The refusal's code and message. */
  async function refusal(read: () => Promise<unknown> | unknown): Promise<string> {
    try {
      await read();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return `${(err as InputError).code}: ${(err as Error).message}`;
    }
    throw new Error('expected a refusal');
  }

  test.each<[string, Partial<ReadLimits>, RegExp]>([
    ['file size', { maxFileBytes: 1024 }, /^limit\.file-size: is \d+ KB, over the 1 KB limit$/],
    [
      'uncompressed bytes',
      { maxUncompressedBytes: 2048 },
      /^limit\.package: would expand to \d+ KB, over the 2 KB limit; refusing it \(possible zip bomb\)$/,
    ],
    [
      'zip entries',
      { maxZipEntries: 5 },
      /^limit\.package: has \d+ zip entries, more than the 5 a workbook could need; refusing it$/,
    ],
    ['sheets', { maxSheets: 1 }, /^limit\.sheets: has 2 sheets, more than the 1 limit$/],
  ])('%s', async (_name, over, message) => {
    const file = path.join(dir, 'plan.xlsx');
    writeFileSync(file, xlsx);
    expect(await refusal(async () => loadWorkbookBytes(await readFileBytes(file, limits(over)), limits(over)))).toMatch(
      message,
    );
  });

  test('cells in the snapshot grid, naming the sheet and its used range', async () => {
    const { read } = loadWorkbookBytes(xlsx);
    expect(await refusal(() => snapshotOf(read, undefined, 20))).toBe(
      "limit.cells: sheet 'Notes' uses A1:E3 (15 cells), which takes the workbook over the 20-cell limit",
    );
  });

  test('a profile or rule pack larger than a settings file could be', async () => {
    const file = path.join(dir, 'huge.json');
    writeFileSync(file, `{"name": "${'x'.repeat(MAX_JSON_BYTES)}"}`);
    await expect(readJsonFile(file, 'profile.invalid', 'huge.json')).rejects.toMatchObject({
      code: 'limit.file-size',
      message: 'is too large for a JSON settings file',
      file: 'huge.json',
    });
  });
});
