/**
 * Sizes a real tracker can reach must not break the check. A sheet whose rows each lack an owner,
 * a deadline, a status and a priority gets four findings a row; 35,000 such rows give 140,000
 * findings on one sheet, past the ~125,000 arguments a `push(...list)` or `Math.max(...list)`
 * can spread before V8 overflows the stack.
 */
import { checkWorkbook } from '../../src/core/check';
import type { CellValue } from '../../src/core/snapshot';
import { shippedCheck } from '../../testkit/packs';

const ROWS = 35_000;

function emptyTracker(): {
  sheets: { name: string; originRow: number; originCol: number; values: CellValue[][] }[];
  date1904: boolean;
} {
  const header: CellValue[] = [
    'No.',
    'Recommendation',
    'Priority',
    'Action to be taken',
    'Officer responsible',
    'Implement by when',
    'Status',
  ];
  const rows = Array.from({ length: ROWS }, (_, i): CellValue[] => [
    `R${i + 1}`,
    'The Councils should review the governance arrangements.',
    null,
    'Agreed.',
    null,
    null,
    null,
  ]);
  return { sheets: [{ name: 'Action plan', originRow: 1, originCol: 1, values: [header, ...rows] }], date1904: false };
}

// More findings on one sheet than a function call may take arguments: nothing may spread them.
test(`a sheet with ${(ROWS * 4).toLocaleString('en-GB')} findings is checked`, async () => {
  const result = await checkWorkbook(emptyTracker(), shippedCheck(), { now: new Date('2010-06-14T09:00:00Z') });
  expect(result.findings).toHaveLength(ROWS * 4);
  expect(result.plan.sheets[0].texts).toHaveLength(ROWS);
});
