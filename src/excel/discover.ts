/**
 * What a write needs to know besides the snapshot: which conditional formats are Concordat's,
 * which sheets are protected, and how wide the flags columns are. The loads are queued here and
 * travel in whatever request the caller sends next (normally the read's own), so finding them
 * out costs a request of its own only when a caller has a bare snapshot.
 */
import { HIGHLIGHT_MARKER } from '../core/output/styles';
import { ColumnRef, columnKey, ColumnWidths, queueColumnWidths } from './column-widths';
import type { ExistingOutput } from './existing-output';

export { columnKey, FLAGS_COLUMN_POINTS } from './column-widths';
export type { ColumnRef } from './column-widths';

export interface Discovery {
  /** Proxies for every sheet, hidden ones (the record's) included. */
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
    const protection = sheet.protection;
    protection.load('protected');
    protections.set(name, protection);
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
 * One request for a caller that has only a snapshot: the sheets it names (and the record's, which
 * snapshots leave out), their protection, highlight rules and the given column widths.
 */
export async function discover(
  context: Excel.RequestContext,
  existing: ExistingOutput,
  columns: readonly ColumnRef[],
): Promise<Discovery> {
  const names = [...existing.sheetNames, ...(existing.recordSheet ? [existing.recordSheet] : [])];
  const worksheets = new Map(names.map((name) => [name, context.workbook.worksheets.getItem(name)]));
  const all = context.workbook.worksheets;
  all.load('items/name');
  const pending = queueDiscovery(context, worksheets);
  const widths = queueColumnWidths(worksheets, columns);
  await context.sync();
  const discovery = pending.resolve(widths.resolve());
  // Every name in the workbook, so the names Concordat picks for new sheets are free.
  for (const sheet of all.items) if (!worksheets.has(sheet.name)) worksheets.set(sheet.name, sheet);
  return discovery;
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
      points: new Map([...discovery.widths.points, ...extra.points]),
    },
  };
}

function isConcordatHighlight(format: Excel.ConditionalFormat): boolean {
  if (format.type !== 'Custom') return false;
  const custom = format.customOrNullObject;
  return !custom.isNullObject && custom.rule.formula.includes(HIGHLIGHT_MARKER);
}
