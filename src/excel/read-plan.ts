/**
 * How to read a workbook's used ranges without passing Excel's request limits: Excel on the web
 * rejects a request or response over 5 MB, and every host refuses to get more than 5 million
 * cells at once. A workbook that fits is read in one batch; a larger one in row blocks.
 */

export interface SheetExtent {
  sheetIndex: number;
  /** 0-based position of the used range, as Office.js reports it. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A rectangle of one sheet to load in one request. */
export type ReadBlock = SheetExtent;

export interface ReadLimits {
  /** Rough bytes per cell for values + number format + value type in the JSON response. */
  bytesPerCell: number;
  /** Payload budget per request, below Excel on the web's 5 MB to leave room for the envelope. */
  maxBytesPerRequest: number;
  maxCellsPerRequest: number;
}

/**
 * A cell costs its value plus `"General"` and `"String"` in the response: about 40 bytes for short
 * text, more for long recommendations. 72 leaves room for text-heavy plans in the first request of
 * a size-first read, before any cell has been read (later ones follow what the cells cost, see
 * readBlocks.ts); a request Excel still rejects as too large is split and retried (see splitBatch).
 */
export const READ_LIMITS: ReadLimits = {
  bytesPerCell: 72,
  maxBytesPerRequest: 4_500_000,
  maxCellsPerRequest: 5_000_000,
};

/** Bytes one row of an extent is expected to come to in a response. */
export type RowCost = (extent: SheetExtent) => number;

/** Every cell at the limits' guessed size: the cost of a row before any has been read. */
function guessedRowCost(limits: ReadLimits): RowCost {
  return (extent) => extent.columnCount * limits.bytesPerCell;
}

/**
 * Packs the sheets' used ranges into batches of blocks, each batch under the byte and cell budgets.
 * Whole sheets share a batch while they fit; a sheet too big for the room left is split by rows.
 */
export function planReadBatches(
  extents: readonly SheetExtent[],
  limits: ReadLimits = READ_LIMITS,
  rowCost: RowCost = guessedRowCost(limits),
): ReadBlock[][] {
  const batches: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let bytesLeft = limits.maxBytesPerRequest;
  let cellsLeft = limits.maxCellsPerRequest;
  const closeBatch = (): void => {
    if (current.length > 0) batches.push(current);
    current = [];
    bytesLeft = limits.maxBytesPerRequest;
    cellsLeft = limits.maxCellsPerRequest;
  };
  for (const extent of extents) {
    if (extent.rowCount <= 0 || extent.columnCount <= 0) continue;
    const bytesPerRow = Math.max(1, rowCost(extent));
    let row = 0;
    while (row < extent.rowCount) {
      const rowsThatFit = Math.min(Math.floor(bytesLeft / bytesPerRow), Math.floor(cellsLeft / extent.columnCount));
      if (rowsThatFit <= 0 && current.length > 0) {
        closeBatch();
        continue;
      }
      // A single row bigger than the whole budget is still read, alone.
      const take = Math.min(Math.max(rowsThatFit, 1), extent.rowCount - row);
      current.push({ ...extent, rowIndex: extent.rowIndex + row, rowCount: take });
      bytesLeft -= take * bytesPerRow;
      cellsLeft -= take * extent.columnCount;
      row += take;
    }
  }
  closeBatch();
  return batches;
}

/**
 * The first batch of a size-first read: the top of every sheet, each the same share of its rows,
 * as much as the budget allows. Every sheet's cost is then measured by the first request, so the
 * later ones are packed from what the cells actually come to (a sheet of short figures costs less
 * a row than one of long recommendations). Then the rest, planned at the same costs.
 */
export function planFirstBatches(
  extents: readonly SheetExtent[],
  limits: ReadLimits = READ_LIMITS,
  rowCost: RowCost = guessedRowCost(limits),
): ReadBlock[][] {
  const live = extents.filter((extent) => extent.rowCount > 0 && extent.columnCount > 0);
  const bytes = live.reduce((sum, extent) => sum + extent.rowCount * Math.max(1, rowCost(extent)), 0);
  const cells = live.reduce((sum, extent) => sum + extent.rowCount * extent.columnCount, 0);
  const share = Math.min(1, limits.maxBytesPerRequest / bytes, limits.maxCellsPerRequest / cells);
  const first = live
    .map((extent) => ({ ...extent, rowCount: Math.floor(extent.rowCount * share) }))
    .filter((block) => block.rowCount > 0);
  // Rows too wide for a share of the budget: read one block at a time, as planned.
  if (first.length === 0) return planReadBatches(live, limits, rowCost);
  const rest = live.flatMap((extent) => {
    const taken = first.find((block) => block.sheetIndex === extent.sheetIndex)?.rowCount ?? 0;
    return taken < extent.rowCount
      ? [{ ...extent, rowIndex: extent.rowIndex + taken, rowCount: extent.rowCount - taken }]
      : [];
  });
  return [first, ...planReadBatches(rest, limits, rowCost)];
}

/** Joins blocks that continue one another (same sheet and columns, next rows) back into extents. */
export function mergeBlocks(blocks: readonly ReadBlock[]): SheetExtent[] {
  const sorted = [...blocks].sort((a, b) => a.sheetIndex - b.sheetIndex || a.rowIndex - b.rowIndex);
  const merged: SheetExtent[] = [];
  for (const block of sorted) {
    const last = merged[merged.length - 1];
    const continues =
      last !== undefined &&
      last.sheetIndex === block.sheetIndex &&
      last.columnIndex === block.columnIndex &&
      last.columnCount === block.columnCount &&
      last.rowIndex + last.rowCount === block.rowIndex;
    if (continues) last.rowCount += block.rowCount;
    else merged.push({ ...block });
  }
  return merged;
}

/** Halves every block of a batch that Excel rejected as too large; single-row blocks cannot shrink. */
export function splitBatch(batch: readonly ReadBlock[]): ReadBlock[][] | undefined {
  if (batch.every((block) => block.rowCount <= 1)) {
    return batch.length > 1 ? batch.map((block) => [block]) : undefined;
  }
  const first: ReadBlock[] = [];
  const second: ReadBlock[] = [];
  for (const block of batch) {
    const half = Math.ceil(block.rowCount / 2);
    first.push({ ...block, rowCount: half });
    if (block.rowCount > half)
      second.push({ ...block, rowIndex: block.rowIndex + half, rowCount: block.rowCount - half });
  }
  return second.length > 0 ? [first, second] : [first];
}
