/**
 * The rule-pack format: json-rules-engine rules with Concordat's event params, validated with zod
 * before anything runs. Packs may come from users, so sizes and nesting are bounded, facts must be
 * ones the subject provides, and `path` is limited to plain property names (no JSONPath filters).
 */
import { z } from 'zod';
import { SUBJECT_KINDS } from '../facts/subject';
import { formatNameSchema } from './message-formats';
import { placeholders } from './template';

const MAX_RULES_PER_PACK = 500;
/**
 * Packs and rules one check loads, in all. Concordat ships six packs of 29 rules; these leave room
 * for a partnership's own. Every rule can flag every row, so findings (and the memory they take)
 * grow with rows × rules: 600 packs of 13 rules made ~800 findings a row, 1.8 GB by row 1,000.
 */
export const MAX_RULE_PACKS = 50;
export const MAX_RULES = 1000;
export const MAX_CONDITION_DEPTH = 8;
const MAX_CONDITIONS_PER_GROUP = 50;
/** Facts one finding may carry: each is copied onto every finding the rule makes. */
const MAX_FINDING_FACTS = 20;
/** Phrases one rule may name, and cases one phrase may have. */
const MAX_WORDINGS = 20;
const MAX_WORDING_CASES = 50;

/** Operators json-rules-engine ships, plus Concordat's own (registered on both evaluators). */
const BUILTIN_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;
export const CUSTOM_OPERATORS = [
  'isBlank',
  'isNotBlank',
  'absGreaterThan',
  'dateBefore',
  'dateOnOrBefore',
  'dateAfter',
  'dateOnOrAfter',
] as const;
export const OPERATORS = [...BUILTIN_OPERATORS, ...CUSTOM_OPERATORS] as const;
export type OperatorName = (typeof OPERATORS)[number];

const identifier = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'a fact name made of letters and digits');
const primitive = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);

const factReferenceSchema = z.strictObject({ fact: identifier });

const leafConditionSchema = z.strictObject({
  fact: identifier,
  operator: z.enum(OPERATORS),
  value: z.union([primitive, z.array(primitive).max(100), factReferenceSchema]),
  /** Only a plain property path such as "$.a.b": no filters, wildcards or expressions. */
  path: z
    .string()
    .regex(/^\$(\.[A-Za-z_][A-Za-z0-9_]{0,63}){1,4}$/, 'a plain property path such as $.name (no JSONPath expressions)')
    .optional(),
  priority: z.number().int().min(1).max(100).optional(),
});

export interface LeafCondition {
  fact: string;
  operator: OperatorName;
  value: string | number | boolean | null | (string | number | boolean | null)[] | { fact: string };
  path?: string;
  priority?: number;
}

export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    leafConditionSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1).max(MAX_CONDITIONS_PER_GROUP) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(MAX_CONDITIONS_PER_GROUP) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

const topConditionSchema = z.union([
  z.strictObject({ all: z.array(conditionSchema).min(1).max(MAX_CONDITIONS_PER_GROUP) }),
  z.strictObject({ any: z.array(conditionSchema).min(1).max(MAX_CONDITIONS_PER_GROUP) }),
  z.strictObject({ not: conditionSchema }),
]);

/** Every format a template's placeholders name is one message-formats.ts knows. */
function knownFormats(template: string, ctx: z.RefinementCtx): void {
  for (const { name, formats } of placeholders(template)) {
    for (const format of formats) {
      if (!formatNameSchema.safeParse(format).success) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown format "${format}" in {${name}|${formats.join('|')}}; expected one of ${formatNameSchema.options.join(', ')}`,
        });
      }
    }
  }
}

/** Text with {fact} or {fact|format} placeholders. */
const template = (min: number) => z.string().min(min).max(1000).superRefine(knownFormats);

/**
 * A phrase chosen by the value of one fact: `cases` maps a value (as text: "true", "12", "" for
 * null, a list's items joined by commas) to a template, and `else` is used for any other value.
 */
const wordingSchema = z.strictObject({
  by: identifier,
  cases: z
    .record(z.string().max(200), template(0))
    .refine((cases) => Object.keys(cases).length <= MAX_WORDING_CASES, `at most ${MAX_WORDING_CASES} cases`),
  else: template(0).optional(),
});

const ruleId = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'a rule id such as owner.missing');

const ruleSchema = z.strictObject({
  name: ruleId,
  priority: z.number().int().min(1).max(100).optional(),
  conditions: topConditionSchema,
  event: z.strictObject({
    type: ruleId,
    params: z.strictObject({
      /** What the rule finds, in plain words for the pane, the reports and the catalogue ("Deadline passed"). */
      title: z.string().min(1).max(60),
      severity: z.enum(['error', 'warning', 'info']),
      /** The logical column the finding points at (owner, deadline, shares…). */
      column: z.string().regex(/^[A-Za-z]{1,40}$/, 'a column name such as owner'),
      /** Message with {fact} and {fact|format} placeholders, filled from the subject's facts and the rule's phrases. */
      message: template(1),
      hint: template(1),
      description: z.string().min(1).max(1000),
      /** Why the rule matters: the principle or paper it enforces. */
      why: z.string().max(1000).optional(),
      /** The facts a finding carries as values (JSON report), beside the message made from them. */
      facts: z.array(identifier).max(MAX_FINDING_FACTS).optional(),
      /** Phrases the message and hint name as placeholders, each chosen by the value of a fact. */
      wording: z
        .record(identifier, wordingSchema)
        .refine((w) => Object.keys(w).length <= MAX_WORDINGS, `at most ${MAX_WORDINGS} phrases`)
        .optional(),
    }),
  }),
});

export const rulePackSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  pack: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'a pack id such as action-plan'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0'),
  description: z.string().max(1000).optional(),
  subject: z.enum(SUBJECT_KINDS),
  rules: z.array(ruleSchema).min(1).max(MAX_RULES_PER_PACK),
});

export type Rule = z.infer<typeof ruleSchema>;
export type RulePack = z.infer<typeof rulePackSchema>;
