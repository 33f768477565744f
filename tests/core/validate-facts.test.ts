/** Facts are validated with zod before rules run: unsound rows are reported, never checked on bad data. */
import { validateSubjects } from '../../src/core/facts/validate';
import { check, sheet, workbook } from './support/workbooks';
import type { Subject } from '../../src/core/facts/subject';

test('every subject the shipped checks build passes validation unchanged', async () => {
  const wb = workbook(
    sheet('Plan', [
      ['No.', 'Recommendation', 'Officer responsible', 'Target date', 'Status'],
      ['R1', 'x', 'Kevin Dicks', '1 June 2010', 'Open'],
    ]),
    sheet('Savings', [
      ['Service', 'Year', 'BDC %', 'RBC %', 'Saving target', 'Achieved'],
      ['Payroll', '2010/11', 0.5, 0.5, 40000, 30000],
      ['Total', null, null, null, 40000, 30000],
    ]),
  );
  const r = await check(wb);
  expect(r.findings.filter((f) => f.ruleId === 'cell.unreadable')).toEqual([]);
});

test('a subject with a non-finite number becomes an unreadable-cell subject naming the fact', () => {
  const bad: Subject = {
    kind: 'total',
    sheet: 'Savings',
    row: 9,
    anchors: { default: { column: 5, header: 'Saving target' } },
    facts: {
      label: 'Total',
      columnHeader: 'Saving target',
      unit: 'pounds',
      total: 40000,
      itemsSum: 40000,
      difference: Number.NaN,
      tolerance: 1,
      itemCount: 2,
      totalKind: 'total',
    },
  };
  const [out] = validateSubjects([bad]);
  expect(out.kind).toBe('cell');
  expect(out.facts.expected).toMatch(/difference/);
  expect(out.facts.columnHeader).toBe('Saving target');
});

const portfolio = (costShares: number[]): Subject => ({
  kind: 'portfolio',
  sheet: 'Savings',
  row: 9,
  anchors: { default: { column: 6, header: 'Cost' } },
  facts: {
    partners: ['Bromsgrove', 'Redditch'],
    costKnown: true,
    costShares,
    agreedShares: [0.5, 0.5],
    costBalanceGap: 0.05,
    costBalanceTolerance: 0.03,
    costBasis: 'equal',
    costTotal: 80000,
  },
});

test('a list fact is sound when each item is: a NaN among the shares is reported, as a NaN fact is', () => {
  const good = portfolio([0.45, 0.55]);
  expect(validateSubjects([good])[0]).toBe(good);
  const [out] = validateSubjects([portfolio([0.45, Number.NaN])]);
  expect(out.kind).toBe('cell');
  expect(out.facts.expected).toMatch(/costShares/);
});

test('a name added to Object.prototype is no fact: subjects are judged on their own facts, as before', () => {
  const good = portfolio([0.45, 0.55]);
  Object.defineProperty(Object.prototype, 'pollutedFact', { value: 1, enumerable: true, configurable: true });
  try {
    expect(validateSubjects([good])[0]).toBe(good);
  } finally {
    delete (Object.prototype as Record<string, unknown>).pollutedFact;
  }
});
