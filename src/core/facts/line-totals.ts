/**
 * A total across a line: "Grant awards | Contract payments | Total payments", "Police grant | Revenue
 * support grant | NNDR | Total Government funding". Where a column headed as a total stands after
 * two or more columns of figures and adds them up on most lines, the lines where it does not are
 * slips, as a finance officer cross-casting the table would find them. Where it adds them up on
 * too few lines, it totals something else (a subset, other funds) and nothing is said.
 */
import { headsTotalColumn, spansLaterYears, spansYears, textAt } from '../tables/layout';
import { isMoneyUnit } from '../tables/header-blocks';
import type { ColumnRef, Table } from '../tables/types';
import { cellAt, columnName, formatAt, headerOf } from '../tables/types';
import { headerWords, headerYear } from '../tables/header-words';
import type { Relation } from '../tables/line-relations';
import { namesItsBase } from '../tables/quotients';
import {
  PERCENT_HEADING,
  TWO_COLUMN_WAYS,
  namesNetOf,
  netColumns,
  partsRounding,
  statedRelations,
  varianceRelations,
  vatColumns,
} from '../tables/line-relations';
import { inTallMerge } from '../tables/merges';
import { acrossTolerance, bandTolerance, bandUnit, ninthsOf } from '../tables/council-tax-bands';
import { formatCount, formatPounds } from './format';
import { changesDown } from '../tables/year-changes';
import { quotientTolerance } from '../tables/quotients';
import { columnFigures, percentPlace } from '../tables/figure-columns';
import type { Subject } from './subject';
import { roundPence } from './gaps';
import { carriedBalances } from './carried-balances';
import { heldPairs, lineAgrees, pairsOut, pricePairs, pricesHold } from '../tables/price-bases';

/** A figure as the totals stage reads it: its value in pounds, the unit of its last printed digit, the scale it was typed with. */
type Figure = { value: number; unit: number; typed: number };
export type ReadFigure = (row: number, ref: ColumnRef) => Figure | null;

/** "Gross profit %", "Percentage of budget", "Collection rate (per cent)": a ratio, not a sum of money. */
const RATIO_LABEL = /%|\bper\s?cent(?:age)?\b|\bratio\b/i;

/** "-", "–", "nil": a part left empty, as a dash prints it. */
const NIL_TEXT = /^\s*(?:[-–—]+|nil|n\/a)\s*$/i;

/** The unit most of `units` share, the coarser where as many share each. */
function commonUnit(units: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  let best = units[0];
  for (const [u, n] of counts) {
    const bestCount = counts.get(best) ?? 0;
    if (n > bestCount || (n === bestCount && u > best)) best = u;
  }
  return best;
}

/** Lines that must add up before a column is taken for their total across. */
const LINES_ADDING = 2;

/**
 * The columns a total column adds up: the figure columns left of it, back to the previous total
 * column (a table may total "Revenue" and "Capital" each before a grand total), or, where it
 * comes first, those right of it up to the next. The previous total leads the parts, where there
 * is one: "Slippage | Bids | 2005/06 Total | 2006/07 | 2007/08 | Total Scheme Cost" adds this
 * year's total to the years after it (the lines are tried without it as well).
 */
function lineTotalColumns(
  columns: readonly ColumnRef[],
  unlabelled: number | undefined,
): { total: ColumnRef; parts: ColumnRef[] }[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const grouped = groupedTotals(sorted);
  if (grouped) return grouped;
  const out: { total: ColumnRef; parts: ColumnRef[] }[] = [];
  const isTotal = (ref: ColumnRef) =>
    (headsTotalColumn(ref.header) &&
      !spansLaterYears(
        ref.header,
        sorted.filter((p) => p.column < ref.column).map((p) => p.header),
      )) ||
    ref.column === unlabelled;
  let from = 0;
  let previous: { total: ColumnRef; parts: ColumnRef[] } | undefined;
  sorted.forEach((ref, i) => {
    if (!isTotal(ref)) return;
    const before = sorted.slice(from, i).filter((p) => !isTotal(p));
    // "Total | Permanent | Other" under each year: a total may stand before its parts, where none
    // stand before it.
    const next = sorted.findIndex((p, j) => j > i && isTotal(p));
    const after = sorted.slice(i + 1, next === -1 ? sorted.length : next);
    // ("WT | RDS | Total | WT | RDS | Total", a group for each year: the same columns again are a
    // group of their own, not added to the total before them.)
    const last = previous;
    previous = { total: ref, parts: before };
    if (before.length >= 2)
      out.push({ total: ref, parts: last && !sameHeadings(last.parts, before) ? [last.total, ...before] : before });
    else if (before.length === 1 && !last && oneFundTotal(before[0].header, ref.header))
      out.push({ total: ref, parts: before });
    else if (before.length === 0 && after.length >= 2 && !spansYears(ref.header))
      out.push({ total: ref, parts: after });
    from = before.length === 0 && after.length >= 2 && !spansYears(ref.header) ? i + 1 + after.length : i + 1;
  });
  return out;
}

/** Headings alike but for their years, units and marks: "WT(1) 2003-04" and "WT(1) 2004-05". */
function sameHeadings(a: readonly ColumnRef[], b: readonly ColumnRef[]): boolean {
  const words = (h: string) => headerWords(h).words.join(' ');
  return a.length === b.length && a.every((p, k) => words(p.header) !== '' && words(p.header) === words(b[k].header));
}

/** "Unrestricted funds 2022", "funds £": a fund's heading; "Total funds 2022", the total of the funds. */
const FUND_HEADING = /\bfunds?\b/i;
const FUNDS_TOTAL = /^\s*total\s+funds?\b/i;

