/**
 * Reading an .xlsx from disk into an exceljs Workbook, after the bytes have been vetted, and
 * saying which parts of it exceljs would not write back.
 */
import * as ExcelJS from 'exceljs';
import { InputError, formatBytes } from './input-error';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { readRegularFile } from './regular-file';
import { inspectWorkbookBytes } from './zip/inspect-workbook';
import { deferredFlagCells, deferredReportRows } from './deferred-output';
import { REPORT_LINK_COLUMN, reportLinkLocation } from './owned-sheets';
import { writeFlagCells } from './zip/flag-cells';
import { exposeInternalHyperlinks, repairInternalHyperlinks } from './zip/internal-hyperlinks';
import { writeReportRows } from './zip/report-part';
import { zipOfParts, ZipParts } from './zip/zip-parts';
import { renderParts } from './exceljs-parts';
import { fillEmptyRuns } from './empty-runs';
import { declaredSheets, sheetsNotRead } from './zip/sheet-parts';

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The file's bytes as read (so --in-place can tell whether anything changed underneath). */
  bytes: Buffer;
  /** Parts the saved copy will not keep ("charts", "named formulas: VAT_RATE"). */
  unkeptParts: string[];
  /** Sheets the workbook names that could not be read, each saying why ("sheet 'Savings' could not be read (…)"). */
  unreadSheets: string[];
}

export async function readFileBytes(filePath: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Buffer> {
  return readRegularFile(filePath, {
    maxBytes: limits.maxFileBytes,
    noun: 'workbook',
    tooLarge: (size) => `is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit`,
  });
}

/** Names in workbook.xml that exceljs did not load (named formulas and constants, whole-column names). */
function unkeptDefinedNames(workbookXml: string, workbook: ExcelJS.Workbook): string[] {
  const kept = new Set(workbook.definedNames.model.map((d) => d.name));
  const lost = new Set<string>();
  for (const match of workbookXml.matchAll(/<definedName\b[^>]*?\bname="([^"]+)"/g)) {
    const name = match[1];
    if (!name.startsWith('_xlnm.') && !kept.has(name)) lost.add(name);
  }
  return [...lost];
}

export async function loadWorkbookBytes(bytes: Buffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<LoadedWorkbook> {
  const inspection = inspectWorkbookBytes(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer look-alike; at run time it reads a Node Buffer.
    const readable = exposeInternalHyperlinks(inspection.stored);
    await workbook.xlsx.load(readable as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError(`could not be read as a workbook (${reason})`);
  }
  if (workbook.worksheets.length > limits.maxSheets) {
    throw new InputError(`has ${workbook.worksheets.length} sheets, more than the ${limits.maxSheets} limit`);
  }
  fillEmptyRuns(workbook);
  const unkeptParts = [...inspection.unkeptParts];
  const lostNames = unkeptDefinedNames(inspection.workbookXml, workbook);
  if (lostNames.length > 0) unkeptParts.push(`named formulas or constants (${lostNames.join(', ')})`);
  const unreadSheets = sheetsNotRead(
    declaredSheets(inspection.workbookXml, inspection.workbookRelsXml),
    new Set(workbook.worksheets.map((ws) => ws.name)),
    new Set(inspection.entries.map((e) => e.name)),
  );
  return { workbook, bytes, unkeptParts, unreadSheets };
}

export async function readWorkbookFile(filePath: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<LoadedWorkbook> {
  return loadWorkbookBytes(await readFileBytes(filePath, limits), limits);
}

/** exceljs is asked to store its parts: ZipParts deflates them natively, faster than exceljs's own deflate. */
const STORED = { zip: { compression: 'STORE' } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;

/** What exceljs saves, as a zip of stored parts: rendered without its zip when it allows. */
async function storedSave(workbook: ExcelJS.Workbook, render: typeof renderParts): Promise<Buffer> {
  const parts = await render(workbook);
  if (parts) return zipOfParts(parts);
  const saved = (await workbook.xlsx.writeBuffer(STORED)) as unknown;
  // exceljs returns a Buffer in Node; Buffer.from would copy it byte by byte.
  return Buffer.isBuffer(saved) ? saved : Buffer.from(saved as ArrayBuffer);
}

/**
 * The workbook as .xlsx bytes: what exceljs saves, with its in-workbook links corrected (see
 * internal-hyperlinks.ts) and the output it was not given written in (see deferred-output.ts).
 * `render` is replaced only by tests, to take exceljs's own zip (the fallback).
 */
export async function workbookToBuffer(workbook: ExcelJS.Workbook, render = renderParts): Promise<Buffer> {
  const report = deferredReportRows(workbook);
  const flags = deferredFlagCells(workbook);
  const zip = new ZipParts(await storedSave(workbook, render));
  repairInternalHyperlinks(zip);
  // Saving without them would silently drop flags or findings.
  if (flags && !writeFlagCells(zip, flags.sample, flags.cells))
    throw new Error('the flags column was not saved in the expected form');
  zip.settle(); // the sheets deflate while the report is built
  if (report && !writeReportRows(zip, report.sheet, report.rows, REPORT_LINK_COLUMN, reportLinkLocation))
    throw new Error('the report sheet was not saved in the expected form');
  return zip.save();
}
