/**
 * The run seen as one portfolio, for a folder of workbooks: the changes since each workbook's last
 * check added up, the findings in each partner's columns, and each partner's share of the costs
 * of every cost-sharing schedule checked, weighed by each schedule's costs, against the agreed basis.
 */
import type { Finding, Severity } from '../../core/findings';
import { isAccepted } from '../../core/findings';
import { formatPercent, formatPounds } from '../../core/facts/format';
import { describeChanges, type SinceCounts } from '../../core/since';
import type { RunReport } from './run-report';

/** Partners are matched across workbooks by name, whatever the case. */
const partnerKey = (name: string): string => name.trim().toLocaleLowerCase('en-GB');

export interface PortfolioCosts {
  partners: string[];
  /** Each partner's share of all the schedules' costs (fractions summing to 1). */
  shares: number[];
  /** The share each would bear on the agreed basis of each schedule; null unless every schedule has one. */
  agreed: number[] | null;
  /** The schedules' costs, in pounds. */
  total: number;
  /** Cost-sharing schedules (savings tables whose costs are known) counted. */
  schedules: number;
}

export function portfolioCosts(run: RunReport): PortfolioCosts | null {
  const names = new Map<string, string>();
  const costs = new Map<string, number>();
  const agreed = new Map<string, number>();
  let total = 0;
  let schedules = 0;
  let allAgreed = true;
  for (const f of run.files) {
    for (const table of f.result?.tables ?? []) {
      const s = table.savings;
      if (!s?.costShares || !s.costTotal) continue;
      schedules += 1;
      total += s.costTotal;
      if (!s.agreedCostShares) allAgreed = false;
      s.partners.forEach((partner, i) => {
        const key = partnerKey(partner);
        if (!names.has(key)) names.set(key, partner);
        costs.set(key, (costs.get(key) ?? 0) + (s.costShares?.[i] ?? 0) * (s.costTotal ?? 0));
        agreed.set(key, (agreed.get(key) ?? 0) + (s.agreedCostShares?.[i] ?? 0) * (s.costTotal ?? 0));
      });
    }
  }
  if (schedules === 0 || total <= 0) return null;
  const keys = [...names.keys()];
  return {
    partners: keys.map((k) => names.get(k) ?? k),
    shares: keys.map((k) => (costs.get(k) ?? 0) / total),
    agreed: allAgreed ? keys.map((k) => (agreed.get(k) ?? 0) / total) : null,
    total,
    schedules,
  };
}

/** What findings in no partner's column are counted under. */
export const NO_PARTNER = "in no partner's column";

/** Findings counted by the partner whose column (share, amount or activity) they are in, by severity. */
export function findingsByPartner(run: RunReport): Map<string, Record<Severity, number>> {
  const names = new Map<string, string>();
  const out = new Map<string, Record<Severity, number>>();
  const add = (name: string, f: Finding) => {
    const row = out.get(name) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity] += 1;
    out.set(name, row);
  };
  for (const file of run.files) {
    const result = file.result;
    if (!result) continue;
    // Sheet and column → partner, from each savings table's partner columns.
    const owner = new Map<string, string>();
    for (const table of result.tables) {
      table.savings?.partners.forEach((partner, i) => {
        const key = partnerKey(partner);
        if (!names.has(key)) names.set(key, partner);
        // Every partner is listed, those with no findings too.
        const name = names.get(key) ?? partner;
        if (!out.has(name)) out.set(name, { error: 0, warning: 0, info: 0 });
        for (const column of table.savings?.partnerColumns[i] ?? []) owner.set(`${table.sheet}\u0000${column}`, key);
      });
    }
    // Accepted findings are counted apart, as everywhere.
    for (const f of result.findings) {
      if (isAccepted(f)) continue;
      const key = owner.get(`${f.sheet}\u0000${f.column}`);
      add(key === undefined ? NO_PARTNER : (names.get(key) ?? key), f);
    }
  }
  // Partners first, in the order they were met; findings in no partner's column last.
  const other = out.get(NO_PARTNER);
  out.delete(NO_PARTNER);
  if (other) out.set(NO_PARTNER, other);
  return out;
}

/** The changes since each workbook's last check, added up over the workbooks that had one. */
export function totalChanges(run: RunReport): { counts: SinceCounts; compared: number; first: number } {
  const counts: SinceCounts = { new: 0, resolved: 0, stillOpen: 0 };
  let compared = 0;
  let first = 0;
  for (const f of run.files) {
    const since = f.result?.since;
    if (!since) continue;
    if (!since.last) {
      first += 1;
      continue;
    }
    compared += 1;
    counts.new += since.counts.new;
    counts.resolved += since.counts.resolved;
    counts.stillOpen += since.counts.stillOpen;
  }
  return { counts, compared, first };
}

/** "Bromsgrove 48.2% (agreed 50%) · Redditch 51.8% (agreed 50%)". */
export function costSharesText(costs: PortfolioCosts, separator = ' · '): string {
  return costs.partners
    .map(
      (p, i) =>
        `${p} ${formatPercent(costs.shares[i])}${costs.agreed ? ` (agreed ${formatPercent(costs.agreed[i])})` : ''}`,
    )
    .join(separator);
}

/** "across 2 cost-sharing schedules (£200,000)". */
export function schedulesText(costs: PortfolioCosts): string {
  return `across ${costs.schedules} cost-sharing schedule${costs.schedules === 1 ? '' : 's'} (${formatPounds(costs.total)})`;
}

/** "2 new, 1 resolved, 30 still open since their last checks (1 workbook checked for the first time)". */
export function totalChangesText(run: RunReport): string {
  const { counts, compared, first } = totalChanges(run);
  const firsts = first > 0 ? `${first} workbook${first === 1 ? '' : 's'} checked for the first time` : '';
  if (compared === 0) return firsts ? `Since the last check: nothing to compare with (${firsts})` : '';
  return `Since the last check of ${compared} workbook${compared === 1 ? '' : 's'}: ${describeChanges(counts)}${firsts ? ` (and ${firsts})` : ''}`;
}
