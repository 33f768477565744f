/**
 * Flag cells written straight into a saved sheet's XML (see deferred-output.ts): each becomes an
 * inline-string cell in its row, in column order, with the style exceljs gave a sample flag cell.
 * Rows exceljs did not write (a row with no cells) are added in row order.
 *
 * Works on the part's bytes: a big sheet is tens of megabytes, and only the row tags and the
 * cells around an insertion are ever turned into strings; the rest is copied as it is.
 */
import { columnLetters, columnNumber } from '../../core/snapshot';
import { ByteWriter } from './byte-writer';
import { cellXml } from './report-part';
import { sheetPartName } from './sheet-parts';
import type { ZipParts } from './zip-parts';

export interface CellText {
  row: number;
  /** 1-based column number. */
  column: number;
  text: string;
}

const ROW_OPEN = Buffer.from('<row');
const ROW_CLOSE = Buffer.from('</row>');
const CELL_OPEN = Buffer.from('<c r="');
const SHEET_DATA = Buffer.from('<sheetData');
const SHEET_DATA_CLOSE = Buffer.from('</sheetData>');
const GT = 0x3e;
const SLASH = 0x2f;

function rowNumberOf(tag: string): number {
  const m = /\sr="(\d+)"/.exec(tag);
  return m ? Number(m[1]) : NaN;
}

/** The row's `spans` hint widened to take the new cells (a hint only, but it must not mislead). */
function widenSpans(tag: string, first: number, last: number): string {
  return tag.replace(/\sspans="(\d+):(\d+)"/, (_all, a: string, b: string) => {
    return ` spans="${Math.min(Number(a), first)}:${Math.max(Number(b), last)}"`;
  });
}

function newCells(cells: readonly CellText[], style: string): string {
  let xml = '';
  for (const c of cells) xml += cellXml(`${columnLetters(c.column)}${c.row}`, style, c.text);
  return xml;
}

/** Column of the cell whose `<c r="` starts at `at`. */
function cellColumn(xml: Buffer, at: number): number {
  let end = at + CELL_OPEN.length;
  while (end < xml.length && xml[end] >= 0x41 && xml[end] <= 0x5a) end++;
  return columnNumber(xml.toString('latin1', at + CELL_OPEN.length, end));
}

/**
 * Writes a row's cells (bytes `start`…`end` of `xml`) with the new ones put in column order;
 * false if a new cell is already there.
 */
function mergeIntoRow(
  out: ByteWriter,
  xml: Buffer,
  start: number,
  end: number,
  cells: readonly CellText[],
  style: string,
): boolean {
  // The usual case: every new cell goes after the row's last cell.
  const last = start < end ? xml.lastIndexOf(CELL_OPEN, end - 1) : -1;
  if (last < start || cellColumn(xml, last) < cells[0].column) {
    out.copy(xml, start, end);
    out.write(newCells(cells, style));
    return true;
  }
  let pos = start;
  let i = 0;
  for (let at = xml.indexOf(CELL_OPEN, start); at >= 0 && at < end && i < cells.length;) {
    const column = cellColumn(xml, at);
    const before: CellText[] = [];
    while (i < cells.length && cells[i].column < column) before.push(cells[i++]);
    if (i < cells.length && cells[i].column === column) return false;
    if (before.length > 0) {
      out.copy(xml, pos, at);
      out.write(newCells(before, style));
      pos = at;
    }
    at = xml.indexOf(CELL_OPEN, at + CELL_OPEN.length);
  }
  out.copy(xml, pos, end);
  out.write(newCells(cells.slice(i), style));
  return true;
}

function newRow(cells: readonly CellText[], style: string): string {
  return `<row r="${cells[0].row}">${newCells(cells, style)}</row>`;
}

/**
 * The sheet's XML with the cells added. `cells` are sorted by row, then column. Undefined when the
 * XML is not in the form expected or a cell is already there (a bug guard: the caller reports it).
 */
