/**
 * What the parsers understood of one cell. Every parser returns one of these tagged
 * results and never throws: a value it cannot read is `unreadable`, with what was expected.
 */

export interface Blank {
  kind: 'blank';
}

export interface Unreadable {
  kind: 'unreadable';
  /** The cell as text, for the finding message. */
  text: string;
  /** What the cell was expected to hold, in words ("a date such as 31/03/2011"). */
  expected: string;
}

/** A date understood from a cell. `iso` is the date the checks use (YYYY-MM-DD). */
export interface UnderstoodDate {
  kind: 'date';
  iso: string;
  /** How precisely the cell gave it: month-only and financial-year forms resolve to their last day. */
  precision: 'day' | 'month' | 'quarter' | 'year';
  /** The cell as text. */
  text: string;
  /** Anything after the date, e.g. "(next Shared Services Board)". */
  note?: string;
  /**
   * "14 Aug", "June": no year was written. `iso` then holds the leap year 2000 as a placeholder,
   * and the checks take the year that puts the date nearest the as-of date (`resolveYear`).
   */
  yearless?: true;
  /** "Monday 29 October": the day of the week the cell names (0 for Sunday), which settles the year. */
  weekday?: number;
  /**
   * "Mar 11": March 2011 as read, or the 11th of March (this, in the placeholder year): the as-of
   * date settles which (`resolveYear` takes the reading nearer it).
   */
  orDay?: string;
  /** "Meeting held by 31 January 2014": the date was found inside a phrase, not written alone. */
  inPhrase?: true;
}

/** A deadline given in words that name no date: "Immediately", "Ongoing", "TBC", "in the next six months". */
interface VagueDate {
  kind: 'vague';
  text: string;
}

export type DateParse = Blank | Unreadable | UnderstoodDate | VagueDate;

interface Amount {
  kind: 'amount';
  /** Pounds, already scaled by the header's unit (£'000 → × 1000). */
  value: number;
  text: string;
}

/** "£30,000 to £40,000": recognised, but not a single figure. */
interface AmountRange {
  kind: 'range';
  low: number;
  high: number;
  text: string;
}

export type MoneyParse = Blank | Unreadable | Amount | AmountRange;

/** One share, as a fraction of 1 (50% → 0.5). */
interface Share {
  kind: 'share';
  value: number;
  text: string;
}

export type ShareParse = Blank | Unreadable | Share;

/** A split between partners in one cell, in the order the header names them: 75%/25% → [0.75, 0.25]. */
interface Split {
  kind: 'split';
  shares: number[];
  text: string;
}

/** Several splits in one cell with no single figure: "100%/0% 80%/20% 70%/30%". */
interface SeveralSplits {
  kind: 'several';
  splits: number[][];
  text: string;
}

/** "82%/18% with effect from 3 October 2022 (previously 74%/26%)": the current split and what it replaced. */
export interface DatedSplit {
  kind: 'dated';
  shares: number[];
  previous?: number[];
  /** ISO date the current split took effect, when given. */
  effective?: string;
  text: string;
}

export type SplitParse = Blank | Unreadable | Split | SeveralSplits | DatedSplit;

interface OwnerPerson {
  kind: 'person';
  /** The named person or post ("Kevin Dicks", "Head of Financial Services"). */
  name: string;
  text: string;
}

/** More than one person in the cell: no single accountable lead. */
interface OwnerSeveral {
  kind: 'several';
  names: string[];
  text: string;
}

/** A body rather than a person: "CMT/Cabinet to consider", "All authorities", "the Board". */
interface OwnerBody {
  kind: 'body';
  text: string;
}

export type OwnerParse = Blank | OwnerPerson | OwnerSeveral | OwnerBody;

export type StatusClass = 'complete' | 'in-progress' | 'not-started' | 'closed' | 'unknown';

export interface StatusParse {
  kind: 'status';
  class: StatusClass;
  text: string;
  /** The RAG colour, when the status was given as one ("Amber" is in progress, rated amber). */
  rag?: 'red' | 'amber' | 'green' | 'blue';
}

export type StatusResult = Blank | StatusParse;
