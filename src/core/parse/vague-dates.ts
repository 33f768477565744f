/**
 * Deadlines written in words that name no date ("Immediately", "Ongoing", "TBC",
 * "in the next six months", "Summer 2010"). They are recognised so the checks can say
 * "no date given" rather than "cannot read"; no date is guessed from them.
 */

/** Whole-cell phrases (after lower-casing and dropping punctuation). */
const VAGUE_PHRASES: ReadonlySet<string> = new Set([
  'immediately',
  'immediate',
  'with immediate effect',
  'now',
  'ongoing',
  'on-going',
  'on going',
  'continuous',
  'continual',
  'continuing',
  'tbc',
  'tba',
  'tbd',
  'to be confirmed',
  'to be agreed',
  'to be advised',
  'to be decided',
  'to be determined',
  'asap',
  'as soon as possible',
  'as soon as practicable',
  'as required',
  'as needed',
  'as necessary',
  'as and when',
  'as and when required',
  'when required',
  'n/a',
  'na',
  'not applicable',
  'complete',
  'completed',
  'in due course',
  'annual',
  'annually',
  'quarterly',
  'monthly',
  'weekly',
  'regularly',
  'rolling',
  'unknown',
  'not known',
  // "Start now", "Short term", "Medium to long term": a plan's horizons, no date among them.
  'start now',
  'short term',
  'medium term',
  'long term',
  'short-term',
  'medium-term',
  'long-term',
  'short to medium term',
  'medium to long term',
  'short/medium term',
  'medium/long term',
]);

/** A cell starting with one of these words is vague whatever follows ("Ongoing - reviewed monthly"). */
const VAGUE_LEADING_WORDS: ReadonlySet<string> = new Set([
  'immediately',
  'immediate',
  'ongoing',
  'on-going',
  'continuous',
  'tbc',
  'tba',
  'tbd',
  'asap',
  'complete',
  'completed',
  'n/a',
]);

const VAGUE_LEADING_PHRASES: readonly string[] = [
  'to be confirmed',
  'to be agreed',
  'as soon as',
  'on going',
  // "next Shared Services Board", "at the next meeting": an event, not a date.
  'next',
  'at next',
  'at the next',
  'by next',
  'by the next',
  // "A later meeting", "a future Board": a meeting still to be set.
  'a later',
  'a future',
  'at a later',
  'at a future',
  'to a later',
  'to a future',
];

const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const PART_OF_PERIOD: ReadonlySet<string> = new Set(['early', 'mid', 'late']);
const SEASON_FILLERS: ReadonlySet<string> = new Set([
  'early',
  'mid',
  'late',
  'end',
  'start',
  'beginning',
  'of',
  'the',
  'in',
  'by',
  'during',
  'this',
  'next',
]);
const PART_FILLERS: ReadonlySet<string> = new Set(['early', 'mid', 'late', 'of', 'the', 'in', 'by', 'during']);

const PERIOD_UNITS: ReadonlySet<string> = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'quarter',
  'quarters',
  'year',
  'years',
  'yr',
  'yrs',
]);
const PERIOD_FILLERS: ReadonlySet<string> = new Set([
  'in',
  'within',
  'over',
  'during',
  'the',
  'next',
  'coming',
  'following',
  'by',
  'time',
  'to',
  'a',
  'an',
  'of',
  'end',
  'this',
  'current',
  'financial',
  'calendar',
  'approx',
  'approximately',
  'around',
  'about',
  'first',
  'half',
  'after',
  'until',
  'up',
  'or',
  'and',
  'at',
  'least',
]);
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'eighteen',
  'twenty',
  'thirty',
  'few',
  'several',
  'couple',
]);

/** Lower case, dots dropped (T.B.C. → tbc), other punctuation as spaces; keeps '/' and '-'. */
function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9/ -]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

function isYearish(token: string): boolean {
  return /^(?:\d{2}|\d{4}|\d{4}\/\d{2}|\d{4}\/\d{4})$/.test(token);
}

/** "Summer 2010", "early spring 2011", "autumn". */
function isSeasonal(tokens: readonly string[]): boolean {
  let seasons = 0;
  for (const t of tokens) {
    if (SEASONS.has(t)) seasons += 1;
    else if (!SEASON_FILLERS.has(t) && !isYearish(t)) return false;
  }
  return seasons > 0;
}

/** "early 2011", "mid 2011/12" — part of a year is too loose to date. "end of 2011" is not here. */
function isPartOfYear(tokens: readonly string[]): boolean {
  let parts = 0;
  let years = 0;
  for (const t of tokens) {
    if (PART_OF_PERIOD.has(t)) parts += 1;
    else if (isYearish(t)) years += 1;
    else if (!PART_FILLERS.has(t)) return false;
  }
  return parts > 0 && years > 0;
}

/** A figure with a decimal part: "9.5". */
const DECIMAL = /\d\.\d/;

