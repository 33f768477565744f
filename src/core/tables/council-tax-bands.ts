/**
 * Council tax by band: "Band A | 74.35", … "Band H | 223.06". Each band's charge is fixed by law
 * as a share of Band D's, in ninths (A 6/9, B 7/9, C 8/9, D 9/9, E 11/9, F 13/9, G 15/9, H 18/9,
 * and in Wales I 21/9), so a column of charges by band can be checked line by line against its
 * Band D line, as a finance officer checks a parish's precept notice.
 */
import type { SheetSnapshot } from '../snapshot';
import { blockSpanning, headingsAbove, unitRow, type HeaderBlock } from './header-blocks';
import { textAt, type RowShape, headerLike } from './layout';
import type { ColumnRead } from './read-columns';
import type { ColumnRef, TableRow } from './types';
import { cellAt } from './types';

/** Each band's ninths of Band D. */
const NINTHS: Record<string, number> = { A: 6, B: 7, C: 8, D: 9, E: 11, F: 13, G: 15, H: 18, I: 21 };

/** "Band A", "Band A households (6/9) will pay", "BAND H": a band's line. */
const BAND_LABEL = /^\s*band\s+([A-I])\b(?![-–'’])/i;

/** Bands a table must list, Band D among them, to be read as charges by band. */
const MIN_BANDS = 4;

/** The band a line's label names, or null. */
function bandOf(label: string): string | null {
  const m = BAND_LABEL.exec(label);
  return m ? m[1].toUpperCase() : null;
}

/** A band's ninths of Band D. */
export function ninthsOf(band: string): number {
  return NINTHS[band];
}

/** The lines of a table naming bands in order, Band D among them, by row; null where there are too few. */
export function bandLines(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  labelColumn: number,
): Map<number, string> | null {
  const out = new Map<number, string>();
  let last = '';
  for (const r of rows) {
    if (r.kind !== 'item') continue;
    const band = bandOf(textAt(sheet, r.row, labelColumn));
    if (!band) continue;
    if (band <= last) return null;
    out.set(r.row, band);
    last = band;
  }
  return out.size >= MIN_BANDS && [...out.values()].includes('D') ? out : null;
}

/**
 * How far a band's charge may be from its ninths of Band D's: one unit of the charges' own
 * rounding, more for the higher bands, which multiply Band D's rounding by their ninths.
 */
export function bandTolerance(unit: number, band: string): number {
  return unit * Math.max(1, NINTHS[band] / NINTHS.D) + 1e-9;
}

/** The unit a column's charges are printed to: pence where any has them, else pounds. */
function unitOf(sheet: SheetSnapshot, rows: readonly number[], column: number): number {
  return rows.some((r) => {
    const v = cellAt(sheet, r, column);
    return typeof v === 'number' && !Number.isInteger(v);
  })
    ? 0.01
    : 1;
}

/** Lines a column must hold its bands' ninths on, besides Band D, and how many to one that does not. */
const HOLDING_LINES = 4;
const HOLDING_RATIO = 2;

/**
 * The columns of charges by band: figure columns that, on most band lines, hold each band's
 * ninths of the Band D line (a column of properties or of Band D equivalents does not).
 */
export function bandColumns(
  sheet: SheetSnapshot,
  bands: ReadonlyMap<number, string>,
  reads: readonly ColumnRead[],
): ColumnRef[] {
  const rows = [...bands.keys()];
  const dRow = rows.find((r) => bands.get(r) === 'D') as number;
  const out: ColumnRef[] = [];
  for (const read of reads) {
    const d = cellAt(sheet, dRow, read.column);
    if (typeof d !== 'number' || d === 0) continue;
    const unit = unitOf(sheet, rows, read.column);
    let holding = 0;
    let off = 0;
    for (const [row, band] of bands) {
      const v = cellAt(sheet, row, read.column);
      if (band === 'D' || typeof v !== 'number') continue;
      if (Math.abs(v - (d * NINTHS[band]) / NINTHS.D) <= bandTolerance(unit, band)) holding += 1;
      else off += 1;
    }
    if (holding >= HOLDING_LINES && holding >= HOLDING_RATIO * off)
      out.push({ column: read.column, header: read.header });
  }
  return out;
}

/** The charges' unit in a column of charges by band, for the checks. */
export function bandUnit(sheet: SheetSnapshot, bands: ReadonlyMap<number, string>, column: number): number {
  return unitOf(sheet, [...bands.keys()], column);
}

/**
 * A run of lines naming bands in order, Band D among them, with figures beside them, found where
 * no other table claims them; headed by the row above where it reads as headings.
 */
export function bandBlocks(sheet: SheetSnapshot, shapes: RowShape[], covered: (row: number) => boolean): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  const idx = (r: number) => r - sheet.originRow;
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i];
    const row = sheet.originRow + i;
    // (A list on the sheet's first row has no row above it to head it: left alone, as others are.)
    if (row === sheet.originRow || covered(row) || s.numbers === 0 || bandOf(textAt(sheet, row, s.firstCol)) === null)
      continue;
    let end = row;
    let last = '';
    const found: string[] = [];
    for (let k = row; idx(k) < shapes.length && !covered(k); k++) {
      const t = shapes[idx(k)];
      const band = t.numbers > 0 ? bandOf(textAt(sheet, k, t.firstCol)) : null;
      if (!band || band <= last) break;
      found.push(band);
      [last, end] = [band, k];
    }
    if (found.length < MIN_BANDS || !found.includes('D')) continue;
    const above = shapes[idx(row - 1)];
    const headed = above !== undefined && !covered(row - 1) && above.filled >= 2 && headerLike(above);
    const headers = new Map<number, string>();
    let [first, lastCol] = [s.firstCol, s.lastCol];
    for (let k = headed ? row - 1 : row; k <= end; k++) {
      first = Math.min(first, shapes[idx(k)].firstCol || first);
      lastCol = Math.max(lastCol, shapes[idx(k)].lastCol);
    }
    for (let c = first; c <= lastCol; c++) headers.set(c, headed ? textAt(sheet, row - 1, c) : '');
    blocks.push({ top: row - 1, bottom: row - 1, end, headers, score: 0 });
    i = idx(end);
  }
  return blocks;
}

