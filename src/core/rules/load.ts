/** Loads rule packs: bounded JSON, zod validation, facts checked against the subject, errors with the JSON path. */
import type { RulePack, Condition } from './schema';
import { MAX_CONDITION_DEPTH, MAX_RULES, MAX_RULE_PACKS, rulePackSchema } from './schema';
import { SUBJECT_FACTS } from '../facts/subject';
import { ConcordatError, describeZodIssues, jsonPath } from '../errors';
import type { WordingSource } from './template';
import { wordingCycle } from './template';

export interface LoadedPack {
  source: string;
  pack: RulePack;
}

/** Deepest nesting of objects and arrays, measured without recursion so a hostile file cannot overflow the stack. */
export function jsonDepth(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Object.values(v as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return max;
}

function checkFacts(
  condition: Condition,
  allowed: ReadonlySet<string>,
  path: (string | number)[],
  source: string,
): void {
  if ('all' in condition) condition.all.forEach((c, i) => checkFacts(c, allowed, [...path, 'all', i], source));
  else if ('any' in condition) condition.any.forEach((c, i) => checkFacts(c, allowed, [...path, 'any', i], source));
  else if ('not' in condition) checkFacts(condition.not, allowed, [...path, 'not'], source);
  else {
    if (!allowed.has(condition.fact)) {
      throw new ConcordatError(
        'pack.invalid',
        `${source}: ${jsonPath([...path, 'fact'])}: unknown fact "${condition.fact}"; expected one of ${[...allowed].join(', ')}`,
      );
    }
    const v = condition.value;
    const wantsList = condition.operator === 'in' || condition.operator === 'notIn';
    if (wantsList !== Array.isArray(v)) {
      throw new ConcordatError(
        'pack.invalid',
        `${source}: ${jsonPath([...path, 'value'])}: operator "${condition.operator}" ${wantsList ? 'needs a list of values' : 'needs a single value, not a list'}`,
      );
    }
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && !allowed.has(v.fact)) {
      throw new ConcordatError(
        'pack.invalid',
        `${source}: ${jsonPath([...path, 'value', 'fact'])}: unknown fact "${v.fact}"`,
      );
    }
  }
}

/**
 * A rule's phrases: each is chosen by a fact of the subject, none shares a fact's name (a
 * placeholder would not say which it means), and none names itself through others.
 */
function checkWording(
  wording: Readonly<Record<string, WordingSource>> | undefined,
  allowed: ReadonlySet<string>,
  path: (string | number)[],
  source: string,
): void {
  if (!wording) return;
  for (const [name, phrase] of Object.entries(wording)) {
    if (allowed.has(name))
      throw new ConcordatError(
        'pack.invalid',
        `${source}: ${jsonPath([...path, name])}: "${name}" is a fact; give the phrase another name`,
      );
    if (!allowed.has(phrase.by))
      throw new ConcordatError(
        'pack.invalid',
        `${source}: ${jsonPath([...path, name, 'by'])}: unknown fact "${phrase.by}"; expected one of ${[...allowed].join(', ')}`,
      );
  }
  const cycle = wordingCycle(wording);
  if (cycle)
    throw new ConcordatError(
      'pack.invalid',
      `${source}: ${jsonPath(path)}: phrases name each other in a circle (${cycle.join(' → ')})`,
    );
}

/** Validates one pack's JSON; throws ConcordatError naming the source and the JSON path. */
export function loadRulePack(json: unknown, source: string): LoadedPack {
  // Rules nest all/any/not a few levels; anything deeper is a mistake or an attack.
  const depth = jsonDepth(json, MAX_CONDITION_DEPTH * 2 + 8);
  if (depth > MAX_CONDITION_DEPTH * 2 + 6) {
    throw new ConcordatError(
      'pack.invalid',
      `${source}: rule pack is nested too deeply (more than ${MAX_CONDITION_DEPTH} levels of conditions)`,
    );
  }
  const parsed = rulePackSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConcordatError(
      'pack.invalid',
      `${source}: not a valid rule pack: ${describeZodIssues(parsed.error.issues)}`,
    );
  }
  const pack = parsed.data;
  const allowed = new Set(SUBJECT_FACTS[pack.subject]);
  const seen = new Set<string>();
  pack.rules.forEach((rule, i) => {
    if (rule.name !== rule.event.type) {
      throw new ConcordatError(
        'pack.invalid',
        `${source}: ${jsonPath(['rules', i, 'event', 'type'])}: must equal the rule name "${rule.name}"`,
      );
    }
    if (seen.has(rule.name))
      throw new ConcordatError(
        'pack.invalid',
        `${source}: ${jsonPath(['rules', i, 'name'])}: rule "${rule.name}" is defined twice`,
      );
    seen.add(rule.name);
    checkFacts(rule.conditions, allowed, ['rules', i, 'conditions'], source);
    (rule.event.params.facts ?? []).forEach((fact, k) => {
      if (!allowed.has(fact))
        throw new ConcordatError(
          'pack.invalid',
          `${source}: ${jsonPath(['rules', i, 'event', 'params', 'facts', k])}: unknown fact "${fact}"; expected one of ${[...allowed].join(', ')}`,
        );
    });
    checkWording(rule.event.params.wording, allowed, ['rules', i, 'event', 'params', 'wording'], source);
  });
  return { source, pack };
}

const count = (n: number): string => n.toLocaleString('en-GB');

/** Refuses too many packs, or too many rules in all, before any pack is validated. */
function assertWithinPackLimits(sources: { source: string; json: unknown }[]): void {
  if (sources.length > MAX_RULE_PACKS) {
    throw new ConcordatError(
      'limit.rules',
      `${count(sources.length)} rule packs were given, more than the ${MAX_RULE_PACKS} a check loads (the first over the limit is ${sources[MAX_RULE_PACKS].source})`,
    );
  }
  let rules = 0;
  for (const { source, json } of sources) {
    const list = typeof json === 'object' && json !== null ? (json as { rules?: unknown }).rules : undefined;
    rules += Array.isArray(list) ? list.length : 0;
    if (rules > MAX_RULES) {
      throw new ConcordatError(
        'limit.rules',
        `${source}: brings the rules loaded to ${count(rules)}, more than the ${count(MAX_RULES)} a check runs in all`,
      );
    }
  }
}

/**
 * Loads every pack. A rule id may appear once per kind of subject: `owner.missing` is one rule for
 * action plans and one for savings lines, switched on and off together by the profile.
 */
export function loadRulePacks(sources: { source: string; json: unknown }[]): LoadedPack[] {
  assertWithinPackLimits(sources);
  const packs = sources.map((s) => loadRulePack(s.json, s.source));
  const owner = new Map<string, string>();
  for (const { source, pack } of packs) {
    for (const rule of pack.rules) {
      const key = `${pack.subject}:${rule.name}`;
      const other = owner.get(key);
      if (other)
        throw new ConcordatError('pack.invalid', `${source}: rule "${rule.name}" is already defined in ${other}`);
      owner.set(key, source);
    }
  }
  return packs;
}
