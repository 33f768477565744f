/**
 * The in-memory workbook behind the fake Office: cells, number formats, conditional formats,
 * merges, protection, column widths and print set-up, addressed the way Office.js addresses them
 * (0-based indexes, A1 strings). Tests build and inspect it directly; the proxies of
 * request-context.ts change it only when a request runs.
 */
import { officeError } from './office-errors';

type ValueType = 'String' | 'Double' | 'Boolean' | 'Error' | 'Empty';

export interface FakeCell {
  value: string | number | boolean;
  type: ValueType;
  format: string;
  formula?: string;
  bold?: boolean;
  /** Fill colour as Office.js takes it ("#F3F2F1"). */
  fill?: string;
  /** Font colour as Office.js takes it ("#767676"). */
  colour?: string;
  wrap?: boolean;
  /** A link to a place in this workbook: `range.hyperlink`'s documentReference. */
  hyperlink?: string;
}

/** What `worksheet.pageLayout` (ExcelApi 1.9) was given. */
export interface FakePageLayout {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printGridlines?: boolean;
  titleRows?: string;
}

export interface FakeConditionalFormat {
  type: 'Custom' | 'CellValue';
  formula: string;
  fill: string;
  font: string;
  /** Comma-separated A1 areas the rule applies to. */
  appliesTo: string;
}

/** A cell as a test gives it: text, a number, a boolean, nothing, an error, or a number with its format. */
export type CellInput = string | number | boolean | null | { error: string } | { value: number; format: string };

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export class FakeWorksheet {
  readonly cells = new Map<string, FakeCell>();
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** Column index → width in points, for columns not at the standard width. */
  readonly widths = new Map<number, number>();
  protected = false;
  frozenRows = 0;
  visibility: SheetVisibility = 'Visible';
  /** Merged areas as A1 ranges, as the file lists them. */
  readonly merges: string[] = [];
  readonly pageLayout: FakePageLayout = {};

  constructor(public name: string) {}

  static key(row: number, column: number): string {
    return `${row},${column}`;
  }

  get(row: number, column: number): FakeCell | undefined {
    return this.cells.get(FakeWorksheet.key(row, column));
  }

  set(row: number, column: number, cell: FakeCell): void {
    const formatted = cell.bold || cell.fill || cell.colour || cell.wrap || cell.hyperlink;
    if (cell.type === 'Empty' && !cell.formula && cell.format === 'General' && !formatted) {
      this.cells.delete(FakeWorksheet.key(row, column));
    } else {
      this.cells.set(FakeWorksheet.key(row, column), cell);
    }
  }

  /** Writes rows of values starting at a 0-based row and column. */
  fill(rows: CellInput[][], row = 0, column = 0): this {
    rows.forEach((cells, r) => cells.forEach((input, c) => this.set(row + r, column + c, toFakeCell(input))));
    return this;
  }

  /**
   * Inserts an empty row above the 0-based `row`, as Excel's Insert › Sheet Rows does: cells,
   * merges and conditional formats at or below it move down one.
   */
  insertRow(row: number): void {
    const moved = [...this.cells].map(([key, cell]) => {
      const [r, c] = key.split(',').map(Number);
      return [r >= row ? r + 1 : r, c, cell] as const;
    });
    this.cells.clear();
    for (const [r, c, cell] of moved) this.cells.set(FakeWorksheet.key(r, c), cell);
    const shift = (address: string) =>
      address.replace(/([A-Z]+)(\d+)/g, (_, letters: string, n: string) =>
        Number(n) - 1 >= row ? `${letters}${Number(n) + 1}` : `${letters}${n}`,
      );
    this.merges.splice(0, this.merges.length, ...this.merges.map(shift));
    for (const format of this.conditionalFormats) format.appliesTo = shift(format.appliesTo);
  }

  /**
   * Smallest rectangle holding every cell with a value (Office.js `getUsedRange(true)`), or, with
   * `valuesOnly` false, every cell with anything in it, a format included.
   */
  usedExtent(
    valuesOnly = true,
  ): { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | undefined {
    // Loops rather than Math.min(...spread): a 100,000-row sheet has more cells than a call has arguments.
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.type === 'Empty' && !cell.formula) continue;
      const comma = key.indexOf(',');
      const row = Number(key.slice(0, comma));
      const column = Number(key.slice(comma + 1));
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (column < left) left = column;
      if (column > right) right = column;
    }
    if (bottom < 0) return undefined;
    return { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Cell values as a dense grid over the used range, for assertions. */
  grid(): (string | number | boolean | null)[][] {
    const extent = this.usedExtent();
    if (!extent) return [];
    return Array.from({ length: extent.rowCount }, (_, r) =>
      Array.from({ length: extent.columnCount }, (_, c) => {
        const cell = this.get(extent.rowIndex + r, extent.columnIndex + c);
        return cell && cell.type !== 'Empty' ? cell.value : null;
      }),
    );
  }
}

export function toFakeCell(input: CellInput): FakeCell {
  if (input === null || input === '') return { value: '', type: 'Empty', format: 'General' };
  if (typeof input === 'string') return { value: input, type: 'String', format: 'General' };
  if (typeof input === 'number') return { value: input, type: 'Double', format: 'General' };
  if (typeof input === 'boolean') return { value: input, type: 'Boolean', format: 'General' };
  if ('error' in input) return { value: input.error, type: 'Error', format: 'General' };
  return { value: input.value, type: 'Double', format: input.format };
}

export class FakeWorkbook {
  readonly sheets: FakeWorksheet[] = [];
  structureProtected = false;
  date1904 = false;
  activeSheet?: string;
  selection?: { sheet: string; address: string };

  /** Excel finds a sheet by its name in any case. */
  sheet(name: string): FakeWorksheet | undefined {
    const wanted = name.toUpperCase();
    return this.sheets.find((sheet) => sheet.name.toUpperCase() === wanted);
  }

  /** As strict as Excel: no name twice in any case, at most 31 characters, none of []:*?/\ . */
  addSheet(name: string, rows: CellInput[][] = [], row = 0, column = 0): FakeWorksheet {
    if (this.sheet(name)) throw officeError('ItemAlreadyExists', `A sheet named ${name} exists`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
      throw officeError('InvalidArgument', `${name} is not a sheet name Excel allows`);
    const sheet = new FakeWorksheet(name).fill(rows, row, column);
    this.sheets.push(sheet);
    return sheet;
  }

  removeSheet(name: string): void {
    const found = this.sheet(name);
    const index = found ? this.sheets.indexOf(found) : -1;
    if (index >= 0) this.sheets.splice(index, 1);
  }
}
