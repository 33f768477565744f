/**
 * exceljs keeps a cell's style in a `style` object that its typings do not declare. Cells that
 * came from the same style in the file share one object.
 */
import type * as ExcelJS from 'exceljs';

type Styled = { style: Partial<ExcelJS.Style> };

export function cellStyle(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  return (cell as unknown as Styled).style ?? {};
}
