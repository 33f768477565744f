/** Builds the flag plan: the flags column per table, highlights by severity, report rows and the log row. */
import type { Finding, Severity } from './findings';
import { SEVERITIES, SEVERITY_RANK, countFindings, isAccepted } from './findings';
import { compactCells, type CellAt } from './output/cell-ranges';
import type { FlagPlan, LogRow, ReportRow, SheetFlags } from './flagplan';
import type { Table } from './tables/types';
import { FLAGS_HEADER, acceptedFlagText, flagCellText, flagsColumn } from './output/flags-column';
import { acceptanceNote } from './accepted/wording';
import { freeName } from './owned-names';
import { EXCEL_MAX_CELL_CHARS, fitCell } from './limits';
import type { CheckHistory, OpenFinding, SinceLastCheck } from './since';
import { changeCell, resolvedCells } from './since';

/** What the plan writes into one cell: Excel's limit, less room for the apostrophe a host puts before formula-like text. */
const PLAN_CELL_CHARS = EXCEL_MAX_CELL_CHARS - 1;
const fit = (text: string): string => fitCell(text, PLAN_CELL_CHARS);

/** More than a sheet's columns: a cell's row and column as one number. */
const CELLS_A_ROW = 1 << 15;

/**
 * A sheet gets one flags column, right of all its tables, headed on its first table's header row:
 * the tables of a sheet are folded into one extent.
 */
function oneTablePerSheet(tables: Table[]): Table[] {
  const bySheet = new Map<string, Table>();
  for (const t of tables) {
    const seen = bySheet.get(t.sheet.name);
    if (!seen) bySheet.set(t.sheet.name, t);
    else {
      const last = (x: Table) => (x.rows.length ? x.rows[x.rows.length - 1].row : x.headerRow);
      const lastRow = Math.max(last(seen), last(t));
      bySheet.set(t.sheet.name, {
        ...seen,
        lastColumn: Math.max(seen.lastColumn, t.lastColumn),
        rows: [{ row: lastRow, kind: 'item' }],
      });
    }
  }
  return [...bySheet.values()];
}

/** `Concordat flags`, or `Concordat flags (2)` when the user has a column of that name in the header row. */
function flagsHeader(table: Table): string {
  const cells = table.sheet.values[table.headerRow - table.sheet.originRow] ?? [];
  return freeName(
    FLAGS_HEADER,
    cells.filter((v): v is string => typeof v === 'string'),
  );
}

/** A finding resolved since the last check, as a report row with no cell to link to. */
function resolvedRow(r: OpenFinding, asOf: string): ReportRow {
  const { message, change } = resolvedCells(r, asOf);
  return {
    severity: r.severity,
    ruleId: r.ruleId,
    sheet: r.sheet,
    address: '',
    header: fit(r.column),
    value: '',
    message: fit(message),
    hint: '',
    change,
    acceptance: '',
  };
}

function reportRow(f: Finding, asOf: string): ReportRow {
  return {
    severity: f.severity,
    ruleId: f.ruleId,
    sheet: f.sheet,
    address: f.address,
    header: f.header,
    value: fit(f.value),
    message: fit(f.message),
    hint: fit(f.hint),
    change: changeCell(f, asOf),
    acceptance: fit(acceptanceNote(f)),
  };
}

export function buildFlagPlan(
  findings: Finding[],
  tables: Table[],
  log: Omit<LogRow, 'errors' | 'warnings' | 'infos' | 'lastCheckAsOf' | 'changes' | 'accepted'>,
  history: { since: SinceLastCheck; next: CheckHistory },
): FlagPlan {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  const sheets: SheetFlags[] = [];
  for (const folded of oneTablePerSheet(tables)) {
    // (A table read from the sheet's first row, a title with a year typed wrong, has no row above
    // it to head the flags column: the header goes on that first row, beside it.)
    const table = { ...folded, headerRow: Math.max(folded.headerRow, folded.sheet.originRow) };
    const list = bySheet.get(table.sheet.name);
    const column = flagsColumn(table);
    // A table reaching the sheet's last column has no room for flags: its findings are on the report.
    if (!list || list.length === 0 || column === null) continue;
    let lastRow = table.rows.length ? table.rows[table.rows.length - 1].row : table.headerRow;
    for (const f of list) if (f.row > lastRow) lastRow = f.row;
    // Each row's findings, for the rows that have any: the others' flags are blank.
    const rows = new Map<number, Finding[]>();
    // Each cell is highlighted once, in its most severe finding's colour.
    const worst = new Map<number, Finding>();
    // Rows whose findings are all accepted: the first acceptance is their (muted) flag.
    const acceptedOnly = new Map<number, Finding>();
    for (const f of list) {
      if (isAccepted(f)) {
        if (f.row > table.headerRow && !acceptedOnly.has(f.row)) acceptedOnly.set(f.row, f);
        continue;
      }
      if (f.row > table.headerRow) {
        const onRow = rows.get(f.row);
        if (onRow) onRow.push(f);
        else rows.set(f.row, [f]);
      }
      const cell = f.row * CELLS_A_ROW + f.column;
      const seen = worst.get(cell);
      if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) worst.set(cell, f);
    }
    const cells: Record<Severity, CellAt[]> = { error: [], warning: [], info: [] };
    for (const f of worst.values()) cells[f.severity].push(f);
    // Cells one under another are one range, so a long sheet's highlight rule stays short in both hosts.
    const highlights: Record<Severity, string[]> = { error: [], warning: [], info: [] };
    for (const severity of SEVERITIES) highlights[severity] = compactCells(cells[severity]);
    const texts = new Array<string>(lastRow - table.headerRow).fill('');
    for (const [row, onRow] of rows) texts[row - table.headerRow - 1] = flagCellText(onRow);
    const muted: number[] = [];
    for (const [row, f] of acceptedOnly) {
      if (rows.has(row)) continue;
      texts[row - table.headerRow - 1] = acceptedFlagText(acceptanceNote(f));
      muted.push(row);
    }
    sheets.push({
      sheet: table.sheet.name,
      column,
      headerRow: table.headerRow,
      header: flagsHeader(table),
      texts,
      highlights,
      muted: muted.sort((a, b) => a - b),
    });
  }
  const counts = countFindings(findings);
  const { since, next } = history;
  // Accepted findings are shown apart, after the open ones.
  const report: ReportRow[] = [];
  for (const f of findings) if (!isAccepted(f)) report.push(reportRow(f, log.asOf));
  for (const f of findings) if (isAccepted(f)) report.push(reportRow(f, log.asOf));
  for (const r of since.resolved) report.push(resolvedRow(r, log.asOf));
  return {
    sheets,
    report,
    log: {
      ...log,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      lastCheckAsOf: since.last?.asOf ?? null,
      changes: since.last ? since.counts : null,
      accepted: counts.accepted,
    },
    history: next,
  };
}
