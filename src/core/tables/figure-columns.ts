/**
 * The columns of figures a table adds up, and how: those its totals rows total; a column that
 * totals each line across ("Police grant | RSG | NNDR | Total Government funding"), headed as a
 * total or standing last with no heading at all; balances each moved from the one before; and net
 * and variance columns that follow from the others on each line.
 */
import type { SheetSnapshot } from '../snapshot';
import { isCellError } from '../snapshot';
import { isDateFormat } from '../parse/date-formats';
import { parseMoney, standsForFigure } from '../parse/money';
import { share } from './cell-evidence';
import { BROKEN_FIGURE, FOOTNOTED_FIGURE, MONEY_TEXT, headsTotalColumn, spansYears } from './layout';
import { MISTYPED_FIGURE } from '../parse/money';
import type { ColumnRead } from './read-columns';
import type { BalanceStep, ColumnRef, PercentChange, TableRow } from './types';
import type { Relation } from './line-relations';
import {
  TWO_COLUMN_WAYS,
  VARIANCE_HEADER,
  namesNetOf,
  netColumns,
  partsRounding,
  statedRelations,
  taxAtStatedRate,
  varianceRelations,
  vatColumns,
} from './line-relations';
import { cellAt, figureAt, formatAt } from './types';
import { heldPairs, pricePairs, pricesHold } from './price-bases';

const ref = (read: ColumnRead): ColumnRef => ({ column: read.column, header: read.header });

/**
 * "Rate", "Average", "Cost per head": figures that do not add up ("No. of staff" counts do).
 * ("Budget as per Feb 15 budget Book", "Budget per Monitoring Report": a budget as a report gives it.)
 */
