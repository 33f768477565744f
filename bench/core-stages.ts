/**
 * The core's check split into its stages, so the benchmark can build the subjects once and time
 * rule evaluation on its own. Mirrors checkWorkbook (src/core/check.ts) step for step; the
 * benchmark checks that both give the same number of fired rules, so a drift would show.
 */
import type { RulePackSource } from '../src/core/check';
import { resolveProfile } from '../src/core/check';
import { OWNED_SHEETS, SETTINGS_SHEET } from '../src/core/snapshot';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import type { Profile } from '../src/core/profile';
import { loadRulePacks } from '../src/core/rules/load';
import type { LoadedPack } from '../src/core/rules/load';
import type { Rule } from '../src/core/rules/schema';
import { HeaderDictionary, detectTable } from '../src/core/tables/detect';
import type { Table } from '../src/core/tables/types';
import type { FactContext } from '../src/core/facts/context';
import { statusVocabulary } from '../src/core/facts/context';
import type { FactValue, Subject, SubjectKind } from '../src/core/facts/subject';
import { actionSubjects } from '../src/core/facts/action';
import { savingsSubjects } from '../src/core/facts/savings';
import { totalsSubjects } from '../src/core/facts/totals';
import { portfolioFacts } from '../src/core/facts/portfolio';
import { validateSubjects } from '../src/core/facts/validate';
import type { CompiledRule } from '../src/core/rules/compiled-engine';
import { compileRules, runCompiled } from '../src/core/rules/compiled-engine';
import { ReferenceEvaluator } from '../src/core/rules/reference-engine';
import { elapsedMs } from './timing';

export interface PreparedCheck {
  packs: LoadedPack[];
  profile: Profile;
  tables: Table[];
  /** Every subject the rules look at, unreadable cells included, in the order checkWorkbook runs them. */
  subjects: Subject[];
  /** Item rows of all tables (the "rows" of rows per second). */
  itemRows: number;
  detectMs: number;
  factsMs: number;
  validateMs: number;
}

async function tableSubjects(table: Table, ctx: FactContext): Promise<Subject[]> {
  if (table.kind === 'action-plan') return actionSubjects(table, ctx);
  const { subjects, lines } = await savingsSubjects(table, ctx);
  const names =
    table.columns.split && table.splitPartners.length > 0 ? table.splitPartners : table.partners.map((p) => p.name);
  const portfolio = portfolioFacts(table, lines, ctx, names);
  const all = [...subjects, ...totalsSubjects(table, ctx)];
  if (portfolio.subject) all.push(portfolio.subject);
  return all;
}

/** Detects the tables and computes every subject's facts, timing the two stages. */
export async function prepareCheck(
  snapshot: WorkbookSnapshot,
  packSources: RulePackSource[],
  asOf: string,
): Promise<PreparedCheck> {
  const packs = loadRulePacks(packSources);
  const profile = resolveProfile(snapshot);
  const dict = new HeaderDictionary(profile);
  const ctx: FactContext = {
    profile,
    asOf,
    date1904: snapshot.date1904,
    statuses: statusVocabulary(profile),
    unreadable: [],
  };
  const owned = new Set([...OWNED_SHEETS, SETTINGS_SHEET].map((n) => n.toLowerCase()));
  const tables: Table[] = [];
  const subjects: Subject[] = [];
  let detectMs = 0;
  let factsMs = 0;
  let validateMs = 0;
  for (const sheet of snapshot.sheets.filter((s) => !owned.has(s.name.toLowerCase()))) {
    let started = process.hrtime.bigint();
    const table = detectTable(sheet, dict, profile);
    detectMs += elapsedMs(started);
    if (!table) continue;
    tables.push(table);
    ctx.unreadable = [];
    started = process.hrtime.bigint();
    const built = [...(await tableSubjects(table, ctx)), ...ctx.unreadable];
    factsMs += elapsedMs(started);
    started = process.hrtime.bigint();
    // A loop, not push(...): spreading 100,000+ arguments overflows the stack.
    for (const subject of validateSubjects(built)) subjects.push(subject);
    validateMs += elapsedMs(started);
  }
  const itemRows = tables.reduce((n, t) => n + t.rows.filter((r) => r.kind === 'item').length, 0);
  return { packs, profile, tables, subjects, itemRows, detectMs, factsMs, validateMs };
}

/** The rules each pack runs after the profile's switches, grouped by the subject kind they look at. */
export function rulesBySubject(packs: LoadedPack[], profile: Profile): Map<SubjectKind, Rule[][]> {
  const out = new Map<SubjectKind, Rule[][]>();
  for (const { pack } of packs) {
    const rules = pack.rules.filter((r) => profile.rules[r.name]?.enabled !== false);
    if (rules.length === 0) continue;
    const list = out.get(pack.subject) ?? [];
    list.push(rules);
    out.set(pack.subject, list);
  }
  return out;
}

export type Facts = Record<string, FactValue>;

/** Concordat's evaluator: every pack compiled once into closures. */
export function compiledFiring(rules: Map<SubjectKind, Rule[][]>): (subject: Subject) => string[] {
  const compiled = new Map<SubjectKind, CompiledRule[][]>();
  for (const [kind, packs] of rules) compiled.set(kind, packs.map(compileRules));
  return (subject) => {
    const fired: string[] = [];
    for (const pack of compiled.get(subject.kind) ?? []) fired.push(...runCompiled(pack, subject.facts));
    return fired;
  };
}

/** json-rules-engine, one engine per pack, run once per subject: what Concordat would cost without the compiler. */
export function referenceFiring(rules: Map<SubjectKind, Rule[][]>): (subject: Subject) => Promise<string[]> {
  const engines = new Map<SubjectKind, ReferenceEvaluator[]>();
  for (const [kind, packs] of rules)
    engines.set(
      kind,
      packs.map((r) => new ReferenceEvaluator(r)),
    );
  return async (subject) => {
    const fired: string[] = [];
    for (const engine of engines.get(subject.kind) ?? []) fired.push(...(await engine.run(subject.facts)));
    return fired;
  };
}
