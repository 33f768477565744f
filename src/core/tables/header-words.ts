/**
 * A header as a reader sees it once years, periods, units, footnote marks and partner names are
 * set aside: "2025/26 Savings Target £'000 *" → "savings target", noted as money for 2025/26.
 * The words before the first preposition are what the header is about ("Basis of apportionment"
 * is a basis; "Achieved to date" is an achievement), and its last word is the head noun.
 */
import { replaceAsides, trimEndChars } from '../parse/text';

/** What may close a heading: spaces, a colon, a full stop. */
const CLOSING = ' \t\n\r:.';

export interface HeaderWords {
  /** Lower-case words left once years, units, partner names and marks are gone. */
  words: string[];
  /** Index one past the last word of the main part (the words before the first preposition). */
  mainEnd: number;
  /** A year or period the header names ("2025/26"), if any. */
  year: string | null;
  /** The header names a percentage, or a money unit. */
  percent: boolean;
  money: boolean;
  /** "Year to date", "YTD": part of the year, weaker than the same figure for the whole year. */
  partYear: boolean;
}

const YEAR = /\b(?:fy\s?)?((?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?)\b/i;
const PERIODS =
  /\b(?:fy\s?\d\d(?:\s*\/\s*\d\d)?|q[1-4]|quarter\s+[1-4]|month\s+\d{1,2}|period\s+\d{1,2}|p\d{1,2}|m\d{1,2}|ytd|year to date|(?:current|this|last|next|previous|prior)\s+year(?:'s|s')?)(?![\w'])/gi;
/** "June 2007 outturn", "March 2008 target": a month named with its year is a period. */
const DATED_MONTHS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?=(?:19|20)\d\d\b)/gi;
// "£\s*'?\s*000" would rescan a run of spaces once for each space it holds; this reads the same.
const MONEY_UNITS = /£\s*(?:'\s*)?000'?s?|£\s*(?:k|m|bn)\b|'000'?s?|\b000'?s\b|£/gi;
const FOOTNOTES = /\(\s*(?:see\s+)?(?:note\s*)?\d{1,2}[a-z]?\s*\)|\[\s*\w{1,3}\s*\]|[*†‡¹²³⁴⁵⁶⁷⁸⁹]+/gi;

/** Words after which the rest of a header qualifies what comes before it. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'to',
  'by',
  'in',
  'from',
  'at',
  'on',
  'against',
  'per',
  'vs',
  'versus',
  'which',
  'that',
  // ("Timescales when action likely to be complete": a clause about the timescales.)
  'when',
  'as',
  'between',
  'with',
]);

const POSTMODIFIERS: ReadonlySet<string> = new Set([
  'made',
  'taken',
  'planned',
  'identified',
  'required',
  'requested',
  'raised',
  'given',
  'or',
  'and',
  'proposed',
  'agreed',
  'undertaken',
  'included',
  'reported',
]);

/** "18/19", "19/20", "22-23": a financial year written short, its two years consecutive. */
const SHORT_YEAR = /\b(\d\d)\s*[/\u2013-]\s*(\d\d)\b/g;

function isShortYear(first: string, second: string): boolean {
  return (Number(first) + 1) % 100 === Number(second);
}

/** "07-10", "22/25": a plan's years written short, from the first to the second (up to ten years). */
function isShortPeriod(first: string, second: string): boolean {
  const years = (Number(second) - Number(first) + 100) % 100;
  return years >= 2 && years <= 10;
}

export function headerYear(text: string): string | null {
  const m = YEAR.exec(text);
  if (m) return m[1].replace(/\s+/g, '');
  for (const short of text.matchAll(SHORT_YEAR)) if (isShortYear(short[1], short[2])) return `${short[1]}/${short[2]}`;
  return null;
}

/** Lower-case words of a header with partner names (already lower-case, normalised) taken out. */
export function headerWords(raw: string, partnerNames: readonly string[] = []): HeaderWords {
  // Curly quotes as straight ones: "£000’s" is "£000's".
  // (A colon or full stop after a heading, "Owner:", ends it; it is no part of its words.)
  let text = trimEndChars(raw.toLowerCase().replace(/[\u2018\u2019]/g, "'"), CLOSING);
  const year = headerYear(text);
  const money = /£|'000|\b000s\b/.test(text);
  // ("Targets issued @ 22%": a rate the heading quotes, not the unit of its figures.)
  const percent = /(?<!\d\s?)%|\bper ?cent\b|\bpercentage\b/.test(text);
  const partYear = /\b(?:ytd|year to date)\b/.test(text);
  text = text
    .replace(/\br\s*[/.]\s*a\s*[/.]\s*g\b\.?/g, 'rag')
    .replace(FOOTNOTES, ' ')
    // "Completed Y/N": the answer's form, not a word of what the column holds.
    .replace(/\by\s*\/\s*n\b/g, ' ')
    // "Achieved/Anticipated", "Lead Officer/EM": the first of two alternatives names the column
    // ("Revised / further actions" is two words for one noun, and keeps it).
    // ("Target Date/ Completed by": the date to meet, once done the date it was met.)
    .replace(/([a-z])\s*\/\s*[a-z]+(?:\s+(?:by|on))?(?=\s*(?:£|$|\(|\d))/g, '$1');
  // "Action by whom?", "Action by when?": the question names the column; the action is given.
  text = text.replace(/^\s*(?:further\s+)?actions?(?:ed)?\s+(by\s+(?:whom|when))\b/, '$1');
  // "Who (lead in red)", "Risk rating (HML)": a bracketed aside qualifies, it does not name.
  text = replaceAsides(text, ' ')
    .replace(DATED_MONTHS, ' ')
    .replace(new RegExp(YEAR.source, 'gi'), ' ')
    .replace(SHORT_YEAR, (all, first: string, second: string) =>
      isShortYear(first, second) || isShortPeriod(first, second) ? ' ' : all,
    )
    .replace(PERIODS, ' ')
    .replace(MONEY_UNITS, ' ')
    .replace(/&/g, ' and ')
    .replace(/@/g, ' at ')
    .replace(/%/g, ' ')
    .replace(/[^a-z0-9%#\s-]+/g, ' ')
    // Not from inside a run of dashes: each start there failed after scanning the rest of the run.
    .replace(/(^|\s)-+|(?<!-)-+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const name of partnerNames) {
    if (name) text = ` ${text} `.split(` ${name} `).join(' ').trim();
  }
  // Units written as words, and the '£k'/'£m' scales left bare by punctuation removal.
  const words = text.split(' ').filter((w) => w && !/^(?:k|m|bn|gbp|pounds|thousands?|millions?|per ?cent)$/.test(w));
  let mainEnd = words.length;
  for (let i = 1; i < words.length; i++) {
    if (PREPOSITIONS.has(words[i])) {
      mainEnd = i;
      break;
    }
  }
  // "Action taken or planned", "Recommendation made": a participle after the noun is not the head.
  while (mainEnd > 1 && POSTMODIFIERS.has(words[mainEnd - 1])) mainEnd -= 1;
  return { words, mainEnd, year, percent, money, partYear };
}

/** Lower-case, punctuation as spaces: for comparing partner names and wordings. */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9%#]+/g, ' ')
    .trim();
}
