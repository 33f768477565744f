/**
 * Tables whose items are not one row each: an item's fields stand on lines of their own (a forward
 * plan printed as records, minutes with an "Action SH" line under each paragraph). Each item is
 * known by its first line, and each of its fields by the line it stands on; the checks read the
 * fields there and put their findings there.
 */
import type { SheetSnapshot } from '../snapshot';
import { a1, columnLetters } from '../snapshot';
import type { ColumnReading, TableReading } from '../reading';
import type { LogicalColumn } from './columns';
import type { ColumnRef, Table } from './types';

export interface LineItems {
  /** The row above the first item (its header, if it has one). */
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  lastRow: number;
  columns: Partial<Record<LogicalColumn, ColumnRef>>;
  /** Each item's first line, with the line of each field it has. */
  items: ReadonlyMap<number, ReadonlyMap<LogicalColumn, number>>;
  kindReason: string;
  columnReadings: ColumnReading[];
  skippedRows: TableReading['skippedRows'];
  fieldTexts?: Table['fieldTexts'];
  /** Rows that are records, not items, whose references still count ("12/21" twice). */
  recordRows?: readonly number[];
}

/** The items as an action plan, and how it was read. */
export function lineItemsTable(sheet: SheetSnapshot, spec: LineItems): { table: Table; reading: TableReading } {
  const top = Math.max(spec.headerRow, sheet.originRow);
  const table: Table = {
    sheet,
    kind: 'action-plan',
    headerRow: spec.headerRow,
    firstHeaderRow: spec.headerRow,
    firstColumn: spec.firstColumn,
    lastColumn: spec.lastColumn,
    columns: spec.columns,
    partners: [],
    splitPartners: [],
    moneyScale: new Map(),
    rows: [...spec.items.keys()].map((row) => ({ row, kind: 'item' as const })),
    partnerRows: false,
    contextYear: null,
    recordFields: spec.items,
    ...(spec.fieldTexts ? { fieldTexts: spec.fieldTexts } : {}),
    ...(spec.recordRows?.length ? { recordRows: spec.recordRows } : {}),
  };
  const reading: TableReading = {
    sheet: sheet.name,
    range: `${a1(top, spec.firstColumn)}:${a1(spec.lastRow, spec.lastColumn)}`,
    headerRows: [top, top],
    kind: 'action-plan',
    kindReason: spec.kindReason,
    columns: spec.columnReadings,
    partners: [],
    partnerLayout: 'none',
    contextYear: null,
    itemRows: spec.items.size,
    totalsRows: [],
    subtotalRows: [],
    skippedRows: spec.skippedRows,
  };
  return { table, reading };
}

/** How one column was read, for `explain`. */
export function columnNote(column: number, header: string, meaning: string, evidence: string): ColumnReading {
  return { column, letter: columnLetters(column), header, meaning, confidence: 1, evidence };
}

/**
 * Lines read for one column of sums their own words state something of (an award's yearly parts,
 * an allowance's share of another), as a table of figures: each line an item, its sum the amount.
 */
export function statedSumsTable(
  sheet: SheetSnapshot,
  spec: { rows: readonly number[]; column: number; lastColumn: number; kindReason: string; evidence: string },
): { table: Table; reading: TableReading } {
  const { rows, column } = spec;
  const found = lineItemsTable(sheet, {
    headerRow: rows[0] - 1,
    firstColumn: sheet.originCol,
    lastColumn: spec.lastColumn,
    lastRow: rows[rows.length - 1],
    columns: { amount: { column, header: '' } },
    items: new Map(rows.map((r) => [r, new Map<LogicalColumn, number>([['amount', r]])])),
    kindReason: spec.kindReason,
    columnReadings: [columnNote(column, '', 'amount', spec.evidence)],
    skippedRows: [],
  });
  return { table: { ...found.table, kind: 'figures' }, reading: { ...found.reading, kind: 'figures' } };
}
