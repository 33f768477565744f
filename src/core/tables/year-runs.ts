/**
 * Lines labelled by year, one a year ("1986–87", "1987–88", …), as tables of spending over time
 * print them: a year given twice where the run then goes on past the one it should have been
 * ("1987–88", "1987–88", "1989–90"), a year out of its place between two that stand a year apart
 * from it, or a financial year spanning other than one year ("1984–86") among lines that each span
 * one. One of the labels is wrong, and every figure on that line is read against the wrong year.
 */
import type { SheetSnapshot } from '../snapshot';
import type { Table } from './types';
import { cellAt } from './types';
import { cellText } from '../parse/text';

/**
 * "1987–88", "1987/1988", "2019 /19", "200203" (run together), "1984–86*", "2006-071" and
 * "2007-08(1)" (marked for a footnote), "1976–77 …" (leader dots to its figures), "1990": a year or a
 * financial year.
 */
const YEAR_LABEL =
  /^\s*((?:19|20)\d\d)(?:\s*[/–—-]\s*(\d{2,4})|(\d\d))?\s*[*†‡]*\s*(?:\(\w{1,3}\))?\s*(?:…|\.{2,})?\s*$/;

interface YearLabel {
  /** The line's row, or the heading's column. */
  at: number;
  text: string;
  start: number;
  /** The year a financial year ends in; null for a calendar year. */
  end: number | null;
}

/** A line's or heading's year label as the year it starts and, for a financial year, the year it ends. */
export function yearLabel(text: string): { start: number; end: number | null } | null {
  const m = YEAR_LABEL.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const ends = m[2] ?? m[3];
  if (ends === undefined) return { start, end: null };
  const next = start + 1;
  if (ends.length === 4) return { start, end: Number(ends) };
  if (ends.length === 2)
    return { start, end: Math.floor(start / 100) * 100 + Number(ends) + (Number(ends) < start % 100 ? 100 : 0) };
  // ("2006-071": the next year's two figures and a footnote's; "1999–200": the next year cut short.)
  return ends.slice(0, 2) === String(next % 100).padStart(2, '0') || String(next).startsWith(ends)
    ? { start, end: next }
    : null;
}

function readLabel(at: number, text: string): YearLabel | null {
  const year = yearLabel(text);
  return year ? { at, text: text.trim(), ...year } : null;
}

/** Year labels a column needs, and the share of its lines they must be, before it is read as a run of years. */
const MIN_YEARS = 4;
const YEARS_SHARE = 0.6;

/** How a year that should stand in a run is printed, in the run's own way: "1988–89" or "1988". */
function yearText(start: number, financial: boolean): string {
  return financial ? `${start}–${String((start + 1) % 100).padStart(2, '0')}` : String(start);
}

/** The column of the lines whose cells are most often years, with those labels in row order. */
function yearColumn(
  sheet: SheetSnapshot,
  items: readonly number[],
  firstColumn: number,
  lastColumn: number,
): { column: number; labels: YearLabel[] } | null {
  let best: { column: number; labels: YearLabel[] } | null = null;
  for (let column = firstColumn; column <= lastColumn; column++) {
    const labels = items
      .map((row) => readLabel(row, cellText(cellAt(sheet, row, column))))
      .filter((l): l is YearLabel => l !== null);
    if (labels.length > (best?.labels.length ?? 0)) best = { column, labels };
  }
  return best && best.labels.length >= MIN_YEARS && best.labels.length >= YEARS_SHARE * items.length ? best : null;
}

/** How a label slips from the run: given twice, out of its place, or spanning other than a year. */
export type YearSlip = 'repeated' | 'out of place' | 'not a year';

export interface YearRunSlip {
  /** The line's row, or the heading's column, where the label stands. */
  at: number;
  text: string;
  slip: YearSlip;
  /** The year that should stand there, printed as the run prints its years. */
  expected: string;
}

