/**
 * A rule pack no one ships but a user could write: every operator the schema allows, against
 * facts of every type, fact-to-fact comparisons, and nested any/not groups. Loaded through the
 * real loader, so it is a valid pack.
 */
import type { LeafCondition, Condition, OperatorName } from '../../../src/core/rules/schema';
import { OPERATORS } from '../../../src/core/rules/schema';
import type { LoadedPack } from '../../../src/core/rules/load';
import { loadRulePack } from '../../../src/core/rules/load';

type Leaf = Omit<LeafCondition, 'operator'>;

/** Action-plan facts of each type, with a value of the kind each family of operators takes. */
const CASES: Record<'scalar' | 'number' | 'list' | 'blank' | 'date', Leaf[]> = {
  scalar: [
    { fact: 'statusKind', value: 'complete' },
    { fact: 'isOpen', value: true },
    { fact: 'idFirstRow', value: null },
    { fact: 'daysOverdue', value: 0 },
    { fact: 'daysUntilDue', value: { fact: 'dueSoonDays' } },
  ],
  number: [
    { fact: 'daysOverdue', value: 0 },
    { fact: 'daysUntilDue', value: { fact: 'dueSoonDays' } },
    { fact: 'label', value: 5 },
    { fact: 'revisedLaterByDays', value: -1 },
  ],
  list: [
    { fact: 'statusKind', value: ['complete', 'closed', null] },
    { fact: 'daysOverdue', value: [0, 1, '0'] },
    { fact: 'isOpen', value: [true] },
  ],
  blank: [
    { fact: 'ownerText', value: true },
    { fact: 'ownerText', value: false },
    { fact: 'daysOverdue', value: true },
  ],
  date: [
    { fact: 'dueIso', value: { fact: 'asOf' } },
    { fact: 'dueIso', value: '2010-06-14' },
  ],
};

function family(operator: OperatorName): keyof typeof CASES {
  if (operator === 'in' || operator === 'notIn') return 'list';
  if (operator === 'isBlank' || operator === 'isNotBlank') return 'blank';
  if (operator.startsWith('date')) return 'date';
  if (/than/i.test(operator)) return 'number';
  return 'scalar';
}

function rule(name: string, conditions: Condition): Record<string, unknown> {
  return {
    name,
    conditions: 'all' in conditions || 'any' in conditions || 'not' in conditions ? conditions : { all: [conditions] },
    event: {
      type: name,
      params: { title: name, severity: 'info', column: 'id', message: name, hint: name, description: name },
    },
  };
}

export function operatorPack(): LoadedPack {
  const rules: Record<string, unknown>[] = [];
  for (const operator of OPERATORS) {
    CASES[family(operator)].forEach((leaf, i) => {
      rules.push(rule(`op.${operator.toLowerCase()}-${i + 1}`, { ...leaf, operator } as LeafCondition));
    });
  }
  rules.push(
    rule('op.nested-any-not', {
      any: [
        { not: { fact: 'isOpen', operator: 'equal', value: true } },
        {
          all: [
            { fact: 'daysOverdue', operator: 'greaterThan', value: 0 },
            { fact: 'ownerText', operator: 'isBlank', value: true },
          ],
        },
      ],
    }),
    rule('op.not-in-with-fact', {
      not: { all: [{ fact: 'daysOverdue', operator: 'lessThanInclusive', value: { fact: 'daysUntilDue' } }] },
    }),
  );
  return loadRulePack({ pack: 'every-operator', version: '1.0.0', subject: 'action', rules }, 'every-operator pack');
}

/** One rule with a `path` on a scalar fact (every Concordat fact is a scalar). */
export function pathPack(): LoadedPack {
  return loadRulePack(
    {
      pack: 'path-on-scalar',
      version: '1.0.0',
      subject: 'action',
      rules: [rule('op.path-on-scalar', { all: [{ fact: 'label', path: '$.name', operator: 'equal', value: 'R1' }] })],
    },
    'path pack',
  );
}
