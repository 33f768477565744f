/**
 * What a column's cells hold, as a reader glancing down it would judge: dates, money, shares,
 * people, statuses, prose. Used to confirm a header's reading, choose between readings and
 * overturn one the cells contradict (a "Cost" header over text labels is not money).
 */
import type { CellValue, SheetSnapshot } from '../snapshot';
import { isCellError } from '../snapshot';
import { cellAt, formatAt } from './types';
import { parseDate } from '../parse/dates';
import { isVagueDateText } from '../parse/vague-dates';
import { parseOwner, whoBeforeTask, withoutContactDetails } from '../parse/owners';
import { classifyStatus, DEFAULT_STATUS_VOCABULARY } from '../parse/status';
import { isDateFormat } from '../parse/date-formats';
import { APPROXIMATELY } from '../parse/shares';
import { COUNTED_ELSEWHERE } from '../parse/money';

export type CellType =
  | 'date'
  | 'vagueDate'
  | 'number'
  | 'money'
  | 'percent'
  | 'split'
  | 'year'
  | 'person'
  | 'body'
  | 'status'
  | 'prose'
  | 'id'
  | 'text';

export interface ColumnEvidence {
  /** Cells with content among those sampled. */
  filled: number;
  counts: Partial<Record<CellType, number>>;
}

/** Enough rows to judge a column; a 100,000-row table is judged on its first rows. */
const SAMPLE_ROWS = 80;

