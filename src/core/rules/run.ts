/** Runs the loaded rule packs over subjects and turns each rule that fires into a finding. */
import type { LoadedPack } from './load';
import type { Rule } from './schema';
import type { CompiledRule } from './compiled-engine';
import { compileRules, runCompiled } from './compiled-engine';
import type { Profile } from '../profile';
import type { FactValue, Subject, SubjectKind } from '../facts/subject';
import type { Finding, Severity } from '../findings';
import type { SheetSnapshot } from '../snapshot';
import { a1 } from '../snapshot';
import { cellAt } from '../tables/types';
import { cellText } from '../parse/text';
import type { Deadline } from '../limits';
import type { Template, Wordings } from './template';
import { compileTemplate, compileWordings, fillTemplate } from './template';

interface RuleMeta {
  title: string;
  severity: Severity;
  column: string;
  message: Template;
  hint: Template;
  /** The rule's phrases, which its message and hint name as placeholders. */
  wordings: Wordings;
  /** The facts each finding carries as values. */
  facts: readonly string[];
}

/** The ids of a pack's rules that fire for one subject's facts, in pack order. */
export type Fire = (facts: Record<string, FactValue>) => string[] | Promise<string[]>;

/** Turns a pack's rules into their test: compiled here; json-rules-engine (reference-engine.ts) for the differential test. */
export type RuleEngine = (rules: Rule[]) => Fire;

export const compiledEngine: RuleEngine = (rules) => {
  const compiled: CompiledRule[] = compileRules(rules);
  return (facts) => runCompiled(compiled, facts);
};

export interface RuleRunner {
  pack: string;
  meta: Map<string, RuleMeta>;
  fire: Fire;
}

/** One runner per pack, grouped by the subject kind the pack looks at; rules the profile switches off are left out. */
export function buildRunners(
  packs: readonly LoadedPack[],
  profile: Profile,
  engine: RuleEngine,
): Map<SubjectKind, RuleRunner[]> {
  const bySubject = new Map<SubjectKind, RuleRunner[]>();
  for (const { pack } of packs) {
    const rules: Rule[] = pack.rules.filter((r) => profile.rules[r.name]?.enabled !== false);
    if (rules.length === 0) continue;
    const meta = new Map<string, RuleMeta>();
    for (const r of rules) {
      const p = r.event.params;
      meta.set(r.name, {
        title: p.title,
        severity: profile.rules[r.name]?.severity ?? p.severity,
        column: p.column,
        message: compileTemplate(p.message),
        hint: compileTemplate(p.hint),
        wordings: compileWordings(p.wording),
        facts: p.facts ?? [],
      });
    }
    const list = bySubject.get(pack.subject) ?? [];
    list.push({ pack: pack.pack, meta, fire: engine(rules) });
    bySubject.set(pack.subject, list);
  }
  return bySubject;
}

/** The named facts of a subject, as values (the loader has checked each is a fact of the subject's kind). */
function factValues(names: readonly string[], facts: Record<string, FactValue>): Record<string, FactValue> {
  const out: Record<string, FactValue> = {};
  for (const name of names) out[name] = Object.prototype.hasOwnProperty.call(facts, name) ? facts[name] : null;
  return out;
}

function toFinding(subject: Subject, ruleId: string, meta: RuleMeta, pack: string, sheet: SheetSnapshot): Finding {
  // Own properties only: a pack's column named "constructor" must not reach Object.prototype.
  const anchor = Object.prototype.hasOwnProperty.call(subject.anchors, meta.column)
    ? subject.anchors[meta.column]
    : subject.anchors.default;
  // A record's field may stand on its own line (ColumnRef.row); otherwise the finding is on the item's row.
  const row = anchor.row ?? subject.row;
  return {
    ruleId,
    title: meta.title,
    severity: meta.severity,
    sheet: subject.sheet,
    row,
    column: anchor.column,
    header: anchor.header,
    address: a1(row, anchor.column),
    value: cellText(cellAt(sheet, row, anchor.column)),
    message: fillTemplate(meta.message, subject.facts, meta.wordings),
    hint: fillTemplate(meta.hint, subject.facts, meta.wordings),
    facts: factValues(meta.facts, subject.facts),
    pack,
    // Set once every finding is known (since.ts); here so every finding has one shape from the start.
    fingerprint: undefined,
    firstSeen: undefined,
    isNew: undefined,
  };
}

const PROGRESS_EVERY = 5000;

export async function runSubjects(
  subjects: Subject[],
  runners: Map<SubjectKind, RuleRunner[]>,
  sheet: SheetSnapshot,
  onProgress?: (fraction: number, stage: string) => void | Promise<void>,
  deadline?: Deadline,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (let i = 0; i < subjects.length; i++) {
    const subject = subjects[i];
    deadline?.check(sheet.name, subject.row);
    for (const runner of runners.get(subject.kind) ?? []) {
      const result = runner.fire(subject.facts);
      // Only json-rules-engine answers later; awaiting the compiled evaluator's array would cost
      // a promise and a turn of the microtask queue for every subject.
      const fired = Array.isArray(result) ? result : await result;
      for (const id of fired) {
        const meta = runner.meta.get(id);
        if (meta) findings.push(toFinding(subject, id, meta, runner.pack, sheet));
      }
    }
    if (onProgress && i > 0 && i % PROGRESS_EVERY === 0)
      await onProgress(i / subjects.length, `Checking ${sheet.name}`);
  }
  return findings;
}
