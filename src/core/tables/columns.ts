/**
 * The logical columns Concordat understands and how a header's words are scored against the
 * wordings councils use for them (vocabulary.json, extended by the profile). The wording that
 * matches the header's head noun wins: "Saving proposal" is a description, "Savings target" a
 * target, "Target date" a deadline.
 */
import vocabulary from './vocabulary.json';
import type { HeaderWords } from './header-words';
import { headerWords } from './header-words';

export const ACTION_COLUMNS = [
  'id',
  'recommendation',
  'priority',
  'action',
  'response',
  'owner',
  'deadline',
  'revisedDeadline',
  'completedDate',
  'status',
  'progress',
] as const;

const SAVINGS_COLUMNS = [
  'service',
  'year',
  'basis',
  'split',
  'cost',
  'target',
  'achieved',
  'amount',
  'drivers',
] as const;

type ActionColumn = (typeof ACTION_COLUMNS)[number];
type SavingsColumn = (typeof SAVINGS_COLUMNS)[number];
export type LogicalColumn = ActionColumn | SavingsColumn;

export const LOGICAL_COLUMNS = [...ACTION_COLUMNS, ...SAVINGS_COLUMNS] as const;

/** Columns that label an item, in order of preference, after its reference. */
export const LABEL_COLUMNS = ['recommendation', 'action', 'service'] as const;

/** A header recognised as something Concordat does not check ("Variance", "Budget"). */
export const NOT_USED = 'notUsed';
export type HeaderMeaning = LogicalColumn | typeof NOT_USED;

export interface HeaderCandidate {
  meaning: HeaderMeaning;
  /** 0…1.05: a profile's own wording 1.05, the whole header 1, the head noun ~0.8, other words less. */
  score: number;
  /** The wording that matched, for the explanation. */
  wording: string;
}

interface Wording {
  meaning: HeaderMeaning;
  words: string[];
  wholeOnly: boolean;
  /** "~outturn": a reading any stronger one beats (an outturn is an achievement only where nothing says so better). */
  weak: boolean;
  fromProfile: boolean;
  text: string;
}

function wording(meaning: HeaderMeaning, text: string, fromProfile: boolean): Wording | null {
  const wholeOnly = text.startsWith('=');
  const weak = text.startsWith('~');
  const shown = wholeOnly || weak ? text.slice(1) : text;
  const words = headerWords(shown).words;
  if (words.length === 0 && !/[%#]/.test(text)) return null;
  return { meaning, words: words.length ? words : [shown.trim()], wholeOnly, weak, fromProfile, text: shown };
}

const SHIPPED: readonly Wording[] = (() => {
  const out: Wording[] = [];
  for (const [meaning, texts] of Object.entries(vocabulary.columns)) {
    for (const t of texts) {
      const w = wording(meaning as LogicalColumn, t, false);
      if (w) out.push(w);
    }
  }
  for (const t of vocabulary.notUsed) {
    const w = wording(NOT_USED, t, false);
    if (w) out.push(w);
  }
  return out;
})();

/** "dates" is "date", "costs" is "cost"; "status" and "class" stay. */
function stem(w: string): string {
  return w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
}

/** Words this long or longer are read through one slip of typing ("Responsibilty", "Recomendation"). */
const TYPO_LENGTH = 9;

/**
 * One letter dropped, added, changed or two swapped, past the first two letters and before the
 * last, in a long word: a slip of typing. Short words are left alone, where one letter makes
 * another word ("deadline", "headline").
 */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < TYPO_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  if (a[0] !== b[0] || a[1] !== b[1]) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  // A different ending is another form of the word ("Programmed", "Programmes"), not a slip.
  if (i >= Math.min(a.length, b.length) - 1) return false;
  if (a.length === b.length) {
    // Changed (the rest equal) or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // Dropped or added: the longer word without its letter at i is the shorter.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function sameWord(a: string | undefined, b: string): boolean {
  return a === b || stem(a ?? '') === stem(b) || (a !== undefined && oneSlipApart(a, b));
}

function sameWords(a: readonly string[], from: number, b: readonly string[]): boolean {
  for (let i = 0; i < b.length; i++) if (!sameWord(a[from + i], b[i])) return false;
  return true;
}

/** Nouns that say only that a column holds a figure: the word before them says which. */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'amount',
  'value',
  'figure',
  'sum',
  'amounts',
  'values',
  'figures',
]);

const PREPOSITION_WORDS = new Set(['of', 'for', 'to', 'by', 'in', 'from', 'at', 'on', 'between', 'with']);

/** What a possessor may own and still be what its column holds: "Officer's name", "Owner's initials". */
const OWNED_AS_ITSELF: ReadonlySet<string> = new Set(['name', 'names', 'initials']);

/** Whether the words ending before `end` are a possessor ("officer's") of a noun after them in the main part. */
function possessed(h: HeaderWords, end: number): boolean {
  return h.words[end] === 's' && end + 1 < h.mainEnd && !OWNED_AS_ITSELF.has(h.words[end + 1]);
}

