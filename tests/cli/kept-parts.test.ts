/**
 * Issue 12 §1: the command line patches the workbook's package. For real workbooks holding parts
 * exceljs could not write (charts, a chart sheet, pivot tables, macros, threaded comments, a link
 * to another workbook, an Excel table), with an action plan added by patching the package, a check
 * as a copy and with --in-place changes only the parts it must, byte for byte the rest, and
 * `clear` gives back every part but the styles it appended to.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { FLAGS_HEADER } from '../../src/core/snapshot';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { listSheets } from '../../src/cli/package/workbook-parts';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';
import { findRecord } from '../../src/cli/undo-state';
import { changedParts, partsOf } from '../../testkit/cli/package-parts';
import { PLAN_PART, PLAN_SHEET, withActionPlan } from '../../testkit/cli/action-plan-part';
import { loadWorkbookBytes } from '../../src/cli/workbook-file';
import { loadFromBuffer } from '../../testkit/cli/realistic-workbook';
import { runCli, scratchDir } from '../../testkit/cli/run-cli';

const FIXTURES = path.join(__dirname, 'fixtures', 'parts');
const AS_OF = ['--as-of', '2011-03-31'];

/** The parts a check rewrites besides the sheets it flags: those that list sheets, and the styles. */
const PATCHED = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'];

/** The parts of the sheets the checked copy's record says were flagged. */
async function flaggedParts(checked: Buffer): Promise<string[]> {
  const record = findRecord(loadWorkbookBytes(checked).read);
  const pkg = WorkbookPackage.open(checked, DEFAULT_LIMITS);
  const sheets = new Set(record?.record.columns.map((c) => c.sheet));
  return listSheets(pkg)
    .filter((s) => sheets.has(s.name))
    .map((s) => s.part as string);
}

let scratch: ReturnType<typeof scratchDir>;
beforeAll(() => {
  scratch = scratchDir();
});
afterAll(() => scratch.remove());

const cli = (args: string[]) => runCli(args, { cwd: scratch.dir });
const read = (name: string) => readFileSync(path.join(scratch.dir, name));

/** Every part the check had no reason to touch is the original's, byte for byte; three sheets are new. */
async function expectOnlyPatched(original: Buffer, checked: Buffer): Promise<void> {
  const flagged = await flaggedParts(checked);
  expect(flagged).toContain(PLAN_PART);
  const patched = [...PATCHED, ...flagged].sort();
  const before = partsOf(original);
  const after = partsOf(checked);
  const changed = changedParts(original, checked);
  const added = changed.filter((name) => !before.has(name));
  expect(changed.filter((name) => before.has(name))).toEqual(patched.filter((name) => before.has(name)));
  expect(added).toHaveLength(3);
  expect(added.every((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))).toBe(true);
  for (const [name, bytes] of before) if (!patched.includes(name)) expect(after.get(name)?.equals(bytes)).toBe(true);
}

describe.each([
  ['WithTwoCharts.xlsx', 'xl/charts/chart1.xml'],
  ['WithChartSheet.xlsx', 'xl/chartsheets/sheet1.xml'],
  ['ExcelPivotTableSample.xlsx', 'xl/pivotTables/pivotTable1.xml'],
  ['SimpleMacro.xlsm', 'xl/vbaProject.bin'],
  ['vba.xlsm', 'xl/vbaProject.bin'],
  ['64759.xlsx', 'xl/threadedComments/threadedComment1.xml'],
  ['link-external-workbook-b.xlsx', 'xl/externalLinks/externalLink0.xml'],
  ['inventory-table.xlsx', 'xl/tables/table1.xml'],
])('%s (holds %s)', (fixture, part) => {
  const ext = path.extname(fixture);
  const stem = `kept-${path.basename(fixture, ext)}`;
  let original: Buffer;
  beforeAll(async () => {
    original = await withActionPlan(readFileSync(path.join(FIXTURES, fixture)));
    writeFileSync(path.join(scratch.dir, `${stem}${ext}`), original);
    writeFileSync(path.join(scratch.dir, `${stem}-in-place${ext}`), original);
  });

  test('checked as a copy: flags written, every other part kept byte for byte', async () => {
    const r = await cli(['check', `${stem}${ext}`, ...AS_OF, '--quiet']);
    expect([r.code, r.stderr]).toEqual([1, '']);
    const checked = read(`${stem}.checked${ext}`); // an .xlsm stays an .xlsm
    expect(
      partsOf(checked)
        .get(part)
        ?.equals(partsOf(original).get(part) as Buffer),
    ).toBe(true);
    await expectOnlyPatched(original, checked);
    const ws = (await loadFromBuffer(checked)).getWorksheet(PLAN_SHEET);
    expect(ws?.getCell('F1').value).toBe(FLAGS_HEADER);
    expect(String(ws?.getCell('F3').value)).toMatch(/^✖ /);
  });

  test('checked with --in-place: the same guarantee', async () => {
    const r = await cli(['check', `${stem}-in-place${ext}`, ...AS_OF, '--in-place', '--quiet']);
    expect([r.code, r.stderr]).toEqual([1, '']);
    await expectOnlyPatched(original, read(`${stem}-in-place${ext}`));
  });

  test('clear gives back every part of the original but the styles Concordat appended to', async () => {
    const r = await cli(['clear', `${stem}.checked${ext}`, '--quiet']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(changedParts(original, read(`${stem}.cleared${ext}`))).toEqual(['xl/styles.xml']);
  });
});
