/**
 * Joins cells that sit one under another in a column into ranges ("C5 C6 C7" → "C5:C7"), so the
 * highlight rule of a long sheet stays short. Ranges given as ranges pass through unchanged.
 */
import { columnNumber, columnLetters } from '../snapshot';

export function compactAddresses(addresses: readonly string[]): string[] {
  const ranges: string[] = [];
  const byColumn = new Map<number, number[]>();
  for (const address of addresses) {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
    if (!m) {
      ranges.push(address);
      continue;
    }
    const col = columnNumber(m[1]);
    const rows = byColumn.get(col) ?? [];
    rows.push(Number(m[2]));
    byColumn.set(col, rows);
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
