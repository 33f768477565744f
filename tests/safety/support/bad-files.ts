/**
 * Files that are not workbooks Concordat can read, made byte by byte: empty, cut short, a zip of
 * something else, other formats renamed .xlsx, an encrypted workbook, zip bombs, and workbooks
 * past a limit (a cell longer than Excel allows, a stray value at the sheet's last cell).
 */
import * as ExcelJS from 'exceljs';
import { saveToBuffer } from '../../../testkit/cli/realistic-workbook';
import { buildZip, oleFile } from '../../../testkit/cli/zip-bytes';

const WORKBOOK_XML =
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';

function smallPlan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status']);
  ws.addRow(['R1', 'Agree a single management team', 'Kevin Dicks', '30/09/2011', 'In progress']);
  return wb;
}

export const emptyFile = async (): Promise<Buffer> => Buffer.alloc(0);

export async function truncatedWorkbook(): Promise<Buffer> {
  const whole = await saveToBuffer(smallPlan());
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

export const zipOfSomethingElse = async (): Promise<Buffer> =>
  buildZip([
    { name: 'minutes/2010-01-21.txt', data: 'Shared Services Board minutes' },
    { name: 'agenda.txt', data: 'Item 1: the action plan' },
  ]);

/** The start of an Excel 97-2003 file: an OLE compound file with a "Workbook" stream. */
export const renamedXls = async (): Promise<Buffer> => oleFile('Workbook');

export const renamedOds = async (): Promise<Buffer> =>
  buildZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
    { name: 'content.xml', data: '<office:document-content/>' },
  ]);

export const renamedCsv = async (): Promise<Buffer> =>
  Buffer.from('Ref,Action,Responsible officer,Deadline\r\nR1,Agree a team,Kevin Dicks,01/03/2010\r\n');

/** An encrypted .xlsx is an OLE compound file whose directory names an EncryptionInfo stream. */
export const encryptedWorkbook = async (): Promise<Buffer> => oleFile('EncryptionInfo');

/** Declares 4 GB per sheet in its central directory. */
export const declaredBomb = async (): Promise<Buffer> =>
  buildZip([
    { name: 'xl/workbook.xml', data: WORKBOOK_XML },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000), declaredSize: 0xfffffff0 },
  ]);

/** Declares 100 bytes but inflates to 20 MB: only expanding it with a ceiling catches it. */
export const lyingBomb = async (): Promise<Buffer> =>
  buildZip([
    { name: 'xl/workbook.xml', data: WORKBOOK_XML },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20_000_000), declaredSize: 100 },
  ]);

/** A cell no Excel could have saved: 40,000 characters. */
export async function overlongCell(): Promise<Buffer> {
  const wb = smallPlan();
  (wb.getWorksheet('Plan') as ExcelJS.Worksheet).getCell('B2').value = 'x'.repeat(40_000);
  return saveToBuffer(wb);
}

/** One stray value in the sheet's very last cell makes the used range 17 billion cells. */
export async function strayLastCell(): Promise<Buffer> {
  const wb = smallPlan();
  (wb.getWorksheet('Plan') as ExcelJS.Worksheet).getCell('XFD1048576').value = 'x';
  return saveToBuffer(wb);
}
