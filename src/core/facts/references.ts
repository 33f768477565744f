/** References used more than once in a table: counted in one pass, so `id.duplicate` costs no more per row. */
import type { Table } from '../tables/types';
import { carriedFrom } from '../tables/merges';
import { logicalCell } from './context';
import { cellText } from '../parse/text';
import { qualifiedReferences } from '../tables/sub-items';
import { inSlippedPair } from '../tables/numbering';

/** "All", "Various", "n/a" where the reference goes: no one item named, so no reference to repeat. */
const NO_REFERENCE = /^(?:all|various|general|n\/?a|none|[-–—])\.?$/i;

/** "01/17/01", "12/21", "18/691", "4.2": a reference in parts, a minute's own number. */
const COMPOUND_REFERENCE = /\d\s*[/.-]\s*\d/;

/** How many item rows use one reference, and the first of them. */
interface IdUse {
  first: number;
  count: number;
}

/**
 * The id facts of a row, each asked for on its own so a row's facts are written in one object
 * literal: `idText = idOf(row)`, `useOf(row)`, then `isRepeat(row, use)` and `use.first`.
 */
export interface References {
  /** The row's reference as written; a part's qualified by its item ("3 a)"). */
  idOf(row: number): string;
  /** The rows using the row's reference (under its heading, where references restart under each); undefined for none. */
  useOf(row: number): Readonly<IdUse> | undefined;
  /** Whether the row uses a reference an earlier row used (rows under one merged reference are its parts). */
  isRepeat(row: number, use: Readonly<IdUse> | undefined): boolean;
  /** The records that use a reference an earlier row used, with that row. */
  repeatedRecords(): { row: number; first: number }[];
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
  // Each item's reference, and each record's, and the section (the headings above it) it stands in.
  const keyed: { row: number; key: string; section: number }[] = [];
  const lines = [...table.rows, ...(table.recordRows ?? []).map((row) => ({ row, kind: 'record' as const }))].sort(
    (a, b) => a.row - b.row,
  );
  let section = 0;
  const found: { row: number; key: string; section: number; record: boolean }[] = [];
  for (const { row, kind } of lines) {
    if (kind === 'section') section += 1;
    if ((kind !== 'item' && kind !== 'record') || merged(row)) continue;
    const key = idOf(row).toLowerCase();
    if (key && !NO_REFERENCE.test(key)) found.push({ row, key, section, record: kind === 'record' });
  }
  // (A record's bare number, "6", may be a sub-item's, numbered again under the next minute, or a
  // minute an action list cites again: it counts where it is a minute's own number in parts,
  // "01/17/01", or where the numbering then skips the one it should have been: 20, 21, 21, 23, or
  // "j.", "j.", "l.", or where the list ends on the repeat after counting up to it: 4, 5, 5.)
  const keys = found.map((f) => f.key);
  const sections = found.map((f) => f.section);
  found.forEach((f, i) => {
    if (!f.record || COMPOUND_REFERENCE.test(f.key) || inSlippedPair(keys, i, sections)) keyed.push(f);
  });
  // Where the references restart under each heading, each is told apart by its heading.
  const scoped = restartsBySection(keyed);
  const scopeOf = new Map(keyed.map((k) => [k.row, scoped ? `${k.section}\u0000${k.key}` : k.key]));
  for (const [row, scope] of scopeOf) {
    const used = uses.get(scope);
    if (used) used.count += 1;
    else uses.set(scope, { first: row, count: 1 });
  }
  return {
    idOf,
    useOf: (row) => {
      const scope = scopeOf.get(row);
      return scope === undefined ? undefined : uses.get(scope);
    },
    isRepeat: (row, use) => use !== undefined && use.count > 1 && use.first !== row && !merged(row),
    repeatedRecords: () =>
      (table.recordRows ?? []).flatMap((row) => {
        const scope = scopeOf.get(row);
        const use = scope === undefined ? undefined : uses.get(scope);
        return use && use.count > 1 && use.first !== row && !merged(row) ? [{ row, first: use.first }] : [];
      }),
  };
}

/** Fewest references that must come again under later headings for the numbering to have restarted. */
const RESTARTED = 2;

/**
 * Whether the references start again under each heading ("AP1", "AP2" under each meeting's date):
 * several come again under later ones, more than come twice under one heading (a slip there, "4."
 * twice under "CHURCH HALL", leaves the numbering restarted). (One reference again under a later
 * heading, in a plan numbered straight through, is a slip, not a restart.)
 */
function restartsBySection(keyed: readonly { key: string; section: number }[]): boolean {
  const seen = new Map<string, Set<number>>();
  let within = 0;
  for (const { key, section } of keyed) {
    const sections = seen.get(key) ?? new Set<number>();
    if (sections.has(section)) within += 1;
    sections.add(section);
    seen.set(key, sections);
  }
  const across = [...seen.values()].filter((sections) => sections.size > 1).length;
  return across >= RESTARTED && within < across;
}
