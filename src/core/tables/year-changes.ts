/**
 * Figures year by year down the lines ("1992–93 | 286.2", "1993–94 | 302.7 | 5.8"), a column of
 * each year's percentage change on the year before beside them: checked line by line, as a
 * reader checks a spending limit's history or a Band D charge's rises.
 */
import type { SheetSnapshot } from '../snapshot';
import { PERCENT_WORDS, columnFigures, percentPlace } from './figure-columns';
import { blockSpanning, headingsAbove, type HeaderBlock } from './header-blocks';
import { textAt, type RowShape } from './layout';
import type { ColumnRead } from './read-columns';
import type { ColumnRef, TableRow } from './types';
import { cellAt, figureAt, formatAt } from './types';
import { yearLabel } from './year-runs';
import { garbledOn } from './garbled-blocks';

/**
 * "Percentage change", "% change", "Change %", "Annual change in grant (Percentage)": a change in
 * per cent; "Year-on-year change", "Increase": a change in the figures' own unit.
 */
const CHANGE_WORD = /\b(?:change|increase|rise)\b/i;
const changeHeader = (header: string) => CHANGE_WORD.test(header);
const inPercent = (header: string) => PERCENT_WORDS.test(header);

/** Years a table must list one after another to be read as figures year by year. */
const MIN_YEARS = 4;

/** "1992–93", "2019/20", "2005-062": a year or a financial year, by the year it starts. */
const yearOf = (label: string): number | null => yearLabel(label)?.start ?? null;

/**
 * A year that follows another down the lines: the next (or, latest first, the one before), or the
 * same again restated ("2005-06" adjusted).
 */
const follows = (year: number, last: number, step = 1) => year === last + step || year === last;

/**
 * The lines labelled by years one after another, earliest first or latest first, by row, with
 * each one's year; null where too few.
 */
export function yearLines(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  labelColumn: number,
): Map<number, number> | null {
  const out = new Map<number, number>();
  let last: number | null = null;
  let step: number | null = null;
  for (const r of rows) {
    if (r.kind !== 'item') continue;
    const year = yearOf(textAt(sheet, r.row, labelColumn) || String(cellAt(sheet, r.row, labelColumn) ?? ''));
    if (year === null) continue;
    if (last !== null && step === null && year !== last) step = year === last - 1 ? -1 : 1;
    if (last !== null && !follows(year, last, step ?? 1)) return null;
    out.set(r.row, year);
    last = year;
  }
  return out.size >= MIN_YEARS ? out : null;
}

/** The year lines earliest first: each one's change is on the line before it here. */
function byYear(years: ReadonlyMap<number, number>): number[] {
  return [...years].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([row]) => row);
}

/** A column of changes (in per cent, or in the figures' unit) and the column of figures it is the change of. */
export interface YearChange {
  shown: ColumnRef;
  of: ColumnRef;
  /** In the figures' own unit ("Year-on-year change £m"), not in per cent. */
  absolute?: boolean;
}

/** Lines a change column must hold on to be read as each year's change, and how many to one that does not. */
const HOLDING_LINES = 2;
const HOLDING_RATIO = 2;

/** "Change from 1996-97 (percentage)", "Increase since 2010": each year's change from that one, not the year before. */
const FROM_YEAR = /\b(?:from|since|over|on)\s+((?:19|20)\d\d)\b/i;

/** The line of the year a change column is measured from ("Change from 1996-97"), or null where it names none. */
function baseLine(header: string, years: ReadonlyMap<number, number>): number | null {
  const m = FROM_YEAR.exec(header);
  if (!m) return null;
  for (const [row, year] of years) if (year === Number(m[1])) return row;
  return null;
}

/** The per cent format most of a column's figures have ("2%" held as 0.02), or null where most have none. */
function percentFormat(sheet: SheetSnapshot, rows: readonly number[], column: number): string | null {
  const held = rows.filter((row) => figureAt(sheet, row, column) !== null);
  const formats = held.map((row) => formatAt(sheet, row, column) ?? '').filter((f) => f.includes('%'));
  return formats.length * 2 > held.length ? formats[0] : null;
}

/**
 * Each printed change against the one its figures give, in per cent (or, where the change is in
 * the figures' own unit, as printed), with its rounding.
 */
