/**
 * One output model, two hosts: the same workbooks checked by the command line (main(), in-process)
 * and by the add-in (its adapter over the test host) come out with the same flags columns, report
 * and log sheets (headers, widths, links, styles, print set-up) and highlight rules; and a workbook
 * checked in one host and cleared in the other comes back to what it was. The hosts' workbooks are
 * compared as Office.js would show them: the command line's .xlsx is opened into the test host
 * (support/xlsx-host.ts), and the add-in's is saved as an .xlsx for the command line to clear
 * (support/xlsx-from-fake.ts).
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import type { FlagPlan } from '../../src/core/flagplan';
import { FLAGS_COLUMN_WIDTH } from '../../src/core/output/flags-column';
import { REPORT_PRINT } from '../../src/core/output/print';
import { LOG_COLUMNS, REPORT_COLUMNS, REPORT_LINK_COLUMN } from '../../src/core/output/sheets';
import { HEADER_FILL, HIGHLIGHT_MARKER } from '../../src/core/output/styles';
import { pointsToChars } from '../../src/core/output/widths';
import { LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { applyFlagPlan } from '../../src/excel/apply-flag-plan';
import { clearConcordat } from '../../src/excel/clear-concordat';
import { readWorkbook } from '../../src/excel/read-workbook';
import { runCli, scratchDir, writeFixture } from '../../testkit/cli/run-cli';
import { shippedCheck } from '../../testkit/packs';
import { FakeExcel } from '../../testkit/office/fake-excel';
import type { FakeCell, FakeWorksheet, FakeWorkbook } from '../../testkit/office/fake-workbook';
import { xlsxFromFake } from './support/xlsx-from-fake';
import { workbookFromXlsx } from './support/xlsx-host';

// The example builder is the script `npm run demo` runs; it has no types.
const examples = require('../../examples/build-examples.js') as { build(file: string): Promise<string> };

/** The clock runCli gives the command line. */
const NOW = new Date('2011-03-31T09:00:00Z');

let scratch: { dir: string; remove: () => void };
beforeAll(() => {
  scratch = scratchDir();
});
afterAll(() => scratch.remove());

/** Checks a workbook in the add-in: read, check, write (report sheet included), all through the adapter. */
async function checkInAddin(workbook: FakeWorkbook): Promise<FlagPlan> {
  const excel = new FakeExcel(workbook);
  const read = await readWorkbook(excel.context, { capabilities: ALL_CAPABILITIES });
  const result = await checkWorkbook(read.snapshot, shippedCheck(), { now: NOW });
  await applyFlagPlan(excel.context, result.plan, { read, capabilities: ALL_CAPABILITIES });
  return result.plan;
}

/** Checks a file with the command line; the checked copy opened as the add-in would see it. */
async function checkInCli(name: string): Promise<FakeWorkbook> {
  const r = await runCli(['check', name, '--quiet', '--fail-on', 'never'], { cwd: scratch.dir });
  expect(r.stderr).toBe('');
  return workbookFromXlsx(path.join(scratch.dir, name.replace(/\.xlsx$/, '.checked.xlsx')));
}

const widthOf = (sheet: FakeWorksheet, column: number) => {
  const points = sheet.widths.get(column);
  return points === undefined ? null : pointsToChars(points);
};

/** Everything the output model defines, as it came out in one host's workbook. */
function outputModel(workbook: FakeWorkbook, plan: FlagPlan) {
  const report = workbook.sheet(REPORT_SHEET) as FakeWorksheet;
  const log = workbook.sheet(LOG_SHEET) as FakeWorksheet;
  const headerRow = (sheet: FakeWorksheet, count: number) =>
    Array.from({ length: count }, (_, c) => {
      const cell = sheet.get(0, c);
      return { text: cell?.value, bold: cell?.bold === true, fill: cell?.fill, width: widthOf(sheet, c) };
    });
  return {
    flags: plan.sheets.map((flags) => {
      const sheet = workbook.sheet(flags.sheet) as FakeWorksheet;
      const column = flags.column - 1;
      return {
        sheet: flags.sheet,
        header: sheet.get(flags.headerRow - 1, column)?.value,
        bold: sheet.get(flags.headerRow - 1, column)?.bold === true,
        width: widthOf(sheet, column),
        texts: flags.texts.map((_, i) => sheet.get(flags.headerRow + i, column)?.value ?? ''),
        highlights: sheet.conditionalFormats
          .map((f) => ({
            formula: f.formula,
            fill: f.fill.toUpperCase(),
            font: f.font.toUpperCase(),
            on: f.appliesTo.split(',').sort(),
          }))
          .sort((a, b) => a.formula.localeCompare(b.formula)),
      };
    }),
    report: {
      header: headerRow(report, REPORT_COLUMNS.length),
      frozenRows: report.frozenRows,
      rows: plan.report.map((_, i) =>
        REPORT_COLUMNS.map((__, c) => {
          const cell = report.get(i + 1, c);
          return { value: cell?.value, wrap: cell?.wrap === true, link: cell?.hyperlink };
        }),
      ),
      page: report.pageLayout,
    },
    log: { header: headerRow(log, LOG_COLUMNS.length), frozenRows: log.frozenRows },
  };
}

