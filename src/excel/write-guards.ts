/**
 * Refuses a write before anything is sent when Excel would reject part of it: a protected sheet
 * or a protected workbook structure. Excel does not roll back a failed request, so checking first
 * is what keeps a workbook from being left half-flagged.
 */
import { ExcelWriteError } from './errors';
import type { Discovery } from './discover';

export function assertSheetsWritable(discovery: Discovery, sheets: Iterable<string>, action: string): void {
  for (const sheet of sheets) {
    if (discovery.protectedSheets.has(sheet)) {
      throw new ExcelWriteError(
        'sheet.protected',
        `Concordat cannot ${action} because the sheet '${sheet}' is protected.`,
        'AccessDenied',
        sheet,
      );
    }
  }
}

export function assertStructureEditable(discovery: Discovery, needsSheetChanges: boolean, action: string): void {
  if (discovery.workbookProtected && needsSheetChanges) {
    throw new ExcelWriteError(
      'workbook.protected',
      `Concordat cannot ${action} because the workbook's structure is protected, so it cannot add or remove its report and log sheets.`,
      'AccessDenied',
    );
  }
}
