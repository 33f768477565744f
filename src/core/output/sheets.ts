/**
 * The report and log sheets: their columns in order, each with its header and width (characters,
 * widths.ts), and how a report row links to its cell. Both hosts write exactly these.
 *
 * The link is a real hyperlink to a place in this workbook (`'Sheet'!E5`), not a HYPERLINK
 * formula: the checked copy then carries no formula at all (nothing in it is ever evaluated), the
 * link works whatever the calculation mode and survives LibreOffice and PDF export as a link. The
 * command line writes it as a sheet's `<hyperlink location>`, the add-in as `range.hyperlink`'s
 * `documentReference` (ExcelApi 1.7, which the manifest requires).
 */
import type { LogRow, ReportRow } from '../flagplan';
import { SEVERITY_WORDS } from '../findings';

export interface OutputColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Long text: wrapped, so a row grows to fit it instead of running under its neighbours. */
  wrap: boolean;
}

export const REPORT_COLUMNS: readonly OutputColumn[] = [
  { header: 'Severity', width: 9, wrap: false },
  { header: 'Rule', width: 22, wrap: true },
  { header: 'Sheet', width: 14, wrap: true },
  { header: 'Cell', width: 7, wrap: false },
  { header: 'Column', width: 16, wrap: true },
  { header: 'Value', width: 16, wrap: true },
  { header: 'Message', width: 55, wrap: true },
  { header: 'How to fix', width: 40, wrap: true },
  { header: 'Since last check', width: 30, wrap: true },
  { header: 'Accepted', width: 30, wrap: true },
];

export const LOG_COLUMNS: readonly OutputColumn[] = [
  { header: 'Run at', width: 24, wrap: false },
  { header: 'As of', width: 12, wrap: false },
  { header: 'Rule packs', width: 36, wrap: true },
  { header: 'Rules and profile hash (SHA-256)', width: 68, wrap: false },
  { header: 'Errors', width: 8, wrap: false },
  { header: 'Warnings', width: 10, wrap: false },
  { header: 'Notes', width: 8, wrap: false },
  { header: 'Sheets checked', width: 14, wrap: false },
  { header: 'Last check (as of)', width: 17, wrap: false },
  { header: 'New', width: 7, wrap: false },
  { header: 'Resolved', width: 9, wrap: false },
  { header: 'Still open', width: 10, wrap: false },
  { header: 'Accepted', width: 10, wrap: false },
];

export const REPORT_HEADERS: readonly string[] = REPORT_COLUMNS.map((c) => c.header);
export const LOG_HEADERS: readonly string[] = LOG_COLUMNS.map((c) => c.header);

/** A report row's cells in REPORT_COLUMNS order. */
export function reportRowCells(r: ReportRow): string[] {
  return [
    SEVERITY_WORDS[r.severity][0],
    r.ruleId,
    r.sheet,
    r.address,
    r.header,
    r.value,
    r.message,
    r.hint,
    r.change,
    r.acceptance,
  ];
}

/** Index (from 0) of the report's Cell column, whose cells link to the flagged cell. */
export const REPORT_LINK_COLUMN = REPORT_HEADERS.indexOf('Cell');

/** A log row's cells in LOG_COLUMNS order. */
export function logRowCells(log: LogRow): (string | number)[] {
  return [
    log.ranAt,
    log.asOf,
    log.packs.join(', '),
    log.rulesHash,
    log.errors,
    log.warnings,
    log.infos,
    log.sheetsChecked,
    // The first check says so, and leaves the counts of changes blank rather than calling everything new.
    log.lastCheckAsOf ?? 'first check',
    log.changes?.new ?? '',
    log.changes?.resolved ?? '',
    log.changes?.stillOpen ?? '',
    log.accepted,
  ];
}

/** A sheet name as a reference writes it: always quoted, apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Where a report row's link goes: the flagged cell, as a place in this workbook (`'Plan'!E5`). */
export function cellLinkTarget(sheet: string, address: string): string {
  return `${sheetLinkPrefix(sheet)}${address}`;
}

/** A link target up to the cell's address (`'Plan'!`): the same for every row of a sheet. */
export function sheetLinkPrefix(sheet: string): string {
  return `${quoteSheetName(sheet)}!`;
}

/** Height of one line of text in a row (Calibri 11's default row), in points. */
export const LINE_POINTS = 15;

/**
 * How many lines a row of cells needs, its long texts wrapped in their columns: a spreadsheet
 * opening a file does not size rows itself, so the command line writes each row's height. A line
 * of text holds about 1.2 characters a unit of width (most letters are narrower than the digits
 * widths are measured in); one is kept to spare, for a wider font standing in for Calibri.
 */
export function rowLines(cells: readonly unknown[], columns: readonly OutputColumn[]): number {
  let lines = 1;
  columns.forEach((column, i) => {
    const text = cells[i];
    if (!column.wrap || typeof text !== 'string') return;
    const perLine = Math.max(1, Math.floor(column.width * 1.2) - 1);
    // Most texts are one paragraph: only those with line breaks are split.
    const needed = text.includes('\n')
      ? text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0)
      : Math.max(1, Math.ceil(text.length / perLine));
    lines = Math.max(lines, needed);
  });
  return lines;
}
