/**
 * Concordat's own record of what it wrote into a workbook, kept in a very hidden sheet that both
 * hosts write and read: which sheets it added (under which names), which flags columns (at which
 * header cell, with the width and visibility they had), and what each flag cell was before. What
 * Concordat owns is known from this record, never from a name: a user's sheet called "Concordat
 * report" or column headed "Concordat flags" is the user's.
 *
 * One record a row, so no cell nears Excel's 32,767 characters. Row 1 is the title, the format
 * version and a SHA-256 of every row: an edited record is refused rather than trusted. Only text
 * and numbers are written: LibreOffice saves a TRUE cell as the formula TRUE().
 *
 *   sheet   report|log  <name>
 *   column  <sheet>     <column number>  <header row>  <header text>  <width before|blank>  <hidden|shown>  <chars|points>
 *   cell    <sheet>     <A1 address>     <style before, as JSON>
 *   blank   <sheet>     <ranges, "G4:G9 G12">       (cells written that had no style of their own)
 *
 * Below them, from a `history` row on, the last check's findings (history-record.ts), under a
 * checksum of their own: format 4. Format 3 had no history (its next check counts as a first).
 * Format 2 (older command lines) had no `sheet` rows, no header text or width unit and no
 * checksum; it is still read, its report and log known by their names and header rows.
 */
import { SEVERITY_MARK } from './output/styles';
import { FLAGS_HEADER, columnLetters, columnNumber } from './snapshot';
import { parseRecordedStyle, type RecordedStyle } from './recorded-style';
import { sha256Hex } from './sha256';
import { EXCEL_SHEET_NAME_CHARS } from './owned-names';
import { EXCEL_COLUMNS, EXCEL_ROWS } from './limits';
import { HISTORY_KIND, parseHistory } from './history-record';
import type { CheckHistory } from './since';

export const RECORD_TITLE = 'Concordat undo state: used by "concordat clear" to restore this workbook. Do not edit.';
const RECORD_VERSION = 4;
/** The first format with a checksum and `sheet` rows: older ones are read as legacy. */
const FIRST_CHECKED_VERSION = 3;
/** Base name of the record's sheet; another is picked when the user has a sheet of that name. */
export const RECORD_SHEET = 'Concordat state';
/** Room left under Excel's 32,767 characters a cell, so a `blank` row never nears it. */
const MAX_RANGES_CHARS = 30_000;
/** Wider than any column Excel allows (255 characters, about 1,800 points). */
const MAX_WIDTH = 2_000;

export type RecordCell = string | number | boolean | null;
export type OwnedSheetRole = 'report' | 'log';
/** The unit a host measures widths in: characters in the command line, points in the add-in. */
export type WidthUnit = 'chars' | 'points';

interface OwnedSheet {
  role: OwnedSheetRole;
  name: string;
}

export interface FlagsColumn {
  sheet: string;
  column: number;
  headerRow: number;
  header: string;
  /** Width before Concordat set it; null when the column had the default width. */
  width: number | null;
  widthUnit: WidthUnit;
  hidden: boolean;
}

interface StyledCell {
  sheet: string;
  row: number;
  column: number;
  style: RecordedStyle;
}

/** Cells Concordat wrote in one column that had no style of their own. */
export interface BlankRun {
  sheet: string;
  column: number;
  firstRow: number;
  lastRow: number;
}

export interface OwnedRecord {
  sheets: OwnedSheet[];
  columns: FlagsColumn[];
  styled: StyledCell[];
  blanks: BlankRun[];
}

export interface ParsedRecord {
  record: OwnedRecord;
  /** Format 1 or 2: no `sheet` rows, so the report and log are known by name and header row. */
  legacy: boolean;
  /** The last check's findings (null when the record has none: a format before 4, or a history set aside). */
  history: CheckHistory | null;
  /** Why a history the record holds was set aside (edited, or of a format this version does not know). */
  historyProblem?: string;
}

export function emptyRecord(): OwnedRecord {
  return { sheets: [], columns: [], styled: [], blanks: [] };
}

export function isEmptyRecord(record: OwnedRecord): boolean {
  return record.sheets.length === 0 && record.columns.length === 0;
}

/** What a host may hand in: the values either host reads from a cell, anything else read as empty. */
function cellOf(value: unknown): RecordCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  return typeof value === 'boolean' ? value : null;
}

