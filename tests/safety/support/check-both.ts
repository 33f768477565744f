/**
 * One workbook through both doors: the command line (main() in-process, JSON report captured) and
 * the core (checkWorkbook on the snapshot the file gives), so a test can require the same answer.
 */
import type { Finding } from '../../../src/core/findings';
import { checkWorkbook } from '../../../src/core/check';
import type { CheckResult } from '../../../src/core/result';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import type { JsonReport } from '../../../src/cli/reports/json-report';
import { snapshotOf as snapshotOfRead } from '../../../src/cli/read/snapshot-of';
import { loadWorkbookBytes } from '../../../src/cli/workbook-file';
import { preparedFor, type TestCheckOptions } from '../../../testkit/packs';
import { runCli, type CliRun } from '../../../testkit/cli/run-cli';

const AS_OF = '2011-03-31';
const NOW = new Date('2011-03-31T09:00:00Z');

/** "rule@Sheet!A1": findings compared compactly and in the order they are reported. */
export const label = (f: Pick<Finding, 'ruleId' | 'sheet' | 'address'>): string =>
  `${f.ruleId}@${f.sheet}!${f.address}`;

export interface CliOutcome extends CliRun {
  report: JsonReport | null;
}

export async function checkWithCli(dir: string, file: string, extra: string[] = []): Promise<CliOutcome> {
  const run = await runCli(['check', file, '--as-of', AS_OF, '--format', 'json', ...extra], { cwd: dir });
  let report: JsonReport | null = null;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    report = null;
  }
  return { ...run, report };
}

export async function snapshotOf(bytes: Buffer): Promise<WorkbookSnapshot> {
  return snapshotOfRead(loadWorkbookBytes(bytes).read);
}

export async function checkSnapshot(snapshot: WorkbookSnapshot, options: TestCheckOptions = {}): Promise<CheckResult> {
  const { prepared, rest } = preparedFor(options);
  return checkWorkbook(snapshot, prepared, { asOf: AS_OF, now: NOW, ...rest });
}

/** The same snapshot with each row's trailing blanks dropped, as a host may hand ragged rows. */
export function raggedCopy(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      values: s.values.map((row) => {
        let end = row.length;
        while (end > 0 && row[end - 1] === null) end -= 1;
        return row.slice(0, end);
      }),
    })),
  };
}

/** A problem is one line, `concordat: <file>: <reason>`, with no stack trace. */
export function expectOneLine(stderr: string, file: string): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.startsWith(`concordat: ${file}: `)).toBe(true);
  expect(stderr).not.toMatch(/\n\s+at |Error:|\bat .*\.(ts|js):\d+/);
}
