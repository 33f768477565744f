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
import { LABEL_COLUMNS, type LogicalColumn } from './tables/columns';
import type { Table } from './tables/types';

export interface FindingIdentity {
  /** 16 hex digits, the same in both hosts. */
  fingerprint: string;
  /** The row as a person names it ("R3", "Single management team", "row 12", "total row"), for reports. */
  where: string;
}

/** Longest label a `where` keeps: the fingerprint uses the whole label, reports a readable part. */
const WHERE_CHARS = 60;

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

/**
 * Names a table's rows, each when first asked for (a check names only rows with findings); the
 * sheet's n-th table (from 1) tells apart rows named by place.
 */
class RowNamer {
  readonly firstRow: number;
  readonly lastRow: number;
  /** By row, from the header row: the item's place among the items (from 1), or 0 for a row that is no item. */
  private readonly places: Int32Array;
  /** By place (from 1): the item's reference. */
  private readonly ids: string[] = [''];
  /** How many items use each reference (lower case). */
  private readonly uses = new Map<string, number>();
  /** By row, from the header row: its name once made (null for a row of the table that has none). */
  private readonly named: (RowName | null | undefined)[];

  constructor(
    private readonly table: Table,
    private readonly nth: number,
  ) {
    this.firstRow = table.headerRow;
    this.lastRow = table.rows.length > 0 ? table.rows[table.rows.length - 1].row : table.headerRow;
    const span = this.lastRow - this.firstRow + 1;
    this.places = new Int32Array(span);
    this.named = new Array<RowName | null | undefined>(span);
    this.named[0] = { key: `header@${nth}`, where: 'header row' };
    const ordinal = new Map<string, number>();
    const hasIds = table.columns.id !== undefined;
    for (const { row, kind } of table.rows) {
      if (kind === 'item') {
        const id = hasIds ? cellName(table, row, 'id') : '';
        this.places[row - this.firstRow] = this.ids.push(id) - 1;
        if (id) this.uses.set(id.toLowerCase(), (this.uses.get(id.toLowerCase()) ?? 0) + 1);
        continue;
      }
      const n = (ordinal.get(kind) ?? 0) + 1;
      ordinal.set(kind, n);
      const where = n === 1 ? `${kind} row` : `${kind} row ${n}`;
      this.named[row - this.firstRow] = { key: `${kind}@${nth}#${n}`, where };
    }
  }

  /** The row's name, or null for a row of the table that is none of its items, totals or header. */
  name(row: number): RowName | null {
    const at = row - this.firstRow;
    const made = this.named[at];
    if (made !== undefined) return made;
    const place = this.places[at];
    let name: RowName | null = null;
    if (place > 0) {
      const id = this.ids[place];
      const shared = id !== '' && (this.uses.get(id.toLowerCase()) ?? 0) > 1;
      const text = shared ? `${id} ${label(this.table, row)}`.trim() : id || label(this.table, row);
      name = text
        ? { key: `item:${text.toLowerCase()}`, where: clip(text) }
        : { key: `item@${this.nth}#${place}`, where: `row ${row}` };
    }
    this.named[at] = name;
    return name;
  }
}

/**
 * A 64-bit hash of some texts, as 16 hex digits: two 32-bit multiply-xor streams (cyrb53's
 * mixing), each text followed by a separator no text holds, so ["ab", "c"] and ["a", "bc"] differ.
 * Not for secrecy, only to keep the record small: at 100,000 findings the chance of two sharing
 * one is under one in a billion.
 */
function hash64(parts: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ 0xffff, 2654435761);
    h2 = Math.imul(h2 ^ 0xffff, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Each finding's identity, in the findings' order; two findings alike in every part are told apart by their order. */
export function identifyFindings(findings: readonly Finding[], tables: readonly Table[]): FindingIdentity[] {
  const bySheet = new Map<string, RowNamer[]>();
  for (const table of tables) {
    const namers = bySheet.get(table.sheet.name) ?? [];
    namers.push(new RowNamer(table, namers.length + 1));
    bySheet.set(table.sheet.name, namers);
  }
  // Findings come sheet by sheet: the sheet's tables are looked up once a sheet.
  let sheetNamers: RowNamer[] = [];
  let sheetName: string | undefined;
  const rowName = (sheet: string, row: number): RowName => {
    if (sheet !== sheetName) {
      sheetName = sheet;
      sheetNamers = bySheet.get(sheet) ?? [];
    }
    for (const namer of sheetNamers) {
      if (row < namer.firstRow || row > namer.lastRow) continue;
      const name = namer.name(row);
      if (name) return name;
    }
    return { key: `row:${row}`, where: `row ${row}` };
  };
  // Findings alike in every part, by their fingerprint: the second is hashed again with its number.
  const seen = new Map<string, number>();
  const columns = new Map<string, string>();
  return findings.map((f) => {
    const name = rowName(f.sheet, f.row);
    let column = columns.get(f.header);
    if (column === undefined) columns.set(f.header, (column = normal(f.header).toLowerCase()));
    const parts = [f.ruleId, f.sheet, name.key, column || `column ${columnLetters(f.column)}`];
    const first = hash64(parts);
    const n = (seen.get(first) ?? 0) + 1;
    seen.set(first, n);
    return { fingerprint: n === 1 ? first : hash64([...parts, String(n)]), where: name.where };
  });
}
