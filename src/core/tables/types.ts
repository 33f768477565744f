/** A table Concordat found on a sheet: where its header is, what each column means, which rows are items. */
import type { CellValue, SheetSnapshot } from '../snapshot';
import { columnLetters } from '../snapshot';
import type { LogicalColumn } from './columns';
import type { YearPair } from './year-pairs';
import type { PlanPeriod } from '../parse/plan-years';
import type { StatedSum } from '../parse/stated-sums';
import type { YearTypo } from '../parse/year-typos';
import type { YearRunSlip } from './year-runs';
import { formatMoneyScale } from '../parse/money';
import { cellText } from '../parse/text';

/** `figures`: a table of figures with a totals row that is neither tracker: only its totals are checked. */
export type TableKind = 'action-plan' | 'savings' | 'figures';

export interface ColumnRef {
  /** Absolute 1-based column number. */
  column: number;
  /** Header text as written (line breaks collapsed). */
  header: string;
  /** For a field of an item printed as a record: the line it stands on, where a finding about it goes. */
  row?: number;
  /**
   * For ratings in column after column by period ("22/23 Q1" … "24/25 Q4"), of which this is the
   * latest: the earlier periods' columns, in order. A row with no rating now keeps its last one.
   */
  earlier?: number[];
}

/** One partner's columns on a wide savings tracker ("Bromsgrove share", "BDC £", "RBC caseload"). */
export interface PartnerColumns {
  name: string;
  share?: ColumnRef;
  /** The share column holds percentage points (64.4, 0.7), not fractions: its rows add up to 100. */
  sharePoints?: boolean;
  amount?: ColumnRef;
  driver?: ColumnRef;
}

/** A section heading is kept among the rows so subtotals know where their section starts. */
type RowKind = 'item' | 'total' | 'subtotal' | 'section';

export interface TableRow {
  /** Absolute 1-based Excel row number. */
  row: number;
  kind: RowKind;
}

export interface Table {
  sheet: SheetSnapshot;
  kind: TableKind;
  /** The last header row (the one right above the first body row) and the first, for a stacked header. */
  headerRow: number;
  firstHeaderRow: number;
  firstColumn: number;
  lastColumn: number;
  columns: Partial<Record<LogicalColumn, ColumnRef>>;
  /** Partners in the order the sheet (or the profile) names them. */
  partners: PartnerColumns[];
  /** Partner order for a one-cell split column, from its header ("Allocation SHDC/WDBC") or the profile. */
  splitPartners: string[];
  /** Money scale by absolute column: 1000 for a "£'000" header. */
  moneyScale: Map<number, number>;
  rows: TableRow[];
  /** One row per partner (a levy apportioned by population) rather than one column per partner. */
  partnerRows: boolean;
  /** For a table of figures: the columns its totals rows total (the money columns otherwise). */
  figureColumns?: ColumnRef[];
  /**
   * Other columns of money stand among the partners' ("WCC Adult Social Care £", "Parishes £"
   * beside each council's £): the partners' amounts are not the whole of the line total.
   */
  othersShareTotal?: boolean;
  /** A reserves statement's balances, each the one before it moved by the columns between: checked on each line. */
  balanceSteps?: BalanceStep[];
  /** "2007-08 | 2008-09 | % change": each line's percentage, the change from one figure to the other. */
  percentChanges?: PercentChange[];
  /** Columns each line's figure of which is one of its figures over another ("Funding per head"). */
  quotients?: Quotient[];
  /** Charges by council tax band: each band line's band, by row, and the columns holding each band's ninths of Band D. */
  bands?: { rows: ReadonlyMap<number, string>; columns: ColumnRef[] };
  /** Charges by council tax band across each line: each band column's band, by column. */
  bandsAcross?: ReadonlyMap<number, string>;
  /**
   * Figures year by year down the lines: each line's year, by row, and the columns of each year's
   * change (in per cent, or in the figures' own unit).
   */
  yearChanges?: { rows: ReadonlyMap<number, number>; pairs: { shown: ColumnRef; of: ColumnRef; absolute?: boolean }[] };
  /** A last column with no heading that totals each line across (a five-year total): checked as a line total. */
  acrossTotalColumn?: number;
  /** A plan and an actual for the year so far, beside the year's target and achieved figures. */
  toDate?: { target: ColumnRef; achieved: ColumnRef };
  /** Each year's target and its figure for the whole year, where a savings plan gives them year by year. */
  yearPairs?: readonly YearPair[];
  /** Each partner row's share, where it is printed in the partner's name ("Kent County Council (9%)"). */
  labelShares?: ReadonlyMap<number, number>;
  /** The heading row whose lead an action takes, by the action's row (a lead named once for a group). */
  groupLeads?: ReadonlyMap<number, number>;
  /**
   * The heading cell naming who acts on each item, by the item's row ("Clerk:", "Cllr Whitehead" over
   * the actions they took away), where a list of actions has no column for it. An item under no such
   * heading has no one named.
   */
  headingOwners?: ReadonlyMap<number, { row: number; column: number }>;
  /** The heading cell whose date each item falls due on, by the item's row (forward plans' date headings). */
  groupDates?: ReadonlyMap<number, { row: number; column: number }>;
  /**
   * For items printed as records ("Lead officer: Ann McIntyre" on a line of its own): by each item's
   * first line, the line of each of its fields. An item with no owner line has no owner; one with no
   * deadline or status line was given none.
   */
  recordFields?: ReadonlyMap<number, ReadonlyMap<LogicalColumn, number>>;
  /**
   * What a field says where its cell says more than the field: who acts, read from the words of a
   * minute ("ACTION: NB to speak to the owners"), by the item's row. The cell stays where it is read.
   */
  fieldTexts?: ReadonlyMap<LogicalColumn, ReadonlyMap<number, string>>;
  /** The column naming each line's type ("Gross Expenditure", "Gross Income"): totals add up their own type. */
  lineTypeColumn?: number;
  /** Each item's update printed on the row under it, by the item's row: its last cell is the update. */
  updateRows?: ReadonlyMap<number, number>;
  /** The years the plan runs over, where its title gives them ("2014/15 to 2016/17"): "Year 1" is then a date. */
  planPeriod?: PlanPeriod;
  /** The status column holds updates in words (no status column, so the updates stand for it). */
  statusIsUpdates?: boolean;
  /** The year the table is about when no column gives it: from a header, the title or the sheet name. */
  contextYear: string | null;
  /**
   * Rows of the table read as records, not items ("There were no declarations of interest",
   * minutes that ask nothing): their references are still the table's, so one used again is a slip.
   */
  recordRows?: readonly number[];
  /** The column of awards stated in words with their yearly parts ("£108,900 over three years (3 x £36,300)"). */
  breakdownColumn?: number;
  /** Sums stated as a share of another ("(20% of Leader's Allowance)"), by the line's row: the share and what it is of. */
  statedShares?: ReadonlyMap<number, ShareOf>;
  /** Sums sentences state of their own figures ("… plus £11,915 = Total £27,915"), by the line's row. */
  statedSums?: ReadonlyMap<number, StatedSum>;
  /** Years typed wrong on the sheet ("2014/14", "May 2106"), by row: the cell and what was probably meant. */
  yearTypos?: ReadonlyMap<number, { column: number; typo: YearTypo }>;
  /** Rows of year headings on the sheet, outside any table's header, whose years slip from their run, by row. */
  headedYearSlips?: ReadonlyMap<number, { column: number; slip: YearRunSlip }>;
  /** Figures typed with a letter for a digit among other figures on the sheet ("13,O16"), by row: their columns. */
  mistypedFigures?: ReadonlyMap<number, readonly number[]>;
  /** Minutes read only for a date they set ("… by 31 August 2008"): each is said only where that date has passed. */
  passedOnly?: ReadonlySet<number>;
}

