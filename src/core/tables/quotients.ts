/**
 * A column each line's figure of which is one of its other figures over another, scaled as their
 * units make it: "Total grants (£ million) | Resident population (million) | Funding per head (£)",
 * "Parish Precept £ | Tax Base | Band D Council Tax £". Found by the figures, not the headings:
 * where most lines hold it, a line that does not is out.
 */
import type { SheetSnapshot } from '../snapshot';
import type { ColumnRead } from './read-columns';
import type { ColumnRef, Quotient, TableRow } from './types';
import { columnFigures } from './figure-columns';
import { share } from './cell-evidence';
import { PERCENT_HEADING } from './line-relations';

/** Powers of ten a quotient's units may scale it by: £m over millions is £; £ over thousands, £ per 1,000. */
const SCALES = [1e-6, 1e-3, 1, 1e3, 1e6];
/** Lines a quotient is looked for on (the checks then read every line), and those it must hold on. */
const SAMPLE_LINES = 12;
const HOLDING_LINES = 3;
/** Of a column's cells, the share that must be figures for it to take part. */
const FIGURES_SHARE = 0.8;

const ref = (read: ColumnRead): ColumnRef => ({ column: read.column, header: read.header });

/**
 * How far a printed quotient may be from its figures': half a unit of its own, or below them by
 * up to a whole one (papers cut a rate as often as they round it: 2.586 per 1,000 printed 2.58),
 * and as far as each figure's rounding (half its unit) moves the quotient. Said as the distance
 * allowed on the side the printed figure lies.
 */
export function quotientTolerance(
  shown: { value: number; unit: number },
  over: { value: number; unit: number },
  under: { value: number; unit: number },
  expected: number,
): number {
  const relative = roundingShare(over, under);
  const cut = Math.abs(shown.value) < Math.abs(expected) && Math.sign(shown.value) === Math.sign(expected);
  return (cut ? shown.unit : shown.unit / 2) + Math.abs(expected) * relative + 1e-9;
}

/**
 * The most a line's figures' rounding may move their quotient, as a share of it, for the line to
 * show a quotient: "0.1" of a column printed to 0.1 may be anything from 0.05 to 0.15, and any
 * figure over it comes out near almost anything. (Whole numbers are read as counted, not rounded.)
 */
const ROUNDING_SHARE = 0.1;

/** How far, as a share of their quotient, two figures' rounding (half a unit each) may move it. */
function roundingShare(over: { value: number; unit: number }, under: { value: number; unit: number }): number {
  return over.unit / 2 / Math.abs(over.value) + under.unit / 2 / Math.abs(under.value);
}

/** Whole figures below this, held by a quotient, may hold by chance: counts of 1, 2 and 3. */
const SMALL_WHOLE = 10;

/** The quotient columns of a table, each right of the two figures it is worked from. */
export function quotientColumns(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  reads: readonly ColumnRead[],
  {
    scales = SCALES,
    shownBy = () => true,
  }: { scales?: readonly number[]; shownBy?: (read: ColumnRead) => boolean } = {},
): Quotient[] {
  // (Rates and figures "per head" among them: columns that add up to nothing, as a quotient does not.)
  const figures = reads.filter(
    (r) =>
      r.meaning !== 'id' &&
      r.meaning !== 'year' &&
      r.evidence.filled >= 2 &&
      share(r.evidence, 'number', 'money') >= FIGURES_SHARE,
  );
  // (Totals lines divide their own figures too: "Total south-east | 1,052.47 | 8.17 | 128.82".)
  const lines = rows.filter((r) => r.kind !== 'section').map((r) => r.row);
  if (lines.length < HOLDING_LINES || figures.length < 3) return [];
  const out: Quotient[] = [];
  const sample = lines.slice(0, SAMPLE_LINES);
  const columns = new Map(figures.map((f) => [f.column, columnFigures(sheet, sample, f.column)] as const));
  const unitOf = (c: number) => columns.get(c)?.unit ?? 1;
  for (const shown of figures.filter(shownBy)) {
    const taken = figures.filter((f) => f.column < shown.column);
    let found: Quotient | null = null;
    for (const over of taken) {
      for (const under of taken) {
        if (over === under || found) continue;
        const [q, a, b] = [shown, over, under].map((f) => columns.get(f.column)?.values ?? []);
        // (A column of one figure throughout divides nothing: the quotient would be the other column again.)
        const bs = b.filter((v): v is number => v !== null);
        if (new Set(bs).size < 2) continue;
        for (const scale of scales) {
          let [tried, holding] = [0, 0];
          const held = new Set<number>();
          q.forEach((v, i) => {
            const [x, y] = [a[i], b[i]];
            // (Nil lines say nothing: nought over anything is nought.)
            if (v === null || x === null || y === null || v === 0 || x === 0) return;
            if (Math.abs(y) <= unitOf(under.column) / 2) return;
            const [top, bottom] = [
              { value: x, unit: unitOf(over.column) },
              { value: y, unit: unitOf(under.column) },
            ];
            // (A line whose figures are too coarse to fix their quotient shows none: "12.9 over 0.1".
            // Whole numbers under are counted, not rounded: "4 complaints over 2 staff".)
            if (bottom.unit < 1 && roundingShare(top, bottom) > ROUNDING_SHARE) return;
            tried += 1;
            const expected = (x / y) * scale;
            const tolerance = quotientTolerance({ value: v, unit: unitOf(shown.column) }, top, bottom, expected);
            // (Whole figures under ten come out right by chance; a figure the same as one it is
            // worked from is no quotient of them: "Plan | Actual | Actual".)
            const telling = !Number.isInteger(v) || Math.abs(v) >= SMALL_WHOLE;
            if (Math.abs(v - expected) <= tolerance && v !== x && v !== y && telling) {
              holding += 1;
              held.add(v);
            }
          });
          // (Three different quotients at least: one figure repeated down the lines shows nothing.)
          if (held.size >= HOLDING_LINES && holding >= 2 * (tried - holding)) {
            found = { shown: ref(shown), over: ref(over), under: ref(under), scale };
            break;
          }
        }
      }
    }
    if (found) out.push(found);
  }
  return out;
}

/**
 * Columns headed as percentages ("Allocation as percentage of bid"), each line's figure one of
 * its others as a share of another: a quotient scaled by a hundred. Found by the figures, as other
 * quotients are; the checks then read them as shares.
 */
export function percentShareColumns(
  sheet: SheetSnapshot,
  rows: readonly TableRow[],
  reads: readonly ColumnRead[],
): Quotient[] {
  return quotientColumns(sheet, rows, reads, {
    scales: [100],
    shownBy: (r) => PERCENT_HEADING.test(r.header),
  }).filter((q) => namesItsBase(q.shown.header, q.under.header));
}

/** Words alike but for a plural or a footnote's number: "bid2" and "Bid", "plans" and "Plans". */
const stem = (word: string) => word.toLowerCase().replace(/\d+$/, '').replace(/s$/, '');

/**
 * Whether a percentage's heading names the figure it is a share of: "as percentage of bid" over
 * "(i) Bid £ million". (A table has many figures a percentage may come out of by chance; the one
 * its heading names is the one it is.)
 */
export function namesItsBase(shown: string, under: string): boolean {
  const named = /\bof\s+(?:the\s+)?([a-z]+)/i.exec(shown)?.[1];
  return named !== undefined && under.split(/[^A-Za-z0-9]+/).some((w) => w !== '' && stem(w) === stem(named));
}