/**
 * "Unrestricted funds 2022 | Total funds 2022 | Total funds 2021": a charity with one fund, whose
 * total for the year is that fund on every line (of the same year, where either names one).
 */
function oneFundTotal(part: string, total: string): boolean {
  if (!FUND_HEADING.test(part) || /\btotal\b/i.test(part) || !FUNDS_TOTAL.test(total)) return false;
  return headerYear(part) === headerYear(total);
}

/** "Total Cash terms": a total's heading, "Total" over the words the groups beside it share. */
const TOTAL_OF_GROUPS = /^\s*total\s+(.+?)\s*$/i;

/**
 * "Revenue | Capital | Total" each over "Cash terms | 1986–87 prices | 1990–91 prices": each of
 * the Total group's columns adds up the columns of the other groups under the same words. Read so
 * where two total columns or more each find two such columns at least; otherwise null.
 */
function groupedTotals(sorted: readonly ColumnRef[]): { total: ColumnRef; parts: ColumnRef[] }[] | null {
  const out: { total: ColumnRef; parts: ColumnRef[] }[] = [];
  for (const ref of sorted) {
    const under = TOTAL_OF_GROUPS.exec(ref.header)?.[1].toLowerCase();
    if (!under) continue;
    // ("Total 000", "Total £m": a unit is no words the groups share.)
    if (!/[a-z]{3}/.test(under)) return null;
    const parts = sorted.filter((p) => {
      const words = p.header.trim().toLowerCase();
      return p !== ref && !TOTAL_OF_GROUPS.test(p.header) && words.endsWith(` ${under}`);
    });
    if (parts.length < 2) return null;
    out.push({ total: ref, parts });
  }
  return out.length >= 2 ? out : null;
}

/** What every check across a line reads with: the table, its figures, each row's label and unit. */
interface LineReader {
  table: Table;
  read: ReadFigure;
  label: (row: number) => string;
  unitOf: (ref: ColumnRef) => 'count' | 'pounds';
  minimumTolerance: number;
  /** Whole things counted, which no rounding excuses. */
  exact: boolean;
}

/** A line's figure in `column` against what its other figures make of it. */
function lineSubject(
  r: LineReader,
  row: number,
  column: ColumnRef,
  shown: number,
  expected: number,
  tolerance: number,
  parts: { relation: 'sum' | 'difference' | 'movement' | 'carried' | 'change'; columns: string[] },
): Subject {
  return {
    kind: 'total',
    sheet: r.table.sheet.name,
    row,
    anchors: { default: column },
    facts: {
      label: r.label(row),
      columnHeader: columnName(column),
      unit: r.unitOf(column),
      total: shown,
      itemsSum: roundPence(expected),
      difference: roundPence(shown - expected),
      // (Figures to the penny or the tenth are judged in their own unit, not within the profile's pound.)
      tolerance: r.exact ? 0 : tolerance < 1 ? tolerance : Math.max(r.minimumTolerance, tolerance),
      itemCount: parts.relation === 'sum' ? parts.columns.length : 2,
      totalKind: 'line',
      lineRelation: parts.relation,
      partColumns: parts.columns,
    },
  };
}

/** Whether a line holds its relation, within its tolerance. */
const holds = (s: Subject) => Math.abs(s.facts.difference as number) <= (s.facts.tolerance as number);

/** Figures printed to the pound but every one a whole thousand: rounded to the thousand. */
const THOUSAND = 1000;
/** …or every one a whole ten, eight at least and not all whole hundreds: rounded to the ten. */
const TEN = 10;
const TENS_SHOWN = 8;

function roundedToTens(figures: readonly (Figure | null)[]): boolean {
  const values = figures.flatMap((f) => (f && f.value !== 0 && f.unit <= 1 ? [f.value] : []));
  return (
    values.length >= TENS_SHOWN &&
    values.every((v) => Number.isInteger(v) && v % TEN === 0) &&
    values.some((v) => v % (TEN * TEN) !== 0)
  );
}

/**
 * "Gross expenditure | Total income | Net cost": each line's net is its gross less its income
 * (income printed as a positive figure or a negative one). The headers say so, so half the lines
 * and one more holding it is enough to show it; the others are out of line.
 */
function netSubjects(r: LineReader, columns: readonly ColumnRef[]): Subject[] {
  return netColumns(columns).flatMap((found) => netSubjectsOf(r, found));
}

/**
 * "Net | Vat | Gross" in a schedule of payments: each line's gross against its net and its VAT (a
 * blank VAT nil), where two lines at least and more than half hold it.
 */
function vatSubjects(r: LineReader, columns: readonly ColumnRef[]): Subject[] {
  return vatColumns(columns).flatMap(({ net, vat, gross }) => {
    const parts = { relation: 'sum' as const, columns: [net.header, vat.header] };
    const lines = r.table.rows.flatMap((row) => {
      const [n, t, g] = [r.read(row.row, net), r.read(row.row, vat), r.read(row.row, gross)];
      if (row.kind === 'section' || !n || !g || (n.value === 0 && g.value === 0)) return [];
      return [{ row: row.row, n, t, g }];
    });
    // (Pence throughout: "15.6" is 15.60, written without its nought.)
    const printed = lines.flatMap((l) => [l.n, l.t, l.g].flatMap((f) => (f && f.value !== 0 ? [f.unit] : [])));
    const unit = printed.length > 0 ? commonUnit(printed) : 1;
    const subjects = lines.map(({ row, n, t, g }) =>
      lineSubject(r, row, gross, g.value, n.value + (t?.value ?? 0), unit, parts),
    );
    const holding = subjects.filter(holds);
    return holding.length >= LINES_ADDING && holding.length * 2 > subjects.length ? subjects : [];
  });
}

