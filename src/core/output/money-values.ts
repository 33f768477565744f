/**
 * A finding's value as a reader wants it: a figure in a money column reads as money (£100,000,
 * written in £000s or not), a share as a percentage (35%, written as 0.35 or as 35 points), not as
 * the raw number the cell holds. The reports and the report sheet both show a finding's value, so
 * it is done once, here.
 */
import { formatPercent, formatPounds } from '../facts/format';
import { formatMoneyScale } from '../parse/money';
import type { Finding } from '../findings';
import type { Table } from '../tables/types';
import { cellAt, formatAt } from '../tables/types';

const MONEY_COLUMNS = ['cost', 'target', 'achieved', 'amount'] as const;

/** The table's money columns, each with the scale its figures are written in (1000 for £000s). */
function moneyColumns(table: Table): Map<number, number> {
  const scale = (column: number) => table.moneyScale.get(column) ?? 1;
  const money = new Map<number, number>();
  for (const name of MONEY_COLUMNS) {
    const ref = table.columns[name];
    if (ref) money.set(ref.column, scale(ref.column));
  }
  for (const partner of table.partners)
    if (partner.amount) money.set(partner.amount.column, scale(partner.amount.column));
  for (const [column, s] of table.moneyScale) if (s !== 1 && !money.has(column)) money.set(column, s);
  return money;
}

/** The table's share columns, each with what a figure is divided by to make a fraction (100 for points). */
function shareColumns(table: Table): Map<number, number> {
  const shares = new Map<number, number>();
  for (const partner of table.partners)
    if (partner.share) shares.set(partner.share.column, partner.sharePoints ? 100 : 1);
  return shares;
}

/** The findings, each whose cell holds a figure of money or a share with its value shown as pounds or a percentage. */
export function withMoneyValues(findings: Finding[], table: Table): Finding[] {
  const money = moneyColumns(table);
  const shares = shareColumns(table);
  return findings.map((f) => {
    const value = cellAt(table.sheet, f.row, f.column);
    if (typeof value !== 'number' || !Number.isFinite(value)) return f;
    const format = formatAt(table.sheet, f.row, f.column) ?? '';
    const divisor = shares.get(f.column) ?? (format.includes('%') ? 1 : undefined);
    if (divisor !== undefined) return { ...f, value: formatPercent(value / divisor) };
    // ("£85.2m": the unit the cell's own format prints comes first.)
    const scale = formatMoneyScale(format) ?? money.get(f.column) ?? (format.includes('£') ? 1 : undefined);
    return scale === undefined ? f : { ...f, value: formatPounds(value * scale) };
  });
}
