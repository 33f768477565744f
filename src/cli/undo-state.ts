/**
 * What `clear` needs to put the workbook back exactly: for each flags column, its width and
 * visibility before Concordat widened it, and for each cell Concordat wrote, the style it had.
 *
 * Kept in a "very hidden" worksheet (Excel's Unhide dialog does not list it, so it is no clutter)
 * that travels with the file, survives Excel and LibreOffice saves, and is removed by `clear`.
 * One record per row, so no cell approaches Excel's 32,767-character limit:
 *
 *   A            B            C                     D                  E
 *   column       <sheet>      <column number>       <header row>       <previous width or blank>   F: <previously hidden TRUE/FALSE>
 *   cell         <sheet>      <A1 address>          <previous style as JSON, blank when none>
 *   blank        <sheet>      <ranges, "G4:G9 G12">
 *
 * `blank` lists, as ranges, the cells Concordat wrote that had no style of their own. The flags
 * column is chosen because it is empty, so that is nearly every cell; a `cell` record for each
 * would make the state sheet as long as the table and its writing a good share of a check's time.
 */
import type * as ExcelJS from 'exceljs';

import { STATE_SHEET } from '../core/snapshot';
import { compactAddresses } from './cell-ranges';

export { STATE_SHEET };
const STATE_TITLE = 'Concordat undo state: used by "concordat clear" to restore this workbook. Do not edit.';
const FORMAT_VERSION = 2;
/** Room left under Excel's 32,767 characters a cell, so a `blank` record never nears it. */
const MAX_RANGES_CHARS = 30_000;

export interface ColumnUndo {
  sheet: string;
  column: number;
  headerRow: number;
  /** Width before Concordat set it; null when the column had Excel's default width. */
  width: number | null;
  hidden: boolean;
}

export interface CellUndo {
  sheet: string;
  address: string;
  /** The cell's own style (exceljs model) before Concordat wrote to it; null when it had none. */
  style: Partial<ExcelJS.Style> | null;
}

export interface UndoState {
  columns: ColumnUndo[];
  cells: CellUndo[];
}

export function emptyUndoState(): UndoState {
  return { columns: [], cells: [] };
}

export function writeUndoState(workbook: ExcelJS.Workbook, state: UndoState): void {
  if (state.columns.length === 0 && state.cells.length === 0) return;
  const ws = workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  ws.addRow([STATE_TITLE, FORMAT_VERSION]);
  for (const c of state.columns) {
    ws.addRow(['column', c.sheet, c.column, c.headerRow, c.width ?? null, c.hidden]);
  }
  const blanks = new Map<string, string[]>();
  for (const c of state.cells) {
    if (c.style) ws.addRow(['cell', c.sheet, c.address, JSON.stringify(c.style)]);
    else {
      const list = blanks.get(c.sheet) ?? [];
      list.push(c.address);
      blanks.set(c.sheet, list);
    }
  }
  for (const [sheet, addresses] of blanks) {
    for (const ranges of chunks(compactAddresses(addresses))) ws.addRow(['blank', sheet, ranges]);
  }
}

/** Space-separated ranges, cut into pieces that each stay under MAX_RANGES_CHARS. */
function chunks(ranges: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const range of ranges) {
    if (current !== '' && current.length + 1 + range.length > MAX_RANGES_CHARS) {
      out.push(current);
      current = '';
    }
    current = current === '' ? range : `${current} ${range}`;
  }
  if (current !== '') out.push(current);
  return out;
}

const EXCEL_ROWS = 1_048_576;
const ADDRESS = /^[A-Z]{1,3}\d{1,7}$/;
const RANGE = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/;

/** The cells of a `blank` record; anything but a one-column range (this writer's form) is skipped. */
function expandRanges(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(' ')) {
    const m = RANGE.exec(part);
    if (!m) continue;
    const letters = m[1];
    const first = Number(m[2]);
    // An edited record cannot make clear walk past Excel's last row.
    const last = Math.min(m[4] === undefined ? first : Number(m[4]), EXCEL_ROWS);
    if (m[3] !== undefined && m[3] !== letters) continue;
    for (let row = first; row <= last; row++) out.push(`${letters}${row}`);
  }
  return out;
}

function text(value: ExcelJS.CellValue): string {
  return typeof value === 'string' ? value : '';
}

function num(value: ExcelJS.CellValue): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function parseStyle(value: ExcelJS.CellValue): Partial<ExcelJS.Style> | null {
  const json = text(value);
  if (json === '') return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<ExcelJS.Style>) : null;
  } catch {
    return null;
  }
}

/** The stored state, or null when the workbook has none (never checked, or checked by another host). */
export function readUndoState(workbook: ExcelJS.Workbook): UndoState | null {
  const ws = workbook.getWorksheet(STATE_SHEET);
  if (!ws) return null;
  const state = emptyUndoState();
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const kind = text(row.getCell(1).value);
    const sheet = text(row.getCell(2).value);
    if (kind === 'column') {
      const column = num(row.getCell(3).value);
      const headerRow = num(row.getCell(4).value);
      if (column === null || headerRow === null) return;
      state.columns.push({
        sheet,
        column,
        headerRow,
        width: num(row.getCell(5).value),
        hidden: row.getCell(6).value === true,
      });
    } else if (kind === 'cell') {
      const address = text(row.getCell(3).value);
      if (ADDRESS.test(address)) state.cells.push({ sheet, address, style: parseStyle(row.getCell(4).value) });
    } else if (kind === 'blank') {
      for (const address of expandRanges(text(row.getCell(3).value))) state.cells.push({ sheet, address, style: null });
    }
  });
  return state;
}