function netSubjectsOf(
  r: LineReader,
  { net, gross, income }: { net: ColumnRef; gross: ColumnRef; income: ColumnRef },
): Subject[] {
  const lines = r.table.rows
    .filter((row) => row.kind !== 'section')
    .map((row) => ({
      row: row.row,
      shown: r.read(row.row, net),
      gross: r.read(row.row, gross),
      income: r.read(row.row, income),
    }))
    .filter((l) => l.shown !== null && l.gross !== null && l.income !== null);
  const figures = lines.flatMap((l) => [l.shown, l.gross, l.income].map((f) => f?.value ?? 0));
  const rounded = figures.some((v) => v !== 0) && figures.every((v) => v % THOUSAND === 0);
  const parts = { relation: 'difference' as const, columns: [`${gross.header} less ${income.header}`] };
  // ("-2.0" among figures to one place is stored as -2: its column's unit, not its own, is how it was printed.)
  const columnUnit = (pick: (l: (typeof lines)[number]) => { value: number; unit: number } | null) => {
    const units = lines.flatMap((l) => {
      const f = pick(l);
      return f && f.value !== 0 ? [f.unit] : [];
    });
    return units.length > 0 ? commonUnit(units) : Infinity;
  };
  const printedTo = [columnUnit((l) => l.shown), columnUnit((l) => l.gross), columnUnit((l) => l.income)];
  const subjects = lines.map(({ row, shown, gross: g, income: i }) => {
    const [n, a, b] = [shown, g, i] as { value: number; unit: number }[];
    const [nu, au, bu] = [n, a, b].map((f, k) => Math.min(f.unit, printedTo[k]));
    const unit = Math.max(nu, au, bu, rounded ? THOUSAND : 0);
    return lineSubject(r, row, net, n.value, a.value - Math.abs(b.value), unit, parts);
  });
  const holding = subjects.filter(holds);
  return holding.length >= LINES_ADDING && holding.length * 2 > subjects.length ? subjects : [];
}

/**
 * A variance that is not the difference it names. The relation the most lines hold is taken,
 * where at least two lines with figures that differ hold it and at least as many lines hold it as
 * not; the lines that do not are out of line.
 */
function varianceSubjects(r: LineReader, columns: readonly ColumnRef[]): Subject[] {
  const best = new Map<number, { subjects: Subject[]; holding: number }>();
  // (A heading that states its relation by the columns' letters is taken at its word: the lines
  // only say which way round a "difference between" runs.)
  const stated = statedRelations(columns);
  const statedFor = new Set(stated.map((rel) => rel.shown.column));
  const relations = [...stated, ...varianceRelations(columns).filter((rel) => !statedFor.has(rel.shown.column))];
  for (const relation of relations) {
    const lines = relationSubjects(r, relation);
    const subjects = lines.map((l) => l.subject);
    // (A line whose figures are all nil says nothing; "15,115 | 15,115 | 0" says the variance is their difference.)
    const telling = lines.filter((l) => l.figured).map((l) => l.subject);
    const holding = telling.filter(holds);
    // (Half the lines holding it exactly is no chance: the heading names the difference, and the
    // other half are out. "(Under)/Overspend" right on two of four schemes.)
    const taken = relation.stated
      ? holding.length >= 1
      : holding.length >= LINES_ADDING && holding.length * 2 >= telling.length;
    if (!taken) continue;
    const before = best.get(relation.shown.column);
    if (!before || holding.length > before.holding)
      best.set(relation.shown.column, { subjects, holding: holding.length });
  }
  return [...best.values()].flatMap((b) => b.subjects);
}

function relationSubjects(r: LineReader, { shown, plus, minus }: Relation): { subject: Subject; figured: boolean }[] {
  const out: { subject: Subject; figured: boolean }[] = [];
  // (A side left blank, "Pay Savings | -1,223 | | 1,223", is nil: nothing spent against it.)
  const blank = (row: number, ref: ColumnRef) => cellAt(r.table.sheet, row, ref.column) === null;
  const nil = (f: Figure): Figure => ({ ...f, value: 0 });
  const lines = r.table.rows
    .filter(({ kind }) => kind !== 'section')
    .map(({ row }) => {
      const [v, a, b] = [r.read(row, shown), r.read(row, plus), r.read(row, minus)];
      if (v && a && !b && blank(row, minus)) return { row, v, a, b: nil(a) };
      if (v && b && !a && blank(row, plus)) return { row, v, a: nil(b), b };
      return { row, v, a, b };
    })
    .filter((l) => l.v && l.a && l.b) as { row: number; v: Figure; a: Figure; b: Figure }[];
  // Each column's figures are printed to the unit most of them show: "1.52" among "1.487" and
  // "36.449" is 1.520 with its nought dropped, not a figure rounded to the ten thousand.
  const columnUnit = (pick: (l: (typeof lines)[number]) => Figure) => {
    const printed = lines.flatMap((l) => (pick(l).value !== 0 ? [pick(l).unit] : []));
    return printed.length > 0 ? commonUnit(printed) : 0;
  };
  const units = [columnUnit((l) => l.v), columnUnit((l) => l.a), columnUnit((l) => l.b)];
  const lineUnit = (l: (typeof lines)[number]) =>
    units.some((u) => u > 0) ? Math.max(...units) : Math.max(l.v.unit, l.a.unit, l.b.unit);
  // (Favourable or adverse: income's variance is actual less budget, spending's budget less
  // actual, in one column; a line may hold the difference either way round. Where every other line
  // holds it one way, three at least, a line holding it only the other way has lost its sign.)
  const within = (l: (typeof lines)[number], x: number) =>
    Math.abs(l.v.value - x) <= lineUnit(l) * partsRounding(2) + 1e-9;
  const ways = lines.map((l) => {
    const d = l.a.value - l.b.value;
    return d === 0 ? 'nil' : within(l, d) ? 'plain' : within(l, -d) ? 'flipped' : 'neither';
  });
  const count = (w: string) => ways.filter((x) => x === w).length;
  const [plain, reversed] = [count('plain'), count('flipped')];
  const oneWay = plain >= 3 && reversed === 1 ? 'plain' : reversed >= 3 && plain === 1 ? 'flipped' : null;
  for (const { row, v, a, b } of lines) {
    const difference = a.value - b.value;
    const flipped = oneWay ? oneWay === 'flipped' : Math.abs(v.value + difference) < Math.abs(v.value - difference);
    const columns = [flipped ? `${minus.header} less ${plus.header}` : `${plus.header} less ${minus.header}`];
    const unit = lineUnit({ row, v, a, b }) * partsRounding(2);
    out.push({
      subject: lineSubject(r, row, shown, v.value, flipped ? -difference : difference, unit, {
        relation: 'difference',
        columns,
      }),
      figured: v.value !== 0 || a.value !== 0 || b.value !== 0,
    });
  }
  return out;
}

