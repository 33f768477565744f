/**
 * What a write or a clear starts from: Concordat's earlier output (found in the snapshot) and the
 * facts of discover.ts. With the caller's own read this costs no request unless a column width is
 * missing; with a bare snapshot it costs one; with neither, the workbook is read first.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import type { ExcelCapabilities } from './capabilities';
import { ColumnRef, completeWidths, discover, Discovery } from './discover';
import { toExcelWriteError } from './errors';
import { ExistingOutput, findExistingOutput } from './existing-output';
import { ownedOf, readWorkbook, WorkbookRead } from './read-workbook';

export interface WriteSource {
  /** A read from readWorkbook in this same request context. */
  read?: WorkbookRead;
  /** A snapshot without the write's facts (from an earlier read, or another request context). */
  snapshot?: WorkbookSnapshot;
  capabilities: ExcelCapabilities;
}

export interface WriteStart {
  existing: ExistingOutput;
  discovery: Discovery;
}

export async function prepareWrite(
  context: Excel.RequestContext,
  source: WriteSource,
  planColumns: readonly ColumnRef[],
  action: string,
): Promise<WriteStart> {
  const { snapshot, read } = await startingPoint(context, source);
  const existing = findExistingOutput(snapshot, read ? read.owned : ownedOf(snapshot));
  const columns = [...planColumns, ...existing.flagColumns];
  try {
    const discovery = read
      ? await completeWidths(context, read.discovery, columns)
      : await discover(context, existing, columns);
    return { existing, discovery };
  } catch (error) {
    throw toExcelWriteError(error, action);
  }
}

async function startingPoint(
  context: Excel.RequestContext,
  source: WriteSource,
): Promise<{ snapshot: WorkbookSnapshot; read?: WorkbookRead }> {
  if (source.read) return { snapshot: source.read.snapshot, read: source.read };
  if (source.snapshot) return { snapshot: source.snapshot };
  const read = await readWorkbook(context, { capabilities: source.capabilities });
  return { snapshot: read.snapshot, read };
}
