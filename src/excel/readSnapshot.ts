/**
 * Reads the whole workbook into a WorkbookSnapshot for the core. Three requests for a workbook
 * that fits: sheet names and the date system; each sheet's used-range size; then every sheet's
 * values, number formats and value types together. Only a workbook over the request limits is read
 * in further row blocks (see readPlan.ts).
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { toCellRows, toFormatRows } from './cells';
import { isPayloadTooLarge, toExcelWriteError } from './errors';
import { planReadBatches, READ_LIMITS, ReadBlock, ReadLimits, SheetExtent, splitBatch } from './readPlan';

export interface ReadOptions {
  limits?: ReadLimits;
}

interface LoadedBlock {
  block: ReadBlock;
  range: Excel.Range;
}

/** Rows read so far for one sheet, kept by their offset from the top of the used range. */
interface SheetRows {
  values: CellValue[][];
  formats: (string | null)[][];
}

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  try {
    return await read(context, options.limits ?? READ_LIMITS);
  } catch (error) {
    throw toExcelWriteError(error, 'read the workbook');
  }
}

async function read(context: Excel.RequestContext, limits: ReadLimits): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  // DATE(1904,1,1) is serial 0 only under the 1904 date system: Office.js has no released
  // property for the date system, but every host evaluates worksheet functions (ExcelApi 1.2).
  const dateProbe = context.workbook.functions.date(1904, 1, 1);
  dateProbe.load('value');
  await context.sync();

  const sheets = worksheets.items;
  const usedRanges = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  await context.sync();

  const extents: SheetExtent[] = [];
  usedRanges.forEach((used, sheetIndex) => {
    if (used.isNullObject) return;
    const { rowIndex, columnIndex, rowCount, columnCount } = used;
    extents.push({ sheetIndex, rowIndex, columnIndex, rowCount, columnCount });
  });

  const rows: SheetRows[] = sheets.map(() => ({ values: [], formats: [] }));
  const queue = planReadBatches(extents, limits);
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
      queue.unshift(...smaller);
      continue;
    }
    for (const { block, range } of loaded) store(rows[block.sheetIndex], block, extents, range);
  }

  return {
    sheets: sheets.map((sheet, index) =>
      toSheet(
        sheet.name,
        rows[index],
        extents.find((e) => e.sheetIndex === index),
      ),
    ),
    date1904: dateProbe.value === 0,
  };
}

function store(target: SheetRows, block: ReadBlock, extents: SheetExtent[], range: Excel.Range): void {
  const extent = extents.find((e) => e.sheetIndex === block.sheetIndex);
  const offset = block.rowIndex - (extent?.rowIndex ?? block.rowIndex);
  const values = toCellRows(range.values, range.valueTypes);
  const formats = toFormatRows(range.numberFormat);
  values.forEach((row, i) => {
    target.values[offset + i] = row;
    target.formats[offset + i] = formats[i] ?? [];
  });
}

function toSheet(name: string, rows: SheetRows, extent: SheetExtent | undefined): SheetSnapshot {
  if (!extent) return { name, originRow: 1, originCol: 1, values: [], numberFormats: [] };
  return {
    name,
    originRow: extent.rowIndex + 1,
    originCol: extent.columnIndex + 1,
    values: rows.values,
    numberFormats: rows.formats,
  };
}
