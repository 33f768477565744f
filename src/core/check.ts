/** The one entry point both hosts call: snapshot + the run's prepared packs and profile → findings + flag plan. */
import type { WorkbookSnapshot } from './snapshot';
import { withMergesCarried } from './tables/merges';
import { withPlainCells } from './tables/plain-cells';
import { isOutputSheet, sheetsToCheck } from './user-view';
import type { CheckResult } from './result';
import type { SavingsSummary, TableSummary } from './table-summary';
import { tableSummary } from './table-summary';
import type { Profile } from './profile';
import type { PreparedCheck } from './prepare';
import { resolveProfile } from './prepare';
import { checkedAsOf } from './as-of';
import type { CheckLimits } from './limits';
import { Deadline, assertSnapshotWithinLimits, resolveLimits } from './limits';
import { TableReader, detectTables } from './tables/detect';
import type { TableReading } from './reading';
import { repeatedPeriodSubject, tableSubject } from './facts/table';
import { yearRunSubjects } from './facts/year-runs';
import { typedSlipSubjects } from './facts/typed-slips';
import type { Table } from './tables/types';
import type { FactContext, StageFacts } from './facts/context';
import { statusVocabulary } from './facts/context';
import type { Subject } from './facts/subject';
import { actionSubjects } from './facts/action';
import { savingsSubjects } from './facts/savings';
import { totalsSubjects } from './facts/totals';
import { portfolioFacts } from './facts/portfolio';
import { validateSubjects } from './facts/validate';
import { runSubjects } from './rules/run';
import { countFindings, sortFindings } from './findings';
import type { Finding } from './findings';
import { buildFlagPlan } from './plan';
import { withMoneyValues } from './output/money-values';
import { identifyFindings } from './fingerprint';
import { compareWithLastCheck, type CheckHistory } from './since';
import { checkAcceptedSheet } from './accepted/check';
import { applyAcceptances } from './accepted/apply';

export interface CheckOptions {
  /** As-of date (YYYY-MM-DD); overrides the profile's. Defaults to `now`'s date. */
  asOf?: string;
  /** Clock for the log row and the default as-of date. */
  now: Date;
  /** Called as work advances (0…1) so a host can show progress and yield to its UI. */
  onProgress?: (fraction: number, stage: string) => void | Promise<void>;
  /** Overrides of the limits in limits.ts (cells, sheets, characters in a cell, run time). */
  limits?: Partial<CheckLimits>;
  /** Milliseconds from any fixed point, for the run-time limit; a test injects one that jumps. */
  clock?: () => number;
  /** The last check of this workbook, as the host found it in Concordat's record; null or absent on a first check. */
  lastCheck?: CheckHistory | null;
  /** Why the record's last check could not be used (no lastCheck then): the check says so rather than pass for a first. */
  lastCheckSetAside?: string;
}

/**
 * A table's subjects, with facts, and the cells its stages could not read; for a savings tracker
 * also its summary for the report.
 */
export async function tableSubjects(
  table: Table,
  ctx: FactContext,
): Promise<StageFacts & { savings?: SavingsSummary }> {
  // (Slips typed on a sheet are read apart, and nothing else of the rows they stand on.)
  if (table.yearTypos || table.mistypedFigures) return typedSlipSubjects(table, ctx);
  // (A year heading printed twice, or a line's year out of its run: said on any kind of table; a
  // heading the run shows repeated is said once, by year.repeated where that says it.)
  const repeated = repeatedPeriodSubject(table);
  const runs = yearRunSubjects(table).filter(
    (s) => !(repeated && s.facts.yearSlip === 'repeated' && s.row === repeated.row),
  );
  const years = [...(repeated ? [repeated] : []), ...runs];
  if (table.kind === 'figures') {
    const totals = totalsSubjects(table, ctx);
    return { ...totals, subjects: [...years, ...totals.subjects] };
  }
  const own = tableSubject(table);
  if (table.kind === 'action-plan') {
    const { subjects, unreadable } = await actionSubjects(table, ctx);
    // A plan with a totals row under its costs ("Total Estimated Cost") has its totals checked too.
    const totals = table.rows.some((r) => r.kind === 'total')
      ? totalsSubjects(table, ctx)
      : { subjects: [], unreadable: [] };
    return {
      subjects: [...(own ? [own] : []), ...years, ...subjects, ...totals.subjects],
      unreadable: [...unreadable, ...totals.unreadable],
    };
  }
  const { subjects, unreadable, lines } = await savingsSubjects(table, ctx);
  subjects.unshift(...years);
  if (own) subjects.unshift(own);
  const partnerNames =
    table.columns.split && table.splitPartners.length > 0 ? table.splitPartners : table.partners.map((p) => p.name);
  const portfolio = portfolioFacts(table, lines, ctx, partnerNames);
  const totals = totalsSubjects(table, ctx);
  const all = [...subjects, ...totals.subjects];
  if (portfolio.subject) all.push(portfolio.subject);
  return { subjects: all, unreadable: [...unreadable, ...totals.unreadable], savings: portfolio.summary };
}

