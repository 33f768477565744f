/**
 * Reading how a cost or saving is shared between partner councils: one partner's share
 * ("50%", 0.5) or a whole split in one cell ("75%/25%", "60:40", "50% BDC / 50% RBC").
 */
import { isCellError, type CellValue } from '../snapshot';
import { parseDate } from './dates';
import { blank, cellText, cleanText, roundTo, unreadable } from './text';
import { memoByText } from './memo';
import { isNilText } from './money';
import type { DatedSplit, ShareParse, SplitParse } from './types';

export const SHARE_EXPECTED = 'a share such as 50% or 0.5';
export const SPLIT_EXPECTED = 'a split such as 75%/25%';
export const EQUAL_SPLIT_EXPECTED =
  'a split such as 50/50 ("equal" can only be read when the number of partners is known)';

/** Shares are kept to ten decimal places so 33.3% is 0.333, not 0.33299999999999996. */
const SHARE_PLACES = 10;

/** A figure between 0 and 100 as a fraction: up to 1 is already a fraction unless marked %. */
function fractionOf(n: number, percent: boolean): number | null {
  if (!Number.isFinite(n) || n < 0) return null;
  if (percent || n > 1) return n <= 100 ? roundTo(n / 100, SHARE_PLACES) : null;
  return roundTo(n, SHARE_PLACES);
}

/** One partner's share as a fraction of 1: 0.5, 50, "50%", "33.3%". Never throws. */
/** "almost 77%", "roughly 11%": a share as a web page words it is still that share. */
export const APPROXIMATELY =
  /^(?:almost|nearly|roughly|about|around|approximately|approx\.?|c\.|circa|just (?:over|under))\s*/i;

export function parseShare(value: CellValue): ShareParse {
  if (value === null) return blank();
  if (typeof value === 'number') {
    const share = fractionOf(value, false);
    const text = cellText(value);
    return share === null ? unreadable(text, SHARE_EXPECTED) : { kind: 'share', value: share, text };
  }
  if (typeof value !== 'string') {
    return unreadable(isCellError(value) ? value.error : cellText(value), SHARE_EXPECTED);
  }
  return shareText(value);
}

/** A share written as text ("50%", "0.5"); shares recur down a schedule, so each text is read once. */
const shareText = memoByText((value: string): ShareParse => {
  const text = value.trim();
  const clean = cleanText(value);
  if (clean === '') return blank();
  // ("—" under "Per cent." where a source gave nothing: a share of nought.)
  if (isNilText(clean)) return { kind: 'share', value: 0, text };
  const m = /^(\d+(?:\.\d+)?|\.\d+) ?(%|per ?cent)?$/i.exec(clean.replace(APPROXIMATELY, ''));
  const share = m === null ? null : fractionOf(Number(m[1]), m[2] !== undefined);
  return share === null ? unreadable(text, SHARE_EXPECTED) : { kind: 'share', value: share, text };
});

/** Sum of shares without float noise (0.333 + 0.333 + 0.334 → 1). */
export function sharesSum(shares: readonly number[]): number {
  let total = 0;
  for (const s of shares) total += s;
  return roundTo(total, 9);
}

type Token =
  | { type: 'number'; value: number; percent: boolean; start: number }
  | { type: 'separator' }
  | { type: 'word' }
  | { type: 'break' };

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/i.test(ch);
}

/** One linear pass: figures (with %), separators (/ | and ratio colons), words, anything else a break. */
function tokenise(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === ' ') {
      i += 1;
    } else if (isDigit(ch) || (ch === '.' && isDigit(s[i + 1]))) {
      const start = i;
      while (isDigit(s[i])) i += 1;
      if (s[i] === '.' && isDigit(s[i + 1])) {
        i += 1;
        while (isDigit(s[i])) i += 1;
      }
      const value = Number(s.slice(start, i));
      const rest = s.slice(i, i + 10).toLowerCase();
      const percent = /^ ?(?:%|per ?cent(?![a-z]))/.exec(rest);
      if (percent !== null) i += percent[0].length;
      tokens.push({ type: 'number', value, percent: percent !== null, start });
    } else if (ch === '/' || ch === '|' || (ch === ':' && isDigit(s[i - 1]) && isDigit(s[i + 1]))) {
      // ':' joins figures only in a ratio such as 60:40; after "Year 1:" it ends a label.
      tokens.push({ type: 'separator' });
      i += 1;
    } else if (isLetter(ch)) {
      // A word, including any digits glued to it ("S151", "Q3").
      while (isLetter(s[i]) || isDigit(s[i]) || s[i] === "'") i += 1;
      tokens.push({ type: 'word' });
    } else {
      tokens.push({ type: 'break' });
      i += 1;
    }
  }
  return tokens;
}

interface Group {
  values: { value: number; percent: boolean }[];
  start: number;
}

