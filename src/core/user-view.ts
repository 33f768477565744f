/**
 * The workbook as the user made it: what a check reads. Concordat's own output is left out by its
 * record (snapshot.owned); output an older version wrote with no record is recognised only well
 * enough never to be checked as a table, and is never modified.
 */
import { LOG_HEADERS, REPORT_HEADERS } from './output/sheets';
import type { OwnedSheetRole } from './owned-record';
import type { SheetSnapshot, WorkbookSnapshot } from './snapshot';
import { LOG_SHEET, REPORT_SHEET, SETTINGS_SHEET } from './snapshot';
import { isAcceptedSheetName } from './accepted/sheet';

function startsWith(row: readonly unknown[], headers: readonly string[]): boolean {
  return headers.every((header, i) => row[i] === header);
}

/**
 * A report or log an older Concordat wrote, known by its exact name and its header row in row 1.
 * The record of format 2 named no sheets, so this is how its report and log are found too.
 */
export function unrecordedOutputRole(name: string, firstRow: readonly unknown[]): OwnedSheetRole | null {
  if (name === REPORT_SHEET && startsWith(firstRow, REPORT_HEADERS)) return 'report';
  if (name === LOG_SHEET && startsWith(firstRow, LOG_HEADERS)) return 'log';
  return null;
}

function firstRow(sheet: SheetSnapshot): readonly unknown[] {
  return sheet.originRow === 1 && sheet.originCol === 1 ? (sheet.values[0] ?? []) : [];
}

/** Concordat's output, by record or (with no record) as an older version wrote it: never checked. */
export function isOutputSheet(snapshot: WorkbookSnapshot, sheet: SheetSnapshot): boolean {
  if (snapshot.owned?.sheets.includes(sheet.name)) return true;
  return unrecordedOutputRole(sheet.name, firstRow(sheet)) !== null;
}

/** The sheets a check looks at: all but Concordat's output, the settings sheet and the accepted sheet. */
export function sheetsToCheck(snapshot: WorkbookSnapshot): SheetSnapshot[] {
  const settings = SETTINGS_SHEET.toLowerCase();
  return userView(snapshot).sheets.filter((s) => s.name.toLowerCase() !== settings && !isAcceptedSheetName(s.name));
}

/** The snapshot without Concordat's recorded output: its sheets dropped, its flags columns emptied. */
function userView(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const columns = snapshot.owned?.flagColumns ?? [];
  const sheets = snapshot.sheets
    .filter((sheet) => !isOutputSheet(snapshot, sheet))
    .map((sheet) => {
      const mine = columns.filter((c) => c.sheet === sheet.name);
      if (mine.length === 0) return sheet;
      const values = sheet.values.map((row, r) => {
        const rowNumber = sheet.originRow + r;
        const hit = mine.filter((c) => rowNumber >= c.headerRow && row[c.column - sheet.originCol] !== undefined);
        if (hit.length === 0) return row;
        const copy = row.slice();
        for (const c of hit) copy[c.column - sheet.originCol] = null;
        return copy;
      });
      return { ...sheet, values };
    });
  return { sheets, date1904: snapshot.date1904 };
}