export function changesDown(
  sheet: SheetSnapshot,
  years: ReadonlyMap<number, number>,
  { shown, of, absolute }: YearChange,
): { row: number; before: number; pct: number; expected: number; tolerance: number }[] {
  if (absolute) return differencesDown(sheet, years, shown, of);
  const rows = byYear(years);
  const base = baseLine(shown.header, years);
  // ("2%" held as 0.02: the cell's figure is a fraction, printed to the places its format gives.)
  const format = percentFormat(sheet, rows, shown.column);
  const scale = format !== null ? 100 : 1;
  // (Each column is printed to the places most of its figures show: "4.0" is stored as 4.)
  const printed = (column: number) => columnFigures(sheet, rows, column).unit;
  const place = format !== null ? (percentPlace(format) * 100) / 2 : printed(shown.column) / 2;
  const unit = printed(of.column);
  const out: { row: number; before: number; pct: number; expected: number; tolerance: number }[] = [];
  rows.forEach((row, i) => {
    const before = base ?? rows[i - 1];
    if (before === undefined || before === row) return;
    const shownFigure = figureAt(sheet, row, shown.column);
    const pct = shownFigure === null ? null : shownFigure * scale;
    const [a, b] = [figureAt(sheet, before, of.column), figureAt(sheet, row, of.column)];
    // (A figure within its rounding of nought gives no change to hold a printed one to.)
    if (pct === null || a === null || b === null || Math.abs(a) <= unit / 2) return;
    const change = (from: number, to: number) => ((to - from) / Math.abs(from)) * 100;
    const expected = change(a, b);
    // (Each figure may be up to half its unit off the one the change was worked from: "0.3" to "0.9"
    // may be 160.9%.)
    const corners = [-1, 1].flatMap((da) => [-1, 1].map((db) => change(a + (da * unit) / 2, b + (db * unit) / 2)));
    const rounding = Math.max(...corners.map((c) => Math.abs(c - expected)));
    out.push({ row, before, pct, expected, tolerance: place + rounding + 1e-9 });
  });
  return out;
}

/** Each printed change in the figures' unit against this year's figure less last year's. */
function differencesDown(
  sheet: SheetSnapshot,
  years: ReadonlyMap<number, number>,
  shown: ColumnRef,
  of: ColumnRef,
): { row: number; before: number; pct: number; expected: number; tolerance: number }[] {
  const rows = byYear(years);
  // (Each figure may be up to half its unit off, and the change printed to its own.)
  const tolerance =
    columnFigures(sheet, rows, of.column).unit + columnFigures(sheet, rows, shown.column).unit / 2 + 1e-9;
  return rows.slice(1).flatMap((row, i) => {
    const before = rows[i];
    const [change, a, b] = [
      figureAt(sheet, row, shown.column),
      figureAt(sheet, before, of.column),
      figureAt(sheet, row, of.column),
    ];
    // (A year restated, "2005-06 adjusted", changes nothing on the year before it.)
    if (change === null || a === null || b === null || years.get(row) === years.get(before)) return [];
    return [{ row, before, pct: change, expected: b - a, tolerance }];
  });
}

/**
 * The change columns beside the figures, where most lines hold each year's change on the year
 * before (or on the year the heading names). The figures are the nearest column to the left that
 * is no change itself ("£000 | Year on year change | Change from 1996-97").
 */
export function yearChanges(
  sheet: SheetSnapshot,
  years: ReadonlyMap<number, number>,
  reads: readonly ColumnRead[],
): YearChange[] {
  const out: YearChange[] = [];
  const sorted = [...reads].sort((a, b) => a.column - b.column);
  sorted.forEach((read, i) => {
    if (!changeHeader(read.header)) return;
    const of = sorted
      .slice(0, i)
      .reverse()
      .find((r) => !changeHeader(r.header));
    if (!of) return;
    const pair = {
      shown: { column: read.column, header: read.header },
      of: { column: of.column, header: of.header },
      ...(inPercent(read.header) ? {} : { absolute: true }),
    };
    const lines = changesDown(sheet, years, pair);
    const holding = lines.filter((l) => Math.abs(l.pct - l.expected) <= l.tolerance).length;
    if (holding >= HOLDING_LINES && holding >= HOLDING_RATIO * (lines.length - holding)) out.push(pair);
  });
  return out;
}

/**
 * A run of lines labelled by years one after another, with figures beside them, where no other
 * table claims them; headed by the rows of headings just above.
 */
export function yearBlocks(sheet: SheetSnapshot, shapes: RowShape[], covered: (row: number) => boolean): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  const idx = (r: number) => r - sheet.originRow;
  const yearAt = (k: number) => yearOf(textAt(sheet, k, shapes[idx(k)].firstCol));
  for (let i = 0; i < shapes.length; i++) {
    const row = sheet.originRow + i;
    if (covered(row) || shapes[i].numbers === 0 || yearAt(row) === null) continue;
    let end = row;
    // (A line's figure typed with a letter for a digit, "4,135,O00", is a line of figures still.)
    const figured = (k: number) => shapes[idx(k)].numbers > 0 || garbledOn(sheet, k);
    for (let k = row + 1; idx(k) < shapes.length && !covered(k) && figured(k); k++) {
      const year = yearAt(k);
      if (year === null || !follows(year, yearAt(end) as number)) break;
      end = k;
    }
    const top = headingsAbove(sheet, shapes, row, covered);
    if (end - row + 1 < MIN_YEARS || top === row) continue;
    blocks.push(blockSpanning(sheet, shapes, { top, bottom: row - 1, end }));
    i = idx(end);
  }
  return blocks;
}
