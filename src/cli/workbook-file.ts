/**
 * An .xlsx from disk: its bytes vetted and its package opened (package/workbook-package.ts), read
 * by exceljs for the snapshot and for deciding what to write; and the package as it stands saved
 * back. exceljs only ever reads: what Concordat writes is patched into the package's own parts.
 */
import * as ExcelJS from 'exceljs';
import { InputError, formatBytes } from './input-error';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { readRegularFile } from './regular-file';
import { applyClear, planClear, type ClearOptions, type ClearOutcome } from './clear';
import { WorkbookPackage } from './package/workbook-package';
import { listSheets } from './package/workbook-parts';
import { MAIN_NS, scanXml, type XmlElement } from './package/xml-scan';
import { applyEdits, type Edit } from './package/edits';
import { fillEmptyRuns } from './empty-runs';

export interface LoadedWorkbook {
  /** The package: what is written back, part by part. */
  pkg: WorkbookPackage;
  /** The package as exceljs read it (never written). */
  workbook: ExcelJS.Workbook;
  /** The file's bytes as read (so --in-place can tell whether anything changed underneath). */
  bytes: Buffer;
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

const VALIDATIONS = Buffer.from('dataValidations');

/** True when the part's root element has a prefix (`<x:worksheet`): exceljs reads only unprefixed names. */
function prefixedRoot(bytes: Buffer): boolean {
  let at = bytes.indexOf(0x3c); // '<'
  while (at >= 0 && (bytes[at + 1] === 0x3f || bytes[at + 1] === 0x21)) at = bytes.indexOf(0x3c, at + 1); // '<?', '<!'
  if (at < 0) return false;
  let end = at + 1;
  while (end < bytes.length && bytes[end] > 0x20 && bytes[end] !== 0x3e && bytes[end] !== 0x2f) end++;
  return bytes.subarray(at + 1, end).includes(0x3a); // ':'
}

/**
 * A part's XML as exceljs can read it, for exceljs only (the package's own part is not changed):
 * without data validations, which exceljs expands cell by cell (a drop-down over `G4:G1048576` is a
 * million entries) and the snapshot does not use; and with SpreadsheetML's elements unprefixed,
 * since exceljs matches element names as written.
 */
function readableXml(xml: string, part: string, dropValidations: boolean): string {
  const edits: Edit[] = [];
  let dropping: XmlElement | undefined;
  scanXml(xml, part, {
    open(el) {
      if (dropping) return;
      if (dropValidations && el.local === 'dataValidations') {
        dropping = el;
        return;
      }
      if (el.prefix === '' || !MAIN_NS.has(el.uri)) return;
      const name = `<${el.prefix}:${el.local}`;
      edits.push({
        start: el.start,
        end: el.start + name.length,
        text: el.depth === 0 ? `<${el.local} xmlns="${el.uri}"` : `<${el.local}`,
      });
    },
    close(el, closeStart, end) {
      if (el === dropping) {
        edits.push({ start: el.start, end, text: '' });
        dropping = undefined;
      } else if (!dropping && !el.selfClosing && el.prefix !== '' && MAIN_NS.has(el.uri)) {
        edits.push({
          start: closeStart,
          end: closeStart + 3 + el.prefix.length + el.local.length,
          text: `</${el.local}`,
        });
      }
    },
  });
  return applyEdits(xml, edits);
}

/** The package as it now stands, read by exceljs. */
export async function readWorkbook(
  pkg: WorkbookPackage,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ExcelJS.Workbook> {
  const readable = new Map<string, Buffer>();
  const sheets = new Set(listSheets(pkg).map((s) => s.part));
  for (const part of pkg.names) {
    if (!part.startsWith('xl/') || !part.endsWith('.xml')) continue;
    const bytes = pkg.bytes(part) as Buffer;
    const validations = sheets.has(part) && bytes.includes(VALIDATIONS);
    if (validations || prefixedRoot(bytes))
      readable.set(part, Buffer.from(readableXml(bytes.toString('utf8'), part, validations), 'utf8'));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer look-alike; at run time it reads a Node Buffer.
    const zip = pkg.storedZip(readable) as unknown as Parameters<typeof workbook.xlsx.load>[0];
    await withoutConsoleWarnings(() => workbook.xlsx.load(zip));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError(`could not be read as a workbook (${reason})`);
  }
  if (workbook.worksheets.length > limits.maxSheets) {
    throw new InputError(`has ${workbook.worksheets.length} sheets, more than the ${limits.maxSheets} limit`);
  }
  fillEmptyRuns(workbook);
  return workbook;
}

/**
 * Worksheets workbook.xml names that exceljs did not load (it drops a sheet whose part or
 * relationship is missing, without a word), each saying why. Chart and dialog sheets hold no
 * cells to check and are not counted.
 */
function sheetsNotRead(pkg: WorkbookPackage, workbook: ExcelJS.Workbook): string[] {
  const loaded = new Set(workbook.worksheets.map((ws) => ws.name));
  return listSheets(pkg)
    .filter((s) => !loaded.has(s.name) && (s.kind === undefined || s.kind === 'worksheet'))
    .map((s) => {
      const why =
        s.part === undefined
          ? 'the workbook names no part for it'
          : pkg.has(s.part)
            ? `its part ${s.part} was not understood`
            : `the file has no ${s.part}`;
      return `sheet '${s.name}' could not be read (${why})`;
    });
}

export async function loadWorkbookBytes(bytes: Buffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<LoadedWorkbook> {
  const pkg = WorkbookPackage.open(bytes, limits);
  const workbook = await readWorkbook(pkg, limits);
  return { pkg, workbook, bytes, unreadSheets: sheetsNotRead(pkg, workbook) };
}

export async function readWorkbookFile(filePath: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<LoadedWorkbook> {
  return loadWorkbookBytes(await readFileBytes(filePath, limits), limits);
}

export interface Cleared {
  outcome: ClearOutcome;
  /** The package as exceljs reads it once cleared. */
  workbook: ExcelJS.Workbook;
  /** The log left for a check to append to, by name. */
  keptLog?: string;
}

/**
 * Takes Concordat's earlier output out of the package (clear.ts). When the record named any, the
 * cleared package is read again, so what is checked and written to is exactly what is saved.
 */
export async function clearOutput(loaded: LoadedWorkbook, options: ClearOptions = {}): Promise<Cleared> {
  const plan = planClear(loaded.workbook, options);
  await applyClear(loaded.pkg, plan);
  const workbook = plan.recorded ? await readWorkbook(loaded.pkg) : loaded.workbook;
  return { outcome: plan.outcome, workbook, keptLog: plan.keptLog };
}

/**
 * exceljs warns on the console about a sheet name it would shorten, quoting the workbook's own
 * text as it is (control characters and all). Nothing it warns about changes what is read, and
 * the file is never written through it, so the warning is not passed on.
 */
async function withoutConsoleWarnings<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}
