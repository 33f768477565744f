/**
 * The columns of figures a table adds up: those its totals rows total, and a column that totals
 * each line across ("Police grant | RSG | NNDR | Total Government funding"), headed as a total
 * or standing last with no heading at all.
 */
import type { SheetSnapshot } from '../snapshot';
import { isDateFormat } from '../parse/date-formats';
import { standsForFigure } from '../parse/money';
import { share } from './cell-evidence';
import { MONEY_TEXT, headsTotalColumn } from './layout';
import type { ColumnRead } from './read-columns';
import type { ColumnRef, TableRow } from './types';
import { cellAt, figureAt, formatAt } from './types';

const ref = (read: ColumnRead): ColumnRef => ({ column: read.column, header: read.header });

/** A column that holds figures to add up, by its header and its cells: not percentages, rates, years or dates. */
function addsUp(read: ColumnRead): boolean {
  if (read.words.percent || /\b(?:rate|average|avg|ratio|per|index|score|no\.? of|number of)\b/i.test(read.header))
    return false;
  return share(read.evidence, 'percent', 'year', 'date') < 0.5;
}

/**
 * "Police grant | Revenue support grant | NNDR | Total Government funding" with no totals row: a
 * column headed as a total after two columns of figures or more (or before them), which the totals stage checks
 * across each line (and says nothing where it does not add them up on most lines).
 */
export function acrossTotal(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  reads: readonly ColumnRead[],
): { total: ColumnRef; figures: ColumnRef[] } | null {
  // (A reference or a year written as a number is no figure to add: "No." over 1, 2, 3.)
  const figures = reads.filter(
    (r) =>
      r.meaning !== 'id' &&
      r.meaning !== 'year' &&
      addsUp(r) &&
      r.evidence.filled >= 2 &&
      share(r.evidence, 'number', 'money') >= 0.8,
  );
  // (Or one standing before its parts: "Total | Permanent | Other".)
  const total = figures.find(
    (r, i) =>
      headsTotalColumn(r.header) &&
      ((i >= 2 && !headsTotalColumn(figures[i - 1].header)) ||
        (i === 0 &&
          figures.length >= 3 &&
          !headsTotalColumn(figures[1].header) &&
          !headsTotalColumn(figures[2].header))),
  );
  if (total) return { total: ref(total), figures: figures.map(ref) };
  const unlabelled = unlabelledTotal(sheet, rows, figures);
  return unlabelled ? { total: ref(unlabelled), figures: figures.map(ref) } : null;
}

/**
 * "22-23 | 21-22 | 20-21 | 19-20 | 18-19 | (no heading)": a last column with no heading after
 * two columns of figures or more, adding them up on at least two lines and twice as many lines as
 * not (within a unit for every three figures), is their total with its heading left off.
 */
function unlabelledTotal(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  figures: readonly ColumnRead[],
): ColumnRead | null {
  const last = figures[figures.length - 1];
  const parts = figures.slice(0, -1);
  if (!last || last.header.trim() !== '' || parts.length < 2 || parts.some((p) => p.column > last.column)) return null;
  let [lines, holding] = [0, 0];
  for (const { row, kind } of rows) {
    if (kind === 'section') continue;
    const shown = figureAt(sheet, row, last.column);
    const values = parts.map((p) => figureAt(sheet, row, p.column)).filter((v): v is number => v !== null);
    if (shown === null || values.length < 2) continue;
    lines += 1;
    const unit = [shown, ...values].every(Number.isInteger) ? 1 : 0.01;
    const gap = Math.abs(values.reduce((a, b) => a + b, 0) - shown);
    if (gap <= unit * Math.ceil(values.length / 3) + 1e-9) holding += 1;
  }
  return holding >= 2 && holding >= 2 * (lines - holding) ? last : null;
}

/** Figure columns a table's totals rows total: numbers in the totals row, not percentages or rates. */
export function totalledColumns(sheet: SheetSnapshot, rows: TableRow[], reads: ColumnRead[]): ColumnRef[] {
  const totals = rows.filter((r) => r.kind === 'total' || r.kind === 'subtotal').map((r) => r.row);
  const out: ColumnRef[] = [];
  for (const read of reads) {
    if (!addsUp(read)) continue;
    const numeric = totals.some((row) => {
      const v = cellAt(sheet, row, read.column);
      const f = formatAt(sheet, row, read.column);
      // "=SUM(ABOVE)" kept as text in a total still says the column is summed.
      if (typeof v === 'string') return MONEY_TEXT.test(v) || standsForFigure(v) !== null;
      return typeof v === 'number' && !(f && (f.includes('%') || isDateFormat(f)));
    });
    if (numeric) out.push(ref(read));
  }
  return out;
}
