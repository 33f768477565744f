/**
 * A workbook.xml that names a sheet whose part (or relationship) is missing: exceljs drops the
 * sheet without a word, so the sheet went unchecked and, with no other sheet, the run passed with
 * no findings. Now the sheet is named in a warning on stderr and in the report, and a workbook
 * none of whose sheets could be read is refused (exit 2, nothing written). The workbooks are real
 * ones exceljs saved, with a part taken out.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { refusalLine, runCli, scratchDir } from '../../testkit/cli/run-cli';
import { rezip } from '../../testkit/cli/zip-bytes';
import { checkWithCli, expectOneLine, label } from './support/check-both';

const RELS = 'xl/_rels/workbook.xml.rels';
const warning = (file: string, sheet: string, why: string) =>
  `concordat: ${file}: warning: sheet '${sheet}' could not be read (${why}); it was not checked\n`;

/** 'Plan' (sheet1.xml) and 'Savings plan' (sheet2.xml): an action plan with an owner missing on each. */
async function twoSheets(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of ['Plan', 'Savings plan']) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status']);
    ws.addRow(['R1', 'Agree a single management team', null, '30/09/2011', 'In progress']);
  }
  return saveToBuffer(wb);
}

let scratch: { dir: string; remove: () => void };
let saved: Buffer;
beforeAll(async () => {
  scratch = scratchDir();
  saved = await twoSheets();
});
afterAll(() => scratch.remove());

const remove = () => null;

function write(name: string, bytes: Buffer): string {
  writeFileSync(path.join(scratch.dir, name), bytes);
  return name;
}

test('the whole workbook is checked on both sheets (the baseline the others are compared with)', async () => {
  const r = await checkWithCli(scratch.dir, write('whole.xlsx', saved));
  expect(r.stderr).toBe('');
  expect(r.report?.files[0].findings.map(label)).toEqual(['owner.missing@Plan!C2', 'owner.missing@Savings plan!C2']);
});

test.each<[string, Record<string, (xml: string) => string | null>, string]>([
  ['its part', { 'xl/worksheets/sheet2.xml': remove }, 'the file has no xl/worksheets/sheet2.xml'],
  [
    'its relationship',
    { [RELS]: (xml) => xml.replace(/<Relationship Id="rId5"[^>]*\/>/, '') },
    'the workbook names no part for it',
  ],
])(
  'a sheet without %s: a warning naming it, on stderr and in the report; the other sheet is checked',
  async (_what, edits, why) => {
    const file = write('one-gone.xlsx', rezip(saved, edits));
    const r = await checkWithCli(scratch.dir, file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(warning(file, 'Savings plan', why));
    const report = r.report?.files[0];
    expect(report?.findings.map(label)).toEqual(['owner.missing@Plan!C2']);
    expect(report?.warnings).toContain(`sheet 'Savings plan' could not be read (${why}); it was not checked`);

    const text = await runCli(['check', file, '--as-of', '2011-03-31', '--out', 'out/'], { cwd: scratch.dir });
    expect(text.stdout).toContain(`Note: sheet 'Savings plan' could not be read (${why}); it was not checked`);
  },
);

test('explain warns the same way', async () => {
  const file = write('explain.xlsx', rezip(saved, { 'xl/worksheets/sheet2.xml': remove }));
  const r = await runCli(['explain', file], { cwd: scratch.dir });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(warning(file, 'Savings plan', 'the file has no xl/worksheets/sheet2.xml'));
});

test('no sheet could be read: exit 2, one line naming every sheet, nothing written', async () => {
  const dir = path.join(scratch.dir, 'none');
  mkdirSync(dir);
  const bytes = rezip(saved, { 'xl/worksheets/sheet1.xml': remove, 'xl/worksheets/sheet2.xml': remove });
  writeFileSync(path.join(dir, 'plan.xlsx'), bytes);
  const r = await runCli(['check', 'plan.xlsx', '--as-of', '2011-03-31'], { cwd: dir });
  expect(r.code).toBe(2);
  expectOneLine(r.stderr, 'plan.xlsx');
  expect(r.stderr).toBe(
    refusalLine(
      "plan.xlsx: has no sheet that could be checked: sheet 'Plan' could not be read (the file has no xl/worksheets/sheet1.xml); sheet 'Savings plan' could not be read (the file has no xl/worksheets/sheet2.xml)",
      'input.damaged',
    ),
  );
  expect(readdirSync(dir)).toEqual(['plan.xlsx']);
});
