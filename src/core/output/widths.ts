/**
 * Column widths in the one unit Concordat's output is defined in: characters, as an .xlsx stores
 * a column's width (the command line writes them as they are). The add-in sets widths in points,
 * so it converts here. Excel draws a width of `w` characters of its default font (Calibri 11, whose
 * digits are 7 pixels wide) as round(7w) pixels, and a pixel is 0.75 points.
 */
import type { WidthUnit } from '../owned-record';

const DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;

export function charsToPoints(chars: number): number {
  return Math.round(chars * DIGIT_PIXELS) * POINTS_PER_PIXEL;
}

/** Points back to characters, to two places (Excel shows widths to two places). */
export function pointsToChars(points: number): number {
  return Math.round((points / POINTS_PER_PIXEL / DIGIT_PIXELS) * 100) / 100;
}

/** A recorded width in the unit a host sets widths in. */
export function widthIn(width: number, from: WidthUnit, to: WidthUnit): number {
  if (from === to) return width;
  return to === 'points' ? charsToPoints(width) : pointsToChars(width);
}
