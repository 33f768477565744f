/**
 * Items printed as records rather than rows, as democracy systems print forward plans: each item's
 * number and title on one line, then one "Label: value" line a field ("Decision due: 20 July
 * 2017", "Lead officer: Ann McIntyre"). Read as a table whose columns are the labels, with each
 * item's fields read (and flagged) on their own lines. An item with no lead officer line has
 * no lead officer; one with no deadline or status line was given none to meet or report.
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { LogicalColumn } from './columns';
import { headerWords } from './header-words';
import { textAt } from './layout';
import type { TableReader } from './reader';
import type { ColumnRef, Table } from './types';
import { cellAt } from './types';
import { columnNote, lineItemsTable } from './line-items';
import { parseDate } from '../parse/dates';

/** "Decision due:", "Lead officer:": a field's label alone in its cell. */
const LABEL = /^([^:]{2,60}):$/;
/** Fewer items than this are a form, not a list of items. */
const MIN_RECORDS = 3;
/** What a record's field may say about an action. */
const FIELD_MEANINGS: readonly LogicalColumn[] = [
  'owner',
  'deadline',
  'revisedDeadline',
  'completedDate',
  'status',
  'priority',
  'progress',
];
const CONFIDENT = 0.8;

interface RecordItem {
  title: number;
  /** Each label's line, by the label as written. */
  fields: Map<string, number>;
  last: number;
}