export function lineTotalSubjects(
  table: Table,
  columns: readonly ColumnRef[],
  read: ReadFigure,
  label: (row: number) => string,
  unitOf: (ref: ColumnRef) => 'count' | 'pounds',
  minimumTolerance: number,
  exact = false,
): Subject[] {
  // "Gross profit %" among lines in £000: a ratio of each column's own figures, which no column
  // adds, nets or varies across the line.
  const ratioLine = (row: number) =>
    RATIO_LABEL.test(label(row)) ||
    columns.filter((c) => formatAt(table.sheet, row, c.column)?.includes('%')).length * 2 > columns.length;
  // ("Hackney | 15.4 | … | 72.5" over "Islington", the 72.5 merged down over both: figures the
  // two lines share are no one line's, and the line cannot be cast.)
  const sharedLine = (row: number) => columns.some((c) => inTallMerge(table.sheet, row, c.column));
  const lineRead: ReadFigure = (row, ref) => (ratioLine(row) || sharedLine(row) ? null : read(row, ref));
  const reader: LineReader = { table, read: lineRead, label, unitOf, minimumTolerance, exact };
  const subjects: Subject[] = [];
  for (const { total, parts: headed } of lineTotalColumns(columns, table.acrossTotalColumn)) {
    // Each line's total and figures, read once.
    const totalled = table.rows
      .filter((r) => r.kind !== 'section')
      .map((r) => ({ row: r.row, shown: lineRead(r.row, total), figures: headed.map((p) => lineRead(r.row, p)) }))
      // (A nil line, "0" with its parts left blank, says nothing of which columns are parts; nor
      // does a line of units, "£000" over each column.)
      .filter(
        (l) =>
          l.shown !== null &&
          !(l.shown.value === 0 && l.figures.every((f) => f === null)) &&
          !isMoneyUnit(textAt(table.sheet, l.row, total.column)),
      );
    // A column of words with a figure here and there ("over £212,001" among value bands) is no part;
    // one of figures with blanks between (each line funded from one of three columns) is.
    const words = (row: number, ref: ColumnRef) => {
      const v = cellAt(table.sheet, row, ref.column);
      return typeof v === 'string' && v.trim() !== '' && !NIL_TEXT.test(v) && !isMoneyUnit(v);
    };
    const kept = headed
      .map((_, i) => i)
      .filter((i) => {
        const figures = totalled.filter((l) => l.figures[i] !== null).length;
        const texts = totalled.filter((l) => words(l.row, headed[i])).length;
        return figures * 2 >= totalled.length || (figures >= 1 && texts === 0);
      });
    // (One fund's total is that fund alone: "Unrestricted funds | Total funds".)
    const fewest = headed.length === 1 ? 1 : 2;
    if (kept.length < fewest) continue;
    // ("13,800" over "6,960" and "6,830", every figure a whole ten: counts rounded to the ten.)
    const tens = roundedToTens(totalled.flatMap((l) => [l.shown, ...l.figures]));
    const linesOf = (used: readonly number[]): Subject[] => {
      const parts = used.map((i) => headed[i]);
      const lines: Subject[] = [];
      const sumOf = { relation: 'sum' as const, columns: parts.map((p) => p.header) };
      for (const { row, shown, figures: all } of totalled) {
        const figures = used.map((i) => all[i]);
        if (!shown || figures.every((f) => f === null)) continue;
        const sum = figures.reduce((a, f) => a + (f?.value ?? 0), 0);
        // The unit the parts are printed to, most of them ("0.6" among "0.757", "0.604" is 0.600 with
        // its noughts dropped), or the total's where it is coarser; a nil part, "—", is rounded to nothing.
        const printed = figures.flatMap((f) => (f && f.value !== 0 ? [f.unit] : []));
        const unit = Math.max(shown.unit, printed.length > 0 ? commonUnit(printed) : 0, tens ? TEN : 0);
        lines.push(lineSubject(reader, row, total, shown.value, sum, unit * partsRounding(parts.length), sumOf));
      }
      return lines;
    };
    // Most lines must add up, twice as many as do not: the column is then shown to be their total.
    const shown = (lines: Subject[]) => {
      const adding = lines.filter(holds).length;
      return adding >= LINES_ADDING && adding >= 2 * (lines.length - adding);
    };
    // Every figure column since the last total, or else the last few before it: "Precept | Actual
    // to date | Estimate to year end | Estimated year total" totals the two just before it. Of
    // those shown to be its parts, the ones the most lines hold: "Slippage | 2006/07 | … | Total"
    // holds where the slippage is blank, and "2006/07 | … | Total" on every line as well.
    let best: Subject[] | null = null;
    for (let from = 0; from + fewest <= kept.length; from++) {
      const lines = linesOf(kept.slice(from));
      if (shown(lines) && (!best || lines.filter(holds).length > best.filter(holds).length)) best = lines;
    }
    if (best) subjects.push(...best);
  }
  subjects.push(...netSubjects(reader, columns), ...vatSubjects(reader, columns), ...varianceSubjects(reader, columns));
  subjects.push(...balanceSubjects(reader));
  subjects.push(...percentChangeSubjects(reader), ...shareSubjects(reader, columns), ...yearChangeSubjects(reader));
  subjects.push(...quotientSubjects(reader), ...priceBaseSubjects(reader, columns));
  const related = new Set(subjects.map((x) => x.anchors.default.column));
  const banded = [...bandSubjects(reader, related), ...bandAcrossSubjects(reader, related)];
  subjects.push(...banded);
  for (const x of banded) related.add(x.anchors.default.column);
  subjects.push(...evidentSubjects(reader, columns, related));
  for (const c of carriedBalances(table, columns, read, label)) {
    const parts = { relation: 'carried' as const, columns: [columnName(c.from)] };
    subjects.push(lineSubject(reader, c.row, c.to, c.shown, c.carried, c.unit, parts));
  }
  return subjects;
}

