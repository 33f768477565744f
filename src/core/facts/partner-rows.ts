/**
 * A contribution or levy schedule with one row per partner ("Allerdale 25% £125,000", then a
 * total): the shares add up down the column, each partner's amount is its share of the total, and
 * each share should follow the partners' activity (population, tonnage) within the tolerance.
 */
import type { ColumnRef, Table } from '../tables/types';
import { cellAt, formatAt, moneyScaleAt } from '../tables/types';
import type { FactContext, StageFacts } from './context';
import { noteUnreadable } from './context';
import type { FactValue, Subject } from './subject';
import { SUBJECT_FACTS } from './subject';
import { parseMoney } from '../parse/money';
import { parseShare } from '../parse/shares';
import { cellText } from '../parse/text';
import { roundPenceAsShown } from './format';
import { poundsGap, shareGap } from './gaps';

/** Every savings fact, null until a partner row gives it; the partners are rows of the schedule. */
function blankFacts(): Record<string, FactValue> {
  const facts: Record<string, FactValue> = Object.fromEntries(SUBJECT_FACTS.savings.map((name) => [name, null]));
  facts.partnerLayout = 'rows';
  return facts;
}

function figure(unreadable: Subject[], table: Table, row: number, ref: ColumnRef | undefined): number | null {
  if (!ref) return null;
  const value = cellAt(table.sheet, row, ref.column);
  const m = parseMoney(value, moneyScaleAt(table, row, ref.column));
  if (m.kind === 'unreadable') noteUnreadable(unreadable, table, row, ref.column, ref.header, value, m.expected);
  return m.kind === 'amount' ? m.value : null;
}

function shareAt(unreadable: Subject[], table: Table, row: number, ref: ColumnRef | undefined): number | null {
  if (!ref) return null;
  const value = cellAt(table.sheet, row, ref.column);
  const s = parseShare(value);
  if (s.kind === 'unreadable') noteUnreadable(unreadable, table, row, ref.column, ref.header, value, s.expected);
  return s.kind === 'share' ? s.value : null;
}

/** How near an amount must come to the others' implied total × its share to count as apportioned by it. */
const APPORTIONED_GAP = 0.02;

/** Rows a shared total is sought among: a schedule of partners is short, a hostile one is cut here. */
const MOST_PARTNER_ROWS = 200;

/**
 * Whether at least half the rows with a share and an amount hold one total × their share: some
 * row's implied total (amount ÷ share) is met, within 2%, by half the rows. A slip on one row, or a
 * total row left out, does not change that; a tax per band beside the share of homes in each band
 * is apportioned by nothing.
 */
function byShares(shares: readonly (number | null)[], amounts: readonly (number | null)[]): boolean {
  const pairs: [number, number][] = [];
  shares.forEach((s, i) => {
    const a = amounts[i];
    if (s !== null && a !== null && s > 0 && pairs.length < MOST_PARTNER_ROWS) pairs.push([s, a]);
  });
  const meeting = (total: number) =>
    pairs.filter(([s, a]) => Math.abs(a - total * s) <= Math.max(1, APPORTIONED_GAP * Math.abs(total * s)));
  // (Where the shares differ, rows of one share meet any total their amount gives: "£60k fixed"
  // on every council beside shares of 3% meets a total of £2,000k on each row at 3%, and proves
  // nothing. An equal split's rows are all of one share.)
  const distinct = (rows: [number, number][]) => new Set(rows.map(([share]) => share)).size;
  const equalSplit = distinct(pairs) === 1;
  return pairs.some(([s, a]) => {
    const met = meeting(a / s);
    return met.length * 2 >= pairs.length && (equalSplit || distinct(met) >= 2);
  });
}

/**
 * Half the last unit a share is printed to ("24%", "23.5%"), as a share of the whole, where the
 * share itself is rounded to it: "24%" may stand for anything from 23.5% to 24.5%, so an amount
 * within that of the total is as the share says. A share held to more places than it shows is
 * exact, and one with no percentage format says nothing of how it was rounded.
 */
function shareRounding(table: Table, row: number, ref: ColumnRef | undefined, share: number): number {
  const format = ref ? formatAt(table.sheet, row, ref.column) : null;
  if (!format?.includes('%')) return 0;
  const unit = 10 ** -((/0\.(0+)/.exec(format)?.[1].length ?? 0) + 2);
  return Math.abs(Math.round(share / unit) * unit - share) < 1e-9 ? unit / 2 : 0;
}

