/**
 * "Score | Key | Action" over "16-25 | Red | High risk…": a key to the colours a register uses,
 * printed as a small table of its own above it. Its lines are a legend, not actions.
 */
import type { SheetSnapshot } from '../snapshot';
import type { Body } from './body';
import type { ColumnRead } from './read-columns';
import { textAt } from './layout';

/** A colour alone in a cell, as a key names it: "Red", "Amber", "Green". */
const COLOUR_WORD = /^\s*(?:red|amber|green|blue|black|grey|gray|purple|white)\s*$/i;
/** "Key", "Colour", "Legend": a heading over the colours of a key. */
const KEY_HEADING = /\b(?:key|colou?rs?|legend)\b/i;
/** "16-25", "1 – 10": the scores a colour stands for. */
const SCORE_RANGE = /^\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*$/;
/** A key has a line for each of a few colours. */
const KEY_COLOURS = { min: 2, max: 6 };

/** Every item a different colour alone in one column, a few of them: a key, not a list of actions. */
export function colourKey(sheet: SheetSnapshot, body: Body, reads: readonly ColumnRead[]): boolean {
  const items = body.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  if (items.length < KEY_COLOURS.min || items.length > KEY_COLOURS.max) return false;
  // (Three actions rated red, amber and green are a plan: the key says so in its heading, or
  // gives the scores each colour stands for.)
  const scored = reads.some(
    (read) => items.filter((row) => SCORE_RANGE.test(textAt(sheet, row, read.column))).length >= 2,
  );
  // (A title under the key, "Risk register | Review date | 27/01/2017", may run into it: one line more.)
  return reads.some((read) => {
    if (!scored && !KEY_HEADING.test(read.header)) return false;
    const colours = items.map((row) => textAt(sheet, row, read.column).trim().toLowerCase()).filter((c) => c !== '');
    return (
      colours.length >= Math.max(KEY_COLOURS.min, items.length - 1) &&
      colours.every((c) => COLOUR_WORD.test(c)) &&
      new Set(colours).size === colours.length
    );
  });
}
