/**
 * The size-first read of a workbook too big for one request: each sheet's used range is read in
 * row blocks, as many blocks to a request as the budget allows (see readPlan.ts). The budget
 * starts from a cautious guess of a cell's size and then follows what the blocks read so far
 * actually cost, so a sheet of short values is read in fewer, fuller requests. A request Excel still
 * rejects as too large is halved and retried.
 */
import type { CellValue, SheetSnapshot } from '../core/snapshot';
import { toCellRows, toFormatRows } from './cells';
import { isPayloadTooLarge } from './errors';
import { mergeBlocks, planReadBatches, ReadBlock, ReadLimits, SheetExtent, splitBatch } from './readPlan';
import { jsonBytes } from './writePlan';

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

/** Room left for a cell's value to grow beyond what the blocks read so far suggest. */
const CELL_SIZE_MARGIN = 1.25;

/** Reads `extents` (indexes into `sheets`) in row blocks under the request budget. */
export async function readBlocks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  extents: readonly SheetExtent[],
  limits: ReadLimits,
): Promise<ReadRows> {
  const rows: SheetRows[] = sheets.map(() => ({ values: [], formats: [] }));
  let queue = planReadBatches(extents, limits);
  let bytes = 0;
  let cells = 0;
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
      bytes += rangeBytes(range);
      cells += block.rowCount * block.columnCount;
    }
    const observed = { bytesPerCell: Math.max(1, (bytes / cells) * CELL_SIZE_MARGIN), maxCellsPerRequest: ceiling };
    queue = planReadBatches(mergeBlocks(queue.flat()), { ...limits, ...observed });
  }
  return { rows, bytes };
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
