/**
 * The task pane's Accept: adds a row to the user's `Concordat accepted` sheet, making the sheet
 * (visible, with its header) when the workbook has none. The sheet is the user's, so it goes into
 * no record and Clear flags never removes it. Three requests: the sheet list, the used range, the
 * write (two for a new sheet, which needs no read). Resolves to the row written (from 1).
 */
import { acceptedLayout, ACCEPTED_FIELDS } from '../core/accepted/read';
import type { AcceptanceEntry } from '../core/accepted/sheet';
import { ACCEPTED_COLUMNS, ACCEPTED_HEADERS, ACCEPTED_SHEET, acceptedRowCells } from '../core/accepted/sheet';
import { ConcordatError } from '../core/errors';
import { neutraliseFormulaText } from '../core/flagplan';
import { charsToPoints } from '../core/output/widths';
import { HEADER_FILL } from '../core/output/styles';
import type { CellValue } from '../core/snapshot';
import { toExcelWriteError } from './errors';

const ACTION = 'add the acceptance';
const TEXT_FORMAT = '@';

/**
 * A row of cells as text (a value such as "£126,000" or "2027-03-31" stays as typed), formula-like
 * text made safe. Excel takes a leading apostrophe for its quote prefix, so one that is part of the
 * text (`'Action plan'!E8`) is written after a prefix of its own.
 */
function writeText(range: Excel.Range, cells: readonly string[]): void {
  range.numberFormat = [cells.map(() => TEXT_FORMAT)];
  range.values = [cells.map((text) => (text.startsWith("'") ? `'${text}` : neutraliseFormulaText(text)))];
}

function newSheet(context: Excel.RequestContext, entry: AcceptanceEntry): void {
  const sheet = context.workbook.worksheets.add(ACCEPTED_SHEET);
  const header = sheet.getRangeByIndexes(0, 0, 1, ACCEPTED_HEADERS.length);
  writeText(header, ACCEPTED_HEADERS);
  header.format.font.bold = true;
  header.format.fill.color = `#${HEADER_FILL}`;
  ACCEPTED_COLUMNS.forEach((column, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(column.width);
  });
  sheet.freezePanes.freezeRows(1);
  writeText(sheet.getRangeByIndexes(1, 0, 1, ACCEPTED_HEADERS.length), acceptedRowCells(entry));
}

export async function writeAcceptance(context: Excel.RequestContext, entry: AcceptanceEntry): Promise<number> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const existing = sheets.items.find((s) => s.name.toLowerCase() === ACCEPTED_SHEET.toLowerCase());
    if (!existing) {
      newSheet(context, entry);
      try {
        await context.sync();
      } catch (error) {
        // Adding a sheet is refused by the workbook (its structure protected, or read-only), not by a sheet.
        throw toExcelWriteError(error, ACTION);
      }
      return 2;
    }
    const used = existing.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,values');
    await context.sync();
    const values = used.isNullObject ? [] : (used.values as CellValue[][]);
    const layout = acceptedLayout({
      name: existing.name,
      originRow: used.isNullObject ? 1 : used.rowIndex + 1,
      originCol: used.isNullObject ? 1 : used.columnIndex + 1,
      values,
    });
    if (!layout)
      throw new ConcordatError(
        'accept.sheet-invalid',
        `sheet '${existing.name}' has no header row (Rule, Cell, Reason…), so a row cannot be added to it`,
      );
    // The row after the last the sheet uses, its cells under the headings wherever they are.
    const row = used.isNullObject ? layout.row : used.rowIndex + used.rowCount;
    const cells = acceptedRowCells(entry);
    for (const [field, column] of layout.columns) {
      const value = cells[ACCEPTED_FIELDS.indexOf(field)];
      if (value !== '') writeText(existing.getRangeByIndexes(row, column - 1, 1, 1), [value]);
    }
    await context.sync();
    return row + 1;
  } catch (error) {
    throw toExcelWriteError(error, ACTION, ACCEPTED_SHEET);
  }
}
