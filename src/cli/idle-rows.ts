/**
 * The rows of a sheet the flags patch need not tokenise again: rows whose own cells play no part
 * in the changes. The reader found where each starts and ends, so the patch cuts them out whole
 * and adds their flags (if any) before their end tags (package/sheet-patch.ts).
 */
import type { CellOp, IdleRow, SheetChanges } from './package/sheet-patch';
import type { SheetRow } from './read/sheet-read';
import type { ReadSheet } from './read/workbook-read';

/**
 * True when the row's own cells play no part in its changes: none, or only flags (not a header,
 * which takes its left neighbour's style) to the right of every cell it has, added at its end.
 */
function untouched(row: SheetRow, ops: ReadonlyMap<number, CellOp> | undefined): boolean {
  if (!ops) return true;
  let last = 0;
  for (const column of row.columns) if (column > last) last = column;
  for (const [column, op] of ops)
    if (column <= last || op.kind !== 'write' || (op.style !== 'flag' && op.style !== 'muted')) return false;
  return true;
}

/**
 * The rows the patch need not look into, when the reader read the part as it now stands. No raw
 * `<` stands inside a tag and no `>` inside an end tag, so a row's start tag begins at the last
 * `<` before its contents and its end tag ends at the first `>` after them.
 */
export function idleRows(sheet: ReadSheet, xml: string, changes: SheetChanges): IdleRow[] {
  if (sheet.source !== xml) return [];
  const idle: IdleRow[] = [];
  for (const row of sheet.rows) {
    if (row.contentStart < 0 || row.contentEnd <= row.contentStart || !untouched(row, changes.cells.get(row.number)))
      continue;
    const start = xml.lastIndexOf('<', row.contentStart - 1);
    const last = idle[idle.length - 1];
    if (start < 0 || (last && start < last.end)) return [];
    idle.push({
      start,
      end: xml.indexOf('>', row.contentEnd) + 1,
      endTag: row.contentEnd,
      number: row.number,
      xf: row.customFormat ? row.xf : undefined,
    });
  }
  return idle;
}
