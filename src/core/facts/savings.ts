/** Facts about each line of a savings tracker or cost-sharing schedule. */
import type { ColumnRef, PartnerColumns, Table } from '../tables/types';
import { cellAt, formatAt, moneyScaleAt } from '../tables/types';
import type { LogicalColumn } from '../tables/columns';
import type { YearPair } from '../tables/year-pairs';
import type { FactContext, StageFacts } from './context';
import { logicalCell, noteErrorCells, noteUnreadable, pauseAt, checkTime } from './context';
import { ownerAbsence, ownerNames, ownerText } from './owner';
import type { FactValue, Subject } from './subject';
import { parseMoney } from '../parse/money';
import { memoByText } from '../parse/memo';
import { parseShare, parseSplit } from '../parse/shares';
import { parseDrivers } from '../parse/drivers';
import { references } from './references';
import { partnerRowSubjects } from './partner-rows';
import { parseOwner } from '../parse/owners';
import { cellText } from '../parse/text';
import type { MoneyParse } from '../parse/types';
import { roundPenceAsShown } from './format';
import { poundsGap, roundFraction, roundPence, shareGap } from './gaps';

export type BasisKind = 'equal' | 'activity' | 'other' | 'blank';

/** What a stated basis says; bases recur down a tracker, so each text is read once. */
export const basisKind = memoByText((text: string): BasisKind => {
  const t = text.trim().toLowerCase();
  if (!t) return 'blank';
  if (/\bequal(ly)?\b|\b50\s*[/:]\s*50\b|\bparity\b|\bhalf each\b/.test(t)) return 'equal';
  if (
    /activity|usage|use of|caseload|case load|driver|calls|volume|population|demand|time record|transactions|users|workload/.test(
      t,
    )
  ) {
    return 'activity';
  }
  return 'other';
});

/** What one savings line says, parsed once and shared by the line facts and the sheet totals. */
export interface SavingsLine {
  row: number;
  lineType: 'cost' | 'saving';
  /** The line's total the partners split: the cost of a cost line, the target of a saving line. */
  total: number | null;
  shares: number[] | null;
  /** Each partner's own amount where the sheet gives it. */
  amounts: (number | null)[];
  target: MoneyParse;
  achieved: MoneyParse;
  year: string;
}

function moneyAt(unreadable: Subject[], table: Table, row: number, ref: ColumnRef | undefined): MoneyParse {
  if (!ref) return { kind: 'blank' };
  const value = cellAt(table.sheet, row, ref.column);
  const parsed = parseMoney(value, moneyScaleAt(table, row, ref.column));
  if (parsed.kind === 'unreadable')
    noteUnreadable(unreadable, table, row, ref.column, ref.header, value, parsed.expected);
  return parsed;
}

const amountOf = (m: MoneyParse): number | null => (m.kind === 'amount' ? m.value : null);

/** How far the achieved figure falls short of the target; `sign` -1 where savings are printed as reductions. */
function shortfallOf(target: MoneyParse, achieved: MoneyParse, sign: 1 | -1 = 1): number | null {
  return target.kind === 'amount' && achieved.kind === 'amount'
    ? roundPence(sign * (target.value - achieved.value))
    : null;
}

/** Share of a table's targets that must be below nothing for its savings to be printed as reductions. */
const REDUCTIONS_SHARE = 0.8;

/**
 * -1 where a table prints its savings as reductions ("-1,385" a target to save £1.385m, "-1,188"
 * identified against it: £197k short), seen from most of its targets being below nothing; else 1.
 */
function savingsSign(table: Table): 1 | -1 {
  const ref = table.columns.target;
  if (!ref) return 1;
  let seen = 0;
  let below = 0;
  for (const { row, kind } of table.rows) {
    if (kind !== 'item') continue;
    const m = parseMoney(cellAt(table.sheet, row, ref.column), 1);
    if (m.kind !== 'amount' || m.value === 0) continue;
    seen += 1;
    if (m.value < 0) below += 1;
  }
  return seen >= 2 && below >= REDUCTIONS_SHARE * seen ? -1 : 1;
}

/**
 * Where a plan gives each year its target and forecast, the year a line falls furthest short of
 * its target (by share of the target), else its first year: the pair its shortfall is judged on.
 */
