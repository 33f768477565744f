/**
 * Interoperability with another spreadsheet program: LibreOffice reads a checked copy (user values,
 * flags, report sheet), and every flag and report row of a long one; it opens checked copies of
 * real workbooks with charts, a chart sheet, pivot tables, macros and threaded comments; a workbook
 * LibreOffice saved goes through check and clear with every part but the styles kept byte for byte,
 * and a checked copy LibreOffice re-saved can still be cleared.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import * as ExcelJSRuntime from 'exceljs';
import { FLAGS_HEADER, REPORT_SHEET } from '../../src/core/snapshot';
import { conditionalFormats, isConcordatFormat } from '../../testkit/cli/concordat-formats';
import { changedParts } from '../../testkit/cli/package-parts';
import { PLAN_SHEET, withActionPlan } from '../../testkit/cli/action-plan-part';
import { parseCsv } from '../../testkit/csv-rows';
import { requireProgram } from '../../testkit/programs';
import { describeWorkbook } from '../../testkit/cli/describe-workbook';
import { libreOffice, SOFFICE, type LibreOffice } from '../../testkit/cli/libreoffice';
import { loadFromBuffer } from '../../testkit/cli/realistic-workbook';
import { runCli, writeFixture } from '../../testkit/cli/run-cli';

const available = requireProgram(SOFFICE, 'LibreOffice (soffice)');
const maybe = available ? test : test.skip;

let dir: string;
let office: LibreOffice;
const convert = (file: string, filter: string, outDir: string) => office.convert(file, filter, outDir);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'concordat-lo-'));
  office = libreOffice();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  office.remove();
});

/**
 * CSV filter options: comma, double quote, UTF-8, from row 1, …, cells as shown (so formats apply);
 * the last token picks a sheet
 * (N = the Nth, written to <name>-<sheet>.csv; left out = the first, written to <name>.csv).
 */
const CSV_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false';

maybe('LibreOffice reads the user values and the flags of a checked copy', async () => {
  await writeFixture(dir, 'plan.xlsx');
  const check = await runCli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--quiet'], { cwd: dir });
  expect(check.code).toBe(1);

  const firstSheet = path.join(dir, 'first');
  convert(path.join(dir, 'plan.checked.xlsx'), CSV_UTF8, firstSheet);
  const csv = readFileSync(path.join(firstSheet, 'plan.checked.csv'), 'utf8');
  expect(csv).toContain('Shared Services Action Plan 2010/11');
  expect(csv).toContain('R1,Agree a single management team,Kevin Dicks,01/03/2010,In progress,"£246,000.00",');
  expect(csv).toContain(',,,,Total,"£413,001",');
  expect(csv).toContain('Jayne Pickering Clare Felton');
  expect(csv).toContain(FLAGS_HEADER);
  expect(csv).toMatch(/✖ owner\.missing/);

  const fourthSheet = path.join(dir, 'fourth');
  convert(path.join(dir, 'plan.checked.xlsx'), `${CSV_UTF8},4`, fourthSheet);
  expect(readdirSync(fourthSheet)).toEqual([`plan.checked-${REPORT_SHEET}.csv`]);
  const report = readFileSync(path.join(fourthSheet, `plan.checked-${REPORT_SHEET}.csv`), 'utf8');
  expect(report.split('\n')[0]).toBe(
    'Severity,Rule,Sheet,Cell,Column,Value,Message,How to fix,Since last check,Accepted',
  );
  expect(report).toMatch(/\nerror,owner\.missing,Action plan,C5,Responsible officer,,/);
});

