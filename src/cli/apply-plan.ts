/**
 * Writes a FlagPlan into the workbook's package: the flags column and highlight rules patched into
 * the sheets they belong to, and the report, log and record added as new sheets, under names the
 * user does not have. What each flag cell was before goes into Concordat's record (undo-state.ts),
 * so `clear` knows its own output and can restore the rest.
 *
 * Which cells may be written, and what style each had, is decided on the workbook as read (after
 * earlier output was cleared): a flag is never written over a value or into a merged range.
 */
import { SEVERITIES } from '../core/findings';
import type { FlagPlan, SheetFlags } from '../core/flagplan';
import { neutraliseFormulaText } from '../core/flagplan';
import { FLAGS_COLUMN_WIDTH } from '../core/output/flags-column';
import { REPORT_PRINT } from '../core/output/print';
import { quoteSheetName } from '../core/output/sheets';
import { HIGHLIGHT_STYLE, highlightFormula } from '../core/output/styles';
import { freeName } from '../core/owned-names';
import {
  RECORD_SHEET,
  addBlankCell,
  emptyRecord,
  formatRecord,
  isEmptyRecord,
  type OwnedRecord,
} from '../core/owned-record';
import type { RecordedStyle } from '../core/recorded-style';
import { formatHistory } from '../core/history-record';
import { LOG_SHEET, REPORT_SHEET, a1 } from '../core/snapshot';
import { readLogRows } from './clear';
import { idleRows } from './idle-rows';
import { logSheetXml, recordSheetPart, reportSheetPart, type SheetValue } from './owned-sheets';
import { patchSheet, type CellOp, type SheetChanges } from './package/sheet-patch';
import { recordable, styleLooks, type StyleLook } from './package/style-lookup';
import { StyleBook } from './package/styles';
import { addSheet, addSheetName, listSheets, removeSheet, sheetPart, stylesPart } from './package/workbook-parts';
import type { WorkbookPackage } from './package/workbook-package';
import { SheetCells } from './read/sheet-cells';
import type { ReadSheet, ReadWorkbook } from './read/workbook-read';
import { sha256 } from './undo-state';

export interface ApplyOutcome {
  /** Things the plan asked for that were not done, so the user's data stayed untouched. */
  warnings: string[];
}

interface Planning {
  undo: OwnedRecord;
  warnings: string[];
  /** Each cell style as exceljs reads it, when some flag cell has a style to record (else empty). */
  looks: StyleLook[];
  /** Styles already vetted for the record, by the cell styles they come from. */
  vetted: Map<string, RecordedStyle | null | undefined>;
}

/** The width recorded for a column whose `<col>` gives none (exceljs's default, as records have always held it). */
const DEFAULT_COLUMN_WIDTH = 9;
const STYLE_PARTS = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const;

/** Each sheet's `<col>` ranges in order of where they start, sorted once: every flag cell asks. */
const sortedCols = new WeakMap<ReadSheet, ReadSheet['cols']>();

/** The first `<col>` range holding the column (ranges taken in order of where they start). */
function columnRange(sheet: ReadSheet, column: number) {
  let cols = sortedCols.get(sheet);
  if (!cols) sortedCols.set(sheet, (cols = [...sheet.cols].sort((a, b) => a.min - b.min)));
  return cols.find((c) => c.min <= column && column <= c.max);
}

/** The styles a new cell would take from its row and its column. */
function inherited(ws: SheetCells, row: number, column: number): [number, number] {
  return [ws.row(row)?.xf ?? 0, columnRange(ws.sheet, column)?.xf ?? 0];
}

/**
 * The flag cell's style for the record: its own, or, for a cell not in the part, its row's and
 * column's part by part (row first), as a cell made there takes them. Null when it has none,
 * undefined when it is not of a shape the record accepts back (clear would refuse the record, so
 * the cell is not written).
 */
