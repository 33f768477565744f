/**
 * Totals rows: each money column of a totals row should equal the sum of the items it covers.
 * A subtotal covers the items since the previous subtotal; a total covers every item above it.
 * Running sums keep this one pass over the rows.
 */
import type { ColumnRef, Table } from '../tables/types';
import { cellAt } from '../tables/types';
import type { FactContext } from './context';
import type { Subject } from './subject';
import { parseMoney } from '../parse/money';
import { formatPounds } from './format';
import { MONEY_COLUMNS } from './savings';

function moneyColumns(table: Table): ColumnRef[] {
  const refs: ColumnRef[] = [];
  for (const name of MONEY_COLUMNS) {
    const ref = table.columns[name];
    if (ref) refs.push(ref);
  }
  for (const p of table.partners) if (p.amount) refs.push(p.amount);
  for (const p of table.partners) if (p.driver) refs.push(p.driver);
  return refs;
}

export function totalsSubjects(table: Table, ctx: FactContext): Subject[] {
  const columns = moneyColumns(table);
  if (columns.length === 0) return [];
  const sinceSubtotal = columns.map(() => 0);
  const all = columns.map(() => 0);
  let itemsSinceSubtotal = 0;
  let items = 0;
  const subjects: Subject[] = [];
  const labelColumn = table.columns.service ?? table.columns.id ?? { column: table.firstColumn, header: '' };

  for (const { row, kind } of table.rows) {
    if (kind === 'item') {
      columns.forEach((ref, i) => {
        const m = parseMoney(cellAt(table.sheet, row, ref.column), table.moneyScale.get(ref.column) ?? 1);
        if (m.kind === 'amount') {
          sinceSubtotal[i] += m.value;
          all[i] += m.value;
        }
      });
      itemsSinceSubtotal += 1;
      items += 1;
      continue;
    }
    const sums = kind === 'subtotal' ? sinceSubtotal : all;
    columns.forEach((ref, i) => {
      const m = parseMoney(cellAt(table.sheet, row, ref.column), table.moneyScale.get(ref.column) ?? 1);
      if (m.kind !== 'amount') return;
      const difference = m.value - sums[i];
      subjects.push({
        kind: 'total',
        sheet: table.sheet.name,
        row,
        anchors: { default: ref },
        facts: {
          label: String(cellAt(table.sheet, row, labelColumn.column) ?? 'Total'),
          columnHeader: ref.header,
          totalText: formatPounds(m.value),
          itemsSumText: formatPounds(Math.round(sums[i] * 100) / 100),
          difference: Math.round(difference * 100) / 100,
          differenceText: formatPounds(Math.round(Math.abs(difference) * 100) / 100),
          tolerance: ctx.profile.tolerances.totalsPounds,
          itemCount: kind === 'subtotal' ? itemsSinceSubtotal : items,
          totalKind: kind,
        },
      });
    });
    if (kind === 'subtotal') {
      sinceSubtotal.fill(0);
      itemsSinceSubtotal = 0;
    }
  }
  return subjects;
}
