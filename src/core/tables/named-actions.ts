/**
 * Actions listed with no header, each a sentence with who acts in a short cell beside it
 * ("Carol to review the subgroups and bring back proposals | Carol"), where the sentence itself
 * names the one who acts on most lines: an action sheet whose headings the copy lost.
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { LogicalColumn } from './columns';
import type { Table } from './types';
import { textAt } from './layout';
import { columnNote, lineItemsTable } from './line-items';

/** "1.", "12", "3)": an action's number in a cell of its own. */
const NUMBER = /^\s*\d{1,3}[.)]?\s*$/;
/** The fewest words of an action's sentence. */
const SENTENCE_WORDS = 5;
/** The most words a cell naming who acts runs to ("Stephanie Scoffield And Val"). */
const WHO_WORDS = 4;
/** Lines a sheet needs, and lines whose sentence names who the cell beside it names. */
const MIN_LINES = 3;
const MIN_NAMED = 3;

const words = (t: string) => t.trim().split(/\s+/).filter(Boolean);

/** "Jo/Lorraine", "Janet Dowdell/ Bethan Hudson": capitalised names, one or several, and nothing else. */
function whoCell(text: string): string[] | null {
  const parts = text
    .split(/\s*(?:\/|,|&|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || words(text).length > WHO_WORDS) return null;
  return parts.every((p) => /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?$/.test(p)) ? parts : null;
}

interface Line {
  row: number;
  number: number | null;
  action: number;
  who: number;
  named: boolean;
}

/** Each line's number, sentence and who acts beside it, where the line has that shape. */
function lineOf(sheet: SheetSnapshot, row: number): Line | null {
  const cells: [number, string][] = [];
  const values = sheet.values[row - sheet.originRow] ?? [];
  values.forEach((v, i) => {
    const t = v === null ? '' : String(v).trim();
    if (t) cells.push([sheet.originCol + i, t]);
  });
  let k = 0;
  const number = cells[0] && NUMBER.test(cells[0][1]) ? cells[k++][0] : null;
  const sentence = cells[k];
  if (!sentence || words(sentence[1]).length < SENTENCE_WORDS) return null;
  const beside = cells[k + 1];
  const people = beside && beside[0] === sentence[0] + 1 ? whoCell(beside[1]) : null;
  const firstNames = (people ?? []).map((p) => p.split(/\s+/)[0].toLowerCase());
  const said = words(sentence[1].toLowerCase().replace(/[^\p{L}\s]/gu, ' '));
  return {
    row,
    number,
    action: sentence[0],
    who: sentence[0] + 1,
    named: firstNames.some((n) => said.includes(n)),
  };
}

/** An action sheet with no header, read as an action plan; null where the sheet is none. */
export function namedActionLines(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  let best: Line[] = [];
  let run: Line[] = [];
  const close = () => {
    if (run.filter((l) => l.named).length > best.filter((l) => l.named).length) best = run;
    run = [];
  };
  for (let r = sheet.originRow; r <= lastRow; r++) {
    const line = lineOf(sheet, r);
    const fits =
      line !== null && (run.length === 0 || (line.action === run[0].action && line.number === run[0].number));
    if (!fits) close();
    if (line) run.push(line);
  }
  close();
  const named = best.filter((l) => l.named).length;
  if (best.length < MIN_LINES || named < MIN_NAMED || named * 2 < best.length) return null;
  const { action, who, number } = best[0];
  // ("Project Title | Wards" over the lines: the sheet has its headings, and names places, not who acts.)
  const above = best[0].row - 1;
  if (textAt(sheet, above, action).trim() && textAt(sheet, above, who).trim()) return null;
  const items = new Map<number, Map<LogicalColumn, number>>();
  for (const l of best) {
    const fields = new Map<LogicalColumn, number>([
      ['action', l.row],
      ['owner', l.row],
    ]);
    if (number !== null) fields.set('id', l.row);
    items.set(l.row, fields);
  }
  const first = number ?? action;
  return lineItemsTable(sheet, {
    headerRow: best[0].row - 1,
    firstColumn: first,
    lastColumn: who,
    lastRow: best[best.length - 1].row,
    columns: {
      action: { column: action, header: '' },
      owner: { column: who, header: '' },
      ...(number !== null ? { id: { column: number, header: '' } } : {}),
    },
    items,
    kindReason: 'actions with no header, each naming who acts beside it, most naming them in their words too',
    columnReadings: [
      ...(number !== null ? [columnNote(number, '', 'id', "each action's number")] : []),
      columnNote(action, '', 'action', 'a sentence on each line'),
      columnNote(who, '', 'owner', `${named} of ${best.length} lines name in their words who this column names`),
    ],
    skippedRows: [],
  });
}
