/**
 * The last check's history (since.ts) as rows of Concordat's record, below the record's own rows
 * (owned-record.ts) with a checksum of their own: the history says what changed, never what is
 * Concordat's to clear, so a history that does not check out is set aside (the check then counts
 * as a first) rather than refused. Both hosts write these rows after the rest of their output.
 *
 *   history  <format 1>    <SHA-256 of the rows below>  <ran at>  <as of>
 *   open     <fingerprint> <first seen>  <severity>  <rule id>  <sheet>  <where>  <column header>
 */
import { isAsOfDate } from './as-of';
import { isIsoShaped } from './parse/calendar';
import { SEVERITIES, type Severity } from './findings';
import { EXCEL_SHEET_NAME_CHARS } from './owned-names';
import type { RecordCell } from './owned-record';
import { sha256Hex } from './sha256';
import type { CheckHistory, OpenFinding } from './since';

/** First cell of the row that starts the history. */
export const HISTORY_KIND = 'history';
const HISTORY_VERSION = 1;
const OPEN_KIND = 'open';
const FINGERPRINT = /^[0-9a-f]{16}$/;
/** A timestamp after its date (toISOString's form): "T09:00:00.000Z". */
const TIME_OF_DAY = /^T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const isTimestamp = (text: string): boolean => isIsoShaped(text.slice(0, 10)) && TIME_OF_DAY.test(text.slice(10));
/** Longest text a history row holds in one cell (a label is clipped long before this). */
const MAX_TEXT = 1_000;

type Hash = (text: string) => string;

function checksum(ranAt: string, asOf: string, rows: RecordCell[][], hash: Hash): string {
  return hash(JSON.stringify([HISTORY_KIND, HISTORY_VERSION, ranAt, asOf, rows]));
}

function openRows(open: readonly OpenFinding[]): RecordCell[][] {
  return open.map((o) => {
    const row: RecordCell[] = [OPEN_KIND, o.fingerprint, o.firstSeen, o.severity, o.ruleId, o.sheet, o.where];
    // Trailing blanks are not kept (the record's rows are compared without them).
    if (o.column !== '') row.push(o.column);
    return row;
  });
}

/** The history as rows for the record's sheet, its heading row first. */
export function formatHistory(history: CheckHistory, hash: Hash = sha256Hex): RecordCell[][] {
  const rows = openRows(history.open);
  return [
    [HISTORY_KIND, HISTORY_VERSION, checksum(history.ranAt, history.asOf, rows, hash), history.ranAt, history.asOf],
    ...rows,
  ];
}

class HistoryProblem extends Error {}

function text(value: RecordCell, row: number, what: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.length > max) throw new HistoryProblem(`row ${row} has no ${what}`);
  return value;
}

function parseOpen(cells: RecordCell[], row: number): OpenFinding {
  const [kind, fingerprint, firstSeen, severity, ruleId, sheet, where, column] = cells;
  if (kind !== OPEN_KIND) throw new HistoryProblem(`row ${row} is of no kind Concordat writes`);
  if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint))
    throw new HistoryProblem(`row ${row} has no fingerprint`);
  if (typeof firstSeen !== 'string' || !isAsOfDate(firstSeen)) throw new HistoryProblem(`row ${row} has no date`);
  if (!SEVERITIES.includes(severity as Severity)) throw new HistoryProblem(`row ${row} has no severity`);
  return {
    fingerprint,
    firstSeen,
    severity: severity as Severity,
    ruleId: text(ruleId, row, 'rule id'),
    sheet: text(sheet, row, 'sheet name', EXCEL_SHEET_NAME_CHARS),
    where: text(where, row, 'row name'),
    column: column === null || column === undefined ? '' : text(column, row, 'column header'),
  };
}

/**
 * The history in the record's rows from its heading on (`first` is that row's number in the
 * sheet, for messages), checked; a problem says what did not match.
 */
export function parseHistory(
  rows: RecordCell[][],
  first: number,
  hash: Hash = sha256Hex,
): { history: CheckHistory } | { problem: string } {
  const [[, version, sum, ranAt, asOf] = [], ...body] = rows;
  try {
    if (version !== HISTORY_VERSION)
      throw new HistoryProblem(`is format ${String(version)}, which this version of Concordat does not know`);
    if (typeof ranAt !== 'string' || !isTimestamp(ranAt) || typeof asOf !== 'string' || !isAsOfDate(asOf))
      throw new HistoryProblem(`row ${first} does not say when the last check ran`);
    if (sum !== checksum(ranAt, asOf, body, hash))
      throw new HistoryProblem('does not match its checksum: it was edited after Concordat wrote it');
    return { history: { ranAt, asOf, open: body.map((cells, i) => parseOpen(cells, first + 1 + i)) } };
  } catch (err) {
    if (err instanceof HistoryProblem) return { problem: err.message };
    throw err;
  }
}
