/**
 * Reads the accepted sheet into acceptances, and every row Concordat cannot use into a problem
 * naming its cell: a bad row is reported (accepted.invalid), never ignored, and the finding it
 * meant to accept stays open until the row is put right.
 */
import { asOfFromText, isAsOfDate } from '../as-of';
import { parseDate } from '../parse/dates';
import { cellText, normaliseSpaces } from '../parse/text';
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../limits';
import type { SheetSnapshot } from '../snapshot';
import { columnNumber } from '../snapshot';
import { formatAt } from '../tables/types';
import type { AcceptanceEntry } from './sheet';
import { ACCEPTED_HEADERS } from './sheet';

/** One usable row of the accepted sheet: what Concordat writes, with its row, and no date where a person gave none. */
export interface Acceptance extends Omit<AcceptanceEntry, 'on'> {
  /** Row of the accepted sheet it is on. */
  row: number;
  /** YYYY-MM-DD, or null where the row gives none. */
  on: string | null;
}

/** A cell of the accepted sheet that makes its row unusable. */
export interface AcceptanceProblem {
  row: number;
  column: number;
  /** The column's header as the sheet has it. */
  header: string;
  /** What is wrong, as the finding's message says it. */
  problem: string;
}

/** What a row is checked against: the workbook's rule ids, and the tables each sheet has. */
export interface AcceptanceContext {
  ruleIds: ReadonlySet<string>;
  sheetNames: readonly string[];
  /** The tables' extents on each sheet (rows and columns, inclusive). */
  tables: readonly { sheet: string; firstRow: number; lastRow: number; firstColumn: number; lastColumn: number }[];
}

/** The sheet's columns by what they hold, in ACCEPTED_HEADERS order. */
export type AcceptedField = 'rule' | 'cell' | 'value' | 'reason' | 'by' | 'on' | 'until' | 'fingerprint';
type Field = AcceptedField;
export const ACCEPTED_FIELDS: readonly Field[] = [
  'rule',
  'cell',
  'value',
  'reason',
  'by',
  'on',
  'until',
  'fingerprint',
];

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

/**
 * `'Action plan'!E8`, `Savings!$B$4` → its sheet and address; null for anything else. Typed into
 * Excel, a leading apostrophe is taken as its quote prefix and not kept (`Action plan'!E8`): a
 * sheet name cannot end with one, so the closing quote alone still says where the name ends.
 */