/** The labels (each at its row or column, in order) that slip from the run of years they make. */
function slipsInRun(labels: readonly YearLabel[]): YearRunSlip[] {
  const steps = labels.slice(1).map((l, i) => l.start - labels[i].start);
  // (A year given twice and the run going on past it, "1977–78", "1977–78", "1979–80", steps as
  // two years in turn would have, where no step runs against them: years in no order are no run.)
  const turns = (dir: number) =>
    steps.filter((s) => s === dir).length +
    (steps.some((s) => s * dir < 0) ? 0 : 2 * steps.filter((s, i) => s === 0 && steps[i + 1] === 2 * dir).length);
  const up = turns(1);
  const down = turns(-1);
  const dir = up >= down ? 1 : -1;
  // (A run: most labels a year on from the one before. Years picked out here and there are no run.)
  if (Math.max(up, down) < 2 || Math.max(up, down) * 2 < steps.length) return [];
  const spans = labels.filter((l) => l.end !== null);
  const financial = spans.length * 2 > labels.length;
  const oneYear = spans.filter((l) => l.end === l.start + 1).length;
  const out: YearRunSlip[] = [];
  const say = (label: YearLabel, slip: YearSlip, expected: number) =>
    out.push({ at: label.at, text: label.text, slip, expected: yearText(expected, financial) });
  labels.forEach((label, i) => {
    const before = labels[i - 1];
    const after = labels[i + 1];
    // "1984–86" among labels each spanning one year.
    if (label.end !== null && label.end !== label.start + 1 && oneYear >= MIN_YEARS - 1) {
      say(label, 'not a year', before ? before.start + dir : label.start);
      return;
    }
    if (!before) return;
    const expected = before.start + dir;
    if (label.start === expected) return;
    // The year before given again, the next past the one this should have been. (At the end of
    // the run nothing shows which year is wrong: "2005-06" twice may be a line printed twice.)
    if (label.start === before.start && after?.start === expected + dir) say(label, 'repeated', expected);
    // A year out of its place, the labels either side of it a year apart from where it should be.
    else if (after && after.start === expected + dir && label.start !== after.start)
      say(label, 'out of place', expected);
  });
  return out;
}

/** The lines among `items` whose year slips from the run the column of years makes, and that column. */
export function yearRunSlips(
  sheet: SheetSnapshot,
  items: readonly number[],
  firstColumn: number,
  lastColumn: number,
): { column: number; slips: YearRunSlip[] } {
  const found = yearColumn(sheet, items, firstColumn, lastColumn);
  return found ? { column: found.column, slips: slipsInRun(found.labels) } : { column: firstColumn, slips: [] };
}

/**
 * The headings of one header row across `firstColumn`..`lastColumn` that slip from the run of
 * years they make ("1978–79 | … | 1981–82 | 1981–82 | 1983–84"), each at its column.
 */
