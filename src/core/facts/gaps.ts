/**
 * Gaps the rules compare with a tolerance. Shares and pounds are written in decimals that binary
 * floating point cannot hold exactly (33.5% + 67% comes to 1.0050000000000001), so a gap is
 * rounded before it is compared: a split of exactly 100%, or exactly at its limit, is within it.
 */

/** A fraction to a billionth: far finer than any share is written, far coarser than binary error. */
export function roundFraction(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** Pounds to the penny. */
export function roundPence(x: number): number {
  return Math.round(x * 100) / 100;
}

/** How far apart two shares (fractions) are. */
export function shareGap(a: number, b: number): number {
  return roundFraction(Math.abs(a - b));
}

/** How far apart two sums of money are, to the penny. */
export function poundsGap(a: number, b: number): number {
  return roundPence(Math.abs(a - b));
}
