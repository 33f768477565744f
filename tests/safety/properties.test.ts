/**
 * "Nothing of the user's is ever lost", as properties over random workbooks (see
 * support/random-workbooks.ts), each run through the command line in-process:
 *
 * 1. check, then clear, gives back every cell value, formula, style, note, merge, drop-down,
 *    column width and defined name, compared through exceljs after writing and re-reading;
 * 2. checking the checked copy again writes the same workbook, but for one more log row;
 * 3. without --in-place, no input file is touched (same bytes, same modification time);
 * 4. an --in-place run whose write fails at any point leaves the original byte-identical and no
 *    temporary file behind.
 *
 * Fixed seed, so a failure is reproducible; the run counts keep the file near 15 seconds.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, promises as fs } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { LOG_HEADERS, REPORT_HEADERS } from '../../src/core/output/sheets';
import { FLAGS_HEADER, LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { describeWorkbook, type DescribeOptions } from '../../testkit/cli/describe-workbook';
import { loadFromBuffer, saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { runCli } from '../../testkit/cli/run-cli';
import type * as ExcelJS from 'exceljs';
import { buildWorkbook, workbookSpec } from './support/random-workbooks';

export const SEED = 20100614; // the Performance Management Board, 14 June 2010
export const ROUND_TRIP_RUNS = 30;
export const INTERRUPTED_RUNS = 25;

const AREA: DescribeOptions['area'] = { rows: 150, columns: 12 };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'concordat-props-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh folder per run, so runs never see each other's files. */
function runFolder(): string {
  return mkdtempSync(path.join(dir, 'run-'));
}

const fingerprint = (file: string) => ({ bytes: readFileSync(file), mtimeMs: statSync(file).mtimeMs });

function expectUntouched(file: string, before: { bytes: Buffer; mtimeMs: number }): void {
  const now = fingerprint(file);
  expect(now.bytes.equals(before.bytes)).toBe(true);
  expect(now.mtimeMs).toBe(before.mtimeMs);
}

async function describeFile(file: string, options: DescribeOptions = {}) {
  return describeWorkbook(await loadFromBuffer(readFileSync(file)), { area: AREA, ...options });
}

function logRows(wb: ExcelJS.Workbook): unknown[] {
  const ws = wb.getWorksheet(LOG_SHEET);
  const rows: unknown[] = [];
  ws?.eachRow((row) => rows.push(row.values));
  return rows;
}

/** Sheets of a checked copy that got a flags column, so the property is seen to exercise real flags. */
function flaggedSheets(wb: ExcelJS.Workbook): number {
  let n = 0;
  for (const ws of wb.worksheets) {
    let found = false;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        found ||= cell.value === FLAGS_HEADER;
      }),
    );
    if (found) n += 1;
  }
  return n;
}

