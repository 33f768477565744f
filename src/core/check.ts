/** The one entry point both hosts call: snapshot + profile + rule packs → findings + flag plan. */
import type { WorkbookSnapshot } from './snapshot';
import { SETTINGS_SHEET, a1 } from './snapshot';
import { withMergesCarried } from './tables/merges';
import { isOutputSheet, sheetsToCheck } from './user-view';
import type { CheckResult, TableSummary } from './result';
import type { Profile, ProfileInput } from './profile';
import { defaultProfile, mergeProfiles, parseProfile } from './profile';
import { readSettingsSheet } from './settings';
import { loadRulePacks } from './rules/load';
import type { LoadedPack } from './rules/load';
import { jsonDepth } from './rules/load';
import { ConcordatError } from './errors';
import { checkedAsOf } from './as-of';
import type { CheckLimits } from './limits';
import { Deadline, assertSnapshotWithinLimits, resolveLimits } from './limits';
import { TableReader, detectTables } from './tables/detect';
import type { TableReading } from './reading';
import { tableSubject } from './facts/table';
import type { Table } from './tables/types';
import type { FactContext } from './facts/context';
import { statusVocabulary } from './facts/context';
import type { Subject, SubjectKind } from './facts/subject';
import { actionSubjects } from './facts/action';
import { savingsSubjects } from './facts/savings';
import { totalsSubjects } from './facts/totals';
import { portfolioFacts } from './facts/portfolio';
import { validateSubjects } from './facts/validate';
import type { RuleRunner } from './rules/run';
import { buildRunners, runSubjects } from './rules/run';
import { countFindings, sortFindings } from './findings';
import { buildFlagPlan } from './plan';
import { withMoneyValues } from './output/money-values';
import { sha256Hex, canonicalJson } from './sha256';
import { identifyFindings } from './fingerprint';
import { compareWithLastCheck, type CheckHistory } from './since';

/** A rule pack as a host loaded it: where it came from (for error messages) and its parsed JSON. */
export interface RulePackSource {
  source: string;
  json: unknown;
}

export interface CheckOptions {
  /** Rule packs to run (the CLI reads `rules/*.json`; the add-in bundles the same files). */
  packs: RulePackSource[];
  /** Profile JSON given by the host (e.g. `--profile FILE`), merged over the workbook's own settings sheet. */
  profile?: { source: string; json: unknown };
  /** As-of date (YYYY-MM-DD); overrides the profile's. Defaults to `now`'s date. */
  asOf?: string;
  /** Clock for the log row and the default as-of date. */
  now: Date;
  /** Called as work advances (0…1) so a host can show progress and yield to its UI. */
  onProgress?: (fraction: number, stage: string) => void | Promise<void>;
  /** `compiled` (default) or `reference` (json-rules-engine for every rule): the differential test runs both. */
  engine?: 'compiled' | 'reference';
  /** Overrides of the limits in limits.ts (cells, sheets, characters in a cell, run time). */
  limits?: Partial<CheckLimits>;
  /** Milliseconds from any fixed point, for the run-time limit; a test injects one that jumps. */
  clock?: () => number;
  /** The last check of this workbook, as the host found it in Concordat's record; null or absent on a first check. */
  lastCheck?: CheckHistory | null;
  /** Why the record's last check could not be used (no lastCheck then): the check says so rather than pass for a first. */
  lastCheckSetAside?: string;
}

const PROFILE_MAX_DEPTH = 12;

