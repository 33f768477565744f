/**
 * Removes everything Concordat wrote into a workbook, as its record says (undo-state.ts): the
 * flags columns put back exactly as they were, its highlight rules, and its report, log and record
 * sheets. What to remove is decided on the workbook as exceljs reads it (planClear); the package's
 * own parts are then patched (applyClear), so every part the clear has no reason to touch stays
 * byte for byte as it was. Nothing is taken by its name alone: a workbook with no record has nothing of Concordat's
 * but its highlight rules (each carries Concordat's marker), and a `Concordat flags` column an older
 * version left with no record is left as it is, and the user told.
 */
import type * as ExcelJS from 'exceljs';
import { HIGHLIGHT_MARKER } from '../core/output/styles';
import { flagLeftBehind, placeColumn } from '../core/owned-record';
import type { CellLookup, ColumnShift, FlagsColumn, OwnedRecord } from '../core/owned-record';
import { columnClear } from '../core/output/clearing';
import type { RecordedStyle } from '../core/recorded-style';
import { FLAGS_HEADER, a1 } from '../core/snapshot';
import type { OwnedOutput } from '../core/snapshot';
import { unrecordedOutputRole } from '../core/user-view';
import { InputError } from './input-error';
import type { CellOp, ColumnChange } from './package/sheet-patch';
import { patchSheet } from './package/sheet-patch';
import { styleFinder } from './package/style-lookup';
import { StyleBook } from './package/styles';
import { removeSheet, sheetPart, stylesPart } from './package/workbook-parts';
import type { WorkbookPackage } from './package/workbook-package';
import { findRecord, isRecordSheet, type FoundRecord } from './undo-state';

export interface ClearOptions {
  /** Leave the log sheet in place (a re-run appends to it); `clear` removes it. */
  keepLog?: boolean;
}

export interface ClearOutcome {
  flagColumns: number;
  highlightRules: number;
  /** Visible sheets removed (the report and log), by name. */
  sheetsRemoved: string[];
  /** The record's sheet was removed. */
  recordRemoved: boolean;
  /** Things left as they were that the user should know of, one line each. */
  notes: string[];
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

function cellsHolding(ws: ExcelJS.Worksheet, text: string): { row: number; col: number }[] {
  const found: { row: number; col: number }[] = [];
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      if (cell.value === text) found.push({ row: rowNumber, col: colNumber });
    });
  });
  return found;
}

/** A recorded flags column, found where it now is: rows or columns may have been inserted since. */
interface PlacedColumn extends ColumnShift {
  ws: ExcelJS.Worksheet;
  column: FlagsColumn;
}

function lookup(ws: ExcelJS.Worksheet): CellLookup {
  return {
    at: (row, column) => ws.findCell(row, column)?.value,
    holding: (text) => cellsHolding(ws, text).map(({ row, col }) => ({ row, column: col })),
  };
}

/**
 * Matches each recorded column to the workbook before anything changes. A column whose header is
 * gone (deleted with its column) is let go; one whose header is gone while flags stay below it
 * cannot be cleared exactly, so the clear is refused rather than reported done with flags left.
 */
function placeColumns(workbook: ExcelJS.Workbook, record: OwnedRecord, notes: string[]): PlacedColumn[] {
  const placed: PlacedColumn[] = [];
  for (const column of record.columns) {
    const ws = workbook.getWorksheet(column.sheet);
    if (!ws) {
      notes.push(
        `sheet '${column.sheet}', which Concordat flagged, is no longer in the workbook; if it was renamed, its flags column was left as it is`,
      );
      continue;
    }
    const cells = lookup(ws);
    const shift = placeColumn(column, cells);
    if (shift) {
      placed.push({ ws, column, ...shift });
      continue;
    }
    const where = `${ws.name}!${a1(column.headerRow, column.column)}`;
    const flagRow = flagLeftBehind(column, ws.rowCount, cells.at);
    if (flagRow !== undefined) {
      throw new InputError(
        `${where} no longer holds the flags header '${column.header}' that Concordat's record names, yet ${a1(flagRow, column.column)} still holds a flag; put the header back (or delete the column), then clear again; nothing was written`,
      );
    }
    notes.push(`${where}: Concordat's flags header is gone (the column deleted?); nothing to clear there`);
  }
  return placed;
}

