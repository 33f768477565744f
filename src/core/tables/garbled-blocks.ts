/**
 * Lines of figures under headings Concordat does not know and with no total, one of them a figure
 * typed with a letter for a digit ("Aberconwy | l58") or broken by a space: read so that the
 * figure no sum can count is said, as a reader checking the list would.
 */
import type { SheetSnapshot } from '../snapshot';
import { MISTYPED_FIGURE, parseMoney } from '../parse/money';
import { blockSpanning, headingsAbove, type HeaderBlock } from './header-blocks';
import { BROKEN_FIGURE, type RowShape } from './layout';

/** Lines a run of figures must hold to be read for a garbled one. */
const MIN_LINES = 5;

/** Whether a cell holds a figure typed with a letter for a digit, or broken by a space, that no sum can read. */
function garbled(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    (MISTYPED_FIGURE.test(value) || BROKEN_FIGURE.test(value)) &&
    parseMoney(value).kind === 'unreadable'
  );
}

/** Whether a row holds such a figure among its cells. */
export const garbledOn = (sheet: SheetSnapshot, row: number) =>
  (sheet.values[row - sheet.originRow] ?? []).some(garbled);

/**
 * Runs of lines of figures (each with a figure, or a garbled one) claimed by no other table, headed
 * by the rows of headings just above, where a line holds a garbled figure.
 */
export function garbledBlocks(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  covered: (row: number) => boolean,
): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  const line = (i: number) => {
    const row = sheet.originRow + i;
    return !covered(row) && (shapes[i].numbers > 0 || garbledOn(sheet, row));
  };
  const heading = (row: number) => {
    const shape = shapes[row - sheet.originRow];
    return row > sheet.originRow && !covered(row) && shape.numbers === 0 && shape.filled === 1;
  };
  for (let i = 0; i < shapes.length; i++) {
    if (!line(i)) continue;
    let end = i;
    // (A section's heading alone on its line, "County Councils", or a blank line, sits among them.)
    const between = (k: number) =>
      shapes[k].numbers === 0 && shapes[k].filled <= 1 && k + 1 < shapes.length && line(k + 1);
    while (end + 1 < shapes.length && (line(end + 1) || between(end + 1))) end += 1;
    const [first, last] = [sheet.originRow + i, sheet.originRow + end];
    i = end;
    let hasGarbled = false;
    for (let r = first; r <= last && !hasGarbled; r++) hasGarbled = garbledOn(sheet, r);
    // (Under the headings, the first section's own: "Authority | SCAs", "County Councils", the lines.)
    let start = first;
    let top = headingsAbove(sheet, shapes, start, covered);
    if (top === start && heading(start - 1)) {
      start -= 1;
      top = headingsAbove(sheet, shapes, start, covered);
    }
    if (last - first + 1 < MIN_LINES || !hasGarbled || top === start) continue;
    blocks.push(blockSpanning(sheet, shapes, { top, bottom: start - 1, end: last }));
  }
  return blocks;
}
