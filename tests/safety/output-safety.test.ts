/**
 * Output that cannot hurt its reader, end to end through the command line, for a workbook whose
 * text is written to hurt (support/hostile-text.ts):
 *
 * - the checked copy holds workbook text in string cells, exactly as typed, and no formula at all
 *   (a string cell is never evaluated by Excel or LibreOffice; an apostrophe written into the text
 *   would show, because in a file Excel's quote prefix is a style flag, not a character);
 * - the CSV report puts an apostrophe before any field a spreadsheet would take for a formula;
 * - the JSON report keeps every string exact; the Markdown report escapes HTML.
 * The browser and LibreOffice views of the same output are in rendered-output.browser.test.ts.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { SEVERITY_MARK } from '../../src/core/output/styles';
import { CSV_HEADERS } from '../../src/cli/reports/csv-report';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { readCentralDirectory } from '../../src/cli/zip/central-directory';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { loadFromBuffer } from '../../testkit/cli/realistic-workbook';
import { scratchDir } from '../../testkit/cli/run-cli';
import { parseCsv } from '../../testkit/csv-rows';
import {
  ATTRIBUTE_TEXT,
  FORMULA_REF,
  FORMULA_STATUSES,
  HOSTILE_SHEET,
  SCRIPT_TEXT,
  checkHostileWorkbook,
  writeHostileWorkbook,
} from './support/hostile-text';

/** XML turns a carriage return into a line feed when the workbook is read, so that is what comes back. */
const STATUSES_AS_READ = FORMULA_STATUSES.map((s) => s.replace(/\r/g, '\n'));
const STARTS_LIKE_A_FORMULA = /^[=+\-@\t\r]/;

let scratch: { dir: string; remove: () => void };
let json: JsonReport;
beforeAll(async () => {
  scratch = scratchDir();
  await writeHostileWorkbook(scratch.dir);
  const r = await checkHostileWorkbook(scratch.dir, '--format', 'json');
  expect(r.stderr).toBe('');
  json = JSON.parse(r.stdout) as JsonReport;
});
afterAll(() => scratch.remove());

test('the workbook gives the findings the other tests rely on', () => {
  const findings = json.files[0].findings;
  expect(findings.map((f) => `${f.ruleId}@${f.address}`)).toEqual([
    'deadline.slipped@D2',
    'owner.missing@C3',
    'cell.unreadable@D3',
    ...STATUSES_AS_READ.map((_, i) => `status.unknown@E${i + 4}`),
  ]);
  expect(findings[0].message.startsWith(FORMULA_REF)).toBe(true);
  // The JSON report keeps every string exact.
  expect(findings[1].message).toContain(SCRIPT_TEXT);
  expect(findings[2].value).toBe(ATTRIBUTE_TEXT);
  expect(findings.slice(3).map((f) => f.value)).toEqual(STATUSES_AS_READ);
});

describe('the checked copy', () => {
  let copy: ExcelJS.Workbook;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = readFileSync(path.join(scratch.dir, 'hostile.checked.xlsx'));
    copy = await loadFromBuffer(bytes);
  });

  test('holds no formula anywhere: every worksheet part is free of <f> elements', () => {
    const sheets = readCentralDirectory(bytes, 1000).filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
    expect(sheets.length).toBe(4); // the user's sheet, the report, the log and the undo state
    const pkg = WorkbookPackage.open(bytes, DEFAULT_LIMITS);
    for (const entry of sheets) expect(pkg.text(entry.name)).not.toMatch(/<f[\s>]/);
  });

  test('the report sheet holds workbook text in string cells, exactly as typed, with no apostrophe added', () => {
    const report = copy.getWorksheet(REPORT_SHEET) as ExcelJS.Worksheet;
    const texts: string[] = [];
    report.eachRow((row, r) => {
      if (r === 1) return;
      row.eachCell((cell, c) => {
        // The Cell column's link is a location on the sheet (checked below), which exceljs does not read.
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        if (c !== 4) texts.push(String(cell.value));
      });
    });
    expect(texts.filter((t) => STARTS_LIKE_A_FORMULA.test(t))).toEqual([
      `${FORMULA_REF} was due by 1 March 2010 (read from "1 March 2010") and is 395 days overdue at 31 March 2011.`,
      '=1+1',
      '+2+3',
      '-2+3',
      '@SUM(1,2)',
      '\t=1+1',
    ]);
    expect(texts.some((t) => t.startsWith("'"))).toBe(false);
    expect(report.getCell('C2').value).toBe(HOSTILE_SHEET);
    expect(report.getCell('D2').value).toBe('D2');
    const part = WorkbookPackage.open(bytes, DEFAULT_LIMITS).text('xl/worksheets/sheet2.xml');
    expect(part).toContain(
      `<hyperlink ref="D2" location="&apos;&lt;img src=x onerror=alert(1)&gt;&apos;!D2" display="D2"/>`,
    );
  });

  test('flags are string cells that start with their severity mark', () => {
    const ws = copy.getWorksheet(HOSTILE_SHEET) as ExcelJS.Worksheet;
    const marks = Object.values(SEVERITY_MARK);
    for (let r = 2; r <= 9; r++) {
      const cell = ws.getCell(r, 6);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(marks.some((m) => String(cell.value).startsWith(`${m} `))).toBe(true);
    }
    expect(ws.getCell('A3').value).toBe(SCRIPT_TEXT); // the user's own text, untouched
  });

  test('the log sheet holds plain values', () => {
    const log = copy.getWorksheet(LOG_SHEET) as ExcelJS.Worksheet;
    log.getRow(2).eachCell((cell) => expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number]).toContain(cell.type));
  });
});

test('the CSV report puts an apostrophe before every field a spreadsheet would take for a formula', async () => {
  const r = await checkHostileWorkbook(scratch.dir, '--format', 'csv', '--out', 'csv/');
  const rows = parseCsv(r.stdout);
  expect(rows[0]).toEqual([...CSV_HEADERS]);
  const value = CSV_HEADERS.indexOf('Value');
  const message = CSV_HEADERS.indexOf('Message');
  expect(rows.slice(4, 10).map((row) => row[value])).toEqual([
    "'=1+1",
    "'+2+3",
    "'-2+3",
    "'@SUM(1,2)",
    "'\t=1+1",
    '\n=1+1',
  ]);
  expect(rows[1][message].startsWith(`'${FORMULA_REF} was due`)).toBe(true);
  for (const row of rows) for (const field of row) expect(field).not.toMatch(STARTS_LIKE_A_FORMULA);
  // On the wire: the field with a line break is quoted, so it cannot start a new record.
  expect(r.stdout).toContain(',"\n=1+1",');
});

test('the Markdown report shows markup as text', async () => {
  const r = await checkHostileWorkbook(scratch.dir, '--format', 'md', '--out', 'md/');
  expect(r.stdout).not.toMatch(/<(img|script)\b/i);
  expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
});
