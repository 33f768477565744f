/**
 * A flag plan says what Concordat writes back into a workbook. Both hosts apply the same plan:
 * the file adapter (exceljs) and the Excel add-in adapter.
 */
import type { Severity } from './findings';

export interface SheetFlags {
  sheet: string;
  /** Column (1-based) that holds the flags: the first free column right of the table. */
  column: number;
  /** Row of the table's header; the flags header is written here. */
  headerRow: number;
  /** Flags header text (`Concordat flags`). */
  header: string;
  /** Flag text for rows headerRow+1 … headerRow+texts.length ('' where a row has no finding). */
  texts: string[];
  /** Cells to highlight, grouped by severity, as A1 addresses (single cells or ranges). */
  highlights: Record<Severity, string[]>;
}

export interface ReportRow {
  severity: Severity;
  ruleId: string;
  sheet: string;
  address: string;
  header: string;
  value: string;
  message: string;
  hint: string;
}

export interface LogRow {
  /** ISO timestamp of the run. */
  ranAt: string;
  asOf: string;
  /** "pack@version" for each rule pack used. */
  packs: string[];
  /** SHA-256 (hex) of the rule packs and profile used: the audit trail a committee paper can cite. */
  rulesHash: string;
  errors: number;
  warnings: number;
  infos: number;
  sheetsChecked: number;
}

export interface FlagPlan {
  sheets: SheetFlags[];
  report: ReportRow[];
  log: LogRow;
}

/** Highlight colours: Excel's own "light red / yellow fill with dark text" presets, and a pale blue for info. */
export const HIGHLIGHT_STYLE: Record<Severity, { fill: string; font: string }> = {
  error: { fill: 'FFC7CE', font: '9C0006' },
  warning: { fill: 'FFEB9C', font: '9C5700' },
  info: { fill: 'DDEBF7', font: '1F4E78' },
};

/**
 * Formula of the conditional-format rule that highlights flagged cells. It is always true, and the
 * marker string inside it is how both hosts recognise (and remove) Concordat's own rules without
 * touching the user's. Written without the leading '='.
 */
export function highlightFormula(severity: Severity): string {
  return `"concordat:${severity}"<>""`;
}

export const HIGHLIGHT_MARKER = '"concordat:';

export const REPORT_HEADERS = [
  'Severity',
  'Rule',
  'Sheet',
  'Cell',
  'Column',
  'Value',
  'Message',
  'How to fix',
] as const;

export const LOG_HEADERS = [
  'Run at',
  'As of',
  'Rule packs',
  'Rules and profile hash (SHA-256)',
  'Errors',
  'Warnings',
  'Info',
  'Sheets checked',
] as const;

/** A report row's cells in REPORT_HEADERS order: both hosts write them in this order. */
export function reportRowCells(r: ReportRow): string[] {
  return [r.severity, r.ruleId, r.sheet, r.address, r.header, r.value, r.message, r.hint];
}

/** Index of the report's Cell column, which each host turns into a link to the flagged cell. */
export const REPORT_CELL_COLUMN = REPORT_HEADERS.indexOf('Cell');

/** A log row's cells in LOG_HEADERS order. */
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
  ];
}

/** Marker written before each flag in the flags column. */
export const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/**
 * Text that a spreadsheet would take for a formula (starting =, +, -, @, tab or CR) gets a leading
 * apostrophe: Excel then stores it as text, and a CSV reader shows it rather than evaluating it.
 */
export function neutraliseFormulaText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
