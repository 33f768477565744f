/**
 * Concordat's record of its output (core/owned-record.ts), as the reader reads it: written (by
 * apply-plan.ts) into a very hidden sheet (Excel's Unhide dialog does not list it, so it is no clutter) that travels with
 * the file and survives Excel and LibreOffice saves (LibreOffice makes it merely hidden). It is
 * found by its title and checked against its checksum, never found by its name: a sheet the user
 * called "Concordat state" is the user's.
 */
import { createHash } from 'crypto';
import { isRecordTitle, parseRecord, type ParsedRecord } from '../core/owned-record';
import { InputError } from './input-error';
import { SheetCells } from './read/sheet-cells';
import type { ReadSheet, ReadWorkbook } from './read/workbook-read';

/** Node's own SHA-256: the record of a big workbook is megabytes of style JSON. */
export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export interface FoundRecord extends ParsedRecord {
  sheet: ReadSheet;
}

/** A sheet that claims to be a record: not visible, its first cell the record's title. */
export function isRecordSheet(sheet: ReadSheet): boolean {
  return sheet.state !== 'visible' && isRecordTitle(new SheetCells(sheet).value(1, 1));
}

/**
 * The workbook's record, checked, or null when it has none (never checked, or checked by a
 * version that kept none). A record that does not check out is refused: Concordat cannot then
 * tell its own output from the user's, so it writes nothing.
 */
export function findRecord(workbook: ReadWorkbook): FoundRecord | null {
  const sheets = workbook.sheets.filter(isRecordSheet);
  if (sheets.length === 0) return null;
  if (sheets.length > 1) {
    throw new InputError(
      'record.invalid',
      `has ${sheets.length} hidden sheets claiming to be Concordat's record (${sheets.map((s) => `'${s.name}'`).join(', ')}); Concordat cannot tell which output is its own, so nothing was written`,
    );
  }
  const [sheet] = sheets;
  try {
    return { sheet, ...parseRecord(new SheetCells(sheet).valueRows(), sha256) };
  } catch (err) {
    const what = err instanceof Error ? err.message : String(err);
    throw new InputError(
      'record.invalid',
      `the hidden sheet '${sheet.name}', Concordat's record of what it wrote, ${what}; Concordat cannot tell its own output from yours, so nothing was written`,
    );
  }
}
