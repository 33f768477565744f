/**
 * Which columns belong to a partner: a header naming a partner known from the profile or a
 * council's name or abbreviation, or figures that add up to 100 across each row.
 */
import type { SheetSnapshot } from '../snapshot';
import type { Profile } from '../profile';
import type { LogicalColumn } from './columns';
import { NOT_USED } from './columns';
import type { PartnerColumns } from './types';
import { cellAt } from './types';
import type { ColumnRead } from './read-columns';
import { share } from './cell-evidence';
import type { PartnerRole } from './partners';
import { councilNameIn, knownPartnerIn, namesInSplitHeader, roleOfWords } from './partners';
import type { TableReader } from './reader';

export interface PartnerColumn {
  column: number;
  name: string;
  role: PartnerRole;
}

/** Rows whose figures add up to 100 (or to 1) this close count as adding up. */
const ROW_SHARE_TOLERANCE = 0.005;

/**
 * Columns of figures that, row by row, add up to 100% ("Central grant 64.4 | Council tax 34.0 |
 * Other 1.6"): each row is split between them, whatever their headers say. A column that holds
 * 100 on every row is the rows' total, not a share. Most rows must add up for the reading to hold.
 */
export function percentSplitColumns(
  sheet: SheetSnapshot,
  reads: ColumnRead[],
  itemRows: readonly number[],
  taken: Map<number, LogicalColumn>,
): ColumnRead[] {
  if (itemRows.length < 2) return [];
  const numeric = reads.filter(
    (r) =>
      share(r.evidence, 'number', 'percent') >= 0.8 &&
      !['id', 'year'].includes(taken.get(r.column) ?? '') &&
      !(r.meaning && r.meaning !== NOT_USED && r.confidence >= 0.8 && !['split', 'amount'].includes(r.meaning)),
  );
  const valueAt = (row: number, col: number) => {
    const v = cellAt(sheet, row, col);
    return typeof v === 'number' ? v : null;
  };
  const isTotalColumn = (col: number) =>
    itemRows.every((row) => {
      const v = valueAt(row, col);
      return v === null || Math.abs(v - 100) <= 0.05 || Math.abs(v - 1) <= 0.0005;
    });
  const parts = numeric.filter((r) => !isTotalColumn(r.column));
  if (parts.length < 2) return [];
  let adding = 0;
  let counted = 0;
  for (const row of itemRows) {
    const values = parts.map((r) => valueAt(row, r.column));
    if (values.some((v) => v === null)) continue;
    counted += 1;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) <= 100 * ROW_SHARE_TOLERANCE || Math.abs(sum - 1) <= ROW_SHARE_TOLERANCE) adding += 1;
  }
  // Columns each headed as a percentage ("Adur %", "Worthing %") need fewer lines to show it.
  if (parts.every((r) => r.words.percent) && counted >= 2 && adding >= 2 && adding >= 0.6 * counted) return parts;
  return counted >= 3 && adding >= 0.75 * counted && adding < counted + 1 ? parts : [];
}

/** Meanings a partner's own column carries anyway: "Bromsgrove share" reads as a share, "NDC £m" as an amount. */
const ROLE_MEANINGS: ReadonlySet<string> = new Set(['split', 'amount', 'cost', 'target', 'achieved', 'drivers']);

/** A column headed by a partner's name: known from the profile, or a council's name or abbreviation. */
export function partnerColumn(
  reader: TableReader,
  read: ColumnRead,
  alike: readonly string[] = [],
): PartnerColumn | null {
  // "Allocation BDC/RBC" names every partner: it is the split, not one partner's column.
  if (read.meaning === 'split' && namesInSplitHeader(read.header).length >= 2) return null;
  const known = knownPartnerIn(read.header, reader.partners);
  const council = known ? null : councilNameIn(read.header, alike);
  if (!known && !council) return null;
  // An unknown name must not shadow a confident reading of another kind ("Basis of split", "Service").
  if (!known && read.meaning && read.confidence >= 0.8 && !ROLE_MEANINGS.has(read.meaning)) return null;
  const rest = known ? known.rest : (council?.rest ?? []);
  if (rest.some((w) => /^(?:basis|of|method|total|variance|budget)$/.test(w))) return null;
  const e = read.evidence;
  const role =
    roleOfWords(rest, read.words.percent, read.words.money) ??
    (share(e, 'percent', 'split') >= 0.6 ? 'share' : share(e, 'number', 'money') >= 0.6 ? 'amount' : null);
  if (!role) return null;
  return { column: read.column, name: known ? known.name : (council?.name as string), role };
}