const PERCENT_TEXT = /^[-+]?\d{1,3}(?:\.\d+)?\s*%$/;
const SPLIT_TEXT = /\d\s*(?:%\s*)?[/:]\s*\d+(?:\.\d+)?\s*%/;
const YEAR_TEXT = /^(?:fy\s*)?(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?$/i;
const MONEY_TEXT =
  /^[(\-–]?\s*£\s*[\d,.]+|^[(\-–]?\s*[\d,]+(?:\.\d+)?\s*(?:k|m|bn)\)?$|^\(\s*[\d,]+(?:\.\d+)?\s*\)$|^-?[\d,]{4,}(?:\.\d+)?$/i;

/** "R1", "5.", "SC21", "IA-23/04", "1.2", "46 (b)": a reference, not words. */
const ID_TEXT =
  /^(?:[A-Z]{1,5}[\s.-]?)?\d{1,4}(?:[./-]\d{1,4})*(?:[a-z]|\s?\((?:[a-z]|[ivx]{2,4})\))?\.?$|^[A-Z]{1,5}\s?\(\d{2}\/\d{2}\)\s?\d{1,4}$/i;
/** "14 AGS 02", "NN/11/05", "CS-2023-04", "LOG 04#09": capitals and digits in a few short parts, a digit among them. */
const CODE_TEXT = /^(?=\D*\d)[A-Z0-9]{1,6}(?:[\s./#-]{1,2}[A-Z0-9]{1,6}){1,4}\.?$/;

/** "A3, R2, R4, PA1": references to other lines, a list of codes. */
function isReferenceList(text: string): boolean {
  const parts = text.split(/\s*[,;&]\s*/);
  return parts.length >= 2 && parts.length <= 20 && parts.every((p) => ID_TEXT.test(p));
}

/**
 * "Matters Arising", "Minutes of August 2020", "Apologies", "AOB": the standing headings of an
 * agenda, as printed in an Item column beside the minute. The minute under one records the meeting.
 */
export const STANDING_ITEM =
  /^\s*(?:(?:declarations?|conflicts?)\s+of\s+interests?|matters?\s+arising|minutes\s+(?:of|from)\b|(?:approve|approval\s+of)\s+(?:the\s+)?(?:previous\s+)?minutes\b|apologies\b|any\s+other\s+business|a\.?o\.?b\.?\s*$|date\s+of\s+(?:the\s+)?next\s+meeting|welcome\b|introductions?\b)/i;

/** Two sets of initials or more, listed: "NA, MS, HK and CR", "SE / JA". */
const INITIALS_LIST = /^[A-Z]{2,3}(?:\s*(?:,|\/|&|\band\b)\s*[A-Z]{2,3})+$/;
const PLACEHOLDER = /^(?:to be (?:determined|confirmed|decided|agreed|advised|arranged)|tb[acd])\.?$/i;

const RATING_WORDS =
  /^(?:very\s+)?(?:low|medium|med|high|minor|moderate|major|severe|significant|critical|negligible|none|nil|yes|no)$/i;

/** "HIGH", "Low", "None": a rating or an answer, never a name. */
export function isRatingWord(text: string): boolean {
  return RATING_WORDS.test(text.trim());
}

function textType(raw: string): CellType {
  const text = raw.trim();
  if (PERCENT_TEXT.test(text.replace(APPROXIMATELY, ''))) return 'percent';
  if (SPLIT_TEXT.test(text)) return 'split';
  if (YEAR_TEXT.test(text)) return 'year';
  // "Up to £187.0k": a ceiling on a sum is still a sum of money in the column.
  if (MONEY_TEXT.test(text.replace(/^up to\s+/i, ''))) return 'money';
  // ("Head of Community Services / Scrutiny & Democratic Officer": two posts, long but no sentence.)
  if (text.length > 50 && !looksLikeName(text, LONGEST_POSTS)) return 'prose';
  const date = parseDate(text, { date1904: false });
  // A phrase that mentions a date ("Final report issued 11 November 2010") is words to a glance.
  if (date.kind === 'date' && !date.inPhrase) return 'date';
  // ("AUTUMN 2018" in capitals, "early 2018": a time in words, not a code of letters and digits.)
  if (((ID_TEXT.test(text) || CODE_TEXT.test(text)) && !isVagueDateText(text)) || isReferenceList(text)) return 'id';
  // "NA, MS, HK and CR": officers' initials, though the first could be read as "not applicable".
  if (INITIALS_LIST.test(text) && !text.split(/[\s,/&]+/).every((w) => /^(?:and|na|tb[acd])$/i.test(w)))
    return 'person';
  // "To be determined", "TBA": a placeholder for anything, a date as much as a status.
  if (PLACEHOLDER.test(text)) return 'vagueDate';
  // "Complete", "Ongoing": status words first, though a deadline cell holding one names no date.
  const status = classifyStatus(text, DEFAULT_STATUS_VOCABULARY);
  if (status.kind !== 'blank' && status.class !== 'unknown') return 'status';
  // A sentence with no date in it is "vague" to a deadline; to a glance down a column it is words.
  if (date.kind === 'vague' && (isVagueDateText(text) || text.split(/\s+/).length < 5)) return 'vagueDate';
  // "Low", "HIGH", "None": a rating or an answer, though a lone capitalised word could be a name.
  if (isRatingWord(text)) return 'text';
  // ("APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST": an agenda's heading in capitals, no name.)
  if (STANDING_ITEM.test(text)) return 'text';
  const owner = parseOwner(text);
  // "the Board", "All services", "CMT"; not "Review the policy", an instruction naming a subject.
  // ("BFC Finance team", "Early Years team": a named team, its last word in lower case.)
  // ("Thames Valley Police to provide": who acts, then what they are to do.)
  const who = whoBeforeTask(text) ?? text;
  const named = who.replace(/^the\s+/i, '').replace(BODY_NOUN_AFTER, '');
  if (owner.kind === 'body' && (/^all\b/i.test(text) || THE_BODY.test(text) || looksLikeName(named))) return 'body';
  // "Lesley Williams 823797": the officer's extension printed beside the name. (Several may run as
  // long as two posts: "Committee Administrator - Wigtown, Governance Officer - Claire".)
  const longest = owner.kind === 'several' ? LONGEST_POSTS : undefined;
  if ((owner.kind === 'person' || owner.kind === 'several') && looksLikeName(withoutContactDetails(who), longest))
    return 'person';
  return 'text';
}

/** "the force", "the council": a body named in lower case, as a sentence has it (not "the policy"). */
const THE_BODY = /^the\s+(?:council|force|board|committee|trust|partnership|authority|group|team)$/i;

/** Longest cell read as names or posts rather than prose: two posts, each a few words. */
const LONGEST_POSTS = 80;

/** A body's noun after its name, often in lower case: "Finance team", "Steering group". */
const BODY_NOUN_AFTER =
  /(?<=\S)\s+(?:team|group|board|committee|panel|forum|department|service|unit|section|office)\s*$/;

/** Small words that sit in a title or name in lower case: "Head of Finance and Resources", "Ann de Souza". */
const TITLE_CONNECTORS = /^(?:of|and|the|for|to|in|on|at|by|with|or|de|van|der|von|du|da|di|la|le)$/;

/**
 * "Kevin Dicks", "Head of Finance", "JP", "J. Smith / K. Jones": short, no digits, every word but
 * the small ones capitalised. "Review the policy" is an instruction, not a name.
 */
function looksLikeName(text: string, longest = 60): boolean {
  if (text.length > longest || /\d/.test(text)) return false;
  const words = text
    .trim()
    .split(/[\s/,;&+]+/)
    .filter((w) => /[a-z]/i.test(w));
  return words.length > 0 && words.every((w, i) => /^[^a-z]*[A-Z]/.test(w) || (i > 0 && TITLE_CONNECTORS.test(w)));
}

/** "No HRA", "No data", "No return": a figure that is not held, in its place. */
const NOTHING_HELD = /^(?:[Nn]o|NO)\s+(?:[A-Z]{2,5}|data|figures?|returns?|claims?)$/;

export function cellType(value: CellValue, format: string | null): CellType | null {
  if (value === null || isCellError(value)) return null;
  if (typeof value === 'number') {
    if (format && isDateFormat(format)) return 'date';
    if (format && format.includes('%')) return 'percent';
    return 'number';
  }
  if (typeof value === 'boolean') return 'text';
  // A lone dash is a placeholder for nothing (nil, none, not applicable), as good as blank; so are
  // "N/A" ("Cost Implications: Capital" of N/A on every line is no column of statuses) and "NIL".
  if (/^\s*(?:[-–—]|n\/a|not applicable|nil)?\s*$/i.test(value)) return null;
  // ("Included in rent" where a cost goes: counted in another column, nothing of its own.)
  if (COUNTED_ELSEWHERE.test(value.trim())) return null;
  // ("No HRA" where a council has no housing account, "No data": nothing held, no words of a column.)
  if (NOTHING_HELD.test(value.trim())) return null;
  return textType(value);
}

export function columnEvidence(sheet: SheetSnapshot, column: number, rows: readonly number[]): ColumnEvidence {
  const counts: Partial<Record<CellType, number>> = {};
  let filled = 0;
  for (let i = 0; i < rows.length && i < SAMPLE_ROWS; i++) {
    const t = cellType(cellAt(sheet, rows[i], column), formatAt(sheet, rows[i], column));
    if (!t) continue;
    filled += 1;
    counts[t] = (counts[t] ?? 0) + 1;
  }
  return { filled, counts };
}

export function share(e: ColumnEvidence, ...types: CellType[]): number {
  if (e.filled === 0) return 0;
  return types.reduce((n, t) => n + (e.counts[t] ?? 0), 0) / e.filled;
}

/** "7 of 9 cells are dates". */
export function describeEvidence(e: ColumnEvidence, types: CellType[], noun: string): string {
  const n = types.reduce((a, t) => a + (e.counts[t] ?? 0), 0);
  return `${n} of ${e.filled} cells are ${noun}`;
}
