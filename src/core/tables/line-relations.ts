/**
 * Relations between a table's columns of figures that hold on each line: a net column that is
 * the gross less the income ("Expenditure | Income | Net"), and a variance that is one figure
 * less another ("Budget | Forecast | Variance"). Found from the headings; whether the lines hold
 * them is the reader's and the checks' to weigh.
 */
import type { ColumnRef } from './types';

/** Rounding a sum of `parts` rounded figures may carry: one unit for up to three, then one per three. */
export function partsRounding(parts: number): number {
  return Math.max(1, Math.ceil(parts / 3));
}

/**
 * "Gross expenditure", "Expenditure", "Gross spend": what a service costs before its income; and
 * "Total surplus" before the deficits ("Total deficit | Total surplus | Net Reserves").
 */
const GROSS_HEADER = /\b(?:gross|expenditures?|spend|spending|surplus(?:es)?)\b/i;
const INCOME_HEADER = /\b(?:income|deficits?)\b/i;
/**
 * "Net cost 19/20", "Net expenditure", "21/22 Revenue Budget Net Exp Budget" (under a group's
 * heading): what is left when income is taken off. ("Net Variation" is how far it moved.)
 */
const NET_HEADER = /(?:^|\s)net\b(?!\s+(?:variation|variance|change|movement))/i;

/**
 * "Deficits | Surpluses | Net expenditure": a net column just after two columns of figures, none
 * of them net itself, is what those two leave, whichever way they are signed.
 */
export function namesNetOf(parts: readonly [ColumnRef, ColumnRef], shown: ColumnRef): boolean {
  return NET_HEADER.test(shown.header) && !parts.some((p) => NET_HEADER.test(p.header));
}

/** The ways a column may follow from the two just left of it: their sum, or one less the other. */
export const TWO_COLUMN_WAYS = [
  { of: (a: number, b: number) => a + b, relation: 'sum' as const, names: (x: string, y: string) => [x, y] },
  {
    of: (a: number, b: number) => a - b,
    relation: 'difference' as const,
    names: (x: string, y: string) => [`${x} less ${y}`],
  },
  {
    of: (a: number, b: number) => b - a,
    relation: 'difference' as const,
    names: (x: string, y: string) => [`${y} less ${x}`],
  },
];

/** A heading's words after its first: "Budget £000" of "Expenditure Budget £000". */
function subHeading(header: string): string {
  return header.trim().toLowerCase().split(/\s+/).slice(1).join(' ');
}

/**
 * Each net column after a gross and an income column, with those two: "Net Budget" with
 * "Expenditure Budget" and "Income Budget", "Net To date" with "Expenditure To date" and "Income To
 * date" (the same words under each group label), else the first gross and income. Empty where none.
 */
export function netColumns(columns: readonly ColumnRef[]): { net: ColumnRef; gross: ColumnRef; income: ColumnRef }[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const grosses = sorted.filter(
    (c) => GROSS_HEADER.test(c.header) && !NET_HEADER.test(c.header) && !INCOME_HEADER.test(c.header),
  );
  const incomes = sorted.filter((c) => INCOME_HEADER.test(c.header) && !NET_HEADER.test(c.header));
  if (grosses.length === 0 || incomes.length === 0) return [];
  const out: { net: ColumnRef; gross: ColumnRef; income: ColumnRef }[] = [];
  let after = 0;
  for (const net of sorted.filter((c) => NET_HEADER.test(c.header))) {
    // "Expenditure | Income | Net" again under each year: the gross and the income since the last
    // net, left of this one, are its own.
    const since = (c: ColumnRef) => c.column > after && c.column < net.column;
    const ownGross = grosses.filter(since);
    const ownIncome = incomes.filter(since);
    const before = after;
    after = net.column;
    if (ownGross.length === 1 && ownIncome.length === 1 && before > 0) {
      out.push({ net, gross: ownGross[0], income: ownIncome[0] });
      continue;
    }
    const under = subHeading(net.header);
    // ("Expenditure and Commitments To Date" ends as "Net To Date" does.)
    const matches = (c: ColumnRef) => under !== '' && c.header.trim().toLowerCase().endsWith(under);
    const gross = grosses.find(matches) ?? grosses[0];
    const income = incomes.find((c) => c !== gross && matches(c)) ?? incomes[0];
    if (income === gross || net.column <= Math.max(gross.column, income.column)) continue;
    // (Only the first net pairs with the first gross and income by default; later ones must match.)
    if (out.length > 0 && !(matches(gross) && matches(income))) continue;
    out.push({ net, gross, income });
  }
  return out;
}

