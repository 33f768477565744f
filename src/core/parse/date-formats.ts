/** Recognising Excel number formats that show a number as a date. */
import { memoByText } from './memo';

/** A sheet uses a handful of formats on thousands of cells: each is read once. */
const dateFormat = memoByText((numberFormat: string): boolean => {
  if (numberFormat.trim() === '') return false;
  const codes = numberFormat
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '')
    .toLowerCase()
    .replace(/general/g, '')
    .replace(/am\/pm|a\/p/g, '');
  if (/[dy]/.test(codes)) return true;
  // 'mmmm' on its own is a month; 'm' beside h or s is minutes.
  return codes.includes('m') && !/[hs]/.test(codes);
});

/**
 * True for date formats ('d/m/yyyy', 'dd-mmm-yy', 'mmmm yyyy', '[$-809]dd/mm/yyyy',
 * 'yyyy-mm-dd h:mm'). Quoted literals, escaped characters, [colours]/[$locale] tags and
 * padding are removed first, so '"Day "0' or '£#,##0' are not mistaken for dates.
 * Pure time formats ('h:mm', '[h]:mm:ss') are durations, not dates.
 */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (typeof numberFormat !== 'string') return false;
  return dateFormat(numberFormat);
}

/** True when a host gave no real format: nothing, or 'General'. */
export function isGeneralFormat(numberFormat: string | null | undefined): boolean {
  return (
    typeof numberFormat !== 'string' || numberFormat.trim() === '' || numberFormat.trim().toLowerCase() === 'general'
  );
}
