/**
 * Writes a FlagPlan into the workbook's package: the flags column and highlight rules patched into
 * the sheets they belong to, and the report, log and record added as new sheets, under names the
 * user does not have. What each flag cell was before goes into Concordat's record (undo-state.ts),
 * so `clear` knows its own output and can restore the rest.
 *
 * Which cells may be written, and what style each had, is decided on the workbook as exceljs read
 * it (after earlier output was cleared): a flag is never written over a value or into a merged
 * range. exceljs never writes anything.
 */
import type * as ExcelJS from 'exceljs';
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
import { recordedStyleSchema, type RecordedStyle } from '../core/recorded-style';
import { LOG_SHEET, REPORT_SHEET, a1 } from '../core/snapshot';
import { cellStyle } from './cell-style';
import { readLogRows } from './clear';
import { logSheetXml, recordSheetXml, reportSheetXml, type SheetValue } from './owned-sheets';
import { patchSheet, type CellOp, type SheetChanges } from './package/sheet-patch';
import { StyleBook } from './package/styles';
import { addSheet, addSheetName, listSheets, removeSheet, sheetPart, stylesPart } from './package/workbook-parts';
import type { WorkbookPackage } from './package/workbook-package';
import { snapshotValue } from './snapshot-from-exceljs';
import { sha256 } from './undo-state';

export interface ApplyOutcome {
  /** Things the plan asked for that were not done, so the user's data stayed untouched. */
  warnings: string[];
}

interface Planning {
  undo: OwnedRecord;
  warnings: string[];
  /** Styles already vetted for the record, by exceljs's shared style object. */
  vetted: Map<object, RecordedStyle | undefined>;
}

const STYLE_PARTS = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const;

/** A new cell takes its row's and column's style (exceljs does the same when it makes one). */
function inheritsStyle(ws: ExcelJS.Worksheet, row: number, column: ExcelJS.Column): boolean {
  const found = ws.findRow(row) as unknown as { style?: Partial<ExcelJS.Style> } | undefined;
  const rowStyle = found?.style;
  return STYLE_PARTS.some((part) => rowStyle?.[part] !== undefined || column.style?.[part] !== undefined);
}

/**
 * A plain copy of the cell's own style for the record, null when it has none, undefined when
 * it is not of a shape the record accepts back (clear would refuse the record, so the cell is not
 * written).
 */
function recordableStyle(cell: ExcelJS.Cell, planning: Planning): RecordedStyle | null | undefined {
  const style = cellStyle(cell);
  if (Object.keys(style).length === 0) return null;
  if (!planning.vetted.has(style)) {
    const parsed = recordedStyleSchema.safeParse(JSON.parse(JSON.stringify(style)));
    planning.vetted.set(style, parsed.success ? parsed.data : undefined);
  }
  return planning.vetted.get(style);
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
  ws: ExcelJS.Worksheet,
  target: { row: number; column: ExcelJS.Column },
  text: string,
  header: boolean,
  changes: SheetChanges,
  planning: Planning,
): void {
  const { row } = target;
  const col = target.column.number;
  const where = `${ws.name}!${a1(row, col)}`;
  const existing = ws.findCell(row, col);
  if (existing?.isMerged) {
    planning.warnings.push(`${where} is part of a merged range; its flag was not written`);
    return;
  }
  const written = existing && existing.value !== null && existing.value !== undefined && existing.value !== '';
  if (written || changes.cells.get(row)?.has(col)) {
    planning.warnings.push(`${where} is not empty; its flag was not written`);
    return;
  }
  const plain = !existing && !inheritsStyle(ws, row, target.column);
  const before = plain ? null : recordableStyle(existing ?? ws.getCell(row, col), planning);
  if (before === undefined) {
    planning.warnings.push(`${where} has a style Concordat could not record to undo; its flag was not written`);
    return;
  }
  if (before === null) addBlankCell(planning.undo, ws.name, col, row);
  else planning.undo.styled.push({ sheet: ws.name, row, column: col, style: before });
  let style: 'flag' | 'header-left' | 'header-own' = 'flag';
  if (header) {
    // The flags header looks like the table's own header: the style of the header to its left, in bold.
    const left = col > 1 ? ws.findCell(row, col - 1) : undefined;
    style = left && left.value !== null && left.value !== undefined && !left.isMerged ? 'header-left' : 'header-own';
  }
  setOp(changes, row, col, { kind: 'write', text: neutraliseFormulaText(text), style });
}