/** A sheet's part of the clear: cells to empty, columns to restore, whether it has Concordat's highlights. */
export interface SheetClear {
  cells: Map<number, Map<number, { remove: true } | { style: RecordedStyle }>>;
  columns: ColumnChange[];
  dropFormats: boolean;
}

function sheetClear(plan: Map<string, SheetClear>, name: string): SheetClear {
  let found = plan.get(name);
  if (!found) plan.set(name, (found = { cells: new Map(), columns: [], dropFormats: false }));
  return found;
}

function setCell(
  target: SheetClear,
  row: number,
  column: number,
  op: { remove: true } | { style: RecordedStyle },
): void {
  let cells = target.cells.get(row);
  if (!cells) target.cells.set(row, (cells = new Map()));
  cells.set(column, op);
}

/** The core's clearing policy (core/output/clearing.ts) for one column, leaving merged cells be. */
function restoreColumn({ ws, column, dRow, dCol }: PlacedColumn, record: OwnedRecord, target: SheetClear): void {
  const plan = columnClear(record, column, { dRow, dCol }, ws.rowCount, 'chars');
  const free = (row: number) => !ws.findCell(row, plan.column)?.isMerged;
  for (const [first, last] of plan.empty) {
    for (let row = first; row <= last; row++) if (free(row)) setCell(target, row, plan.column, { remove: true });
  }
  for (const { row, style } of plan.restyle) if (free(row)) setCell(target, row, plan.column, { style });
  target.columns.push({ column: plan.column, mode: 'restore', width: plan.width, hidden: plan.hidden });
}

/** Concordat's report and log: named in the record, or (format 2, which named none) by name and header row. */
function ownedSheets(workbook: ExcelJS.Workbook, found: FoundRecord | null): Map<'report' | 'log', ExcelJS.Worksheet> {
  const sheets = new Map<'report' | 'log', ExcelJS.Worksheet>();
  if (!found) return sheets;
  if (found.legacy) {
    for (const ws of workbook.worksheets) {
      const role = unrecordedOutputRole(ws.name, (ws.findRow(1)?.values as unknown[] | undefined)?.slice(1) ?? []);
      if (role && !sheets.has(role)) sheets.set(role, ws);
    }
    return sheets;
  }
  for (const { role, name } of found.record.sheets) {
    const ws = workbook.getWorksheet(name);
    if (ws && ws !== found.sheet) sheets.set(role, ws);
  }
  return sheets;
}

/** With no record at all: the `Concordat flags` headers an older version may have left, to mention once. */
function unrecordedHeaders(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const ws of workbook.worksheets) {
    if (isRecordSheet(ws)) continue;
    for (const at of cellsHolding(ws, FLAGS_HEADER)) found.push(`${ws.name}!${a1(at.row, at.col)}`);
  }
  if (found.length === 0) return [];
  const shown = found.length > 3 ? `${found.slice(0, 3).join(', ')} and ${found.length - 3} more` : found.join(', ');
  return [
    `${shown} ${found.length === 1 ? 'is' : 'are'} headed '${FLAGS_HEADER}' but Concordat has no record of writing ${found.length === 1 ? 'it' : 'them'} (an older version's flags, or your own column); left as ${found.length === 1 ? 'it is' : 'they are'}`,
  ];
}

/** What of the workbook is Concordat's, for a snapshot of a workbook that has not been cleared. */
export function ownedOutput(workbook: ExcelJS.Workbook): OwnedOutput {
  const found = findRecord(workbook);
  return {
    sheets: [...ownedSheets(workbook, found).values()].map((ws) => ws.name),
    flagColumns: (found?.record.columns ?? []).map(({ sheet, column, headerRow }) => ({ sheet, column, headerRow })),
  };
}

