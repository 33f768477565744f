/**
 * Differential test: Concordat's compiled evaluator against json-rules-engine (the reference
 * semantics). Every shipped pack runs over 10,000 generated subjects per pack (fast-check, fixed
 * seed) — blanks, nulls, missing facts, values at the tolerances, strings where numbers are
 * expected — and both must fire exactly the same rules. Then whole generated workbooks are checked
 * with each engine and must give the same findings and flag plan.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { loadRulePacks } from '../../src/core/rules/load';
import type { LoadedPack } from '../../src/core/rules/load';
import { compileRules, runCompiled } from '../../src/core/rules/compiled-engine';
import { ReferenceEvaluator, referenceEngine } from '../../src/core/rules/reference-engine';
import { prepareCheck } from '../../src/core/prepare';
import { shippedPacks } from '../../testkit/packs';
import { generateSnapshot } from '../../testkit/workbooks/generate';
import type { Facts } from './support/fact-arbitraries';
import { factsArbitrary } from './support/fact-arbitraries';
import { operatorPack, pathPack } from './support/operator-pack';

/** Subjects per pack; the seed makes every run draw the same ones. */
const RUNS = 10_000;
const SEED = 20100614;

const sorted = (ids: string[]): string[] => [...ids].sort();

/** Runs the pack's rules through both evaluators on RUNS generated subjects; returns how often each rule fired. */
async function compareOn(loaded: LoadedPack, runs = RUNS): Promise<Map<string, number>> {
  const { pack } = loaded;
  const compiled = compileRules(pack.rules);
  const reference = new ReferenceEvaluator(pack.rules);
  const fired = new Map<string, number>(pack.rules.map((r) => [r.name, 0]));
  await fc.assert(
    fc.asyncProperty(factsArbitrary(pack.subject, pack.rules), async (facts: Facts) => {
      const mine = sorted(runCompiled(compiled, facts));
      const theirs = sorted(await reference.run(facts));
      for (const id of mine) fired.set(id, (fired.get(id) ?? 0) + 1);
      // A plain comparison (not expect) keeps 10,000 runs cheap; fast-check reports the shrunk facts.
      return mine.join() === theirs.join();
    }),
    { seed: SEED, numRuns: runs },
  );
  return fired;
}

describe('compiled and reference evaluators fire the same rules', () => {
  const packs = loadRulePacks(shippedPacks());

  test.each(packs.map((p) => [p.pack.pack, p] as const))(
    'shipped pack %s, 10,000 generated subjects',
    async (_name, loaded) => {
      const fired = await compareOn(loaded);
      // Not vacuous: every rule both fired and stayed quiet on some of the subjects.
      for (const [id, count] of fired) {
        expect([id, count > 0]).toEqual([id, true]);
        expect([id, count < RUNS]).toEqual([id, true]);
      }
    },
  );

  test('every operator a user pack may use, 5,000 generated subjects', async () => {
    const fired = await compareOn(operatorPack(), 5000);
    expect([...fired.values()].filter((n) => n > 0).length).toBeGreaterThan(fired.size / 2);
  });

  // json-rules-engine applies `path` only to object facts and otherwise compares the fact itself.
  test('a `path` on a scalar fact is read the same way by both', async () => {
    await compareOn(pathPack(), 200);
  });
});

describe('compiled and reference checks of whole workbooks agree', () => {
  const cases = [
    { kind: 'action-plan', seed: 1 },
    { kind: 'savings', seed: 2 },
    { kind: 'both', seed: 3 },
  ] as const;

  test.each(cases)('generated $kind workbook (seed $seed)', async ({ kind, seed }) => {
    const snapshot = generateSnapshot({ kind, rows: 1500, seed });
    const options = { now: new Date('2010-06-14T09:00:00Z') };
    const compiled = await checkWorkbook(snapshot, prepareCheck(shippedPacks()), options);
    const reference = await checkWorkbook(
      snapshot,
      prepareCheck(shippedPacks(), undefined, { engine: referenceEngine }),
      options,
    );
    expect(compiled.findings.length).toBeGreaterThan(500);
    expect(reference.findings).toEqual(compiled.findings);
    expect(reference.plan).toEqual(compiled.plan);
  });
});