/**
 * A reserves statement across the line: each balance is the one before it moved by the columns
 * between ("Balance at 1/4/2012" and "Outturn 2012/13" come to "Balance at 31/3/2013"). The steps
 * were taken where most lines hold them; the lines that do not are out.
 */
function balanceSubjects(r: LineReader): Subject[] {
  const out: Subject[] = [];
  for (const step of r.table.balanceSteps ?? []) {
    const parts = {
      relation: 'movement' as const,
      columns: [`${step.from.header} moved by ${step.moves.map((m) => m.ref.header).join(' and ')}`],
    };
    for (const { row, kind } of r.table.rows) {
      if (kind === 'section') continue;
      const [shown, from] = [r.read(row, step.to), r.read(row, step.from)];
      if (!shown || !from) continue;
      let arrival = from.value;
      let unit = Math.max(shown.unit, from.unit);
      for (const m of step.moves) {
        const v = r.read(row, m.ref);
        if (!v) continue;
        arrival += m.out && v.value > 0 ? -v.value : v.value;
        unit = Math.max(unit, v.unit);
      }
      out.push(lineSubject(r, row, step.to, shown.value, arrival, unit * partsRounding(step.moves.length + 1), parts));
    }
  }
  return out;
}

/** Lines a relation no heading names must hold on before it is taken for the table's own. */
const EVIDENT_LINES = 6;
/** …and the share of the lines that must hold it, of those with two figures or three: at most one in ten is out. */
const EVIDENT_SHARE = 0.9;

/**
 * "Band D Equivalent Properties | Benefit Band D | Adjusted Band D Figure": a column that is, on
 * nearly every line, the two figure columns just left of it added or one less the other, though no
 * heading says so. Six lines at least and nine in ten hold it exactly, which no chance does: the
 * lines that do not are out, as a finance officer cross-casting the table would find them.
 */
function evidentSubjects(r: LineReader, columns: readonly ColumnRef[], related: ReadonlySet<number>): Subject[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const out: Subject[] = [];
  for (let k = 2; k < sorted.length; k++) {
    const [x, y, z] = [sorted[k - 2], sorted[k - 1], sorted[k]];
    if (related.has(z.column)) continue;
    // (Totals are left to the totals check: a line out puts its column's total out of the relation too.)
    const read = r.table.rows
      .filter(({ kind }) => kind === 'item')
      .map(({ row }) => ({ row, a: r.read(row, x), b: r.read(row, y), v: r.read(row, z) }));
    const figured = (f: Figure | null): f is Figure => f !== null && f.value !== 0;
    const lines = read.filter((l) => figured(l.a) && figured(l.b) && figured(l.v)) as {
      row: number;
      a: Figure;
      b: Figure;
      v: Figure;
    }[];
    // ("Deficits | Surpluses | Net expenditure": a net column after two others is what they leave,
    // its heading says, so half the lines and one more holding it are enough.)
    const named = namesNetOf([x, y], z);
    const [fewest, share] = named ? [LINES_ADDING, 0.5] : [EVIDENT_LINES, EVIDENT_SHARE];
    if (lines.length < fewest) continue;
    // "192,000 | (blank) | 192,000": a line with one part nil holds the relation too, or tells against it.
    const nilPart = read.filter((l) => figured(l.v) && figured(l.a) !== figured(l.b));
    for (const way of TWO_COLUMN_WAYS.map((w) => ({ ...w, names: w.names(x.header, y.header) }))) {
      const subjects = lines.map(({ row, a, b, v }) => {
        const unit = Math.max(a.unit, b.unit, v.unit) * partsRounding(2);
        return lineSubject(r, row, z, v.value, way.of(a.value, b.value), unit, {
          relation: way.relation,
          columns: way.names,
        });
      });
      const holding = subjects.filter(holds).length;
      const nilHolding = nilPart.filter(({ a, b, v }) => {
        const expected = way.of(a?.value ?? 0, b?.value ?? 0);
        return Math.abs((v as Figure).value - expected) <= Math.max(a?.unit ?? 0, b?.unit ?? 0, (v as Figure).unit);
      }).length;
      const held = (holding + nilHolding) / (subjects.length + nilPart.length);
      if (holding < fewest || (named ? held <= share : held < share)) continue;
      out.push(...subjects);
      // ("Contribution To General Fund Balance | 0 | (2,199,130) | (2,099,130)": a line with one
      // part nil is held to the relation the table shows, as the others are.)
      for (const { row, a, b, v } of nilPart) {
        const unit = Math.max(a?.unit ?? 0, b?.unit ?? 0, (v as Figure).unit) * partsRounding(2);
        const expected = way.of(a?.value ?? 0, b?.value ?? 0);
        out.push(
          lineSubject(r, row, z, (v as Figure).value, expected, unit, { relation: way.relation, columns: way.names }),
        );
      }
      break;
    }
  }
  return out;
}

