/** `concordat explain`: how each table was read, in words a finance officer can follow, and as JSON. */
import { writeFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import type { TableReading } from '../../src/core/reading';
import { saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { runCli, scratchDir } from '../../testkit/cli/run-cli';

let scratch: { dir: string; remove: () => void };
let dir: string;

beforeEach(() => {
  scratch = scratchDir();
  dir = scratch.dir;
});
afterEach(() => scratch.remove());

const cli = (args: string[]) => runCli(args, { cwd: dir });

/** A savings table, an action plan and a table of figures that is neither (left alone). */
async function threeTables(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Action plan');
  plan.addRow(['Recommendation', 'Officer responsible', 'Target date', 'Status']);
  plan.addRow(['Agree a single management team', 'Kevin Dicks', new Date(Date.UTC(2011, 8, 30)), 'In progress']);
  plan.addRow(['Publish the business case', 'Clare Felton', new Date(Date.UTC(2011, 0, 31)), 'Complete']);
  plan.addRow(['Review the shared ICT contracts', 'Jayne Pickering', new Date(Date.UTC(2011, 5, 30)), 'Not started']);
  plan.addRow(['Merge the two contact centres', 'Teresa Kristunas', new Date(Date.UTC(2011, 11, 31)), 'In progress']);
  plan.getColumn(3).numFmt = 'dd/mm/yyyy';

  const savings = wb.addWorksheet('Savings');
  savings.addRow(['Service', 'Savings target £', 'Achieved £']);
  savings.addRow(['Revenues and benefits', 120000, 96000]);
  savings.addRow(['CCTV', 80000, 80000]);
  savings.addRow(['Legal services', 50000, 45000]);
  savings.addRow(['Environmental health', 60000, 30000]);

  const figures = wb.addWorksheet('Figures');
  figures.addRow(['Year', 'Category', 'Cost', 'Revenue']);
  figures.addRow(['2008/09', 'Leisure', 1000, 2000]);
  figures.addRow(['2009/10', 'Leisure', 1100, 2100]);
  figures.addRow(['2010/11', 'Parks', 900, 300]);
  figures.addRow(['2011/12', 'Parks', 950, 320]);
  return saveToBuffer(wb);
}

/** An action plan whose deadline column has a header Concordat does not know, and maybe a settings row. */
async function bringForwardPlan(setting: [string, string] | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Action plan');
  plan.addRow(['Recommendation', 'Officer responsible', 'Bring forward', 'Status']);
  plan.addRow(['Agree a single management team', 'Kevin Dicks', new Date(Date.UTC(2011, 8, 30)), 'In progress']);
  plan.addRow(['Publish the business case', 'Clare Felton', new Date(Date.UTC(2011, 0, 31)), 'Complete']);
  plan.addRow(['Review the shared ICT contracts', 'Jayne Pickering', new Date(Date.UTC(2011, 5, 30)), 'Not started']);
  plan.getColumn(3).numFmt = 'dd/mm/yyyy';
  if (setting) wb.addWorksheet('Concordat settings').addRow(setting);
  return saveToBuffer(wb);
}

async function fixture(name = 'plan.xlsx'): Promise<string> {
  writeFileSync(path.join(dir, name), await threeTables());
  return name;
}

interface ExplainJson {
  tool: string;
  files: { file: string; error: string | null; readings: TableReading[] }[];
}

describe('concordat explain', () => {
  test('names each table, its kind, its column meanings and why a table was left alone', async () => {
    const file = await fixture();
    const r = await cli(['explain', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text.split('\n')[0]).toBe('plan.xlsx');
    expect(text).toMatch(/^ {2}Action plan!A1:D\d+ — action plan/m);
    expect(text).toMatch(/^ {2}Savings!A1:C\d+ — savings tracker/m);
    expect(text).toMatch(/^ {2}Figures!A1:D\d+ — left alone: not an action plan or savings tracker/m);
    // Column lines: letter, header as written, → meaning.
    expect(text).toMatch(/^ {4}B {2}Officer responsible +→ owner\b/m);
    expect(text).toMatch(/^ {4}C {2}Target date +→ deadline\b/m);
    expect(text).toMatch(/^ {4}D {2}Status +→ status\b/m);
    expect(text).toMatch(/^ {4}A {2}Service +→ service\b/m);
    expect(text).toMatch(/^ {4}B {2}Savings target £ +→ target\b/m);
    expect(text).toMatch(/^ {4}C {2}Achieved £ +→ achieved\b/m);
    expect(text).toMatch(/header rows? 1\b/);
    // Nothing is written: explain only reads.
    expect(r.stdout).not.toContain('Checked copy');
  });

  test('--format json prints each file’s readings array', async () => {
    const file = await fixture();
    const r = await cli(['explain', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as ExplainJson;
    expect(json.tool).toBe('concordat');
    expect(json.files).toHaveLength(1);
    const [only] = json.files;
    expect(only.file).toBe('plan.xlsx');
    expect(only.error).toBeNull();
    const bySheet = new Map(only.readings.map((x) => [x.sheet, x]));
    expect(bySheet.get('Action plan')?.kind).toBe('action-plan');
    expect(bySheet.get('Savings')?.kind).toBe('savings');
    expect(bySheet.get('Figures')?.kind).toBe('skipped');
    expect(bySheet.get('Figures')?.kindReason).toMatch(/not an action plan or savings tracker/);
    const owner = bySheet.get('Action plan')?.columns.find((c) => c.header === 'Officer responsible');
    expect(owner).toMatchObject({ letter: 'B', meaning: 'owner' });
    expect(owner?.confidence).toBeGreaterThan(0);
    expect(owner?.evidence).not.toBe('');
  });

  test('a user who disagrees names the header: on the settings sheet, or in a --profile file', async () => {
    writeFileSync(path.join(dir, 'sheet.xlsx'), await bringForwardPlan(['Header deadline', 'Bring forward']));
    const bySheet = await cli(['explain', 'sheet.xlsx']);
    expect(bySheet.code).toBe(0);
    expect(bySheet.stdout).toMatch(/^ {4}C {2}Bring forward +→ deadline +\d\.\d\d {2}\S/m);

    writeFileSync(path.join(dir, 'file.xlsx'), await bringForwardPlan(null));
    writeFileSync(path.join(dir, 'profile.json'), JSON.stringify({ headers: { deadline: ['Bring forward'] } }));
    const byProfile = await cli(['explain', 'file.xlsx', '--profile', 'profile.json']);
    expect(byProfile.code).toBe(0);
    expect(byProfile.stdout).toMatch(/^ {4}C {2}Bring forward +→ deadline\b/m);
  });

  test('a profile that cannot be read is one line and exit 2', async () => {
    const file = await fixture();
    writeFileSync(path.join(dir, 'profile.json'), '{ "headers": ');
    const r = await cli(['explain', file, '--profile', 'profile.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^concordat: profile\.json: .* \[profile\.invalid\]\n$/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    // As JSON, a script is told why in the report itself.
    const json = await cli(['explain', file, '--profile', 'profile.json', '--format', 'json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: { code: 'profile.invalid', message: expect.stringMatching(/^profile\.json: is not valid JSON/) },
      files: [],
    });
  });

  test('an unreadable file exits 2 with one line on stderr; the others are still explained', async () => {
    const file = await fixture();
    writeFileSync(path.join(dir, 'notes.xlsx'), 'just text, not a workbook');
    const r = await cli(['explain', 'missing.xlsx', 'notes.xlsx', file]);
    expect(r.code).toBe(2);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^concordat: missing\.xlsx: no such file; .* \[input\.missing\]$/);
    expect(errors[1]).toMatch(/^concordat: notes\.xlsx: .* \[input\.not-a-workbook\]$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('Savings!A1:C');
    const json = JSON.parse((await cli(['explain', 'missing.xlsx', file, '--format', 'json'])).stdout) as {
      error: unknown;
      files: { file: string; error: unknown }[];
    };
    expect(json.error).toBeNull();
    expect(json.files.map((f) => f.error)).toEqual([
      { code: 'input.missing', message: 'no such file', fix: expect.any(String) },
      null,
    ]);
  });

  test('a bad --format is a usage error', async () => {
    const file = await fixture();
    const r = await cli(['explain', file, '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("concordat: option '--format <format>' argument 'html' is invalid");
  });

  test('check reports (md, html, json) end with how the workbook was read', async () => {
    const file = await fixture();
    const md = await cli(['check', file, '--format', 'md', '--fail-on', 'never', '--out', 'out/']);
    expect(md.code).toBe(0);
    const section = md.stdout.slice(md.stdout.indexOf('## How Concordat read this workbook'));
    expect(section).toMatch(/^#### Action plan!A1:D\d+ — action plan/m);
    expect(section).toMatch(/^\| B \| Officer responsible \| owner \| \d\.\d\d \| /m);
    expect(section).toMatch(/^\| Figures!A1:D\d+ \| not an action plan or savings tracker/m);

    const html = await cli(['check', file, '--format', 'html', '--fail-on', 'never', '--out', 'out/']);
    expect(html.stdout).toContain('<h2>How Concordat read this workbook</h2>');
    expect(html.stdout).toMatch(/<td>Savings target £<\/td><td>target<\/td>/);

    const json = await cli(['check', file, '--format', 'json', '--fail-on', 'never', '--out', 'out/']);
    const report = JSON.parse(json.stdout) as { files: { readings: TableReading[] }[] };
    expect(report.files[0].readings.map((r) => r.kind).sort()).toEqual(['action-plan', 'savings', 'skipped']);
  });

  test('is listed in --help', async () => {
    const r = await cli(['--help']);
    expect(r.stdout).toContain('explain');
  });
});
