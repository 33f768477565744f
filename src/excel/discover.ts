/**
 * The one read a write needs besides the snapshot: which conditional formats are Concordat's,
 * which sheets are protected, and how wide the flags columns are. All in a single request.
 */
import { HIGHLIGHT_MARKER } from '../core/flagplan';
import { LOG_SHEET, REPORT_SHEET } from '../core/snapshot';
import type { ExistingOutput } from './existingOutput';

/** Width Concordat gives a flags column, in points (about 48 characters of Calibri 11). */
export const FLAGS_COLUMN_WIDTH = 260;

export interface ColumnRef {
  sheet: string;
  /** 1-based column. */
  column: number;
}

export interface Discovery {
  worksheets: Map<string, Excel.Worksheet>;
  /** Concordat's own highlight rules, to delete. */
  highlightFormats: Excel.ConditionalFormat[];
  protectedSheets: Set<string>;
  workbookProtected: boolean;
  /** Columns Concordat may size: standard width now, or already at Concordat's width. */
  ownedWidths: Set<string>;
}

export function columnKey(ref: ColumnRef): string {
  return `${ref.sheet}\u0000${ref.column}`;
}

function looksLikeOurWidth(width: number): boolean {
  // Excel rounds widths to whole pixels, so a width we set reads back slightly different.
  return Math.abs(width - FLAGS_COLUMN_WIDTH) < 2;
}

export async function discover(
  context: Excel.RequestContext,
  existing: ExistingOutput,
  planColumns: readonly ColumnRef[],
): Promise<Discovery> {
  const worksheets = new Map<string, Excel.Worksheet>();
  const protections = new Map<string, Excel.WorksheetProtection>();
  const formats: Excel.ConditionalFormatCollection[] = [];
  for (const name of existing.sheetNames) {
    const sheet = context.workbook.worksheets.getItem(name);
    worksheets.set(name, sheet);
    // `protection` and `conditionalFormats` are navigation properties (proxies), not values to load.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const protection = sheet.protection;
    protection.load('protected');
    protections.set(name, protection);
    if (name === REPORT_SHEET || name === LOG_SHEET) continue;
    // eslint-disable-next-line office-addins/load-object-before-read
    const collection = sheet.getRange().conditionalFormats;
    collection.load('items/type,items/customOrNullObject/rule/formula');
    formats.push(collection);
  }
  const workbookProtection = context.workbook.protection;
  workbookProtection.load('protected');
  const columns = [...planColumns, ...existing.flagColumns].flatMap((ref) => {
    const sheet = worksheets.get(ref.sheet);
    if (!sheet) return [];
    const format = sheet.getRangeByIndexes(0, ref.column - 1, 1, 1).format;
    format.load('useStandardWidth,columnWidth');
    return [{ ref, format }];
  });
  await context.sync();

  const ownedWidths = new Set<string>();
  for (const { ref, format } of columns) {
    if (format.useStandardWidth || looksLikeOurWidth(format.columnWidth)) ownedWidths.add(columnKey(ref));
  }
  return {
    worksheets,
    highlightFormats: formats.flatMap((collection) => collection.items.filter(isConcordatHighlight)),
    protectedSheets: new Set([...protections].filter(([, p]) => p.protected).map(([name]) => name)),
    workbookProtected: workbookProtection.protected,
    ownedWidths,
  };
}

function isConcordatHighlight(format: Excel.ConditionalFormat): boolean {
  if (format.type !== 'Custom') return false;
  const custom = format.customOrNullObject;
  return !custom.isNullObject && custom.rule.formula.includes(HIGHLIGHT_MARKER);
}
