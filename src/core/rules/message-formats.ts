/**
 * How a placeholder shows its fact: `{shares|percent}`, `{difference|abs|pounds}`. Facts are values
 * (pounds as numbers, shares as fractions, dates as ISO); the words and figures a reader sees are
 * made here, only when a rule fires and its message is written.
 */
import { z } from 'zod';
import type { FactValue } from '../facts/subject';
import { formatCount, formatPercent, formatPounds } from '../facts/format';
import { formatUkDate, isIsoShaped } from '../parse/calendar';
// Not message-formats.json: through bench/register.js, require('./message-formats') would load the JSON, not this file.
import FORMAT_WORDS from './format-words.json';

/**
 * The formats a placeholder may name, applied left to right, each with what it does (the rule
 * catalogue, scripts/rules-catalogue.js, lists them from the same file). Each but `and` applies to
 * every item of a list; a value of another kind (text where `pounds` wants a number, null) passes
 * through unchanged.
 */
export const MESSAGE_FORMATS: Readonly<typeof FORMAT_WORDS> = FORMAT_WORDS;

export type FormatName = keyof typeof MESSAGE_FORMATS;

export const formatNameSchema = z.enum(Object.keys(MESSAGE_FORMATS) as [FormatName, ...FormatName[]]);

/** A fact on its way to the message: a format may turn a list of numbers into a list of words. */
export type Shown = FactValue | readonly (string | number)[] | undefined;

export type Format = (value: Shown) => Shown;

/** Characters `short` keeps. */
const SHORT_CHARS = 60;

/** A format of one value, applied to each item of a list. */
const eachItem =
  (one: (value: string | number) => string | number): Format =>
  (value) => {
    if (Array.isArray(value)) return value.map((item: string | number) => one(item));
    return typeof value === 'string' || typeof value === 'number' ? one(value) : value;
  };

const numeric = (show: (n: number) => string | number) =>
  eachItem((v) => (typeof v === 'number' && Number.isFinite(v) ? show(v) : v));

const FORMATS: Record<FormatName, Format> = {
  pounds: numeric(formatPounds),
  count: numeric(formatCount),
  days: numeric((n) => `${formatCount(n)} ${Math.abs(n) === 1 ? 'day' : 'days'}`),
  items: numeric((n) => `${formatCount(n)} ${Math.abs(n) === 1 ? 'item' : 'items'}`),
  percent: numeric(formatPercent),
  abs: numeric(Math.abs),
  date: eachItem((v) => (isIsoShaped(v) ? formatUkDate(v) : v)),
  short: eachItem((v) => (typeof v === 'string' && v.length > SHORT_CHARS ? `${v.slice(0, SHORT_CHARS)}…` : v)),
  and: (value) => (Array.isArray(value) ? listInWords(value.map(showValue)) : value),
};

/** "A", "A and B", "A, B and C". */
function listInWords(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function formatNamed(name: string): Format | undefined {
  return Object.prototype.hasOwnProperty.call(FORMATS, name) ? FORMATS[name as FormatName] : undefined;
}

/**
 * A value as a message shows it when no format says otherwise: whole numbers as they are, others
 * to two places, true/false as yes/no, null as nothing, a list's items joined with " / ".
 */
export function showValue(value: Shown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(showValue).join(' / ');
  return value as string;
}
