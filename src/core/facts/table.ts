/**
 * The table itself as a subject: which columns the checks rely on are absent, so that an absent
 * column is said once, as a note on the header row, rather than as a finding on every row.
 */
import type { Table } from '../tables/types';
import { cellAt, headerOf } from '../tables/types';
import { columnLetters } from '../snapshot';
import { cellText } from '../parse/text';
import type { LogicalColumn } from '../tables/columns';
import type { Subject } from './subject';

/** Columns whose absence turns checks off, each with whether the table lacks it. */
function expectedColumns(table: Table): [LogicalColumn, boolean][] {
  const c = table.columns;
  // (A list read for its numbering alone asks nothing of anyone: no column is missed.)
  if (table.rows.length === 0) return [];
  if (table.kind === 'action-plan') {
    return [
      // (Headings over the items may name who acts, or the date each falls due, in place of a column.)
      ['owner', !c.owner && !table.headingOwners],
      ['deadline', !c.deadline && !c.revisedDeadline && !table.groupDates],
    ];
  }
  const tracker = c.target !== undefined || c.achieved !== undefined;
  return [
    ['owner', tracker && !c.owner],
    ['year', tracker && !c.year && !table.contextYear],
  ];
}

export function tableSubject(table: Table): Subject | null {
  const absent = expectedColumns(table)
    .filter(([, missing]) => missing)
    .map(([column]) => column);
  if (absent.length === 0) return null;
  return {
    kind: 'table',
    sheet: table.sheet.name,
    row: table.headerRow,
    anchors: { default: { column: table.firstColumn, header: '' } },
    facts: {
      tableKind: table.kind,
      absentColumns: absent,
      absentCount: absent.length,
      repeatedHeader: null,
      repeatedColumns: [],
      repeatedCount: 0,
      yearSlip: null,
      yearText: null,
      yearExpected: null,
    },
  };
}

/** "2017 to 2018", "2016/17", "1995–96": a year or a financial year in a heading. */
const PERIOD = /(?:19|20)\d\d(?:\s*(?:[/–-]|to)\s*(?:19|20)?\d\d)?/;

/**
 * Two columns of figures headed by the same year and the same words ("2016/17 £'000" twice, the
 * next year's heading left as last year's) but holding different figures: one of the headings
 * is wrong, and a reader cannot tell which year each column is. Said once, on the header row that
 * prints the year.
 */
export function repeatedPeriodSubject(table: Table): Subject | null {
  const items = table.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  // Each column of figures headed by a year: its heading, its unit aside ("£000" printed over the
  // last column alone is the whole table's), and the rest of its words without the year.
  const headed: { column: number; header: string; rest: string }[] = [];
  for (let column = table.firstColumn; column <= table.lastColumn; column++) {
    const figures = items.filter((row) => typeof cellAt(table.sheet, row, column) === 'number').length;
    const header = headerOf(table, column).toLowerCase().replace(UNIT, ' ').replace(/\s+/g, ' ').trim();
    // (A price base, "at 1991–92 prices", is the year the figures are restated at, not theirs.)
    if (figures < MIN_FIGURES || !PERIOD.test(header) || PRICE_BASE.test(header)) continue;
    headed.push({
      column,
      header,
      rest: header.replace(PERIOD, ' ').replace(NOTE_MARKS, ' ').replace(/\s+/g, ' ').trim(),
    });
  }
  // (Only a run of years headed alike, "1994–95 | 1995–96 | 1995–96": where the words differ, or
  // the same year heads blocks of columns of their own, "Cash | 1991–92 prices" under each, a
  // year printed twice is no slip.)
  if (headed.length < 2 || headed.some((h) => h.rest !== headed[0].rest)) return null;
  const at = headed.findIndex((h, i) => i > 0 && h.header === headed[i - 1].header);
  if (at < 0) return null;
  const [first, second] = [headed[at - 1].column, headed[at].column];
  // (The same figures twice are one column printed again, not two years.)
  if (items.every((row) => cellAt(table.sheet, row, first) === cellAt(table.sheet, row, second))) return null;
  return {
    kind: 'table',
    sheet: table.sheet.name,
    row: periodRow(table, first),
    anchors: { default: { column: second, header: headerOf(table, second) } },
    facts: {
      tableKind: table.kind,
      absentColumns: [],
      absentCount: 0,
      repeatedHeader: headerOf(table, first).trim(),
      repeatedColumns: [columnLetters(first), columnLetters(second)],
      repeatedCount: 2,
      yearSlip: null,
      yearText: null,
      yearExpected: null,
    },
  };
}

/** "1985–86*", "2001–02³,⁴", "1993–94<1>": a note's mark on a heading, no word of it. */
const NOTE_MARKS = /[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|<\d{1,2}>|\(\d{1,2}\)/g;

/** "£000", "£'000", "£m", "£k", "£": a unit of money in a heading. */
const UNIT = /\(?£\s*(?:'?000s?|m|k|bn)?\)?/g;

/** "at 1991–92 prices", "1993–94 prices": the year a column's figures are restated at. */
const PRICE_BASE = /\bprices\b/;

/** Figures a column needs before its heading is held to the year it names. */
const MIN_FIGURES = 3;

/** The header row that prints a column's year (the last header row where none does). */
function periodRow(table: Table, column: number): number {
  for (let row = table.firstHeaderRow; row <= table.headerRow; row++)
    if (PERIOD.test(cellText(cellAt(table.sheet, row, column)))) return row;
  return table.headerRow;
}
