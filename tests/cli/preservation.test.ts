/**
 * "Never lose the user's work": a checked copy differs from the original only in what Concordat
 * owns, checking twice equals checking once, and `clear` gives back the original exactly.
 */
import type * as ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import type { FlagPlan } from '../../src/core/flagplan';
import { neutraliseFormulaText } from '../../src/core/flagplan';
import { HIGHLIGHT_MARKER, highlightFormula } from '../../src/core/output/styles';
import { LOG_HEADERS, REPORT_HEADERS } from '../../src/core/output/sheets';
import { FLAGS_HEADER, LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { applyFlagPlan } from '../../src/cli/apply-plan';
import { FLAGS_COLUMN_WIDTH } from '../../src/core/output/flags-column';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';
import { snapshotOf } from '../../src/cli/read/snapshot-of';
import { findRecord } from '../../src/cli/undo-state';
import { RECORD_SHEET as STATE_SHEET } from '../../src/core/owned-record';
import { clearOutput, loadWorkbookBytes } from '../../src/cli/workbook-file';
import { shippedCheck } from '../../testkit/packs';
import { conditionalFormats, isConcordatFormat } from '../../testkit/cli/concordat-formats';
import { describeWorkbook, type DescribeOptions } from '../../testkit/cli/describe-workbook';
import { buildRealisticWorkbook, handPlan, loadFromBuffer, saveToBuffer } from '../../testkit/cli/realistic-workbook';

const OWNED = new Set([REPORT_SHEET, LOG_SHEET, STATE_SHEET]);

/** What `check` does with a plan: earlier output cleared, the plan patched in, the package saved. */
async function checkBytes(bytes: Buffer, plan: FlagPlan = handPlan(), warnings: string[] = []): Promise<Buffer> {
  const loaded = loadWorkbookBytes(bytes);
  const { read, keptLog } = await clearOutput(loaded, { keepLog: true });
  expect((await applyFlagPlan(loaded.pkg, read, plan, keptLog)).warnings).toEqual(warnings);
  return loaded.pkg.save();
}

async function clearBytes(bytes: Buffer): Promise<{ bytes: Buffer; notes: string[] }> {
  const loaded = loadWorkbookBytes(bytes);
  const { outcome } = await clearOutput(loaded);
  return { bytes: await loaded.pkg.save(), notes: outcome.notes };
}

/** A user's edit made with exceljs on a checked copy, as if in Excel and saved. */
async function edited(bytes: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await loadFromBuffer(bytes);
  edit(wb);
  return saveToBuffer(wb);
}

/** Compares user sheets, leaving out what the plan's flags columns own. */
function userView(plan: FlagPlan): DescribeOptions {
  const owned = new Set(plan.sheets.map((s) => `${s.sheet}\u0000${s.column}`));
  return {
    sheets: (name) => !OWNED.has(name),
    skipColumn: (sheet, column) => owned.has(`${sheet}\u0000${column}`),
    skipCells: (sheet, _address, column) => owned.has(`${sheet}\u0000${column}`),
    formatFilter: (cf) => !isConcordatFormat(cf),
  };
}

async function describe_(bytes: Buffer, options: DescribeOptions = {}) {
  return describeWorkbook(await loadFromBuffer(bytes), options);
}

let original: Buffer;

beforeAll(async () => {
  original = await saveToBuffer(buildRealisticWorkbook());
});

test('the comparison sees everything it is meant to compare', async () => {
  const d = await describe_(original);
  const plan = d.sheets[0];
  expect(plan.merges).toEqual(['A1:F1']);
  expect(plan.cells.find((c) => c.address === 'B4')?.note).toBe('Agreed at the Shared Services Board, 21 January 2010');
  expect(plan.cells.find((c) => c.address === 'F9')?.value).toEqual({ formula: 'SUM(F4:F8)', result: 413000.5 });
  expect(plan.cells.find((c) => c.address === 'D4')?.style).toMatchObject({ numFmt: 'dd/mm/yyyy' });
  expect(plan.cells.find((c) => c.address === 'A12')?.value).toEqual({
    text: 'Savings sheet',
    hyperlink: "#'Savings'!A1",
  });
  expect(plan.cells.find((c) => c.address === 'A11')?.value).toEqual({
    text: 'Audit report',
    hyperlink: 'https://example.org/audit-2010.pdf',
  });
  expect(JSON.stringify(plan.validations)).toContain('Complete,In progress,Not started');
  expect(JSON.stringify(plan.conditionalFormats)).toContain('containsText');
  expect(plan.rows.find((r) => r.index === 7)?.hidden).toBe(true);
  expect(plan.columns.find((c) => c.index === 2)?.width).toBe(48);
  expect(JSON.stringify(d.definedNames)).toContain('ActionCosts');
  expect(plan.views).toMatchObject([{ state: 'frozen', ySplit: 3 }]);
});

describe('a checked copy', () => {
  test('keeps every user cell, style, note, merge, validation, width, hidden row, name and format', async () => {
    const checked = await checkBytes(original);
    const view = userView(handPlan());
    expect(await describe_(checked, view)).toEqual(await describe_(original, view));
  });

  test('holds the flags column, one highlight rule per severity, the report, the log and hidden undo state', async () => {
    const checked = await checkBytes(original);
    const wb = await loadFromBuffer(checked);
    const ws = wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
    expect(ws.getCell('G3').value).toBe(FLAGS_HEADER);
    expect(ws.getCell('G3').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } }); // styled like the header beside it
    expect(ws.getCell('G3').fill).toEqual(ws.getCell('F3').fill);
    expect(ws.getCell('G4').value).toBeNull();
    expect(ws.getCell('G5').value).toBe('✖ owner.missing: No officer responsible for R2.');
    expect(ws.getCell('G8').value).toBe("'=SUM(1) ℹ starts like a formula");
    // Every plain flag has the same style: one line, at the top of its row.
    expect(ws.getCell('G5').alignment).toEqual({ vertical: 'top' });
    expect(ws.getCell('G8').style).toEqual(ws.getCell('G5').style);
    expect(ws.getColumn(7).width).toBe(FLAGS_COLUMN_WIDTH);

    const ours = conditionalFormats(ws).filter(isConcordatFormat);
    expect(ours.map((cf) => cf.ref)).toEqual(['C5', 'C6 D6', 'B8']);
    const formulas = ours.map((cf) => (cf.rules[0] as ExcelJS.ExpressionRuleType).formulae?.[0]);
    expect(formulas).toEqual([highlightFormula('error'), highlightFormula('warning'), highlightFormula('info')]);
    expect(formulas.every((f) => String(f).includes(HIGHLIGHT_MARKER))).toBe(true);
    // The user's own rule is still there and still first.
    expect(conditionalFormats(ws)[0].rules[0].type).toBe('containsText');
    // Highlighting never touches the cells' own styles.
    const before = (await loadFromBuffer(original)).getWorksheet('Action plan') as ExcelJS.Worksheet;
    for (const address of ['C5', 'C6', 'D6', 'B8'])
      expect(ws.getCell(address).style).toEqual(before.getCell(address).style);

    const report = wb.getWorksheet(REPORT_SHEET) as ExcelJS.Worksheet;
    expect(report.getRow(1).values).toEqual([undefined, ...REPORT_HEADERS]);
    // Saved as Excel saves a link to a cell: a location, no relationship (exceljs does not read these).
    expect(report.getCell('D2').value).toBe('C5');
    const reportPart = WorkbookPackage.open(checked, DEFAULT_LIMITS).text('xl/worksheets/sheet4.xml');
    expect(reportPart).toContain(`<hyperlink ref="D2" location="&apos;Action plan&apos;!C5" display="C5"/>`);
    expect(report.getCell('H3').value).toBe('=cmd|calc'); // a string cell, shown as written, never evaluated
    const log = wb.getWorksheet(LOG_SHEET) as ExcelJS.Worksheet;
    expect(log.getRow(1).values).toEqual([undefined, ...LOG_HEADERS]);
    expect(log.getCell('A2').value).toBe('2011-03-31T09:00:00.000Z');
    expect(log.getCell('E2').value).toBe(1);

    const state = wb.getWorksheet(STATE_SHEET) as ExcelJS.Worksheet;
    expect(state.state).toBe('veryHidden');
    const record = findRecord(loadWorkbookBytes(checked).read);
    expect(record?.record.columns).toEqual([
      {
        sheet: 'Action plan',
        column: 7,
        headerRow: 3,
        header: FLAGS_HEADER,
        width: null,
        widthUnit: 'chars',
        hidden: false,
      },
    ]);
    expect(record?.record.sheets).toEqual([
      { role: 'report', name: REPORT_SHEET },
      { role: 'log', name: LOG_SHEET },
    ]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Action plan',
      'Savings',
      'Notes',
      REPORT_SHEET,
      LOG_SHEET,
      STATE_SHEET,
    ]);
  });

  test('checked twice equals checked once, apart from a second log row', async () => {
    const once = await checkBytes(original);
    const twice = await checkBytes(once, {
      ...handPlan(),
      log: { ...handPlan().log, ranAt: '2011-04-01T09:00:00.000Z' },
    });
    const notLog: DescribeOptions = { sheets: (name) => name !== LOG_SHEET };
    expect(await describe_(twice, notLog)).toEqual(await describe_(once, notLog));
    const log = (await loadFromBuffer(twice)).getWorksheet(LOG_SHEET) as ExcelJS.Worksheet;
    expect(log.rowCount).toBe(3);
    expect([log.getCell('A2').value, log.getCell('A3').value]).toEqual([
      '2011-03-31T09:00:00.000Z',
      '2011-04-01T09:00:00.000Z',
    ]);
  });
});