function shortestYear(
  table: Table,
  row: number,
  sign: 1 | -1,
): { pair: YearPair; target: MoneyParse; achieved: MoneyParse } | null {
  if (!table.yearPairs) return null;
  // (Cells of other years Concordat cannot read are reported where those columns are checked, not here.)
  const quiet: Subject[] = [];
  let best: ReturnType<typeof shortestYear> = null;
  let bestShare = 0;
  for (const pair of table.yearPairs) {
    const target = moneyAt(quiet, table, row, pair.target);
    const achieved = moneyAt(quiet, table, row, pair.achieved);
    const short = shortfallOf(target, achieved, sign);
    const share =
      short !== null && short > 0 && target.kind === 'amount' ? short / Math.max(Math.abs(target.value), 1) : 0;
    if (best === null || share > bestShare) [best, bestShare] = [{ pair, target, achieved }, share];
  }
  return best;
}

function toDateFigures(
  unreadable: Subject[],
  table: Table,
  row: number,
): { target: MoneyParse; achieved: MoneyParse } | null {
  if (!table.toDate) return null;
  return {
    target: moneyAt(unreadable, table, row, table.toDate.target),
    achieved: moneyAt(unreadable, table, row, table.toDate.achieved),
  };
}

interface SharesRead {
  kind: 'none' | 'blank' | 'unreadable' | 'split' | 'several' | 'dated';
  shares: number[] | null;
  /** The split cell as written ("" where the shares are in partner columns), for `shares.ambiguous` to quote. */
  cellText: string;
}

function readSplitCell(unreadable: Subject[], table: Table, row: number, partners: PartnerColumns[]): SharesRead {
  const split = table.columns.split as ColumnRef;
  const value = cellAt(table.sheet, row, split.column);
  const parsed = parseSplit(value, table.splitPartners.length || partners.length || undefined);
  if (parsed.kind === 'unreadable')
    noteUnreadable(unreadable, table, row, split.column, split.header, value, parsed.expected);
  const text = cellText(value).trim();
  if (parsed.kind === 'split' || parsed.kind === 'dated')
    return { kind: parsed.kind, shares: parsed.shares, cellText: text };
  return { kind: parsed.kind, shares: null, cellText: text };
}

/** `withShare`: the partners with a share column. */
function readShareColumns(unreadable: Subject[], table: Table, row: number, withShare: PartnerColumns[]): SharesRead {
  if (withShare.length === 0) return { kind: 'none', shares: null, cellText: '' };
  const shares: number[] = [];
  let blanks = 0;
  for (const p of withShare) {
    const ref = p.share as ColumnRef;
    const value = cellAt(table.sheet, row, ref.column);
    // Figures adding up to 100 across the row are points; a cell shown as a percentage holds a fraction.
    if (p.sharePoints && typeof value === 'number' && !formatAt(table.sheet, row, ref.column)?.includes('%')) {
      shares.push(value / 100);
      continue;
    }
    const parsed = parseShare(value);
    if (parsed.kind === 'unreadable') {
      noteUnreadable(unreadable, table, row, ref.column, ref.header, value, parsed.expected);
      return { kind: 'unreadable', shares: null, cellText: '' };
    }
    if (parsed.kind === 'blank') blanks += 1;
    shares.push(parsed.kind === 'share' ? parsed.value : 0);
  }
  if (blanks === withShare.length) return { kind: 'blank', shares: null, cellText: '' };
  return { kind: 'split', shares, cellText: '' };
}

const sumGap = (s: number[] | null): number => (s ? Math.abs(s.reduce((a, b) => a + b, 0) - 1) : -1);

/**
 * A line's shares: from a split cell, from partner share columns, or both. Where a row has both,
 * the reading that does not add up is the one reported, so neither can hide the other's error.
 */
function readShares(
  unreadable: Subject[],
  table: Table,
  row: number,
  partners: PartnerColumns[],
  withShare: PartnerColumns[],
): SharesRead {
  const columns = readShareColumns(unreadable, table, row, withShare);
  if (!table.columns.split) return columns;
  const cell = readSplitCell(unreadable, table, row, partners);
  if (columns.shares && (!cell.shares || sumGap(columns.shares) > sumGap(cell.shares))) return columns;
  return cell;
}

