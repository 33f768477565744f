/** What the CLI refuses before exceljs sees a byte, with the code and the message it gives instead. */
import { InputError } from '../../src/cli/input-error';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { loadWorkbookBytes } from '../../src/cli/workbook-file';
import { inspectWorkbookBytes } from '../../src/cli/zip/inspect-workbook';
import { buildRealisticWorkbook, saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { buildZip, oleFile } from '../../testkit/cli/zip-bytes';

/** "input.damaged: is empty (0 bytes)". */
function reason(bytes: Buffer, limits = DEFAULT_LIMITS): string {
  try {
    inspectWorkbookBytes(bytes, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return `${(err as InputError).code}: ${(err as InputError).message}`;
  }
  throw new Error('expected the bytes to be refused');
}

const workbookXml =
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';

let xlsx: Buffer;
beforeAll(async () => {
  xlsx = await saveToBuffer(buildRealisticWorkbook());
});

test('a real workbook passes and its parts are listed', () => {
  const inspection = inspectWorkbookBytes(xlsx, DEFAULT_LIMITS);
  expect(inspection.entries.map((e) => e.name)).toContain('xl/workbook.xml');
  expect(inspection.parts.get('xl/workbook.xml')?.toString('utf8')).toContain('<sheets>');
});

test.each([
  ['an empty file', Buffer.alloc(0), 'input.damaged: is empty (0 bytes)'],
  [
    'a CSV renamed .xlsx',
    Buffer.from('Ref,Action,Owner\nR1,Agree a team,Kevin Dicks\n'),
    'input.not-a-workbook: is a text file (perhaps CSV) renamed as .xlsx',
  ],
  [
    'a web page renamed .xlsx',
    Buffer.from('<!DOCTYPE html><html><body>x</body></html>'),
    'input.not-a-workbook: is XML or HTML',
  ],
  [
    'random bytes',
    Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe]),
    'input.not-a-workbook: is not an .xlsx workbook (it is not a zip file)',
  ],
  ['an old .xls', oleFile('Workbook'), 'input.not-a-workbook: is an old-format .xls workbook'],
  ['an encrypted .xlsx', oleFile('EncryptedPackage'), 'input.encrypted: is password-protected (encrypted)'],
  ['an OLE file of unknown kind', oleFile('Other'), 'input.not-a-workbook: is encrypted or an old .xls'],
])('%s is refused', (_name, bytes, expected) => {
  expect(reason(bytes)).toContain(expected);
});

test('an encrypted workbook says how to take the password off', () => {
  expect(() => inspectWorkbookBytes(oleFile('EncryptedPackage'), DEFAULT_LIMITS)).toThrow(
    expect.objectContaining({
      code: 'input.encrypted',
      fix: 'remove the password in Excel (File > Info > Protect Workbook) and save it again',
    }),
  );
});

test('an OpenDocument spreadsheet is named as such', () => {
  const ods = buildZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
    { name: 'content.xml', data: '<office:document-content/>' },
  ]);
  expect(reason(ods)).toBe('input.not-a-workbook: is an OpenDocument spreadsheet (.ods)');
});

test('a binary workbook (.xlsb) is named as such', () => {
  const xlsb = buildZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/workbook.bin', data: Buffer.alloc(64) },
  ]);
  expect(reason(xlsb)).toBe('input.not-a-workbook: is a binary workbook (.xlsb)');
});

test('a Word document and a plain zip are not workbooks', () => {
  expect(reason(buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]))).toBe(
    'input.not-a-workbook: is a Word document, not a workbook',
  );
  expect(reason(buildZip([{ name: 'notes.txt', data: 'hello' }]))).toBe(
    'input.not-a-workbook: is a zip file but not an Excel workbook (it has no xl/workbook.xml)',
  );
});

test('a truncated file is refused', () => {
  expect(reason(xlsx.subarray(0, Math.floor(xlsx.length / 2)))).toContain('input.damaged: is truncated or damaged');
  expect(reason(xlsx.subarray(0, xlsx.length - 10))).toContain('input.damaged: is truncated or damaged');
});

test('a zip whose entries declare more than the limit is refused unread', () => {
  const bomb = buildZip([
    { name: 'xl/workbook.xml', data: workbookXml },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000), declaredSize: 0xfffffff0 },
    { name: 'xl/worksheets/sheet2.xml', data: Buffer.alloc(1000), declaredSize: 0xfffffff0 },
  ]);
  expect(reason(bomb)).toMatch(
    /^limit\.package: would expand to \d+ MB, over the 500 MB limit; refusing it \(possible zip bomb\)$/,
  );
});

test('a zip that expands beyond what it declares is refused', () => {
  const liar = buildZip([
    { name: 'xl/workbook.xml', data: workbookXml },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5_000_000), declaredSize: 100 },
  ]);
  expect(reason(liar)).toBe(
    'input.zip-bomb: zip entry xl/worksheets/sheet1.xml expands beyond the size it declares; refusing it (possible zip bomb)',
  );
});

test('an absurd number of entries is refused', () => {
  const many = buildZip([
    { name: 'xl/workbook.xml', data: workbookXml },
    ...Array.from({ length: 50 }, (_, i) => ({ name: `x${i}`, data: '' })),
  ]);
  expect(reason(many, { ...DEFAULT_LIMITS, maxZipEntries: 20 })).toContain(
    'limit.package: has 51 zip entries, more than the 20',
  );
});

test('a zip naming one part twice is refused: which of the two is the workbook is not knowable', () => {
  const twice = buildZip([
    { name: 'xl/workbook.xml', data: workbookXml },
    { name: 'xl/workbook.xml', data: workbookXml },
  ]);
  expect(reason(twice)).toBe('input.damaged: is damaged (zip entry xl/workbook.xml appears twice)');
});

test('a zip that passes the sniff but is not a valid workbook gets a one-line reason from loading', () => {
  const hollow = buildZip([{ name: 'xl/workbook.xml', data: 'not xml at all <<<' }]);
  expect(() => loadWorkbookBytes(hollow)).toThrow(expect.objectContaining({ code: 'input.damaged' }));
  expect(() => loadWorkbookBytes(hollow)).toThrow(
    /^could not be read as a workbook \(xl\/workbook\.xml is not well-formed XML: [^\n]*\)$/,
  );
});
