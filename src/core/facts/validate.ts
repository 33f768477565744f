/**
 * Every subject's facts are validated with zod before the rules see them: each fact the subject
 * kind promises is present and is text, a finite number, true/false, null, or a list of texts and
 * finite numbers (names, shares). A row whose facts fail (a NaN from a hostile number, say) is not
 * checked on bad data: it becomes a `cell` subject that the `cell.unreadable` rule reports, naming
 * what could not be read.
 */
import { z } from 'zod';
import type { Subject, SubjectKind } from './subject';
import { SUBJECT_FACTS, SUBJECT_KINDS } from './subject';

/** Longest text fact, and most items in a list fact (a sheet has at most 16,384 columns of partners). */
const MAX_FACT_CHARS = 100_000;
const MAX_FACT_ITEMS = 16_384;

const factItem = z.union([z.string().max(MAX_FACT_CHARS), z.number().finite()]);
const factValue = z.union([
  z.string().max(MAX_FACT_CHARS),
  z.number().finite(),
  z.boolean(),
  z.null(),
  z.array(factItem).max(MAX_FACT_ITEMS),
]);

function factsSchema(kind: SubjectKind): z.ZodType {
  const shape: Record<string, typeof factValue> = {};
  for (const name of SUBJECT_FACTS[kind]) shape[name] = factValue;
  return z.strictObject(shape);
}

const schemas = new Map<SubjectKind, z.ZodType>(SUBJECT_KINDS.map((kind) => [kind, factsSchema(kind)]));

/** A text within bounds or a finite number: what a list of names or shares may hold. */
function isSoundItem(v: unknown): boolean {
  return typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && v.length <= MAX_FACT_CHARS;
}

function isSoundList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > MAX_FACT_ITEMS) return false;
  for (let i = 0; i < v.length; i++) if (!isSoundItem(v[i])) return false;
  return true;
}

/** One comparison for the common facts (text, numbers, true/false), a loop only for a list. */
function isSoundValue(v: unknown): boolean {
  switch (typeof v) {
    case 'string':
      return v.length <= MAX_FACT_CHARS;
    case 'number':
      return Number.isFinite(v);
    case 'boolean':
      return true;
    case 'object':
      return v === null || isSoundList(v);
    default:
      return false;
  }
}

const factNames = new Map<SubjectKind, ReadonlySet<string>>(
  SUBJECT_KINDS.map((kind) => [kind, new Set(SUBJECT_FACTS[kind])]),
);

/** Whether nothing enumerable has been added to Object.prototype: then for…in over a plain object sees only its own properties. */
function prototypeClean(): boolean {
  const inherited: string[] = [];
  for (const name in {}) inherited.push(name); // an empty object: whatever for…in gives is inherited
  return inherited.length === 0;
}

/**
 * The same test as the zod schema, written out so the common case costs a few comparisons per
 * fact; zod then words the message for the rare subject that fails. One pass over the facts the
 * subject has: each a fact of its kind, and sound, and as many as the kind has. `ownOnly`: the
 * facts are a plain object and the prototype is clean, so every name for…in gives is the object's
 * own and the own-property test (most of the cost) is left out.
 */
function isSound(subject: Subject, ownOnly: boolean): boolean {
  const names = factNames.get(subject.kind) as ReadonlySet<string>;
  const facts = subject.facts;
  let count = 0;
  for (const name in facts) {
    if (!ownOnly && !Object.prototype.hasOwnProperty.call(facts, name)) continue;
    if (!names.has(name) || !isSoundValue(facts[name])) return false;
    count += 1;
  }
  return count === names.size;
}

/** The subjects whose facts are sound, and an unreadable-cell subject for each one that is not. */
export function validateSubjects(subjects: Subject[]): Subject[] {
  const clean = prototypeClean();
  return subjects.map((subject) => {
    if (isSound(subject, clean && Object.getPrototypeOf(subject.facts) === Object.prototype)) return subject;
    const result = (schemas.get(subject.kind) as z.ZodType).safeParse(subject.facts);
    if (result.success) return subject;
    const issue = result.error.issues[0];
    const fact = issue?.path.join('.') || 'a value';
    const anchor = subject.anchors.default;
    return {
      kind: 'cell',
      sheet: subject.sheet,
      row: subject.row,
      anchors: { default: anchor },
      facts: {
        columnHeader: anchor.header || 'this row',
        text: '',
        expected: `values Concordat can check (${fact}: ${issue?.message ?? 'invalid'})`,
        column: anchor.column,
      },
    };
  });
}