/** How strongly one wording reads a header, or 0. */
function scoreWording(h: HeaderWords, w: Wording): number {
  const n = w.words.length;
  const whole = h.words.length === n && sameWords(h.words, 0, w.words);
  if (whole) return w.fromProfile ? 1.05 : 1;
  // "Target amount £000's": the wording with only a generic noun after it reads the header.
  const genericTail = h.mainEnd > 1 && GENERIC_HEADS.has(h.words[h.mainEnd - 1]);
  if (genericTail && h.mainEnd - 1 === n && sameWords(h.words, 0, w.words)) return 0.9;
  // The words before a preposition may be the whole wording ("Saving included in 2015/16 budget"),
  // but a short one is not: "No of units" and "Number of auditors" are counts, not references.
  if (h.mainEnd === n && sameWords(h.words, 0, w.words) && (!w.wholeOnly || w.text.length >= 4)) return 0.95;
  if (w.wholeOnly) return 0;
  const longer = 0.03 * (n - 1);
  // "Target amount", "Delivered value": a generic last noun lets the word before it lead.
  const generic = h.mainEnd > 1 && GENERIC_HEADS.has(h.words[h.mainEnd - 1]);
  let best = 0;
  for (let i = 0; i + n <= h.words.length; i++) {
    if (!sameWords(h.words, i, w.words)) continue;
    const end = i + n; // one past the wording's last word
    // "Deputy Returning Officer's Fees": the possessor qualifies what the header is about.
    if (possessed(h, end)) continue;
    const spansPreposition = w.words.some((x) => PREPOSITION_WORDS.has(x)) && i < h.mainEnd;
    let s: number;
    if (generic && end === h.mainEnd && n === 1) s = 0.6;
    else if (end === h.mainEnd || spansPreposition || (generic && end === h.mainEnd - 1)) s = 0.8 + longer;
    else if (end < h.mainEnd) s = 0.5 + longer;
    else s = 0.3 + longer;
    best = Math.max(best, s);
  }
  return best;
}

/** How much a weak wording's reading counts, against 1 for an ordinary one. */
const WEAK = 0.7;

/** How much a year-to-date column counts against the same figure for the whole year. */
const PART_YEAR = 0.6;

/** Header wordings, built once per profile. */
export class Vocabulary {
  private readonly wordings: Wording[];
  private readonly memo = new Map<string, HeaderCandidate[]>();
  /**
   * A wording reads a header only where its first word is one of the header's words, so each
   * header is scored against those wordings alone: by the first word's stem, and among the long
   * first words a slip of typing could reach.
   */
  private readonly byFirstStem = new Map<string, number[]>();
  private readonly longFirst: { word: string; at: number[] }[] = [];

  constructor(profileHeaders: Partial<Record<LogicalColumn, string[]>>) {
    const own: Wording[] = [];
    for (const [meaning, texts] of Object.entries(profileHeaders) as [LogicalColumn, string[] | undefined][]) {
      for (const t of texts ?? []) {
        const w = wording(meaning, `=${t}`, true);
        if (w) own.push(w);
      }
    }
    this.wordings = [...own, ...SHIPPED];
    const long = new Map<string, number[]>();
    this.wordings.forEach((w, i) => {
      const first = w.words[0];
      const key = stem(first);
      this.byFirstStem.set(key, [...(this.byFirstStem.get(key) ?? []), i]);
      if (first.length >= TYPO_LENGTH) long.set(first, [...(long.get(first) ?? []), i]);
    });
    for (const [word, at] of long) this.longFirst.push({ word, at });
  }

  /** The wordings whose first word one of the header's words is, in the vocabulary's order. */
  private candidates(h: HeaderWords): Wording[] {
    const at = new Set<number>();
    for (const x of new Set(h.words)) {
      for (const i of this.byFirstStem.get(stem(x)) ?? []) at.add(i);
      if (x.length < TYPO_LENGTH) continue;
      for (const { word, at: slipped } of this.longFirst) if (oneSlipApart(x, word)) for (const i of slipped) at.add(i);
    }
    return [...at].sort((a, b) => a - b).map((i) => this.wordings[i]);
  }

  /** Candidate meanings for a header's words, best first (at most one per meaning). */
  read(h: HeaderWords): HeaderCandidate[] {
    const key = `${h.words.join(' ')}|${h.mainEnd}|${h.partYear}`;
    const known = this.memo.get(key);
    if (known) return known;
    const best = new Map<HeaderMeaning, HeaderCandidate>();
    for (const w of this.candidates(h)) {
      const score = scoreWording(h, w) * (w.weak ? WEAK : 1) * (h.partYear ? PART_YEAR : 1);
      if (score <= 0) continue;
      const prev = best.get(w.meaning);
      if (!prev || score > prev.score) best.set(w.meaning, { meaning: w.meaning, score, wording: w.text });
    }
    const out = [...best.values()].sort((a, b) => b.score - a.score);
    if (this.memo.size < 10_000) this.memo.set(key, out);
    return out;
  }
}