/** "%", "Variance %", "(%)", "Per cent", "Allocation as percentage of bid": a heading over percentages. */
export const PERCENT_HEADING = /%|\bper\s?cent(?:age)?\b/i;

/** "VAT", "Vat £": the tax on each line, which its net and it make its gross. */
const VAT_HEADER = /\bvat\b/i;
/** "Gross", "Total", "Amount inc VAT": a line with its tax. */
const WITH_VAT = /\bgross\b|^\s*total\b|\b(?:inc|incl|including)\.?\s+vat\b/i;
/** "Net", "Amount ex VAT": a line before its tax. */
const WITHOUT_VAT = /(?:^|\s)net\b|\b(?:ex|excl|excluding)\.?\s+vat\b/i;

/** "20%", "@ 17.5%": the rate a VAT column's tax is charged at, stated in its heading. */
const STATED_RATE = /@?\s*\d{1,2}(?:\.\d{1,2})?\s*%/g;

/** "VAT %", "VAT rate": a heading over the rate itself ("VAT 20%" is the tax at its rate). */
function headsRate(header: string): boolean {
  return /%|\brate\b/i.test(header.replace(STATED_RATE, ''));
}

/** "VAT 20%", "VAT @ 17.5%": a column of the tax, its rate in the heading; its figures are money, not rates. */
export function taxAtStatedRate(header: string): boolean {
  return VAT_HEADER.test(header) && /\d\s*%/.test(header) && !headsRate(header);
}

/** "Charge" and "Charge per day": the gross a fee list names by the net's own words, and more. */
function namesAgain(net: string, gross: string): boolean {
  const first = words(net);
  const second = new Set(words(gross));
  return first.length > 0 && first.every((w) => second.has(w)) && words(gross).length > first.length;
}

/**
 * "Net | Vat | Gross" in a schedule of payments: each line's gross is its net and its VAT, the
 * three standing side by side ("Amount | VAT | Total" too, and a fee list's "Charge | VAT 20% |
 * Charge per day"). Empty where none.
 */
export function vatColumns(columns: readonly ColumnRef[]): { net: ColumnRef; vat: ColumnRef; gross: ColumnRef }[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const out: { net: ColumnRef; vat: ColumnRef; gross: ColumnRef }[] = [];
  sorted.forEach((vat, i) => {
    const [net, gross] = [sorted[i - 1], sorted[i + 1]];
    const taxOnly = VAT_HEADER.test(vat.header) && !WITH_VAT.test(vat.header) && !WITHOUT_VAT.test(vat.header);
    if (!taxOnly || headsRate(vat.header) || !net || !gross) return;
    if (VAT_HEADER.test(net.header.replace(WITHOUT_VAT, ''))) return;
    if (WITH_VAT.test(gross.header) || namesAgain(net.header, gross.header)) out.push({ net, vat, gross });
  });
  return out;
}

/**
 * "Variance", "Var (Under)/Over", "Budget Variance (+/-) £", "Difference", "Change", "Budget Left",
 * "Remaining", "(Under)/Overspend", "Over or (under) spend", "£ Rise" (between a precept's two
 * years), "Distance from target" (an allocation's, from its target): one figure less another, not
 * a figure of its own. (Not "Movement": a reserve's movement is a flow that takes one balance to
 * the next.)
 */
