import type { SheetSnapshot } from '../snapshot';
import { isDateFormat } from '../parse/date-formats';

/** "2012", "17.7.12", "31/03/24", "August ‘03": a year written somewhere. */
const YEAR_WRITTEN =
  /\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*['‘’]\d{2}\b/i;

const shown = new WeakMap<SheetSnapshot, boolean>();

/**
 * Whether the sheet says anywhere which year it is about — in its name, a title ("compiled 4 July
 * 2012"), a heading or a dated cell. Where it does, "End June" is June of that year to its reader;
 * where nothing on the sheet names a year, "End June" does not say which June.
 */
export function sheetShowsYear(sheet: SheetSnapshot): boolean {
  const known = shown.get(sheet);
  if (known !== undefined) return known;
  let found = YEAR_WRITTEN.test(sheet.name);
  for (let r = 0; !found && r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; !found && c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string') found = YEAR_WRITTEN.test(v);
      else if (typeof v === 'number') found = isDateFormat(sheet.numberFormats?.[r]?.[c]);
    }
  }
  shown.set(sheet, found);
  return found;
}
