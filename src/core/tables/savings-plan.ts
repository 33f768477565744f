/**
 * A savings plan set out by year: the proposals down the rows, who leads each, and the saving
 * each is to make under headers that are only a year ("2011/12 £000", "19/20") or a unit ("£m"). Nothing calls
 * those columns a target, but under a savings title they are the savings planned, and a finance
 * officer checks the lines as a savings plan (who leads each, a reference used twice, a saving
 * written as a range). The year with the most figures is taken as the target.
 */
import type { SheetSnapshot } from '../snapshot';
import { share } from './cell-evidence';
import type { LogicalColumn } from './columns';
import { NOT_USED } from './columns';
import type { HeaderBlock } from './header-blocks';
import { textAt } from './layout';
import type { ColumnRead } from './read-columns';
import { lastColumnOf } from './types';

/** Words that say a sheet is about savings: its title, its headers or its name. */
const SAVINGS_WORDS = /\bsavings?\b|\befficienc(?:y|ies)\b|\bcip\b|\bbudget reductions?\b/i;

function aboutSavings(sheet: SheetSnapshot, titleFrom: number, block: HeaderBlock): boolean {
  if (SAVINGS_WORDS.test(sheet.name)) return true;
  if ([...block.headers.values()].some((h) => SAVINGS_WORDS.test(h))) return true;
  const lastCol = lastColumnOf(sheet);
  for (let r = titleFrom; r < block.top; r++)
    for (let c = sheet.originCol; c <= lastCol; c++) if (SAVINGS_WORDS.test(textAt(sheet, r, c))) return true;
  // A heading just under the header ("SAVINGS PROPOSALS") says it as well as a title.
  for (let r = block.bottom + 1; r <= block.bottom + 2; r++) {
    const cells = (sheet.values[r - sheet.originRow] ?? []).filter((v) => v !== null && v !== '');
    if (cells.length === 1 && typeof cells[0] === 'string' && SAVINGS_WORDS.test(cells[0])) return true;
  }
  return false;
}

/** Figures under a header that names a year, or a unit of money ("£m"), and nothing else. */
function yearOnly(read: ColumnRead): boolean {
  return (
    (read.words.year !== null || read.words.money) &&
    read.words.words.length === 0 &&
    read.evidence.filled > 0 &&
    share(read.evidence, 'money', 'number') >= 0.6
  );
}

/** The year column to read as the planned saving, or undefined when the table is not such a plan. */
export function plannedSavingByYear(
  sheet: SheetSnapshot,
  titleFrom: number,
  block: HeaderBlock,
  reads: readonly ColumnRead[],
  columns: Partial<Record<LogicalColumn, unknown>>,
): ColumnRead | undefined {
  if (columns.target || columns.achieved || columns.cost || columns.amount) return undefined;
  if (!columns.owner && !(columns.id && columns.service)) return undefined;
  const unread = (r: ColumnRead) => r.meaning === null || (r.meaning === NOT_USED && r.confidence === 0);
  const years = reads.filter((r) => unread(r) && yearOnly(r));
  if (years.length === 0 || !aboutSavings(sheet, titleFrom, block)) return undefined;
  return years.reduce((best, r) => (r.evidence.filled > best.evidence.filled ? r : best));
}
