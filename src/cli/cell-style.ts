/**
 * exceljs keeps a cell's style in a `style` object that its typings do not declare. Cells that
 * came from the same style in the file share one object, so a style is only ever replaced, never
 * edited in place (editing it would restyle every cell sharing it).
 */
import type * as ExcelJS from 'exceljs';

type Styled = { style: Partial<ExcelJS.Style> };

export function cellStyle(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  return (cell as unknown as Styled).style ?? {};
}

export function replaceCellStyle(cell: ExcelJS.Cell | ExcelJS.Row, style: Partial<ExcelJS.Style>): void {
  (cell as unknown as Styled).style = style;
}

/**
 * One style object for many written cells. exceljs remembers, per style object, the style id it
 * gave it when saving, so cells sharing an object cost one lookup instead of one style comparison
 * each. Frozen, since an edit would restyle every cell holding it.
 */
export function sharedStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  for (const part of Object.values(style)) if (typeof part === 'object' && part !== null) Object.freeze(part);
  return Object.freeze(style);
}