/** "in the next six months", "within 12 months", "in 12 months time", "next year", "end of year". */
function isRelativePeriod(tokens: readonly string[]): boolean {
  let units = 0;
  for (const t of tokens) {
    if (PERIOD_UNITS.has(t)) units += 1;
    else if (!PERIOD_FILLERS.has(t) && !NUMBER_WORDS.has(t) && !/^\d{1,3}$/.test(t)) return false;
  }
  return units > 0;
}

/** Where a trailing note starts: "(", " - ", ":", ";" or ",". */
function headOf(text: string): string {
  const m = /\(| - |[:;,]/.exec(text);
  return m === null ? text : text.slice(0, m.index);
}

/** True when the (cleaned) cell text is a deadline in words that names no date. */
export function isVagueDateText(text: string): boolean {
  const key = phraseKey(text);
  if (key === '') return false;
  if (VAGUE_PHRASES.has(key) || VAGUE_PHRASES.has(phraseKey(headOf(text)))) return true;
  const firstWord = key.split(' ', 1)[0];
  if (VAGUE_LEADING_WORDS.has(firstWord)) return true;
  if (VAGUE_LEADING_PHRASES.some((p) => key === p || key.startsWith(`${p} `))) return true;
  const tokens = key
    .replace(/-/g, ' ')
    .split(' ')
    .filter((t) => t !== '');
  // ("3-6months", "3 Months (dependant on the survey)": a span of time from now, run together or
  // with a note after it.)
  const period = phraseKey(headOf(text))
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .split(' ')
    .filter((t) => t !== '');
  // ("9.5 days", "2.4 weeks": a measure, such as days lost to sickness, not a span from now.)
  const measured = DECIMAL.test(text);
  return (
    isSeasonal(tokens) ||
    isPartOfYear(tokens) ||
    (!measured && (isRelativePeriod(tokens) || isRelativePeriod(period))) ||
    (isRecurring(tokens) && !monthSpan(text)) ||
    isPhase(tokens)
  );
}

const PHASE_WORDS: ReadonlySet<string> = new Set(['phase', 'phases', 'stage', 'stages']);
const PHASE_FILLERS: ReadonlySet<string> = new Set(['complete', 'completed', 'done', 'and', 'then', 'by', 'of', 'end']);

/** "Phase 2", "Phase 1 completed Phase 2", "End of stage 3": a step of the project, not a date. */
function isPhase(tokens: readonly string[]): boolean {
  let phases = 0;
  for (const t of tokens) {
    if (PHASE_WORDS.has(t)) phases += 1;
    else if (!PHASE_FILLERS.has(t) && !NUMBER_WORDS.has(t) && !/^\d{1,2}[a-z]?$/.test(t)) return false;
  }
  return phases > 0;
}

const RECURRENCE_WORDS: ReadonlySet<string> = new Set([
  'annual',
  'annually',
  'yearly',
  'quarterly',
  'monthly',
  'weekly',
  'every',
  'biannual',
  'biannually',
  'termly',
]);

/** "Annual review in May", "Every quarter", "Feb & Oct": a date that comes round again is no deadline. */
function isRecurring(tokens: readonly string[]): boolean {
  if (tokens.some((t) => RECURRENCE_WORDS.has(t))) return true;
  const months = tokens.filter((t) => MONTH_WORDS.has(t));
  return months.length >= 2 && tokens.every((t) => MONTH_WORDS.has(t) || t === 'and' || t === '&');
}

/** "May / June", "Sept-Oct", "April to June": one month to a later one, a span done by its end, not two dates a year. */
function monthSpan(text: string): boolean {
  const m = /^\s*([a-z]+)\.?\s*(?:[-–—/]|to)\s*([a-z]+)\.?\s*$/i.exec(text);
  if (m === null) return false;
  const [from, to] = [m[1], m[2]].map((w) => MONTH_ORDER.indexOf(w.toLowerCase().slice(0, 3)));
  return from >= 0 && to > from;
}
const MONTH_ORDER = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH_WORDS: ReadonlySet<string> = new Set(
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(
    ' ',
  ),
);

/**
 * "by the end of the month", "within the next eight weeks", "by the AGM in May", "by next meeting",
 * "(due end March)", and a month a task is to be done in ("to review plots in February"; not "back in June", a past
 * one, nor "the work will start in June", no task's).
 */
const TIME_PHRASE =
  /\b(?:asap|as soon as (?:possible|practicable))\b|(?<=\bto\s+[a-z][^.;,\n]{0,40}?)\b(?<!\bback\s+)in\s+(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:\s+\d{4})?|\b(?:by|before|within|no later than|due(?:\s+by)?)\s+(?:the\s+)?(?:(?:next|end|start|beginning|middle|close)\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:spring|summer|autumn|winter|christmas|easter|agm|annual)\b)[^.;,)\n]{0,40}/i;

/**
 * The words in a sentence that say when ("within the next eight weeks" in "It was agreed … filling
 * the position within the next eight weeks"), or null where it says no time.
 */
export function timePhrase(text: string): string | null {
  const m = TIME_PHRASE.exec(text);
  return m ? m[0].trim() : null;
}
