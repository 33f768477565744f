/**
 * Budget reports that give each service several lines ("Gross Expenditure", "Gross Income" and a
 * net line under them) say in one column what kind of line each is. Those words are line types,
 * not subtotals, and a total further down adds up the lines of its own type ("Directorate
 * Expenditure Total" the expenditure lines).
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableRow } from './types';
import { isTotalLabel, textAt } from './layout';

/** A kind of line in a budget: what is spent, what comes in, or the two netted. */
const LINE_TYPE = /^\s*(?:(?:total|gross|net)\s+)?(?:expenditure|income|spend(?:ing)?|costs?|receipts?|funding)\s*$/i;

/** At least this many lines carry a type, each type on two lines or more. */
const MIN_TYPED_LINES = 4;

/**
 * The column, right of the label column, in which the table's item and subtotal rows name their
 * line's type from a few repeated words ("Gross Expenditure", "Gross Income"); null if none does.
 */
function lineTypeColumn(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  firstColumn: number,
  lastColumn: number,
): number | null {
  for (let c = firstColumn + 1; c <= lastColumn; c++) {
    const counts = new Map<string, number>();
    let typed = 0;
    let other = false;
    for (const r of rows) {
      if (r.kind !== 'item' && r.kind !== 'subtotal') continue;
      const t = textAt(sheet, r.row, c);
      if (!t) continue;
      if (!LINE_TYPE.test(t)) {
        other = true;
        break;
      }
      typed += 1;
      const key = t.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (other || typed < MIN_TYPED_LINES || counts.size < 2) continue;
    if ([...counts.values()].every((n) => n >= 2)) return c;
  }
  return null;
}

/**
 * Finds the column typing the table's lines, and makes the rows read as subtotals for its words
 * alone ("Gross Income" on a service's second line) lines again: only a total's own words make one.
 * Returns the column, or null where no column types the lines.
 */
export function typeLines(
  sheet: SheetSnapshot,
  rows: TableRow[],
  firstColumn: number,
  lastColumn: number,
): number | null {
  const column = lineTypeColumn(sheet, rows, firstColumn, lastColumn);
  if (column === null) return null;
  for (const r of rows) {
    if (r.kind !== 'subtotal') continue;
    const others: string[] = [];
    for (let c = firstColumn; c <= lastColumn && others.length < 3; c++) {
      const text = c === column ? '' : textAt(sheet, r.row, c);
      if (text) others.push(text);
    }
    if (!others.some(isTotalLabel)) r.kind = 'item';
  }
  return column;
}

/** The type of the line on `row`: its words in the type column, or '' for a line that names none (the net line). */
export function lineTypeOf(sheet: SheetSnapshot, row: number, column: number): string {
  return typeKey(textAt(sheet, row, column));
}

/** The word that tells the types apart: "Gross Expenditure" → "expenditure"; "Net Expenditure", the net line, none. */
function typeKey(text: string): string {
  if (/^\s*net\b/i.test(text)) return '';
  return text
    .toLowerCase()
    .replace(/\b(?:total|gross|net)\b/g, ' ')
    .trim();
}

/** The line type a total's label names ("Directorate Income Total" → "income"), or '' for a net total. */
export function typeNamedBy(label: string, types: Iterable<string>): string | null {
  const words = label.toLowerCase();
  for (const t of types) if (t && new RegExp(`\\b${t}\\b`).test(words)) return t;
  return /\bnet\b/.test(words) ? '' : null;
}
