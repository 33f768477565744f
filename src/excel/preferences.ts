/**
 * Task-pane preferences kept with the document (Office.context.document.settings), so the as-of
 * date chosen for a committee paper is still there when the workbook is reopened. The profile is
 * not kept here: it lives on the workbook's own `Concordat settings` sheet, which the core reads.
 */

const AS_OF_KEY = 'concordat.asOf';

function settings(): Office.Settings | undefined {
  if (typeof Office === 'undefined') return undefined;
  return Office.context?.document?.settings;
}

/** The last as-of date chosen (YYYY-MM-DD), or undefined. */
export function loadAsOf(): string | undefined {
  const value: unknown = settings()?.get(AS_OF_KEY);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Saves the as-of date; clearing the field removes it. Resolves even if saving fails (it is only a preference). */
export function saveAsOf(asOf: string | undefined): Promise<void> {
  const store = settings();
  if (!store) return Promise.resolve();
  if (asOf) store.set(AS_OF_KEY, asOf);
  else store.remove(AS_OF_KEY);
  return new Promise((resolve) => store.saveAsync(() => resolve()));
}
