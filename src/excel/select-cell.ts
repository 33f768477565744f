/**
 * Takes the user to a finding: activates its sheet and selects its cell, in one request. Excel
 * cannot go to a cell of a hidden sheet; when the request fails, one more finds out whether that
 * is why, so the pane can say so rather than pass on Excel's bare refusal.
 */
import { ConcordatError } from '../core/errors';
import { toExcelWriteError } from './errors';

export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  try {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  } catch (error) {
    if (await isHidden(context, sheet))
      throw new ConcordatError('sheet.hidden', `The sheet '${sheet}' is hidden, so Excel cannot go to ${address}.`);
    throw toExcelWriteError(error, `go to ${address}`, sheet);
  }
}

/** Whether the sheet is there and hidden (false when that cannot be found out either). */
async function isHidden(context: Excel.RequestContext, sheet: string): Promise<boolean> {
  try {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    worksheet.load('visibility');
    await context.sync();
    return !worksheet.isNullObject && worksheet.visibility !== 'Visible';
  } catch {
    return false;
  }
}
