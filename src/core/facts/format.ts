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
 * Pounds and pence digits, rounding half away from zero on the number's shortest decimal form, as
 * Intl does ("1.005" → 1 and "01"). Undefined for a number too large or small for a plain decimal.
 */
function penceDigits(abs: number): { pounds: string; pence: string } | undefined {
  const decimal = String(abs);
  if (!/^\d+(\.\d+)?$/.test(decimal)) return undefined;
  const [whole, fraction = ''] = decimal.split('.');
  const pence = (fraction + '00').slice(0, 2);
  if (fraction.length <= 2 || fraction.charCodeAt(2) < 0x35) return { pounds: whole, pence };
  // Round up: carry through the pence and into the pounds, on the digits (no number could hold them all).
  const cents = plusOne(whole + pence).padStart(3, '0');
  return { pounds: cents.slice(0, -2), pence: cents.slice(-2) };
}

/** A sum shows as whole pounds when it is within half a penny of them. */
const showsWhole = (abs: number): boolean => Math.abs(abs - Math.round(abs)) < 0.005;

/**
 * Hot: savings facts carry several amounts a row, so Intl's formatter is kept for what it alone
 * can do, and each amount is written once (the same sums recur down a tracker).
 */
export const formatPounds = memoByNumber((value: number): string => {
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = showsWhole(abs);
  const digits = whole ? undefined : penceDigits(abs);
  const rounded =
    (whole && abs < 1e21
      ? groupThousands(String(Math.round(abs)))
      : digits && `${groupThousands(digits.pounds)}.${digits.pence}`) ??
    (whole
      ? Math.round(abs).toLocaleString('en-GB')
      : abs.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  return `${negative ? '-' : ''}£${rounded}`;
});

/** Pounds above which a sum in pence is no longer exact in a double. */
const MAX_EXACT_POUNDS = 1e13;

/**
 * A sum to the penny as formatPounds shows it, so a fact and the message made from it agree
 * (roundPence takes 50.005, held as 50.00499…, down to £50.00; the message shows £50.01):
 * formatPounds(roundPenceAsShown(x)) is formatPounds(x). Where no sum to the penny shows as x
 * does (999,999.995 shows as £1,000,000.00, -0.001 as -£0), x is kept as it is.
 */
export function roundPenceAsShown(value: number): number {
  const abs = Math.abs(value);
  if (!Number.isFinite(value) || abs >= MAX_EXACT_POUNDS) return value;
  const digits = showsWhole(abs) ? undefined : penceDigits(abs);
  if (digits?.pence === '00') return value;
  const rounded = digits ? Number(`${digits.pounds}.${digits.pence}`) : Math.round(abs);
  if (value < 0 && rounded === 0) return value;
  return value < 0 ? -rounded : rounded;
}

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