export function parseCellReference(text: string): { sheet: string; address: string } | null {
  const m = /^\s*(?:'?((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*$/.exec(text);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim();
  const column = columnNumber(m[3]);
  const row = Number(m[4]);
  if (column > EXCEL_COLUMNS || row < 1 || row > EXCEL_ROWS) return null;
  return { sheet, address: `${m[3].toUpperCase()}${row}` };
}

function addressParts(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  return m ? { row: Number(m[2]), column: columnNumber(m[1]) } : { row: 0, column: 0 };
}

/** A date cell: a serial (typed into Excel) or a day written as the as-of date is. Null for none, undefined for no date. */
function dateOf(sheet: SheetSnapshot, row: number, column: number, date1904: boolean): string | null | undefined {
  const value = sheet.values[row - sheet.originRow]?.[column - sheet.originCol] ?? null;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  if (typeof value === 'number') {
    const d = parseDate(value, { date1904, numberFormat: formatAt(sheet, row, column) ?? 'yyyy-mm-dd' });
    return d.kind === 'date' && d.precision === 'day' && isAsOfDate(d.iso) ? d.iso : undefined;
  }
  return typeof value === 'string' ? (asOfFromText(value) ?? undefined) : undefined;
}

/**
 * The header row: the first row with Rule, Cell and Reason among its cells, and the column of each
 * heading it has (a person may reorder or leave out columns). Null when the sheet has none.
 */
export function acceptedLayout(sheet: SheetSnapshot): { row: number; columns: Map<Field, number> } | null {
  for (let i = 0; i < sheet.values.length; i++) {
    const columns = new Map<Field, number>();
    sheet.values[i].forEach((v, c) => {
      const field = ACCEPTED_FIELDS.find((f) => squash(cellText(v)) === f);
      if (field && !columns.has(field)) columns.set(field, sheet.originCol + c);
    });
    if (columns.has('rule') && columns.has('cell') && columns.has('reason'))
      return { row: sheet.originRow + i, columns };
  }
  return null;
}

const withinTable = (context: AcceptanceContext, sheet: string, address: string): boolean => {
  const { row, column } = addressParts(address);
  return context.tables.some(
    (t) =>
      t.sheet === sheet && row >= t.firstRow && row <= t.lastRow && column >= t.firstColumn && column <= t.lastColumn,
  );
};

export function readAcceptances(
  sheet: SheetSnapshot,
  date1904: boolean,
  context: AcceptanceContext,
): { acceptances: Acceptance[]; problems: AcceptanceProblem[] } {
  const acceptances: Acceptance[] = [];
  const problems: AcceptanceProblem[] = [];
  const header = acceptedLayout(sheet);
  if (!header) {
    if (sheet.values.some((r) => r.some((v) => cellText(v).trim() !== ''))) {
      problems.push({
        row: sheet.originRow,
        column: sheet.originCol,
        header: '',
        problem: `no header row: expected the headings ${ACCEPTED_HEADERS.join(', ')}`,
      });
    }
    return { acceptances, problems };
  }
  const headerText = new Map<Field, string>();
  for (const [field, column] of header.columns)
    headerText.set(field, cellText(sheet.values[header.row - sheet.originRow][column - sheet.originCol] ?? null));
  const sheetNames = new Map(context.sheetNames.map((n) => [n.toLowerCase(), n] as const));

  for (let row = header.row + 1; row < sheet.originRow + sheet.values.length; row++) {
    const text = (field: Field): string => {
      const column = header.columns.get(field);
      if (column === undefined) return '';
      return normaliseSpaces(cellText(sheet.values[row - sheet.originRow][column - sheet.originCol] ?? null));
    };
    if (ACCEPTED_FIELDS.every((f) => text(f) === '')) continue;
    const found: AcceptanceProblem[] = [];
    const problem = (field: Field, what: string) =>
      found.push({
        row,
        column: header.columns.get(field) ?? header.columns.get('rule')!,
        header: headerText.get(field) ?? field,
        problem: what,
      });

    const ruleId = text('rule');
    if (!ruleId) problem('rule', 'no rule id given');
    else if (!context.ruleIds.has(ruleId)) problem('rule', `"${ruleId}" is not a rule Concordat runs`);

    const cell = text('cell');
    const ref = cell ? parseCellReference(cell) : null;
    const sheetName = ref ? sheetNames.get(ref.sheet.toLowerCase()) : undefined;
    if (!cell) problem('cell', "no cell given: expected one such as 'Action plan'!E8");
    else if (!ref) problem('cell', `"${cell}" is not a cell such as 'Action plan'!E8`);
    else if (!sheetName) problem('cell', `${cell} names a sheet this workbook does not have`);
    else if (!withinTable(context, sheetName, ref.address))
      problem('cell', `${cell} is outside every table Concordat checks`);

    const reason = text('reason');
    if (!reason) problem('reason', 'no reason given: say why the finding is accepted');

    const dates: Partial<Record<'on' | 'until', string | null>> = {};
    for (const field of ['on', 'until'] as const) {
      const column = header.columns.get(field);
      const date = column === undefined ? null : dateOf(sheet, row, column, date1904);
      if (date === undefined) problem(field, `"${text(field)}" is not a date such as 2027-03-31 or 31/03/2027`);
      else dates[field] = date;
    }

    if (found.length > 0) {
      for (const p of found) problems.push(p);
      continue;
    }
    acceptances.push({
      row,
      ruleId,
      sheet: sheetName!,
      address: ref!.address,
      value: text('value'),
      reason,
      by: text('by'),
      on: dates.on ?? null,
      until: dates.until ?? null,
      fingerprint: text('fingerprint').toLowerCase(),
    });
  }
  return { acceptances, problems };
}