export function insertCells(xml: Buffer, cells: readonly CellText[], style: string): Buffer | undefined {
  const data = xml.indexOf(SHEET_DATA);
  const dataEnd = data < 0 ? -1 : xml.indexOf(GT, data);
  if (dataEnd < 0) return undefined;
  const selfClosed = xml[dataEnd - 1] === SLASH;
  const open = dataEnd + 1;
  const close = selfClosed ? open : xml.indexOf(SHEET_DATA_CLOSE, open);
  if (close < 0) return undefined;

  const out = new ByteWriter(xml.length + cells.length * 256);
  if (selfClosed) {
    out.copy(xml, 0, data);
    out.write('<sheetData>');
  } else out.copy(xml, 0, open);
  let pos = open;
  let i = 0;
  const nextRow = (): CellText[] => {
    const start = i;
    while (i < cells.length && cells[i].row === cells[start].row) i++;
    return cells.slice(start, i);
  };
  for (let at = xml.indexOf(ROW_OPEN, open); i < cells.length && at >= 0 && at < close;) {
    const tagEnd = xml.indexOf(GT, at) + 1;
    const next = xml[at + ROW_OPEN.length];
    if (tagEnd <= 0 || (next !== 0x20 && next !== GT && next !== SLASH)) return undefined;
    const tag = xml.toString('latin1', at, tagEnd);
    const r = rowNumberOf(tag);
    if (!(r >= cells[i].row)) {
      at = xml.indexOf(ROW_OPEN, tagEnd);
      continue;
    }
    out.copy(xml, pos, at);
    pos = at;
    while (i < cells.length && cells[i].row < r) out.write(newRow(nextRow(), style));
    if (i >= cells.length || cells[i].row !== r) {
      at = xml.indexOf(ROW_OPEN, tagEnd);
      continue;
    }
    const mine = nextRow();
    const selfClosing = xml[tagEnd - 2] === SLASH;
    const rowEnd = selfClosing ? tagEnd : xml.indexOf(ROW_CLOSE, tagEnd);
    if (rowEnd < 0) return undefined;
    // Row tags hold only ASCII (numbers and attribute names), so latin1 round-trips them.
    const opened = selfClosing ? `${tag.slice(0, -2)}>` : tag;
    out.write(widenSpans(opened, mine[0].column, mine[mine.length - 1].column));
    if (!mergeIntoRow(out, xml, tagEnd, selfClosing ? tagEnd : rowEnd, mine, style)) return undefined;
    out.write('</row>');
    pos = selfClosing ? tagEnd : rowEnd + ROW_CLOSE.length;
    at = xml.indexOf(ROW_OPEN, pos);
  }
  out.copy(xml, pos, close);
  while (i < cells.length) out.write(newRow(nextRow(), style));
  if (selfClosed) out.write('</sheetData>');
  out.copy(xml, close, xml.length);
  return out.finish();
}

/** The ` s="…"` attribute exceljs wrote on a cell ('' for none); undefined if the cell is missing. */
function savedStyle(xml: Buffer, row: number, column: number): string | undefined {
  const ref = Buffer.from(`<c r="${columnLetters(column)}${row}"`);
  let at = xml.indexOf(ref);
  while (at >= 0 && xml[at + ref.length] !== 0x20 && xml[at + ref.length] !== SLASH && xml[at + ref.length] !== GT)
    at = xml.indexOf(ref, at + 1);
  if (at < 0) return undefined;
  const m = /\ss="(\d+)"/.exec(xml.toString('latin1', at, xml.indexOf(GT, at) + 1));
  return m ? ` s="${m[1]}"` : '';
}

/**
 * Writes the deferred flag cells into their sheets' parts. False when a part is not in the form
 * expected, so the caller can refuse to save a copy missing flags.
 */
export function writeFlagCells(
  zip: ZipParts,
  sample: { sheet: string; row: number; column: number },
  bySheet: ReadonlyMap<string, readonly CellText[]>,
): boolean {
  const samplePart = sheetPartName(zip, sample.sheet);
  const sampleXml = samplePart === undefined ? undefined : zip.bytes(samplePart);
  const style = sampleXml === undefined ? undefined : savedStyle(sampleXml, sample.row, sample.column);
  if (style === undefined) return false;
  for (const [sheet, cells] of bySheet) {
    const part = sheetPartName(zip, sheet);
    const xml = part === undefined ? undefined : zip.bytes(part);
    if (part === undefined || xml === undefined) return false;
    const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
    const updated = insertCells(xml, sorted, style);
    if (updated === undefined) return false;
    zip.replace(part, updated);
  }
  return true;
}
