/** A check as runCheck makes it, over the Office fake: read, the core given the record's history, write. */
import { checkWorkbook } from '../../../src/core/check';
import type { CheckResult } from '../../../src/core/result';
import { ALL_CAPABILITIES } from '../../../src/excel/capabilities';
import { applyFlagPlan } from '../../../src/excel/apply-flag-plan';
import { readWorkbook } from '../../../src/excel/read-workbook';
import { shippedCheck } from '../../../testkit/packs';
import { FakeExcel } from '../../../testkit/office/fake-excel';
import type { FakeWorkbook } from '../../../testkit/office/fake-workbook';

export async function checkInAddin(
  workbook: FakeWorkbook,
  asOf: string,
  maxRequestBytes?: number,
): Promise<CheckResult & { syncs: number }> {
  const excel = new FakeExcel(workbook);
  const read = await readWorkbook(excel.context, { capabilities: ALL_CAPABILITIES });
  const result = await checkWorkbook(read.snapshot, shippedCheck(), {
    asOf,
    now: new Date(`${asOf}T09:00:00Z`),
    lastCheck: read.owned.lastCheck,
  });
  await applyFlagPlan(excel.context, result.plan, { read, capabilities: ALL_CAPABILITIES, maxRequestBytes });
  return { ...result, syncs: excel.syncCount };
}
