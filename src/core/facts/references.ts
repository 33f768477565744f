/** References used more than once in a table: counted in one pass, so `id.duplicate` costs no more per row. */
import type { Table } from '../tables/types';
import { carriedFrom } from '../tables/merges';
import { logicalCell } from './context';
import { cellText } from '../parse/text';
import { qualifiedReferences } from '../tables/sub-items';

/** How many item rows use one reference, and the first of them. */
interface IdUse {
  first: number;
  count: number;
}

/**
 * The id facts of a row, each asked for on its own so a row's facts are written in one object
 * literal: `idText = idOf(row)`, `useOf(idText)`, then `isRepeat(row, use)` and `use.first`.
 */
export interface References {
  /** The row's reference as written; a part's qualified by its item ("3 a)"). */
  idOf(row: number): string;
  /** The rows using a reference; undefined for none, or for no reference at all. */
  useOf(id: string): Readonly<IdUse> | undefined;
  /** Whether the row uses a reference an earlier row used (rows under one merged reference are its parts). */
  isRepeat(row: number, use: Readonly<IdUse> | undefined): boolean;
}

export function references(table: Table): References {
  // Each reference's first row and how many rows use it, kept together: one look-up a row.
  const uses = new Map<string, IdUse>();
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
    idOf,
    useOf: (id) => (id ? uses.get(id.toLowerCase()) : undefined),
    isRepeat: (row, use) => use !== undefined && use.count > 1 && use.first !== row && !merged(row),
  };
}
