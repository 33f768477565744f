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
 * text, more for long recommendations. 72 leaves room for text-heavy plans; a request Excel still
 * rejects as too large is split and retried (see splitBatch).
 */
export const READ_LIMITS: ReadLimits = {
  bytesPerCell: 72,
  maxBytesPerRequest: 4_500_000,
  maxCellsPerRequest: 5_000_000,
};

export function cellsPerRequest(limits: ReadLimits): number {
  return Math.max(1, Math.min(limits.maxCellsPerRequest, Math.floor(limits.maxBytesPerRequest / limits.bytesPerCell)));
}

/**
 * Packs the sheets' used ranges into batches of blocks, each batch under the cell budget.
 * Whole sheets share a batch while they fit; a sheet too big for the room left is split by rows.
 */
export function planReadBatches(extents: readonly SheetExtent[], limits: ReadLimits = READ_LIMITS): ReadBlock[][] {
  const capacity = cellsPerRequest(limits);
  const batches: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let room = capacity;
  const closeBatch = (): void => {
    if (current.length > 0) batches.push(current);
    current = [];
    room = capacity;
  };
  for (const extent of extents) {
    if (extent.rowCount <= 0 || extent.columnCount <= 0) continue;
    let row = 0;
    while (row < extent.rowCount) {
      const rowsThatFit = Math.floor(room / extent.columnCount);
      if (rowsThatFit === 0 && current.length > 0) {
        closeBatch();
        continue;
      }
      // A single row wider than the whole budget is still read, alone.
      const take = Math.min(Math.max(rowsThatFit, 1), extent.rowCount - row);
      current.push({ ...extent, rowIndex: extent.rowIndex + row, rowCount: take });
      room -= take * extent.columnCount;
      row += take;
      if (room <= 0) closeBatch();
    }
  }
  closeBatch();
  return batches;
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

/** Cells a snapshot's used ranges hold, empty ones included: how much a read of it carried. */
export function snapshotCells(snapshot: { sheets: readonly { values: readonly (readonly unknown[])[] }[] }): number {
  return snapshot.sheets.reduce(
    (sum, sheet) => sum + sheet.values.length * sheet.values.reduce((widest, row) => Math.max(widest, row.length), 0),
    0,
  );
}
