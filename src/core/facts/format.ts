/** How numbers read in finding messages: £246,000, 75%, 13 days. */

export function formatPounds(value: number): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  const rounded =
    Math.abs(abs - Math.round(abs)) < 0.005
      ? Math.round(abs).toLocaleString('en-GB')
      : abs.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${negative ? '-' : ''}£${rounded}`;
}

/** 0.755 → "75.5%", 0.5 → "50%". */
export function formatPercent(fraction: number): string {
  const pct = Math.round(fraction * 1000) / 10;
  return `${pct}%`;
}

export function formatSplit(shares: readonly number[]): string {
  return shares.map(formatPercent).join(' / ');
}

/** Percentage points between two fractions, rounded to a tenth. */
export function roundPoints(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}