async function subjectsFor(table: Table, ctx: FactContext): Promise<{ subjects: Subject[]; summary: TableSummary }> {
  const summary = tableSummary(table);
  const { subjects, unreadable, savings } = await tableSubjects(table, ctx);
  if (savings) summary.savings = savings;
  return { subjects: [...subjects, ...unreadable], summary };
}

export { sheetsToCheck };

/** What fact computation needs beyond a table, before any table has been read. */
export function factContext(profile: Profile, asOf: string, date1904: boolean): FactContext {
  return { profile, asOf, date1904, statuses: statusVocabulary(profile) };
}

/**
 * The findings with each said once: a cell two readings of a sheet both come to ("13,O16" in a
 * table's figure column, and among the sheet's slips typed) is one problem, in its first words.
 */
function onceEach(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.sheet}\u0000${f.row}\u0000${f.column}\u0000${f.ruleId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Checks one workbook with the packs and profile its host prepared once for the run (prepare.ts). */
export async function checkWorkbook(
  snapshot: WorkbookSnapshot,
  prepared: PreparedCheck,
  options: CheckOptions,
): Promise<CheckResult> {
  const limits = resolveLimits(options.limits);
  // The settings sheet is read though not checked, so its cells count; Concordat's own output does not.
  const output = new Set(snapshot.sheets.filter((s) => isOutputSheet(snapshot, s)).map((s) => s.name));
  assertSnapshotWithinLimits(snapshot, limits, (name) => !output.has(name));
  const deadline = new Deadline(limits.maxRunMs, options.clock ?? (() => Date.now()));
  const { packs } = prepared;
  const profile = resolveProfile(snapshot, prepared.profile);
  const asOf = checkedAsOf(options.asOf ?? profile.asOf ?? options.now.toISOString().slice(0, 10));

  const runners = prepared.runnersFor(profile);
  const reader = new TableReader(profile);
  const ctx = factContext(profile, asOf, snapshot.date1904);

  const tables: Table[] = [];
  const summaries: TableSummary[] = [];
  const skippedSheets: string[] = [];
  const readings: TableReading[] = [];
  const findings = [];
  const sheets = sheetsToCheck(snapshot);
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i];
    // Each sheet is an equal share of the bar: its rows' facts the first half, its rules the second.
    const progress = options.onProgress;
    const share = (within: number) => (i + within) / Math.max(sheets.length, 1);
    await progress?.(share(0), `Reading ${sheet.name}`);
    deadline.check(sheet.name, sheet.originRow);
    const found = detectTables(withMergesCarried(withPlainCells(sheet)), reader);
    for (const r of found.readings) readings.push(r);
    if (found.tables.length === 0) {
      skippedSheets.push(sheet.name);
      continue;
    }
    for (const table of found.tables) {
      tables.push(table);
      ctx.pause = progress
        ? (done, total) => progress(share((0.5 * done) / total), `Reading ${sheet.name}`)
        : undefined;
      ctx.deadline = (row) => deadline.check(sheet.name, row);
      const { subjects, summary } = await subjectsFor(table, ctx);
      summaries.push(summary);
      const tableFindings = await runSubjects(
        validateSubjects(subjects),
        runners,
        table.sheet,
        progress ? (fraction, stage) => progress(share(0.5 + 0.5 * fraction), stage) : undefined,
        deadline,
      );
      // A loop, not push(...): a sheet can have more findings than a call may take arguments.
      for (const f of withMoneyValues(tableFindings, table)) findings.push(f);
    }
  }
  const accepted = await checkAcceptedSheet(snapshot, tables, packs, runners, deadline);
  for (const f of accepted.findings) findings.push(f);
  const sorted = sortFindings(
    onceEach(findings),
    snapshot.sheets.map((s) => s.name),
  );
  await options.onProgress?.(1, 'Done');

  const ranAt = options.now.toISOString();
  const { since, next } = compareWithLastCheck(
    sorted,
    identifyFindings(sorted, tables),
    options.lastCheck ?? null,
    { ranAt, asOf },
    options.lastCheckSetAside,
  );
  applyAcceptances(sorted, accepted.acceptances, asOf);
  const rulesHash = prepared.rulesHash(profile);
  const plan = buildFlagPlan(
    sorted,
    tables,
    {
      ranAt,
      asOf,
      packs: packs.map((p) => `${p.pack.pack}@${p.pack.version}`),
      rulesHash,
      sheetsChecked: tables.length,
    },
    { since, next },
  );
  return {
    findings: sorted,
    counts: countFindings(sorted),
    tables: summaries,
    plan,
    asOf,
    skippedSheets,
    readings,
    since,
  };
}
