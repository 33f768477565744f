/**
 * Numbered items with lettered parts: "3." over "a)" and "b)". The parts are the items (each with
 * its own update and status); the numbered line only names what they are about, and "a)" under
 * item 3 is reference "3 a)", not a second use of item 1's "a)".
 */
import type { SheetSnapshot } from '../snapshot';
import type { Body } from './body';
import { ACTION_COLUMNS, LABEL_COLUMNS, type LogicalColumn } from './columns';
import type { ColumnRef, TableRow } from './types';
import { cellAt } from './types';
import { cellText } from '../parse/text';

/** "a)", "(b)", "c.", "ii)", "(iv)": a part of the item above, lettered or in roman numerals. */
const PART = /^\s*\(?\s*(?:[a-z]|[ivx]{1,4})\s*[).]\s*$/i;

export function isPartReference(text: string): boolean {
  return PART.test(text);
}

/**
 * Each row's reference, a part's qualified by the numbered item it belongs to. Row kinds other
 * than items pass their reference on too: a numbered heading is the parent of the parts below.
 */
export function qualifiedReferences(rows: readonly TableRow[], idOf: (row: number) => string): Map<number, string> {
  const out = new Map<number, string>();
  let parent = '';
  for (const { row } of rows) {
    const id = idOf(row).trim();
    if (!id) continue;
    if (isPartReference(id) && parent) out.set(row, `${parent} ${id}`);
    else {
      parent = id;
      out.set(row, id);
    }
  }
  return out;
}

/**
 * "a)" under any numbered line; "1.1", "1a" or "1(a)" under "1" (or "1."); "5) a" under "5)";
 * "W1.1.1" under "W1.1" and "2.3.1" under "2.3": a reference one level deeper.
 */
function partOf(parent: string, child: string): boolean {
  if (isPartReference(child)) return true;
  const stem = parent.replace(/[.)]$/, '');
  if (!child.startsWith(stem)) return false;
  const rest = child.slice(stem.length);
  if (DOTTED_STEM.test(stem) && /^\.\d{1,3}\.?$/.test(rest)) return true;
  if (!/^\d{1,3}$/.test(stem)) return false;
  return /^\s*[.(]?\s*[a-z]\s*\)?$/i.test(rest) || /^\)\s*[a-z]$/i.test(rest);
}

/** "3", "2.3", "W1", "W1.1", "SP2.4": a reference, up to three letters before its numbers. */
const DOTTED_STEM = /^[a-z]{0,3}\d{1,3}(?:\.\d{1,3}){0,3}$/i;

/** Columns an item is checked on, every action column but those naming it: a heading row has none of them filled. */
const NAMING: readonly LogicalColumn[] = ['id', ...LABEL_COLUMNS];
const ITEM_CELLS = ACTION_COLUMNS.filter((c) => !NAMING.includes(c));

/**
 * A numbered line with nothing but its title, followed by lettered parts ("a)") or its own
 * decimals ("1.1" under "1"): a heading over them, reported among the rows read as headings
 * rather than checked as an item with no status.
 */
export function headNumberedParents(
  sheet: SheetSnapshot,
  body: Body,
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
): void {
  const id = columns.id?.column;
  if (id === undefined) return;
  const idOf = (row: number) => cellText(cellAt(sheet, row, id)).trim();
  const filled = (row: number) =>
    ITEM_CELLS.some((c) => {
      const ref = columns[c];
      return ref !== undefined && cellText(cellAt(sheet, row, ref.column)).trim() !== '';
    });
  const { rows } = body;
  const title = LABEL_COLUMNS.map((c) => columns[c]).find((r) => r !== undefined);
  const unfilledItem = (i: number, ref: string) =>
    rows[i].kind === 'item' && idOf(rows[i].row) === ref && !filled(rows[i].row);
  const asHeading = (k: number, ref: string) => {
    const here = rows[k];
    rows[k] = { row: here.row, kind: 'section' };
    const text = `${ref} ${title ? cellText(cellAt(sheet, here.row, title.column)).trim() : ''}`.trim();
    body.skipped.push({ row: here.row, reason: 'section heading', text: text.slice(0, 80) });
  };
  let parents = 0;
  for (let i = 0; i + 1 < rows.length; i++) {
    const ref = idOf(rows[i].row);
    if (!ref || isPartReference(ref) || !unfilledItem(i, ref)) continue;
    // ("1 | Children in need", "1 | Ensure that assessments …", "1.1 | …": a theme and its
    // objective, both numbered 1, over the objective's actions.)
    let j = i + 1;
    while (j < rows.length && unfilledItem(j, ref)) j++;
    if (j >= rows.length || rows[j].kind !== 'item' || !partOf(ref, idOf(rows[j].row))) continue;
    for (let k = i; k < j; k++) asHeading(k, ref);
    i = j - 1;
    parents += 1;
  }
  // ("2 | We will revise …" with nothing beside it, in a plan whose "1" heads "1a", "1b": a heading
  // too, its milestones printed elsewhere or cut off.)
  // (Not one followed by a numbered action of its own rank: "10 | Suggested that …" among "9" and
  // "11", each with who acts, is an action naming no one.)
  const whole = (ref: string) => /^\d{1,3}\.?$/.test(ref);
  for (let i = 0; parents > 0 && i < rows.length; i++) {
    const ref = idOf(rows[i].row);
    if (!whole(ref) || !unfilledItem(i, ref)) continue;
    const next = rows.slice(i + 1).find((r) => idOf(r.row) !== '');
    if (next && whole(idOf(next.row)) && filled(next.row)) continue;
    asHeading(i, ref);
  }
  body.skipped.sort((a, b) => a.row - b.row);
}

