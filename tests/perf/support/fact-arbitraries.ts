/**
 * fast-check arbitraries for a subject's facts, aimed at where two evaluators could disagree:
 * the constants the rules compare against and their neighbours, values exactly at the tolerances
 * (both sides of a fact-to-fact comparison draw from one pool, so they often meet), blanks, nulls,
 * missing facts, non-finite numbers, and strings where numbers are expected.
 */
import fc from 'fast-check';
import type { Condition, Rule } from '../../../src/core/rules/schema';
import type { FactValue, SubjectKind } from '../../../src/core/facts/subject';
import { SUBJECT_FACTS } from '../../../src/core/facts/subject';

/** A subject's facts as the evaluators take them (numbers here include NaN and ±Infinity). */
export type Facts = Record<string, FactValue>;

/** Profile tolerances and day counts, each with its nearest neighbours: comparisons flip here. */
const BOUNDARIES = [0, 0.005, 0.01, 0.03, 1, 30, 365];
const NUMERIC_POOL: number[] = BOUNDARIES.flatMap((b) => [b, b + 1e-9, b - 1e-9, -b]);

/** Values no rule expects: blanks, numbers as text, text that parseFloat half-reads, extremes. */
const AWKWARD: FactValue[] = [
  null,
  '',
  ' ',
  '0',
  '5',
  '-1',
  '1e3',
  '0.005',
  '30 days',
  'NaN',
  'Infinity',
  'abc',
  'true',
  true,
  false,
  0,
  -0,
  1,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
  '2010-06-14',
  '2010-06-15',
  '2010-6-14',
  '14 June 2010',
];

function leaves(
  condition: Condition,
  out: Extract<Condition, { fact: string }>[] = [],
): Extract<Condition, { fact: string }>[] {
  if ('all' in condition) condition.all.forEach((c) => leaves(c, out));
  else if ('any' in condition) condition.any.forEach((c) => leaves(c, out));
  else if ('not' in condition) leaves(condition.not, out);
  else out.push(condition);
  return out;
}

/** Per fact, the values the rules compare it with, and their neighbours. */
function relevantValues(rules: readonly Rule[]): Map<string, FactValue[]> {
  const out = new Map<string, FactValue[]>();
  const add = (fact: string, values: FactValue[]): void => {
    out.set(fact, [...(out.get(fact) ?? []), ...values]);
  };
  for (const rule of rules) {
    for (const leaf of leaves(rule.conditions)) {
      const value = leaf.value;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        // Fact against fact: both sides from one pool, so equality and near-equality happen.
        add(leaf.fact, NUMERIC_POOL);
        add(value.fact, NUMERIC_POOL);
      } else if (Array.isArray(value)) {
        add(leaf.fact, [...value, 'other']);
      } else if (typeof value === 'number') {
        add(leaf.fact, [value, value + 1, value - 1, value + 1e-9, value - 1e-9, String(value)]);
      } else if (typeof value === 'boolean') {
        add(leaf.fact, [true, false, String(value)]);
      } else if (value !== null) {
        add(leaf.fact, [value, value.toUpperCase(), ` ${value}`, '']);
      }
    }
  }
  return out;
}

/** Facts of one subject kind: each fact may be missing, relevant to the rules, awkward, or any JSON-ish value. */
export function factsArbitrary(kind: SubjectKind, rules: readonly Rule[]): fc.Arbitrary<Facts> {
  const relevant = relevantValues(rules);
  const any: fc.Arbitrary<FactValue> = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.double(),
    fc.integer({ min: -400, max: 400 }),
    fc.boolean(),
    fc.constant(null),
  );
  const shape: Record<string, fc.Arbitrary<FactValue>> = {};
  for (const fact of SUBJECT_FACTS[kind]) {
    const own = relevant.get(fact);
    shape[fact] = own
      ? fc.oneof(
          { arbitrary: fc.constantFrom(...own), weight: 6 },
          { arbitrary: fc.constantFrom(...AWKWARD), weight: 3 },
          { arbitrary: any, weight: 1 },
        )
      : fc.oneof({ arbitrary: fc.constantFrom(...AWKWARD), weight: 1 }, { arbitrary: any, weight: 1 });
  }
  // No required keys: any fact may be absent, which both engines must read as undefined.
  return fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<Facts>;
}
