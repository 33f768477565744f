/**
 * The whole-sheet view of a savings tracker: each partner's share of all costs against the agreed
 * basis (Concordat §6.2: costs shared equally), and the figures the report charts draw.
 */
import type { Table } from '../tables/types';
import type { SavingsSummary } from '../table-summary';
import type { FactContext } from './context';
import type { SavingsLine } from './savings';
import type { Subject } from './subject';
import { shareGap } from './gaps';

/** Each partner's part of a line: its own amount where given, else total × share. */
function partnerParts(line: SavingsLine, partnerCount: number): number[] | null {
  if (partnerCount === 0) return null;
  const parts: number[] = [];
  for (let i = 0; i < partnerCount; i++) {
    const own = line.amounts[i];
    if (own !== null && own !== undefined) parts.push(own);
    else if (line.shares && line.total !== null && line.shares.length === partnerCount)
      parts.push(line.total * line.shares[i]);
    else return null;
  }
  return parts;
}

function shareOfTotals(sums: number[]): number[] | null {
  const total = sums.reduce((a, b) => a + b, 0);
  return total > 0 ? sums.map((s) => s / total) : null;
}

export function portfolioFacts(
  table: Table,
  lines: SavingsLine[],
  ctx: FactContext,
  partnerNames: string[],
): { subject: Subject | null; summary: SavingsSummary } {
  const n = partnerNames.length;
  const costSums = new Array<number>(n).fill(0);
  const savingSums = new Array<number>(n).fill(0);
  let costKnown = false;
  let savingKnown = false;
  const years = new Map<string, { target: number; achieved: number | null }>();
  for (const line of lines) {
    const parts = partnerParts(line, n);
    if (parts && line.lineType === 'cost') {
      parts.forEach((p, i) => (costSums[i] += p));
      costKnown = true;
    } else if (parts) {
      parts.forEach((p, i) => (savingSums[i] += p));
      savingKnown = true;
    }
    if (line.target.kind === 'amount') {
      const key = line.year || 'Year not given';
      const y = years.get(key) ?? { target: 0, achieved: null };
      y.target += line.target.value;
      if (line.achieved.kind === 'amount') y.achieved = (y.achieved ?? 0) + line.achieved.value;
      years.set(key, y);
    }
  }
  const costShares = costKnown ? shareOfTotals(costSums) : null;
  const agreed = ctx.profile.basis.costs === 'equal' && n > 0 ? new Array<number>(n).fill(1 / n) : null;
  const columns = new Map(table.partners.map((p) => [p.name, [p.share, p.amount, p.driver]] as const));
  const summary: SavingsSummary = {
    partners: partnerNames,
    costShares,
    costTotal: costShares ? costSums.reduce((a, b) => a + b, 0) : null,
    partnerColumns: partnerNames.map((name) => (columns.get(name) ?? []).flatMap((c) => (c ? [c.column] : []))),
    savingShares: savingKnown ? shareOfTotals(savingSums) : null,
    agreedCostShares: agreed,
    byYear: [...years.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([year, v]) => ({ year, ...v })),
  };
  if (!costShares || !agreed) return { subject: null, summary };
  const gap = Math.max(...costShares.map((s, i) => shareGap(s, agreed[i])));
  const totalRow = table.rows.find((r) => r.kind === 'total');
  const anchor = table.columns.cost ?? { column: table.firstColumn, header: '' };
  const subject: Subject = {
    kind: 'portfolio',
    sheet: table.sheet.name,
    row: totalRow?.row ?? table.headerRow,
    anchors: { default: anchor },
    facts: {
      partners: partnerNames,
      costKnown,
      costShares,
      agreedShares: agreed,
      costBalanceGap: gap,
      costBalanceTolerance: ctx.profile.tolerances.costBalance,
      costBasis: ctx.profile.basis.costs,
      costTotal: costSums.reduce((a, b) => a + b, 0),
    },
  };
  return { subject, summary };
}
