/**
 * Operator semantics, written once and registered on both evaluators. The built-in ones follow
 * json-rules-engine exactly, including its validators (a numeric comparison with a non-number is false).
 */
import type { OperatorName } from './schema';
import { isIsoShaped } from '../parse/calendar';

export type Operand = unknown;

/**
 * json-rules-engine's test, parseFloat of the value not NaN. A number is tested without the trip
 * through text, which gives the same answer (only NaN reads back as NaN) for every number.
 */
const isNumberLike = (v: Operand): boolean =>
  typeof v === 'number' ? !Number.isNaN(v) : Number.parseFloat(v as string).toString() !== 'NaN';
const isBlankValue = (v: Operand): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** ISO dates (YYYY-MM-DD) compare correctly as strings; anything else makes a date comparison false. */
const dates =
  (test: (a: string, b: string) => boolean): Evaluate =>
  (a, b) =>
    isIsoShaped(a) && isIsoShaped(b) && test(a, b);

type Evaluate = (factValue: Operand, compareTo: Operand) => boolean;

/** [evaluator, validator of the fact value]: the validator failing makes the condition false. */
export const OPERATOR_IMPLS: Record<OperatorName, [Evaluate, ((v: Operand) => boolean) | null]> = {
  equal: [(a, b) => a === b, null],
  notEqual: [(a, b) => a !== b, null],
  in: [(a, b) => Array.isArray(b) && b.indexOf(a) > -1, null],
  notIn: [(a, b) => Array.isArray(b) && b.indexOf(a) === -1, null],
  contains: [(a, b) => (a as unknown[]).indexOf(b) > -1, Array.isArray],
  doesNotContain: [(a, b) => (a as unknown[]).indexOf(b) === -1, Array.isArray],
  lessThan: [(a, b) => (a as number) < (b as number), isNumberLike],
  lessThanInclusive: [(a, b) => (a as number) <= (b as number), isNumberLike],
  greaterThan: [(a, b) => (a as number) > (b as number), isNumberLike],
  greaterThanInclusive: [(a, b) => (a as number) >= (b as number), isNumberLike],
  isBlank: [(a, b) => isBlankValue(a) === b, null],
  isNotBlank: [(a, b) => !isBlankValue(a) === b, null],
  absGreaterThan: [(a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a) > b, null],
  dateBefore: [dates((a, b) => a < b), null],
  dateOnOrBefore: [dates((a, b) => a <= b), null],
  dateAfter: [dates((a, b) => a > b), null],
  dateOnOrAfter: [dates((a, b) => a >= b), null],
};

/** The operator as one test of a fact value against what it is compared to, looked up once when a rule is compiled. */
export function operatorTest(name: OperatorName): Evaluate {
  const [evaluate, validate] = OPERATOR_IMPLS[name];
  return validate ? (factValue, compareTo) => validate(factValue) && evaluate(factValue, compareTo) : evaluate;
}

/** Plain own-property path access ("$.a.b"): never evaluates an expression, never walks a prototype. */
export function resolvePath(value: Operand, path: string): Operand {
  let current: Operand = value;
  for (const key of path.replace(/^\$\.?/, '').split('.')) {
    if (key === '') continue;
    if (typeof current !== 'object' || current === null || !Object.prototype.hasOwnProperty.call(current, key))
      return undefined;
    current = (current as Record<string, Operand>)[key];
  }
  return current;
}
