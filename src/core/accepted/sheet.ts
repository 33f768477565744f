/**
 * The `Concordat accepted` sheet: the findings an auditor and management agreed to accept, one a
 * row, on a visible sheet of the user's that anyone can read and edit. Concordat reads it on every
 * check and adds rows to it (the pane's Accept, `concordat accept`), but it is never Concordat's
 * output: it is not in the record, never cleared, and never checked as a table.
 */
import type { OutputColumn } from '../output/sheets';
import { cellLinkTarget } from '../output/sheets';
import type { Finding } from '../findings';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';

export const ACCEPTED_SHEET = 'Concordat accepted';

/** The sheet's columns, in the order Concordat writes them (a reader finds them by header, in any order). */
export const ACCEPTED_COLUMNS: readonly OutputColumn[] = [
  { header: 'Rule', width: 22, wrap: false },
  { header: 'Cell', width: 22, wrap: false },
  { header: 'Value', width: 24, wrap: true },
  { header: 'Reason', width: 50, wrap: true },
  { header: 'By', width: 18, wrap: false },
  { header: 'On', width: 12, wrap: false },
  { header: 'Until', width: 12, wrap: false },
  { header: 'Fingerprint', width: 18, wrap: false },
];

export const ACCEPTED_HEADERS: readonly string[] = ACCEPTED_COLUMNS.map((c) => c.header);

/** One acceptance as Concordat writes it: dates as YYYY-MM-DD text, so both hosts write the same cells. */
export interface AcceptanceEntry {
  ruleId: string;
  sheet: string;
  /** A1 address, upper case, no dollar signs. */
  address: string;
  /** The value it is accepted for, as the cell showed it. */
  value: string;
  reason: string;
  by: string;
  on: string;
  /** The last day it holds, or null for no end. */
  until: string | null;
  /** '' when none is known (a row typed by hand): the cell is matched instead. */
  fingerprint: string;
}

/** An entry's cells in ACCEPTED_COLUMNS order (ACCEPTED_FIELDS). */
export function acceptedRowCells(e: AcceptanceEntry): string[] {
  return [e.ruleId, cellLinkTarget(e.sheet, e.address), e.value, e.reason, e.by, e.on, e.until ?? '', e.fingerprint];
}

/** An entry from a finding: the value as the reports show it, and its fingerprint so it survives rows moving. */
export function entryFor(
  f: Pick<Finding, 'ruleId' | 'sheet' | 'address' | 'value' | 'fingerprint'>,
  given: { reason: string; by: string; on: string; until: string | null },
): AcceptanceEntry {
  return {
    ruleId: f.ruleId,
    sheet: f.sheet,
    address: f.address,
    value: f.value,
    fingerprint: f.fingerprint ?? '',
    ...given,
  };
}

/** The user's accepted sheet, found by its name in any case (it is theirs: there is no record of it). */
export function findAcceptedSheet(snapshot: Pick<WorkbookSnapshot, 'sheets'>): SheetSnapshot | undefined {
  const wanted = ACCEPTED_SHEET.toLowerCase();
  return snapshot.sheets.find((s) => s.name.toLowerCase() === wanted);
}

/** True for the accepted sheet's name. */
export function isAcceptedSheetName(name: string): boolean {
  return name.toLowerCase() === ACCEPTED_SHEET.toLowerCase();
}