function anchorsFor(table: Table): Record<string, ColumnRef> {
  const c = table.columns;
  const firstShare = table.partners.find((p) => p.share)?.share;
  const firstAmount = table.partners.find((p) => p.amount)?.amount;
  const firstDriver = table.partners.find((p) => p.driver)?.driver;
  const out: Record<string, ColumnRef> = { default: c.service ?? { column: table.firstColumn, header: '' } };
  for (const [name, ref] of Object.entries(c)) if (ref) out[name] = ref;
  const shares = c.split ?? firstShare;
  if (shares) out.shares = shares;
  const amounts = firstAmount ?? c.amount ?? c.cost ?? c.target;
  if (amounts) out.amounts = amounts;
  if (firstDriver) out.drivers = firstDriver;
  return out;
}

/**
 * The column a line's partner amounts split: the one they add up to when they add up to one,
 * else the cost of a cost line, the target of a saving line, or a total/amount column.
 */
function totalColumn(
  table: Table,
  lineType: 'cost' | 'saving',
  parsed: { cost: MoneyParse; target: MoneyParse; amount: MoneyParse },
  amounts: (number | null)[],
  tolerance: number,
): ColumnRef | undefined {
  const c = table.columns;
  const order: ('cost' | 'target' | 'amount')[] =
    lineType === 'cost' ? ['cost', 'amount', 'target'] : ['target', 'amount', 'cost'];
  const known = amounts.length > 0 && amounts.every((a) => a !== null);
  if (known) {
    const sum = (amounts as number[]).reduce((a, b) => a + b, 0);
    for (const name of order) {
      const m = parsed[name];
      if (c[name] && m.kind === 'amount' && poundsGap(m.value, sum) <= tolerance) return c[name];
    }
  }
  for (const name of order) if (c[name] && parsed[name].kind === 'amount') return c[name];
  return undefined;
}

/**
 * Each partner's activity figure for a line: from the partners' own driver columns, else from one
 * text cell that gives them all ("South Hams – 2,286 West Devon – 807").
 */
function driverFigures(table: Table, row: number, partners: PartnerColumns[], partnerCount: number): (number | null)[] {
  if (partners.some((p) => p.driver)) {
    return partners.map((p) => {
      if (!p.driver) return null;
      const m = parseMoney(cellAt(table.sheet, row, p.driver.column), 1);
      return m.kind === 'amount' && m.value >= 0 ? m.value : null;
    });
  }
  const cell = table.columns.drivers;
  if (!cell || partnerCount < 2) return [];
  const parsed = parseDrivers(cellAt(table.sheet, row, cell.column), partnerCount);
  return parsed.kind === 'drivers' ? parsed.values : [];
}

function partnerNames(table: Table): string[] {
  if (table.columns.split && table.splitPartners.length > 0) return table.splitPartners;
  return table.partners.map((p) => p.name);
}

/**
 * "(blank) | Managerial | £50 k Off delivery target | Policy", "3 | Appendix J(i) : Savings proposals
 * not on target": a row with no line's name and no figure anywhere, only words across the money
 * columns. A heading or a note between the tables' lines, not a line whose figures are unreadable.
 */
function wordsBetweenLines(table: Table, row: number): boolean {
  const label = table.columns.service;
  const named = label !== undefined && !/^\s*\d{0,3}[.)]?\s*$/.test(cellText(cellAt(table.sheet, row, label.column)));
  if (named) return false;
  for (let c = table.firstColumn; c <= table.lastColumn; c++)
    if (typeof cellAt(table.sheet, row, c) === 'number') return false;
  return true;
}

