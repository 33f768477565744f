/** References used more than once in a table: counted in one pass, so `id.duplicate` costs no more per row. */
import type { Table } from '../tables/types';
import { carriedFrom } from '../tables/merges';
import { logicalCell } from './context';
import type { FactValue } from './subject';
import { cellText } from '../parse/text';

export interface References {
  /** The id facts of one row: its reference, whether an earlier row used it, and that row. */
  factsFor(row: number): Record<'idText' | 'idDuplicate' | 'idFirstRow', FactValue>;
}

export function references(table: Table): References {
  const firstRow = new Map<string, number>();
  const count = new Map<string, number>();
  const idOf = (row: number) => cellText(logicalCell(table, row, 'id')).trim();
  // Rows under one merged reference are that reference's parts, not a second use of it.
  const idColumn = table.columns.id?.column;
  const merged = (row: number) => idColumn !== undefined && carriedFrom(table.sheet, row, idColumn) !== undefined;
  for (const { row, kind } of table.rows) {
    if (kind !== 'item' || merged(row)) continue;
    const key = idOf(row).toLowerCase();
    if (!key) continue;
    count.set(key, (count.get(key) ?? 0) + 1);
    if (!firstRow.has(key)) firstRow.set(key, row);
  }
  return {
    factsFor(row) {
      const idText = idOf(row);
      const key = idText.toLowerCase();
      return {
        idText,
        idDuplicate: key !== '' && !merged(row) && (count.get(key) ?? 0) > 1 && firstRow.get(key) !== row,
        idFirstRow: key ? (firstRow.get(key) ?? null) : null,
      };
    },
  };
}
