/**
 * Vets a file's bytes before anything parses them: is it an .xlsx at all, is it whole, and is it
 * safe to expand. Every refusal is one line an officer can act on ("save it as .xlsx").
 */
import { inflateRawSync } from 'zlib';
import { InputError, formatBytes } from '../input-error';
import type { ReadLimits } from '../limits';
import { entryData, readCentralDirectory, type ZipEntry } from './central-directory';

export interface WorkbookInspection {
  entries: ZipEntry[];
  /** Every part expanded (natively, and checked against its declared size), by name. */
  parts: Map<string, Buffer>;
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** What to do with a spreadsheet saved in another format, and with a file that is no spreadsheet. */
const SAVE_AS_XLSX = 'open it in Excel and save it as .xlsx';
const CHOOSE_WORKBOOK = 'choose the workbook you meant';

function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/** An OLE compound file is either an encrypted .xlsx or a pre-2007 .xls; its stream names tell which. */
function describeOle(buf: Buffer): InputError {
  // An encrypted .xlsx holds EncryptionInfo and EncryptedPackage streams; either name is enough.
  if (buf.includes(utf16('EncryptedPackage')) || buf.includes(utf16('EncryptionInfo'))) {
    return new InputError('input.encrypted', 'is password-protected (encrypted)', {
      fix: 'remove the password in Excel (File > Info > Protect Workbook) and save it again',
    });
  }
  if (buf.includes(utf16('Workbook')) || buf.includes(utf16('Book'))) {
    return new InputError('input.not-a-workbook', 'is an old-format .xls workbook', { fix: SAVE_AS_XLSX });
  }
  return new InputError('input.not-a-workbook', 'is encrypted or an old .xls (an OLE compound file, not an .xlsx)', {
    fix: 'save it as an unprotected .xlsx',
  });
}

function describeNonZip(buf: Buffer): InputError {
  const head = buf
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<\?xml|^<html|^<!doctype/i.test(head)) {
    return new InputError(
      'input.not-a-workbook',
      'is XML or HTML, not an .xlsx workbook (perhaps a web page or Excel 2003 XML renamed)',
      { fix: 'save it as .xlsx' },
    );
  }
  // eslint-disable-next-line no-control-regex -- binary files are told from text by their control bytes
  const printable = head.length > 0 && !/[\u0000-\u0008\u000e-\u001f]/.test(head);
  if (printable)
    return new InputError('input.not-a-workbook', 'is a text file (perhaps CSV) renamed as .xlsx, not a workbook', {
      fix: SAVE_AS_XLSX,
    });
  return new InputError('input.not-a-workbook', 'is not an .xlsx workbook (it is not a zip file)');
}

function describeForeignZip(names: Set<string>, buf: Buffer, entries: ZipEntry[]): InputError | null {
  const notWorkbook = (message: string, fix?: string) => new InputError('input.not-a-workbook', message, { fix });
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype && mimetype.method === 0) {
    const text = entryData(buf, mimetype).toString('ascii');
    if (text === ODS_MIMETYPE) return notWorkbook('is an OpenDocument spreadsheet (.ods)', 'save it as .xlsx');
    if (text.startsWith('application/vnd.oasis.opendocument'))
      return notWorkbook('is an OpenDocument file, not an .xlsx workbook');
  }
  if (names.has('xl/workbook.bin')) return notWorkbook('is a binary workbook (.xlsb)', SAVE_AS_XLSX);
  if (names.has('word/document.xml')) return notWorkbook('is a Word document, not a workbook', CHOOSE_WORKBOOK);
  if (names.has('ppt/presentation.xml')) return notWorkbook('is a PowerPoint file, not a workbook', CHOOSE_WORKBOOK);
  if (!names.has('xl/workbook.xml'))
    return notWorkbook('is a zip file but not an Excel workbook (it has no xl/workbook.xml)');
  return null;
}

/** zlib's smallest output piece, and the largest Concordat asks for (a sheet of 100,000 rows is 20 MB). */
const MIN_INFLATE_CHUNK = 64;
const MAX_INFLATE_CHUNK = 8 << 20;

/**
 * Expands each entry with a ceiling of its declared size: a zip that lies about its sizes (the
 * classic bomb) fails here, and nothing that trusts the data ever expands it.
 */
function verifyEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const data = entryData(buf, entry);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize)
      throw new InputError('input.damaged', `is damaged (zip entry ${entry.name} has the wrong size)`);
    return data;
  }
  if (entry.method !== 8)
    throw new InputError(
      'input.not-a-workbook',
      `uses a zip compression method (${entry.method}) that .xlsx files never use`,
    );
  let out: Buffer;
  try {
    out = inflateRawSync(data, {
      maxOutputLength: Math.max(1, entry.uncompressedSize),
      // The part in one piece (zlib's 16 KiB pieces would be joined again), up to a ceiling a lying size cannot raise.
      chunkSize: Math.min(Math.max(entry.uncompressedSize, MIN_INFLATE_CHUNK), MAX_INFLATE_CHUNK),
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(
        'input.zip-bomb',
        `zip entry ${entry.name} expands beyond the size it declares; refusing it (possible zip bomb)`,
      );
    }
    throw new InputError('input.damaged', `is damaged (zip entry ${entry.name} cannot be decompressed)`);
  }
  if (out.length !== entry.uncompressedSize)
    throw new InputError('input.damaged', `is damaged (zip entry ${entry.name} has the wrong size)`);
  return out;
}

export function inspectWorkbookBytes(buf: Buffer, limits: ReadLimits): WorkbookInspection {
  if (buf.length === 0) throw new InputError('input.damaged', 'is empty (0 bytes)');
  if (buf.length >= OLE_SIGNATURE.length && buf.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    throw describeOle(buf);
  }
  const zipStart = buf.length >= 4 ? buf.readUInt32LE(0) : 0;
  if (zipStart !== 0x04034b50 && zipStart !== 0x06054b50) throw describeNonZip(buf);

  const entries = readCentralDirectory(buf, limits.maxZipEntries);
  const names = new Set(entries.map((e) => e.name));
  const foreign = describeForeignZip(names, buf, entries);
  if (foreign) throw foreign;
  if (entries.some((e) => e.encrypted))
    throw new InputError('input.encrypted', 'has encrypted zip entries; it is not a workbook Excel saved');

  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) {
    throw new InputError(
      'limit.package',
      `would expand to ${formatBytes(declared)}, over the ${formatBytes(limits.maxUncompressedBytes)} limit; refusing it (possible zip bomb)`,
    );
  }

  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (parts.has(entry.name))
      throw new InputError('input.damaged', `is damaged (zip entry ${entry.name} appears twice)`);
    parts.set(entry.name, verifyEntry(buf, entry));
  }
  return { entries, parts };
}
