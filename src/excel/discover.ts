/**
 * What a write needs to know besides the snapshot: which conditional formats are Concordat's,
 * which sheets are protected, and how wide the flags columns are. The loads are queued here and
 * travel in whatever request the caller sends next (normally the read's own), so finding them
 * out costs a request of its own only when a caller has a bare snapshot.
 */
import { HIGHLIGHT_MARKER } from '../core/flagplan';
import { RECORD_SHEET as STATE_SHEET } from '../core/owned-record';
import { LOG_SHEET, REPORT_SHEET } from '../core/snapshot';

const OWNED_SHEETS = [REPORT_SHEET, LOG_SHEET, STATE_SHEET];
import { ColumnRef, columnKey, ColumnWidths, queueColumnWidths } from './columnWidths';

export { columnKey, FLAGS_COLUMN_WIDTH } from './columnWidths';
export type { ColumnRef, ColumnWidths } from './columnWidths';

export interface Discovery {
  /** Proxies for every sheet, the undo-state sheet included when there is one. */
  worksheets: Map<string, Excel.Worksheet>;
  /** Concordat's own highlight rules, to delete. */
  highlightFormats: Excel.ConditionalFormat[];
  protectedSheets: Set<string>;
  workbookProtected: boolean;
  widths: ColumnWidths;
}

/** The loads queued for a Discovery; `resolve` reads them once the request has been sent. */
export interface PendingDiscovery {
  resolve(widths: ColumnWidths): Discovery;
}

export function queueDiscovery(
  context: Excel.RequestContext,
  worksheets: Map<string, Excel.Worksheet>,
): PendingDiscovery {
  const protections = new Map<string, Excel.WorksheetProtection>();
  const formats: Excel.ConditionalFormatCollection[] = [];
  for (const [name, sheet] of worksheets) {
    if (name === STATE_SHEET) continue;
    const protection = sheet.protection;
    protection.load('protected');
    protections.set(name, protection);
    if (OWNED_SHEETS.includes(name)) continue;
    const collection = sheet.getRange().conditionalFormats;
    collection.load('items/type,items/customOrNullObject/rule/formula');
    formats.push(collection);
  }
  const workbookProtection = context.workbook.protection;
  workbookProtection.load('protected');
  return {
    resolve: (widths) => ({
      worksheets,
      highlightFormats: formats.flatMap((collection) => collection.items.filter(isConcordatHighlight)),
      protectedSheets: new Set([...protections].filter(([, p]) => p.protected).map(([name]) => name)),
      workbookProtected: workbookProtection.protected,
      widths,
    }),
  };
}

/**
 * One request for a caller that has only a snapshot: the sheets it names (and the undo-state
 * sheet, which snapshots leave out), their protection, highlight rules and the given column widths.
 */
export async function discover(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  columns: readonly ColumnRef[],
): Promise<Discovery> {
  const worksheets = new Map(sheetNames.map((name) => [name, context.workbook.worksheets.getItem(name)]));
  const all = context.workbook.worksheets;
  all.load('items/name');
  const pending = queueDiscovery(context, worksheets);
  const widths = queueColumnWidths(worksheets, columns);
  await context.sync();
  const state = all.items.find((sheet) => sheet.name === STATE_SHEET);
  if (state) worksheets.set(STATE_SHEET, state);
  return pending.resolve(widths.resolve());
}

/** Reads the widths of any of `columns` the read did not measure: a request only when there are some. */
export async function completeWidths(
  context: Excel.RequestContext,
  discovery: Discovery,
  columns: readonly ColumnRef[],
): Promise<Discovery> {
  const missing = columns.filter((ref) => !discovery.widths.measured.has(columnKey(ref)));
  if (missing.length === 0) return discovery;
  const pending = queueColumnWidths(discovery.worksheets, missing);
  await context.sync();
  const extra = pending.resolve();
  return {
    ...discovery,
    widths: {
      measured: new Set([...discovery.widths.measured, ...extra.measured]),
      owned: new Set([...discovery.widths.owned, ...extra.owned]),
    },
  };
}

function isConcordatHighlight(format: Excel.ConditionalFormat): boolean {
  if (format.type !== 'Custom') return false;
  const custom = format.customOrNullObject;
  return !custom.isNullObject && custom.rule.formula.includes(HIGHLIGHT_MARKER);
}