/**
 * A workbook as its owner sees it: every sheet's cells, widths, merges, rules and visibility.
 * `looks: false` leaves out empty cells that hold only a look (bold, a fill): the add-in clears the
 * flag from a cell whose own style the command line recorded but cannot set that style back whole
 * (Office.js has no call for a whole cell style), so such a cell keeps the look the flag had.
 */
function userView(workbook: FakeWorkbook, looks = true) {
  const shown = ([, cell]: [string, FakeCell]) => looks || cell.type !== 'Empty' || cell.format !== 'General';
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility,
    cells: [...sheet.cells].filter(shown).sort(([a], [b]) => a.localeCompare(b)),
    widths: [...sheet.widths].sort((a, b) => a[0] - b[0]),
    merges: [...sheet.merges].sort(),
    rules: sheet.conditionalFormats,
  }));
}

/** The workbooks both hosts check: the example (three tables and a settings sheet) and a realistic tracker. */
const WORKBOOKS: [string, (name: string) => Promise<string>][] = [
  ['the example workbook', (name) => examples.build(path.join(scratch.dir, name))],
  ['a realistic action plan and savings tracker', (name) => writeFixture(scratch.dir, name)],
];

describe.each(WORKBOOKS)('%s', (_, make) => {
  test('flags columns, highlights, report and log sheets are the same in both hosts', async () => {
    const file = await make('both.xlsx');
    const cli = await checkInCli('both.xlsx');
    const addin = workbookFromXlsx(file);
    const plan = await checkInAddin(addin);
    expect(plan.sheets.length).toBeGreaterThan(0);
    expect(outputModel(addin, plan)).toEqual(outputModel(cli, plan));

    // And it is the model the core defines.
    const model = outputModel(cli, plan);
    expect(model.flags.map((f) => f.width)).toEqual(plan.sheets.map(() => FLAGS_COLUMN_WIDTH));
    expect(model.report.header).toEqual(
      REPORT_COLUMNS.map((c) => ({ text: c.header, bold: true, fill: `#${HEADER_FILL}`, width: c.width })),
    );
    expect(model.log.header.map((h) => [h.text, h.width])).toEqual(LOG_COLUMNS.map((c) => [c.header, c.width]));
    expect(model.report.rows.map((row) => row[REPORT_LINK_COLUMN].link)).toEqual(
      plan.report.map((r) => `'${r.sheet}'!${r.address}`),
    );
    expect(model.report.page).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: REPORT_PRINT.fitToPagesWide, verticalFitToPages: REPORT_PRINT.fitToPagesTall },
      printGridlines: false,
      titleRows: REPORT_PRINT.titleRows,
    });
    const ours = model.flags.flatMap((f) => f.highlights.filter((h) => h.formula.includes(HIGHLIGHT_MARKER)));
    const looks = new Set(ours.map((h) => JSON.stringify([h.formula, h.fill, h.font])));
    expect([...looks].sort().map((l) => JSON.parse(l) as string[])).toEqual(
      [
        ['="concordat:error"<>""', '#FFC7CE', '#9C0006'],
        ['="concordat:info"<>""', '#DDEBF7', '#1F4E78'],
        ['="concordat:warning"<>""', '#FFEB9C', '#9C5700'],
      ].filter(([formula]) => plan.sheets.some((f) => f.highlights[formula.slice(12, -5) as 'error'].length > 0)),
    );
  });

  test('checked by the command line, cleared in the add-in: back to the original', async () => {
    const file = await make('cli-then-addin.xlsx');
    const original = workbookFromXlsx(file);
    const checked = await checkInCli('cli-then-addin.xlsx');
    await clearConcordat(new FakeExcel(checked).context, { keepLog: false, capabilities: ALL_CAPABILITIES });
    expect(userView(checked, false)).toEqual(userView(original, false));
    // No flag or link of Concordat's is left anywhere.
    const links = (workbook: FakeWorkbook) =>
      workbook.sheets.flatMap((sheet) =>
        [...sheet.cells.values()].filter((c) => c.hyperlink || /^[✖▲ℹ] /.test(String(c.value))),
      );
    expect(links(checked)).toEqual(links(original));
  });

  test('checked in the add-in, cleared by the command line: back to the original', async () => {
    const file = await make('addin-then-cli.xlsx');
    const workbook = workbookFromXlsx(file);
    const original = userView(workbookFromXlsx(file));
    await checkInAddin(workbook);
    writeFileSync(path.join(scratch.dir, 'addin-checked.xlsx'), xlsxFromFake(workbook));
    const r = await runCli(['clear', 'addin-checked.xlsx'], { cwd: scratch.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const cleared = workbookFromXlsx(path.join(scratch.dir, 'addin-checked.cleared.xlsx'));
    expect(userView(cleared)).toEqual(original);
  });

  test('the add-in workbook saved as a file reads back as the add-in left it', async () => {
    const file = await make('round-trip.xlsx');
    const workbook = workbookFromXlsx(file);
    await checkInAddin(workbook);
    writeFileSync(path.join(scratch.dir, 'round-trip.saved.xlsx'), xlsxFromFake(workbook));
    const again = workbookFromXlsx(path.join(scratch.dir, 'round-trip.saved.xlsx'));
    expect(userView(again)).toEqual(userView(workbook));
    expect(readFileSync(path.join(scratch.dir, 'round-trip.saved.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});