test('check then clear restores the workbook; checking twice equals checking once; inputs are never touched', async () => {
  let runsWithFlags = 0;
  await fc.assert(
    fc.asyncProperty(workbookSpec, async (spec) => {
      const folder = runFolder();
      const original = path.join(folder, 'book.xlsx');
      writeFileSync(original, await saveToBuffer(buildWorkbook(spec)));
      const originalPrint = fingerprint(original);

      const check = await runCli(['check', 'book.xlsx', '--quiet', '--fail-on', 'never'], { cwd: folder });
      expect(check).toEqual({ code: 0, stdout: '', stderr: '' });
      expectUntouched(original, originalPrint);

      const checked = path.join(folder, 'book.checked.xlsx');
      const checkedPrint = fingerprint(checked);
      const checkedBook = await loadFromBuffer(checkedPrint.bytes);
      if (flaggedSheets(checkedBook) > 0 && (checkedBook.getWorksheet(REPORT_SHEET)?.rowCount ?? 0) > 1)
        runsWithFlags += 1;
      const clear = await runCli(['clear', 'book.checked.xlsx', '--quiet'], { cwd: folder });
      expect(clear).toEqual({ code: 0, stdout: '', stderr: '' });
      expectUntouched(checked, checkedPrint);
      expect(await describeFile(path.join(folder, 'book.cleared.xlsx'))).toEqual(await describeFile(original));

      const again = await runCli(['check', 'book.checked.xlsx', '--quiet', '--fail-on', 'never'], { cwd: folder });
      expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
      expectUntouched(checked, checkedPrint);
      const twice = path.join(folder, 'book.checked.checked.xlsx');
      // The same but for what the second says changed since the first: on the report sheet, its last
      // "Since last check" column ("first check", then how long each finding has been open); on the
      // log, its row's last cells.
      const changeColumn = REPORT_HEADERS.indexOf('Since last check') + 1;
      const notLog: DescribeOptions = {
        sheets: (name) => name !== LOG_SHEET,
        skipCells: (sheet, _address, column) => sheet === REPORT_SHEET && column === changeColumn,
      };
      expect(await describeFile(twice, notLog)).toEqual(await describeFile(checked, notLog));
      const onceLog = logRows(checkedBook) as unknown[][];
      const twiceLog = logRows(await loadFromBuffer(readFileSync(twice))) as unknown[][];
      const [, firstRun] = onceLog;
      const secondRun = twiceLog[twiceLog.length - 1];
      expect(twiceLog.slice(0, -1)).toEqual(onceLog);
      // exceljs gives a row's values from index 1; the cells from "Last check (as of)" on say what changed.
      const cells = LOG_HEADERS.indexOf('Last check (as of)') + 1;
      expect(secondRun.slice(0, cells)).toEqual(firstRun.slice(0, cells));
      // A first check leaves the counts of changes blank; none of these workbooks has an accepted finding.
      expect(firstRun.slice(cells)).toEqual(['first check', undefined, undefined, undefined, 0]);
      const [asOf, errors, warnings, infos] = [2, 5, 6, 7].map((i) => firstRun[i]) as [string, number, number, number];
      expect(secondRun.slice(cells)).toEqual([asOf, 0, 0, errors + warnings + infos, 0]);
      expect(readdirSync(folder).sort()).toEqual([
        'book.checked.checked.xlsx',
        'book.checked.xlsx',
        'book.cleared.xlsx',
        'book.xlsx',
      ]);
    }),
    { seed: SEED, numRuns: ROUND_TRIP_RUNS },
  );
  expect(runsWithFlags).toBeGreaterThanOrEqual(ROUND_TRIP_RUNS / 3); // many runs write real flags, not just a log
});

/** Where the write fails: before writing, part-way (a fraction of the bytes), or after the last byte. */
const failure = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.constant(1));

test('an --in-place run that fails while writing leaves the original byte-identical and no temporary file', async () => {
  await fc.assert(
    fc.asyncProperty(workbookSpec, failure, fc.constantFrom('check', 'clear'), async (spec, fraction, command) => {
      const folder = runFolder();
      const file = path.join(folder, 'book.xlsx');
      writeFileSync(file, await saveToBuffer(buildWorkbook(spec)));
      if (command === 'clear') {
        const setUp = await runCli(['check', 'book.xlsx', '--in-place', '--quiet', '--fail-on', 'never'], {
          cwd: folder,
        });
        expect(setUp.code).toBe(0);
      }
      const before = fingerprint(file);
      let temp = '';
      const failing = async (tempPath: string, data: Buffer) => {
        temp = tempPath;
        if (fraction > 0) await fs.writeFile(tempPath, data.subarray(0, Math.floor(data.length * fraction)));
        throw new Error('the disk is full');
      };
      const r = await runCli([command, 'book.xlsx', '--in-place'], { cwd: folder, tempWriter: failing });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^concordat: book\.xlsx: could not write the file \(the disk is full\); the (original|input) is unchanged; .* \[write\.failed\]\n$/,
      );
      expect(path.dirname(temp)).toBe(folder);
      expectUntouched(file, before);
      expect(readdirSync(folder)).toEqual(['book.xlsx']);
    }),
    { seed: SEED, numRuns: INTERRUPTED_RUNS },
  );
});
