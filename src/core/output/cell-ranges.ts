/**
 * Joins cells that sit one under another in a column into ranges ("C5 C6 C7" → "C5:C7"), so the
 * highlight rule of a long sheet stays short.
 */
import { columnLetters } from '../snapshot';

export interface CellAt {
  row: number;
  column: number;
}

/** Column by column, runs of rows as ranges. */
export function compactCells(cells: readonly CellAt[]): string[] {
  const ranges: string[] = [];
  const byColumn = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const rows = byColumn.get(column);
    if (rows) rows.push(row);
    else byColumn.set(column, [row]);
  }
  for (const [col, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const letters = columnLetters(col);
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      const end = sorted[i - 1];
      ranges.push(start === end ? `${letters}${start}` : `${letters}${start}:${letters}${end}`);
      start = sorted[i];
    }
  }
  return ranges;
}
