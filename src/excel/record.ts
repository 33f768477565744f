/**
 * Concordat's record of its output (core/owned-record.ts) in the open workbook, the same record the
 * command line keeps: found among the sheets that are not visible by its title and checksum (a
 * visible sheet called "Concordat state" is the user's), read with the rest of the workbook, and
 * rewritten with each check in the same requests as the flags. What the add-in owns is what the
 * record says, never what a name or a header suggests.
 */
import { neutraliseFormulaText } from '../core/flagplan';
import {
  flagLeftBehind,
  formatRecord,
  isRecordTitle,
  parseRecord,
  placeColumn,
  type CellLookup,
  type FlagsColumn,
  type OwnedRecord,
  type ParsedRecord,
  type RecordCell,
} from '../core/owned-record';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { a1 } from '../core/snapshot';
import { columnClear, type ColumnClear } from '../core/output/clearing';
import { unrecordedOutputRole } from '../core/user-view';
import { ExcelWriteError } from './errors';
import { GENERAL_FORMAT, TEXT_FORMAT, type Grid } from './grids';
import { fixedPiece, gridPiece, jsonBytes, type WritePiece } from './write-plan';
import { formatHistory } from '../core/history-record';
import type { CheckHistory } from '../core/since';

/** A recorded flags column where it now is, and what clearing it takes out (the core's clearing policy). */
interface OwnedColumn {
  column: FlagsColumn;
  clear: ColumnClear;
}

export interface OwnedInWorkbook {
  /** The record's sheet, when there is one. */
  recordSheet?: string;
  reportSheet?: string;
  logSheet?: string;
  columns: OwnedColumn[];
  /** The last check's findings, for this check to compare with (none on a first check). */
  lastCheck?: CheckHistory;
  /** Why the record's last check could not be used, for the check to say. */
  lastCheckSetAside?: string;
}

const NOTHING_OWNED: OwnedInWorkbook = { columns: [] };

function refuse(sheet: string, what: string): never {
  throw new ExcelWriteError(
    'record.invalid',
    `Concordat's record of what it wrote (the hidden sheet '${sheet}') ${what}. Concordat cannot tell its own output from yours, so it changed nothing.`,
    'InvalidRecord',
    sheet,
  );
}

function lookup(sheet: SheetSnapshot): CellLookup {
  const at = (row: number, column: number) => sheet.values[row - sheet.originRow]?.[column - sheet.originCol] ?? null;
  return {
    at,
    holding: (text) =>
      sheet.values.flatMap((cells, r) =>
        cells.flatMap((value, c) =>
          value === text ? [{ row: sheet.originRow + r, column: sheet.originCol + c }] : [],
        ),
      ),
  };
}

function lastRowOf(sheet: SheetSnapshot): number {
  return sheet.originRow + sheet.values.length - 1;
}

/** The record's columns where they now are; a header gone while flags stay below it is refused. */
function placeColumns(record: OwnedRecord, sheets: readonly SheetSnapshot[]): OwnedColumn[] {
  const placed: OwnedColumn[] = [];
  for (const column of record.columns) {
    const sheet = sheets.find((s) => s.name === column.sheet);
    if (!sheet) continue; // the sheet was deleted (or renamed): nothing of it to clear here
    const cells = lookup(sheet);
    const shift = placeColumn(column, cells);
    if (shift) {
      placed.push({
        column: { ...column, column: column.column + shift.dCol, headerRow: column.headerRow + shift.dRow },
        clear: columnClear(record, column, shift, lastRowOf(sheet), 'points'),
      });
      continue;
    }
    const flagRow = flagLeftBehind(column, lastRowOf(sheet), cells.at);
    if (flagRow !== undefined) {
      throw new ExcelWriteError(
        'record.flags-header-gone',
        `${sheet.name}!${a1(column.headerRow, column.column)} no longer holds the flags header '${column.header}' that Concordat's record names, yet ${a1(flagRow, column.column)} still holds a flag.`,
        'InvalidRecord',
        sheet.name,
      );
    }
  }
  return placed;
}

/** The record among the hidden sheets (title in A1), checked; null when there is none. */
export function findRecord(
  sheets: readonly SheetSnapshot[],
  hidden: ReadonlySet<string>,
): { sheet: SheetSnapshot; parsed: ParsedRecord } | null {
  const records = sheets.filter(
    (s) => hidden.has(s.name) && s.originRow === 1 && s.originCol === 1 && isRecordTitle(s.values[0]?.[0]),
  );
  if (records.length === 0) return null;
  if (records.length > 1) refuse(records.map((s) => s.name).join("' and '"), 'is there twice');
  const [sheet] = records;
  try {
    return { sheet, parsed: parseRecord(sheet.values) };
  } catch (err) {
    return refuse(sheet.name, err instanceof Error ? err.message : String(err));
  }
}

