/**
 * A balance carried from one year's column to the next: on an annual return ("1. Balances brought
 * forward … 7. (=) Balances carried forward" for the year before and the year just ended), this
 * year's balance brought forward is last year's carried forward, as the form's own guidance says
 * ("Value must agree to Box 7 of previous year"). Checked where the columns are years in order (or
 * the years were lost from headers printed alike) and one column's own account shows the lines
 * between the two balances move the one to the other.
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

/** Whether `b` is the period after `a`: a later year, or the same header where the years were lost. */
function follows(a: ColumnRef, b: ColumnRef): boolean {
  const [ya, yb] = [lastYear(a.header), lastYear(b.header)];
  if (ya !== null && yb !== null) return yb === ya + 1;
  return ya === null && yb === null && a.header.trim() === b.header.trim();
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
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (!follows(a, b) || !(accountHolds(a) || accountHolds(b))) continue;
    const [carried, shown] = [read(closing, a), read(opening, b)];
    if (!carried || !shown) continue;
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
