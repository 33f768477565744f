/**
 * The merged areas of each sheet's used range, queued with the read (ExcelApi 1.13). Older hosts
 * give none, and their sheets are read as before: the value in the top-left cell only.
 */
import type { ExcelCapabilities } from './capabilities';

/** "Sheet1!A1:B4, 'My sheet'!D1:D4" → ["A1:B4", "D1:D4"]: the part after each sheet name. */
function areasOf(address: string): string[] {
  const out: string[] = [];
  for (const m of address.matchAll(/!(\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?)(?=\s*,|\s*$)/g))
    out.push(m[1].replace(/\$/g, ''));
  return out;
}

/**
 * Queues the merged areas of each sheet (none for a sheet not read); the result reads them once
 * synced. Asked of the whole sheet, not of its used range, which may turn out to be a null object.
 */
export function queueMergedAreas(
  sheets: readonly (Excel.Worksheet | undefined)[],
  capabilities: ExcelCapabilities,
): () => (string[] | undefined)[] {
  if (!capabilities.mergedAreas) return () => sheets.map(() => undefined);
  const areas = sheets.map((sheet) => {
    if (!sheet) return undefined;
    const merged = sheet.getRange().getMergedAreasOrNullObject();
    merged.load('address');
    return merged;
  });
  return () => areas.map((merged) => (merged && !merged.isNullObject ? areasOf(merged.address) : undefined));
}
