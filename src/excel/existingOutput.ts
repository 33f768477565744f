/**
 * Where Concordat's earlier output sits, found in a snapshot rather than by asking Excel again:
 * flags columns are recognised by their header text (which the CLI writes too), and the report and
 * log sheets by name. Reading hidden sheets this way works where Excel's search would skip them.
 */
import { FLAGS_HEADER, LOG_SHEET, REPORT_SHEET, WorkbookSnapshot } from '../core/snapshot';

export interface FlagColumnLocation {
  sheet: string;
  /** 1-based row of the `Concordat flags` header. */
  headerRow: number;
  /** 1-based column. */
  column: number;
  /** 1-based last row of the sheet's used range: the column is cleared down to here. */
  lastRow: number;
}

export interface ExistingOutput {
  sheetNames: string[];
  flagColumns: FlagColumnLocation[];
  hasReportSheet: boolean;
  hasLogSheet: boolean;
  /** 1-based row where the next log row goes (1 when the log is missing or empty). */
  logNextRow: number;
}

export function findExistingOutput(snapshot: WorkbookSnapshot): ExistingOutput {
  const flagColumns: FlagColumnLocation[] = [];
  for (const sheet of snapshot.sheets) {
    if (sheet.name === REPORT_SHEET || sheet.name === LOG_SHEET) continue;
    const lastRow = sheet.originRow + sheet.values.length - 1;
    sheet.values.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === 'string' && cell.trim() === FLAGS_HEADER) {
          flagColumns.push({ sheet: sheet.name, headerRow: sheet.originRow + r, column: sheet.originCol + c, lastRow });
        }
      }),
    );
  }
  const log = snapshot.sheets.find((sheet) => sheet.name === LOG_SHEET);
  return {
    sheetNames: snapshot.sheets.map((sheet) => sheet.name),
    flagColumns,
    hasReportSheet: snapshot.sheets.some((sheet) => sheet.name === REPORT_SHEET),
    hasLogSheet: log !== undefined,
    logNextRow: log && log.values.length > 0 ? log.originRow + log.values.length : 1,
  };
}
