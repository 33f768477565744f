/**
 * Reading the activity figures that justify a split when a sheet writes them all in one cell:
 * "Caseload: 2,310 v 640", "South Hams – 2,286 / West Devon – 807", "BDC 120 / RBC 80".
 * Dates, years and percentages in the text are not activity and are skipped.
 */
import type { CellValue } from '../snapshot';
import { cleanText, isDigit, isLetter, roundTo, trimChars } from './text';
import { unitMultiplier } from './money';

export type DriversParse = { kind: 'drivers'; values: number[] } | { kind: 'none' };

/** One figure, with the partner name written just before it when there is one. */
interface DriverFigure {
  value: number;
  money: boolean;
  name: string | null;
}

const MONTHS: ReadonlySet<string> = new Set(
  [
    'jan january feb february mar march apr april may jun june jul july',
    'aug august sep sept september oct october nov november dec december',
  ]
    .join(' ')
    .split(' '),
);

/** The end of a run of letters (and digits glued to them, as in "S151") from `i`. */
function wordEnd(s: string, i: number): number {
  let j = i;
  while (isLetter(s[j]) || isDigit(s[j]) || s[j] === "'") j += 1;
  return j;
}

/** The end of a run of digits joined by , . / or - ("2,310", "1.5", "12/03/2024", "2023-24"). */
function runEnd(s: string, i: number): number {
  let j = i;
  while (isDigit(s[j]) || ('.,/-'.includes(s[j] ?? 'x') && isDigit(s[j + 1]))) j += 1;
  return j;
}

/** A date or financial year written with / . or - ("12/3", "31.03.2024", "2023/24"). */
function isDateRun(run: string): boolean {
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(run)) return true;
  if (/^(?:19|20)\d\d[/-](?:\d\d|(?:19|20)\d\d)$/.test(run)) return true;
  const dm = /^(\d{1,2})\/(\d{1,2})$/.exec(run);
  return dm !== null && Number(dm[1]) <= 31 && Number(dm[2]) <= 12;
}

/** The figures in a run that is no date: "2,310" or "120/80". Null when a part is malformed. */
function runFigures(run: string): number[] | null {
  const values: number[] = [];
  for (const part of run.split(/[/-]/)) {
    if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(part)) return null;
    values.push(Number(part.replace(/,/g, '')));
  }
  return values;
}

/** A plain four-digit year such as 2023 (written without a thousands comma). */
function isYear(run: string): boolean {
  return /^(?:19|20)\d\d$/.test(run);
}

/** The lower-case word starting at `i` after spaces, or ''. */
function nextWord(s: string, i: number): string {
  let j = i;
  while (s[j] === ' ') j += 1;
  return s.slice(j, wordEnd(s, j)).toLowerCase();
}

/** Partner names run to a few words; a longer run of capitals is a heading, not a name. */
const LONGEST_NAME = 5;

/** "South Hams" from "New claims: South Hams - ": the capitalised words just before a figure. */
function nameBefore(label: string): string | null {
  const words = trimChars(label, ' -:=£(').split(' ');
  const name: string[] = [];
  for (let k = words.length - 1; k >= 0 && /^[A-Z][A-Za-z'&.-]*$/.test(words[k]); k -= 1) {
    if (name.length === LONGEST_NAME) return null;
    name.push(words[k]);
  }
  return name.length === 0 ? null : name.reverse().join(' ');
}

/** Every activity figure in the text, left to right, in one pass. */
function scanFigures(s: string): DriverFigure[] {
  const figures: DriverFigure[] = [];
  let labelStart = 0;
  let lastWord = '';
  let i = 0;
  while (i < s.length) {
    if (isLetter(s[i])) {
      const end = wordEnd(s, i);
      lastWord = s.slice(i, end).toLowerCase();
      i = end;
      continue;
    }
    if (!isDigit(s[i])) {
      if (s[i] !== ' ') lastWord = '';
      i += 1;
      continue;
    }
    const end = runEnd(s, i);
    const suffix = readSuffix(s, end);
    const values = suffix.plain ? readRun(s, s.slice(i, end), end, lastWord) : null;
    if (values !== null) {
      const money = s[i - 1] === '£' || (s[i - 1] === ' ' && s[i - 2] === '£');
      const name = nameBefore(s.slice(labelStart, i));
      for (const value of values) figures.push({ value: roundTo(value * suffix.unit, 2), money, name });
    }
    labelStart = suffix.end;
    lastWord = '';
    i = suffix.end;
  }
  return figures.filter((f) => Number.isFinite(f.value));
}

interface Suffix {
  /** k → 1000, m → 1,000,000; 1 when none. */
  unit: number;
  /** Where the figure's text ends. */
  end: number;
  /** False for a percentage, or letters glued on ("31st", "3FTE"): not a plain count. */
  plain: boolean;
}

function readSuffix(s: string, end: number): Suffix {
  const from = s[end] === ' ' ? end + 1 : end;
  if (s[from] === '%') return { unit: 1, end: from + 1, plain: false };
  const wordTo = wordEnd(s, from);
  const word = s.slice(from, wordTo).toLowerCase();
  if (word === 'percent' || (word === 'per' && nextWord(s, wordTo) === 'cent')) {
    return { unit: 1, end: wordTo, plain: false };
  }
  const unit = unitMultiplier(word);
  if (unit !== undefined) return { unit, end: wordTo, plain: true };
  return { unit: 1, end, plain: !isLetter(s[end]) };
}

/** The figures a run stands for, or null when it is a date or a year. */
function readRun(s: string, run: string, end: number, lastWord: string): number[] | null {
  if (isDateRun(run) || isYear(run)) return null;
  // "1 April", "March 31": a day beside a month name.
  const day = /^\d{1,2}$/.test(run) && Number(run) <= 31;
  if (day && (MONTHS.has(lastWord) || MONTHS.has(nextWord(s, end)))) return null;
  return runFigures(run);
}

/**
 * The figures for `partnerCount` partners, or null. Several measures in one cell ("New claims:
 * South Hams 299 West Devon 176 Change of circs: South Hams 1,805 …") give the first set, the
 * cell's headline, but only when every set names the same partners in the same order.
 */
function chooseSet(figures: readonly DriverFigure[], partnerCount: number): DriverFigure[] | null {
  if (!Number.isInteger(partnerCount) || partnerCount < 1 || figures.length < partnerCount) return null;
  const first = figures.slice(0, partnerCount);
  if (first.some((f) => f.money !== first[0].money)) return null;
  if (figures.length === partnerCount) return first;
  if (figures.length % partnerCount !== 0) return null;
  const key = (f: DriverFigure): string => (f.name ?? '').toLowerCase();
  const named = figures.every((f) => f.name !== null);
  const repeats = figures.every((f, k) => key(f) === key(first[k % partnerCount]));
  return named && repeats ? first : null;
}

function readSet(value: CellValue, partnerCount: number): DriverFigure[] | null {
  if (typeof value === 'number') {
    return partnerCount === 1 && Number.isFinite(value) && value >= 0 ? [{ value, money: false, name: null }] : null;
  }
  if (typeof value !== 'string') return null;
  return chooseSet(scanFigures(cleanText(value)), partnerCount);
}

/**
 * Read activity figures for `partnerCount` partners from one cell, in the order written.
 * "N/A", "Time allocation" or a cell with more or fewer figures than partners is `none`.
 * Never throws.
 */
export function parseDrivers(value: CellValue, partnerCount: number): DriversParse {
  const set = readSet(value, partnerCount);
  return set === null ? { kind: 'none' } : { kind: 'drivers', values: set.map((f) => f.value) };
}