/** A line's printed percentage against the one its figures give, said in percentages. */
function percentSubject(
  r: LineReader,
  row: number,
  shown: ColumnRef,
  { pct, expected, tolerance }: { pct: number; expected: number; tolerance: number },
  relation: 'share' | 'change',
  partColumns: string[],
): Subject {
  return {
    kind: 'total',
    sheet: r.table.sheet.name,
    row,
    anchors: { default: shown },
    facts: {
      label: r.label(row),
      columnHeader: columnName(shown),
      unit: 'percent',
      total: pct,
      itemsSum: Math.round(expected * 10000) / 10000,
      difference: Math.round((pct - expected) * 10000) / 10000,
      tolerance,
      itemCount: 2,
      totalKind: 'line',
      lineRelation: relation,
      partColumns,
    },
  };
}

/**
 * "Cost | Grant Sought £ | %": a column of percentages, each line's figure just left of it as a
 * share of another figure on the line, though no heading says of which. Taken where six lines at
 * least and nine in ten hold it to the place the percentage is printed to (its sign aside); the
 * lines that do not are out.
 */
function shareSubjects(r: LineReader, columns: readonly ColumnRef[]): Subject[] {
  const { table } = r;
  const figures = [...columns].sort((a, b) => a.column - b.column);
  const items = table.rows.filter((row) => row.kind === 'item').map((row) => row.row);
  const out: Subject[] = [];
  for (let column = table.firstColumn; column <= table.lastColumn; column++) {
    const shown: ColumnRef = { column, header: headerOf(table, column) };
    const formatted = (row: number) => (formatAt(table.sheet, row, column) ?? '').includes('%');
    // ("Forecast Variance (October) | %" over "5", "-20": whole percentages, the sign in the heading.)
    const headed = PERCENT_HEADING.test(shown.header);
    const percents = items.filter((row) => {
      const v = cellAt(table.sheet, row, column);
      return typeof v === 'number' && (formatted(row) || (headed && !figures.some((f) => f.column === column)));
    });
    const left = figures.filter((f) => f.column < column);
    // ("Allocation | LEA's Plans | Allocation as percentage of plans": the figure just left is the
    // whole the heading names, so the share is of the one before it.)
    const part =
      left.length >= 2 && namesItsBase(shown.header, left[left.length - 1].header) ? left.at(-2) : left.at(-1);
    if (!part) continue;
    // (A heading that names the figure it is a share of, "Forecast Variance (October) %" beside
    // "Forecast Variance (October)", or the whole, "Allocation as percentage of bid", needs fewer
    // lines to show it.)
    const named =
      sameFigure(shown.header, part.header) || figures.some((f) => f !== part && namesItsBase(shown.header, f.header));
    const [evidentLines, evidentShare] = named ? [NAMED_LINES, NAMED_SHARE] : [EVIDENT_LINES, EVIDENT_SHARE];
    if (percents.length < evidentLines) continue;
    const pctAt = (row: number) => {
      const v = cellAt(table.sheet, row, column) as number;
      return formatted(row) ? v : v / 100;
    };
    const placeAt = (row: number) =>
      formatted(row)
        ? percentPlace(formatAt(table.sheet, row, column))
        : 10 ** -((/\.(\d+)/.exec(String(cellAt(table.sheet, row, column)))?.[1].length ?? 0) + 2);
    // (A share of a variance printed without its sign, "33%" for -33%, holds it too.)
    const holds = (l: { pct: number; expected: number; tolerance: number }) =>
      Math.abs(Math.abs(l.pct) - Math.abs(l.expected)) <= l.tolerance;
    // Of the figures it may be a share of, the one most lines hold it to ("of the forecast", not the budget).
    let best: {
      base: ColumnRef;
      before: boolean;
      lines: { row: number; pct: number; expected: number; tolerance: number }[];
      holding: number;
    } | null = null;
    // ("2017-18 uplift (£m) | 2017-18 uplift % | 2017-18 General allocation (£m)": an uplift is a
    // share of what the allocation was before it, the allocation less the uplift. So is a change
    // to a budget printed after it: "Allocation | % | Budget 2007/08", the budget it led to.)
    const growth = GROWTH_HEADER.test(shown.header);
    for (const base of figures) {
      if (base.column === part.column || base.column === column) continue;
      for (const before of [false, ...(growth || base.column > column ? [true] : [])]) {
        const lines = percents.flatMap((row) => {
          const [a, whole] = [r.read(row, part), r.read(row, base)];
          const pct = pctAt(row);
          const b = whole && a && before ? { ...whole, value: whole.value - a.value } : whole;
          if (!a || !b || b.value === 0) return [];
          // (And the figures' own rounding: "-7" of £000 over 232 is anything from -2.8% to -3.2%.)
          const rounding = a.unit / 2 / Math.abs(b.value) + (Math.abs(a.value) * b.unit) / 2 / b.value ** 2;
          const tolerance = placeAt(row) + rounding + 1e-9;
          return [{ row, pct, expected: a.value / b.value, tolerance }];
        });
        const holding = lines.filter(holds).length;
        if (holding < evidentLines || holding < evidentShare * lines.length) continue;
        if (!best || holding > best.holding) best = { base, before, lines, holding };
      }
    }
    if (!best) continue;
    for (const { row, pct, expected, tolerance } of best.lines.filter((l) => !holds(l)))
      out.push(
        percentSubject(r, row, shown, { pct, expected, tolerance }, 'share', [
          best.before
            ? `${columnName(part)} as a share of ${columnName(best.base)} less ${columnName(part)}`
            : `${columnName(part)} as a share of ${columnName(best.base)}`,
        ]),
      );
  }
  return out;
}