/** Rows as the record's checksum sees them: plain values, trailing blanks dropped. */
function normalise(rows: readonly (readonly unknown[])[]): RecordCell[][] {
  return rows.map((row) => {
    const cells = Array.from(row, cellOf);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
}

export type Hash = (text: string) => string;

function checksum(records: RecordCell[][], hash: Hash, version = RECORD_VERSION): string {
  return hash(JSON.stringify([RECORD_TITLE, version, records]));
}

/** Runs of consecutive rows, per sheet and column, as "G4:G9 G12", in rows under MAX_RANGES_CHARS. */
function blankRows(blanks: readonly BlankRun[]): RecordCell[][] {
  const bySheet = new Map<string, string[]>();
  for (const run of blanks) {
    const letters = columnLetters(run.column);
    const range =
      run.firstRow === run.lastRow ? `${letters}${run.firstRow}` : `${letters}${run.firstRow}:${letters}${run.lastRow}`;
    const list = bySheet.get(run.sheet) ?? [];
    list.push(range);
    bySheet.set(run.sheet, list);
  }
  const rows: RecordCell[][] = [];
  for (const [sheet, ranges] of bySheet) {
    let current = '';
    for (const range of ranges) {
      if (current !== '' && current.length + 1 + range.length > MAX_RANGES_CHARS) {
        rows.push(['blank', sheet, current]);
        current = '';
      }
      current = current === '' ? range : `${current} ${range}`;
    }
    if (current !== '') rows.push(['blank', sheet, current]);
  }
  return rows;
}

/** The record as the rows of its sheet, title row first. */
export function formatRecord(record: OwnedRecord, hash: Hash = sha256Hex): RecordCell[][] {
  const rows: RecordCell[][] = [
    ...record.sheets.map((s): RecordCell[] => ['sheet', s.role, s.name]),
    ...record.columns.map((c): RecordCell[] => [
      'column',
      c.sheet,
      c.column,
      c.headerRow,
      c.header,
      c.width,
      c.hidden ? 'hidden' : 'shown',
      c.widthUnit,
    ]),
    ...record.styled.map((c): RecordCell[] => [
      'cell',
      c.sheet,
      `${columnLetters(c.column)}${c.row}`,
      JSON.stringify(c.style),
    ]),
    ...blankRows(record.blanks),
  ];
  const records = normalise(rows);
  return [[RECORD_TITLE, RECORD_VERSION, checksum(records, hash)], ...records];
}

/** True when a sheet's first cell is the record's title: the sheet is (or claims to be) a record. */
export function isRecordTitle(value: unknown): boolean {
  return value === RECORD_TITLE;
}

class RecordProblem extends Error {}

function fail(row: number, what: string): never {
  throw new RecordProblem(`row ${row} ${what}`);
}

function sheetName(value: RecordCell, row: number): string {
  if (typeof value !== 'string' || value.length > EXCEL_SHEET_NAME_CHARS) fail(row, 'does not name a sheet');
  return value;
}

function whole(value: RecordCell, max: number, row: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) fail(row, `has no ${what}`);
  return value;
}

const ADDRESS = /^([A-Z]{1,3})(\d{1,7})$/;
const RANGE = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/;

/** The flags column a cell row names: a cell anywhere else was never Concordat's to write. */
function columnFor(record: OwnedRecord, sheet: string, letters: string, row: number, at: number): FlagsColumn {
  const column = columnNumber(letters);
  const found = record.columns.find((c) => c.sheet === sheet && c.column === column);
  if (!found) fail(at, `names ${sheet}!${letters}${row}, outside the flags columns the record lists`);
  if (row < found.headerRow || row > EXCEL_ROWS) fail(at, `names ${sheet}!${letters}${row}, outside its flags column`);
  return found;
}

function parseColumn(cells: RecordCell[], at: number, legacy: boolean): FlagsColumn {
  const [, sheet, column, headerRow, ...rest] = cells;
  // Format 2: width, hidden. Format 3: header, width, hidden, unit.
  const [header, width, hidden, unit] = legacy ? [FLAGS_HEADER, rest[0], rest[1], 'chars'] : rest;
  if (typeof header !== 'string' || header.length > 255) fail(at, 'has no flags header text');
  if (width !== null && width !== undefined && (typeof width !== 'number' || width < 0 || width > MAX_WIDTH))
    fail(at, 'has a width Excel does not allow');
  if (unit !== 'chars' && unit !== 'points') fail(at, 'has no width unit');
  if (!legacy && hidden !== 'hidden' && hidden !== 'shown') fail(at, 'does not say whether the column was hidden');
  return {
    sheet: sheetName(sheet, at),
    column: whole(column, EXCEL_COLUMNS, at, 'column number'),
    headerRow: whole(headerRow, EXCEL_ROWS, at, 'header row'),
    header,
    width: typeof width === 'number' ? width : null,
    widthUnit: unit,
    hidden: hidden === true || hidden === 'hidden',
  };
}

function parseRows(rows: RecordCell[][], legacy: boolean): OwnedRecord {
  const record = emptyRecord();
  // Columns first: a cell row is checked against the flags columns, wherever it sits.
  rows.forEach((cells, i) => {
    if (cells[0] === 'column') record.columns.push(parseColumn(cells, i + 2, legacy));
  });
  rows.forEach((cells, i) => {
    const at = i + 2;
    const [kind, sheetCell, third, fourth] = cells;
    if (kind === 'column') return;
    if (kind === 'sheet' && !legacy) {
      if (sheetCell !== 'report' && sheetCell !== 'log') fail(at, 'names a sheet of no kind Concordat writes');
      if (record.sheets.some((s) => s.role === sheetCell)) fail(at, `names a second ${sheetCell} sheet`);
      record.sheets.push({ role: sheetCell, name: sheetName(third, at) });
      return;
    }
    const sheet = sheetName(sheetCell, at);
    if (kind === 'cell') {
      const m = typeof third === 'string' ? ADDRESS.exec(third) : null;
      if (!m) fail(at, 'has no cell address');
      const row = Number(m[2]);
      const { column } = columnFor(record, sheet, m[1], row, at);
      // Format 1 wrote a blank style for a cell that had none.
      const parsed = fourth === null && legacy ? { style: {} } : parseRecordedStyle(String(fourth));
      if ('problem' in parsed) fail(at, `has ${parsed.problem}`);
      record.styled.push({ sheet, row, column, style: parsed.style });
    } else if (kind === 'blank') {
      if (typeof third !== 'string') fail(at, 'has no ranges');
      for (const part of third.split(' ')) {
        const m = RANGE.exec(part);
        if (!m || (m[3] !== undefined && m[3] !== m[1]))
          fail(at, `has "${part.slice(0, 20)}", not a range in one column`);
        const firstRow = Number(m[2]);
        const lastRow = m[4] === undefined ? firstRow : Number(m[4]);
        if (lastRow < firstRow) fail(at, `has "${part}", a range written backwards`);
        const { column } = columnFor(record, sheet, m[1], firstRow, at);
        columnFor(record, sheet, m[1], lastRow, at);
        record.blanks.push({ sheet, column, firstRow, lastRow });
      }
    } else {
      fail(at, 'is of no kind Concordat writes');
    }
  });
  return record;
}

/**
 * The record held in a sheet's rows (title row first), checked: its checksum (format 3), every
 * value's type and range, every cell inside a listed flags column, every style of a known shape.
 * Throws an Error saying what did not match; the caller names the sheet.
 */
export function parseRecord(sheetRows: readonly (readonly unknown[])[], hash: Hash = sha256Hex): ParsedRecord {
  const [title = [], ...rows] = normalise(sheetRows);
  const version = title[1];
  if (!isRecordTitle(title[0])) throw new RecordProblem('has no title row');
  if (typeof version !== 'number' || ![1, 2, 3, RECORD_VERSION].includes(version))
    throw new RecordProblem(`is format ${String(version)}, which this version of Concordat does not know`);
  const legacy = version < FIRST_CHECKED_VERSION;
  const start = version === RECORD_VERSION ? rows.findIndex((cells) => cells[0] === HISTORY_KIND) : -1;
  const rest = start < 0 ? rows : rows.slice(0, start);
  if (!legacy && title[2] !== checksum(rest, hash, version))
    throw new RecordProblem('does not match its checksum: its records were edited after Concordat wrote them');
  const parsed: ParsedRecord = { record: parseRows(rest, legacy), legacy, history: null };
  if (start >= 0) {
    // Row numbers in the sheet: the title is row 1.
    const history = parseHistory(rows.slice(start), start + 2, hash);
    if ('history' in history) parsed.history = history.history;
    else parsed.historyProblem = history.problem;
  }
  return parsed;
}

/** Records a cell written with no style of its own, joining it to the run above it when it can. */
export function addBlankCell(record: OwnedRecord, sheet: string, column: number, row: number): void {
  const last = record.blanks[record.blanks.length - 1];
  if (last && last.sheet === sheet && last.column === column && last.lastRow === row - 1) last.lastRow = row;
  else record.blanks.push({ sheet, column, firstRow: row, lastRow: row });
}

/** How a host shows its cells to placeColumn: one cell's value, and every cell holding a text. */
export interface CellLookup {
  at(row: number, column: number): unknown;
  holding(text: string): { row: number; column: number }[];
}

/** Where a recorded flags column is now, shifted by rows or columns the user inserted since. */
export interface ColumnShift {
  dRow: number;
  dCol: number;
}

/**
 * Finds a recorded flags column's header where it was or, if rows or columns were inserted since,
 * the one cell holding its header text (in its row, then its column, then anywhere); undefined when
 * there is none, or more than one to choose from.
 */
export function placeColumn(column: FlagsColumn, cells: CellLookup): ColumnShift | undefined {
  if (cells.at(column.headerRow, column.column) === column.header) return { dRow: 0, dCol: 0 };
  const all = cells.holding(column.header);
  for (const near of [
    all.filter((c) => c.row === column.headerRow),
    all.filter((c) => c.column === column.column),
    all,
  ]) {
    if (near.length === 1) return { dRow: near[0].row - column.headerRow, dCol: near[0].column - column.column };
  }
  return undefined;
}

/**
 * For a column whose header is gone: the first row below where it was that still holds a flag
 * (the header overwritten, the flags left), or undefined when the column went with it.
 */
export function flagLeftBehind(column: FlagsColumn, lastRow: number, at: CellLookup['at']): number | undefined {
  for (let row = column.headerRow + 1; row <= lastRow; row++) {
    const value = at(row, column.column);
    if (typeof value === 'string' && Object.values(SEVERITY_MARK).some((mark) => value.startsWith(mark))) return row;
  }
  return undefined;
}
