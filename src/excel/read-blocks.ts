/**
 * The size-first read of a workbook too big for one request: each sheet's used range is read in
 * row blocks, as many blocks to a request as the budget allows (see readPlan.ts). The first request
 * takes the top of every sheet at a cautious guess of a cell's size (or at what the last read of the
 * workbook came to a cell); each later one is packed from what that sheet's rows have actually cost
 * so far, so requests come close to the budget and their number close to the fewest it allows. A
 * request Excel still rejects as too large is halved and retried.
 */
import type { CellValue, SheetSnapshot } from '../core/snapshot';
import { toCellRows, toFormatRows } from './cells';
import { isPayloadTooLarge } from './errors';
import {
  mergeBlocks,
  planFirstBatches,
  planReadBatches,
  ReadBlock,
  ReadLimits,
  RowCost,
  SheetExtent,
  splitBatch,
} from './read-plan';
import { jsonBytes } from './write-plan';

/** Rows read so far for one sheet, kept by their offset from the top of the used range. */
export interface SheetRows {
  values: CellValue[][];
  formats: (string | null)[][];
}

export interface ReadRows {
  /** Each sheet's rows, in the order of the sheets given. */
  rows: SheetRows[];
  /** Bytes of JSON the cells came to: what reading them in one request would cost. */
  bytes: number;
}

interface LoadedBlock {
  block: ReadBlock;
  range: Excel.Range;
}

/**
 * Room for rows yet to be read to cost a little more than those read so far. Blocks are thousands
 * of rows, so their average hardly moves; the budget's own margin under 5 MB covers the rest.
 */
export const ROW_COST_MARGIN = 1.05;

/** What the rows read so far cost: per sheet, and for the workbook as a whole. */
class ObservedCosts {
  private readonly sheets = new Map<number, { bytes: number; rows: number }>();
  private bytes = 0;
  private cells = 0;

  constructor(private readonly guess: number) {}

  add(block: ReadBlock, bytes: number): void {
    const sheet = this.sheets.get(block.sheetIndex) ?? { bytes: 0, rows: 0 };
    sheet.bytes += bytes;
    sheet.rows += block.rowCount;
    this.sheets.set(block.sheetIndex, sheet);
    this.bytes += bytes;
    this.cells += block.rowCount * block.columnCount;
  }

  get total(): number {
    return this.bytes;
  }

  /** A sheet's measured cost a row; for a sheet not read yet, the workbook's cost a cell (or the guess). */
  readonly rowCost: RowCost = (extent) => {
    const sheet = this.sheets.get(extent.sheetIndex);
    if (sheet && sheet.rows > 0) return (sheet.bytes / sheet.rows) * ROW_COST_MARGIN;
    const perCell = this.cells > 0 ? (this.bytes / this.cells) * ROW_COST_MARGIN : this.guess;
    return extent.columnCount * perCell;
  };
}

/** Reads `extents` (indexes into `sheets`) in row blocks under the request budget. */
export async function readBlocks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  extents: readonly SheetExtent[],
  limits: ReadLimits,
): Promise<ReadRows> {
  const rows: SheetRows[] = sheets.map(() => ({ values: [], formats: [] }));
  const costs = new ObservedCosts(limits.bytesPerCell);
  let queue = planFirstBatches(extents, limits, costs.rowCost);
  // Never again as many cells as a request Excel refused, however small the cells read so far.
  let ceiling = limits.maxCellsPerRequest;
  // The one loop with a sync in it: one request per batch, and only workbooks over the
  // payload limit have more than one batch.
  while (queue.length > 0) {
    const batch = queue.shift() as ReadBlock[];
    const loaded: LoadedBlock[] = batch.map((block) => {
      const range = sheets[block.sheetIndex].getRangeByIndexes(
        block.rowIndex,
        block.columnIndex,
        block.rowCount,
        block.columnCount,
      );
      range.load('values,numberFormat,valueTypes');
      return { block, range };
    });
    try {
      await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop
    } catch (error) {
      const smaller = isPayloadTooLarge(error) ? splitBatch(batch) : undefined;
      if (!smaller) throw error;
      ceiling = Math.min(ceiling, Math.max(1, Math.floor(batchCells(batch) / 2)));
      queue.unshift(...smaller);
      continue;
    }
    for (const { block, range } of loaded) {
      const extent = extents.find((e) => e.sheetIndex === block.sheetIndex);
      storeRows(rows[block.sheetIndex], block.rowIndex - (extent?.rowIndex ?? block.rowIndex), range);
      costs.add(block, rangeBytes(range));
    }
    queue = planReadBatches(mergeBlocks(queue.flat()), { ...limits, maxCellsPerRequest: ceiling }, costs.rowCost);
  }
  return { rows, bytes: costs.total };
}

function batchCells(batch: readonly ReadBlock[]): number {
  return batch.reduce((sum, block) => sum + block.rowCount * block.columnCount, 0);
}

/** Bytes of JSON a loaded range's cells came to. */
export function rangeBytes(range: Excel.Range): number {
  return jsonBytes(range.values) + jsonBytes(range.numberFormat) + jsonBytes(range.valueTypes);
}

/** Puts a loaded range's rows in place, `offset` rows below the top of its sheet's used range. */
export function storeRows(target: SheetRows, offset: number, range: Excel.Range): void {
  const values = toCellRows(range.values, range.valueTypes);
  const formats = toFormatRows(range.numberFormat);
  values.forEach((row, i) => {
    target.values[offset + i] = row;
    target.formats[offset + i] = formats[i] ?? [];
  });
}

/** A sheet's snapshot from its used range's position and rows; a sheet with no used range is empty. */
export function toSheet(name: string, rows: SheetRows, extent: SheetExtent | undefined): SheetSnapshot {
  if (!extent) return emptySheet(name);
  return {
    name,
    originRow: extent.rowIndex + 1,
    originCol: extent.columnIndex + 1,
    values: rows.values,
    numberFormats: rows.formats,
  };
}

export function emptySheet(name: string): SheetSnapshot {
  return { name, originRow: 1, originCol: 1, values: [], numberFormats: [] };
}
