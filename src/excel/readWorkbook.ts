/**
 * Reads the workbook for a check: the snapshot the core needs and, in the same requests, what a
 * write will need (discover.ts). Two requests for a workbook that fits in one: sheet names and
 * date system; then every sheet's used range with its values, number formats and value types,
 * together with protection, Concordat's old highlight rules and column widths.
 *
 * Sizes are not known before that second request, so it is optimistic. When Excel refuses it
 * (Excel on the web rejects a response over 5 MB) or the caller already knows the workbook is too
 * big, the workbook is read size-first instead: one request for the used-range sizes (with the
 * write's facts, column widths included), then row blocks under the request budget (readBlocks.ts).
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import { RECORD_SHEET as STATE_SHEET } from '../core/owned-record';
import { LOG_SHEET, REPORT_SHEET } from '../core/snapshot';
import { findExistingOutput } from './existingOutput';
import { detectCapabilities, ExcelCapabilities } from './capabilities';
import { emptyWidths, queueUsedColumnWidths } from './columnWidths';
import { Discovery, queueDiscovery } from './discover';
import { toExcelWriteError } from './errors';
import { emptySheet, rangeBytes, readBlocks, ROW_COST_MARGIN, SheetRows, storeRows, toSheet } from './readBlocks';
import { READ_LIMITS, ReadLimits, SheetExtent } from './readPlan';

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Everything applyFlagPlan and clearConcordat need to know, read in the same requests. */
  discovery: Discovery;
  /** Bytes of JSON the cells came to: what reading them in one request costs (for `expectedBytes`). */
  bytes: number;
}

export interface ReadOptions {
  limits?: ReadLimits;
  capabilities?: ExcelCapabilities;
  /** `bytes` of the last read of this workbook: over one request's budget, the read goes size-first at once. */
  expectedBytes?: number;
}

/** The sheet list from the first request, and which sheets have cells worth reading. */
interface SheetList {
  worksheets: Map<string, Excel.Worksheet>;
  /** Sheets in tab order, minus the undo-state sheet (which, as in the CLI, is no part of a snapshot). */
  listed: { name: string; sheet: Excel.Worksheet }[];
  date1904: boolean;
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const limits = options.limits ?? READ_LIMITS;
  const capabilities = options.capabilities ?? detectCapabilities();
  try {
    const list = await readSheetList(context);
    const knownTooBig = (options.expectedBytes ?? 0) > limits.maxBytesPerRequest;
    const whole = knownTooBig ? undefined : await tryWholeRead(context, list, capabilities);
    return whole ?? (await readSizeFirst(context, list, { ...options, limits, capabilities }));
  } catch (error) {
    throw toExcelWriteError(error, 'read the workbook');
  }
}

async function readSheetList(context: Excel.RequestContext): Promise<SheetList> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  // DATE(1904,1,1) is serial 0 only under the 1904 date system: Office.js has no released
  // property for the date system, but every host evaluates worksheet functions (ExcelApi 1.2).
  const dateProbe = context.workbook.functions.date(1904, 1, 1);
  dateProbe.load('value');
  await context.sync();
  const all = worksheets.items.map((sheet) => ({ name: sheet.name, sheet }));
  return {
    worksheets: new Map(all.map(({ name, sheet }) => [name, sheet])),
    listed: all.filter(({ name }) => name !== STATE_SHEET),
    date1904: dateProbe.value === 0,
  };
}

/**
 * Concordat's report is not read: only whether it exists matters, and it can be the biggest sheet
 * in the workbook (one row per finding).
 */
function hasCellsToRead(name: string): boolean {
  return name !== REPORT_SHEET;
}

/** Each listed sheet's used range, with `load` queuing what to read of it (none for the report sheet); no sync. */
function queueUsedRanges(list: SheetList, load: (range: Excel.Range) => void): (Excel.Range | undefined)[] {
  return list.listed.map(({ name, sheet }) => {
    if (!hasCellsToRead(name)) return undefined;
    const range = sheet.getUsedRangeOrNullObject(true);
    load(range);
    return range;
  });
}

