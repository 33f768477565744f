/**
 * A statement of movements: a balance brought forward (or "as at" one date), the receipts and
 * spending since, and the balance remaining (or "as at" a later date). Its totals are movements,
 * and its closing balance is the opening one moved by them.
 */
import { isAsAtLine, isClosingBalance, isOpeningBalance } from '../tables/layout';

export interface Balance {
  opening: number;
  /** The lines since, as printed, and with money going out taken off ("Total Expenditure 165,000"). */
  plain: number;
  signed: number;
  lines: number;
  /** The lines since the last total among them, as printed: what a total of receipts adds up. */
  sinceTotal: number;
  linesSinceTotal: number;
  /** The results printed just above the balance brought forward (a total, or a net line and transfers): what it may be carried forward with. */
  before: number[];
  /**
   * Brought forward at the head of a table, the year's result not in sight above it (a
   * reconciliation of funds parted from its statement): a close straight after cannot be judged.
   */
  unseen?: boolean;
}

export const opened = (value: number, before: number[] = [], unseen = false): Balance => ({
  opening: value,
  before,
  unseen,
  plain: 0,
  signed: 0,
  lines: 0,
  sinceTotal: 0,
  linesSinceTotal: 0,
});

/** Lines that take money (or actions) out of a balance, printed as positive figures. */
const MONEY_OUT =
  /\b(?:expenditure|spend|spent|payments?|paid|costs?|salar(?:y|ies)|wages|repayments?|deductions?|fees?|commitments?|committed|used|use\s+of|applied|drawdowns?|withdrawals?|withdrawn|transfers?\s+out|less|closed|completed?|removed|deleted|written\s+off|released|repaid|refunds?|no\s+longer|superseded|cancelled|implemented|resolved|disposals?|sold)\b/i;

/** "5. (-) Loan": a form's line marked as taken off, whatever it is called. */
const MARKED_OUT = /\(\s*[-–−]\s*\)/;

export type BalanceLine = 'opening' | 'closing' | 'as at' | 'out' | 'in';

export function balanceLine(label: string): BalanceLine {
  if (label.length > 80) return 'in';
  if (isOpeningBalance(label)) return 'opening';
  if (isClosingBalance(label)) return 'closing';
  // ("Budget as at 30 November 2019" opens; "Budget as at 31 January 2020" after it closes.)
  if (isAsAtLine(label)) return 'as at';
  return MONEY_OUT.test(label) || MARKED_OUT.test(label) ? 'out' : 'in';
}

export function moveBalance(b: Balance, value: number, out: boolean): void {
  b.plain += value;
  b.signed += out ? -Math.abs(value) : value;
  b.lines += 1;
  b.sinceTotal += value;
  b.linesSinceTotal += 1;
}
