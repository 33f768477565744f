/**
 * Writes a FlagPlan into an exceljs Workbook: the flags column, highlight rules, the report sheet
 * and the log sheet, under names the user does not have. Earlier Concordat output is removed first,
 * so a re-run never duplicates, and what was written and what the flags column replaced go into
 * Concordat's record (undo-state.ts), so `clear` knows its own output and can restore the rest.
 */
import type * as ExcelJS from 'exceljs';
import type { Severity } from '../core/findings';
import { SEVERITIES } from '../core/findings';
import type { FlagPlan, SheetFlags } from '../core/flagplan';
import { HIGHLIGHT_STYLE, highlightFormula, neutraliseFormulaText } from '../core/flagplan';
import { freeName } from '../core/owned-names';
import { addBlankCell, emptyRecord, type OwnedRecord } from '../core/owned-record';
import { recordedStyleSchema, type RecordedStyle } from '../core/recorded-style';
import { LOG_SHEET, REPORT_SHEET, a1 } from '../core/snapshot';
import { compactAddresses } from './cell-ranges';
import { cellStyle, replaceCellStyle, sharedStyle } from './cell-style';
import { clearConcordatOutput, conditionalFormats, keptLog, markWritten, readLogRows, wasJustCleared } from './clear';
import { deferFlags, type DeferredFlags } from './deferred-output';
import type { CellText } from './zip/flag-cells';
import { writeLogSheet, writeReportSheet } from './owned-sheets';
import { writeRecord } from './undo-state';

/** Wide enough for a flag message to read on one or two lines. */
export const FLAGS_COLUMN_WIDTH = 60;