/** Queues what applyFlagPlan and clearConcordat need (no sync); the result reads it once synced. */
function queueWriteFacts(
  context: Excel.RequestContext,
  list: SheetList,
  capabilities: ExcelCapabilities,
): () => Discovery {
  const pending = queueDiscovery(context, list.worksheets);
  const widths = capabilities.columnProperties ? queueUsedColumnWidths(list.worksheets) : undefined;
  return () => pending.resolve(widths ? widths.resolve() : emptyWidths());
}

/** Everything in one request; undefined when Excel refused it, so the caller reads size-first. */
async function tryWholeRead(
  context: Excel.RequestContext,
  list: SheetList,
  capabilities: ExcelCapabilities,
): Promise<WorkbookRead | undefined> {
  const used = queueUsedRanges(list, (range) =>
    range.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,valueTypes'),
  );
  const writeFacts = queueWriteFacts(context, list, capabilities);
  try {
    await context.sync();
  } catch {
    // Not every host names an oversized read the same way, so any failure here is retried the
    // careful way; a problem that is not about size fails again there and is reported.
    return undefined;
  }
  let bytes = 0;
  const sheets = list.listed.map(({ name }, index) => {
    const range = used[index];
    if (!range || range.isNullObject) return emptySheet(name);
    const rows: SheetRows = { values: [], formats: [] };
    storeRows(rows, 0, range);
    bytes += rangeBytes(range);
    return toSheet(name, rows, extentOf(range, index));
  });
  return { snapshot: withOwned({ sheets, date1904: list.date1904 }), discovery: writeFacts(), bytes };
}

/** Sizes first (with the write's facts), then the cells in row blocks under the budget. */
async function readSizeFirst(
  context: Excel.RequestContext,
  list: SheetList,
  { limits, capabilities, expectedBytes }: Required<Omit<ReadOptions, 'expectedBytes'>> & ReadOptions,
): Promise<WorkbookRead> {
  const used = queueUsedRanges(list, (range) => range.load('rowIndex,columnIndex,rowCount,columnCount'));
  // Widths are one entry per used column whatever the row count, so the size request stays small
  // and the write needs no request of its own to find the flags columns' widths.
  const writeFacts = queueWriteFacts(context, list, capabilities);
  await context.sync();

  const extents: SheetExtent[] = [];
  used.forEach((range, index) => {
    if (range && !range.isNullObject) extents.push(extentOf(range, index));
  });
  const sheets = list.listed.map(({ sheet }) => sheet);
  const { rows, bytes } = await readBlocks(context, sheets, extents, withExpectedCost(limits, extents, expectedBytes));
  const snapshotSheets = list.listed.map(({ name }, index) =>
    toSheet(
      name,
      rows[index],
      extents.find((extent) => extent.sheetIndex === index),
    ),
  );
  return { snapshot: withOwned({ sheets: snapshotSheets, date1904: list.date1904 }), discovery: writeFacts(), bytes };
}

/**
 * What the last read of this workbook came to a cell, in place of the cautious guess, so that the
 * first block request is as full as the later ones.
 */
function withExpectedCost(limits: ReadLimits, extents: readonly SheetExtent[], expectedBytes?: number): ReadLimits {
  const cells = extents.reduce((sum, extent) => sum + extent.rowCount * extent.columnCount, 0);
  if (expectedBytes === undefined || !Number.isFinite(expectedBytes) || expectedBytes <= 0 || cells === 0)
    return limits;
  return { ...limits, bytesPerCell: (expectedBytes / cells) * ROW_COST_MARGIN };
}

/** Concordat's earlier output, found as existingOutput.ts finds it, left out of what the core checks. */
function withOwned(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const existing = findExistingOutput(snapshot);
  const sheets = [...(existing.hasReportSheet ? [REPORT_SHEET] : []), ...(existing.hasLogSheet ? [LOG_SHEET] : [])];
  return { ...snapshot, owned: { sheets, flagColumns: existing.flagColumns } };
}

function extentOf(range: Excel.Range, sheetIndex: number): SheetExtent {
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  return { sheetIndex, rowIndex, columnIndex, rowCount, columnCount };
}
