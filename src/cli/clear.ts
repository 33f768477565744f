/**
 * Removes everything Concordat wrote into a workbook, as its record says (undo-state.ts): the
 * flags columns put back exactly as they were, its highlight rules, and its report, log and record
 * sheets. What to remove is decided on the workbook as src/cli/read reads it (planClear); the package's
 * own parts are then patched (applyClear), so every part the clear has no reason to touch stays
 * byte for byte as it was. Nothing is taken by its name alone: a workbook with no record has nothing of Concordat's
 * but its highlight rules (each carries Concordat's marker), and a `Concordat flags` column an older
 * version left with no record is left as it is, and the user told.
 */
import { HIGHLIGHT_MARKER } from '../core/output/styles';
import { flagLeftBehind, placeColumn } from '../core/owned-record';
import type { CellLookup, ColumnShift, FlagsColumn, OwnedRecord } from '../core/owned-record';
import { columnClear } from '../core/output/clearing';
import type { RecordedStyle } from '../core/recorded-style';
import { FLAGS_HEADER, a1 } from '../core/snapshot';
import type { CellValue, OwnedOutput } from '../core/snapshot';
import type { CheckHistory } from '../core/since';
import { unrecordedOutputRole } from '../core/user-view';
import { InputError } from './input-error';
import { SheetCells } from './read/sheet-cells';
import type { ReadSheet, ReadWorkbook } from './read/workbook-read';
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

/** A recorded flags column, found where it now is: rows or columns may have been inserted since. */
interface PlacedColumn extends ColumnShift {
  ws: SheetCells;
  column: FlagsColumn;
}

function lookup(ws: SheetCells): CellLookup {
  return { at: (row, column) => ws.value(row, column), holding: (text) => ws.holding(text) };
}

function sheetNamed(workbook: ReadWorkbook, name: string): ReadSheet | undefined {
  return workbook.sheets.find((s) => s.name === name);
}

/**
 * Matches each recorded column to the workbook before anything changes. A column whose header is
 * gone (deleted with its column) is let go; one whose header is gone while flags stay below it
 * cannot be cleared exactly, so the clear is refused rather than reported done with flags left.
 */
function placeColumns(workbook: ReadWorkbook, record: OwnedRecord, notes: string[]): PlacedColumn[] {
  const placed: PlacedColumn[] = [];
  for (const column of record.columns) {
    const sheet = sheetNamed(workbook, column.sheet);
    if (!sheet) {
      notes.push(
        `sheet '${column.sheet}', which Concordat flagged, is no longer in the workbook; if it was renamed, its flags column was left as it is`,
      );
      continue;
    }
    const ws = new SheetCells(sheet);
    const cells = lookup(ws);
    const shift = placeColumn(column, cells);
    if (shift) {
      placed.push({ ws, column, ...shift });
      continue;
    }
    const where = `${ws.name}!${a1(column.headerRow, column.column)}`;
    const flagRow = flagLeftBehind(column, ws.lastRow, cells.at);
    if (flagRow !== undefined) {
      throw new InputError(
        'record.flags-header-gone',
        `${where} no longer holds the flags header '${column.header}' that Concordat's record names, yet ${a1(flagRow, column.column)} still holds a flag; nothing was written`,
        { fix: 'put the header back (or delete the column), then clear again' },
      );
    }
    notes.push(`${where}: Concordat's flags header is gone (the column deleted?); nothing to clear there`);
  }
  return placed;
}

/** A sheet's part of the clear: cells to empty, columns to restore, whether it has Concordat's highlights. */
interface SheetClear {
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
  const plan = columnClear(record, column, { dRow, dCol }, ws.lastRow, 'chars');
  const free = (row: number) => !ws.merged(row, plan.column);
  for (const [first, last] of plan.empty) {
    for (let row = first; row <= last; row++) if (free(row)) setCell(target, row, plan.column, { remove: true });
  }
  for (const { row, style } of plan.restyle) if (free(row)) setCell(target, row, plan.column, { style });
  target.columns.push({ column: plan.column, mode: 'restore', width: plan.width, hidden: plan.hidden });
}