/** Builds the `savings` subjects and the parsed lines the sheet-level facts reuse. */
export async function savingsSubjects(table: Table, ctx: FactContext): Promise<StageFacts & { lines: SavingsLine[] }> {
  const tol = ctx.profile.tolerances;
  const partners = table.partners;
  const names = partnerNames(table);
  const tableAnchors = anchorsFor(table);
  const subjects: Subject[] = [];
  const unreadable: Subject[] = [];
  const lines: SavingsLine[] = [];
  const refs = references(table);
  if (table.partnerRows) return { ...partnerRowSubjects(table, ctx), lines };
  const withShare = partners.filter((p) => p.share);
  const sign = savingsSign(table);

  for (let k = 0; k < table.rows.length; k++) {
    const pause = pauseAt(ctx, k);
    if (pause) await pause(k, table.rows.length);
    const { row, kind } = table.rows[k];
    checkTime(ctx, k, row);
    if (kind !== 'item' || wordsBetweenLines(table, row)) continue;
    noteErrorCells(unreadable, table, row, ['service', 'year', 'basis', 'owner']);
    const owner = parseOwner(logicalCell(table, row, 'owner'));
    const yearText = table.columns.year ? cellText(logicalCell(table, row, 'year')).trim() : (table.contextYear ?? '');
    const basisText = cellText(logicalCell(table, row, 'basis')).trim();
    const cost = moneyAt(unreadable, table, row, table.columns.cost);
    const target = moneyAt(unreadable, table, row, table.columns.target);
    const achieved = moneyAt(unreadable, table, row, table.columns.achieved);
    const amountCol = moneyAt(unreadable, table, row, table.columns.amount);
    const lineType: 'cost' | 'saving' = cost.kind === 'amount' && target.kind === 'blank' ? 'cost' : 'saving';
    const amounts = partners.map((p) => amountOf(moneyAt(unreadable, table, row, p.amount)));
    const lineTotalRef = totalColumn(table, lineType, { cost, target, amount: amountCol }, amounts, tol.amountPounds);
    const total = lineTotalRef ? amountOf(moneyAt(unreadable, table, row, lineTotalRef)) : null;
    const shares = readShares(unreadable, table, row, partners, withShare);
    const drivers = driverFigures(table, row, partners, names.length);

    const s = shares.shares;
    const shareSum = s ? s.reduce((a, b) => a + b, 0) : null;
    const equalShare = s && s.length > 0 ? 1 / s.length : null;
    const sharesEqual = s && equalShare !== null ? s.every((x) => shareGap(x, equalShare) <= tol.shareSum) : null;

    const driverSum = drivers.every((d) => d !== null) ? (drivers as number[]).reduce((a, b) => a + b, 0) : 0;
    const driverShares = driverSum > 0 ? (drivers as number[]).map((d) => d / driverSum) : null;
    const driverGap =
      driverShares && s && s.length === driverShares.length
        ? Math.max(...driverShares.map((d, i) => shareGap(d, s[i])))
        : null;

    // A partner's amount should be the line total times its share (within a pound); the facts
    // name the partner furthest out (the first, of two as far).
    let amountsGap: number | null = null;
    let furthestPart: { partner: string; actual: number; expected: number; share: number } | null = null;
    if (s && total !== null && s.length === amounts.length) {
      let furthest = -1;
      amounts.forEach((amount, i) => {
        if (amount === null) return;
        const gap = poundsGap(amount, total * s[i]);
        if (amountsGap === null || gap > amountsGap) {
          amountsGap = gap;
          furthest = i;
        }
      });
      if (furthest >= 0) {
        const amount = amounts[furthest] as number;
        furthestPart = {
          partner: partners[furthest].name,
          actual: amount,
          expected: roundPenceAsShown(total * s[furthest]),
          share: s[furthest],
        };
      }
    }
    const knownAmounts = amounts.filter((a): a is number => a !== null);
    const partnersTotal =
      knownAmounts.length === amounts.length && amounts.length > 0 ? knownAmounts.reduce((a, b) => a + b, 0) : null;
    // On course for the year but behind so far: the year-to-date pair says so where the year's does not.
    const yearShort = shortfallOf(target, achieved, sign);
    const soFar = table.toDate && !(yearShort && yearShort > 0) ? toDateFigures(unreadable, table, row) : null;
    const behind = soFar !== null && (shortfallOf(soFar.target, soFar.achieved, sign) ?? 0) > 0;
    const year = behind ? null : shortestYear(table, row, sign);
    const [planned, done] =
      behind && soFar ? [soFar.target, soFar.achieved] : year ? [year.target, year.achieved] : [target, achieved];
    const shortfall = shortfallOf(planned, done, sign);

    const idText = refs.idOf(row);
    const idUse = refs.useOf(row);
    const facts: Record<string, FactValue> = {
      label: cellText(logicalCell(table, row, 'service')).trim() || `row ${row}`,
      idText,
      idDuplicate: refs.isRepeat(row, idUse),
      idFirstRow: idUse?.first ?? null,
      lineType,
      ownerKind: table.columns.owner ? owner.kind : 'absent',
      ownerText: ownerText(table, row, owner),
      ownerNames: ownerNames(owner),
      ownerColumnPresent: table.columns.owner !== undefined,
      ownerAbsence: ownerAbsence(table, row, owner),
      yearKind: yearText ? 'present' : table.columns.year ? 'blank' : 'absent',
      yearText,
      yearColumnPresent: table.columns.year !== undefined,
      basisKind: table.columns.basis ? basisKind(basisText) : 'absent',
      basisText,
      basisColumnPresent: table.columns.basis !== undefined,
      defaultBasis: lineType === 'cost' ? ctx.profile.basis.costs : ctx.profile.basis.savings,
      sharesCellText: shares.cellText,
      sharesKind: shares.kind,
      shares: s,
      shareTotal: shareSum === null ? null : Math.round(shareSum * 1000) / 10,
      shareSumGap: shareSum === null ? null : shareGap(shareSum, 1),
      shareSumTolerance: tol.shareSum,
      sharesEqual,
      partners: names,
      partnerLayout: 'columns',
      driverKind: driverShares ? 'present' : 'none',
      driverShares,
      driverGap,
      driverTolerance: tol.driverShare,
      amountsKind: amountsGap === null ? 'none' : 'checked',
      amountsGap,
      amountsPartner: furthestPart?.partner ?? null,
      amountsActual: furthestPart?.actual ?? null,
      amountsExpected: furthestPart?.expected ?? null,
      amountsShare: furthestPart?.share ?? null,
      amountsTotal: furthestPart ? total : null,
      amountsTotalColumn: furthestPart ? (lineTotalRef?.header ?? '') : null,
      amountTolerance: tol.amountPounds,
      lineTotal: total,
      lineTotalColumn: lineTotalRef?.header ?? '',
      partnersTotal,
      partnersVsTotalGap:
        partnersTotal !== null && total !== null && !table.othersShareTotal ? poundsGap(partnersTotal, total) : null,
      targetKind: target.kind,
      targetText: target.kind === 'blank' ? '' : target.text,
      shortfallPeriod: behind ? 'to-date' : year ? 'named-year' : 'year',
      shortfallColumn:
        behind && table.toDate
          ? table.toDate.achieved.header
          : (year?.pair.achieved.header ?? table.columns.achieved?.header ?? ''),
      shortfallTarget: amountOf(planned),
      shortfallTargetText: planned.kind === 'blank' ? '' : planned.text,
      shortfallAchieved: amountOf(done),
      shortfallAchievedText: done.kind === 'blank' ? '' : done.text,
      target: amountOf(target),
      targetLow: target.kind === 'range' ? target.low : null,
      targetHigh: target.kind === 'range' ? target.high : null,
      achievedKind: achieved.kind,
      achievedText: achieved.kind === 'blank' ? '' : achieved.text,
      achieved: amountOf(achieved),
      achievedColumn: table.columns.achieved?.header ?? '',
      shortfall,
      // Against a £0 target any shortfall (a negative achieved figure) is the whole of it.
      shortfallFraction:
        shortfall === null || planned.kind !== 'amount'
          ? null
          : planned.value === 0
            ? shortfall > 0
              ? 1
              : 0
            : roundFraction(shortfall / Math.abs(planned.value)),
      shortfallTolerance: tol.savingsShortfall,
    };
    const anchors =
      behind && table.toDate
        ? { ...tableAnchors, achieved: table.toDate.achieved }
        : year
          ? { ...tableAnchors, achieved: year.pair.achieved }
          : tableAnchors;
    subjects.push({ kind: 'savings', sheet: table.sheet.name, row, anchors, facts });
    lines.push({ row, lineType, total, shares: s, amounts, target, achieved, year: yearText });
  }
  unprovenPartnersTotal(subjects, tol.amountPounds);
  return { subjects, unreadable, lines };
}

/** Lines a table needs before most of them failing says more about the reading than about the lines. */
const PARTNERS_TOTAL_EVIDENCE = 3;

/**
 * Partners' amounts that miss the line total on most of a table's lines are not the whole of it:
 * other columns (funds, contributors Concordat did not read as partners) make up the rest. A
 * reader then checks no line against that total; where most lines add up, the ones that do not
 * are slips.
 */
function unprovenPartnersTotal(subjects: Subject[], tolerance: number): void {
  const checked = subjects.filter((s) => typeof s.facts.partnersVsTotalGap === 'number');
  const off = checked.filter((s) => (s.facts.partnersVsTotalGap as number) > tolerance).length;
  if (checked.length < PARTNERS_TOTAL_EVIDENCE || off <= checked.length - off) return;
  for (const s of checked) s.facts.partnersVsTotalGap = null;
}

/** Logical money columns whose totals rows Concordat reconciles. */
export const MONEY_COLUMNS: readonly LogicalColumn[] = ['cost', 'target', 'achieved', 'amount'];
