/**
 * A snapshot is the plain-data picture of a workbook that a host (Excel or an .xlsx file)
 * hands to the core. Nothing in it refers to the Excel host API or the file system.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`, as the host reported it. */
export interface CellError {
  error: string;
}

/**
 * One cell as the host gives it. Dates arrive as Excel serial numbers (in the workbook's
 * date system) with a date number format beside them; formulas arrive as their cached result.
 */
export type CellValue = string | number | boolean | null | CellError;

export interface SheetSnapshot {
  name: string;
  /** 1-based row of values[0] (the used range rarely starts at A1). */
  originRow: number;
  /** 1-based column of values[0][0]. */
  originCol: number;
  /** Rows of cells; rows may be ragged (shorter than the widest row). */
  values: CellValue[][];
  /** Number formats aligned with `values` where the host knows them (used to recognise dates). */
  numberFormats?: (string | null)[][];
  /** 1-based row numbers of rows the user has hidden (kept for reporting, not skipped). */
  hiddenRows?: number[];
  /** Merged areas as A1 ranges ("C5:C8"), where the host knows them; the value sits in the top-left cell. */
  merges?: string[];
}

/** What the host's record (owned-record.ts) says is Concordat's in the snapshot: never checked. */
export interface OwnedOutput {
  /** Concordat's own sheets (its report and log), by their names in this workbook. */
  sheets: string[];
  /** Flags columns still holding earlier flags: read as empty from the header row down. */
  flagColumns: { sheet: string; column: number; headerRow: number }[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** True for workbooks using the 1904 date system (serial 0 = 1 January 1904). */
  date1904: boolean;
  owned?: OwnedOutput;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as { error?: unknown }).error === 'string';
}

/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of a 1-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Letters to a 1-based column number: AB → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The names Concordat gives what it adds, when the user has nothing of that name already
 * (owned-names.ts picks "Concordat report (2)" otherwise). Which sheets and columns are
 * Concordat's is known from its record (owned-record.ts), never from these names.
 */
export const REPORT_SHEET = 'Concordat report';
export const LOG_SHEET = 'Concordat log';
export const FLAGS_HEADER = 'Concordat flags';
/** The user's settings sheet: read, never checked. */
export const SETTINGS_SHEET = 'Concordat settings';