/** The log's rows below its header, values only, so a re-run can write them back under a fresh header. */
export function readLogRows(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
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

export interface ClearPlan {
  outcome: ClearOutcome;
  sheets: Map<string, SheetClear>;
  /** Sheets to remove, by name: the report, the log (unless kept) and the record. */
  remove: string[];
  /** The log left in place for a check to append to, by name. */
  keptLog?: string;
  /** The workbook had a record: its flags columns and sheets change. */
  recorded: boolean;
}

/**
 * What clearing the workbook takes away, decided on the workbook as exceljs read it, which is not
 * changed. Refuses (InputError) a record that does not check out, or a flags column it cannot
 * clear exactly, before anything is written.
 */
export function planClear(workbook: ExcelJS.Workbook, options: ClearOptions = {}): ClearPlan {
  const found = findRecord(workbook);
  const notes: string[] = found ? [] : unrecordedHeaders(workbook);
  const placed = found ? placeColumns(workbook, found.record, notes) : [];
  const owned = ownedSheets(workbook, found);
  const outcome: ClearOutcome = {
    flagColumns: placed.length,
    highlightRules: 0,
    sheetsRemoved: [],
    recordRemoved: false,
    notes,
  };
  const sheets = new Map<string, SheetClear>();
  if (found) for (const column of placed) restoreColumn(column, found.record, sheetClear(sheets, column.ws.name));
  const ownedSet = new Set<ExcelJS.Worksheet>(owned.values());
  for (const ws of workbook.worksheets) {
    if (ownedSet.has(ws) || ws === found?.sheet) continue;
    const marked = conditionalFormats(ws).filter(isConcordatFormat).length;
    outcome.highlightRules += marked;
    if (marked > 0) sheetClear(sheets, ws.name).dropFormats = true;
  }
  const remove: string[] = [];
  let keptLog: string | undefined;
  for (const [role, ws] of owned) {
    if (role === 'log' && options.keepLog) {
      keptLog = ws.name;
      continue;
    }
    remove.push(ws.name);
    outcome.sheetsRemoved.push(ws.name);
  }
  if (found) {
    remove.push(found.sheet.name);
    outcome.recordRemoved = true;
  }
  return { outcome, sheets, remove, keptLog, recorded: found !== null };
}

/** The cell ops of a sheet's clear, each recorded style found among the package's styles. */
function cellOps(
  clear: SheetClear,
  xfOf: (style: RecordedStyle) => number | undefined,
): Map<number, Map<number, CellOp>> {
  const ops = new Map<number, Map<number, CellOp>>();
  for (const [row, cells] of clear.cells) {
    const mapped = new Map<number, CellOp>();
    for (const [column, op] of cells) {
      const xf = 'style' in op ? xfOf(op.style) : undefined;
      mapped.set(column, xf === undefined ? { kind: 'remove' } : { kind: 'restyle', xf });
    }
    ops.set(row, mapped);
  }
  return ops;
}

/** Makes the planned clear in the package's parts. */
export async function applyClear(pkg: WorkbookPackage, plan: ClearPlan): Promise<void> {
  if (plan.sheets.size === 0 && plan.remove.length === 0) return;
  const stylesName = stylesPart(pkg);
  const stylesXml = pkg.text(stylesName) ?? '';
  const styles = new StyleBook(stylesXml, stylesName);
  const restyles = [...plan.sheets.values()].some((s) =>
    [...s.cells.values()].some((m) => [...m.values()].some((op) => 'style' in op)),
  );
  const xfOf = restyles ? await styleFinder(stylesXml) : () => undefined;
  for (const [name, clear] of plan.sheets) {
    const part = sheetPart(pkg, name);
    const patched = patchSheet(
      pkg.text(part) ?? '',
      part,
      {
        cells: cellOps(clear, xfOf),
        columns: clear.columns,
        dropFormatsMarked: clear.dropFormats ? HIGHLIGHT_MARKER : undefined,
        highlights: [],
      },
      styles,
    );
    pkg.set(part, patched.xml);
  }
  for (const name of plan.remove) removeSheet(pkg, name);
}

/** True when the workbook holds nothing Concordat wrote (so `clear` has nothing to do). */
export function nothingCleared(outcome: ClearOutcome): boolean {
  return (
    outcome.flagColumns === 0 &&
    outcome.highlightRules === 0 &&
    outcome.sheetsRemoved.length === 0 &&
    !outcome.recordRemoved
  );
}
