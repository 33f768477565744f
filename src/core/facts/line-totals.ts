/**
 * A total across a line: "Grant awards | Contract payments | Total payments", "Police grant | Revenue
 * support grant | NNDR | Total Government funding". Where a column headed as a total stands after
 * two or more columns of figures and adds them up on most lines, the lines where it does not are
 * slips, as a finance officer cross-casting the table would find them. Where it adds them up on
 * too few lines, it totals something else (a subset, other funds) and nothing is said.
 */
import { isTotalLabel } from '../tables/layout';
import type { ColumnRef, Table } from '../tables/types';
import type { Subject } from './subject';
import { roundPence } from './gaps';

/** A figure as the totals stage reads it: its value in pounds, the unit of its last printed digit, the scale it was typed with. */
export type ReadFigure = (row: number, ref: ColumnRef) => { value: number; unit: number; typed: number } | null;

/** Lines that must add up before a column is taken for their total across. */
const LINES_ADDING = 2;

/**
 * The columns a total column adds up: the figure columns left of it, back to the previous total
 * column (a table may total "Revenue" and "Capital" each before a grand total).
 */
function lineTotalColumns(columns: readonly ColumnRef[]): { total: ColumnRef; parts: ColumnRef[] }[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const out: { total: ColumnRef; parts: ColumnRef[] }[] = [];
  let from = 0;
  sorted.forEach((ref, i) => {
    if (i === 0 || !isTotalLabel(ref.header)) return;
    const parts = sorted.slice(from, i).filter((p) => !isTotalLabel(p.header));
    if (parts.length >= 2) out.push({ total: ref, parts });
    from = i + 1;
  });
  return out;
}

/** Rounding a sum of `parts` rounded figures may carry: one unit for up to three, then one per three. */
function partsRounding(parts: number): number {
  return Math.max(1, Math.ceil(parts / 3));
}

export function lineTotalSubjects(
  table: Table,
  columns: readonly ColumnRef[],
  read: ReadFigure,
  label: (row: number) => string,
  unitOf: (ref: ColumnRef) => 'count' | 'pounds',
  minimumTolerance: number,
): Subject[] {
  const subjects: Subject[] = [];
  for (const { total, parts: headed } of lineTotalColumns(columns)) {
    // Each line's total and figures, read once.
    const totalled = table.rows
      .filter((r) => r.kind !== 'section')
      .map((r) => ({ row: r.row, shown: read(r.row, total), figures: headed.map((p) => read(r.row, p)) }))
      .filter((l) => l.shown !== null);
    // A column of words with a figure here and there ("over £212,001" among value bands) is no part.
    const kept = headed
      .map((_, i) => i)
      .filter((i) => totalled.filter((l) => l.figures[i] !== null).length * 2 >= totalled.length);
    if (kept.length < 2) continue;
    const parts = kept.map((i) => headed[i]);
    const lines: Subject[] = [];
    for (const { row, shown, figures: all } of totalled) {
      const figures = kept.map((i) => all[i]);
      if (!shown || figures.every((f) => f === null)) continue;
      const sum = figures.reduce((a, f) => a + (f?.value ?? 0), 0);
      const unit = Math.max(shown.unit, ...figures.map((f) => f?.unit ?? 0));
      const tolerance = Math.max(minimumTolerance, unit * partsRounding(parts.length));
      lines.push({
        kind: 'total',
        sheet: table.sheet.name,
        row,
        anchors: { default: total },
        facts: {
          label: label(row),
          columnHeader: total.header,
          unit: unitOf(total),
          total: shown.value,
          itemsSum: roundPence(sum),
          difference: roundPence(shown.value - sum),
          tolerance,
          itemCount: parts.length,
          totalKind: 'line',
          partColumns: parts.map((p) => p.header),
        },
      });
    }
    const adding = lines.filter((s) => Math.abs(s.facts.difference as number) <= (s.facts.tolerance as number));
    // Most lines must add up, twice as many as do not: the column is then shown to be their total.
    if (adding.length >= LINES_ADDING && adding.length >= 2 * (lines.length - adding.length)) subjects.push(...lines);
  }
  return subjects;
}
