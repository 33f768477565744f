/**
 * Cells as a reader sees them, made plain once before any table is looked for. Text pasted from
 * web pages and PDFs carries non-breaking and other odd spaces ("Partially\u00a0implemented") and
 * zero-width marks: a reader sees plain spaces. A share typed as text ("25.76%") reads as the
 * share it shows, as if typed as a number, a whole figure typed as text ("402") as that figure,
 * and an Excel error pasted as text ("#DIV/0!") as the error it shows. Values only: the workbook
 * itself is never changed.
 */
import type { CellValue, SheetSnapshot } from '../snapshot';

// eslint-disable-next-line no-misleading-character-class -- each character is matched on its own, deliberately
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff]/;
// eslint-disable-next-line no-misleading-character-class -- as above
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|([\u200b\u200c\u200d\u2060\ufeff])/g;

/** Excel's error values, as a copy of a sheet shows them. */
const ERROR_TEXT = /^\s*(#DIV\/0!|#N\/A|#NAME\?|#NULL!|#NUM!|#REF!|#VALUE!|#SPILL!|#CALC!)\s*$/i;

/**
 * "402", "-596", "(1234)", "20,000", "(1,234)", "£1,500": a whole figure typed as text, as a copy
 * from a PDF often holds it. One digit alone ("6"), or a leading zero ("007"), is more likely an
 * item's number or a code.
 */
const WHOLE_TEXT = /^\s*(?:(-)\s*|(\()\s*)?(£\s*)?([1-9]\d{0,2}(?:,\d{3}){1,4}|[1-9]\d{1,14})\s*(\))?\s*$/;

/** "25.76%", "40 %", "-3.5%": a percentage and nothing else. */
const PERCENT_TEXT = /^\s*(-?\d{1,3}(?:\.(\d+))?)\s*%\s*$/;

interface Plain {
  value: CellValue;
  format?: string;
}

function plainCell(text: string): Plain | null {
  const spaced = ODD_SPACE.test(text)
    ? text.replace(ODD_SPACES, (_m, zeroWidth: string | undefined) => (zeroWidth ? '' : ' '))
    : text;
  const error = ERROR_TEXT.exec(spaced);
  if (error) return { value: { error: error[1].toUpperCase() } };
  const whole = WHOLE_TEXT.exec(spaced);
  if (whole && Boolean(whole[2]) === Boolean(whole[5])) {
    const [, minus, open, pound, digits] = whole;
    const n = Number(digits.replace(/,/g, ''));
    const value = minus || open ? -n : n;
    const format = `${pound ? '"£"' : ''}${digits.includes(',') ? '#,##0' : '0'}`;
    return format === '0' ? { value } : { value, format };
  }
  const pct = PERCENT_TEXT.exec(spaced);
  if (pct) {
    const decimals = pct[2]?.length ?? 0;
    return { value: Number(pct[1]) / 100, format: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  return spaced === text ? null : { value: spaced };
}

/** The sheet with its text cells made plain; the same object when none needs it (most sheets). */
export function withPlainCells(sheet: SheetSnapshot): SheetSnapshot {
  let values: CellValue[][] | null = null;
  let formats: (string | null)[][] | null = null;
  sheet.values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const plain = plainCell(v);
      if (!plain) continue;
      values ??= sheet.values.slice();
      if (values[r] === row) values[r] = row.slice();
      values[r][c] = plain.value;
      if (plain.format === undefined) continue;
      // Only the rows that change are copied: the others stay the sheet's own.
      formats ??= (sheet.numberFormats ?? []).slice();
      if (formats[r] === undefined || formats[r] === sheet.numberFormats?.[r]) formats[r] = (formats[r] ?? []).slice();
      while (formats[r].length <= c) formats[r].push(null);
      formats[r][c] = plain.format;
    }
  });
  if (!values) return sheet;
  return formats ? { ...sheet, values, numberFormats: formats } : { ...sheet, values };
}
