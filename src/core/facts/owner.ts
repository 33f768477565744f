/** The owner facts an action-plan row and a savings line share: who is named, or why nobody is. */
import type { Table } from '../tables/types';
import type { OwnerParse } from '../parse/types';
import { cellText } from '../parse/text';
import { logicalCell } from './context';

/** Why a row names no owner; the rules' `owner.missing` words each differently. */
export type OwnerAbsence = 'no-column' | 'blank-cell' | 'names-nobody';

const NO_NAMES: readonly string[] = Object.freeze([]);

/** The row's own owner cell as written, trimmed. */
const writtenOwner = (table: Table, row: number): string => cellText(logicalCell(table, row, 'owner')).trim();

/** Why `owner` names nobody, from the row's own cell; null when it names someone. */
export function ownerAbsence(table: Table, row: number, owner: OwnerParse): OwnerAbsence | null {
  if (owner.kind !== 'blank') return null;
  if (!table.columns.owner) return 'no-column';
  return writtenOwner(table, row) ? 'names-nobody' : 'blank-cell';
}

/** What the owner cell says: as read, or where it names nobody ("TBC", 42) as the row's cell has it. */
export function ownerText(table: Table, row: number, owner: OwnerParse): string {
  if (owner.kind !== 'blank') return owner.text;
  return table.columns.owner ? writtenOwner(table, row) : '';
}

/** The people the cell names: one, several, or none for a body or a blank. */
export function ownerNames(owner: OwnerParse): readonly string[] {
  if (owner.kind === 'several') return owner.names;
  return owner.kind === 'person' ? [owner.name] : NO_NAMES;
}
