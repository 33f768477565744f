/**
 * How Concordat read a workbook: each table it found (or looked at and left alone), what each
 * column was taken to mean and why, and which rows it did not check as items. `concordat explain`,
 * the reports and the task pane show this so a user can see, and correct, how a sheet was read.
 */
import type { TableKind } from './tables/types';

export interface ColumnReading {
  /** 1-based column number and its letters. */
  column: number;
  letter: string;
  /** The header as written (stacked header rows joined with " / "); '' when blank. */
  header: string;
  /**
   * What the column was read as: a logical column ("owner", "deadline", "target"…), a partner's
   * column ("partner share: South Hams"), or "not used".
   */
  meaning: string;
  /** 0…1: how sure the reading is. */
  confidence: number;
  /** Why: "header word 'timetable'; 7 of 9 cells are dates". */
  evidence: string;
}

export type SkippedRowReason =
  | 'section heading'
  | 'date heading'
  | 'note'
  | 'key'
  | 'repeated header'
  | 'decision'
  | 'nothing asked'
  | 'update'
  | 'continued'
  | 'blank';

export interface TableReading {
  sheet: string;
  /** A1 range from the first header row to the last row of the table. */
  range: string;
  /** First and last header rows (a stacked header spans several). */
  headerRows: [number, number];
  /** What the table was checked as, or `skipped` when it was left alone. */
  kind: TableKind | 'skipped';
  /** Why it was read as that kind ("owner, deadline and status columns") or why it was skipped. */
  kindReason: string;
  columns: ColumnReading[];
  /** Partner names, in order, and whether each partner has its own columns or its own row. */
  partners: string[];
  partnerLayout: 'columns' | 'rows' | 'split cell' | 'none';
  /** The year the table is about when it has no year column ("2023/24", from its title). */
  contextYear: string | null;
  itemRows: number;
  totalsRows: number[];
  subtotalRows: number[];
  /** Rows inside or just below the table that were not checked as items, and why. */
  skippedRows: { row: number; reason: SkippedRowReason; text: string }[];
}

/** A table's kind in words, the same in every report and the task pane. */
export const TABLE_KIND_LABEL: Record<TableReading['kind'], string> = {
  'action-plan': 'action plan',
  savings: 'savings tracker',
  figures: 'table of figures (totals checked)',
  skipped: 'left alone',
};