const RATE_HEADER =
  /\b(?:(?<!\b(?:business|non-domestic)\s)rate(?!\s+(?:support|relief|rebates?|income|fund))|average|avg|ratio|index|score)\b|\bper\s+(?!(?:the\s+)?(?:annum|year|monitoring|budget|report|book|statement|accounts?|ledger|council|cabinet|plan|approved|latest|original|revised|mtfs|mtfp|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)/i;

/** "Note", "Notes", "Note ref": the number of the note to the accounts each line is explained in. */
export const NOTE_HEADER = /^\s*notes?(?:\s+(?:ref(?:erence)?s?|no\.?))?\s*$/i;

/** A column that holds figures to add up, by its header and its cells: not percentages, rates, years, dates or note numbers. */
function addsUp(read: ColumnRead): boolean {
  const percent = read.words.percent && !taxAtStatedRate(read.header);
  if (percent || RATE_HEADER.test(read.header) || NOTE_HEADER.test(read.header)) return false;
  return share(read.evidence, 'percent', 'year', 'date') < 0.5;
}

/** Columns of figures on two lines or more, nearly all of them numbers or money. */
function figureReads(reads: readonly ColumnRead[]): ColumnRead[] {
  return reads.filter((r) => addsUp(r) && r.evidence.filled >= 2 && share(r.evidence, 'number', 'money') >= 0.8);
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
  const addable = (r: ColumnRead) => r.meaning !== 'id' && r.meaning !== 'year';
  const figures = figureReads(reads).filter(addable);
  // (Or one standing before its parts: "Total | Permanent | Other".)
  const total = figures.find(
    (r, i) =>
      headsTotalColumn(r.header) &&
      ((i >= 2 && !headsTotalColumn(figures[i - 1].header)) ||
        (i === 0 &&
          !spansYears(r.header) &&
          figures.length >= 3 &&
          !headsTotalColumn(figures[1].header) &&
          !headsTotalColumn(figures[2].header))),
  );
  if (total) {
    // ("Income" of "—" on every line but one, "-800,000": a part nil where the dashes stand.)
    const once = reads.filter(
      (r) =>
        r.column < total.column &&
        r.evidence.filled === 1 &&
        share(r.evidence, 'number', 'money') === 1 &&
        addsUp(r) &&
        addable(r),
    );
    return { total: ref(total), figures: [...figures, ...once].sort((a, b) => a.column - b.column).map(ref) };
  }
  const unlabelled = unlabelledTotal(sheet, rows, figures) ?? evidentTotal(sheet, rows, figures);
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
  if (!last || last.header.trim() !== '' || figures.some((p) => p.column > last.column)) return null;
  const held = lastColumnHeld(sheet, rows, figures, false);
  return held && twiceAsMany(held) ? last : null;
}

/** Lines a last column must be the sum of the others on, with no heading to say so, and the share of them. */
const EVIDENT_LINES = 6;
const EVIDENT_SHARE = 0.8;

/**
 * "Primary Education | Secondary Education | Special Education | School Education" year by year:
 * a last column that is the sum of the figure columns before it on six lines or more and four in
 * five, though its heading names no total, is their total (a rounding's unit for every three).
 */
function evidentTotal(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  figures: readonly ColumnRead[],
): ColumnRead | null {
  const held = lastColumnHeld(sheet, rows, figures, true);
  return held && held.holding >= EVIDENT_LINES && held.holding >= EVIDENT_SHARE * held.lines
    ? figures[figures.length - 1]
    : null;
}

/**
 * The lines on which the last figure column is the sum of the others (two at least), within a
 * unit for every three figures; each line read where all its parts have figures (`everyPart`, its
 * total not nil), or two of them at least. Null where there are too few columns.
 */
function lastColumnHeld(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  figures: readonly ColumnRead[],
  everyPart: boolean,
): { lines: number; holding: number } | null {
  const last = figures[figures.length - 1];
  const parts = figures.slice(0, -1);
  if (!last || parts.length < 2) return null;
  return linesHolding(rows, (row) => {
    const shown = figureAt(sheet, row, last.column);
    const all = parts.map((p) => figureAt(sheet, row, p.column));
    const values = all.filter((v): v is number => v !== null);
    if (shown === null || (everyPart ? values.length < all.length || shown === 0 : values.length < 2)) return null;
    const gap = Math.abs(values.reduce((a, b) => a + b, 0) - shown);
    return { gap, tolerance: printedUnit([shown, ...values]) * partsRounding(values.length) };
  });
}

/** Of the lines' numbers, the most that may be out of step (a line left out, one repeated). */
const NUMBERING_SLIPS = 0.2;

/**
 * "Line No." over 1, 2, 3 … 8 on "Total Discounts", 9 …: the numbers of the lines, totals among
 * them, counting on by one down the table, not figures to add up.
 */
function numbersTheLines(sheet: SheetSnapshot, rows: readonly TableRow[], read: ColumnRead): boolean {
  if (read.meaning !== 'id') return false;
  const numbers = rows.map((r) => cellAt(sheet, r.row, read.column)).filter((v): v is number => typeof v === 'number');
  if (numbers.length < 3) return false;
  const steps = numbers.slice(1).filter((v, i) => v === numbers[i] + 1).length;
  return steps >= (numbers.length - 1) * (1 - NUMBERING_SLIPS);
}

/** Figure columns a table's totals rows total: numbers in the totals row, not percentages or rates. */
export function totalledColumns(sheet: SheetSnapshot, rows: TableRow[], reads: ColumnRead[]): ColumnRef[] {
  const totals = rows.filter((r) => r.kind === 'total' || r.kind === 'subtotal').map((r) => r.row);
  const out: ColumnRef[] = [];
  for (const read of reads) {
    if (!addsUp(read) || numbersTheLines(sheet, rows, read)) continue;
    const numeric = totals.some((row) => {
      const v = cellAt(sheet, row, read.column);
      const f = formatAt(sheet, row, read.column);
      // "=SUM(ABOVE)" kept as text in a total still says the column is summed, as does a sum gone to "#N/A".
      if (isCellError(v)) return true;
      // ("912.484§", "*1,211.404": a total marked for a note is still the column's total.)
      if (typeof v === 'string') return MONEY_TEXT.test(v) || FOOTNOTED_FIGURE.test(v) || standsForFigure(v) !== null;
      return typeof v === 'number' && !(f && (f.includes('%') || isDateFormat(f)));
    });
    if (numeric || totalColumnRight(sheet, rows, read.column) !== null) out.push(ref(read));
  }
  return out;
}

/**
 * "£ | £": lines of figures in one column, each total printed in the column to its right, which
 * holds figures on totals rows only (a bank reconciliation, an account's statement). That column
 * (past empty spacer columns between), or null.
 */
export function totalColumnRight(sheet: SheetSnapshot, rows: readonly TableRow[], column: number): number | null {
  const number = (row: number, c: number) => typeof cellAt(sheet, row, c) === 'number';
  const items = rows.filter((r) => r.kind === 'item');
  const totals = rows.filter((r) => r.kind === 'total' || r.kind === 'subtotal');
  const lines = items.filter((r) => number(r.row, column)).length;
  if (lines < 2) return null;
  const right = pastSpacers(sheet, rows, column + 1, 1);
  const totalled =
    !items.some((r) => number(r.row, right)) && totals.some((r) => number(r.row, right) && !number(r.row, column));
  return totalled ? right : null;
}

/** Empty columns between the lines' figures and their totals' (a sheet spaced out for print). */
const MAX_SPACERS = 2;

/** The first column from `column` on, going by `step`, past columns empty on every row of the table. */
export function pastSpacers(sheet: SheetSnapshot, rows: readonly TableRow[], column: number, step: 1 | -1): number {
  const empty = (c: number) => rows.every((r) => cellAt(sheet, r.row, c) === null);
  let c = column;
  for (let k = 0; k < MAX_SPACERS && empty(c); k++) c += step;
  return c;
}

/** "Balance at 1/4/2012", "Opening balance", "Balance b/f", "Closing Balance 31 March 2014": a balance held on a date. */
const BALANCE_HEADER =
  /^\s*as\s+at\b|\bbalances?\b|\bb\/f(?:wd)?\b|\bc\/f(?:wd)?\b|\bbrought\s+forward\b|\bcarried\s+forward\b/i;
/**
 * "2024/25 Budget", "Original Budget", "Reported Budget Month 9" (its unit set aside): a budget at
 * a point, which movements across the line ("Virements", "Salaries Budget Movement") carry to the next.
 */
const BUDGET_HEADER =
  /\bbudget(?:\s+(?:month|period|quarter|[mpq])\s*\d{1,2})?\s*(?:\(?£\s*(?:'?000s?|k|m)?\)?)?\s*[*†‡¹²³⁴⁵⁶⁷⁸⁹]*\s*$/i;
/**
 * "Latest Budget used for Monitoring", "Budget per Monitoring Report", "Budget as per Feb 15 budget
 * Book": a budget at a point named by the words after it, where no word makes it a movement.
 */
const BUDGET_NAMED =
  /^(?:(?:original|latest|revised|current|approved|working)\s+)?budget\s+(?:as\s+)?per\b|^(?:latest|revised|current|approved|working)\s+budget\b/i;
const MOVEMENT_WORDS =
  /\b(?:virements?|supplementary|adjust\w*|movements?|variances?|variations?|changes?|transfers?|savings?|spend|spent|holders?|gap|pressures?|increases?|decreases?|reductions?|growth|carr(?:y|ied)|b\/f|c\/f|remaining|left|outturn|forecast|actual)\b/i;
const budgetAt = (header: string) =>
  BUDGET_HEADER.test(header) || (BUDGET_NAMED.test(header.trim()) && !MOVEMENT_WORDS.test(header));
/** "Use of reserves", "Transfers out", "Spend": a movement out of a balance, printed as a positive figure. */
const OUT_HEADER =
  /\b(?:use|used|utilised|applied|spend|spent|expenditure|withdrawals?|drawdowns?|transfers?\s+out|released)\b/i;

/** The balance a step arrives at on `row`, from the figures before it; null where the line has none. */
function stepArrival(sheet: SheetSnapshot, row: number, step: BalanceStep): number | null {
  const from = figureAt(sheet, row, step.from.column);
  if (from === null) return null;
  let at = from;
  for (const m of step.moves) {
    const v = figureAt(sheet, row, m.ref.column) ?? 0;
    at += m.out && v > 0 ? -v : v;
  }
  return at;
}

/**
 * A reserves statement: "Balance at 1/4/2012 | Outturn 2012/13 | Balance at 31/3/2013 | Budgeted
 * 2013/14 Movement | Balance at 1/4/2014 …". Each balance is the one before it moved by the
 * columns between. A step is taken where it holds on two lines at least and twice as many lines as
 * not (within a unit for every three figures), as with a total across, or on more lines than not
 * where another step of the statement is so taken.
 */
export function balanceSteps(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  reads: readonly ColumnRead[],
): BalanceStep[] {
  const figures = figureReads(reads);
  const steps: { step: BalanceStep; held: { lines: number; holding: number } }[] = [];
  let from: ColumnRead | null = null;
  let moves: ColumnRead[] = [];
  for (const r of figures) {
    if (!BALANCE_HEADER.test(r.header) && !budgetAt(r.header)) {
      if (from) moves.push(r);
      continue;
    }
    // ("2014/15 Budget | Budget Variance | 2015/16 Budget": the variance check already holds the
    // two budgets to their difference; the same slip is said once.)
    const onlyVariance = moves.length === 1 && VARIANCE_HEADER.test(moves[0].header) && budgetAt(r.header);
    if (from && moves.length > 0 && !onlyVariance) {
      const step: BalanceStep = {
        from: ref(from),
        moves: moves.map((m) => ({ ref: ref(m), out: OUT_HEADER.test(m.header) })),
        to: ref(r),
      };
      // ("2017/18 Budget | … | Use of Earmarked Reserves | 2018/19 Budget": a budget's movements
      // add as printed, reserves used to fund it among them; taken so where the lines hold that.)
      const asPrinted: BalanceStep = { ...step, moves: step.moves.map((m) => ({ ...m, out: false })) };
      const [held, heldAsPrinted] = [stepHeld(sheet, rows, step), stepHeld(sheet, rows, asPrinted)];
      steps.push(heldAsPrinted.holding > held.holding ? { step: asPrinted, held: heldAsPrinted } : { step, held });
    }
    [from, moves] = [r, []];
  }
  // Where one step shows the statement is one (twice as many lines holding it as not), a further
  // step held on more lines than not is one too: a slip in a balance puts out both steps it is in.
  const shown = steps.some((s) => twiceAsMany(s.held));
  return steps
    .filter(({ held }) => twiceAsMany(held) || (shown && held.holding >= 2 && held.holding * 2 > held.lines))
    .map((s) => s.step);
}

function stepHeld(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  step: BalanceStep,
): { lines: number; holding: number } {
  // (A totals row is left out: a line out puts the total of its column out of the step too.)
  const lines = rows.filter((r) => r.kind !== 'total' && r.kind !== 'subtotal');
  return linesHolding(lines, (row) => {
    const shown = figureAt(sheet, row, step.to.column);
    const arrival = stepArrival(sheet, row, step);
    if (shown === null || arrival === null) return null;
    const printed = [
      shown,
      ...[step.from, ...step.moves.map((m) => m.ref)].map((c) => figureAt(sheet, row, c.column) ?? 0),
    ];
    return { gap: Math.abs(arrival - shown), tolerance: printedUnit(printed) * partsRounding(step.moves.length + 1) };
  });
}

/** How many lines a relation is tried on, and on how many it holds within their rounding. */
function linesHolding(
  rows: readonly TableRow[],
  line: (row: number) => { gap: number; tolerance: number } | null,
): { lines: number; holding: number } {
  let [lines, holding] = [0, 0];
  for (const { row, kind } of rows) {
    if (kind === 'section') continue;
    const l = line(row);
    if (!l) continue;
    lines += 1;
    if (l.gap <= l.tolerance + 1e-9) holding += 1;
  }
  return { lines, holding };
}

/** Two lines at least, and twice as many lines holding as not: the column is shown to hold it. */
const twiceAsMany = ({ lines, holding }: { lines: number; holding: number }) =>
  holding >= 2 && holding >= 2 * (lines - holding);

/** A column's figures on the given rows (null where a row has none), and the unit they are printed to. */
export function columnFigures(
  sheet: SheetSnapshot,
  rows: readonly number[],
  column: number,
): { values: (number | null)[]; unit: number } {
  const values = rows.map((row) => figureAt(sheet, row, column));
  return { values, unit: printedUnit(values.filter((v): v is number => v !== null)) };
}

/** The unit of the last digit the finest of `values` is printed to: 1 for whole figures, 0.1 for one place. */
export function printedUnit(values: readonly number[]): number {
  let places = 0;
  for (const v of values) {
    const dot = String(v).indexOf('.');
    if (dot >= 0) places = Math.max(places, Math.min(String(v).length - dot - 1, 4));
  }
  return 10 ** -places;
}

/**
 * Columns of figures headed as totals ("Total Scheme Cost £000"): a totals row may leave one blank,
 * where it still totals each line across (the checks weigh whether it does on most lines).
 */
export function lineTotalFigures(reads: readonly ColumnRead[]): ColumnRef[] {
  return figureReads(reads)
    .filter((r) => r.meaning !== 'id' && r.meaning !== 'year' && headsTotalColumn(r.header))
    .map(ref);
}

/**
 * "Expenditure | Income | Net" or "Net Budget | Net To Date | Variance" with no totals row: where
 * a net column is its gross less its income, or a variance one figure less another, on two lines
 * at least and more lines than not, the table is figures the checks cross-cast on each line.
 * Returns the columns of the relations that hold: the ones the checks then read.
 */
export function relatedFigures(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  reads: readonly ColumnRead[],
): ColumnRef[] {
  const figures = figureReads(reads);
  const refs = figures.map(ref);
  // (A net is its gross less the size of its income, printed positive or negative.)
  const relations = [...statedRelations(refs), ...varianceRelations(refs)].map((rel) => ({ rel, incomeSize: false }));
  for (const net of netColumns(refs))
    relations.push({ rel: { shown: net.net, plus: net.gross, minus: net.income }, incomeSize: true });
  const holding = ({ rel, incomeSize }: { rel: Relation; incomeSize: boolean }) => {
    const { lines, holding: held } = linesHolding(rows, (row) => {
      const [v, a, b] = [rel.shown, rel.plus, rel.minus].map((c) => figureAt(sheet, row, c.column));
      if (v === null || a === null || b === null || (v === 0 && a === 0 && b === 0)) return null;
      return { gap: Math.abs(a - (incomeSize ? Math.abs(b) : b) - v), tolerance: printedUnit([v, a, b]) * 2 };
    });
    // (A relation its heading states by letter needs only a line to say which way round it runs.)
    return rel.stated ? held >= 1 : held >= 2 && held * 2 >= lines;
  };
  const held = relations.filter(holding).flatMap(({ rel }) => [rel.plus, rel.minus, rel.shown]);
  // ("Amounts to authorities in deficit | … in surplus | Net expenditure": a net column just after
  // two others, what they leave on more than half the lines, whichever way they are signed.)
  const sorted = [...refs].sort((a, b) => a.column - b.column);
  for (let k = 2; k < sorted.length; k++) {
    const [x, y, z] = sorted.slice(k - 2, k + 1);
    if (!namesNetOf([x, y], z)) continue;
    const nets = TWO_COLUMN_WAYS.map((way) =>
      linesHolding(rows, (row) => {
        const [v, a, b] = [z, x, y].map((c) => figureAt(sheet, row, c.column));
        if (v === null || a === null || b === null || (v === 0 && a === 0 && b === 0)) return null;
        return { gap: Math.abs(way.of(a, b) - v), tolerance: printedUnit([v, a, b]) * 2 };
      }),
    );
    if (nets.some(({ lines, holding }) => holding >= 2 && holding * 2 > lines)) held.push(x, y, z);
  }
  // (A line with no VAT leaves its tax blank: nil, its gross its net. A charge per day is a charge
  // and its VAT, though no column adds charges per day.)
  const priced = reads
    .filter((r) => r.evidence.filled >= 2 && share(r.evidence, 'number', 'money') >= 0.8)
    .filter((r) => addsUp(r) || RATE_HEADER.test(r.header))
    .map(ref);
  for (const { net, vat, gross } of vatColumns(priced)) {
    const taxed = linesHolding(rows, (row) => {
      const [n, t, g] = [net, vat, gross].map((c) => figureAt(sheet, row, c.column));
      if (n === null || g === null || (n === 0 && g === 0)) return null;
      return { gap: Math.abs(n + (t ?? 0) - g), tolerance: printedUnit([n, t ?? 0, g]) };
    });
    if (twiceAsMany(taxed)) held.push(net, vat, gross);
  }
  // ("HIP allocation: cash value | at 1991–92 prices" beside another such pair: each line's pairs
  // restated at one factor.)
  const pairs = pricePairs(refs);
  if (pairs.length > 0) {
    const itemRows = rows.filter((r) => r.kind === 'item').map((r) => r.row);
    const paired = pairs.flatMap((p) => [p.cash, p.real]);
    const units = new Map(paired.map((c) => [c.column, columnFigures(sheet, itemRows, c.column).unit]));
    const lines = itemRows.map((row) =>
      heldPairs(pairs, (c) => {
        const value = figureAt(sheet, row, c.column);
        return value === null ? null : { value, unit: units.get(c.column) ?? 1 };
      }),
    );
    if (pricesHold(lines)) held.push(...paired);
  }
  const columns = new Set(held.map((c) => c.column));
  return priced.filter((r) => columns.has(r.column));
}

/** "0%", "0.0%": the last place a percentage is printed to, as a fraction (papers cut as often as they round). */
export function percentPlace(format: string | null): number {
  const places = /0\.(0+)%/.exec(format ?? '')?.[1].length ?? 0;
  return 10 ** -(places + 2);
}

/** "Change on 2007-08 %", "% increase", "Percentage change": a column of each line's change. */
const CHANGE_HEADER = /\b(?:change|increase|decrease|growth|rise|reduction)\b/i;
/** "Percentage change", "% change", "Change (per cent)": a heading in per cent. */
export const PERCENT_WORDS = /%|\bpercentage\b|\bper\s?cent\b/i;
/** How far a printed percentage may be from the change its figures give: half of 0.1%, as most are printed. */
const PERCENT_ROUNDING = 0.0005;

/**
 * "Adjusted 2007-08 | 2008-09 Allocation | Change %": a column of percentages headed as a change,
 * right of two columns of figures, that on most lines (two at least, twice as many as not) is the
 * change from the first to the second. The lines where it is not are out.
 */
export function percentChanges(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  reads: readonly ColumnRead[],
): PercentChange[] {
  const out: PercentChange[] = [];
  const figures = figureReads(reads);
  for (const read of reads) {
    if (!CHANGE_HEADER.test(read.header)) continue;
    // ("Percentage change" over -3.1, 0.8, 4.0: per cent written as plain numbers.)
    const plain = PERCENT_WORDS.test(read.header) && share(read.evidence, 'number') >= 0.8;
    if (share(read.evidence, 'percent') < 0.8 && !plain) continue;
    const scale = plain ? 100 : 1;
    const before = figures.filter((f) => f.column < read.column);
    if (before.length < 2) continue;
    const [from, to] = before.slice(-2);
    const held = linesHolding(rows, (row) => {
      const [v, a, b] = [read, from, to].map((c) => figureAt(sheet, row, c.column));
      if (v === null || a === null || b === null || a === 0) return null;
      return {
        gap: Math.abs((b - a) / a - v / scale),
        tolerance: PERCENT_ROUNDING + printedUnit([a, b]) / Math.abs(a),
      };
    });
    if (twiceAsMany(held)) out.push({ shown: ref(read), from: ref(from), to: ref(to), scale });
  }
  return out;
}

/** Lines of figures a column must hold before a broken one among them stands out. */
const BROKEN_AMONG = 6;
/** Fewer for a letter typed for a digit: two figures side by side are never written "45.OOO". */
const MISTYPED_AMONG = 3;
/** Of a column's cells, the share that must be figures, readable or not. */
const FIGURES_OR_UNREADABLE = 0.8;

/**
 * Columns of figures, with no total or relation for the checks to read, in which one line's figure
 * is broken by a space ("35 .606" among "31.593", "46.851") or has a letter for a digit ("45.OOO"):
 * a figure is there, but no one can say which, as a reader of the statistics would see at once.
 * Each such column, for the checks to say so.
 */
export function brokenFigureColumns(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  reads: readonly ColumnRead[],
): ColumnRef[] {
  return reads
    .filter((r) => r.meaning !== 'id' && r.meaning !== 'year' && addsUp(r))
    .filter((r) => {
      let [filled, figures, broken, mistyped] = [0, 0, 0, 0];
      for (const { row, kind } of rows) {
        if (kind !== 'item') continue;
        const v = cellAt(sheet, row, r.column);
        if (v === null || v === '') continue;
        filled += 1;
        if (typeof v === 'number') figures += 1;
        else if (typeof v !== 'string' || parseMoney(v).kind !== 'unreadable') continue;
        else if (MISTYPED_FIGURE.test(v)) mistyped += 1;
        else if (BROKEN_FIGURE.test(v)) broken += 1;
      }
      if (figures + broken + mistyped < FIGURES_OR_UNREADABLE * filled) return false;
      return (broken > 0 && figures >= BROKEN_AMONG) || (mistyped > 0 && figures >= MISTYPED_AMONG);
    })
    .map(ref);
}
