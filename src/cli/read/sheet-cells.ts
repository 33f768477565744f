/**
 * Looking cells up in a sheet the reader read: by address, whether a merged area covers them,
 * which hold a given text, and the rows as plain values (the record's and the log's). Rows are
 * indexed once, on first use; a lookup never walks the sheet.
 */
import type { CellValue } from '../../core/snapshot';
import type { MergedArea, SheetRow } from './sheet-read';
import type { ReadSheet } from './workbook-read';

export interface FoundCell {
  /** undefined: the cell is there for its style only. */
  value: CellValue | undefined;
  xf: number;
}

export class SheetCells {
  private rowIndex?: Map<number, SheetRow>;
  private mergesByColumn = new Map<number, MergedArea[]>();

  constructor(readonly sheet: ReadSheet) {}

  get name(): string {
    return this.sheet.name;
  }

  /** The last row the sheet mentions (a row element or a merged area). */
  get lastRow(): number {
    return this.sheet.lastRow;
  }

  row(number: number): SheetRow | undefined {
    if (!this.rowIndex) {
      this.rowIndex = new Map();
      for (const row of this.sheet.rows) this.rowIndex.set(row.number, row);
    }
    return this.rowIndex.get(number);
  }

  /** The cell as the part gives it, when it holds something or has a style of its own. */
  cell(row: number, column: number): FoundCell | undefined {
    const found = this.row(row);
    if (!found) return undefined;
    const i = found.columns.lastIndexOf(column);
    if (i < 0) return undefined;
    const value = found.values[i];
    const xf = found.xfs[i];
    return value !== undefined || xf > 0 ? { value, xf } : undefined;
  }

  value(row: number, column: number): CellValue | undefined {
    return this.cell(row, column)?.value;
  }

  /** True when a merged area covers the cell (its top-left cell included). */
  merged(row: number, column: number): boolean {
    let list = this.mergesByColumn.get(column);
    if (!list) {
      list = this.sheet.merges.filter((m) => m.left <= column && column <= m.right);
      this.mergesByColumn.set(column, list);
    }
    return list.some((m) => m.top <= row && row <= m.bottom);
  }

  /** Cells whose value is exactly this text. */
  holding(text: string): { row: number; column: number }[] {
    const found: { row: number; column: number }[] = [];
    for (const row of this.sheet.rows) {
      row.values.forEach((value, i) => {
        if (value === text) found.push({ row: row.number, column: row.columns[i] });
      });
    }
    return found;
  }

  /** Rows from 1 as arrays of values from column A (holes where a cell holds nothing). */
  valueRows(): (CellValue | undefined)[][] {
    const rows: (CellValue | undefined)[][] = [];
    for (const row of [...this.sheet.rows].sort((a, b) => a.number - b.number)) {
      const values: (CellValue | undefined)[] = [];
      row.values.forEach((value, i) => {
        if (value !== undefined) values[row.columns[i] - 1] = value;
      });
      if (values.length === 0) continue;
      while (rows.length < row.number - 1) rows.push([]);
      rows[row.number - 1] = values;
    }
    return rows;
  }
}
