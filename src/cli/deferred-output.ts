/**
 * Output that is written straight into the saved file's XML instead of through exceljs: the
 * report sheet's rows and the plain flag cells. Building ~100k rows and ~100k unique flag texts
 * through exceljs was most of a big run; exceljs is given one of each, which fixes their styles
 * and form, and workbookToBuffer writes the rest in that form (zip/report-part.ts,
 * zip/flag-cells.ts).
 *
 * Kept per workbook beside it, and valid only while the sheets it was written for are still the
 * workbook's: a clear, or a later check, replaces it.
 */
import type * as ExcelJS from 'exceljs';
import type { ReportRow } from '../core/flagplan';
import type { CellText } from './zip/flag-cells';

export interface DeferredFlags {
  /** A plain flag cell exceljs was given, whose saved style every deferred flag cell takes. */
  sample: { sheet: ExcelJS.Worksheet; row: number; column: number };
  cells: Map<ExcelJS.Worksheet, CellText[]>;
}

interface Deferred {
  report?: { sheet: ExcelJS.Worksheet; rows: readonly ReportRow[] };
  flags?: DeferredFlags;
}

const deferred = new WeakMap<ExcelJS.Workbook, Deferred>();

function entry(workbook: ExcelJS.Workbook): Deferred {
  let found = deferred.get(workbook);
  if (!found) {
    found = {};
    deferred.set(workbook, found);
  }
  return found;
}

export function deferReportRows(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, rows: readonly ReportRow[]) {
  entry(workbook).report = { sheet, rows };
}

export function deferFlags(workbook: ExcelJS.Workbook, flags: DeferredFlags): void {
  entry(workbook).flags = flags;
}

/** Forgets what was deferred: the output it belonged to is being cleared. */
export function forgetDeferredOutput(workbook: ExcelJS.Workbook): void {
  deferred.delete(workbook);
}

function stillThere(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): boolean {
  return workbook.getWorksheet(sheet.name) === sheet;
}

/** The report rows still to be written, if the workbook still has the report sheet they were written for. */
export function deferredReportRows(workbook: ExcelJS.Workbook): {
  sheet: string;
  rows: readonly ReportRow[];
} | null {
  const report = deferred.get(workbook)?.report;
  return report && report.rows.length > 0 && stillThere(workbook, report.sheet)
    ? { sheet: report.sheet.name, rows: report.rows }
    : null;
}

/** The flag cells still to be written, by sheet name, for sheets still in the workbook. */
export function deferredFlagCells(workbook: ExcelJS.Workbook): {
  sample: { sheet: string; row: number; column: number };
  cells: Map<string, CellText[]>;
} | null {
  const flags = deferred.get(workbook)?.flags;
  if (!flags || !stillThere(workbook, flags.sample.sheet)) return null;
  const cells = new Map<string, CellText[]>();
  for (const [sheet, list] of flags.cells)
    if (list.length > 0 && stillThere(workbook, sheet)) cells.set(sheet.name, list);
  return cells.size === 0 ? null : { sample: { ...flags.sample, sheet: flags.sample.sheet.name }, cells };
}