export function headedYearSlips(
  sheet: SheetSnapshot,
  row: number,
  firstColumn: number,
  lastColumn: number,
): YearRunSlip[] {
  // Headings that are only a year, and those that open with a financial year whatever follows.
  const labels: YearLabel[] = [];
  const led: YearLabel[] = [];
  for (let column = firstColumn; column <= lastColumn; column++) {
    const text = cellText(cellAt(sheet, row, column));
    const label = readLabel(column, text) ?? headingYear(column, text);
    if (label) labels.push(label);
    const m = LEADING_FINANCIAL_YEAR.exec(text);
    const year = m ? yearLabel(`${m[1]}-${m[2]}`) : null;
    if (year) led.push({ at: column, text: text.trim(), ...year });
  }
  // (A year in cash beside the same year in real terms is no slip: a repeat is one headed alike.)
  const words = (at: number) =>
    labels
      .find((l) => l.at === at)
      ?.text.replace(HEADING_YEAR, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const beside = (at: number, step: number) => labels[labels.findIndex((l) => l.at === at) + step]?.at ?? at;
  // (Or headed as the years after it are: "2017/18 £ | 2017/18 estimated | 2019/20 estimated", the
  // estimates' first year printed as the last actual's.)
  const alike = (at: number) => words(at) === words(beside(at, -1)) || words(at) === words(beside(at, 1));
  if (labels.length >= MIN_YEARS) return slipsInRun(labels).filter((s) => s.slip !== 'repeated' || alike(s.at));
  // ("2005-06 | 2006-06 | 2007-08", "1994–95 £ | 1995–95 £ Settlement": too few years for a run, but
  // one that ends where it starts, or before, or decades on, is no financial year beside the others.)
  if (led.length < 2) return [];
  return led
    .filter((l) => l.end !== null && (l.end <= l.start || l.end - l.start > MOST_YEARS_SPANNED))
    .map((l) => ({ at: l.at, text: l.text, slip: 'not a year' as const, expected: yearText(l.start, true) }));
}

/** "Financial Year 2008-09", "1998-99 £", "Estimated Outturn 1986–87": one year among a heading's few words. */
const HEADING_YEAR = /(?<![\d/.])(?:19|20)\d\d(?:\s*[/–—-]\s*\d{2,4})?(?![\d/.])/g;
/** A heading longer than this is a sentence, not a column's year. */
const HEADING_CHARS = 40;

function headingYear(at: number, text: string): YearLabel | null {
  if (text.length > HEADING_CHARS) return null;
  const years = text.match(HEADING_YEAR);
  if (years === null || years.length !== 1) return null;
  const year = yearLabel(years[0]);
  // ("ALLOCATION TOTAL (for 2011-15)": a heading of words over years spanned sums them.)
  if (year === null || (year.end !== null && year.end > year.start + 1)) return null;
  return { at, text: text.trim(), ...year };
}

/** The most years a period heading spans ("2011-21", a decade's plan): past it, "1989–80" is a slip. */
const MOST_YEARS_SPANNED = 10;

/** "1995–96 £ Settlement", "2006-07": a heading that opens with a financial year, whatever follows it. */
const LEADING_FINANCIAL_YEAR = /^\s*((?:19|20)\d\d)\s*[/–—-]\s*(\d\d)(?![\d/.–—-])/;

/** Rows of headings a run of years may stand above its figures by ("£000's" under each year). */
const HEADINGS_UNDER_YEARS = 2;
/** The most lines of figures read under a row of years to see whether a column repeats the one before. */
const LINES_UNDER_YEARS = 60;

/**
 * The lines of figures under a row of headings at `row`: past up to two rows of headings, each
 * line holding a figure, down to the first that holds none.
 */
export function linesUnder(sheet: SheetSnapshot, row: number): number[] {
  const last = sheet.originRow + sheet.values.length - 1;
  const holdsFigure = (r: number) => (sheet.values[r - sheet.originRow] ?? []).some((v) => typeof v === 'number');
  let r = row + 1;
  while (r <= last && r <= row + HEADINGS_UNDER_YEARS && !holdsFigure(r)) r += 1;
  const lines: number[] = [];
  for (; r <= last && lines.length < LINES_UNDER_YEARS && holdsFigure(r); r++) lines.push(r);
  return lines;
}

/**
 * A row of year headings anywhere on a sheet ("CWSS ALLOCATION | 2015-2016 | … | 2017-2018 |
 * 2017-2018 | 2019-2020") whose years slip from their run, over lines of figures: a heading
 * repeated is said where its column's figures differ from the column before.
 */
export function sheetHeadedYearSlips(sheet: SheetSnapshot, row: number, lastColumn: number): YearRunSlip[] {
  const slips = headedYearSlips(sheet, row, sheet.originCol, lastColumn);
  if (slips.length === 0) return [];
  const lines = linesUnder(sheet, row);
  if (lines.length === 0) return [];
  return slips.filter((s) => s.slip !== 'repeated' || columnDiffers(sheet, lines, s.at));
}

/** Whether, on any of `lines`, the figure in `column` differs from the one in the column before it. */
function columnDiffers(sheet: SheetSnapshot, lines: readonly number[], column: number): boolean {
  return lines.some((row) => cellAt(sheet, row, column) !== cellAt(sheet, row, column - 1));
}

/** Every label of a table that slips from its run of years: its lines' and its headings', each at its cell. */
export function tableYearSlips(table: Table): (YearRunSlip & { row: number; column: number })[] {
  const items = table.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  const lines = yearRunSlips(table.sheet, items, table.firstColumn, table.lastColumn);
  const out = lines.slips.map((s) => ({ ...s, row: s.at, column: lines.column }));
  // (A heading repeating the year before it, the run then skipping the year it should have been,
  // is said where its figures differ from the column before: the same figures are a column printed twice.)
  for (let row = table.firstHeaderRow; row <= table.headerRow; row++)
    for (const s of headedYearSlips(table.sheet, row, table.firstColumn, table.lastColumn))
      if (s.slip !== 'repeated' || columnDiffers(table.sheet, items, s.at)) out.push({ ...s, row, column: s.at });
  return out;
}
