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
import { REPORT_HEADERS } from '../core/output/sheets';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { REPORT_SHEET } from '../core/snapshot';
import { OwnedInWorkbook, takeRecord } from './record';
import { detectCapabilities, ExcelCapabilities } from './capabilities';
import { emptyWidths, queueUsedColumnWidths } from './column-widths';
import { Discovery, queueDiscovery } from './discover';
import { toExcelWriteError } from './errors';
import { emptySheet, rangeBytes, readBlocks, ROW_COST_MARGIN, SheetRows, storeRows, toSheet } from './read-blocks';
import { queueMergedAreas } from './merged-areas';
import { READ_LIMITS, ReadLimits, SheetExtent } from './read-plan';

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Everything applyFlagPlan and clearConcordat need to know, read in the same requests. */
  discovery: Discovery;
  /** What Concordat's record says is its own. */
  owned: OwnedInWorkbook;
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
  /** Sheets in tab order, hidden ones too (the record is among them; takeRecord takes it out). */
  listed: { name: string; sheet: Excel.Worksheet }[];
  hidden: Set<string>;
  date1904: boolean;
}

/** What the last read of each snapshot found Concordat's, for a write given only the snapshot. */
const ownedBySnapshot = new WeakMap<WorkbookSnapshot, OwnedInWorkbook>();

/** What Concordat's record says is its own in the workbook this snapshot was read from. */
export function ownedOf(snapshot: WorkbookSnapshot): OwnedInWorkbook {
  return ownedBySnapshot.get(snapshot) ?? { columns: [] };
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
  worksheets.load('items/name,items/visibility');
  // DATE(1904,1,1) is serial 0 only under the 1904 date system: Office.js has no released
  // property for the date system, but every host evaluates worksheet functions (ExcelApi 1.2).
  const dateProbe = context.workbook.functions.date(1904, 1, 1);
  dateProbe.load('value');
  await context.sync();
  const all = worksheets.items.map((sheet) => ({ name: sheet.name, sheet }));
  return {
    worksheets: new Map(all.map(({ name, sheet }) => [name, sheet])),
    listed: all,
    hidden: new Set(worksheets.items.filter((sheet) => sheet.visibility !== 'Visible').map((sheet) => sheet.name)),
    date1904: dateProbe.value === 0,
  };
}

/** A name Concordat gives its report ("Concordat report", "Concordat report (2)"). */
const REPORT_NAME = new RegExp(`^${REPORT_SHEET}(?: \\(\\d+\\))?$`, 'i');

/**
 * Concordat's report can be the biggest sheet in the workbook (one row per finding) and only its
 * being there matters, so a sheet with a report's name has only its first row read at first: a
 * report's header row is all a snapshot needs of it. One that turns out to be the user's own is
 * read whole afterwards (readLookalikes).
 */
interface UsedRanges {
  used: (Excel.Range | undefined)[];
  firstRows: Map<number, Excel.Range>;
}

/** Each listed sheet's used range, with `load` queuing what to read of it; no sync. */
function queueUsedRanges(list: SheetList, load: (range: Excel.Range) => void): UsedRanges {
  const firstRows = new Map<number, Excel.Range>();
  const used = list.listed.map(({ name, sheet }, index) => {
    if (REPORT_NAME.test(name)) {
      const first = sheet.getRangeByIndexes(0, 0, 1, REPORT_HEADERS.length);
      first.load('values');
      firstRows.set(index, first);
      return undefined;
    }
    const range = sheet.getUsedRangeOrNullObject(true);
    load(range);
    return range;
  });
  return { used, firstRows };
}

function isReportHeader(row: readonly unknown[]): boolean {
  return REPORT_HEADERS.every((header, i) => row[i] === header);
}

/**
 * Puts each report-named sheet into the snapshot: a report's header row, or the whole sheet when
 * it is the user's (one more request, only then); then takes Concordat's record out.
 */
