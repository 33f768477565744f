/**
 * Years typed wrong in words and headings, as a reader notices them without any table around them:
 * a financial year that starts and ends in the same year ("2014/14", "Out-turn 2015.15 Budget"),
 * or ends before it starts ("1992–91"); "the year 2020/22", two years called one; a period that
 * ends before it begins ("1 October 2017 to 31 March 2017"); a date in the twenty-second century
 * whose middle digits swapped make a year near the paper's ("Last revised May 2106").
 */

export type YearTypoKind =
  'no span' | 'backwards' | 'years for one' | 'ends before it starts' | 'far ahead' | 'a year apart';

export interface YearTypo {
  kind: YearTypoKind;
  /** The words as printed. */
  text: string;
  /** What was probably meant. */
  expected: string;
  /** For 'far ahead': the year its middle digits swapped make, for the check's date to decide. */
  meant?: number;
  /** For 'a year apart' the sheet does not decide: the day as printed and a year apart, for the check's date to decide. */
  apart?: { printed: string; other: string };
}

/** A month's name, in full or cut short ("Sept", "Dec"). */
export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** The months' first three letters, in order. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "2014/15", "2019 /19", "1983–1983", "2015.16": a year, a separator and the year it runs to. Not
 * a date ("2022-06-01", "2015 – 13:00", "2015 – 5th"), a reference ("P2016/0104", "2017/1") or a
 * figure ("£2015.15", "1990–12,3").
 */
const SPAN =
  /(?<![\w/.£$,-])((?:19|20|21)\d\d)( ?[/–—-] ?|\.)(\d{4}|\d\d)(?![\d/%]|,\d|\.\d|\s*[:.]\d|-\d|\s*(?:st|nd|rd|th|am|pm)\b)/gi;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?,?\s*$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^\s*\d{0,2}\s*${MONTH}\b`, 'i');

/** "financial year", "the year", "for the year": words naming one year just before a span. */
const ONE_YEAR_BEFORE = /(?<![\w-])(?:financial\s+)?year\s+(?:of\s+)?$/i;
/** "ten year", "3-year", "five year plan": a span of several years, named so. */
const YEARS_BEFORE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|several|multi))\s*-?\s*year\s+(?:of\s+)?$/i;

/** A period's two dates: "1 October 2017 to 31 March 2017". */
const PERIOD = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\.?,?\s+((?:19|20)\d\d)\s*(?:to|until|till|[-–—])\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\.?,?\s+((?:19|20)\d\d)\b`,
  'gi',
);

/** "May 2106", "10th August 2106": a month and a year in the twenty-second century. */
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH})\.?,?\s+(21\d\d)(?!\d)`, 'gi');

/** How a financial year is printed with the separator it was typed with: "2014/15", "2015.16". */
function spanText(start: number, separator: string): string {
  return `${start}${separator.trim() || separator}${String((start + 1) % 100).padStart(2, '0')}`;
}

/** What a sheet's spans say of how it prints years: see `sheetSpans`. */
export interface SheetSpans {
  /** The separators of spans printed rightly ("2015.16", "2014/15"). */
  separators: ReadonlySet<string>;
  /** Years printed with three endings or more ("2018/17", "2018/18", "2018/19"): a minute's numbers, not years. */
  numbering: ReadonlySet<number>;
}

/** Fewest endings one year is printed with before its spans are taken for numbers ("Minute 2018/20"). */
const NUMBERING_ENDINGS = 3;

export function sheetSpans(texts: Iterable<string>): SheetSpans {
  const separators = new Set<string>();
  const endings = new Map<number, Set<string>>();
  for (const text of texts)
    for (const m of text.matchAll(SPAN)) {
      const start = Number(m[1]);
      const end = m[3].length === 2 ? Number(m[3]) : Number(m[3]) % 100;
      if ((start + 1) % 100 === end) separators.add(m[2].trim() || m[2]);
      if (!endings.has(start)) endings.set(start, new Set());
      endings.get(start)?.add(m[3]);
    }
  const numbering = new Set([...endings].filter(([, e]) => e.size >= NUMBERING_ENDINGS).map(([year]) => year));
  return { separators, numbering };
}

function dateOf(day: string, month: string, year: string): number {
  return Date.UTC(Number(year), MONTHS.indexOf(month.slice(0, 3).toLowerCase()), Number(day));
}

/** "2106" → 2016: the year its middle digits swapped make. */
function middleSwapped(year: number): number {
  const d = String(year);
  return Number(`${d[0]}${d[2]}${d[1]}${d[3]}`);
}

function spanTypo(m: RegExpMatchArray, text: string, { separators, numbering }: SheetSpans): YearTypo | null {
  const at = m.index ?? 0;
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at + m[0].length);
  // ("24 May 2016 - 06 July 2016", "September 2023 – 21 January": a date's year and the next date.)
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return null;
  const start = Number(m[1]);
  if (numbering.has(start)) return null;
  const separator = m[2].trim() || m[2];
  const [written, end] = [m[0], m[3]];
  // "2104/15": two digits swapped, as the year it runs to shows ("2122-16", a saving's number, is no year).
  if (start >= 2100) {
    const meant = middleSwapped(start);
    if (end.length !== 2 || meant >= 2100 || (meant + 1) % 100 !== Number(end)) return null;
    return { kind: 'far ahead', text: written, expected: spanText(meant, separator), meant };
  }
  if (!separators.has(separator)) {
    // (Two years called one need no other span on the sheet: the words say it is one.)
    if (!ONE_YEAR_BEFORE.test(before) || YEARS_BEFORE.test(before) || end.length !== 2) return null;
  }
  const ends = end.length === 4 ? Number(end) : Math.floor(start / 100) * 100 + Number(end);
  if (end.length === 4 && (ends > start || start - ends > 10)) return null;
  if (ends === start) return { kind: 'no span', text: written, expected: spanText(start, separator) };
  // ("1999/00": the next century's first year.)
  if (ends < start && !(start % 100 === 99 && Number(end) === 0)) {
    if (start - ends > 10) return null;
    const expected =
      ends === start - 1 ? `${spanText(start, separator)} or ${spanText(ends, separator)}` : spanText(start, separator);
    return { kind: 'backwards', text: written, expected };
  }
  const spanned = ends - start;
  if (spanned >= 2 && ONE_YEAR_BEFORE.test(before) && !YEARS_BEFORE.test(before))
    return {
      kind: 'years for one',
      text: written,
      expected: `${spanText(start, separator)} or ${spanText(ends - 1, separator)}`,
    };
  return null;
}

/** The years typed wrong in `text`, on a sheet whose spans are `spans`. */
export function yearTypos(text: string, spans: SheetSpans): YearTypo[] {
  const out: YearTypo[] = [];
  for (const m of text.matchAll(SPAN)) {
    const typo = spanTypo(m, text, spans);
    if (typo) out.push(typo);
  }
  for (const m of text.matchAll(PERIOD)) {
    const from = dateOf(m[1], m[2], m[3]);
    const to = dateOf(m[4], m[5], m[6]);
    if (to >= from) continue;
    const meant = `${m[4]} ${m[5]} ${Number(m[6]) + 1}`;
    if (dateOf(m[4], m[5], String(Number(m[6]) + 1)) > from)
      out.push({ kind: 'ends before it starts', text: m[0], expected: meant });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const printed = Number(m[2]);
    const meant = middleSwapped(printed);
    if (meant < 2100) out.push({ kind: 'far ahead', text: m[0], expected: `${m[1]} ${meant}`, meant });
  }
  return out;
}