/** Runs of two or more figures joined by separators; partner names may sit beside the figures. */
function findGroups(tokens: readonly Token[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let awaitingFigure = false;
  const close = (): void => {
    if (current !== null && current.values.length >= 2) groups.push(current);
    current = null;
    awaitingFigure = false;
  };
  for (const token of tokens) {
    if (token.type === 'number') {
      if (current !== null && awaitingFigure) {
        current.values.push({ value: token.value, percent: token.percent });
        awaitingFigure = false;
      } else {
        close();
        current = { values: [{ value: token.value, percent: token.percent }], start: token.start };
      }
    } else if (token.type === 'separator') {
      if (current === null || awaitingFigure) close();
      else awaitingFigure = true;
    } else if (token.type === 'break') {
      close();
    }
  }
  close();
  return groups;
}

/** A group's figures as fractions, or null when one is not a share (e.g. the 2022 of a date). */
function groupShares(group: Group): number[] | null {
  const anyPercent = group.values.some((v) => v.percent);
  const raw = group.values.map((v) => v.value);
  // 0.75/0.25 is written in fractions; 50/50 and 60:40 are percentages.
  const asFractions = !anyPercent && raw.every((v) => v <= 1) && Math.abs(sharesSum(raw) - 1) < 0.02;
  const shares: number[] = [];
  for (const v of raw) {
    const share = asFractions ? roundTo(v, SHARE_PLACES) : v <= 100 ? roundTo(v / 100, SHARE_PLACES) : null;
    if (share === null) return null;
    shares.push(share);
  }
  return shares;
}

/** "with effect from 3 October 2022", "wef 1/4/22", "from April 2023". */
const EFFECTIVE_FROM = /\b(?:with effect from|w\.?e\.?f\.?|effective from|effective|as from|as of|from|since) /i;
const PREVIOUSLY = /\b(?:previously|formerly|was|replacing|replaces|prior to that) /i;

interface DatedParts {
  /** The text with the effective date blanked out, so its figures do not look like a split. */
  rest: string;
  effective?: string;
  /** Where the previous split is named, if anywhere. */
  previousAt: number;
}

function datedParts(s: string): DatedParts {
  let rest = s;
  let effective: string | undefined;
  const from = EFFECTIVE_FROM.exec(s);
  if (from !== null) {
    const dateStart = from.index + from[0].length;
    const stop = /[(;,]/.exec(s.slice(dateStart));
    const dateEnd = stop === null ? s.length : dateStart + stop.index;
    const dateText = s.slice(dateStart, dateEnd);
    const date = parseDate(dateText, { date1904: false });
    if (date.kind === 'date') {
      effective = date.iso;
      // Blank only the date itself: "wef 1 April 2011 60/40" keeps its split.
      const noteAt = date.note === undefined ? -1 : dateText.lastIndexOf(date.note);
      const blankTo = noteAt < 0 ? dateEnd : dateStart + noteAt;
      rest = s.slice(0, from.index) + ' '.repeat(blankTo - from.index) + s.slice(blankTo);
    }
  }
  const previously = PREVIOUSLY.exec(rest);
  return { rest, effective, previousAt: previously === null ? -1 : previously.index };
}

function equalSplit(text: string, partnerCount: number | undefined): SplitParse {
  if (partnerCount === undefined || !Number.isInteger(partnerCount) || partnerCount < 1) {
    return unreadable(text, EQUAL_SPLIT_EXPECTED);
  }
  return { kind: 'split', shares: new Array<number>(partnerCount).fill(1 / partnerCount), text };
}

/**
 * Read a split between partners, in the order written: "75%/25%" → [0.75, 0.25].
 * Several splits in one cell are `several`; a split with its start date and the split it
 * replaced is `dated`; "Equal" needs partnerCount. A lone "75%" is not a split. Never throws.
 */
export function parseSplit(value: CellValue, partnerCount?: number): SplitParse {
  if (value === null) return blank();
  if (typeof value !== 'string') {
    return unreadable(isCellError(value) ? value.error : cellText(value), SPLIT_EXPECTED);
  }
  const text = value.trim();
  const clean = cleanText(value);
  if (clean === '') return blank();

  const dated = datedParts(clean);
  const tokens = tokenise(dated.rest);
  const groups = findGroups(tokens);
  // "Bromsgrove 50% Redditch 50%": percentages side by side with names between them.
  const figures = tokens.filter((t) => t.type === 'number');
  const sideBySide = figures.length >= 2 && figures.every((t) => t.percent);
  if (groups.length === 0 && sideBySide && dated.previousAt < 0) {
    groups.push({
      values: figures.map((t) => ({ value: t.value, percent: true })),
      start: figures[0].start,
    });
  }
  if (groups.length === 0) {
    return /\bequal(?:ly)?\b/i.test(clean) ? equalSplit(text, partnerCount) : unreadable(text, SPLIT_EXPECTED);
  }
  const splits: number[][] = [];
  for (const group of groups) {
    const shares = groupShares(group);
    if (shares === null) return unreadable(text, SPLIT_EXPECTED);
    splits.push(shares);
  }

  if (dated.effective !== undefined || dated.previousAt >= 0) {
    const previousIndex = dated.previousAt < 0 ? -1 : groups.findIndex((g) => g.start > dated.previousAt);
    const currentIndex = groups.findIndex((_, i) => i !== previousIndex);
    if (currentIndex < 0) return unreadable(text, SPLIT_EXPECTED);
    const result: DatedSplit = { kind: 'dated', shares: splits[currentIndex], text };
    if (previousIndex >= 0) result.previous = splits[previousIndex];
    if (dated.effective !== undefined) result.effective = dated.effective;
    return result;
  }
  // "75%/25%" on each of two lines for two services on one row: the same split, said twice.
  const same = splits.every((split) => split.length === splits[0].length && split.every((v, i) => v === splits[0][i]));
  if (splits.length > 1 && !same) return { kind: 'several', splits, text };
  return { kind: 'split', shares: splits[0], text };
}
