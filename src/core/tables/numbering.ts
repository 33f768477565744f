/**
 * How lines are numbered: "12", "332.6", "A8", "j.", "(ii)", "Project 5:" — a counter (digits, a
 * letter or roman numerals) between words that stay the same from line to line. A reference used
 * twice shows itself where the numbering then skips the one it should have been ("2.3", "2.3",
 * "2.5"): that is the slip, whatever the numbering.
 */

const ROMAN = /^(?:[ivxlcdm]+|[IVXLCDM]+)$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
const REFERENCE = /^(.*?)(\d{1,6}|[A-Za-z]+)(\W{0,3})$/;

function fromRoman(text: string): number | null {
  const digits = [...text.toLowerCase()].map((ch) => ROMAN_VALUES[ch]);
  let value = 0;
  digits.forEach((d, i) => (value += d < (digits[i + 1] ?? 0) ? -d : d));
  return toRoman(value, text === text.toUpperCase()) === text ? value : null;
}

function toRoman(value: number, upper: boolean): string {
  const parts: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [n, s] of parts)
    while (value >= n) {
      out += s;
      value -= n;
    }
  return upper ? out.toUpperCase() : out;
}

/** The reference `steps` on from `text` in its own numbering; null where it has none. */
export function stepOn(text: string, steps: number): string | null {
  const m = REFERENCE.exec(text.trim());
  if (!m) return null;
  const [, before, counter, after] = m;
  // ("24/018" to "24/020": a count written with leading noughts keeps its width.)
  if (/^\d+$/.test(counter)) return `${before}${String(Number(counter) + steps).padStart(counter.length, '0')}${after}`;
  // (One letter is a letter's place, "j" to "l"; more are roman numerals, "ii" to "iv".)
  if (counter.length === 1 && !/[ivx]/i.test(counter)) {
    const code = counter.charCodeAt(0) + steps;
    const next = String.fromCharCode(code);
    return /[a-z]/i.test(next) && (next === next.toUpperCase()) === (counter === counter.toUpperCase())
      ? `${before}${next}${after}`
      : null;
  }
  if (!ROMAN.test(counter)) return null;
  const value = fromRoman(counter);
  return value === null ? null : `${before}${toRoman(value + steps, counter === counter.toUpperCase())}${after}`;
}

/** Whether `key` repeats the reference before it and the next is the one after the reference it should have been. */
export function skipsOver(before: string | undefined, key: string, after: string | undefined): boolean {
  if (before === undefined || after === undefined || key.trim() === '' || key.trim() !== before.trim()) return false;
  return stepOn(key, 2) === after.trim();
}

/** "1", "1.", "a)", "i": the first of a numbering. */
const FIRST_NUMBER = /^(?:0*1|a|i)\W{0,2}$/i;

/**
 * Whether the last of the numbers repeats the one before it, where the list counts up to that one
 * by one from its start or from a fresh "1" ("1322", "1323", "1324", "1325", "1325"): the list
 * ends before the numbering could skip. ("11", "9", "10", "10": minutes of several meetings cited.)
 */
function closesOnRepeat(keys: readonly string[]): boolean {
  const last = keys.length - 1;
  if (last < 2 || keys[last].trim() === '' || keys[last].trim() !== keys[last - 1].trim()) return false;
  let start = last - 1;
  while (start > 0 && stepOn(keys[start - 1], 1) === keys[start].trim()) start -= 1;
  return start < last - 1 && (start === 0 || FIRST_NUMBER.test(keys[start].trim()));
}

/**
 * Whether the `i`th of a list's numbers is one of a pair given one number by slip: the numbering
 * then skips the one the second should have been, or the list ends on the repeat after counting
 * up to it (under one heading: `sections` numbers the heading each stands under, where there are any).
 */
export function inSlippedPair(keys: readonly string[], i: number, sections?: readonly number[]): boolean {
  const repeatAt = (j: number) =>
    (keys[j] !== undefined && skipsOver(keys[j - 1], keys[j], keys[j + 1])) ||
    (j === keys.length - 1 && sections?.[j] === sections?.[j - 1] && closesOnRepeat(keys));
  return repeatAt(i) || repeatAt(i + 1);
}

/** The longest a line's number runs ("Recommendation 12", "Project 5:"). */
const NUMBER_LENGTH = 20;
/** Line numbers typed as figures run below this (a board's minutes counted on for years, "2987"). */
const LARGEST_NUMBER = 10000;
/** "2019": a year in the first cell, as tables by year print them, is no line's number. */
const yearLike = (n: number) => n >= 1900 && n <= 2100;

/**
 * The column of a sheet's line numbers where one is used twice and the numbering then skips the one
 * it should have been: the numbered lines' rows and the column, or null. A line's number is its
 * first cell, short, with words after it in the row.
 */
