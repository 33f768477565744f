/**
 * A table giving each figure twice, as spent and at one year's prices ("HIP allocation: cash value |
 * at 1991–92 prices"): each line's figures are restated by one factor, the line's own (its year's
 * prices against the base year's). Where a line has two pairs or more, they agree on that factor;
 * a pair out of step with its line's others has one figure typed wrong.
 */
import type { ColumnRef } from './types';

/** "Cash Prices", "cash value", "outturn prices": figures as spent in their own year. */
const CASH_HEADING = /\bcash\b|\boutturn\s+prices\b/i;
/**
 * "at 1991–92 prices", "Constant 1988–89 Prices", "1993–94 prices", "real terms": the same figures
 * at one year's prices.
 */
const REAL_HEADING =
  /\b(?:(?:at|constant)\s+(?:(?:19|20)\d\d(?:\s*[–-]\s*\d{2,4})?\s+)?|(?:19|20)\d\d(?:\s*[–-]\s*\d{2,4})?\s+)prices\b|\breal\s+terms\b/i;
/** Lines on which every pair must agree before the pairs are taken for figures at two price bases. */
const AGREEING_LINES = 3;

export interface PricePair {
  cash: ColumnRef;
  real: ColumnRef;
}

/** A figure as read: its value and the unit of its last printed digit. */
type Read = { value: number; unit: number };

/** One pair on one line: its figures, the factor between them, and that factor's rounding (relative). */
export interface HeldPair {
  pair: PricePair;
  cash: Read;
  real: Read;
  factor: number;
  slack: number;
}

/**
 * The cash and constant-price columns, paired in order (each cash column before its own), two
 * pairs at least; none where the headings do not pair so.
 */
export function pricePairs(columns: readonly ColumnRef[]): PricePair[] {
  const cash = columns.filter((c) => CASH_HEADING.test(c.header) && !REAL_HEADING.test(c.header));
  const real = columns.filter((c) => REAL_HEADING.test(c.header));
  if (cash.length < 2 || cash.length !== real.length) return [];
  const pairs = cash.map((c, i) => ({ cash: c, real: real[i] }));
  return pairs.every((p) => p.cash.column < p.real.column) ? pairs : [];
}

/** A line's pairs with both figures (and neither nil), read by `read`. */
export function heldPairs(pairs: readonly PricePair[], read: (ref: ColumnRef) => Read | null): HeldPair[] {
  return pairs.flatMap((pair) => {
    const [cash, real] = [read(pair.cash), read(pair.real)];
    if (!cash || !real || cash.value === 0 || real.value === 0) return [];
    const slack = cash.unit / 2 / Math.abs(cash.value) + real.unit / 2 / Math.abs(real.value);
    return [{ pair, cash, real, factor: real.value / cash.value, slack }];
  });
}

/** Whether two pairs restate their figures by one factor, within both figures' rounding. */
export function agree(x: HeldPair, y: HeldPair): boolean {
  return Math.abs(x.factor - y.factor) <= (x.slack + y.slack) * Math.abs(y.factor) + 1e-12;
}

/** Whether every pair on a line agrees with every other. */
export function lineAgrees(held: readonly HeldPair[]): boolean {
  return held.every((p) => held.every((q) => agree(p, q)));
}

/**
 * Whether the lines (those with two pairs or more) show the columns are figures at two price
 * bases: three lines at least, and more than half of them, agree throughout.
 */
export function pricesHold(lines: readonly (readonly HeldPair[])[]): boolean {
  const paired = lines.filter((l) => l.length >= 2);
  const holding = paired.filter(lineAgrees).length;
  return holding >= AGREEING_LINES && holding * 2 > paired.length;
}

/**
 * The pairs on a line out of step with its others: where it has three or more, one agreeing with
 * none of the rest while they agree among themselves; where it has two that disagree, the one
 * further from `near` (the factor the lines either side show), or else the second.
 */
export function pairsOut(held: readonly HeldPair[], near: number | null): HeldPair[] {
  if (held.length < 2 || lineAgrees(held)) return [];
  if (held.length === 2) {
    if (near === null) return [held[1]];
    const [a, b] = held.map((p) => Math.abs(Math.log(Math.abs(p.factor / near))));
    return [a > b ? held[0] : held[1]];
  }
  return held.filter((p) => {
    const others = held.filter((q) => q !== p);
    return others.every((q) => !agree(p, q)) && lineAgrees(others);
  });
}
