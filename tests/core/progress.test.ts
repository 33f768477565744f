/** Progress a check reports to its host: steady, forward, and during a big table's facts too. */
import { checkWorkbook } from '../../src/core/check';
import { FACTS_PAUSE_EVERY } from '../../src/core/facts/context';
import { generateSnapshot } from '../../testkit/workbooks/generate';
import { shippedCheck } from '../../testkit/packs';

test('a check of two big tables reports progress that only moves forward, while facts are computed too', async () => {
  const snapshot = generateSnapshot({ kind: 'both', rows: 3 * FACTS_PAUSE_EVERY });
  const seen: { fraction: number; stage: string }[] = [];
  await checkWorkbook(snapshot, shippedCheck(), {
    now: new Date('2010-06-14T09:00:00Z'),
    onProgress: (fraction, stage) => {
      seen.push({ fraction, stage });
    },
  });
  const fractions = seen.map((p) => p.fraction);
  expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
  expect(fractions[0]).toBe(0);
  expect(fractions[fractions.length - 1]).toBe(1);
  // Each table pauses in its facts (not only between sheets and in its rules).
  const readingMidTable = seen.filter((p) => p.stage.startsWith('Reading') && p.fraction > 0 && p.fraction % 0.5 !== 0);
  expect(new Set(readingMidTable.map((p) => p.stage)).size).toBeGreaterThanOrEqual(2);
  expect(seen.some((p) => p.stage.startsWith('Checking'))).toBe(true);
});
