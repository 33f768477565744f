/**
 * An allowances scheme whose lines state what each is a share of ("Chairman of Licensing Committee
 * (20% of Leader's Allowance) | 3,921.90", "Deputy leader | 11,079.03 | 60% of leader's amount"):
 * no table of figures to total, but each line names the sum it is worked from, which a finance
 * officer would work out again. The lines are read for that alone.
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { ShareOf, Table } from './types';
import { cellAt, lastColumnOf } from './types';
import { statedSumsTable } from './line-items';
import { statedShare, type StatedShare } from '../parse/stated-shares';

/** Lines stating their share a sheet needs before it is read for them: one may be a note's aside. */
const MIN_LINES = 2;

/** A line of the sheet with one figure: its row, its words, that figure's column, and any share it states. */
interface Line {
  row: number;
  label: string;
  column: number;
  stated: StatedShare | null;
}

function linesOf(sheet: SheetSnapshot): Line[] {
  const lines: Line[] = [];
  const lastCol = lastColumnOf(sheet);
  sheet.values.forEach((_, i) => {
    const row = sheet.originRow + i;
    const figures: number[] = [];
    const texts: string[] = [];
    for (let c = sheet.originCol; c <= lastCol; c++) {
      const v = cellAt(sheet, row, c);
      if (typeof v === 'number' && v > 0) figures.push(c);
      else if (typeof v === 'string' && v.trim()) texts.push(v.trim());
    }
    if (figures.length !== 1 || texts.length === 0) return;
    const stated = texts.map(statedShare).find((s) => s !== null) ?? null;
    lines.push({ row, label: texts[0], column: figures[0], stated });
  });
  return lines;
}

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * The line a share is of: the one whose name is the sum's ("Leader") or opens with it
 * ("Leader/Chairman of Policy and Resources Committee"), stating no share of its own; its own name
 * first, then the nearest above.
 */
function baseLine(lines: readonly Line[], of: string, row: number): Line | null {
  const key = words(of);
  const named = lines.filter((l) => !l.stated && key.every((w, i) => words(l.label)[i] === w));
  const exact = named.find((l) => words(l.label).length === key.length);
  const above = named.filter((l) => l.row < row).at(-1);
  return exact ?? above ?? named[0] ?? null;
}

export function statedShares(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const lines = linesOf(sheet);
  const shares = new Map<number, ShareOf>();
  const columns = new Map<number, number>();
  for (const line of lines) {
    const stated = line.stated;
    if (!stated) continue;
    const base = stated.amount === null ? baseLine(lines, stated.of, line.row) : null;
    const value = stated.amount ?? (base ? (cellAt(sheet, base.row, base.column) as number) : null);
    if (value === null) continue;
    shares.set(line.row, { share: stated.share, base: value, baseRow: base?.row ?? null, written: stated.written });
    columns.set(line.column, (columns.get(line.column) ?? 0) + 1);
  }
  if (shares.size < MIN_LINES) return null;
  const column = [...columns].sort((a, b) => b[1] - a[1])[0][0];
  const rows = [...shares.keys()].filter((r) => lines.find((l) => l.row === r)?.column === column);
  if (rows.length < MIN_LINES) return null;
  const found = statedSumsTable(sheet, {
    rows,
    column,
    lastColumn: lastColumnOf(sheet),
    kindReason: "allowances each stating what it is a share of ('20% of Leader's Allowance'): each is worked out again",
    evidence: `${rows.length} allowances stating their share of another`,
  });
  return {
    table: { ...found.table, statedShares: new Map(rows.map((r) => [r, shares.get(r) as ShareOf])) },
    reading: found.reading,
  };
}
