/** Builds the flag plan: the flags column per table, highlights by severity, report rows and the log row. */
import type { Finding, Severity } from './findings';
import { SEVERITY_RANK, countFindings } from './findings';
import type { FlagPlan, LogRow, SheetFlags } from './flagplan';
import { SEVERITY_MARK } from './flagplan';
import type { Table } from './tables/types';
import { FLAGS_HEADER } from './snapshot';
import { freeName } from './owned-names';
import { EXCEL_MAX_CELL_CHARS, fitCell } from './limits';

/** What the plan writes into one cell: Excel's limit, less room for the apostrophe a host puts before formula-like text. */
const PLAN_CELL_CHARS = EXCEL_MAX_CELL_CHARS - 1;
const fit = (text: string): string => fitCell(text, PLAN_CELL_CHARS);

/**
 * The flags column: the first column right of the table that is empty on every row of the sheet,
 * so no user value is ever overwritten. Concordat's earlier flags are not in the snapshot the core
 * reads (user-view.ts), so a re-run finds the same column.
 */
export function flagsColumn(table: Table): number {
  const { sheet } = table;
  const used = new Set<number>();
  for (const row of sheet.values) {
    for (let i = Math.max(0, table.lastColumn + 1 - sheet.originCol); i < row.length; i++) {
      const v = row[i];
      if (v !== null && !(typeof v === 'string' && v === '')) used.add(sheet.originCol + i);
    }
  }
  let column = table.lastColumn + 1;
  while (used.has(column)) column += 1;
  return column;
}

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

export function flagText(f: Finding): string {
  return `${SEVERITY_MARK[f.severity]} ${f.ruleId}: ${f.message}`;
}

export function buildFlagPlan(
  findings: Finding[],
  tables: Table[],
  log: Omit<LogRow, 'errors' | 'warnings' | 'infos'>,
): FlagPlan {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  const sheets: SheetFlags[] = [];
  for (const table of oneTablePerSheet(tables)) {
    const list = bySheet.get(table.sheet.name);
    if (!list || list.length === 0) continue;
    let lastRow = table.rows.length ? table.rows[table.rows.length - 1].row : table.headerRow;
    for (const f of list) if (f.row > lastRow) lastRow = f.row;
    const texts: string[][] = Array.from({ length: lastRow - table.headerRow }, () => []);
    // Each cell is highlighted once, in its most severe finding's colour.
    const worst = new Map<string, Severity>();
    for (const f of list) {
      if (f.row > table.headerRow) texts[f.row - table.headerRow - 1].push(flagText(f));
      const seen = worst.get(f.address);
      if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen]) worst.set(f.address, f.severity);
    }
    const highlights: Record<Severity, string[]> = { error: [], warning: [], info: [] };
    for (const [address, severity] of worst) highlights[severity].push(address);
    sheets.push({
      sheet: table.sheet.name,
      column: flagsColumn(table),
      headerRow: table.headerRow,
      header: flagsHeader(table),
      // Several findings on one row share a cell, which Excel caps at 32,767 characters.
      texts: texts.map((t) => fit(t.join('\n'))),
      highlights,
    });
  }
  const counts = countFindings(findings);
  return {
    sheets,
    report: findings.map((f) => ({
      severity: f.severity,
      ruleId: f.ruleId,
      sheet: f.sheet,
      address: f.address,
      header: f.header,
      value: fit(f.value),
      message: fit(f.message),
      hint: fit(f.hint),
    })),
    log: { ...log, errors: counts.error, warnings: counts.warning, infos: counts.info },
  };
}