export interface ApplyOutcome {
  /** Things the plan asked for that were not done, so the user's data stayed untouched. */
  warnings: string[];
}

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex}` };
}

/** Differential style of a highlight rule: fill and font colour only, the cell's own style untouched. */
function highlightStyle(severity: Severity): Partial<ExcelJS.Style> {
  const { fill, font } = HIGHLIGHT_STYLE[severity];
  return {
    // In a conditional format Excel reads a solid fill's colour from bgColor; some readers use fgColor.
    fill: { type: 'pattern', pattern: 'solid', fgColor: argb(fill), bgColor: argb(fill) },
    font: { color: argb(font) },
  };
}

function nextPriority(ws: ExcelJS.Worksheet): number {
  let max = 0;
  for (const cf of conditionalFormats(ws)) for (const rule of cf.rules) max = Math.max(max, rule.priority ?? 0);
  return max + 1;
}

function addHighlights(ws: ExcelJS.Worksheet, flags: SheetFlags): void {
  for (const severity of SEVERITIES) {
    const addresses = flags.highlights[severity] ?? [];
    if (addresses.length === 0) continue;
    ws.addConditionalFormatting({
      ref: compactAddresses(addresses).join(' '),
      rules: [
        {
          type: 'expression',
          formulae: [highlightFormula(severity)],
          style: highlightStyle(severity),
          priority: nextPriority(ws),
        },
      ],
    });
  }
}

const WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
/** A flag in a cell with no style of its own, which is nearly every flag: one object for all. */
const PLAIN_FLAG_STYLE = sharedStyle({ alignment: WRAPPED });

/**
 * The flags header looks like the table's own header: it takes the style of the header cell to
 * its left (fill, font, borders), in bold. Below it, a flag keeps the cell's own style, wrapped.
 */
function flagStyle(
  ws: ExcelJS.Worksheet,
  cell: ExcelJS.Cell,
  row: number,
  col: number,
  header: boolean,
): Partial<ExcelJS.Style> {
  const own = cellStyle(cell);
  if (!header && Object.keys(own).length === 0) return PLAIN_FLAG_STYLE;
  if (!header) return { ...own, alignment: { ...(own.alignment ?? {}), ...WRAPPED } };
  const left = col > 1 ? ws.findCell(row, col - 1) : undefined;
  const base = left && left.value !== null && left.value !== undefined && !left.isMerged ? cellStyle(left) : own;
  return { ...base, font: { ...(base.font ?? {}), bold: true } };
}

const STYLE_PARTS = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const;

/** A new cell takes its row's and column's style (exceljs does the same when it makes one). */
function inheritsStyle(ws: ExcelJS.Worksheet, row: number, column: ExcelJS.Column): boolean {
  const found = ws.findRow(row) as unknown as { style?: Partial<ExcelJS.Style> } | undefined;
  const rowStyle = found?.style;
  return STYLE_PARTS.some((part) => rowStyle?.[part] !== undefined || column.style?.[part] !== undefined);
}

/**
 * Flag cells with no style of their own: the first goes through exceljs as the sample, the rest
 * are written into the saved file in its form (see deferred-output.ts).
 */
class PlainFlags {
  private sample: DeferredFlags['sample'] | undefined;
  private readonly cells = new Map<ExcelJS.Worksheet, CellText[]>();
  /** Cells taken, by sheet, as "row:column": exceljs does not know them, so the guard asks here. */
  private readonly taken = new Map<ExcelJS.Worksheet, Set<string>>();

  /** True when the flag was taken, to be written at save time. */
  take(ws: ExcelJS.Worksheet, row: number, column: number, text: string): boolean {
    if (!this.sample) return false;
    let list = this.cells.get(ws);
    if (!list) this.cells.set(ws, (list = []));
    list.push({ row, column, text });
    let taken = this.taken.get(ws);
    if (!taken) this.taken.set(ws, (taken = new Set()));
    taken.add(`${row}:${column}`);
    return true;
  }

  has(ws: ExcelJS.Worksheet, row: number, column: number): boolean {
    return this.taken.get(ws)?.has(`${row}:${column}`) ?? false;
  }

  sampled(ws: ExcelJS.Worksheet, row: number, column: number): void {
    this.sample ??= { sheet: ws, row, column };
  }

  defer(workbook: ExcelJS.Workbook): void {
    if (this.sample) deferFlags(workbook, { sample: this.sample, cells: this.cells });
  }
}

/**
 * Writes one cell of the flags column, unless that would overwrite something of the user's
 * (a value, or part of a merged range): the core picks a free column, and this is the guard.
 */
function writeFlagCell(
  ws: ExcelJS.Worksheet,
  target: { row: number; column: ExcelJS.Column },
  text: string,
  header: boolean,
  out: { undo: OwnedRecord; warnings: string[]; plain: PlainFlags },
): void {
  const { row } = target;
  const col = target.column.number;
  const where = `${ws.name}!${a1(row, col)}`;
  const existing = ws.findCell(row, col);
  if (existing?.isMerged) {
    out.warnings.push(`${where} is part of a merged range; its flag was not written`);
    return;
  }
  const written = existing && existing.value !== null && existing.value !== undefined && existing.value !== '';
  if (written || out.plain.has(ws, row, col)) {
    out.warnings.push(`${where} is not empty; its flag was not written`);
    return;
  }
  const plain = !header && !existing && !inheritsStyle(ws, row, target.column);
  if (plain && out.plain.take(ws, row, col, neutraliseFormulaText(text))) {
    addBlankCell(out.undo, ws.name, col, row);
    return;
  }
  const cell = existing ?? ws.getCell(row, col);
  const before = recordableStyle(cell);
  if (before === undefined) {
    out.warnings.push(`${where} has a style Concordat could not record to undo; its flag was not written`);
    return;
  }
  if (before === null) addBlankCell(out.undo, ws.name, col, row);
  else out.undo.styled.push({ sheet: ws.name, row, column: col, style: before });
  replaceCellStyle(cell, flagStyle(ws, cell, row, col, header));
  cell.value = neutraliseFormulaText(text);
  if (plain) out.plain.sampled(ws, row, col);
}

/** Styles already vetted, by exceljs's shared style object: most styled cells share a handful. */
const vetted = new WeakMap<object, RecordedStyle | undefined>();

/**
 * A plain copy of the cell's own style for the record, null when it has none, undefined when
 * it is not of a shape the record accepts back (clear would refuse the record, so the cell is not
 * written).
 */
function recordableStyle(cell: ExcelJS.Cell): RecordedStyle | null | undefined {
  const style = cellStyle(cell);
  if (Object.keys(style).length === 0) return null;
  if (!vetted.has(style)) {
    const parsed = recordedStyleSchema.safeParse(JSON.parse(JSON.stringify(style)));
    vetted.set(style, parsed.success ? parsed.data : undefined);
  }
  return vetted.get(style);
}

function writeSheetFlags(
  ws: ExcelJS.Worksheet,
  flags: SheetFlags,
  out: { undo: OwnedRecord; warnings: string[]; plain: PlainFlags },
): void {
  const column = ws.getColumn(flags.column);
  const { undo } = out;
  // Two tables stacked on one sheet can share a flags column: its first width is the one to restore.
  const seen = undo.columns.some((c) => c.sheet === ws.name && c.column === flags.column);
  if (!seen)
    undo.columns.push({
      sheet: ws.name,
      column: flags.column,
      headerRow: flags.headerRow,
      header: flags.header,
      width: typeof column.width === 'number' ? column.width : null,
      widthUnit: 'chars',
      hidden: column.hidden,
    });
  column.width = FLAGS_COLUMN_WIDTH;
  column.hidden = false;
  writeFlagCell(ws, { row: flags.headerRow, column }, flags.header, true, out);
  flags.texts.forEach((text, i) => {
    if (text !== '') writeFlagCell(ws, { row: flags.headerRow + 1 + i, column }, text, false, out);
  });
  addHighlights(ws, flags);
}

export function applyFlagPlan(workbook: ExcelJS.Workbook, plan: FlagPlan): ApplyOutcome {
  // The check cleared it before taking its snapshot; clearing again would only search every cell.
  if (!wasJustCleared(workbook)) clearConcordatOutput(workbook, { keepLog: true });
  const oldLog = keptLog(workbook);
  markWritten(workbook);
  const logRows = oldLog ? readLogRows(oldLog) : [];
  if (oldLog) workbook.removeWorksheet(oldLog.id); // rewritten after the report, so the sheet order is the same every run
  const warnings: string[] = [];
  const undo = emptyRecord();
  const plain = new PlainFlags();
  for (const flags of plan.sheets) {
    const ws = workbook.getWorksheet(flags.sheet);
    if (!ws) {
      warnings.push(`sheet '${flags.sheet}' was not found; its flags were not written`);
      continue;
    }
    writeSheetFlags(ws, flags, { undo, warnings, plain });
  }
  plain.defer(workbook);
  const taken = workbook.worksheets.map((ws) => ws.name);
  const report = freeName(REPORT_SHEET, taken);
  const log = freeName(LOG_SHEET, [...taken, report]);
  writeReportSheet(workbook, report, plan.report);
  writeLogSheet(workbook, log, logRows, plan.log);
  undo.sheets.push({ role: 'report', name: report }, { role: 'log', name: log });
  writeRecord(workbook, undo);
  return { warnings };
}
