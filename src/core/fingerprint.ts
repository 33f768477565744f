/**
 * A finding's fingerprint: its identity from one check of a workbook to the next, so a later check
 * can say what is new, what was resolved and what is still open. It is made of the rule, the
 * sheet, the row as a person names it and the column by its header, never of cell addresses, so
 * rows and columns inserted or deleted elsewhere do not change it.
 *
 * A row is named by its reference (the id column) when the table has one and it is unique; by its
 * label (the recommendation or action, or the service and year) when the reference is missing or
 * shared; else by its place in the table. Totals rows are named by their kind and order, findings
 * on the header row by the header.
 */
import type { Finding } from './findings';
import { logicalCell } from './facts/context';
import { cellText } from './parse/text';
import { columnLetters } from './snapshot';
import type { LogicalColumn } from './tables/columns';
import type { Table } from './tables/types';

export interface FindingIdentity {
  /** 16 hex digits, the same in both hosts. */
  fingerprint: string;
  /** The row as a person names it ("R3", "Single management team", "row 12", "total row"), for reports. */
  where: string;
}

/** Longest label a `where` keeps: the fingerprint uses the whole label, reports a readable part. */
const WHERE_CHARS = 60;
/** Columns that label an item, in order of preference, after its reference. */
const LABEL_COLUMNS: readonly LogicalColumn[] = ['recommendation', 'action', 'service'];

interface RowName {
  key: string;
  where: string;
}

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim();
const clip = (text: string): string => (text.length > WHERE_CHARS ? `${text.slice(0, WHERE_CHARS - 1)}…` : text);

function cellName(table: Table, row: number, column: LogicalColumn): string {
  return normal(cellText(logicalCell(table, row, column)));
}

/** An item's label: the first label column with text, and its year on a tracker of several years. */
function label(table: Table, row: number): string {
  for (const column of LABEL_COLUMNS) {
    const text = cellName(table, row, column);
    if (text) {
      const year = column === 'service' ? cellName(table, row, 'year') : '';
      return year ? `${text} (${year})` : text;
    }
  }
  return '';
}

/** Every row of a table by its name; the sheet's n-th table (from 1) tells apart rows named by place. */
function rowNames(table: Table, nth: number): Map<number, RowName> {
  const names = new Map<number, RowName>([[table.headerRow, { key: `header@${nth}`, where: 'header row' }]]);
  const items = table.rows.filter((r) => r.kind === 'item');
  const ids = items.map((r) => cellName(table, r.row, 'id'));
  const uses = new Map<string, number>();
  for (const id of ids) if (id) uses.set(id.toLowerCase(), (uses.get(id.toLowerCase()) ?? 0) + 1);
  items.forEach(({ row }, i) => {
    const id = ids[i];
    const text = id && (uses.get(id.toLowerCase()) ?? 0) > 1 ? `${id} ${label(table, row)}`.trim() : id;
    const named = text || label(table, row);
    names.set(
      row,
      named
        ? { key: `item:${named.toLowerCase()}`, where: clip(named) }
        : { key: `item@${nth}#${i + 1}`, where: `row ${row}` },
    );
  });
  const ordinal = new Map<string, number>();
  for (const { row, kind } of table.rows) {
    if (kind === 'item') continue;
    const n = (ordinal.get(kind) ?? 0) + 1;
    ordinal.set(kind, n);
    names.set(row, { key: `${kind}@${nth}#${n}`, where: n === 1 ? `${kind} row` : `${kind} row ${n}` });
  }
  return names;
}

/**
 * A 64-bit hash of a string, as 16 hex digits: two 32-bit multiply-xor streams (cyrb53's mixing).
 * Not for secrecy, only to keep the record small: at 100,000 findings the chance of two sharing
 * one is under one in a billion.
 */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Each finding's identity, in the findings' order; two findings alike in every part are told apart by their order. */
export function identifyFindings(findings: readonly Finding[], tables: readonly Table[]): FindingIdentity[] {
  const bySheet = new Map<string, Map<number, RowName>>();
  const tablesOnSheet = new Map<string, number>();
  for (const table of tables) {
    const sheet = table.sheet.name;
    const nth = (tablesOnSheet.get(sheet) ?? 0) + 1;
    tablesOnSheet.set(sheet, nth);
    const rows = bySheet.get(sheet) ?? new Map<number, RowName>();
    for (const [row, name] of rowNames(table, nth)) if (!rows.has(row)) rows.set(row, name);
    bySheet.set(sheet, rows);
  }
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const name = bySheet.get(f.sheet)?.get(f.row) ?? { key: `row:${f.row}`, where: `row ${f.row}` };
    const column = normal(f.header).toLowerCase() || `column ${columnLetters(f.column)}`;
    const key = JSON.stringify([f.ruleId, f.sheet, name.key, column]);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { fingerprint: hash64(n === 1 ? key : `${key}#${n}`), where: name.where };
  });
}
