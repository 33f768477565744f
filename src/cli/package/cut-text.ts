/**
 * A text with some spans cut out, and the way back from an offset in the cut text to the same
 * place in the whole: so a pass that only needs part of a big sheet tokenises only that part, and
 * its edits still land where they belong.
 */
export interface CutText {
  text: string;
  /**
   * The offset in the whole text of an offset in the cut one. Where a cut was, the offset is taken
   * after it (where what follows the cut starts) or, with `before`, where the cut began (where
   * what precedes it ends).
   */
  original(at: number, before?: boolean): number;
}

/** `spans` in order, none overlapping, each [start, end) of the whole text. */
export function cutSpans(text: string, spans: readonly (readonly [number, number])[]): CutText {
  if (spans.length === 0) return { text, original: (at) => at };
  const pieces: string[] = [];
  const starts: number[] = [];
  const origins: number[] = [];
  let from = 0;
  let length = 0;
  for (const [start, end] of spans) {
    pieces.push(text.slice(from, start));
    starts.push(length);
    origins.push(from);
    length += start - from;
    from = end;
  }
  pieces.push(text.slice(from));
  starts.push(length);
  origins.push(from);
  return {
    text: pieces.join(''),
    original(at, before = false) {
      // The last piece starting at or before `at` or, with `before`, the last starting before it
      // (cuts side by side leave empty pieces, all starting where the first of them does).
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] < at || (starts[mid] === at && !before)) lo = mid;
        else hi = mid - 1;
      }
      return origins[lo] + at - starts[lo];
    },
  };
}