/** Defaults, then the workbook's settings sheet, then the host's profile file: later wins. */
export function resolveProfile(snapshot: WorkbookSnapshot, given?: { source: string; json: unknown }): Profile {
  let profile = defaultProfile();
  const settings = snapshot.sheets.find((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  if (settings)
    profile = mergeProfiles(profile, readSettingsSheet(settings, snapshot.date1904), `${SETTINGS_SHEET} sheet`);
  if (given) {
    if (jsonDepth(given.json, PROFILE_MAX_DEPTH + 1) > PROFILE_MAX_DEPTH) {
      throw new ConcordatError('profile.invalid', `${given.source}: profile is nested too deeply`);
    }
    parseProfile(given.json, given.source); // reports problems with paths as written in the file
    profile = mergeProfiles(profile, given.json as ProfileInput, given.source);
  }
  return profile;
}

/** A table's subjects, with facts; for a savings tracker also its summary for the report. */
export async function tableSubjects(
  table: Table,
  ctx: FactContext,
): Promise<{ subjects: Subject[]; savings?: TableSummary['savings'] }> {
  if (table.kind === 'figures') return { subjects: totalsSubjects(table, ctx) };
  const own = tableSubject(table);
  if (table.kind === 'action-plan') return { subjects: [...(own ? [own] : []), ...(await actionSubjects(table, ctx))] };
  const { subjects, lines } = await savingsSubjects(table, ctx);
  if (own) subjects.unshift(own);
  const partnerNames =
    table.columns.split && table.splitPartners.length > 0 ? table.splitPartners : table.partners.map((p) => p.name);
  const portfolio = portfolioFacts(table, lines, ctx, partnerNames);
  const all = [...subjects, ...totalsSubjects(table, ctx)];
  if (portfolio.subject) all.push(portfolio.subject);
  return { subjects: all, savings: portfolio.summary };
}

async function subjectsFor(table: Table, ctx: FactContext): Promise<{ subjects: Subject[]; summary: TableSummary }> {
  const lastRow = table.rows.length > 0 ? table.rows[table.rows.length - 1].row : table.headerRow;
  const summary: TableSummary = {
    sheet: table.sheet.name,
    kind: table.kind,
    range: `${a1(table.headerRow, table.firstColumn)}:${a1(lastRow, table.lastColumn)}`,
    headerRow: table.headerRow,
    itemRows: table.rows.filter((r) => r.kind === 'item').length,
    totalsRows: table.rows.filter((r) => r.kind !== 'item').length,
    columns: Object.fromEntries(Object.entries(table.columns).map(([k, ref]) => [k, ref?.header ?? ''])),
  };
  const { subjects, savings } = await tableSubjects(table, ctx);
  if (savings) summary.savings = savings;
  return { subjects, summary };
}

export { sheetsToCheck };

/** What fact computation needs beyond a table, before any table has been read. */
export function factContext(profile: Profile, asOf: string, date1904: boolean): FactContext {
  return { profile, asOf, date1904, statuses: statusVocabulary(profile), unreadable: [] };
}

export async function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions): Promise<CheckResult> {
  const limits = resolveLimits(options.limits);
  // The settings sheet is read though not checked, so its cells count; Concordat's own output does not.
  const output = new Set(snapshot.sheets.filter((s) => isOutputSheet(snapshot, s)).map((s) => s.name));
  assertSnapshotWithinLimits(snapshot, limits, (name) => !output.has(name));
  const deadline = new Deadline(limits.maxRunMs, options.clock ?? (() => Date.now()));
  const packs: LoadedPack[] = loadRulePacks(options.packs);
  const profile = resolveProfile(snapshot, options.profile);
  const asOf = checkedAsOf(options.asOf ?? profile.asOf ?? options.now.toISOString().slice(0, 10));

  const runners: Map<SubjectKind, RuleRunner[]> = buildRunners(packs, profile, options.engine ?? 'compiled');
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
    const found = detectTables(withMergesCarried(sheet), reader);
    for (const r of found.readings) readings.push(r);
    if (found.tables.length === 0) {
      skippedSheets.push(sheet.name);
      continue;
    }
    for (const table of found.tables) {
      tables.push(table);
      ctx.unreadable = [];
      ctx.pause = progress
        ? (done, total) => progress(share((0.5 * done) / total), `Reading ${sheet.name}`)
        : undefined;
      ctx.deadline = (row) => deadline.check(sheet.name, row);
      const { subjects, summary } = await subjectsFor(table, ctx);
      summaries.push(summary);
      const tableFindings = await runSubjects(
        validateSubjects([...subjects, ...ctx.unreadable]),
        runners,
        table.sheet,
        progress ? (fraction, stage) => progress(share(0.5 + 0.5 * fraction), stage) : undefined,
        deadline,
      );
      // A loop, not push(...): a sheet can have more findings than a call may take arguments.
      for (const f of withMoneyValues(tableFindings, table)) findings.push(f);
    }
  }
  const sorted = sortFindings(
    findings,
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
  const rulesHash = sha256Hex(canonicalJson({ packs: packs.map((p) => p.pack), profile }));
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