function planSheetFlags(
  ws: ExcelJS.Worksheet,
  flags: SheetFlags,
  changes: SheetChanges,
  planning: Planning,
  styles: StyleBook,
): void {
  const column = ws.getColumn(flags.column);
  const { undo } = planning;
  // Two tables stacked on one sheet can share a flags column: its first width is the one to restore.
  const seen = undo.columns.some((c) => c.sheet === ws.name && c.column === flags.column);
  if (!seen) {
    undo.columns.push({
      sheet: ws.name,
      column: flags.column,
      headerRow: flags.headerRow,
      header: flags.header,
      width: typeof column.width === 'number' ? column.width : null,
      widthUnit: 'chars',
      hidden: column.hidden,
    });
    changes.columns.push({ column: flags.column, mode: 'set', width: FLAGS_COLUMN_WIDTH, hidden: false });
  }
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

function logValues(ws: ExcelJS.Worksheet | undefined, date1904: boolean): SheetValue[][] {
  if (!ws) return [];
  return readLogRows(ws).map((row) =>
    Array.from(row, (value) => {
      const plain = snapshotValue(value ?? null, date1904);
      return typeof plain === 'object' && plain !== null ? plain.error : plain;
    }),
  );
}

/**
 * Writes the plan into the package. `workbook` is the package as exceljs read it, with earlier
 * output cleared; `keptLog` names the log that clear left for this run to append to.
 */
export function applyFlagPlan(
  pkg: WorkbookPackage,
  workbook: ExcelJS.Workbook,
  plan: FlagPlan,
  keptLog?: string,
): ApplyOutcome {
  const planning: Planning = { undo: emptyRecord(), warnings: [], vetted: new Map() };
  const stylesName = stylesPart(pkg);
  const styles = new StyleBook(pkg.text(stylesName) ?? '', stylesName);
  const bySheet = new Map<string, SheetChanges>();
  for (const flags of plan.sheets) {
    const ws = workbook.getWorksheet(flags.sheet);
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
    pkg.set(part, patchSheet(pkg.text(part) ?? '', part, changes, styles).xml);
  }

  // The log is written again after the report, so the sheet order is the same every run.
  const logRows = logValues(
    keptLog ? workbook.getWorksheet(keptLog) : undefined,
    workbook.properties?.date1904 === true,
  );
  if (keptLog) removeSheet(pkg, keptLog);
  const taken = listSheets(pkg).map((s) => s.name);
  const report = freeName(REPORT_SHEET, taken);
  const log = freeName(LOG_SHEET, [...taken, report]);
  addSheet(pkg, report, reportSheetXml(plan.report, styles));
  addSheetName(pkg, report, '_xlnm.Print_Titles', `${quoteSheetName(report)}!${REPORT_PRINT.titleRows}`);
  addSheet(pkg, log, logSheetXml(logRows, plan.log, styles));
  planning.undo.sheets.push({ role: 'report', name: report }, { role: 'log', name: log });
  if (!isEmptyRecord(planning.undo)) {
    const name = freeName(RECORD_SHEET, [...taken, report, log]);
    addSheet(pkg, name, recordSheetXml(formatRecord(planning.undo, sha256)), 'veryHidden');
  }
  if (styles.changed) pkg.set(stylesName, styles.toXml());
  return { warnings: planning.warnings };
}