describe('clear', () => {
  test('gives back the original exactly', async () => {
    const { bytes: cleared } = await clearBytes(await checkBytes(original));
    expect(await describe_(cleared)).toEqual(await describe_(original));
  });

  test('after checking twice still gives back the original', async () => {
    const { bytes: cleared } = await clearBytes(await checkBytes(await checkBytes(original)));
    expect(await describe_(cleared)).toEqual(await describe_(original));
  });

  test("restores a flags column's earlier width, visibility and cell styles", async () => {
    const wb = buildRealisticWorkbook();
    const ws = wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
    ws.getColumn(7).width = 21;
    ws.getColumn(7).hidden = true;
    for (let r = 3; r <= 8; r++) ws.getCell(r, 7).border = { bottom: { style: 'dashed' } };
    const styled = await saveToBuffer(wb);
    const checked = await loadFromBuffer(await checkBytes(styled));
    const col = (checked.getWorksheet('Action plan') as ExcelJS.Worksheet).getColumn(7);
    expect([col.width, col.hidden]).toEqual([FLAGS_COLUMN_WIDTH, false]);
    const g5 = (checked.getWorksheet('Action plan') as ExcelJS.Worksheet).getCell('G5');
    expect(g5.border?.bottom?.style).toBe('dashed'); // the user's border stays under the flag
    const { bytes: cleared } = await clearBytes(await checkBytes(styled));
    expect(await describe_(cleared)).toEqual(await describe_(styled));
  });

  test('follows the flags column when rows were inserted above it after the check', async () => {
    const moved = await edited(await checkBytes(original), (wb) =>
      (wb.getWorksheet('Action plan') as ExcelJS.Worksheet).insertRow(3, ['inserted by the user']),
    );
    const ws = (await loadFromBuffer((await clearBytes(moved)).bytes)).getWorksheet('Action plan') as ExcelJS.Worksheet;
    for (let r = 1; r <= 12; r++) expect(ws.getCell(r, 7).value).toBeNull();
    expect(ws.getColumn(7).width).toBeUndefined();
  });

  test('without a record (an older version, or the record deleted) takes nothing by its name, and says so', async () => {
    const unrecorded = await edited(await checkBytes(original), (wb) =>
      wb.removeWorksheet((wb.getWorksheet(STATE_SHEET) as ExcelJS.Worksheet).id),
    );
    const flagsOf = (w: ExcelJS.Workbook) =>
      [3, 4, 5, 6, 7, 8].map((r) => (w.getWorksheet('Action plan') as ExcelJS.Worksheet).getCell(r, 7).value);
    const flags = flagsOf(await loadFromBuffer(unrecorded));
    const { bytes, notes } = await clearBytes(unrecorded);
    const wb = await loadFromBuffer(bytes);
    const ws = wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
    expect(flagsOf(wb)).toEqual(flags);
    expect(notes).toEqual([
      "Action plan!G3 is headed 'Concordat flags' but Concordat has no record of writing it (an older version's flags, or your own column); left as it is",
    ]);
    // The highlight rules carry Concordat's marker, so they are known to be its own.
    expect(conditionalFormats(ws).filter(isConcordatFormat)).toEqual([]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Action plan', 'Savings', 'Notes', REPORT_SHEET, LOG_SHEET]);
  });
});

describe('the write guard', () => {
  test('never writes a flag over a user value or into a merged range', async () => {
    const plan: FlagPlan = {
      ...handPlan(),
      sheets: [{ ...handPlan().sheets[0], column: 2, headerRow: 1, texts: ['', '✖ over a header', '✖ over a value'] }],
    };
    const checked = await checkBytes(original, plan, [
      'Action plan!B1 is part of a merged range; its flag was not written',
      'Action plan!B3 is not empty; its flag was not written',
      'Action plan!B4 is not empty; its flag was not written',
    ]);
    const ws = (await loadFromBuffer(checked)).getWorksheet('Action plan') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('Shared Services Action Plan 2010/11');
    expect(ws.getCell('B4').value).toBe('Agree a single management team');
  });

  test('never writes a cell twice', async () => {
    const loaded = loadWorkbookBytes(original);
    const first = handPlan().sheets[0];
    const plan: FlagPlan = { ...handPlan(), sheets: [first, { ...first, header: FLAGS_HEADER }] };
    const flagged = first.texts.filter((t) => t !== '').length;
    const { warnings } = await applyFlagPlan(loaded.pkg, loaded.read, plan);
    // The second table's header and flags land on cells the first already took.
    expect(warnings).toHaveLength(flagged + 1);
    expect(warnings.every((w) => w.endsWith('is not empty; its flag was not written'))).toBe(true);
    const back = (await loadFromBuffer(await loaded.pkg.save())).getWorksheet('Action plan') as ExcelJS.Worksheet;
    first.texts.forEach((text, i) => {
      if (text !== '')
        expect(back.getCell(first.headerRow + 1 + i, first.column).value).toBe(neutraliseFormulaText(text));
    });
  });

  test('a sheet the plan names but the workbook lacks is reported, not created', async () => {
    const plan: FlagPlan = { ...handPlan(), sheets: [{ ...handPlan().sheets[0], sheet: 'Gone' }] };
    const checked = await checkBytes(original, plan, ["sheet 'Gone' was not found; its flags were not written"]);
    expect((await loadFromBuffer(checked)).getWorksheet('Gone')).toBeUndefined();
  });
});

describe('with the real checks', () => {
  test('a workbook checked by checkWorkbook keeps its user content, and clear restores it', async () => {
    const result = await checkWorkbook(snapshotOf(loadWorkbookBytes(original).read), shippedCheck(), {
      asOf: '2011-03-31',
      now: new Date('2011-03-31T09:00:00Z'),
    });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.plan.sheets.map((s) => s.sheet)).toContain('Action plan');
    const checked = await checkBytes(original, result.plan);
    const view = userView(result.plan);
    expect(await describe_(checked, view)).toEqual(await describe_(original, view));
    const flagged = (await loadFromBuffer(checked)).getWorksheet('Action plan') as ExcelJS.Worksheet;
    const column = result.plan.sheets.find((s) => s.sheet === 'Action plan')?.column ?? 0;
    expect(flagged.getCell(3, column).value).toBe(FLAGS_HEADER);
    expect(await describe_((await clearBytes(checked)).bytes)).toEqual(await describe_(original));

    // Re-checking the checked copy finds the same and writes the same.
    const { read: again } = await clearOutput(loadWorkbookBytes(checked), { keepLog: true });
    const second = await checkWorkbook(snapshotOf(again, { sheets: [LOG_SHEET], flagColumns: [] }), shippedCheck(), {
      asOf: '2011-03-31',
      now: new Date('2011-03-31T09:00:00Z'),
    });
    expect(second.findings).toEqual(result.findings);
    expect(second.plan.sheets).toEqual(result.plan.sheets);
  });
});