function recordableStyle(
  ws: SheetCells,
  row: number,
  column: number,
  planning: Planning,
): RecordedStyle | null | undefined {
  const existing = ws.cell(row, column);
  const [rowXf, colXf] = existing ? [existing.xf, 0] : inherited(ws, row, column);
  if (rowXf === 0 && colXf === 0) return null;
  const key = `${rowXf}:${colXf}`;
  if (!planning.vetted.has(key)) {
    const own = planning.looks[rowXf] ?? {};
    const other = planning.looks[colXf] ?? {};
    const look: StyleLook = {};
    for (const part of STYLE_PARTS) {
      const value = (rowXf ? own[part] : undefined) ?? (colXf ? other[part] : undefined);
      if (value) look[part] = value;
    }
    planning.vetted.set(key, recordable(look));
  }
  return planning.vetted.get(key);
}

/** True when some flag cell has a style of its own or would inherit one: only then are styles read for the record. */
function needsLooks(sheets: ReadonlyMap<string, SheetCells>, plan: FlagPlan): boolean {
  return plan.sheets.some((flags) => {
    const ws = sheets.get(flags.sheet);
    if (!ws) return false;
    const styled = (row: number) => {
      const cell = ws.cell(row, flags.column);
      return cell ? cell.xf > 0 : inherited(ws, row, flags.column).some((xf) => xf > 0);
    };
    return styled(flags.headerRow) || flags.texts.some((text, i) => text !== '' && styled(flags.headerRow + 1 + i));
  });
}

function setOp(changes: SheetChanges, row: number, column: number, op: CellOp): void {
  let cells = changes.cells.get(row);
  if (!cells) changes.cells.set(row, (cells = new Map()));
  cells.set(column, op);
}

/**
 * One cell of the flags column, unless that would overwrite something of the user's (a value, or
 * part of a merged range): the core picks a free column, and this is the guard.
 */
function planFlagCell(
  ws: SheetCells,
  at: { row: number; column: number },
  text: string,
  header: boolean,
  changes: SheetChanges,
  planning: Planning,
): void {
  const { row, column: col } = at;
  const where = `${ws.name}!${a1(row, col)}`;
  if (ws.merged(row, col)) {
    planning.warnings.push(`${where} is part of a merged range; its flag was not written`);
    return;
  }
  const value = ws.value(row, col);
  if ((value !== undefined && value !== '') || changes.cells.get(row)?.has(col)) {
    planning.warnings.push(`${where} is not empty; its flag was not written`);
    return;
  }
  const before = recordableStyle(ws, row, col, planning);
  if (before === undefined) {
    planning.warnings.push(`${where} has a style Concordat could not record to undo; its flag was not written`);
    return;
  }
  if (before === null) addBlankCell(planning.undo, ws.name, col, row);
  else planning.undo.styled.push({ sheet: ws.name, row, column: col, style: before });
  let style: 'flag' | 'header-left' | 'header-own' = 'flag';
  if (header) {
    // The flags header looks like the table's own header: the style of the header to its left, in bold.
    const left = col > 1 && ws.value(row, col - 1) !== undefined && !ws.merged(row, col - 1);
    style = left ? 'header-left' : 'header-own';
  }
  setOp(changes, row, col, { kind: 'write', text: neutraliseFormulaText(text), style });
}

function planSheetFlags(
  ws: SheetCells,
  flags: SheetFlags,
  changes: SheetChanges,
  planning: Planning,
  styles: StyleBook,
): void {
  const range = columnRange(ws.sheet, flags.column);
  const { undo } = planning;
  // Two tables stacked on one sheet can share a flags column: its first width is the one to restore.
  const seen = undo.columns.some((c) => c.sheet === ws.name && c.column === flags.column);
  if (!seen) {
    undo.columns.push({
      sheet: ws.name,
      column: flags.column,
      headerRow: flags.headerRow,
      header: flags.header,
      width: range ? (range.width ?? DEFAULT_COLUMN_WIDTH) : null,
      widthUnit: 'chars',
      hidden: range?.hidden ?? false,
    });
    changes.columns.push({ column: flags.column, mode: 'set', width: FLAGS_COLUMN_WIDTH, hidden: false });
  }
  const column = flags.column;
  planFlagCell(ws, { row: flags.headerRow, column }, flags.header, true, changes, planning);
  flags.texts.forEach((text, i) => {
    if (text !== '') planFlagCell(ws, { row: flags.headerRow + 1 + i, column }, text, false, changes, planning);
  });
  // One conditional-format rule per severity, over the flagged cells; the marker in its formula is how clear finds it.
  for (const severity of SEVERITIES) {
    const addresses = flags.highlights[severity] ?? [];
    if (addresses.length === 0) continue;
    const { fill, font } = HIGHLIGHT_STYLE[severity];
    changes.highlights.push({
      sqref: addresses.join(' '),
      formula: highlightFormula(severity),
      dxf: styles.highlight(fill, font),
    });
  }
}

