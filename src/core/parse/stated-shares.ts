/**
 * A sum stated as a share of another, as allowance schemes set each special responsibility
 * allowance: "Chairman of Licensing Committee (20% of Leader's Allowance)", "55% of leader's
 * amount", "(60% of the Cabinet Member SRA of £9761.41)". The share of the sum it names is what the
 * line should pay; where it does not, one figure was typed wrong or left behind when the other
 * was updated.
 */
import { parseMoney } from './money';

/** The share, the sum it is of (by name), that sum where the words give it, and the words. */
export interface StatedShare {
  /** The share as a fraction: 0.2 for "20%". */
  share: number;
  /** What it is a share of, as named, its "allowance" or "amount" left off: "Leader", "Cabinet Member". */
  of: string;
  /** The sum it is a share of, where the words state it ("… SRA of £9761.41"). */
  amount: number | null;
  /** The statement as written ("20% of Leader's Allowance"). */
  written: string;
}

/** "20% of Leader's Allowance" at the end of a cell, in brackets or not, and "… of £9761.41" after the name. */
const SHARE_OF =
  /\(?\s*(\d{1,3}(?:\.\d+)?)\s*%\s+of\s+(?:the\s+)?([A-Za-z][A-Za-z'’ ]{1,60}?)(?:\s+of\s+£\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?)?\s*\)?\s*$/;

/** The words naming what a sum is, after the name of whose it is: "Leader's Allowance", "leaders amount". */
const SUM_WORDS = /(?:['’]s|s['’]|s)?\s+(?:(?:special\s+responsibility\s+)?allowance|amount|sra|rate)\s*$/i;

export function statedShare(text: string): StatedShare | null {
  const m = SHARE_OF.exec(text);
  if (!m) return null;
  const share = Number(m[1]) / 100;
  if (share <= 0 || share > 5) return null;
  const money = m[3] ? parseMoney(`£${m[3]}${m[4] ? `.${m[4]}` : ''}`) : null;
  const amount = money?.kind === 'amount' ? money.value : null;
  // ("Leader's Allowance" names the Leader; "leaders amount" too; "basic allowance" the basic. A
  // share of what is not named as a sum, "3% of budget", is no allowance's basis.)
  if (amount === null && !SUM_WORDS.test(m[2])) return null;
  const of = m[2]
    .replace(SUM_WORDS, '')
    .replace(/['’]s?$/, '')
    .trim();
  if (!of) return null;
  return { share, of, amount, written: m[0].replace(/^\(\s*|\s*\)$/g, '').trim() };
}
