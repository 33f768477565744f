/**
 * "370.040" typed among whole figures of thousands (3,646,910, 656,400 …): a full stop where the
 * thousands comma goes, as a copy from a continental keyboard or a slip of the finger leaves it.
 * Read as 370.04 it puts the total below it out by hundreds of thousands without saying why; where
 * that total adds up with the figure read as 370,040, it is a figure that cannot be read as printed.
 */
import type { ColumnRef, Table } from '../tables/types';
import { cellAt } from '../tables/types';
import { MONEY_EXPECTED } from '../parse/money';

const DOTTED = /^\s*(\(?)(-?)(\d{1,3})\.(\d{3})\)?\s*$/;

export const DOTTED_EXPECTED = `${MONEY_EXPECTED}: a full stop stands where the thousands comma goes`;

/** "370.040" as the whole figure it stands for (370,040), or null. */
export function asThousands(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = DOTTED.exec(value);
  if (!m) return null;
  const n = Number(m[3]) * 1000 + Number(m[4]);
  return m[1] || m[2] ? -n : n;
}

/**
 * The cells ("row:column") among `columns` holding "370.040" that the total or subtotal below
 * them adds up only when read as 370,040, with the figure the total says they stand for.
 */
export function dottedThousands(
  table: Table,
  columns: readonly ColumnRef[],
  /** Whether a line is taken off the total ("6. (-) All other payments"), as a form's balance is worked. */
  takenOff: (row: number) => boolean,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const ref of columns) {
    let [sum, signed] = [0, 0];
    let dotted: [number, number][] = [];
    for (const r of table.rows) {
      const v = cellAt(table.sheet, r.row, ref.column);
      if (r.kind === 'item') {
        const whole = asThousands(v);
        if (whole !== null) dotted.push([r.row, whole]);
        const figure = whole ?? (typeof v === 'number' ? v : 0);
        sum += figure;
        signed += takenOff(r.row) ? -figure : figure;
        continue;
      }
      if (r.kind !== 'total' && r.kind !== 'subtotal') continue;
      if (dotted.length > 0 && typeof v === 'number' && (Math.abs(v - sum) < 1 || Math.abs(v - signed) < 1))
        for (const [row, whole] of dotted) out.set(`${row}:${ref.column}`, whole);
      [sum, signed] = [0, 0];
      dotted = [];
    }
  }
  return out;
}

/**
 * The same, where the lines stand in one column and their total beside the last of them in the next
 * (accounts in two columns): each run of lines whose total there adds up only with "12.097" read
 * as 12,097.
 */
export function dottedBesideLines(
  table: Table,
  inner: ColumnRef,
  runs: readonly { row: number; total: unknown; lines: readonly number[] }[],
  out: Map<string, number>,
): void {
  for (const { total, lines } of runs) {
    if (typeof total !== 'number') continue;
    let sum = 0;
    const dotted: [number, number][] = [];
    for (const row of lines) {
      const v = cellAt(table.sheet, row, inner.column);
      const whole = asThousands(v);
      if (whole !== null) dotted.push([row, whole]);
      sum += whole ?? (typeof v === 'number' ? v : 0);
    }
    if (dotted.length > 0 && Math.abs(total - sum) < 1)
      for (const [row, whole] of dotted) out.set(`${row}:${inner.column}`, whole);
  }
}
