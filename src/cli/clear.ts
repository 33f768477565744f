/**
 * Removes everything Concordat wrote into a workbook: flags column, highlight rules, report, log
 * and undo state. With the undo state the workbook returns to exactly what it was; without it (a
 * workbook flagged by another host) the flags column is found by its header and emptied.
 */
import type * as ExcelJS from 'exceljs';
import { HIGHLIGHT_MARKER, SEVERITY_MARK } from '../core/flagplan';
import { FLAGS_HEADER, LOG_SHEET, REPORT_SHEET, columnNumber } from '../core/snapshot';
import { replaceCellStyle } from './cell-style';
import { forgetDeferredOutput } from './deferred-output';
import { readUndoState, STATE_SHEET, type UndoState } from './undo-state';

export interface ClearOptions {
  /** Leave the log sheet in place (a re-run appends to it); `clear` removes it. */
  keepLog?: boolean;
}

export interface ClearOutcome {
  flagColumns: number;
  highlightRules: number;
  sheetsRemoved: string[];
}

/** Conditional-format entries all of whose rules carry Concordat's marker. */
export function isConcordatFormat(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return (
    cf.rules.length > 0 &&
    cf.rules.every(
      (rule) =>
        rule.type === 'expression' &&
        Array.isArray(rule.formulae) &&
        rule.formulae.some((f: unknown) => typeof f === 'string' && f.includes(HIGHLIGHT_MARKER)),
    )
  );
}

/** exceljs keeps a sheet's conditional formats in a public but untyped array. */
export function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

function findFlagsHeader(ws: ExcelJS.Worksheet): { row: number; col: number }[] {
  const found: { row: number; col: number }[] = [];
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      if (cell.value === FLAGS_HEADER) found.push({ row: rowNumber, col: colNumber });
    });
  });
  return found;
}

function splitAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : { row: 0, col: -1 };
}

/**
 * Restores a sheet's flags columns from the undo state. If the user has since inserted rows or
 * columns, each column is followed to where its header now is. Returns how many it restored: 0
 * when the state has nothing for this sheet (or its headers are gone), so the caller falls back
 * to finding headers by their text.
 */
function restoreColumns(ws: ExcelJS.Worksheet, state: UndoState): number {
  const records = state.columns.filter((c) => c.sheet === ws.name);
  if (records.length === 0) return 0;
  const headersNow = findFlagsHeader(ws);
  let restored = 0;
  records.forEach((record, index) => {
    let dRow = 0;
    let dCol = 0;
    if (ws.findCell(record.headerRow, record.column)?.value !== FLAGS_HEADER) {
      const moved = headersNow[index];
      if (!moved) return;
      dRow = moved.row - record.headerRow;
      dCol = moved.col - record.column;
    }
    for (const cellUndo of state.cells) {
      const at = splitAddress(cellUndo.address);
      if (cellUndo.sheet !== ws.name || at.col !== record.column) continue;
      const cell = ws.getCell(at.row + dRow, at.col + dCol);
      if (cell.isMerged) continue;
      cell.value = null;
      replaceCellStyle(cell, cellUndo.style ?? {});
    }
    const column = ws.getColumn(record.column + dCol);
    column.width = record.width ?? undefined;
    column.hidden = record.hidden;
    restored += 1;
  });
  return restored;
}

/**
 * A flag starts with a severity mark; a flag that began like a formula was written with a leading
 * apostrophe, which no typed value keeps (Excel treats it as a prefix, not content).
 */
function looksLikeFlag(value: ExcelJS.CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  return value.startsWith("'") || Object.values(SEVERITY_MARK).some((mark) => value.startsWith(mark));
}

/** Without undo state: empty the column under each flags header while the cells hold flags. */
function clearByHeader(ws: ExcelJS.Worksheet): number {
  let cleared = 0;
  for (const header of findFlagsHeader(ws)) {
    ws.getCell(header.row, header.col).value = null;
    for (let row = header.row + 1; row <= ws.rowCount; row++) {
      const cell = ws.findCell(row, header.col);
      if (!cell) continue;
      if (!looksLikeFlag(cell.value)) break;
      if (!cell.isMerged) cell.value = null;
    }
    cleared += 1;
  }
  return cleared;
}

/** The log's rows below its header, values only, so a re-run can write them back under a fresh header. */
export function readLogRows(workbook: ExcelJS.Workbook): ExcelJS.CellValue[][] {
  const ws = workbook.getWorksheet(LOG_SHEET);
  if (!ws) return [];
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: ExcelJS.CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cell.value;
    });
    rows.push(values);
  });
  return rows;
}

/** Workbooks cleared (keeping their log) and not written to by applyFlagPlan since. */
const justCleared = new WeakSet<ExcelJS.Workbook>();

/** True when clearConcordatOutput(…, { keepLog: true }) ran last: a second clear would find nothing. */
export function wasJustCleared(workbook: ExcelJS.Workbook): boolean {
  return justCleared.has(workbook);
}

export function markWritten(workbook: ExcelJS.Workbook): void {
  justCleared.delete(workbook);
}

export function clearConcordatOutput(workbook: ExcelJS.Workbook, options: ClearOptions = {}): ClearOutcome {
  forgetDeferredOutput(workbook);
  const state = readUndoState(workbook);
  const outcome: ClearOutcome = { flagColumns: 0, highlightRules: 0, sheetsRemoved: [] };
  const owned = new Set([REPORT_SHEET, LOG_SHEET, STATE_SHEET]);
  for (const ws of workbook.worksheets) {
    if (owned.has(ws.name)) continue;
    const restored = state ? restoreColumns(ws, state) : 0;
    outcome.flagColumns += restored > 0 ? restored : clearByHeader(ws);
    const formats = conditionalFormats(ws);
    const kept = formats.filter((cf) => !isConcordatFormat(cf));
    outcome.highlightRules += formats.length - kept.length;
    if (kept.length !== formats.length)
      ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !isConcordatFormat(cf));
  }
  for (const name of owned) {
    if (name === LOG_SHEET && options.keepLog) continue;
    const ws = workbook.getWorksheet(name);
    if (ws) {
      workbook.removeWorksheet(ws.id);
      outcome.sheetsRemoved.push(name);
    }
  }
  if (options.keepLog) justCleared.add(workbook);
  else justCleared.delete(workbook);
  return outcome;
}

/** True when the workbook holds nothing Concordat wrote (so `clear` has nothing to do). */
export function nothingCleared(outcome: ClearOutcome): boolean {
  return outcome.flagColumns === 0 && outcome.highlightRules === 0 && outcome.sheetsRemoved.length === 0;
}
