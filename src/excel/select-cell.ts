/** Takes the user to a finding: activates its sheet and selects its cell, in one request. */
import { toExcelWriteError } from './errors';

export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  try {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  } catch (error) {
    throw toExcelWriteError(error, `go to ${address}`, sheet);
  }
}
