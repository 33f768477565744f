/**
 * A balance carried from one year's column to the next: on an annual return ("1. Balances brought
 * forward … 7. (=) Balances carried forward" for the year before and the year just ended), this
 * year's balance brought forward is last year's carried forward, as the form's own guidance says
 * ("Value must agree to Box 7 of previous year"). Checked where the columns are years in order (or
 * the years were lost from headers printed alike, and the columns do not run back a year or repeat
 * one) and one column's own account shows the lines between the two balances move the one to the other.
 */
import type { ColumnRef, Table } from '../tables/types';
import { balanceLine } from './balances';

/** "Balances brought forward", "Opening balance": money held at the start (not an initial target, which no year carries on). */
const BROUGHT = /\b(?:brought\s+forward|b\/f(?:wd)?|opening\s+balances?)\b/i;
/** "Balances carried forward", "Closing balance": money held at the end. */
const CARRIED = /\b(?:carried\s+forward|c\/f(?:wd)?|closing\s+balances?)\b/i;

type ReadFigure = (row: number, ref: ColumnRef) => { value: number; unit: number } | null;

/** A carried balance to check: the opening balance shown in `to`, and the closing balance of `from`. */
export interface CarriedBalance {
  row: number;
  to: ColumnRef;
  from: ColumnRef;
  shown: number;
  carried: number;
  unit: number;
}

/** The last year a header names: "31 March 2019 £" → 2019, "2012/13" → 2013; null with none. */
function lastYear(header: string): number | null {
  let last: number | null = null;
  for (const m of header.matchAll(/\b((?:19|20)\d\d)(?:\s*[/-]\s*(\d{2})\b)?/g)) {
    const year = m[2] ? Number(m[1].slice(0, 2) + m[2]) : Number(m[1]);
    last = last === null ? year : Math.max(last, year);
  }
  return last;
}

/**
 * Whether `b` is the period after `a`: a later year ('years'), or the same header where the years
 * were lost ('alike'), so that which comes first is not said.
 */
function follows(a: ColumnRef, b: ColumnRef): 'years' | 'alike' | null {
  const [ya, yb] = [lastYear(a.header), lastYear(b.header)];
  if (ya !== null && yb !== null) return yb === ya + 1 ? 'years' : null;
  return ya === null && yb === null && a.header.trim() === b.header.trim() ? 'alike' : null;
}

export function carriedBalances(
  table: Table,
  columns: readonly ColumnRef[],
  read: ReadFigure,
  label: (row: number) => string,
): CarriedBalance[] {
  const rows = table.rows.filter((r) => r.kind !== 'section').map((r) => r.row);
  const opening = rows.find((row) => BROUGHT.test(label(row)));
  const closing = rows.find((row) => opening !== undefined && row > opening && CARRIED.test(label(row)));
  if (opening === undefined || closing === undefined) return [];
  const between = rows.filter((row) => row > opening && row < closing);
  // The column's own account: its opening balance moved by the lines between comes to its closing one.
  const accountHolds = (ref: ColumnRef) => {
    const [from, to] = [read(opening, ref), read(closing, ref)];
    if (!from || !to) return false;
    let at = from.value;
    for (const row of between) {
      const v = read(row, ref)?.value ?? 0;
      at += balanceLine(label(row)) === 'out' ? -Math.abs(v) : v;
    }
    return Math.abs(at - to.value) <= Math.max(from.unit, to.unit);
  };
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const out: CarriedBalance[] = [];
  const agree = (x: { value: number; unit: number } | null, y: { value: number; unit: number } | null) =>
    x !== null && y !== null && Math.abs(x.value - y.value) <= Math.max(x.unit, y.unit);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    const order = follows(a, b);
    // (Unheaded columns are a year and the one before only as a return's two columns are: among
    // more, "Unrestricted | Capital | Total funds" lost from the header, they are funds side by side.)
    if (order === 'alike' && a.header.trim() === '' && sorted.length > 2) continue;
    if (order === null || !(accountHolds(a) || accountHolds(b))) continue;
    const [carried, shown] = [read(closing, a), read(opening, b)];
    if (!carried || !shown) continue;
    // With the years lost, "2022 | 2021" may run back: last year's carried forward is this year's
    // opening. And a fund beside the total of the funds opens the same year with the same figure.
    const back = agree(read(closing, b), read(opening, a));
    const same = agree(read(opening, a), shown);
    if (order === 'alike' && (back || same)) continue;
    out.push({
      row: opening,
      to: b,
      from: a,
      shown: shown.value,
      carried: carried.value,
      unit: Math.max(carried.unit, shown.unit),
    });
  }
  return out;
}
