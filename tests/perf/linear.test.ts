/**
 * No quadratic steps: checking 100,000 rows costs at most twice as much per row as checking
 * 10,000, counted in operations, not seconds. Cell reads are counted per stage (table detection
 * and header mapping, facts with the duplicate-id pass, totals reconciliation, rules and findings,
 * flag-plan building) through a snapshot whose rows count their reads; calls to the rule
 * evaluator and to the header matcher are counted by wrapping them.
 */
import { checkWorkbook } from '../../src/core/check';
import * as columns from '../../src/core/tables/columns';
import * as detect from '../../src/core/tables/detect';
import * as actionFacts from '../../src/core/facts/action';
import * as savingsFacts from '../../src/core/facts/savings';
import * as totalsFacts from '../../src/core/facts/totals';
import * as runRules from '../../src/core/rules/run';
import * as compiledEngine from '../../src/core/rules/compiled-engine';
import * as plan from '../../src/core/plan';
import { shippedCheck } from '../../testkit/packs';
import type { WorkbookKind } from '../../testkit/workbooks/generate';
import { generateSnapshot } from '../../testkit/workbooks/generate';
import {
  OperationCounter,
  countedArray,
  countedDerived,
  countedWorkbook,
  instrument,
} from './support/operation-counter';
import * as plainCells from '../../src/core/tables/plain-cells';

const SMALL = 10_000;
const LARGE = 100_000;
/** Cost per row at LARGE may be at most this multiple of the cost per row at SMALL. */
const MAX_GROWTH = 2;

interface Costs {
  rows: number;
  findings: number;
  /** Metric name → operations. */
  ops: Map<string, number>;
}

async function countCheck(kind: WorkbookKind, rows: number): Promise<Costs> {
  const counter = new OperationCounter();
  instrument(detect, 'detectTables', counter, 'detect');
  instrument(actionFacts, 'actionSubjects', counter, 'facts');
  instrument(savingsFacts, 'savingsSubjects', counter, 'facts');
  instrument(totalsFacts, 'totalsSubjects', counter, 'totals');
  instrument(runRules, 'runSubjects', counter, 'rules and findings');
  // The flag plan reads few cells (only those right of the table); count the findings it reads too.
  instrument(
    plan,
    'buildFlagPlan',
    counter,
    'flag plan',
    ([findings, ...rest]) =>
      [
        countedArray(findings as unknown as unknown[], () => counter.call('flag plan finding reads')),
        ...rest,
      ] as never[],
  );
  instrument(compiledEngine, 'runCompiled', counter);
  // Rows whose cells are made plain ("60%" typed as text) are copies: their reads count too.
  const plain = plainCells.withPlainCells;
  jest.spyOn(plainCells, 'withPlainCells').mockImplementation((sheet) => countedDerived(plain(sheet), sheet, counter));
  jest.spyOn(columns.Vocabulary.prototype, 'read');

  const snapshot = countedWorkbook(generateSnapshot({ kind, rows }), counter);
  const result = await checkWorkbook(snapshot, shippedCheck(), { now: new Date('2010-06-14T09:00:00Z') });
  const ops = new Map<string, number>();
  for (const [stage, n] of counter.reads) ops.set(`cell reads: ${stage}`, n);
  ops.set('cell reads: all', counter.totalReads);
  ops.set('rule evaluator calls', counter.calls.get('runCompiled') ?? 0);
  ops.set('flag plan finding reads', counter.calls.get('flag plan finding reads') ?? 0);
  ops.set('header matcher calls', (columns.Vocabulary.prototype.read as jest.Mock).mock.calls.length);
  jest.restoreAllMocks();
  const itemRows = result.tables.reduce((n, t) => n + t.itemRows, 0);
  return { rows: itemRows, findings: result.findings.length, ops };
}

describe.each([['action-plan'], ['savings']] as [WorkbookKind][])(
  '%s: cost per row does not grow with the sheet',
  (kind) => {
    let small: Costs;
    let large: Costs;

    beforeAll(async () => {
      small = await countCheck(kind, SMALL);
      large = await countCheck(kind, LARGE);
    }, 120_000);

    test('every stage was counted, and the counts are not vacuous', () => {
      // At least a read per row where a stage looks at every row; one per finding where it looks at findings.
      const floors: [string, number][] = [
        ['cell reads: detect', large.rows],
        ['cell reads: facts', large.rows],
        ['cell reads: rules and findings', large.findings],
        ['flag plan finding reads', large.findings],
        ['rule evaluator calls', large.rows],
      ];
      if (kind === 'savings') floors.push(['cell reads: totals', large.rows]);
      expect(floors.filter(([metric, floor]) => (large.ops.get(metric) ?? 0) < floor)).toEqual([]);
      expect(large.findings).toBeGreaterThan(LARGE / 2);
    });

    test(`operations per row at ${LARGE.toLocaleString('en-GB')} rows are at most ${MAX_GROWTH}× those at ${SMALL.toLocaleString('en-GB')}`, () => {
      const growth = [...large.ops].map(([metric, n]) => {
        const perRowSmall = (small.ops.get(metric) ?? 0) / small.rows;
        const perRowLarge = n / large.rows;
        return {
          metric,
          perRowSmall: Math.round(perRowSmall * 100) / 100,
          perRowLarge: Math.round(perRowLarge * 100) / 100,
          ok: perRowLarge <= MAX_GROWTH * perRowSmall,
        };
      });
      if (process.env.CONCORDAT_PERF_VERBOSE) console.table(growth);
      expect(growth.filter((g) => !g.ok)).toEqual([]);
    });

    test('header mapping looks at a bounded number of header candidates, whatever the length of the sheet', () => {
      expect(large.ops.get('header matcher calls')).toBeLessThanOrEqual(
        2 * (small.ops.get('header matcher calls') ?? 0),
      );
    });
  },
);
