/**
 * Reading costs what the XML costs, not what its ranges cover (issue 12, §1): a drop-down, a
 * conditional format or a merge over a whole column (G2:G1048576) or the whole sheet
 * (A1:XFD1048576) adds a few bytes to a sheet, and adds no more than that to reading it. Such a
 * workbook once took 8 s and 400 MB (a whole-sheet one did not finish in 5 minutes). Times are
 * compared between inputs, best of two, with generous ratios; never against a tight bound.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';
import { snapshotOf } from '../../src/cli/read/snapshot-of';
import { readPackage } from '../../src/cli/read/workbook-read';
import * as ExcelJS from 'exceljs';
import { PLAN_SHEET, withActionPlan } from '../../testkit/cli/action-plan-part';
import { saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { runCli, scratchDir } from '../../testkit/cli/run-cli';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** The ranges a tracker picks up: whole columns and the whole sheet, each a few bytes of XML. */
const WHOLE_RANGES = (rows: number) => ({
  merges: `<mergeCells count="2"><mergeCell ref="J2:J1048576"/><mergeCell ref="A${rows + 3}:XFD${rows + 3}"/></mergeCells>`,
  formats:
    '<conditionalFormatting sqref="E2:E1048576"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="Late"><formula>NOT(ISERROR(SEARCH("Late",E2)))</formula></cfRule></conditionalFormatting>' +
    '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" dxfId="0" priority="2"><formula>ROW()=0</formula></cfRule></conditionalFormatting>',
  validations:
    '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="E2:E1048576"><formula1>"Open,Closed,Late"</formula1></dataValidation>' +
    '<dataValidation type="textLength" operator="lessThan" allowBlank="1" sqref="A1:XFD1048576"><formula1>32768</formula1></dataValidation></dataValidations>',
});

/** An action plan of `rows` items, with or without the whole-column and whole-sheet ranges. */
function planXml(rows: number, whole: boolean): string {
  const lines = [
    `<row r="1">${['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status'].map((t, i) => inline(`${'ABCDE'[i]}1`, t)).join('')}</row>`,
  ];
  for (let r = 2; r <= rows + 1; r++) {
    lines.push(
      `<row r="${r}">${inline(`A${r}`, `R${r}`)}${inline(`B${r}`, `Review contract ${r}`)}${inline(`C${r}`, r % 7 === 0 ? '' : 'Jayne Pickering')}` +
        `<c r="D${r}"><v>${40000 + (r % 900)}</v></c>${inline(`E${r}`, r % 3 === 0 ? 'Closed' : 'Open')}</row>`,
    );
  }
  const extra = whole ? WHOLE_RANGES(rows) : { merges: '', formats: '', validations: '' };
  return `<worksheet xmlns="${MAIN}"><sheetData>${lines.join('')}</sheetData>${extra.merges}${extra.formats}${extra.validations}</worksheet>`;
}

let base: Buffer;
beforeAll(async () => {
  const notes = new ExcelJS.Workbook();
  notes.addWorksheet('Notes').getCell('A1').value = 'Agreed at the board';
  base = await saveToBuffer(notes);
});

async function workbook(rows: number, whole: boolean): Promise<Buffer> {
  return withActionPlan(base, planXml(rows, whole));
}

/** Best of two: the time `concordat check` takes over the workbook, in milliseconds. */
async function checkTime(bytes: Buffer): Promise<number> {
  const scratch = scratchDir();
  try {
    writeFileSync(path.join(scratch.dir, 'plan.xlsx'), bytes);
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const start = process.hrtime.bigint();
      const run = await runCli(['check', 'plan.xlsx', '--out', 'out', '--fail-on', 'never', '-q'], {
        cwd: scratch.dir,
      });
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
      expect(run.code).toBe(0);
    }
    return best;
  } finally {
    scratch.remove();
  }
}

test('a 12-row plan with whole-column and whole-sheet ranges is checked, its ranges costing nothing to read', async () => {
  const scratch = scratchDir();
  try {
    writeFileSync(path.join(scratch.dir, 'plan.xlsx'), await workbook(12, true));
    const run = await runCli(['check', 'plan.xlsx', '--format', 'json', '--fail-on', 'never', '-q'], {
      cwd: scratch.dir,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { files: { findings: { sheet: string }[] }[] };
    expect(report.files[0].findings.some((f) => f.sheet === PLAN_SHEET)).toBe(true);
  } finally {
    scratch.remove();
  }
  const read = readPackage(WorkbookPackage.open(await workbook(12, true), DEFAULT_LIMITS), DEFAULT_LIMITS);
  const plan = snapshotOf(read).sheets.find((s) => s.name === PLAN_SHEET);
  // The merged column and row reach only as far as the values do; the merges are listed as written.
  expect(plan?.values).toHaveLength(15);
  expect(Math.max(...(plan?.values ?? []).map((row) => row.length))).toBe(10);
  expect(plan?.merges).toEqual(['J2:J1048576', 'A15:XFD15']);
}, 60_000);

test('checking with whole-column and whole-sheet ranges costs about what checking without them does', async () => {
  const rows = 2_000;
  const plain = await checkTime(await workbook(rows, false));
  const whole = await checkTime(await workbook(rows, true));
  expect(whole).toBeLessThan(3 * plain + 100);
}, 120_000);

test('checking grows in step with the sheet: four times the rows, well under ten times the time', async () => {
  const one = await checkTime(await workbook(2_000, true));
  const four = await checkTime(await workbook(8_000, true));
  expect(four).toBeLessThan(10 * one + 100);
}, 120_000);
