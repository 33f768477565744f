/**
 * Limits on what one check will take, enforced in the core so both hosts get them (the add-in has
 * no file layer to refuse a workbook before it is read). Every refusal is one message naming the
 * sheet, and the cell where there is one. A host may lower or raise a limit through
 * CheckOptions.limits; tests inject small ones rather than building giant workbooks.
 */
import { ConcordatError } from './errors';
import type { WorkbookSnapshot } from './snapshot';
import { a1 } from './snapshot';

export interface CheckLimits {
  /** Cells in the grids of all the sheets checked, together. */
  maxCells: number;
  /** Sheets in one workbook. */
  maxSheets: number;
  /**
   * Characters in one cell. Excel itself stops at 32,767, so a longer cell means the file was
   * not saved by Excel; it is refused, naming the cell, rather than silently cut short.
   */
  maxCellChars: number;
  /** Milliseconds one check may run before it stops with a message saying where it had got to. */
  maxRunMs: number;
}

/** Excel's sheet: rows 1 to 1,048,576, columns A to XFD. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** Excel's own limit on the characters in one cell, which nothing Concordat writes may exceed. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

export const DEFAULT_CHECK_LIMITS: Readonly<CheckLimits> = {
  maxCells: 5_000_000,
  maxSheets: 500,
  maxCellChars: EXCEL_MAX_CELL_CHARS,
  maxRunMs: 300_000,
};

export function resolveLimits(given?: Partial<CheckLimits>): CheckLimits {
  return { ...DEFAULT_CHECK_LIMITS, ...(given ?? {}) };
}

const count = (n: number): string => n.toLocaleString('en-GB');

/** Refuses a snapshot over the sheet, cell or cell-length limits; `checked` says which sheets count. */
export function assertSnapshotWithinLimits(
  snapshot: WorkbookSnapshot,
  limits: CheckLimits,
  checked: (sheet: string) => boolean,
): void {
  if (snapshot.sheets.length > limits.maxSheets) {
    throw new ConcordatError(
      'limit.sheets',
      `the workbook has ${count(snapshot.sheets.length)} sheets, more than the ${count(limits.maxSheets)} Concordat checks`,
    );
  }
  let cells = 0;
  for (const sheet of snapshot.sheets) {
    if (!checked(sheet.name)) continue;
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r];
      cells += row.length;
      if (cells > limits.maxCells) {
        throw new ConcordatError(
          'limit.cells',
          `sheet '${sheet.name}' takes the workbook over the ${count(limits.maxCells)}-cell limit at row ${sheet.originRow + r}`,
        );
      }
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'string' && v.length > limits.maxCellChars) {
          throw new ConcordatError(
            'limit.cell-length',
            `${sheet.name}!${a1(sheet.originRow + r, sheet.originCol + c)} holds ${count(v.length)} characters, more than the ${count(limits.maxCellChars)} a cell can hold in Excel`,
          );
        }
      }
    }
  }
}

/** Cut text to what a cell can hold, saying so with an ellipsis. */
export function fitCell(text: string, max: number = EXCEL_MAX_CELL_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms / 1000)} s`;
}

/** The run-time budget of one check, looked at between sheets and between rows. */
export class Deadline {
  private readonly started: number;

  constructor(
    private readonly limitMs: number,
    private readonly clock: () => number,
  ) {
    this.started = clock();
  }

  /** Throws once the budget is spent, saying where the check had got to. */
  check(sheet: string, row: number): void {
    const elapsed = this.clock() - this.started;
    if (elapsed <= this.limitMs) return;
    throw new ConcordatError(
      'limit.run-time',
      `check stopped after ${seconds(elapsed)} at sheet '${sheet}' row ${row}: one check may run for ${seconds(this.limitMs)}`,
    );
  }
}
