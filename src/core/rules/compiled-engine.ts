/**
 * Rule packs compiled once per run into plain closures, so checking a row costs about what
 * hand-written code would. Semantics follow json-rules-engine (see operators.ts); the
 * differential test runs both over generated rows and requires identical results.
 */
import type { Condition, Rule } from './schema';
import { operatorTest, resolvePath } from './operators';
import type { FactValue } from '../facts/subject';

type Facts = Record<string, FactValue>;
type Predicate = (facts: Facts) => boolean;

const own = (facts: Facts, name: string): FactValue | undefined =>
  Object.prototype.hasOwnProperty.call(facts, name) ? facts[name] : undefined;

function compileCondition(c: Condition): Predicate {
  // Loops rather than every/some, which would make a closure each time a row is tested.
  if ('all' in c) {
    const parts = c.all.map(compileCondition);
    return (f) => {
      for (const p of parts) if (!p(f)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(compileCondition);
    return (f) => {
      for (const p of parts) if (p(f)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not);
    return (f) => !inner(f);
  }
  const { fact, operator, value, path } = c;
  // As json-rules-engine: a path applies to an object fact; any other fact is compared as it is.
  const read = path
    ? (f: Facts) => {
        const v = own(f, fact);
        return v !== null && typeof v === 'object' ? resolvePath(v, path) : v;
      }
    : (f: Facts) => own(f, fact);
  const test = operatorTest(operator);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const other = value.fact;
    return (f) => test(read(f), own(f, other));
  }
  return (f) => test(read(f), value);
}

export interface CompiledRule {
  id: string;
  test: Predicate;
}

export function compileRules(rules: Rule[]): CompiledRule[] {
  return rules.map((r) => ({ id: r.name, test: compileCondition(r.conditions) }));
}

/** Ids of the rules that fire for one subject's facts, in pack order. */
export function runCompiled(rules: CompiledRule[], facts: Facts): string[] {
  const fired: string[] = [];
  for (const r of rules) if (r.test(facts)) fired.push(r.id);
  return fired;
}
