/**
 * The core's check split into its stages, so the benchmark can build the subjects once and time
 * rule evaluation on its own. Uses checkWorkbook's own pieces (sheetsToCheck, factContext,
 * tableSubjects) and times each; the benchmark checks that both give the same number of fired
 * rules, so a drift in the order of the stages would show.
 */
import { factContext, sheetsToCheck, tableSubjects } from '../src/core/check';
import type { RulePackSource } from '../src/core/prepare';
import { resolveProfile } from '../src/core/prepare';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import type { Profile } from '../src/core/profile';
import { loadRulePacks } from '../src/core/rules/load';
import type { LoadedPack } from '../src/core/rules/load';
import type { Rule } from '../src/core/rules/schema';
import { TableReader, detectTables } from '../src/core/tables/detect';
import type { Table } from '../src/core/tables/types';
import type { FactValue, Subject, SubjectKind } from '../src/core/facts/subject';
import { validateSubjects } from '../src/core/facts/validate';
import type { CompiledRule } from '../src/core/rules/compiled-engine';
import { compileRules, runCompiled } from '../src/core/rules/compiled-engine';
import { ReferenceEvaluator } from '../src/core/rules/reference-engine';
import { elapsedMs } from './timing';

export interface BuiltSubjects {
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

/** Detects the tables and computes every subject's facts, timing the two stages. */
export async function buildSubjects(
  snapshot: WorkbookSnapshot,
  packSources: RulePackSource[],
  asOf: string,
): Promise<BuiltSubjects> {
  const packs = loadRulePacks(packSources);
  const profile = resolveProfile(snapshot);
  const reader = new TableReader(profile);
  const ctx = factContext(profile, asOf, snapshot.date1904);
  const tables: Table[] = [];
  const subjects: Subject[] = [];
  let detectMs = 0;
  let factsMs = 0;
  let validateMs = 0;
  for (const sheet of sheetsToCheck(snapshot)) {
    let started = process.hrtime.bigint();
    const found = detectTables(sheet, reader).tables;
    detectMs += elapsedMs(started);
    for (const table of found) {
      tables.push(table);
      started = process.hrtime.bigint();
      const { subjects: tableFacts, unreadable } = await tableSubjects(table, ctx);
      const built = [...tableFacts, ...unreadable];
      factsMs += elapsedMs(started);
      started = process.hrtime.bigint();
      // A loop, not push(...): spreading 100,000+ arguments overflows the stack.
      for (const subject of validateSubjects(built)) subjects.push(subject);
      validateMs += elapsedMs(started);
    }
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