/** Lines a share its heading names must hold on, and the share of the lines that must. */
const NAMED_LINES = 4;
const NAMED_SHARE = 2 / 3;

/** "Forecast Variance (October) %" and "Forecast Variance (October) £000": one figure's names, units aside. */
function sameFigure(a: string, b: string): boolean {
  const words = (t: string) => (t.toLowerCase().match(/[a-z]+|\d+/g) ?? []).filter((w) => w !== '000' && w !== 'k');
  const [x, y] = [words(a), words(b)];
  return x.length > 0 && x.join(' ') === y.join(' ');
}

/**
 * Figures year by year down the lines: each year's printed change in per cent against the one its
 * figure and the year before's give ("the change from £ million in 1995–96 is 4.8%").
 */
function yearChangeSubjects(r: LineReader): Subject[] {
  const changes = r.table.yearChanges;
  if (!changes) return [];
  // (The year a change is from is its line's year, "1979", though the line's words are a dash.)
  const yearOf = (row: number) => {
    const year = cellAt(r.table.sheet, row, r.table.firstColumn);
    return typeof year === 'number' || (typeof year === 'string' && year.trim()) ? String(year).trim() : r.label(row);
  };
  return changes.pairs.flatMap((pair) =>
    changesDown(r.table.sheet, changes.rows, pair).flatMap(({ row, before, pct, expected, tolerance }) =>
      pair.absolute
        ? changeSubject(r, row, yearOf(before), before, pair)
        : percentSubject(
            r,
            row,
            pair.shown,
            { pct: pct / 100, expected: expected / 100, tolerance: tolerance / 100 },
            'change',
            [`${columnName(pair.of)} in ${yearOf(before)}`],
          ),
    ),
  );
}

/**
 * "Expenditure | Year-on-year change": a line's change in the figures' own unit against its figure
 * less the year before's, each read at its scale, within their rounding.
 */
function changeSubject(
  r: LineReader,
  row: number,
  year: string,
  before: number,
  pair: { shown: ColumnRef; of: ColumnRef },
): Subject[] {
  const [shown, from, to] = [r.read(row, pair.shown), r.read(before, pair.of), r.read(row, pair.of)];
  if (!shown || !from || !to) return [];
  const tolerance = from.unit / 2 + to.unit / 2 + shown.unit / 2;
  return [
    lineSubject(r, row, pair.shown, shown.value, to.value - from.value, tolerance, {
      relation: 'change',
      columns: [`${columnName(pair.of)} in ${year}`],
    }),
  ];
}

/**
 * Charges by council tax band: each band line against its ninths of the Band D line in the same
 * column ("8/9 of Band D's £111.53 comes to £99.14, but the charge shows £93.14").
 */
function bandSubjects(r: LineReader, related: ReadonlySet<number>): Subject[] {
  const bands = r.table.bands;
  if (!bands) return [];
  const out: Subject[] = [];
  const dRow = [...bands.rows].find(([, band]) => band === 'D')?.[0];
  // (A column already cast across the line, "Total Annual Increase" as this year less last, is said once.)
  for (const column of bands.columns.filter((c) => !related.has(c.column))) {
    const d = dRow === undefined ? null : r.read(dRow, column);
    if (!d) continue;
    // (The charges' printed unit in pounds: in a column of £000 a unit is a thousand pounds.)
    const unit =
      bandUnit(r.table.sheet, bands.rows, column.column) *
      (d.value / (cellAt(r.table.sheet, dRow as number, column.column) as number));
    for (const [row, band] of bands.rows) {
      const v = band === 'D' ? null : r.read(row, column);
      if (!v) continue;
      const ninths = ninthsOf(band);
      const shown = r.unitOf(column) === 'count' ? formatCount(d.value) : formatPounds(d.value);
      const parts = { relation: 'difference' as const, columns: [`${ninths}/9 of Band D's ${shown}`] };
      out.push(lineSubject(r, row, column, v.value, (d.value * ninths) / 9, bandTolerance(unit, band), parts));
    }
  }
  return out;
}

/**
 * Charges by council tax band across each line: each band's charge against its ninths of the
 * line's own Band D ("15/9 of Band D's £1,874.13 comes to £3,123.55, but G shows £3,132.55").
 */