/** "Band A", "A", "A (6/9)", "Band A £": a band's heading over its column of charges. */
const BAND_HEADING = /^\s*(?:band\s+)?([A-I])(?:\s*\(?\s*\d{1,2}\s*\/\s*9\s*\)?)?(?:\s*£)?\s*$/i;

/** The band each column of `headers` names, in order A to I with Band D among them; null where too few. */
export function bandsAcross(headers: ReadonlyMap<number, string>): Map<number, string> | null {
  const out = new Map<number, string>();
  let last = '';
  for (const [column, heading] of [...headers].sort(([a], [b]) => a - b)) {
    const m = BAND_HEADING.exec(heading.replace(/^\s*band\s+(?=band\b)/i, ''));
    if (!m) continue;
    const band = m[1].toUpperCase();
    if (band <= last) return null;
    out.set(column, band);
    last = band;
  }
  return out.size >= MIN_BANDS && [...out.values()].includes('D') ? out : null;
}

/**
 * Pennies a parish's charge by band may be from its ninths of Band D beyond the band's own
 * rounding: each is the sum of the county's, the district's, the police's and the parish's
 * charges, each rounded to the penny on its own.
 */
const SUMMED_ROUNDING = 2;

/** How far a charge across a line may be from its ninths of the line's Band D. */
export function acrossTolerance(unit: number, band: string): number {
  return bandTolerance(unit, band) + SUMMED_ROUNDING * unit;
}

/** The least a line's Band D may be, in its units, for its ninths to tell charges from chance. */
const MIN_BAND_D_UNITS = 100;

/** Lines that must hold each band's ninths of their Band D across, every charge on them. */
const LINES_ACROSS = 3;

/**
 * Charges by band across each line ("Bletchingley | 1257.36 | 1466.92 | … | 3772.08" under
 * "A | B | … | H"): the band columns, where three lines at least and most charges are each their
 * ninths of the line's Band D (no chance fits a table of other figures so); null otherwise.
 */
export function bandColumnsAcross(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  headers: ReadonlyMap<number, string>,
): Map<number, string> | null {
  const bands = bandsAcross(headers);
  if (!bands) return null;
  const dColumn = [...bands].find(([, band]) => band === 'D')?.[0] as number;
  const lines = rows.filter((r) => r.kind === 'item').map((r) => r.row);
  let [whole, holding, off] = [0, 0, 0];
  const dUnit = unitOf(sheet, lines, dColumn);
  for (const row of lines) {
    const d = cellAt(sheet, row, dColumn);
    // ("Discounts - single | 0 | 2 | 2 | 4": a few dwellings by band, within the rounding of any
    // ninths by chance; a charge runs to a hundred of its units at least.)
    if (typeof d !== 'number' || Math.abs(d) < MIN_BAND_D_UNITS * dUnit) continue;
    let [held, out] = [0, 0];
    for (const [column, band] of bands) {
      const v = cellAt(sheet, row, column);
      if (band === 'D' || typeof v !== 'number') continue;
      const unit = unitOf(sheet, lines, column);
      if (Math.abs(v - (d * NINTHS[band]) / NINTHS.D) <= acrossTolerance(unit, band)) held += 1;
      else out += 1;
    }
    if (held > 0 && out === 0) whole += 1;
    [holding, off] = [holding + held, off + out];
  }
  // (Counted by charge: a line whose Band D is mistyped puts out every charge on it.)
  return whole >= LINES_ACROSS && holding >= HOLDING_RATIO * off ? bands : null;
}

/**
 * A row of band headings ("A | B | C | D | E | F | G | H", or "Band A | Band B …") over lines of
 * figures under them, found where no other table claims them: headed by the rows of headings just
 * above, and the row of units just below ("£ | £ | …").
 */
export function bandAcrossBlocks(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  covered: (row: number) => boolean,
): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  const idx = (r: number) => r - sheet.originRow;
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i];
    const row = sheet.originRow + i;
    if (covered(row) || !headerLike(s) || s.filled < MIN_BANDS) continue;
    const named = new Map<number, string>();
    for (let c = s.firstCol; c <= s.lastCol; c++) named.set(c, textAt(sheet, row, c));
    if (!bandsAcross(named)) continue;
    const top = headingsAbove(sheet, shapes, row, covered);
    let bottom = row;
    while (idx(bottom + 1) < shapes.length && unitRow(sheet, shapes[idx(bottom + 1)])) bottom += 1;
    let end = bottom;
    while (idx(end + 1) < shapes.length && !covered(end + 1) && shapes[idx(end + 1)].numbers > 0) end += 1;
    if (end === bottom) continue;
    blocks.push(blockSpanning(sheet, shapes, { top, bottom, end }));
    i = idx(end);
  }
  return blocks;
}
