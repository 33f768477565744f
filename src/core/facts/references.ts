/** References used more than once in a table: counted in one pass, so `id.duplicate` costs no more per row. */
import type { Table } from '../tables/types';
import { carriedFrom } from '../tables/merges';
import { logicalCell } from './context';
import type { FactValue } from './subject';
import { cellText } from '../parse/text';
import { qualifiedReferences } from '../tables/sub-items';

export interface References {
  /** The id facts of one row: its reference, whether an earlier row used it, and that row. */
  factsFor(row: number): Record<'idText' | 'idDuplicate' | 'idFirstRow', FactValue>;
}

export function references(table: Table): References {
  // Each reference's first row and how many rows use it, kept together: one look-up a row.
  const uses = new Map<string, { first: number; count: number }>();
  const written = (row: number) => cellText(logicalCell(table, row, 'id')).trim();
  // "a)" under item 3 is "3 a)": parts are told apart by the item they belong to.
  const qualified = qualifiedReferences(table.rows, written);
  const idOf = (row: number) => qualified.get(row) ?? written(row);
  // Rows under one merged reference are that reference's parts, not a second use of it.
  const idColumn = table.columns.id?.column;
  const merged = (row: number) => idColumn !== undefined && carriedFrom(table.sheet, row, idColumn) !== undefined;
  for (const { row, kind } of table.rows) {
    if (kind !== 'item' || merged(row)) continue;
    const key = idOf(row).toLowerCase();
    if (!key) continue;
    const used = uses.get(key);
    if (used) used.count += 1;
    else uses.set(key, { first: row, count: 1 });
  }
  return {
    factsFor(row) {
      const idText = idOf(row);
      const key = idText.toLowerCase();
      const used = key ? uses.get(key) : undefined;
      return {
        idText,
        idDuplicate: key !== '' && !merged(row) && (used?.count ?? 0) > 1 && used?.first !== row,
        idFirstRow: used?.first ?? null,
      };
    },
  };
}