/** The column holding most label cells ("Decision due:"), if it holds enough for a list of items. */
function labelColumn(sheet: SheetSnapshot): number | null {
  const counts = new Map<number, number>();
  sheet.values.forEach((row) => {
    row.forEach((v, i) => {
      if (typeof v === 'string' && LABEL.test(v.trim())) {
        const c = sheet.originCol + i;
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    });
  });
  let best: number | null = null;
  for (const [c, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = c;
  return best !== null && (counts.get(best) ?? 0) >= 2 * MIN_RECORDS ? best : null;
}

/** The column the labels' values stand in: the next one, or past an empty spacer column. */
function valueColumn(sheet: SheetSnapshot, items: RecordItem[], column: number): number {
  const counts = new Map<number, number>();
  for (const item of items)
    for (const row of item.fields.values())
      for (let c = column + 1; c <= column + 3; c++)
        if (cellAt(sheet, row, c) !== null) {
          counts.set(c, (counts.get(c) ?? 0) + 1);
          break;
        }
  let best = column + 1;
  for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** Nothing in the row left of `column`. */
function emptyLeftOf(sheet: SheetSnapshot, row: number, column: number): boolean {
  for (let c = sheet.originCol; c < column; c++) if (cellAt(sheet, row, c) !== null) return false;
  return true;
}

function filledCells(sheet: SheetSnapshot, row: number): number {
  return (sheet.values[row - sheet.originRow] ?? []).filter((v) => v !== null).length;
}

/** Items and their fields: a title line, then label lines (and a value run onto the next line). */
function readRecords(sheet: SheetSnapshot, column: number): { items: RecordItem[]; headings: number[] } {
  const items: RecordItem[] = [];
  const headings: number[] = [];
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const isLabel = (r: number) => emptyLeftOf(sheet, r, column) && LABEL.test(textAt(sheet, r, column));
  let current: RecordItem | null = null;
  for (let r = sheet.originRow; r <= lastRow; r++) {
    const filled = filledCells(sheet, r);
    if (filled === 0) continue;
    if (isLabel(r)) {
      if (current) {
        current.fields.set(textAt(sheet, r, column).replace(/:$/, '').trim(), r);
        current.last = r;
      }
      continue;
    }
    // "No" under "Explanation of anticipated restriction:": the value run onto the next line.
    if (current && current.last === r - 1 && emptyLeftOf(sheet, r, column) && filled <= 2) {
      current.last = r;
      continue;
    }
    if (isLabel(r + 1)) {
      current = { title: r, fields: new Map(), last: r };
      items.push(current);
    } else {
      // A portfolio's name over its items, or anything else between them.
      headings.push(r);
      current = null;
    }
  }
  return { items: items.filter((i) => i.fields.size > 0), headings };
}

/** What each label says, read as a header would be; only the fields an action plan checks. */
function fieldMeanings(
  reader: TableReader,
  sheet: SheetSnapshot,
  items: RecordItem[],
  values: number,
): Map<LogicalColumn, string> {
  const labels = new Set<string>();
  for (const item of items) for (const label of item.fields.keys()) labels.add(label);
  const chosen = new Map<LogicalColumn, { label: string; score: number }>();
  const deadlines: string[] = [];
  for (const label of labels) {
    let meaning: LogicalColumn | undefined;
    let score = 0;
    // "Decision: 19/04/2024" once decided, beside others' "Decision due:": the date it was done.
    if (/^decision$/i.test(label) && datedLabel(sheet, items, label, values)) [meaning, score] = ['completedDate', 1];
    else {
      const top = reader.vocabulary.read(headerWords(label, reader.partnerWords))[0];
      if (top && FIELD_MEANINGS.includes(top.meaning as LogicalColumn) && top.score >= CONFIDENT)
        [meaning, score] = [top.meaning as LogicalColumn, top.score];
    }
    if (!meaning) continue;
    if (meaning === 'deadline') deadlines.push(label);
    const seen = chosen.get(meaning);
    if (!seen || score > seen.score) chosen.set(meaning, { label, score });
  }
  const out = new Map<LogicalColumn, string>();
  for (const [meaning, { label }] of chosen) out.set(meaning, label);
  // "Originally due" beside "Decision due": the first is the deadline, the second its revision.
  const original = deadlines.find((l) => /\borigin/i.test(l));
  const current = deadlines.find((l) => l !== original);
  if (original && current && !out.has('revisedDeadline')) {
    out.set('deadline', original);
    out.set('revisedDeadline', current);
  }
  return out;
}

/** Most of the label's values are dates. */
function datedLabel(sheet: SheetSnapshot, items: RecordItem[], label: string, values: number): boolean {
  let dated = 0;
  let seen = 0;
  for (const item of items) {
    const row = item.fields.get(label);
    if (row === undefined) continue;
    seen += 1;
    if (parseDate(cellAt(sheet, row, values), { date1904: false }).kind === 'date') dated += 1;
  }
  return seen > 0 && dated / seen >= 0.5;
}

/** The leftmost column of the item lines that holds their numbers ("1.", "2."), if any. */
function numberColumn(sheet: SheetSnapshot, items: RecordItem[], column: number): number | null {
  for (let c = sheet.originCol; c < column; c++) {
    const numbered = items.filter((i) =>
      /^\s*\d{1,3}[.)]?\s*$/.test(textAt(sheet, i.title, c) || String(cellAt(sheet, i.title, c) ?? '')),
    );
    if (numbered.length >= items.length / 2) return c;
  }
  return null;
}

/** The column of the items' titles: the first filled after their numbers, on most title lines. */
function titleColumnOf(sheet: SheetSnapshot, items: RecordItem[], idColumn: number | null, column: number): number {
  const counts = new Map<number, number>();
  for (const item of items)
    for (let c = (idColumn ?? sheet.originCol - 1) + 1; c <= column; c++)
      if (textAt(sheet, item.title, c)) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
        break;
      }
  let best = column;
  for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** A sheet of items printed as records, read as an action plan; null when the sheet is not one. */
export function recordTable(sheet: SheetSnapshot, reader: TableReader): { table: Table; reading: TableReading } | null {
  const column = labelColumn(sheet);
  if (column === null) return null;
  const { items, headings } = readRecords(sheet, column);
  if (items.length < MIN_RECORDS) return null;
  const values = valueColumn(sheet, items, column);
  const meanings = fieldMeanings(reader, sheet, items, values);
  const has = (m: LogicalColumn) => {
    const label = meanings.get(m);
    return label !== undefined && items.filter((i) => i.fields.has(label)).length >= items.length / 2;
  };
  if (!has('owner') && !has('deadline') && !has('revisedDeadline')) return null;

  const first = items[0].title;
  const headerRow = first - 1;
  const idColumn = numberColumn(sheet, items, column);
  const titleColumn = titleColumnOf(sheet, items, idColumn, column);
  const header = (c: number) => (headerRow >= sheet.originRow ? textAt(sheet, headerRow, c) : '');
  const columns: Partial<Record<LogicalColumn, ColumnRef>> = {
    action: { column: titleColumn, header: header(titleColumn) },
  };
  if (idColumn !== null) columns.id = { column: idColumn, header: header(idColumn) };
  const fields = new Map<LogicalColumn, string>();
  for (const [meaning, label] of meanings) {
    columns[meaning] = { column: values, header: label };
    fields.set(meaning, label);
  }
  const recordFields = new Map<number, Map<LogicalColumn, number>>();
  for (const item of items) {
    const at = new Map<LogicalColumn, number>();
    for (const [meaning, label] of fields) {
      const row = item.fields.get(label);
      if (row !== undefined) at.set(meaning, row);
    }
    // An item with no "Originally due" line: its "Decision due" is its deadline, not a revision.
    const revised = at.get('revisedDeadline');
    if (!at.has('deadline') && revised !== undefined) {
      at.set('deadline', revised);
      at.delete('revisedDeadline');
    }
    // "Originally due: 1 July" and "Decision: 19 July": the date it came to be decided is the one
    // the decision moved to.
    const decided = at.get('completedDate');
    const fromOriginal = at.has('deadline') && /\borigin/i.test(fields.get('deadline') ?? '');
    if (decided !== undefined && fromOriginal && !at.has('revisedDeadline')) at.set('revisedDeadline', decided);
    recordFields.set(item.title, at);
  }
  const firstColumn = idColumn ?? titleColumn;
  // (A loop, not a spread: a sheet may hold more items than a call takes arguments.)
  const lastRow = items.reduce((last, i) => Math.max(last, i.last), first);
  const fieldReadings = [...fields].map(([meaning, label]) => {
    const on = items.filter((i) => i.fields.has(label)).length;
    return columnNote(values, label, meaning, `label '${label}:' on ${on} of ${items.length} items`);
  });
  return lineItemsTable(sheet, {
    headerRow,
    firstColumn,
    lastColumn: values,
    lastRow,
    columns,
    items: recordFields,
    kindReason: `items printed as records, a 'Label: value' line a field (${[...fields.keys()].join(', ')})`,
    columnReadings: [
      ...(idColumn === null
        ? []
        : [columnNote(idColumn, header(idColumn), 'id', "the number on each item's first line")]),
      columnNote(titleColumn, header(titleColumn), 'action', "each item's title, on its first line"),
      ...fieldReadings,
    ],
    skippedRows: headings
      .filter((r) => r > first && r < lastRow)
      .map((r) => ({ row: r, reason: 'section heading' as const, text: firstText(sheet, r).slice(0, 80) })),
  });
}

/** A line's first words, wherever they start. */
function firstText(sheet: SheetSnapshot, row: number): string {
  const cells = sheet.values[row - sheet.originRow] ?? [];
  for (let i = 0; i < cells.length; i++) {
    const t = textAt(sheet, row, sheet.originCol + i);
    if (t) return t;
  }
  return '';
}
