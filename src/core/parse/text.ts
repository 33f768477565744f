/**
 * Small text helpers shared by the cell parsers. Pure: no Excel host API, no file system.
 * Every helper runs in one linear pass, so a 32,767-character cell stays cheap.
 */
import { isCellError, type CellValue } from '../snapshot';
import type { Blank, Unreadable } from './types';
import { memoByNumber } from './memo';

/** A number as Excel would show it in a General cell, without float noise (0.1 + 0.2 → "0.3"). */
function formatNumber(n: number): string {
  if (!Number.isFinite(n) || Number.isInteger(n)) return String(n);
  return decimalText(n);
}

/** Shares and rates recur down a column, and rounding one to 15 digits is slow: each is written once. */
const decimalText = memoByNumber((n: number): string => String(Number(n.toPrecision(15))));

/** The cell as the text a user sees: numbers without float noise, TRUE/FALSE, error codes. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isCellError(value)) return value.error;
  return '';
}

/** Zero-width characters that Word and web pages leave behind in pasted text. */
// eslint-disable-next-line no-misleading-character-class -- each zero-width character is matched on its own, deliberately
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Collapse every run of whitespace (line breaks and non-breaking spaces too) to one space and trim. */
export function normaliseSpaces(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/** The non-empty lines of a cell, each with its spaces normalised. */
export function cellLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const clean = normaliseSpaces(line);
    if (clean !== '') lines.push(clean);
  }
  return lines;
}

/** Hyphens, en and em dashes and the Unicode minus all become '-'. */
export function normaliseDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-');
}

/** Curly single quotes and primes become a plain apostrophe. */
export function normaliseQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201b\u2032`]/g, "'");
}

/** "ditto", "do.", "as above", a ditto mark: the same as the line or row above. */
export function isDitto(text: string): boolean {
  return /^\s*(?:ditto|do\.?|as above|["”〃])\s*$/i.test(text);
}

/** The usual clean-up before matching: spaces, dashes and quotes normalised. */
export function cleanText(text: string): string {
  return normaliseQuotes(normaliseDashes(normaliseSpaces(text)));
}

/** Round to a number of decimal places, keeping -0 out of results. */
export function roundTo(n: number, places: number): number {
  const factor = 10 ** places;
  const rounded = Math.round(n * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

export function blank(): Blank {
  return { kind: 'blank' };
}

export function unreadable(text: string, expected: string): Unreadable {
  return { kind: 'unreadable', text, expected };
}

/**
 * Trim any of the given characters from both ends. A loop, because a regex such as
 * /[.,]+$/ re-scans a long run at every position and turns quadratic on hostile cells.
 */
/** The text without any of `chars` at its end: linear, where a pattern such as /\s*:\s*$/ is not on long runs of spaces. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start])) start += 1;
  while (end > start && chars.includes(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

/**
 * Each "(…)" aside replaced by `by`, exactly as text.replace(/\([^)]*\)/g, by) would. That pattern
 * scans from every "(" to the end of the text when no ")" follows, so a cell of "((((…" took
 * seconds; no "(" after the last ")" can match, so only the text up to it is searched.
 */
export function replaceAsides(text: string, by: string): string {
  const end = text.lastIndexOf(')') + 1;
  return end === 0 ? text : text.slice(0, end).replace(/\([^)]*\)/g, by) + text.slice(end);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/i.test(ch);
}
