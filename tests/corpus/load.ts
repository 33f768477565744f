/** Reads the corpus files into snapshots, the way a host would hand the workbook to the core. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { isoToSerial } from '../../src/core/parse/calendar';
import { checkWorkbook } from '../../src/core/check';
import type { CheckResult } from '../../src/core/result';
import * as ExcelJS from 'exceljs';
import { prepareCheck, type PreparedCheck } from '../../src/core/prepare';
import { shippedCheck, shippedPacks } from '../../testkit/packs';

export type CorpusCell = string | number | boolean | null | { date: string } | { value: number; format: string };

export interface CorpusWorkbook {
  file: string;
  title: string;
  source: { publisher: string; paper: string; date: string; where?: string };
  kind: 'action-plan' | 'savings' | 'other';
  asOf: string;
  profile?: unknown;
  injected?: string[];
  sheets: { name: string; rows: CorpusCell[][]; merges?: string[] }[];
  expect: Record<string, string[]>;
}

/** CORPUS_DIR may name another folder, to score a new batch on arrival before it joins this one. */
export const SCORING_ELSEWHERE = process.env.CORPUS_DIR !== undefined;
const CORPUS_DIR = process.env.CORPUS_DIR ?? join(__dirname, 'workbooks');
/** Batches scored on arrival that the corpus, at 95% recall, cannot yet take in: see the README. */
export const ARRIVALS_DIR = join(__dirname, 'arrivals');

export function loadCorpus(dir = CORPUS_DIR): CorpusWorkbook[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object), file }) as CorpusWorkbook);
}

function toCell(cell: CorpusCell | undefined): { value: CellValue; format: string | null } {
  if (cell === undefined || cell === null) return { value: null, format: null };
  if (typeof cell !== 'object') return { value: cell, format: null };
  if ('date' in cell) return { value: isoToSerial(cell.date, false), format: 'dd/mm/yyyy' };
  return { value: cell.value, format: cell.format };
}

export function snapshotOf(wb: CorpusWorkbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = wb.sheets.map((s) => {
    const cells = s.rows.map((row) => (row ?? []).map(toCell));
    return {
      name: s.name,
      originRow: 1,
      originCol: 1,
      values: cells.map((row) => row.map((c) => c.value)),
      numberFormats: cells.map((row) => row.map((c) => c.format)),
      ...(s.merges ? { merges: s.merges } : {}),
    };
  });
  return { sheets, date1904: false };
}

/** Rows with content, as "Sheet!row". */
export function contentRows(wb: CorpusWorkbook): string[] {
  const out: string[] = [];
  for (const s of wb.sheets) {
    s.rows.forEach((row, i) => {
      const has = (row ?? []).some((c) => c !== null && !(typeof c === 'string' && c.trim() === ''));
      if (has) out.push(`${s.name}!${i + 1}`);
    });
  }
  return out;
}

/** The check a corpus workbook is run with: the shipped packs, prepared once, with the workbook's profile when it has one. */
function preparedFor(wb: CorpusWorkbook): PreparedCheck {
  return wb.profile ? prepareCheck(shippedPacks(), { source: `${wb.file} profile`, json: wb.profile }) : shippedCheck();
}

/** Concordat's check of a corpus workbook, at its paper's date and with its profile. */
export function checkCorpusWorkbook(wb: CorpusWorkbook): Promise<CheckResult> {
  return checkWorkbook(snapshotOf(wb), preparedFor(wb), {
    asOf: wb.asOf,
    now: new Date(`${wb.asOf}T09:00:00Z`),
  });
}

/** The workbook as an .xlsx file: real dates as date cells with a UK date format, as an officer's workbook holds them. */
export async function xlsxOf(wb: CorpusWorkbook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const s of wb.sheets) {
    const ws = book.addWorksheet(s.name);
    s.rows.forEach((row, i) => {
      (row ?? []).forEach((cell, j) => {
        if (cell === null || cell === undefined) return;
        const target = ws.getCell(i + 1, j + 1);
        if (typeof cell !== 'object') target.value = cell;
        else if ('date' in cell) {
          target.value = new Date(`${cell.date}T00:00:00Z`);
          target.numFmt = 'dd/mm/yyyy';
        } else {
          target.value = cell.value;
          target.numFmt = cell.format;
        }
      });
    });
    for (const range of s.merges ?? []) ws.mergeCells(range);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
