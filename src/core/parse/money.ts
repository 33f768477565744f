/**
 * Reading sums of money from cells: figures as typed ("£246,000", "£120k", "£1.2m",
 * "(4,000)"), ranges ("£30,000 to £40,000", or "£30,000 £40,000" as one council paper
 * prints it) and figures with words around them ("£40k savings per annum").
 */
import { memoByText } from './memo';
import { isCellError, type CellValue } from '../snapshot';
import { blank, cellText, cleanText, isDigit, isLetter, roundTo, trimChars, unreadable } from './text';
import type { MoneyParse } from './types';

export const MONEY_EXPECTED = 'an amount such as £120,000 or £120k';

/**
 * The unit a header gives its figures: 1000 for "£'000", "£000s", "£k", "£ thousands";
 * 1,000,000 for "£m", "£ million"; otherwise 1.
 */
export function headerMoneyScale(header: string): number {
  const h = cleanText(header).toLowerCase();
  if (/£ ?'? ?m(?:illions?|n)?(?![a-z])/.test(h)) return 1_000_000;
  if (/£ ?'? ?(?:000|k(?![a-z])|thousands?)/.test(h) || h.includes("'000")) return 1000;
  return 1;
}

/**
 * The unit a number format prints after its figures ('"£"0.0"m"' shows 85.2 as "£85.2m": the
 * cell holds millions), or null where it prints none. A format that scales the figure down with
 * commas ('#,##0.0,,"m"') shows pounds in millions: the cell holds pounds.
 */
export function formatMoneyScale(format: string | null | undefined): number | null {
  if (!format) return null;
  const first = format.split(';')[0].replace(/\[[^\]]*\]/g, '');
  if (/[0#?],+(?![0#?,])/.test(first)) return null;
  const unit = /(?:"\s*([a-z]{1,8})\s*"|\\([a-z]))\s*$/i.exec(first);
  const word = unit ? (unit[1] ?? unit[2]).toLowerCase() : null;
  return word ? (unitMultiplier(word) ?? null) : null;
}

/** One figure found in the text. */
interface Figure {
  /** Index of its first character (sign or £ included) and one past its last. */
  start: number;
  end: number;
  /** The figure as written, signed, before any unit: "£40k" → 40. */
  number: number;
  pound: boolean;
  /** Its own unit (k → 1000, m → 1,000,000), when written; the header's scale then does not apply. */
  unit: number | null;
  /** Part of a date or financial year ("2011/12"), or a percentage: not money. */
  notMoney: boolean;
  /** Inside brackets after the main text: "(£40k per partner)". */
  bracketed: boolean;
}

const UNIT_WORDS: readonly (readonly [string, number])[] = [
  ['million', 1e6],
  ['millions', 1e6],
  ['thousand', 1e3],
  ['billion', 1e9],
  ['mn', 1e6],
  ['bn', 1e9],
  ['m', 1e6],
  ['k', 1e3],
];

/** A figure's unit written as a word ("k", "m", "million"), or undefined. */
export function unitMultiplier(word: string): number | undefined {
  return UNIT_WORDS.find(([w]) => w === word)?.[1];
}

/** The unit word starting at `at` (after at most one space), if it is a whole word. */
function readUnit(s: string, at: number): { multiplier: number; end: number } | null {
  const from = s[at] === ' ' ? at + 1 : at;
  const lower = s.slice(from, from + 8).toLowerCase();
  for (const [word, multiplier] of UNIT_WORDS) {
    if (lower.startsWith(word) && !isLetter(s[from + word.length])) {
      return { multiplier, end: from + word.length };
    }
  }
  return null;
}

/** Letters typed for the digits they look like: O for 0, l and I for 1. */
const LIKE_DIGIT = /^[OolI]$/;

/** Scan every figure once, left to right (linear: no backtracking regex). */
function findFigures(s: string): Figure[] {
  const figures: Figure[] = [];
  let depth = 0;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '(') depth += 1;
    if (ch === ')' && depth > 0) depth -= 1;
    const startsNumber = isDigit(ch) || (ch === '.' && isDigit(s[i + 1]));
    if (!startsNumber) {
      i += 1;
      continue;
    }
    // Digits inside a word ("Q3", "FY11", "S151", "3I5.41" typed with a letter for a digit) are
    // not sums. (Past the first character always: "O.2" must not hold the scan in place.)
    if (isLetter(s[i - 1])) {
      i += 1;
      while (i < s.length && (isDigit(s[i]) || isLetter(s[i]) || (s[i] === '.' && isDigit(s[i + 1])))) i += 1;
      continue;
    }
    let j = i;
    let digits = '';
    while (j < s.length && (isDigit(s[j]) || (s[j] === ',' && isDigit(s[j + 1])))) {
      if (s[j] !== ',') digits += s[j];
      j += 1;
    }
    if (s[j] === '.' && isDigit(s[j + 1])) {
      digits += '.';
      j += 1;
      while (isDigit(s[j])) digits += s[j++];
    }
    // A financial year "2011-12" is one token and not a sum.
    const year = /^-(\d{4}|\d{2})(?!\d)/.exec(s.slice(j, j + 6));
    if (digits.length === 4 && year !== null && isFollowingYear(digits, year[1])) {
      figures.push({
        start: i,
        end: j + year[0].length,
        number: 0,
        pound: false,
        unit: null,
        notMoney: true,
        bracketed: depth > 0,
      });
      i = j + year[0].length;
      continue;
    }
    const unit = readUnit(s, j);
    const end = unit === null ? j : unit.end;
    const next = s[end] === ' ' ? s[end + 1] : s[end];
    // ("£2.l": a point and a letter where the figure's decimals go, a figure mistyped; "£5,OOO",
    // "l,000": a letter like a digit, O or l, on the other side of a comma, another.)
    const mistyped =
      (s[end] === '.' && isLetter(s[end + 1])) ||
      (s[end] === ',' && LIKE_DIGIT.test(s[end + 1] ?? '')) ||
      (s[i - 1] === ',' && LIKE_DIGIT.test(s[i - 2] ?? ''));
    const notMoney = s[i - 1] === '/' || s[j] === '/' || s[j] === ':' || next === '%' || isLetter(s[end]) || mistyped;

    // Look back for "£", "-£", "£-" just before the figure.
    let start = i;
    let pound = false;
    let negative = false;
    let k = i - 1;
    if (s[k] === ' ') k -= 1;
    if (s[k] === '-' && s[k - 1] === '£') {
      negative = true;
      pound = true;
      start = k - 1;
    } else if (s[k] === '£') {
      pound = true;
      start = k;
      k -= 1;
      if (s[k] === ' ') k -= 1;
      if (s[k] === '-') {
        negative = true;
        start = k;
      }
    } else if (s[k] === '-') {
      negative = true;
      start = k;
    }
    // A dash straight after another figure ("£30k-£40k") joins a range; it is not a minus.
    if (negative) {
      const prev = figures[figures.length - 1];
      if (prev !== undefined && s.slice(prev.end, start).trim() === '') {
        negative = false;
        start += s[start] === '-' ? 1 : 0;
      }
    }
    figures.push({
      start,
      end,
      number: negative ? -Number(digits) : Number(digits),
      pound,
      unit: unit === null ? null : unit.multiplier,
      notMoney,
      bracketed: depth > 0,
    });
    i = end > i ? end : i + 1;
  }
  return figures;
}

function isFollowingYear(first: string, second: string): boolean {
  const start = Number(first);
  return second.length === 2 ? Number(second) === (start + 1) % 100 : Number(second) === start + 1;
}

/** Words that may join the two ends of a range. */
function joinsRange(between: string, before: string): boolean {
  const joint = between.trim().toLowerCase();
  if (joint === '-' || joint === 'to' || joint === '- to') return true;
  return joint === 'and' && /(?:^| )between$/i.test(before.trimEnd());
}

const NIL_WORDS: ReadonlySet<string> = new Set(['nil', 'none', 'zero', 'nothing', '-', '£nil', '£-']);

/**
 * "Not applicable": no sum belongs here, so the cell is blank. "TBC" is not among them: a sum
 * is due but not yet known, so it stays unreadable and is reported.
 */
const NOT_APPLICABLE: ReadonlySet<string> = new Set(['n/a', 'na', 'n.a', 'notapplicable']);

/** "-", "—", "Nil": a figure printed as nothing, read as 0 (the text with its dashes made plain). */
export function isNilText(clean: string): boolean {
  return NIL_WORDS.has(wordKey(clean));
}

/** The cell as one lower-case word, spaces dropped: "£ -" (Excel's accounting zero) → "£-". */
function wordKey(s: string): string {
  return trimChars(s.toLowerCase(), '.! ').replace(/ /g, '');
}

function toPounds(figure: Figure, multiplier: number): number {
  return roundTo(figure.number * multiplier, 2);
}

/**
 * A point then another point or a comma inside one run of digits, or two separators side by side
 * ("4,.008"): no figure anyone wrote on purpose.
 */
const MISPLACED_SEPARATORS = /\d\.\d+[.,]\d|\d[.,]{2,}\d/;

/** "£691,3201", "12,34": a figure whose commas do not mark off thousands (one digit too many or too few). */
const MISGROUPED = /^£?\s*\(?-?\d{1,3}(?:,\d+)+(?:\.\d+)?\)?$/;

function misgrouped(s: string): boolean {
  return (
    MISGROUPED.test(s) &&
    s
      .replace(/\.\d+/, '')
      .split(',')
      .slice(1)
      .some((g) => g.replace(/\D/g, '').length !== 3)
  );
}

/**
 * "257,", "1,191,", ",039", "-22,": a figure a copy cut at one of its commas, the rest of its
 * digits lost or run into the next cell, so what is left is no sum.
 */
export const CUT_AT_COMMA = /^[-–]?(?:,\d{3}(?:,\d{3})*|\d{1,3}(?:,\d{3})*,)$/;

/** "146/235" for 146.235: a figure whose point was struck as a slash (a fraction is no figure of money). */
const SLASHED_POINT = /^\d{1,3}\/\d{3}$/;

/**
 * "0.062)", "(1,234": a bracket without its pair, so nobody can tell a credit from a debit. (A
 * point, thousands or three digits make it a figure: "1)" numbers a list.)
 */
const HALF_BRACKETED =
  /^£?\s*(?:\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d{3,})\s*\)$|^\(\s*£?\s*(?:\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d{3,})$/;

/**
 * "900~1", "925@52", "35+95", "1,&54", "9,35?", "43,72S": a scanned figure with a stray mark among
 * its digits, or a letter struck for one in a figure grouped in thousands. (Not "12A", a
 * reference, "10-12", a range, nor "1,234*", a footnote's mark.)
 */
const SCANNED_MARK = /^\(?\d[\d,.]*[~@+&?^|\\!$][\d,.]*\)?$/;
const SCANNED_LETTER = /^\(?\d{1,3},\d{0,2}[A-Z]\d{0,2}\)?$/;
/**
 * "2t,277", "174,6t6", "8,70s", "190,7E2": thousands marked off, a letter or two scanned where
 * digits were, in any group. (Its digits are most of it: "abc,def" and "A1,B2C" are no figure.)
 */
const GROUPED_WITH_LETTERS = /^\(?[\dA-Za-z]{1,3}(?:,[\dA-Za-z]{3})+\)?$/;
const SCANNED_LETTERS = 2;

function scannedFigure(s: string): boolean {
  const digits = s.replace(/\D/g, '').length;
  const letters = s.replace(/[^A-Za-z]/g, '').length;
  return (
    digits >= 3 &&
    (SCANNED_MARK.test(s) ||
      SCANNED_LETTER.test(s) ||
      (GROUPED_WITH_LETTERS.test(s) && letters >= 1 && letters <= SCANNED_LETTERS && letters < digits))
  );
}

/** "Linked to above", "Included in above", "See above": a pointer to the line above where a figure goes. */
const ABOVE_POINTER =
  /^(?:see|linked (?:to|with)|included (?:in|with)|part of|covered (?:by|in))\s+(?:the\s+)?(?:line\s+|row\s+|scheme\s+)?above\.?$/i;

/**
 * "2O7", "1,9O6", "45.OOO", "£6.36O", "24S": a figure with a letter typed for a digit it looks like
 * (O for 0, l or I for 1, S for 5), which no sum can count, though it stands where a figure goes.
 * It opens with a digit, so "O1", an objective's code, is not one; or with a small l before two
 * digits or more ("l83.1", "l4.9"), which no code is written with; or with an l, I or S before a
 * comma and three digits ("l,838", "S,257"); or with an O before the point ("O.558"). A B or G
 * between digits ("16.8B2", "-27B.3") is an 8 or a 6. ("£000S" is the unit in capitals.)
 */
export const MISTYPED_FIGURE =
  /^(?!\s*\(?£?\s*'?0{3}'?S\)?\s*$)\s*[(\-–]?\s*£?\s*(?:(?:\d(?=[\d,.]*[OolIS])|l(?=\d[\d,.]*\d)|[lIS](?=,\d{3})|O(?=\.\d))[\d,.OolIS]*|\d[\d,.]*[BG][.,]?\d[\d,.]*)\s*\)?\s*$/;

/**
 * "146/235", "6,410.781.480", "0.062)", "£691,3201", "925@52": a figure is there, its separators
 * or brackets struck wrong or a stray mark scanned among its digits, so no total over it can be
 * checked. (A note's pointer or "Linked to above" may stand for no figure of the line's own.)
 */
export function isMangledFigure(text: string): boolean {
  const s = text.trim();
  // ("Total as at 01.04.20": words with a date in them, a label, not a figure whose points slipped.)
  if (WORDS.test(s)) return false;
  return (
    s.length <= 30 &&
    (MISPLACED_SEPARATORS.test(s) ||
      SLASHED_POINT.test(s) ||
      HALF_BRACKETED.test(s) ||
      misgrouped(s) ||
      CUT_AT_COMMA.test(s) ||
      scannedFigure(s))
  );
}

/** Two words of letters: a label's words, not a figure's unit ("£m", "k"). */
const WORDS = /[a-z]{2,}\W+[a-z]{2,}/i;

/** "Note 1", "see note 3", "Footnote (a)": a pointer to a note printed where a figure goes. */
const NOTE_POINTER = /^(?:see\s+)?(?:foot)?notes?\s*(?:\d{1,2}[a-z]?|\(?[a-z\d]{1,2}\))?\.?$/i;

/**
 * "=SUM(ABOVE) 54.269", "=B2*0.68", "=1+1": a formula typed where its result should be, not
 * "= total of rows 3-5" or "= 68% row 1", a model's note of how its line is worked out.
 */
const FORMULA_TEXT = /^=\s*(?:[A-Za-z][A-Za-z0-9.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+\b|[-+(]?\s*\d[\d.,]*\s*(?:[-+*/^]|$))/;

/**
 * What a cell that stands where a figure goes but gives none should hold instead, or null when it
 * is no such cell: a formula kept as text ("=SUM(ABOVE) 54.269", "=1+1"), never worked out, a
 * pointer to a note ("Note 1"), or a figure with its separators out of place ("6,410.781.480").
 * Their digits are no sum.
 */
export function standsForFigure(text: string): string | null {
  const s = text.trim();
  if (FORMULA_TEXT.test(s)) return `${MONEY_EXPECTED}; this is a formula kept as text, which Excel never works out`;
  if (NOTE_POINTER.test(s)) return `${MONEY_EXPECTED}, with the note beside it rather than in its place`;
  if (ABOVE_POINTER.test(s)) return `${MONEY_EXPECTED}, or 0 where the line above counts it`;
  if (HALF_BRACKETED.test(s)) return `${MONEY_EXPECTED}, with both brackets or neither`;
  // "6,410.781.480", "5,951.063,379": two points, or a comma after the point, in one figure.
  if (isMangledFigure(s)) return `${MONEY_EXPECTED}, with its commas and point in place`;
  return null;
}

/** "2022I", "2023 l": a year as a heading prints it, a scan's stroke after it. */
const MARKED_YEAR = /^(?:19|20)\d{2}\s?[Il]$/;

/** "Included in rent", "Incl. within staffing": a sum counted elsewhere, with no figure of its own. */
export const COUNTED_ELSEWHERE = /^(?:included|incl\.?)\s+(?:in|within|with|under|elsewhere)\b[^\d£]*$/i;

/** A bare figure on a line of its own: "46,627", "(992)", "-3.5", "£120". */
const FIGURE_LINE = /^\s*\(?-?£?\s*\d[\d,]*(?:\.\d+)?\)?\s*$/;

/** The lines of a cell that holds two or more bare figures, one to a line and nothing else; else null. */
export function stackedLines(text: string): string[] | null {
  if (!text.includes('\n')) return null;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length >= 2 && lines.every((l) => FIGURE_LINE.test(l)) ? lines : null;
}

function readMoneyText(raw: string, scale: number): MoneyParse {
  const text = raw.trim();
  let s = cleanText(raw);
  if (s === '') return blank();
  const instead = standsForFigure(s);
  if (instead) return unreadable(text, instead);
  // ("= total of rows 3-5": how a line is worked out, its figures rows, not sums.)
  if (s.startsWith('=')) return unreadable(text, MONEY_EXPECTED);
  // ("(71)⏎(992)⏎576": figures stacked one to a line, each some line's own, no one sum.)
  if (stackedLines(raw) !== null) return unreadable(text, MONEY_EXPECTED);
  const key = wordKey(s);
  if (NIL_WORDS.has(key)) return { kind: 'amount', value: 0, text };
  if (NOT_APPLICABLE.has(key)) return blank();
  // "Included in rent": the sum is counted on another line or in another column, nothing here.
  if (COUNTED_ELSEWHERE.test(s)) return blank();

  // "Up to £187.0k": a ceiling, the range from nothing to it, not a figure to track.
  const ceiling = /^up to\s+(?=[£\d])/i.exec(s);
  if (ceiling) {
    const top = readMoneyText(s.slice(ceiling[0].length), scale);
    if (top.kind === 'amount') return { kind: 'range', low: 0, high: top.value, text };
  }
  // "(4,000)", "(£4,000)", "£(4,000)": accountants' brackets for a negative figure.
  let negate = false;
  const opening = s.startsWith('(') ? 1 : s.startsWith('£(') ? 2 : 0;
  if (opening > 0 && s.endsWith(')') && s.indexOf(')') === s.length - 1) {
    negate = true;
    s = `${opening === 2 ? '£' : ''}${s.slice(opening, -1).trim()}`;
  }
  // ("2022I", "2023 l": a year heading with a scan's stray stroke after it, no sum.)
  if (MARKED_YEAR.test(text)) return blank();
  // ("1O8,180": a letter typed for a digit, which would leave "180" to be read as the sum.)
  if (MISTYPED_FIGURE.test(text)) return unreadable(text, MONEY_EXPECTED);
  const figures = findFigures(s).filter((f) => !f.notMoney);
  if (figures.length === 0) {
    const firstWord = wordKey(s.split(' ', 1)[0]);
    if (NIL_WORDS.has(firstWord)) return { kind: 'amount', value: 0, text };
    // "N/A - shared post": no figure and nothing owed.
    if (NOT_APPLICABLE.has(firstWord)) return blank();
    return unreadable(text, MONEY_EXPECTED);
  }
  // The amount is the first figure marked as money (£ or a unit); else the first figure.
  const marked = figures.findIndex((f) => f.pound || f.unit !== null);
  const firstIndex = marked === -1 ? 0 : marked;
  const first = figures[firstIndex];
  const second = figures[firstIndex + 1];

  let rangeEnd: typeof second | undefined;
  if (second !== undefined) {
    const between = s.slice(first.end, second.start);
    const looksLikeMoney = second.pound || second.unit !== null || !first.pound;
    if (looksLikeMoney && joinsRange(between, s.slice(0, first.start))) rangeEnd = second;
    else if (between.trim() === '') {
      // "£30,000 £40,000": two sums side by side, as one council paper prints a range.
      if (!first.pound || !second.pound) return unreadable(text, MONEY_EXPECTED);
      rangeEnd = second;
    }
  }
  // Any further sum outside brackets makes the cell ambiguous ("£50k in 2011 and £60k in 2012").
  const after = figures.slice(firstIndex + (rangeEnd === undefined ? 1 : 2));
  if (after.some((f) => (f.pound || f.unit !== null) && !f.bracketed)) {
    return unreadable(text, MONEY_EXPECTED);
  }

  const sign = negate ? -1 : 1;
  if (rangeEnd === undefined) {
    const value = sign * toPounds(first, first.unit ?? scale);
    if (!Number.isFinite(value)) return unreadable(text, MONEY_EXPECTED);
    return { kind: 'amount', value: value === 0 ? 0 : value, text };
  }
  // "£30-40k": the unit on the upper figure belongs to both.
  const low = sign * toPounds(first, first.unit ?? rangeEnd.unit ?? scale);
  const high = sign * toPounds(rangeEnd, rangeEnd.unit ?? scale);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return unreadable(text, MONEY_EXPECTED);
  return { kind: 'range', low: Math.min(low, high), high: Math.max(low, high), text };
}

/**
 * Read a sum of money. Numbers are taken as they are, times the header's scale; text
 * figures with their own unit (k, m) ignore the scale. Never throws.
 */
/** One memory per scale: a sheet has one or two (pounds, and £'000 columns). */
const textParsers = new Map<number, (text: string) => MoneyParse>();

function parseMoneyText(raw: string, scale: number): MoneyParse {
  let parse = textParsers.get(scale);
  if (!parse) {
    if (textParsers.size > 16) textParsers.clear();
    parse = memoByText((text) => readMoneyText(text, scale));
    textParsers.set(scale, parse);
  }
  return parse(raw);
}

export function parseMoney(value: CellValue, scale = 1): MoneyParse {
  if (value === null) return blank();
  if (typeof value === 'string') return parseMoneyText(value, scale);
  if (typeof value === 'number') {
    const pounds = roundTo(value * scale, 2);
    if (!Number.isFinite(pounds)) return unreadable(cellText(value), MONEY_EXPECTED);
    return { kind: 'amount', value: pounds, text: cellText(value) };
  }
  if (isCellError(value)) return unreadable(value.error, MONEY_EXPECTED);
  return unreadable(cellText(value), MONEY_EXPECTED);
}