export function partnerRowSubjects(table: Table, ctx: FactContext): StageFacts {
  const unreadable: Subject[] = [];
  const c = table.columns;
  const shareRef = c.split;
  const amountRef = c.amount ?? c.cost ?? c.target;
  const driverRef = c.drivers;
  const label = c.service ?? { column: table.firstColumn, header: '' };
  const tol = ctx.profile.tolerances;
  const items = table.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  const totalRow = table.rows.find((r) => r.kind === 'total')?.row ?? null;
  const shares = items.map((row) => table.labelShares?.get(row) ?? shareAt(unreadable, table, row, shareRef));
  const amounts = items.map((row) => figure(unreadable, table, row, amountRef));
  const drivers = driverRef ? items.map((row) => figure(unreadable, table, row, driverRef)) : [];
  const sum = (xs: (number | null)[]) =>
    xs.every((x) => x !== null) ? (xs as number[]).reduce((a, b) => a + b, 0) : null;
  const amountSum = sum(amounts);
  const total = (totalRow !== null ? figure(unreadable, table, totalRow, amountRef) : null) ?? amountSum;
  const driverSum = drivers.length ? sum(drivers) : null;
  // Amounts written in £000s are rounded to the thousand: a unit's gap is rounding, not an error.
  const amountTolerance = Math.max(tol.amountPounds, amountRef ? (table.moneyScale.get(amountRef.column) ?? 1) : 1);
  // Amounts apportioned by the shares match total × share on most rows; where most do not (a tax
  // per band beside the share of homes in each band), the amounts are not shares of one total.
  const apportioned = byShares(shares, amounts);
  const anchors: Record<string, ColumnRef> = { default: label };
  if (shareRef) anchors.shares = shareRef;
  else if (table.labelShares) anchors.shares = label;
  if (amountRef) anchors.amounts = amountRef;
  if (driverRef) anchors.drivers = driverRef;

  const subjects: Subject[] = items.map((row, i) => {
    const facts = blankFacts();
    const name = cellText(cellAt(table.sheet, row, label.column)).trim() || `row ${row}`;
    facts.label = name;
    facts.partners = [name];
    facts.lineType = 'cost';
    const s = shares[i];
    const a = amounts[i];
    if (s !== null && a !== null && total !== null && apportioned) {
      const expected = total * s;
      facts.amountsKind = 'checked';
      facts.amountsGap = poundsGap(a, expected);
      facts.amountsPartner = name;
      facts.amountsActual = a;
      facts.amountsExpected = roundPenceAsShown(expected);
      facts.amountsShare = s;
      facts.amountsTotal = total;
      facts.amountsTotalColumn = amountRef?.header ?? '';
      const rounding = table.labelShares ? 0 : shareRounding(table, row, shareRef, s);
      facts.amountTolerance = Math.max(amountTolerance, Math.abs(total) * rounding);
    }
    const d = drivers[i];
    if (s !== null && d !== null && d !== undefined && driverSum) {
      facts.driverKind = 'present';
      facts.sharesKind = 'split';
      facts.shares = [s];
      facts.driverShares = [d / driverSum];
      facts.driverGap = shareGap(d / driverSum, s);
      facts.driverTolerance = tol.driverShare;
      facts.shareSumGap = 0;
      facts.shareSumTolerance = tol.shareSum;
    }
    return { kind: 'savings', sheet: table.sheet.name, row, anchors, facts };
  });

  // The shares add up down the column: said once, on the totals row (or the last partner's row).
  const shareSum = sum(shares);
  if ((shareRef || table.labelShares) && shareSum !== null && items.length >= 2) {
    const facts = blankFacts();
    facts.label = 'the partners together';
    facts.partners = items.map((row) => cellText(cellAt(table.sheet, row, label.column)).trim());
    facts.sharesKind = 'split';
    facts.shares = shares as number[];
    facts.shareTotal = Math.round(shareSum * 1000) / 10;
    facts.shareSumGap = shareGap(shareSum, 1);
    facts.shareSumTolerance = tol.shareSum;
    subjects.push({
      kind: 'savings',
      sheet: table.sheet.name,
      row: totalRow ?? items[items.length - 1],
      anchors,
      facts,
    });
  }
  return { subjects, unreadable };
}
