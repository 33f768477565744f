/**
 * Each allowance stating what it is a share of, worked out again: "20% of Leader's Allowance"
 * beside a Leader's £19,610.52 is £3,922.10, so £3,921.90 is out (it is 20% of an earlier year's
 * £19,609.50, left behind when the Leader's was raised).
 */
import type { Table } from '../tables/types';
import { cellAt, columnName } from '../tables/types';
import { cellText } from '../parse/text';
import type { Subject } from './subject';
import { statedSubject } from './stated-breakdowns';
import { formatPounds } from './format';

/** The unit a sum is printed to: pence where it has them, else pounds. */
const unitOf = (value: number) => (Number.isInteger(value) ? 1 : 0.01);

/** The line's name, without the share it states ("Chairman of Licensing Committee"). */
function lineName(table: Table, row: number, written: string): string {
  const name = cellText(cellAt(table.sheet, row, table.firstColumn)).trim();
  const at = name.indexOf(written);
  const bare = (at > 0 ? name.slice(0, at) : name).replace(/[\s(]+$/, '');
  return bare || `row ${row}`;
}

export function statedShareSubjects(table: Table): Subject[] {
  const shares = table.statedShares;
  const amount = table.columns.amount;
  if (!shares || !amount) return [];
  return [...shares].flatMap(([row, of]) => {
    const shown = cellAt(table.sheet, row, amount.column);
    if (typeof shown !== 'number') return [];
    const expected = of.share * of.base;
    // (Worked out to the unit the line is printed to, either way: a penny, or a pound.)
    const tolerance = Math.max(unitOf(shown), unitOf(of.base)) + 1e-9;
    return [
      statedSubject(table, row, amount, {
        label: lineName(table, row, of.written),
        columnHeader: `the allowance in ${columnName(amount)}`,
        shown,
        expected,
        tolerance,
        itemCount: 1,
        relation: 'share',
        parts: [of.baseRow === null ? of.written : `${of.written} (${formatPounds(of.base)})`],
      }),
    ];
  });
}