function logValues(sheet: ReadSheet | undefined): SheetValue[][] {
  if (!sheet) return [];
  return readLogRows(sheet).map((row) =>
    Array.from(row, (value) => (typeof value === 'object' && value !== null ? value.error : (value ?? null))),
  );
}

/**
 * Writes the plan into the package. `workbook` is the package as read, with earlier output
 * cleared; `keptLog` names the log that clear left for this run to append to.
 */
export async function applyFlagPlan(
  pkg: WorkbookPackage,
  workbook: ReadWorkbook,
  plan: FlagPlan,
  keptLog?: string,
): Promise<ApplyOutcome> {
  const stylesName = stylesPart(pkg);
  const stylesXml = pkg.text(stylesName) ?? '';
  // Each sheet's cells are indexed once, for the question of styles and for the flags.
  const sheets = new Map(workbook.sheets.map((s) => [s.name, new SheetCells(s)] as const));
  const looks = needsLooks(sheets, plan) ? await styleLooks(stylesXml) : [];
  const planning: Planning = { undo: emptyRecord(), warnings: [], looks, vetted: new Map() };
  const styles = new StyleBook(stylesXml, stylesName);
  const bySheet = new Map<string, SheetChanges>();
  for (const flags of plan.sheets) {
    const ws = sheets.get(flags.sheet);
    if (!ws) {
      planning.warnings.push(`sheet '${flags.sheet}' was not found; its flags were not written`);
      continue;
    }
    let changes = bySheet.get(ws.name);
    if (!changes) bySheet.set(ws.name, (changes = { cells: new Map(), columns: [], highlights: [] }));
    planSheetFlags(ws, flags, changes, planning, styles);
  }
  for (const [name, changes] of bySheet) {
    const part = sheetPart(pkg, name);
    const xml = pkg.text(part) ?? '';
    const sheet = sheets.get(name)?.sheet;
    const patched = patchSheet(xml, part, changes, styles, sheet ? idleRows(sheet, xml, changes) : []);
    pkg.set(part, patched.part(pkg.bytes(part)));
  }

  // The log is written again after the report, so the sheet order is the same every run.
  const logRows = logValues(keptLog ? sheets.get(keptLog)?.sheet : undefined);
  if (keptLog) removeSheet(pkg, keptLog);
  const taken = listSheets(pkg).map((s) => s.name);
  const report = freeName(REPORT_SHEET, taken);
  const log = freeName(LOG_SHEET, [...taken, report]);
  addSheet(pkg, report, reportSheetPart(plan.report, styles));
  addSheetName(pkg, report, '_xlnm.Print_Titles', `${quoteSheetName(report)}!${REPORT_PRINT.titleRows}`);
  addSheet(pkg, log, logSheetXml(logRows, plan.log, styles));
  planning.undo.sheets.push({ role: 'report', name: report }, { role: 'log', name: log });
  if (!isEmptyRecord(planning.undo)) {
    const name = freeName(RECORD_SHEET, [...taken, report, log]);
    const rows = [...formatRecord(planning.undo, sha256), ...formatHistory(plan.history, sha256)];
    addSheet(pkg, name, recordSheetPart(rows), 'veryHidden');
  }
  if (styles.changed) pkg.set(stylesName, styles.toXml());
  return { warnings: planning.warnings };
}