export const VARIANCE_HEADER =
  /\b(?:variance|var|difference|left|remaining|unspent|increase|decrease|rise|change|distance\s+from|(?:over|under)\s*-?\s*spends?)\b|\(?\b(?:under|over)\)?\s*(?:\/|\bor\b)\s*\(?(?:over|under)\b/i;

/**
 * "Adjustment" after a budget and its year-end figure: how far the one moved to the other. (Between
 * them, "Budget | Adjustment | Forecast", it is a part the last adds up.)
 */
const ADJUSTMENT_HEADER = /\badjustments?\b/i;

/** Under a variance's group label, the column of how far it moved: "Movement", "Change". */
const GROUPED_VARIANCE = /\b(?:movement|change|difference)\b/i;

/** A relation on each line: "shown" is "plus" less "minus". */
export interface Relation {
  shown: ColumnRef;
  plus: ColumnRef;
  minus: ColumnRef;
  /** The heading states it by the columns' letters ("Difference between cols (b) and (e)"). */
  stated?: boolean;
}

/** "(b) Provisional Net Allocation": the letter a column is marked with, first in its heading. */
const COLUMN_LETTER = /^\s*\(([a-z])\)/i;
/** "Difference between cols (b) and (e)": the two letters, either way round. */
const DIFFERENCE_OF =
  /\bdifference\s+between\s+(?:col(?:umn)?s?\.?\s*)?\(([a-z])\)\s*(?:and|&)\s*(?:col(?:umn)?s?\.?\s*)?\(([a-z])\)/i;
/** "(b) − (c)", "= (e) - (b)": the first letter's column less the second's. */
const LESS_OF = /\(([a-z])\)\s*[-–−]\s*\(([a-z])\)/i;

/**
 * Relations a column's heading states by the other columns' letters: "(f) Difference between cols
 * (b) and (e)" (either way round; the lines say which), "(d) = (b) − (c)".
 */
export function statedRelations(columns: readonly ColumnRef[]): Relation[] {
  const byLetter = new Map<string, ColumnRef>();
  for (const c of columns) {
    const m = COLUMN_LETTER.exec(c.header);
    if (m && !byLetter.has(m[1].toLowerCase())) byLetter.set(m[1].toLowerCase(), c);
  }
  const out: Relation[] = [];
  for (const shown of columns) {
    const rest = shown.header.replace(COLUMN_LETTER, '');
    const between = DIFFERENCE_OF.exec(rest);
    const less = between ? null : LESS_OF.exec(rest);
    const [x, y] = (between ?? less ?? []).slice(1, 3).map((l) => byLetter.get(l.toLowerCase()));
    if (!x || !y || x === shown || y === shown) continue;
    out.push({ shown, plus: x, minus: y, stated: true });
    if (between) out.push({ shown, plus: y, minus: x, stated: true });
  }
  return out;
}

/**
 * The readings of a variance column: the later figure less the earlier one, or the other way
 * round, of the two figure columns left of it ("2020/21 | 2021/22 | Variance"), or the figure right
 * of it less the one left of it ("2014/15 budget | Variance | 2015/16 budget").
 */
export function varianceRelations(columns: readonly ColumnRef[]): Relation[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const out: Relation[] = [];
  // ("Income (gross)" over every column: a group label names none of them.)
  const shared = sorted
    .map((c) => new Set(words(c.header)))
    .reduce<Set<string> | null>((acc, w) => (acc === null ? w : new Set([...acc].filter((x) => w.has(x)))), null);
  // ("Forecast Variance" over "Month 2 | Month 5 | Movement": the group label names every column a
  // variance; the words under it say which is the movement between the others.)
  const sharedWords = [...(shared ?? [])].join(' ');
  const grouped = VARIANCE_HEADER.test(sharedWords);
  const own = (c: ColumnRef) =>
    words(c.header)
      .filter((w) => !shared?.has(w))
      .join(' ');
  const varies = (c: ColumnRef) => (grouped ? GROUPED_VARIANCE.test(own(c)) : VARIANCE_HEADER.test(c.header));
  sorted.forEach((v, i) => {
    const [left, farLeft, right] = [sorted[i - 1], sorted[i - 2], sorted[i + 1]];
    const figure = (c: ColumnRef | undefined) => c !== undefined && !varies(c);
    if (!varies(v) && ADJUSTMENT_HEADER.test(v.header) && figure(left) && figure(farLeft) && right === undefined) {
      out.push({ shown: v, plus: left, minus: farLeft }, { shown: v, plus: farLeft, minus: left });
      return;
    }
    if (!varies(v) || /%/.test(v.header)) return;
    if (figure(left) && figure(farLeft)) {
      out.push({ shown: v, plus: left, minus: farLeft }, { shown: v, plus: farLeft, minus: left });
    } else if (left && farLeft && groupedWith(v, left, farLeft)) {
      out.push({ shown: v, plus: left, minus: farLeft }, { shown: v, plus: farLeft, minus: left });
    }
    if (figure(left) && figure(right)) out.push({ shown: v, plus: right, minus: left });
    // "Estimate | Forecast | Estimate | Difference": the change between the two columns headed
    // alike (their years apart), the column between them aside.
    const before = sorted.slice(0, i).filter(figure);
    for (const [k, x] of before.entries()) {
      for (const y of before.slice(k + 2)) {
        if (headedAlike(x, y)) out.push({ shown: v, plus: y, minus: x }, { shown: v, plus: x, minus: y });
      }
    }
    // "Annual Budget | Actual | Remaining | Forecast Outturn | Forecast Outturn Variance": the
    // variance of the column it names, against any other figure further left; the lines say which.
    const named = sorted.slice(0, i).find((c) => figure(c) && namedBy(v.header, c.header, shared));
    if (!named) return;
    for (const other of sorted.slice(0, i).filter(figure)) {
      if (other === named || (named === left && other === farLeft)) continue;
      out.push({ shown: v, plus: named, minus: other }, { shown: v, plus: other, minus: named });
    }
  });
  return out;
}

/**
 * "Forecast Variance Month 7 | Forecast Variance Month 9 | Forecast Variance Movement", among other
 * columns the group label does not head ("COVID Movement"): the three share a variance's words, and
 * the last one's own words say it is the movement between the other two.
 */
function groupedWith(v: ColumnRef, left: ColumnRef, farLeft: ColumnRef): boolean {
  const common = new Set(
    words(v.header).filter((w) => words(left.header).includes(w) && words(farLeft.header).includes(w)),
  );
  const own = (c: ColumnRef) =>
    words(c.header)
      .filter((w) => !common.has(w))
      .join(' ');
  return (
    VARIANCE_HEADER.test([...common].join(' ')) &&
    GROUPED_VARIANCE.test(own(v)) &&
    !VARIANCE_HEADER.test(own(left)) &&
    !VARIANCE_HEADER.test(own(farLeft))
  );
}

/** Words a variance's heading carries besides the thing it is the variance of. */
const VARIANCE_WORDS = new Set([
  'variance',
  'difference',
  'left',
  'remaining',
  'unspent',
  'total',
  'budget',
  'net',
  'under',
  'over',
  'overspend',
  'underspend',
  'spend',
]);

const words = (t: string): string[] => t.toLowerCase().match(/[a-z]{2,}/g) ?? [];

/** "Estimate" and "Estimate", "2024/25 Budget £000" and "2025/26 Budget £000": the same words, years aside. */
function headedAlike(x: ColumnRef, y: ColumnRef): boolean {
  const [a, b] = [words(x.header).join(' '), words(y.header).join(' ')];
  return a !== '' && a === b;
}

/** "Forecast Outturn Variance £000" names "Forecast Outturn £000": its other words are all there. */
function namedBy(varianceHeader: string, header: string, shared: Set<string> | null): boolean {
  const own = words(varianceHeader).filter((w) => !VARIANCE_WORDS.has(w) && !shared?.has(w));
  const theirs = new Set(words(header));
  return own.length > 0 && own.every((w) => theirs.has(w));
}
