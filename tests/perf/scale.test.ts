/**
 * Sizes a real tracker can reach must not break the check. A sheet whose rows each lack an owner,
 * a deadline, a status and a priority gets four findings a row; 35,000 such rows give 140,000
 * findings on one sheet, past the ~125,000 arguments a `push(...list)` or `Math.max(...list)`
 * can spread before V8 overflows the stack.
 */
import { checkWorkbook } from '../../src/core/check';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { shippedCheck } from '../../testkit/packs';
import { ACTION_PLAN_HEADER } from '../../testkit/workbooks/action-plan';
import { sheet, workbook } from '../core/support/workbooks';

const ROWS = 35_000;

function emptyTracker(): WorkbookSnapshot {
  // Owner, deadline, status and priority columns, none filled in: four findings a row.
  const header: CellValue[] = [...ACTION_PLAN_HEADER.slice(0, 6), 'Status'];
  const rows = Array.from({ length: ROWS }, (_, i): CellValue[] => [
    `R${i + 1}`,
    'The Councils should review the governance arrangements.',
    null,
    'Agreed.',
    null,
    null,
    null,
  ]);
  return workbook(sheet('Action plan', [header, ...rows]));
}

// More findings on one sheet than a function call may take arguments: nothing may spread them.
test(`a sheet with ${(ROWS * 4).toLocaleString('en-GB')} findings is checked`, async () => {
  const result = await checkWorkbook(emptyTracker(), shippedCheck(), { now: new Date('2010-06-14T09:00:00Z') });
  expect(result.findings).toHaveLength(ROWS * 4);
  expect(result.plan.sheets[0].texts).toHaveLength(ROWS);
});
