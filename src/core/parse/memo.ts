/**
 * Remembering a text parser's answers. Down a column the same officers, dates and amounts recur
 * row after row, and the parsers are pure, so each distinct text is read once. Answers are frozen,
 * as they are shared. Bounded: long texts are not kept, and the memory starts afresh when full, so
 * a sheet of all-different values costs no more than it did.
 */

/** Texts longer than this are parsed every time (they rarely repeat, and would hold memory). */
const LONGEST_KEPT = 200;
const MOST_KEPT = 5000;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const part of Object.values(value)) deepFreeze(part);
  }
  return value;
}

/** The same for a parser of numbers: the serials of a date column, say. */
export function memoByNumber<T>(parse: (n: number) => T): (n: number) => T {
  let kept = new Map<number, T>();
  return (n) => {
    const known = kept.get(n);
    if (known !== undefined) return known;
    const answer = deepFreeze(parse(n));
    if (kept.size >= MOST_KEPT) kept = new Map();
    kept.set(n, answer);
    return answer;
  };
}

export function memoByText<T>(parse: (text: string) => T): (text: string) => T {
  let kept = new Map<string, T>();
  return (text) => {
    if (text.length > LONGEST_KEPT) return parse(text);
    const known = kept.get(text);
    if (known !== undefined) return known;
    const answer = deepFreeze(parse(text));
    if (kept.size >= MOST_KEPT) kept = new Map();
    kept.set(text, answer);
    return answer;
  };
}
