/**
 * Joins cells that sit one under another in a column into ranges ("C5 C6 C7" → "C5:C7"), so the
 * highlight rule of a long sheet stays short. Ranges given as ranges pass through unchanged.
 */
import { columnNumber, columnLetters } from '../snapshot';

export interface CellAt {
  row: number;
  column: number;
}

export function compactAddresses(addresses: readonly string[]): string[] {
  const ranges: string[] = [];
  const cells: CellAt[] = [];
  for (const address of addresses) {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
    if (m) cells.push({ row: Number(m[2]), column: columnNumber(m[1]) });
    else ranges.push(address);
  }
  return ranges.concat(compactCells(cells));
}

/** The same from cells by row and column: column by column, runs of rows as ranges. */
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
