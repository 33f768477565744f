/**
 * The workbook as the core sees it, for callers that will not write afterwards (or write in another
 * request context). A check that writes uses readWorkbook, which also returns what the write needs.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import { readWorkbook, ReadOptions } from './read-workbook';

export type { ReadOptions } from './read-workbook';

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, options)).snapshot;
}
