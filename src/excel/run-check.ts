/**
 * The add-in's check, shared by the task pane and the ribbon command: read the workbook, run the
 * core, write the flag plan back. Three requests for a workbook that fits in one (two to read, one
 * to write). Progress is reported on one 0…1 scale across the three steps.
 */
import { checkWorkbook } from '../core/check';
import { resolveProfile } from '../core/prepare';
import type { CheckResult } from '../core/result';
import type { WorkbookSnapshot } from '../core/snapshot';
import { applyFlagPlan } from './apply-flag-plan';
import { readWorkbook } from './read-workbook';
import { bundledCheck } from './rule-packs';

type ProgressListener = (fraction: number, stage: string) => void | Promise<void>;

export interface RunCheckOptions {
  asOf?: string;
  writeReport: boolean;
  activateReport?: boolean;
  onProgress?: ProgressListener;
  now?: Date;
  /** `readBytes` of the previous check of this workbook: a big workbook is then read size-first at once. */
  expectedBytes?: number;
}

export interface CheckRun {
  result: CheckResult;
  snapshot: WorkbookSnapshot;
  /** Name of the profile the check used (from the workbook's Concordat settings sheet, or the default). */
  profileName: string;
  /** Bytes of JSON the read came to, for the next run's `expectedBytes`. */
  readBytes: number;
}

const READ_SHARE = 0.15;
const CHECK_SHARE = 0.7;

export async function runCheck(context: Excel.RequestContext, options: RunCheckOptions): Promise<CheckRun> {
  const report = options.onProgress ?? (() => undefined);
  await report(0, 'Reading the workbook');
  const read = await readWorkbook(context, { expectedBytes: options.expectedBytes });
  const snapshot = read.snapshot;
  await report(READ_SHARE, 'Checking');
  const result = await checkWorkbook(snapshot, bundledCheck(), {
    asOf: options.asOf,
    now: options.now ?? new Date(),
    lastCheck: read.owned.lastCheck,
    lastCheckSetAside: read.owned.lastCheckSetAside,
    onProgress: (fraction, stage) => report(READ_SHARE + fraction * CHECK_SHARE, stage),
  });
  await report(READ_SHARE + CHECK_SHARE, 'Writing flags into the workbook');
  await applyFlagPlan(context, result.plan, {
    read,
    writeReport: options.writeReport,
    activateReport: options.activateReport,
  });
  await report(1, 'Done');
  return { result, snapshot, profileName: profileNameOf(snapshot), readBytes: read.bytes };
}

function profileNameOf(snapshot: WorkbookSnapshot): string {
  try {
    return resolveProfile(snapshot).name;
  } catch {
    return 'Default profile';
  }
}
