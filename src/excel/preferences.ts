/**
 * Preferences kept with the document (Office.context.document.settings), so the as-of date chosen
 * for a committee paper is still there when the workbook is reopened, and so a check knows how big
 * the last read of this workbook was. The profile is not kept here: it lives on the workbook's own
 * `Concordat settings` sheet, which the core reads.
 */
import { isAsOfDate } from '../core/as-of';

const AS_OF_KEY = 'concordat.asOf';
const READ_BYTES_KEY = 'concordat.readBytes';

function settings(): Office.Settings | undefined {
  if (typeof Office === 'undefined') return undefined;
  return Office.context?.document?.settings;
}

/** The last as-of date chosen (YYYY-MM-DD), or undefined. */
export function loadAsOf(): string | undefined {
  const value: unknown = settings()?.get(AS_OF_KEY);
  return typeof value === 'string' && isAsOfDate(value) ? value : undefined;
}

/**
 * Saves the as-of date; clearing the field removes it, and a date the checks would refuse is not
 * kept. Resolves even if saving fails (it is only a preference).
 */
export function saveAsOf(asOf: string | undefined): Promise<void> {
  const store = settings();
  if (!store || (asOf && !isAsOfDate(asOf))) return Promise.resolve();
  if (asOf) store.set(AS_OF_KEY, asOf);
  else store.remove(AS_OF_KEY);
  return new Promise((resolve) => store.saveAsync(() => resolve()));
}

/**
 * Bytes the last check's read of this workbook came to (see readWorkbook's `expectedBytes`): with
 * it, the first check after the workbook is reopened, and every ribbon check, skips a read Excel
 * would refuse as too large.
 */
export function loadReadBytes(): number | undefined {
  const value: unknown = settings()?.get(READ_BYTES_KEY);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Keeps the read's size with the document; resolves even if saving fails (it is only a hint). */
export function saveReadBytes(bytes: number): Promise<void> {
  const store = settings();
  if (!store || !(bytes > 0) || loadReadBytes() === bytes) return Promise.resolve();
  store.set(READ_BYTES_KEY, bytes);
  return new Promise((resolve) => store.saveAsync(() => resolve()));
}
