/**
 * Names for what Concordat adds to a workbook: its sheets and its flags header. A name the user
 * already has is the user's, so Concordat takes the next free one ("Concordat report (2)").
 * Excel compares sheet names without regard to case and caps them at 31 characters.
 */

export const EXCEL_SHEET_NAME_CHARS = 31;

/** `base`, or `base (2)`, `base (3)`…: the first that none of `taken` has, in any case. */
export function freeName(base: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLocaleUpperCase('en'));
  if (!used.has(base.toLocaleUpperCase('en'))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, EXCEL_SHEET_NAME_CHARS - suffix.length)}${suffix}`;
    if (!used.has(name.toLocaleUpperCase('en'))) return name;
  }
}
