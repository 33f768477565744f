/**
 * An in-memory workbook for the adapter tests: cells, number formats, conditional formats,
 * protection and column widths, addressed the way Office.js addresses them (0-based indexes,
 * A1 strings). mock-excel.ts puts an Office.js-shaped API over it.
 */

export type ValueType = 'String' | 'Double' | 'Boolean' | 'Error' | 'Empty';

export interface MockCell {
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
export interface MockPageLayout {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printGridlines?: boolean;
  titleRows?: string;
}

export interface MockConditionalFormat {
  type: 'Custom' | 'CellValue';
  formula: string;
  fill: string;
  font: string;
  /** Comma-separated A1 areas the rule applies to. */
  appliesTo: string;
}

export type CellInput = string | number | boolean | null | { error: string } | { value: number; format: string };

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export class MockSheet {
  readonly cells = new Map<string, MockCell>();
  readonly conditionalFormats: MockConditionalFormat[] = [];
  /** Column index → width in points, for columns not at the standard width. */
  readonly widths = new Map<number, number>();
  protected = false;
  frozenRows = 0;
  visibility: SheetVisibility = 'Visible';
  /** Merged areas as A1 ranges, as the file lists them. */
  readonly merges: string[] = [];
  readonly pageLayout: MockPageLayout = {};

  constructor(public name: string) {}

  static key(row: number, column: number): string {
    return `${row},${column}`;
  }

  get(row: number, column: number): MockCell | undefined {
    return this.cells.get(MockSheet.key(row, column));
  }

  set(row: number, column: number, cell: MockCell): void {
    const formatted = cell.bold || cell.fill || cell.colour || cell.wrap || cell.hyperlink;
    if (cell.type === 'Empty' && !cell.formula && cell.format === 'General' && !formatted) {
      this.cells.delete(MockSheet.key(row, column));
    } else {
      this.cells.set(MockSheet.key(row, column), cell);
    }
  }

  /** Writes rows of values starting at a 0-based row and column. */
  fill(rows: CellInput[][], row = 0, column = 0): this {
    rows.forEach((cells, r) => cells.forEach((input, c) => this.set(row + r, column + c, toMockCell(input))));
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
    for (const [r, c, cell] of moved) this.cells.set(MockSheet.key(r, c), cell);
    const shift = (address: string) =>
      address.replace(/([A-Z]+)(\d+)/g, (_, letters: string, n: string) =>
        Number(n) - 1 >= row ? `${letters}${Number(n) + 1}` : `${letters}${n}`,
      );
    this.merges.splice(0, this.merges.length, ...this.merges.map(shift));
    for (const format of this.conditionalFormats) format.appliesTo = shift(format.appliesTo);
  }

  /** Smallest rectangle holding every cell with a value (Office.js `getUsedRange(true)`). */
  usedExtent(): { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | undefined {
    // Loops rather than Math.min(...spread): a 100,000-row sheet has more cells than a call has arguments.
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (cell.type === 'Empty' && !cell.formula) continue;
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

export function toMockCell(input: CellInput): MockCell {
  if (input === null || input === '') return { value: '', type: 'Empty', format: 'General' };
  if (typeof input === 'string') return { value: input, type: 'String', format: 'General' };
  if (typeof input === 'number') return { value: input, type: 'Double', format: 'General' };
  if (typeof input === 'boolean') return { value: input, type: 'Boolean', format: 'General' };
  if ('error' in input) return { value: input.error, type: 'Error', format: 'General' };
  return { value: input.value, type: 'Double', format: input.format };
}

export class MockWorkbook {
  readonly sheets: MockSheet[] = [];
  structureProtected = false;
  date1904 = false;
  activeSheet?: string;
  selection?: { sheet: string; address: string };

  /** Excel finds a sheet by its name in any case. */
  sheet(name: string): MockSheet | undefined {
    const wanted = name.toUpperCase();
    return this.sheets.find((sheet) => sheet.name.toUpperCase() === wanted);
  }

  /** As strict as Excel: no name twice in any case, at most 31 characters, none of []:*?/\ . */
  addSheet(name: string, rows: CellInput[][] = [], row = 0, column = 0): MockSheet {
    if (this.sheet(name)) throw Object.assign(new Error(`A sheet named ${name} exists`), { code: 'ItemAlreadyExists' });
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
      throw Object.assign(new Error(`${name} is not a sheet name Excel allows`), { code: 'InvalidArgument' });
    const sheet = new MockSheet(name).fill(rows, row, column);
    this.sheets.push(sheet);
    return sheet;
  }

  removeSheet(name: string): void {
    const found = this.sheet(name);
    const index = found ? this.sheets.indexOf(found) : -1;
    if (index >= 0) this.sheets.splice(index, 1);
  }
}

/** 'E7' or 'A1:C3' → 0-based rectangle. */
export function parseAddress(address: string): { row: number; column: number; rows: number; columns: number } {
  const [start, end = start] = address.replace(/\$/g, '').split(':');
  const point = (a1: string): [number, number] => {
    const match = /^([A-Z]+)(\d+)$/i.exec(a1.trim());
    if (!match) throw Object.assign(new Error(`Bad address ${address}`), { code: 'InvalidArgument' });
    let column = 0;
    for (const ch of match[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
    return [Number(match[2]) - 1, column - 1];
  };
  const [r1, c1] = point(start);
  const [r2, c2] = point(end);
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}