function bandAcrossSubjects(r: LineReader, related: ReadonlySet<number>): Subject[] {
  const bands = r.table.bandsAcross;
  if (!bands) return [];
  const dColumn = [...bands].find(([, band]) => band === 'D')?.[0];
  const header = (column: number) => ({ column, header: headerOf(r.table, column) });
  const rows = r.table.rows.filter((l) => l.kind === 'item').map((l) => l.row);
  const out: Subject[] = [];
  for (const row of rows) {
    const d = dColumn === undefined ? null : r.read(row, header(dColumn));
    if (!d) continue;
    for (const [column, band] of bands) {
      const v = band === 'D' || related.has(column) ? null : r.read(row, header(column));
      if (!v) continue;
      const ninths = ninthsOf(band);
      const unit = Math.max(v.unit, d.unit);
      const parts = { relation: 'difference' as const, columns: [`${ninths}/9 of Band D's ${formatPounds(d.value)}`] };
      out.push(
        lineSubject(r, row, header(column), v.value, (d.value * ninths) / 9, acrossTolerance(unit, band), parts),
      );
    }
  }
  return out;
}

/**
 * "Funding per head" against each line's grants over its population (found so when the table was
 * read), within the rounding of all three; the totals lines too, which divide their own figures.
 */
function quotientSubjects(r: LineReader): Subject[] {
  const out: Subject[] = [];
  // (A quotient is no whole count, whatever its figures count.)
  const reader = { ...r, exact: false };
  const lines = r.table.rows.filter((l) => l.kind !== 'section').map((l) => l.row);
  for (const { shown, over, under, scale } of r.table.quotients ?? []) {
    // (As typed, in the units the quotient was found in: "£ million" over "million" is £ per head;
    // each to the places its column is printed to, "2.6" among "2.58" being 2.60.)
    const columns = [shown, over, under].map((c) => columnFigures(r.table.sheet, lines, c.column));
    lines.forEach((row, i) => {
      const [q, a, b] = columns.map((c) =>
        c.values[i] === null ? null : { value: c.values[i] as number, unit: c.unit },
      );
      if (!q || !a || !b || q.value === 0 || a.value === 0 || Math.abs(b.value) <= b.unit / 2) return;
      const expected = (a.value / b.value) * scale;
      const tolerance = quotientTolerance(q, a, b, expected);
      const parts = { relation: 'difference' as const, columns: [`${columnName(over)} over ${columnName(under)}`] };
      out.push(lineSubject(reader, row, shown, q.value, expected, tolerance, parts));
    });
  }
  return out;
}

/** "Uplift %", "Increase %", "Growth": a change, a share of the figure before it. */
const GROWTH_HEADER = /\b(?:uplift|increase|growth|rise)\b/i;

/** Half of 0.1%, the place most percentages are printed to. */
const PERCENT_ROUNDING = 0.0005;

/**
 * "2007-08 | 2008-09 | Change %": each line's percentage against the change between its figures,
 * where most lines hold it (found so when the table was read). Said in percentages.
 */
function percentChangeSubjects(r: LineReader): Subject[] {
  const out: Subject[] = [];
  for (const { shown, from, to, scale } of r.table.percentChanges ?? []) {
    for (const { row, kind } of r.table.rows) {
      if (kind === 'section') continue;
      const printed = cellAt(r.table.sheet, row, shown.column);
      const [a, b] = [r.read(row, from), r.read(row, to)];
      if (typeof printed !== 'number' || !a || !b || a.value === 0) continue;
      const pct = printed / scale;
      const expected = (b.value - a.value) / a.value;
      const tolerance = PERCENT_ROUNDING + Math.max(a.unit, b.unit) / Math.abs(a.value);
      out.push(
        percentSubject(r, row, shown, { pct, expected, tolerance }, 'change', [
          `${columnName(from)} to ${columnName(to)}`,
        ]),
      );
    }
  }
  return out;
}

/**
 * Each line's figures at constant prices against its cash figures at the factor its other pairs
 * show (found so when the table was read): a pair out of step has one figure typed wrong. Said of
 * the figure at constant prices, its cash figure restated by the line's other pairs' factor.
 */
function priceBaseSubjects(r: LineReader, columns: readonly ColumnRef[]): Subject[] {
  const pairs = pricePairs(columns);
  if (pairs.length === 0) return [];
  const lines = r.table.rows
    .filter((l) => l.kind === 'item')
    .map(({ row }) => ({ row, held: heldPairs(pairs, (ref) => r.read(row, ref)) }));
  if (!pricesHold(lines.map((l) => l.held))) return [];
  const agreeing = lines.filter((l) => l.held.length >= 2 && lineAgrees(l.held));
  // (Where a line's two pairs disagree, the factor between its neighbours' says which is out: a
  // year's prices lie between the years' either side.)
  const nearFactor = (row: number) => {
    const before = agreeing.filter((l) => l.row < row).at(-1)?.held[0].factor;
    const after = agreeing.find((l) => l.row > row)?.held[0].factor;
    return before !== undefined && after !== undefined ? (before + after) / 2 : (before ?? after ?? null);
  };
  return lines.flatMap(({ row, held }) =>
    pairsOut(held, nearFactor(row)).map((p) => {
      // (The line's factor as its other pairs show it, the most precise of them.)
      const other = held.filter((q) => q !== p).sort((x, y) => x.slack - y.slack)[0];
      // (Said to the unit the figure is printed to, which widens what is allowed by half of one.)
      const exact = p.cash.value * other.factor;
      const expected = Math.round(exact / p.real.unit) * p.real.unit;
      const tolerance = p.real.unit + Math.abs(exact) * (p.cash.unit / 2 / Math.abs(p.cash.value) + other.slack);
      const parts = {
        relation: 'difference' as const,
        columns: [`${columnName(p.pair.cash)} at the prices its line's other figures are restated at`],
      };
      return lineSubject(r, row, p.pair.real, p.real.value, expected, tolerance, parts);
    }),
  );
}
