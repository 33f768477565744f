/**
 * An .xlsx from disk: its bytes vetted and its package opened (package/workbook-package.ts), its
 * parts read (read/workbook-read.ts) for the snapshot and for deciding what to write; and the
 * package as it stands saved back. What Concordat writes is patched into the package's own parts.
 */
import { formatBytes } from './input-error';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { readRegularFile } from './regular-file';
import { applyClear, planClear, type ClearOptions, type ClearOutcome } from './clear';
import { WorkbookPackage } from './package/workbook-package';
import { readPackage, type ReadWorkbook } from './read/workbook-read';
import type { CheckHistory } from '../core/since';

export interface LoadedWorkbook {
  /** The package: what is written back, part by part. */
  pkg: WorkbookPackage;
  /** The package's parts as read. */
  read: ReadWorkbook;
  /** The file's bytes as read (so --in-place can tell whether anything changed underneath). */
  bytes: Buffer;
  /** Sheets the workbook names that could not be read, each saying why ("sheet 'Savings' could not be read (…)"). */
  unreadSheets: string[];
}

export async function readFileBytes(filePath: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Buffer> {
  return readRegularFile(filePath, {
    maxBytes: limits.maxFileBytes,
    noun: 'workbook',
    tooLarge: (size) => `is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit`,
  });
}

export function loadWorkbookBytes(bytes: Buffer, limits: ReadLimits = DEFAULT_LIMITS): LoadedWorkbook {
  const pkg = WorkbookPackage.open(bytes, limits);
  const read = readPackage(pkg, limits);
  return { pkg, read, bytes, unreadSheets: read.unreadSheets };
}

export interface Cleared {
  outcome: ClearOutcome;
  /** The package as read once cleared. */
  read: ReadWorkbook;
  /** The log left for a check to append to, by name. */
  keptLog?: string;
  /** The last check's findings, as the record kept them. */
  lastCheck: CheckHistory | null;
  /** Why the record's history was set aside, for a check to say. */
  lastCheckSetAside?: string;
}

/**
 * Takes Concordat's earlier output out of the package (clear.ts). When the record named any, the
 * cleared package is read again, so what is checked and written to is exactly what is saved.
 */
export async function clearOutput(loaded: LoadedWorkbook, options: ClearOptions = {}): Promise<Cleared> {
  const plan = planClear(loaded.read, options);
  await applyClear(loaded.pkg, plan);
  const read = plan.recorded ? readPackage(loaded.pkg, DEFAULT_LIMITS) : loaded.read;
  const { outcome, keptLog, lastCheck, lastCheckSetAside } = plan;
  return { outcome, read, keptLog, lastCheck, lastCheckSetAside };
}