/** Lines on which partners' fractions must add to one, of those with a figure for each, to be read as shares. */
const FRACTION_LINES = 2;

/**
 * "North Devon Council | Mid Devon District Council" over 0.6377 and 0.3623: each partner's
 * fraction of the whole, printed without a percentage format. Where every figure under the
 * partners' amount columns lies between nought and one and most lines add to one, they are
 * shares, and the line that does not add up is the slip a shares check is for.
 */
export function fractionsAsShares(
  sheet: SheetSnapshot,
  partnerCols: Map<number, PartnerColumn>,
  itemRows: readonly number[],
): void {
  const amounts = [...partnerCols.values()].filter((p) => p.role === 'amount');
  if (amounts.length < 2 || amounts.length !== partnerCols.size) return;
  let lines = 0;
  let adding = 0;
  for (const row of itemRows) {
    const values = amounts.map((p) => cellAt(sheet, row, p.column));
    if (values.some((v) => v === null)) continue;
    if (values.some((v) => typeof v !== 'number' || v < 0 || v > 1)) return;
    lines += 1;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) <= ROW_SHARE_TOLERANCE) adding += 1;
  }
  if (adding < FRACTION_LINES || adding * 2 <= lines) return;
  for (const p of amounts) partnerCols.set(p.column, { ...p, role: 'share' });
}

export function orderPartners(found: PartnerColumns[], profile: Profile): PartnerColumns[] {
  if (profile.partners.length === 0) return found;
  const rank = new Map(profile.partners.map((p, i) => [p.name, i] as const));
  return [...found].sort((a, b) => (rank.get(a.name) ?? 99) - (rank.get(b.name) ?? 99));
}

/** Within this of the partners' sum, a line's figure is the total they split. */
const LINE_TOTAL_TOLERANCE = 1;

/**
 * The line total the partners' amounts split, where no column is headed as a cost, target or
 * amount ("2018/19 net revenue budget £" beside each council's £): the unused column of figures
 * their amounts add up to on most lines.
 */
export function partnersLineTotal(
  sheet: SheetSnapshot,
  reads: readonly ColumnRead[],
  partners: readonly PartnerColumns[],
  itemRows: readonly number[],
  partnerColumns: ReadonlyMap<number, PartnerColumn>,
): ColumnRead | undefined {
  const amountColumns = partners.map((p) => p.amount?.column);
  if (partners.length < 2 || amountColumns.some((c) => c === undefined)) return undefined;
  const numberAt = (row: number, col: number) => {
    const v = cellAt(sheet, row, col);
    return typeof v === 'number' ? v : null;
  };
  const sums = itemRows.map((row) => {
    const parts = amountColumns.map((c) => numberAt(row, c as number));
    return parts.some((v) => v === null) ? null : (parts as number[]).reduce((a, b) => a + b, 0);
  });
  const lines = sums.filter((s) => s !== null).length;
  if (lines === 0) return undefined;
  return reads.find((r) => {
    if ((r.meaning !== null && r.meaning !== NOT_USED) || partnerColumns.has(r.column)) return false;
    const adding = itemRows.filter((row, i) => {
      const v = numberAt(row, r.column);
      const s = sums[i];
      return v !== null && s !== null && Math.abs(v - s) <= LINE_TOTAL_TOLERANCE;
    }).length;
    return adding > 0 && adding >= 0.6 * lines;
  });
}