/** Concordat's report and log: named in the record, or (format 2, which named none) by name and header row. */
function ownedSheets(workbook: ReadWorkbook, found: FoundRecord | null): Map<'report' | 'log', ReadSheet> {
  const sheets = new Map<'report' | 'log', ReadSheet>();
  if (!found) return sheets;
  if (found.legacy) {
    for (const sheet of workbook.sheets) {
      const role = unrecordedOutputRole(sheet.name, new SheetCells(sheet).valueRows()[0] ?? []);
      if (role && !sheets.has(role)) sheets.set(role, sheet);
    }
    return sheets;
  }
  for (const { role, name } of found.record.sheets) {
    const sheet = sheetNamed(workbook, name);
    if (sheet && sheet !== found.sheet) sheets.set(role, sheet);
  }
  return sheets;
}

/** With no record at all: the `Concordat flags` headers an older version may have left, to mention once. */
function unrecordedHeaders(workbook: ReadWorkbook): string[] {
  const found: string[] = [];
  for (const sheet of workbook.sheets) {
    if (isRecordSheet(sheet)) continue;
    for (const at of new SheetCells(sheet).holding(FLAGS_HEADER)) found.push(`${sheet.name}!${a1(at.row, at.column)}`);
  }
  if (found.length === 0) return [];
  const shown = found.length > 3 ? `${found.slice(0, 3).join(', ')} and ${found.length - 3} more` : found.join(', ');
  return [
    `${shown} ${found.length === 1 ? 'is' : 'are'} headed '${FLAGS_HEADER}' but Concordat has no record of writing ${found.length === 1 ? 'it' : 'them'} (an older version's flags, or your own column); left as ${found.length === 1 ? 'it is' : 'they are'}`,
  ];
}

/** What of the workbook is Concordat's, for a snapshot of a workbook that has not been cleared. */
export function ownedOutput(workbook: ReadWorkbook, found: FoundRecord | null = findRecord(workbook)): OwnedOutput {
  return {
    sheets: [...ownedSheets(workbook, found).values()].map((sheet) => sheet.name),
    flagColumns: (found?.record.columns ?? []).map(({ sheet, column, headerRow }) => ({ sheet, column, headerRow })),
  };
}

/** The log's rows below its header, values only, so a re-run can write them back under a fresh header. */
export function readLogRows(sheet: ReadSheet): (CellValue | undefined)[][] {
  return new SheetCells(sheet)
    .valueRows()
    .slice(1)
    .filter((row) => row.length > 0);
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
  /** The last check's findings, from the record, for a check to compare with (null when it holds none). */
  lastCheck: CheckHistory | null;
  /** Why the record's history was set aside, for a check to say. */
  lastCheckSetAside?: string;
}

/**
 * The record's history for a check to compare with. One that does not check out costs only the
 * comparison: the check is compared with none, and says why.
 */
function lastCheckOf(found: FoundRecord | null): { lastCheck: CheckHistory | null; setAside?: string } {
  if (!found?.historyProblem) return { lastCheck: found?.history ?? null };
  return { lastCheck: null, setAside: found.historyProblem };
}

/**
 * What clearing the workbook takes away, decided on the workbook as read, which is not changed. Refuses (InputError) a record that does not check out, or a flags column it cannot
 * clear exactly, before anything is written.
 */
export function planClear(workbook: ReadWorkbook, options: ClearOptions = {}): ClearPlan {
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
  const ownedSet = new Set<ReadSheet>(owned.values());
  for (const sheet of workbook.sheets) {
    if (ownedSet.has(sheet) || sheet === found?.sheet) continue;
    outcome.highlightRules += sheet.markedFormats;
    if (sheet.markedFormats > 0) sheetClear(sheets, sheet.name).dropFormats = true;
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
  const { lastCheck, setAside } = lastCheckOf(found);
  return { outcome, sheets, remove, keptLog, recorded: found !== null, lastCheck, lastCheckSetAside: setAside };
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