maybe.each([
  'WithChartSheet.xlsx',
  'WithTwoCharts.xlsx',
  'ExcelPivotTableSample.xlsx',
  'SimpleMacro.xlsm',
  '64759.xlsx',
])(
  'LibreOffice opens the checked copy of %s (its charts, pivot tables or macros kept) and reads the flags',
  async (fixture) => {
    const ext = path.extname(fixture);
    const input = path.join(dir, `lo-${fixture}`);
    writeFileSync(input, await withActionPlan(readFileSync(path.join(__dirname, 'fixtures', 'parts', fixture))));
    const check = await runCli(['check', path.basename(input), '--as-of', '2011-03-31', '--quiet'], { cwd: dir });
    expect([check.code, check.stderr]).toEqual([1, '']);
    const out = path.join(dir, `lo-${path.basename(fixture, ext)}`);
    // Sheet -1: every sheet to its own file, named after the sheet.
    convert(input.replace(ext, `.checked${ext}`), `${CSV_UTF8},-1`, out);
    const plan = readdirSync(out).find((f) => f.endsWith(`-${PLAN_SHEET}.csv`));
    const csv = readFileSync(path.join(out, plan as string), 'utf8');
    expect(csv.split('\n')[0]).toBe(`Ref,Action,Responsible officer,Deadline,Status,${FLAGS_HEADER}`);
    expect(csv).toMatch(/R2,Report savings to the board,,1 June 2010,Not started,"?✖ owner\.missing/);
  },
);

maybe('a workbook saved by LibreOffice goes through check and clear unharmed', async () => {
  const original = await writeFixture(dir, 'made-by-exceljs.xlsx');
  const lo = path.join(dir, 'lo');
  convert(original, 'xlsx:Calc MS Excel 2007 XML', lo);
  const input = path.join(lo, 'made-by-exceljs.xlsx');
  const before = readFileSync(input);

  expect((await runCli(['check', 'made-by-exceljs.xlsx', '--quiet'], { cwd: lo })).code).toBe(1);
  expect(readFileSync(input).equals(before)).toBe(true);
  const cleared = await runCli(['clear', 'made-by-exceljs.checked.xlsx'], { cwd: lo });
  expect(cleared.code).toBe(0);

  const area = { rows: 40, columns: 20 };
  const clearedBytes = readFileSync(path.join(lo, 'made-by-exceljs.cleared.xlsx'));
  // Every part LibreOffice wrote comes back byte for byte, but the styles Concordat appended to.
  expect(changedParts(before, clearedBytes)).toEqual(['xl/styles.xml']);
  // And what a reader sees is what LibreOffice saved.
  const visible = { area, visibleOnly: true };
  expect(describeWorkbook(await loadFromBuffer(clearedBytes), visible)).toEqual(
    describeWorkbook(await loadFromBuffer(before), visible),
  );
});

maybe('a checked copy re-saved by LibreOffice can still be cleared', async () => {
  await writeFixture(dir, 'resave.xlsx');
  await runCli(['check', 'resave.xlsx', '--quiet'], { cwd: dir });
  const lo = path.join(dir, 'resaved');
  convert(path.join(dir, 'resave.checked.xlsx'), 'xlsx:Calc MS Excel 2007 XML', lo);
  const cleared = await runCli(['clear', 'resave.checked.xlsx'], { cwd: lo });
  expect(cleared.code).toBe(0);

  const wb = await loadFromBuffer(readFileSync(path.join(lo, 'resave.cleared.xlsx')));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Action plan', 'Savings', 'Notes']);
  const ws = wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
  for (let r = 1; r <= 12; r++) expect(ws.getCell(r, 7).value).toBeNull();
  expect(conditionalFormats(ws).filter(isConcordatFormat)).toEqual([]);
  expect(conditionalFormats(ws).length).toBe(1); // the user's own rule is still there
});

/** A plan of `rows` items in which about half the rows lack an owner or a deadline. */
async function longPlan(rows: number): Promise<Buffer> {
  const wb = new ExcelJSRuntime.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.addRow(['Hub action plan 2010/11']);
  ws.addRow([]);
  ws.addRow(['Ref', 'Recommendation', 'Responsible officer', 'Deadline', 'Status']);
  for (let i = 1; i <= rows; i++) {
    const owner = i % 3 === 0 ? '' : i % 7 === 0 ? 'Kevin Dicks and Phil Street' : 'Clare Felton';
    const deadline = i % 4 === 0 ? '' : i % 5 === 0 ? 'ASAP' : new Date(Date.UTC(2010, i % 12, 1 + (i % 28)));
    ws.addRow([`R${i}`, `Recommendation ${i} – agree the “shared” approach`, owner, deadline, 'In progress']);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

maybe(
  'LibreOffice reads every flag and every report row of a checked copy of a long plan',
  async () => {
    await writeFixture(dir, 'long.xlsx', await longPlan(3000));
    const check = await runCli(
      ['check', 'long.xlsx', '--as-of', '2011-03-31', '--quiet', '--format', 'json', '--report', 'long.json'],
      {
        cwd: dir,
      },
    );
    expect(check.code).toBe(1);
    const run = JSON.parse(readFileSync(path.join(dir, 'long.json'), 'utf8')) as {
      files: { findings: { row: number; address: string }[] }[];
    };
    const findings = run.files[0].findings;
    const flaggedRows = new Set(findings.map((f) => f.row));

    const plan = path.join(dir, 'long-plan');
    convert(path.join(dir, 'long.checked.xlsx'), CSV_UTF8, plan);
    const records = parseCsv(readFileSync(path.join(plan, 'long.checked.csv'), 'utf8'));
    const flagColumn = records[2].indexOf(FLAGS_HEADER);
    expect(flagColumn).toBe(5);
    // Each flagged row's flags, and only those, as LibreOffice reads them.
    const flagged = records
      .slice(3)
      .map((record, i) => ({ row: i + 4, flag: record[flagColumn] ?? '' }))
      .filter((r) => r.flag !== '');
    expect(flagged.map((r) => r.row)).toEqual([...flaggedRows].sort((a, b) => a - b));
    expect(flagged.every((r) => /^[✖▲ℹ] /.test(r.flag))).toBe(true);

    const report = path.join(dir, 'long-report');
    convert(path.join(dir, 'long.checked.xlsx'), `${CSV_UTF8},2`, report);
    const reportRecords = parseCsv(readFileSync(path.join(report, `long.checked-${REPORT_SHEET}.csv`), 'utf8'));
    expect(reportRecords).toHaveLength(findings.length + 1);
    // The Cell column, row by row, is each finding's address.
    expect(reportRecords.slice(1).map((r) => r[3])).toEqual(findings.map((f) => f.address));
  },
  180_000,
);
