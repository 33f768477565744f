/** How numbers read in finding messages: £246,000, 75%, 13 days. */
import { memoByNumber } from '../parse/memo';

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = out === '' ? digits.slice(start, end) : `${digits.slice(start, end)},${out}`;
  }
  return out;
}

/** A run of decimal digits plus one: "1999" → "2000". */
function plusOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - 1 - i)}`;
}

/**
 * Pence to two places, rounding half away from zero on the number's shortest decimal form, as
 * Intl does ("1.005" → "1.01"). Undefined for a number too large or small for a plain decimal.
 */
function poundsAndPence(abs: number): string | undefined {
  const decimal = String(abs);
  if (!/^\d+(\.\d+)?$/.test(decimal)) return undefined;
  const [whole, fraction = ''] = decimal.split('.');
  const pence = (fraction + '00').slice(0, 2);
  if (fraction.length <= 2 || fraction.charCodeAt(2) < 0x35) return `${groupThousands(whole)}.${pence}`;
  // Round up: carry through the pence and into the pounds, on the digits (no number could hold them all).
  const cents = plusOne(whole + pence).padStart(3, '0');
  return `${groupThousands(cents.slice(0, -2))}.${cents.slice(-2)}`;
}

/**
 * Hot: savings facts carry several amounts a row, so Intl's formatter is kept for what it alone
 * can do, and each amount is written once (the same sums recur down a tracker).
 */
export const formatPounds = memoByNumber((value: number): string => {
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = Math.abs(abs - Math.round(abs)) < 0.005;
  const rounded =
    (whole && abs < 1e21 ? groupThousands(String(Math.round(abs))) : whole ? undefined : poundsAndPence(abs)) ??
    (whole
      ? Math.round(abs).toLocaleString('en-GB')
      : abs.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  return `${negative ? '-' : ''}£${rounded}`;
});

/** A count, not a sum of money: 2699040 → "2,699,040", 12.5 → "12.5". */
export function formatCount(value: number): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  if (Number.isInteger(abs) && abs < 1e21) return `${negative ? '-' : ''}${groupThousands(String(abs))}`;
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** 0.755 → "75.5%", 0.5 → "50%". */
export function formatPercent(fraction: number): string {
  const pct = Math.round(fraction * 1000) / 10;
  return `${pct}%`;
}

export function formatSplit(shares: readonly number[]): string {
  return shares.map(formatPercent).join(' / ');
}
