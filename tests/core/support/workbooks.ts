/** Small workbooks built in memory as snapshots, the way a host would hand them to the core. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import type { CheckResult } from '../../../src/core/result';
import { checkWorkbook } from '../../../src/core/check';
import { preparedFor, type TestCheckOptions } from '../../../testkit/packs';

export function sheet(name: string, values: CellValue[][], originRow = 1, originCol = 1): SheetSnapshot {
  return { name, originRow, originCol, values };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, date1904: false };
}

export const AS_OF = '2010-06-14';

/** The core's check of a snapshot, as of AS_OF; a pack or profile the test gives is prepared first, as a host would. */
export async function check(wb: WorkbookSnapshot, options: TestCheckOptions = {}): Promise<CheckResult> {
  const { prepared, rest } = preparedFor(options);
  return checkWorkbook(wb, prepared, { asOf: AS_OF, now: new Date('2010-06-14T09:00:00Z'), ...rest });
}

/** "rule@A1" for each finding, to compare findings compactly. */
export function ids(result: CheckResult, sheetName?: string): string[] {
  return result.findings.filter((f) => !sheetName || f.sheet === sheetName).map((f) => `${f.ruleId}@${f.address}`);
}

/** "rule@A1" for each error and warning (not the info notes), as a reader counts false alarms. */
export function loud(result: CheckResult): string[] {
  return result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}@${f.address}`);
}

/** What the column under this header was read as. */
export function meaningOf(result: CheckResult, header: string): string | undefined {
  return result.readings.flatMap((r) => r.columns).find((c) => c.header === header)?.meaning;
}