/** A share stated for a line, the sum it is of, and the line that sum is on (null where the words give it). */
export interface ShareOf {
  share: number;
  base: number;
  baseRow: number | null;
  written: string;
}

/** The sheet's last column with anything in any row (counted row by row: a sheet may have a million). */
export function lastColumnOf(sheet: SheetSnapshot): number {
  let widest = 0;
  for (const row of sheet.values) if (row.length > widest) widest = row.length;
  return sheet.originCol + widest - 1;
}

/** Reads a cell of a table by absolute row and column; undefined columns read as null. */
export function cellAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  const r = sheet.values[row - sheet.originRow];
  if (!r) return null;
  const v = r[column - sheet.originCol];
  return v === undefined ? null : v;
}

export function formatAt(sheet: SheetSnapshot, row: number, column: number): string | null {
  const r = sheet.numberFormats?.[row - sheet.originRow];
  if (!r) return null;
  return r[column - sheet.originCol] ?? null;
}

/**
 * The scale of the money a cell holds: the unit its number format prints ("£85.2m"), else the
 * unit its column's header or the table's title gives ("£000"), else pounds.
 */
export function moneyScaleAt(table: Pick<Table, 'sheet' | 'moneyScale'>, row: number, column: number): number {
  return formatMoneyScale(formatAt(table.sheet, row, column)) ?? table.moneyScale.get(column) ?? 1;
}

/** A cell's number, or null where it holds none (text, a blank, an error). */
export function figureAt(sheet: SheetSnapshot, row: number, column: number): number | null {
  const v = cellAt(sheet, row, column);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The row's numeric cells as [column, value]. */
export function cellsOf(sheet: SheetSnapshot, row: number): [number, number][] {
  const values = sheet.values[row - sheet.originRow] ?? [];
  const out: [number, number][] = [];
  values.forEach((v, i) => {
    if (typeof v === 'number' && Number.isFinite(v)) out.push([i + sheet.originCol, v]);
  });
  return out;
}

/** A column's header as the sheet shows it, over every header row. */
export function headerOf(table: Pick<Table, 'sheet' | 'firstHeaderRow' | 'headerRow'>, column: number): string {
  const parts: string[] = [];
  for (let r = table.firstHeaderRow; r <= table.headerRow; r++) {
    const text = cellText(cellAt(table.sheet, r, column)).trim();
    if (text) parts.push(text);
  }
  return parts.join(' ');
}

/** A column as a message names it: its header, or "column G" where it has none. */
export function columnName(ref: ColumnRef): string {
  return ref.header.trim() || `column ${columnLetters(ref.column)}`;
}

/** A column of percentages, each line's change from the figure in `from` to the one in `to`. */
export interface PercentChange {
  shown: ColumnRef;
  from: ColumnRef;
  to: ColumnRef;
  /** 100 where the percentages are written as plain numbers ("-3.1" for -3.1%); 1 where formatted so. */
  scale: number;
}

/** A column of each line's figure in `over` divided by its figure in `under`, times `scale`. */
export interface Quotient {
  shown: ColumnRef;
  over: ColumnRef;
  under: ColumnRef;
  scale: number;
}

/** One step of a balance moved across a line: the balance before, the movements, the balance after. */
export interface BalanceStep {
  from: ColumnRef;
  /** Each movement, and whether its heading takes it out ("Use of reserves" printed positive). */
  moves: { ref: ColumnRef; out: boolean }[];
  to: ColumnRef;
}