/** "a) A new borough wide standard …", "(ii) Funding …": an item's words opening with its part's letter. */
const LETTERED = /^\s*\(?\s*(?:[a-z]|[ivx]{1,4})\s*\)\s+\S/i;

/**
 * "That the Cabinet Member agrees to:" over "a) …", "b) …": the words all the lettered parts below
 * continue, with no date or status of its own. The parts are the items; the stem is a heading.
 */
export function headLetteredStems(
  sheet: SheetSnapshot,
  body: Body,
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
): void {
  const title = LABEL_COLUMNS.map((c) => columns[c]).find((r) => r !== undefined);
  if (title === undefined) return;
  const text = (row: number) => cellText(cellAt(sheet, row, title.column)).trim();
  const blank = (row: number, ref: ColumnRef | undefined) =>
    ref === undefined || cellText(cellAt(sheet, row, ref.column)).trim() === '';
  const { rows } = body;
  for (let i = 0; i + 1 < rows.length; i++) {
    const { row, kind } = rows[i];
    const next = rows[i + 1];
    if (kind !== 'item' || next.kind !== 'item' || !text(row).endsWith(':') || !LETTERED.test(text(next.row))) continue;
    if (!blank(row, columns.deadline) || !blank(row, columns.status)) continue;
    rows[i] = { row, kind: 'section' };
    body.skipped.push({ row, reason: 'section heading', text: text(row).slice(0, 80) });
  }
  body.skipped.sort((a, b) => a.row - b.row);
}

/** "• the number of board meetings …", "- minutes to be circulated": a bulleted part. */
const BULLETED = /^\s*[•◦▪●·*–-]\s*\S/;
/** Bulleted parts under a stem, each naming who leads it, before the stem is read as their heading. */
const MIN_BULLETS = 2;

/**
 * "Draw up a Code of Practice for the Board:" with no one named, over "• the number of board
 * meetings … | P Mitchell", "• produce proper minutes … | B Ammann": the bulleted parts are the
 * actions, each with its lead; the stem above them is their heading, not an action with no owner.
 */
export function headBulletedStems(
  sheet: SheetSnapshot,
  body: Body,
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
): void {
  const owner = columns.owner;
  const title = columns.action ?? columns.recommendation;
  if (owner === undefined || title === undefined) return;
  const text = (row: number, ref: ColumnRef) => cellText(cellAt(sheet, row, ref.column)).trim();
  const { rows } = body;
  for (let i = 0; i + MIN_BULLETS < rows.length; i++) {
    const { row, kind } = rows[i];
    if (kind !== 'item' || text(row, owner) !== '' || BULLETED.test(text(row, title))) continue;
    let j = i + 1;
    while (j < rows.length && rows[j].kind === 'item' && BULLETED.test(text(rows[j].row, title))) j++;
    const parts = rows.slice(i + 1, j);
    if (parts.length < MIN_BULLETS || !parts.some((p) => text(p.row, owner) !== '')) continue;
    rows[i] = { row, kind: 'section' };
    body.skipped.push({ row, reason: 'section heading', text: text(row, title).slice(0, 80) });
    i = j - 1;
  }
  body.skipped.sort((a, b) => a.row - b.row);
}