async function finish(
  context: Excel.RequestContext,
  list: SheetList,
  sheets: SheetSnapshot[],
  firstRows: Map<number, Excel.Range>,
  rest: Omit<WorkbookRead, 'snapshot' | 'owned'>,
): Promise<WorkbookRead> {
  const lookalikes: { index: number; range: Excel.Range }[] = [];
  for (const [index, first] of firstRows) {
    const row = first.values[0] ?? [];
    if (isReportHeader(row))
      sheets[index] = {
        name: list.listed[index].name,
        originRow: 1,
        originCol: 1,
        values: [[...REPORT_HEADERS]],
        numberFormats: [],
      };
    else {
      const range = list.listed[index].sheet.getUsedRangeOrNullObject(true);
      range.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,valueTypes');
      lookalikes.push({ index, range });
    }
  }
  if (lookalikes.length > 0) {
    await context.sync();
    for (const { index, range } of lookalikes) sheets[index] = sheetFrom(list.listed[index].name, range, index);
  }
  const { snapshot, owned } = takeRecord({ sheets, date1904: list.date1904 }, list.hidden);
  ownedBySnapshot.set(snapshot, owned);
  return { ...rest, snapshot, owned };
}

function sheetFrom(name: string, range: Excel.Range, index: number): SheetSnapshot {
  if (range.isNullObject) return emptySheet(name);
  const rows: SheetRows = { values: [], formats: [] };
  storeRows(rows, 0, range);
  return toSheet(name, rows, extentOf(range, index));
}

/** Each listed sheet's merged areas, queued with the read (none for sheets whose cells are not read). */
function queueMerges(
  list: SheetList,
  used: readonly (Excel.Range | undefined)[],
  capabilities: ExcelCapabilities,
): () => (string[] | undefined)[] {
  return queueMergedAreas(
    list.listed.map(({ sheet }, index) => (used[index] ? sheet : undefined)),
    capabilities,
  );
}

/** A sheet with its merged areas, when it has any. */
function withMerges(sheet: SheetSnapshot, merges: string[] | undefined): SheetSnapshot {
  return merges && merges.length > 0 ? { ...sheet, merges } : sheet;
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
  const { used, firstRows } = queueUsedRanges(list, (range) =>
    range.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,valueTypes'),
  );
  const merges = queueMerges(list, used, capabilities);
  const writeFacts = queueWriteFacts(context, list, capabilities);
  try {
    await context.sync();
  } catch {
    // Not every host names an oversized read the same way, so any failure here is retried the
    // careful way; a problem that is not about size fails again there and is reported.
    return undefined;
  }
  // A used range over Excel's five-million-cell limit can also come back with no cells and no
  // error (some Excel builds do that): it too is read the careful way, in blocks under the limit.
  if (used.some((range) => range !== undefined && !range.isNullObject && !hasGrids(range))) return undefined;
  let bytes = 0;
  const merged = merges();
  const sheets = list.listed.map(({ name }, index) => {
    const range = used[index];
    if (range && !range.isNullObject) bytes += rangeBytes(range);
    return range ? withMerges(sheetFrom(name, range, index), merged[index]) : emptySheet(name);
  });
  return finish(context, list, sheets, firstRows, { discovery: writeFacts(), bytes });
}

function hasGrids(range: Excel.Range): boolean {
  return Array.isArray(range.values) && Array.isArray(range.numberFormat) && Array.isArray(range.valueTypes);
}

/** Sizes first (with the write's facts), then the cells in row blocks under the budget. */
async function readSizeFirst(
  context: Excel.RequestContext,
  list: SheetList,
  { limits, capabilities, expectedBytes }: Required<Omit<ReadOptions, 'expectedBytes'>> & ReadOptions,
): Promise<WorkbookRead> {
  const { used, firstRows } = queueUsedRanges(list, (range) => range.load('rowIndex,columnIndex,rowCount,columnCount'));
  const merges = queueMerges(list, used, capabilities);
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
  const merged = merges();
  const snapshotSheets = list.listed.map(({ name }, index) =>
    withMerges(
      toSheet(
        name,
        rows[index],
        extents.find((extent) => extent.sheetIndex === index),
      ),
      merged[index],
    ),
  );
  return finish(context, list, snapshotSheets, firstRows, { discovery: writeFacts(), bytes });
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

function extentOf(range: Excel.Range, sheetIndex: number): SheetExtent {
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  return { sheetIndex, rowIndex, columnIndex, rowCount, columnCount };
}