/**
 * Finds the record in a snapshot (read with every sheet, hidden ones included), checks it, and
 * returns the snapshot without the record's sheet, marking what the record says is Concordat's.
 */
export function takeRecord(
  snapshot: WorkbookSnapshot,
  hidden: ReadonlySet<string>,
): { snapshot: WorkbookSnapshot; owned: OwnedInWorkbook } {
  const found = findRecord(snapshot.sheets, hidden);
  if (!found) return { snapshot: { ...snapshot, owned: { sheets: [], flagColumns: [] } }, owned: NOTHING_OWNED };
  const { sheet: recordSheet, parsed } = found;
  const sheets = snapshot.sheets.filter((s) => s !== recordSheet);
  const named = (role: 'report' | 'log'): string | undefined => {
    if (parsed.legacy)
      return sheets.find((s) => unrecordedOutputRole(s.name, s.originRow === 1 ? (s.values[0] ?? []) : []) === role)
        ?.name;
    const name = parsed.record.sheets.find((s) => s.role === role)?.name;
    return sheets.some((s) => s.name === name) ? name : undefined;
  };
  const owned: OwnedInWorkbook = {
    recordSheet: recordSheet.name,
    reportSheet: named('report'),
    logSheet: named('log'),
    columns: placeColumns(parsed.record, sheets),
    // A history that does not check out costs only the comparison: this check counts as a first.
    lastCheck: parsed.history ?? undefined,
    ...(parsed.historyProblem ? { lastCheckSetAside: parsed.historyProblem } : {}),
  };
  const ownedSheets = [owned.reportSheet, owned.logSheet].filter((s): s is string => s !== undefined);
  const flagColumns = owned.columns.map(({ column }) => ({
    sheet: column.sheet,
    column: column.column,
    headerRow: column.headerRow,
  }));
  return { snapshot: { ...snapshot, sheets, owned: { sheets: ownedSheets, flagColumns } }, owned };
}

/** Record rows as a grid: text cells get the Text format, so a sheet name such as "2024" or "=Plan" stays text. */
function recordGrid(rows: readonly RecordCell[][]): Grid {
  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) =>
    Array.from({ length: width }, (_, i) => {
      // The record holds text and numbers only (LibreOffice saves a TRUE cell as a formula).
      const cell = (row[i] ?? '') as string | number;
      return typeof cell === 'string' ? neutraliseFormulaText(cell) : cell;
    }),
  );
  const numberFormat = values.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? TEXT_FORMAT : GENERAL_FORMAT)),
  );
  return { values, numberFormat };
}

/**
 * Writes the record into its sheet, the existing one (emptied first) or a new very hidden one,
 * in one piece that goes first; then, below it, the history this check leaves for the next, in
 * as many pieces as it needs, after the rest of the output (a write cut short is cleared by the
 * record, which does not need the history).
 */
export function recordPieces(
  context: Excel.RequestContext,
  place: { name: string; sheet?: Excel.Worksheet },
  record: OwnedRecord,
  history: CheckHistory | null,
): { record: WritePiece; history: WritePiece[] } {
  const main = recordGrid(formatRecord(record));
  let sheet = place.sheet;
  const recordPiece = fixedPiece(4, jsonBytes(main.values), () => {
    if (sheet) sheet.getRange().clear('All');
    else {
      sheet = context.workbook.worksheets.add(place.name);
      sheet.visibility = 'VeryHidden';
    }
    const range = sheet.getRangeByIndexes(0, 0, main.values.length, main.values[0].length);
    range.numberFormat = main.numberFormat;
    range.values = main.values;
  });
  if (!history) return { record: recordPiece, history: [] };
  const past = recordGrid(formatHistory(history));
  const historyPiece = gridPiece(past, (start, end, rows) => {
    // Queued after the record's piece, which set the sheet.
    const range = (sheet as Excel.Worksheet).getRangeByIndexes(
      main.values.length + start,
      0,
      end - start,
      past.values[0].length,
    );
    range.numberFormat = rows.numberFormat;
    range.values = rows.values;
  });
  return { record: recordPiece, history: [historyPiece] };
}
