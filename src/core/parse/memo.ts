/**
 * Remembering a parser's answers. Down a column the same officers, dates and amounts recur
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

/** The parser's answers by key, for the keys `worth` keeping; the memory starts afresh when full. */
function remembering<K, T>(parse: (key: K) => T, worth: (key: K) => boolean): (key: K) => T {
  let kept = new Map<K, T>();
  return (key) => {
    if (!worth(key)) return parse(key);
    const known = kept.get(key);
    if (known !== undefined) return known;
    const answer = deepFreeze(parse(key));
    if (kept.size >= MOST_KEPT) kept = new Map();
    kept.set(key, answer);
    return answer;
  };
}

export function memoByText<T>(parse: (text: string) => T): (text: string) => T {
  return remembering(parse, (text) => text.length <= LONGEST_KEPT);
}

/** The same for a parser of numbers: the serials of a date column, a column's shares or sums. */
export function memoByNumber<T>(parse: (n: number) => T): (n: number) => T {
  return remembering(parse, () => true);
}
