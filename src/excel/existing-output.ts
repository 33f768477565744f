/**
 * Where Concordat's earlier output sits, as its record says (record.ts): its flags columns, report,
 * log and the record itself. A sheet or column is never taken for Concordat's by its name or
 * header text: a workbook with no record has no output of Concordat's to clear.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import type { ColumnClear } from '../core/output/clearing';
import type { OwnedInWorkbook } from './record';

interface FlagColumnLocation {
  sheet: string;
  /** 1-based row of the flags header. */
  headerRow: number;
  /** 1-based column. */
  column: number;
  /** What clearing it takes out, cell by cell, as Concordat's record says it wrote them. */
  clear: ColumnClear;
}

export interface ExistingOutput {
  sheetNames: string[];
  flagColumns: FlagColumnLocation[];
  reportSheet?: string;
  logSheet?: string;
  recordSheet?: string;
  hasReportSheet: boolean;
  hasLogSheet: boolean;
  /** 1-based row where the next log row goes (1 when the log is missing or empty). */
  logNextRow: number;
}

export function findExistingOutput(snapshot: WorkbookSnapshot, owned: OwnedInWorkbook): ExistingOutput {
  const log = snapshot.sheets.find((sheet) => sheet.name === owned.logSheet);
  return {
    sheetNames: snapshot.sheets.map((sheet) => sheet.name),
    flagColumns: owned.columns.map(({ column, clear }) => ({
      sheet: column.sheet,
      headerRow: column.headerRow,
      column: column.column,
      clear,
    })),
    reportSheet: owned.reportSheet,
    logSheet: owned.logSheet,
    recordSheet: owned.recordSheet,
    hasReportSheet: owned.reportSheet !== undefined,
    hasLogSheet: log !== undefined,
    logNextRow: log && log.values.length > 0 ? log.originRow + log.values.length : 1,
  };
}