export function slippedNumbering(sheet: {
  originRow: number;
  originCol: number;
  values: readonly (readonly unknown[])[];
}): { column: number; rows: number[] } | null {
  // (A figure too large to number a line keeps its place, numbering nothing: the list goes on past it.)
  const byColumn = new Map<number, { row: number; text: string }[]>();
  const add = (column: number, row: number, text: string) => {
    const lines = byColumn.get(column);
    if (lines) lines.push({ row, text });
    else byColumn.set(column, [{ row, text }]);
  };
  sheet.values.forEach((cells, i) => {
    const first = cells.findIndex((v) => v !== null && v !== undefined && String(v).trim() !== '');
    if (first < 0) return;
    const value = cells[first];
    const column = sheet.originCol + first;
    // (A figure there is a line's number only while small: not a date's serial or an amount.)
    if (
      typeof value === 'number' &&
      !(Number.isInteger(value) && value > 0 && value < LARGEST_NUMBER && !yearLike(value))
    ) {
      if (byColumn.has(column)) add(column, sheet.originRow + i, '');
      return;
    }
    const text = String(value).trim();
    if (text.length > NUMBER_LENGTH || stepOn(text, 1) === null) return;
    const words = cells.slice(first + 1).some((v) => typeof v === 'string' && /\p{L}{3}/u.test(v));
    if (words) add(column, sheet.originRow + i, text);
  });
  for (const [column, lines] of byColumn) {
    const texts = lines.map((l) => l.text);
    const slipped = texts.some((text, i) => text !== '' && inSlippedPair(texts, i));
    const numbered = lines.filter((l) => l.text !== '');
    if (slipped || repeatsMinute(texts)) return { column, rows: numbered.map((l) => l.row) };
  }
  return null;
}

/** "414/03", "331.02": a minute's number in parts, its count written in two digits. */
const MINUTE_IN_PARTS = /^\d{1,4}\s*[/.]\s*(\d{2})\.?$/;

/**
 * Whether minutes numbered in parts, their counts written with a leading nought ("414/01",
 * "414/03"), give one number to two minutes running: a slip whatever follows, where the page may
 * end before the numbering could skip. (Lettered parts between them, "a)", "b)", are no minutes.)
 */
export function repeatsMinute(numbers: readonly string[]): boolean {
  const minutes = numbers.map((n) => n.trim()).filter((n) => MINUTE_IN_PARTS.test(n));
  if (!minutes.some((n) => MINUTE_IN_PARTS.exec(n)?.[1].startsWith('0'))) return false;
  return minutes.some((n, i) => i > 0 && n === minutes[i - 1]);
}

/**
 * "1325       Planning.", "43/19    Finance:", "9.Internal auditor", "4.2 Accounts": a minute's
 * number opening its line of prose, then a capital. ("2) …" is a list's line; "14 September" a date.)
 */
const NUMBER_OPENING =
  /^\s*(\d{1,4}[a-z]?(?:[/.]\d{1,4}[a-z]?){0,2})(?:\.?\s+|\.|(?<=[/.]\d{1,4}))(?=[A-Z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/;

/** The number opening a line of prose, as `NUMBER_OPENING` reads it; null for none. */
function openingNumber(text: string): string | null {
  const m = NUMBER_OPENING.exec(text);
  if (!m || !/\p{L}{3}/u.test(text.slice(m[0].length))) return null;
  // ("2012/13 Budget", "2019 Accounts": a year, not a minute.)
  return yearLike(Number(/^\d+/.exec(m[1])?.[0])) ? null : m[1];
}

/**
 * Minutes kept as lines of prose, each minute's number opening its line ("5. Finance:", then "5.
 * Planning"), where one number is used twice by slip (as `slippedNumbering` reads a column of
 * numbers): the lines' column, their rows and each line's number, or null. Not where a number in
 * parts comes again apart from its first use ("22/01" in an agenda listed above the minutes).
 */
export function slippedNumberingInProse(sheet: {
  originRow: number;
  originCol: number;
  values: readonly (readonly unknown[])[];
}): { column: number; rows: number[]; numbers: Map<number, string> } | null {
  const byColumn = new Map<number, { row: number; text: string }[]>();
  sheet.values.forEach((cells, i) => {
    const first = cells.findIndex((v) => v !== null && v !== undefined && String(v).trim() !== '');
    const value = cells[first];
    const number = typeof value === 'string' ? openingNumber(value) : null;
    if (number === null) return;
    const column = sheet.originCol + first;
    const lines = byColumn.get(column) ?? [];
    lines.push({ row: sheet.originRow + i, text: number });
    byColumn.set(column, lines);
  });
  for (const [column, lines] of byColumn) {
    const texts = lines.map((l) => l.text);
    const slipped = texts.some((_, i) => inSlippedPair(texts, i)) || repeatsMinute(texts);
    // (One number in parts used again apart is a slip, "3.1", "3.2", "3.1"; several are an agenda.)
    const apart = new Set(texts.filter((t, i) => IN_PARTS.test(t) && texts.indexOf(t) < i - 1)).size >= 2;
    const together = texts.some((t, i) => IN_PARTS.test(t) && texts[i - 1] === t);
    if ((slipped || together) && !apart)
      return { column, rows: lines.map((l) => l.row), numbers: new Map(lines.map((l) => [l.row, l.text])) };
  }
  return null;
}

/** "43/19", "4.2": a number in parts. */
const IN_PARTS = /\d[/.]\d/;
