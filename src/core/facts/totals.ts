/**
 * Totals rows: each figure column of a totals row should equal the sum of what it totals. A reader
 * accepts a total that adds up any of the usual ways — its own section (the items since the last
 * heading or total), every item above it, or the subtotals above it — and flags one that adds up
 * no way at all. Rounding is allowed in the table's own unit: a £'000 table may be £1,000 out.
 * Running sums keep this one pass over the rows.
 */
import { lineTypeOf, typeNamedBy } from '../tables/line-types';
import {
  BROKEN_FIGURE,
  FOOTNOTED_FIGURE,
  LINE_REFERENCE,
  isGapLine,
  isOpeningBalance,
  isSurplusLine,
  isTotalLabel,
  letteredTerms,
  markedWith,
  namesWholeArea,
  raisesTax,
  textAt,
} from '../tables/layout';
import { type Balance, balanceLine, moveBalance, opened } from './balances';
import { headsOfRuns, joinsLineAndTotal, joinsTheirNames, namesTheirWhole, significantWords } from './total-patterns';
import type { ColumnRef, Table, TableRow } from '../tables/types';
import { cellAt, columnName, formatAt, headerOf, moneyScaleAt } from '../tables/types';
import type { FactContext, StageFacts } from './context';
import { noteErrorCell, noteUnreadable } from './context';
import type { Subject } from './subject';
import { MISTYPED_FIGURE, isMangledFigure, parseMoney, stackedLines, standsForFigure } from '../parse/money';
import { poundsGap, roundPence } from './gaps';
import { MONEY_COLUMNS } from './savings';
import { lineTotalSubjects } from './line-totals';
import { breakdownSubjects } from './stated-breakdowns';
import { statedShareSubjects } from './stated-shares';
import { statedSumSubjects } from './stated-sums';
import { countsExactly } from './exact-counts';
import { NOTE_HEADER, totalColumnRight } from '../tables/figure-columns';
import { isMoneyUnit } from '../tables/header-blocks';
import { namesAGroup } from '../tables/merges';
import { besideLastRuns, offsetPairs, offsetRuns } from './offset-totals';
import { DOTTED_EXPECTED, dottedBesideLines, dottedThousands } from './dotted-thousands';
import { type Figure, groupsAboveParts } from './group-lines';

function figureColumns(table: Table): ColumnRef[] {
  if (table.figureColumns) return table.figureColumns;
  const refs: ColumnRef[] = [];
  for (const name of MONEY_COLUMNS) {
    const ref = table.columns[name];
    if (ref) refs.push(ref);
  }
  for (const p of table.partners) if (p.amount) refs.push(p.amount);
  for (const p of table.partners) if (p.driver) refs.push(p.driver);
  return refs;
}

/**
 * "Percentage of work", "Ratio to budget", "Spend as % of budget (%)": a line of rates among the
 * lines of money, which no total adds ("Pay award 2%" is a line of money).
 */
const RATE_LINE =
  /^\s*(?:percentage|per\s?cent|%|ratio|proportion)\b|\bas\s+an?\s+(?:%|percentage)|\(%\)\s*$|(?<![\d.]\s?)%\s*$/i;

/** "Financed by", "Funded by:": a heading over the sources that pay for the spending above. */
const FINANCED_BY = /^\s*(?:financed|funded)\s+(?:by|from)\b/i;

/** Decimal places a figure is written to, so rounding is judged in the table's own unit. */
function decimals(value: number, format: string | null): number {
  const fmt = format ? /0\.(0+)/.exec(format) : null;
  if (fmt) return fmt[1].length;
  if (Number.isInteger(value)) return 0;
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, 4);
}

/** Figures this far apart in size are different kinds of figure, not lines of one sum. */
const MIXED_UNITS_RATIO = 1e5;
/** The least a whole figure runs to that is a small line of pounds, not a rate or a count. */
const SMALL_LINE = 10;

/**
 * Whether a column's figures are of different kinds (a rate or a count among pounds). A whole
 * figure of ten or more is a small line of the same kind, however large the others: "Miscellaneous
 * £14" among grants of £3 million.
 */
function mixedUnits(values: readonly number[]): boolean {
  let min = Infinity;
  let max = 0;
  for (const v of values) {
    const a = Math.abs(v);
    if (a === 0) continue;
    if (a < min) min = a;
    if (a > max) max = a;
  }
  if (Number.isInteger(min) && min >= SMALL_LINE) return false;
  return max > 0 && max / min > MIXED_UNITS_RATIO;
}

/** The row of the last total above `row` (or `row` itself where there is none). */
function totalAbove(table: Table, row: number): number {
  return totalsAbove(table, row).at(-1) ?? row;
}

/** The rows of the totals and subtotals above a row, in order. */
function totalsAbove(table: Table, row: number): number[] {
  return table.rows.filter((r) => r.row < row && (r.kind === 'total' || r.kind === 'subtotal')).map((r) => r.row);
}

/** One column of a totals row, weighed against what it may total before the row is judged as a whole. */
interface Weighed {
  ref: ColumnRef;
  /** The total was read one column right of the lines' column ("£ | £"). */
  shiftedRight: boolean;
  s: Running;
  v: { value: number; unit: number; typed: number };
  readings: number[];
  closest: number;
  /** The reading nearest it other than a run of the lines just above it (null: none). */
  wholeClosest: number | null;
  /** Whether any reading matches it. */
  near: boolean;
  /** Whether a reading other than a run of the lines just above it matches it. */
  nearOthers: boolean;
  /** Whether a reading matches it with the sign its lines give. */
  nearSigned: boolean;
  heading: boolean;
  /** A total straight under another, with no lines of its own below: stated on its own unless most columns read it as a total. */
  onItsOwn: boolean;
  /** Item lines the row may total: one line it does not equal is no total of it. */
  covered: number;
  /** Where among the readings every line and the totals standing among them is (-1: not there). */
  standaloneAt: number;
  /** The subtotals' sum is the first reading, as for a total under subtotals. */
  subtotalsFirst: boolean;
  /** The heading lines' reading, where the lines head runs of their own, and the one that slips. */
  headsAt: number;
  headSlip: { row: number; lines: number; sum: number; value: number; label: string } | null;
  grand: boolean;
  below: number | null;
  ofType: { sum: number; lines: number } | undefined;
  tolerance: number;
}

/** A figure no reading matches, smaller than one of the lines (none negative) it would total. */
function belowALine(w: Weighed): boolean {
  const lines = w.s.recent;
  return !w.near && w.v.value >= 0 && lines.length >= 2 && lines.every((x) => x >= 0) && w.v.value < Math.max(...lines);
}

/** Lines kept for reading a total as the run just above it; longer runs are read as whole sections. */
const RECENT_LINES = 200;

/**
 * How many units of its last printed digit rounding may leave a total out from `lines` rounded
 * lines: one, two from 8 lines, three from 18, four from 32 (the square root of half the lines,
 * about two and a half times the spread of that many rounding errors).
 */
function roundingUnits(lines: number): number {
  return Math.max(1, Math.floor(Math.sqrt(lines / 2)));
}

/**
 * The least a total may be out by. Whole pounds round to the pound, and the profile may allow
 * more; figures to the penny, or to one place (millions or thousands with no unit named), are
 * judged in their own unit alone.
 */
function roundingFloor(ctx: FactContext, unit: number): number {
  return unit < 1 ? 0 : ctx.profile.tolerances.totalsPounds;
}

interface Running {
  /** The last total's figure, which a following total may carry forward ("Total net expenditure" → "Total levy"). */
  lastTotal: number | null;
  /** What that total should have been from its items: a later total builds on this, not on a slip. */
  lastTotalFromItems: number | null;
  section: number;
  sectionItems: number;
  /** The lines of the section with a figure in this column. */
  sectionFigures: number;
  /** The lines since the last total or subtotal with a figure in this column, across section headings. */
  figuresSinceSum: number;
  /** The lines since then saying their figure is not available ("n/a") in this column. */
  notAvailableSinceSum: number;
  /** What those lines add up to. */
  sinceSum: number;
  /**
   * The figure of the last line in this column, since the last total: the year's result
   * ("Net movement in funds") a balance brought forward under it may be carried forward with.
   */
  lastLine: number | null;
  /** The lines since the last total or subtotal, with a figure in this column or none. */
  itemsSinceSum: number;
  all: number;
  /** The lines with a reference in the reference column ("WC1"), where some line has none ("Budget available"). */
  referenced: number;
  unreferenced: number;
  items: number;
  subtotals: number;
  /** What the lines under those subtotals add up to: a total may take the subtotals as printed in their stead. */
  subtotalled: number;
  sinceTotal: number;
  itemsSinceTotal: number;
  /** A line of words with no figures ("Comparatives for 2019/20") since the last total: a new statement starts. */
  headedSinceTotal: boolean;
  /** The figures since the last total, so a total of the lines just above it can be seen. */
  recent: number[];
  /** The rows those figures are on, in the same order. */
  recentRows: number[];
  /** The finest unit the lines are written to (0.1 for £m to one place): rounding is one of these. */
  finest: number;
  /** Some line since the last total was typed with its own scale ("£45k"), not as a bare figure. */
  scaledLines: boolean;
  /** Totals so far that head the lines below them rather than close those above. */
  headings: number[];
  /** The totals rows so far, and how many: what a grand total under them adds up. */
  totals: number;
  totalCount: number;
  /** Each of those totals in turn: a total of the sections above adds up the last few of them. */
  totalFigures: number[];
  /** Where lines are typed ("Gross Expenditure", "Gross Income", the net line): each type's sum since the last totals. */
  byType: Map<string, { sum: number; lines: number }>;
  afterTotal: boolean;
  /** A figure above is there but mangled ("146/235"): the totals below cannot be checked, only that line. */
  unreadableLine: boolean;
  /** A balance brought forward above: the lines since move it, and a closing balance is where they leave it. */
  balance: Balance | null;
  /** The total or subtotal just above, with no line of figures since: a balance brought forward under it may close with it. */
  justSummed: number | null;
  /** The deficits among the lines since the last total ("Revenue Deficit"): a balancing total takes them off. */
  deficitSinceTotal: number;
  /** The totals so far that stand on their own among the lines: a total of everything adds them in. */
  standalone: number;
  /** This row's figure stood on its own among the lines, which a total further down still covers. */
  keepRun: boolean;
  standaloneCount: number;
  /** The labels of those totals, in turn: "Total Income" under "Total Restricted Income" and "Total Unrestricted Income" adds them up. */
  totalLabels: string[];
}

/**
 * "Net receipts | 10,592", "Transfers between funds | (3,480)", then "Cash funds at 1 April": the
 * year's result and the lines that move it, printed after the totals and before the funds brought
 * forward (a charity's receipts and payments account). Past a few such lines, they are a table's own.
 */
const MOVES_AFTER_SUM = 3;

/** "o Precept", "- Other", "• Grants": a bulleted line, one of the parts of the line above it. */
const PART_LINE = /^\s*(?:o|[•·▪◦–-])\s+\S/;
/** Bulleted lines under a line needed to read them as its breakdown. */
const MIN_PARTS = 2;

/** A group's line whose parts below it come near it but not to it, in one column. */
interface GroupSlip {
  row: number;
  ref: ColumnRef;
  figure: Figure;
  sum: number;
  lines: number;
}

/**
 * Lines under a group's line printed above them, added to `parts` (counted in the group already),
 * and the groups whose parts do not add up, by column.
 */
function leadingGroupSlips(
  table: Table,
  columns: readonly ColumnRef[],
  read: (row: number, ref: ColumnRef) => Figure | null,
  parts: Set<number>,
): GroupSlip[] {
  const slips: GroupSlip[] = [];
  const figures = (row: number) => columns.map((ref) => read(row, ref));
  let run: number[] = [];
  const close = (next?: TableRow) => {
    const groups = groupsAboveParts(run, figures);
    // (Where every line heads lines or is one of them, a total under them reads them so itself.)
    const covered = new Set(groups.flatMap((g) => [g.head, ...g.parts]));
    const totalled = next?.kind === 'total' || next?.kind === 'subtotal';
    if (totalled && run.every((r) => covered.has(r))) groups.length = 0;
    for (const group of groups) {
      for (const r of group.parts) parts.add(r);
      if (group.holds) continue;
      columns.forEach((ref) => {
        const figure = read(group.head, ref);
        if (!figure) return;
        const sum = group.parts.reduce((a, r) => a + (read(r, ref)?.value ?? 0), 0);
        slips.push({ row: group.head, ref, figure, sum, lines: group.parts.length });
      });
    }
    run = [];
  };
  for (const r of table.rows) {
    if (r.kind === 'item' && !parts.has(r.row)) run.push(r.row);
    else close(r);
  }
  close();
  return slips;
}

/** How near a total must come to the balance so far, as a share of it, to be that balance misprinted. */
const MISPRINT_SHARE = 0.1;

/**
 * Whether a total inside a balance's movements, with no total before it among them, is the
 * balance so far printed wrong: nearer it than the movements alone, and within a tenth of it.
 */
function misprintedSoFar(value: number, b: Balance): boolean {
  if (b.lines === 0 || b.linesSinceTotal !== b.lines) return false;
  const gap = Math.abs(value - (b.opening + b.signed));
  return gap < Math.abs(value - b.sinceTotal) && gap <= Math.abs(value) * MISPRINT_SHARE;
}

/** The results a balance brought forward here may be carried forward with: the total just above, or the few lines since the last. */
const resultsAbove = (s: Running): number[] => [
  ...(s.justSummed === null ? [] : [s.justSummed]),
  ...(s.figuresSinceSum > 0 && s.figuresSinceSum <= MOVES_AFTER_SUM ? [s.sinceSum] : []),
  ...(s.lastLine === null ? [] : [s.lastLine]),
];

const fresh = (): Running => ({
  unreadableLine: false,
  balance: null,
  justSummed: null,
  deficitSinceTotal: 0,
  standalone: 0,
  keepRun: false,
  standaloneCount: 0,
  totalLabels: [],
  lastTotal: null,
  lastTotalFromItems: null,
  section: 0,
  sectionItems: 0,
  sectionFigures: 0,
  figuresSinceSum: 0,
  itemsSinceSum: 0,
  notAvailableSinceSum: 0,
  sinceSum: 0,
  lastLine: null,
  all: 0,
  referenced: 0,
  unreferenced: 0,
  items: 0,
  subtotals: 0,
  subtotalled: 0,
  sinceTotal: 0,
  itemsSinceTotal: 0,
  headedSinceTotal: false,
  recent: [],
  recentRows: [],
  finest: Infinity,
  scaledLines: false,
  headings: [],
  totals: 0,
  totalCount: 0,
  totalFigures: [],
  byType: new Map(),
  afterTotal: false,
});

/** "£1,500k" → 1,000: the scale a figure typed as text carries, or 1. */
function typedScale(value: unknown): number {
  if (typeof value !== 'string') return 1;
  const m = /\d\s*(k|m|bn)\s*\)?\s*$/i.exec(value);
  if (!m) return 1;
  return { k: 1e3, m: 1e6, bn: 1e9 }[m[1].toLowerCase() as 'k' | 'm' | 'bn'];
}

/** "Grand total", "Overall total", "Total All Boroughs", "All Services Total": the sum of the totals above. */
const GRAND_LABEL = /\b(?:grand|overall)\b|\btotal\s+(?:for\s+)?all\b|^\s*all\b.*\btotal\s*$/i;
const AVERAGE_LABEL = /\b(?:average|mean)\b/i;
/**
 * Lines of rates (nought to a hundred) a figure among them must stand under to be their rate taken
 * together, and how many times that figure the lines must add up to (a slipped sum may fall among
 * a few lines; a rate over many lies far below their sum).
 */
const RATES_TAKEN_TOGETHER = 8;
const RATES_SUM = 4;
/** How near, as a share of a total, the total above and one line must come to it to be what it carries forward. */
const CARRIED_SLIP = 0.01;
/** "Total Available", "Total funding available": what a fund has to give. */
const AVAILABLE_LABEL = /\bavailable\b/i;
/** "Less City Schools' Reorganisation", "Less: income": a line taken off the total. */
/** "Total levy", "Total precept": what a levying body raises, its spending less the reserves or grants used. */
const LEVY_LINE = /^\s*(?:total|net)\s+(?:levy|precept)(?:\s+requirement)?\s*$/i;

/** An account's bottom line (a surplus, the tax or levy to raise): what is above it less what follows. */
function isBottomLine(text: string): boolean {
  return isSurplusLine(text) || raisesTax(text) || LEVY_LINE.test(text);
}
const DEDUCTED = /^\s*less\b/i;
const NET_WORD = /^\s*net\b/i;

/**
 * "Net Income/Expenditure" under "Total Income", "Total Expenditure" and a transfer out, or "NET
 * INCOME" under them and "Net gains on investments": the first total less the others, and the
 * lines since taken off or added.
 */
function netOfTotals(label: string, s: Running): number[] {
  if (!NET_WORD.test(label) || s.totalFigures.length < 2) return [];
  const [first, ...others] = s.totalFigures;
  const net = first - others.reduce((a, b) => a + b, 0);
  return s.sinceTotal === 0 ? [net] : [net - s.sinceTotal, net + s.sinceTotal];
}

/** Every line's label shares a word with the total's, plural or not ("Reserves", "Reserve"). */
function namesEach(total: string, lines: readonly string[]): boolean {
  const stem = (w: string) => w.replace(/s$/, '');
  const words = significantWords(total).map(stem);
  return words.length > 0 && lines.every((l) => significantWords(l).some((w) => words.includes(stem(w))));
}

/**
 * "Total assets less current liabilities" ("TOTAL ASSETSLESS CURRENT LIABILITIES", "Total assets
 * less" as a scan runs or cuts it): a balance sheet's fixed and net current assets together.
 */
const ASSETS_LESS_LIABILITIES = /^\s*total\s*assets\s*less/i;
/**
 * "Net current assets", "NET CURRENT ASSETS/(LIABILITIES)", "Net current (liabilities)/assets",
 * "CURRENT NET ASSETS": current assets less what falls due within a year.
 */
const NET_CURRENT = /^\s*(?:net\s*current|current\s*net)\b/i;
/** "NET ASSETS", "Total net assets", "Net assets/(liabilities)": a balance sheet's bottom line. */
const NET_ASSETS = /^\s*(?:total\s+)?net\s+assets\b/i;
/** "CURRENT ASSETS", "Current assets:", "Total current assets": where the fixed assets end. */
const CURRENT_ASSETS = /^\s*(?:total\s+)?current\s*assets\b/i;
/** "Fixed assets", "FIXEDASSETS": the heading the fixed assets are listed under. */
const FIXED_ASSETS = /^\s*fixed\s*assets\b/i;
/** "Total fixed assets", "Tangible assets", "Investments": lines that are fixed assets by their own words. */
const NAMED_FIXED = /\bfixed\s*assets\b|\btangible\b|\binvestments?\b/i;

/**
 * "Net movement in funds", "NET INCOME/(EXPENDITURE)", "Net (expenditure)/income and net movement
 * in funds": the year's result a reconciliation of funds carries the balance forward with.
 */
const MOVEMENT_IN_FUNDS = /\bmovements?\s+in\s+funds\b|^\s*net\s+(?:\(?(?:income|expenditure|incoming|outgoing)\b)/i;
/** How far above a reconciliation of funds its year's result may stand: a heading or two between. */
const LEAD_IN_ROWS = 3;

/** A label's words in capitals, or a fragment of them: "TOTAL FUND BALANCES BROUGHT", "FORWARD". */
const CAPITALS = /^[A-Z][A-Z'&/ -]*$/;
/** Words alone, short: no figure, note number or sentence. */
const FRAGMENT = /^[A-Za-z][A-Za-z'&/ -]{0,29}$/;

/**
 * "forward" after "Total funds brought", "FORWARD" after "TOTAL FUND BALANCES BROUGHT": words that
 * go on with a label cut over cells, beginning in lower case or in capitals after capitals.
 */
function continuesLabel(label: string, next: string): boolean {
  const t = next.trim();
  if (!FRAGMENT.test(t)) return false;
  return /^[a-z]/.test(t) || (CAPITALS.test(label.trim()) && CAPITALS.test(t));
}

/** "n/a", "Not available": a line's figure not collected, in its place. */
const NOT_AVAILABLE = /^\s*(?:n\/?a|not\s+(?:yet\s+)?available)\s*$/i;

/** Headers of columns that count things rather than pounds. */
const COUNT_HEADER =
  /\b(?:no\.?|nos\.?|number|count|days|hours|fte|wte|(?:whole|full)[\s-]time\s+equivalents?|headcount|posts|pupils|beds|population|dwellings|households|properties|band\s+d|tonnes|tonnage|caseload|visits)\b/i;

/**
 * The step a column of counts is printed to where every figure is a whole number of it (staff
 * "53,900 | 61,100 | … | 800,800" to the hundred): its rounding. Four lines at least show it.
 */
function countedStep(lines: readonly number[], total: number): number {
  const nonzero = lines.filter((x) => x !== 0);
  if (nonzero.length < COUNTED_STEP_LINES) return 1;
  return COUNTED_STEPS.find((step) => total % step === 0 && nonzero.every((x) => x % step === 0)) ?? 1;
}
const COUNTED_STEPS = [1000, 100];
const COUNTED_STEP_LINES = 4;

/** "Revenue Deficit", "Excess of expenditure over income": the gap an account's balancing total takes off. */
const DEFICIT_LINE = /\bdeficit\b|\bexcess\s+of\s+expenditure\s+over\s+income\b/i;
/** The most totals above an account's bottom line that may be the two it is struck from. */
const SURPLUS_TOTALS = 4;

/** Labels of rows that count things (a tax base, a population) among lines of money. */
const COUNT_LABEL =
  /\b(?:tax\s*base|population|dwellings|households|properties|headcount|fte|band\s*d\s+equivalents?)\b/i;

/** "Total amount received", "Total cost": a total that names money. */
const MONEY_LABEL = /\b(?:amount|£|costs?|income|spend|spent|received|funding|grants?)\b/i;
/** "No. of pupils eligible", "Number of visits", "Percentage of FSM pupils": a line of a count or a rate. */
const COUNTED_LINE = /^\s*(?:no\.?|nos\.?|number|numbers|percentage|proportion|%|rate)\b/i;

/** "Total number of cases", "No. of visits": a count, whatever the word before it. */
const NUMBER_OF = /\b(?:number|no\.?)\s+of\b/i;

function countsThings(table: Table, ref: ColumnRef): boolean {
  if (/£/.test(ref.header)) return false;
  return ref.column === table.columns.drivers?.column || COUNT_HEADER.test(ref.header);
}

/** "£m", "(£'000)", "Net £m": a unit, alone or after a word or two, heading the figures below. */
const UNIT_TEXT = /^\s*(?:[a-z]+\s+){0,3}\(?£\s*'?(?:m|k|bn|million|thousands?|0{3}s?)\)?\s*$/i;

/** Whether a row of the table holds nothing but the cell at `column`. */
function aloneOnRow(table: Table, row: number, column: number): boolean {
  for (let c = table.firstColumn; c <= table.lastColumn; c++)
    if (c !== column && textAt(table.sheet, row, c).trim() !== '') return false;
  return true;
}

/**
 * "Parish | £ | £ | £ | | £": a row of units over the figures (the header above it read short), every
 * cell but the first a unit of money, two at least.
 */
function unitsAcrossRow(table: Table, row: number): boolean {
  let units = 0;
  for (let c = table.firstColumn + 1; c <= table.lastColumn; c++) {
    const t = textAt(table.sheet, row, c).trim();
    if (t === '') continue;
    if (!isMoneyUnit(t)) return false;
    units += 1;
  }
  return units >= 2;
}

/** Two texts with the same letters and figures, whatever their case, spacing and marks. */
function sameWords(a: string, b: string): boolean {
  const key = (t: string) => t.toLowerCase().replace(/[^a-z0-9£]+/g, '');
  return key(a) !== '' && key(a) === key(b);
}

/** Longest cell read as a broken figure: longer texts with a £ in them are sentences. */
const SHORT_FIGURE = 12;

/** The table's columns, first to last. */
function allColumns(table: Table): number[] {
  const out: number[] = [];
  for (let column = table.firstColumn; column <= table.lastColumn; column++) out.push(column);
  return out;
}

/**
 * "9,835,752⏎8,328,266", "14⏎56,595": figures a copy of a scan stacked one to a line in one cell,
 * each readable, one at least written out with its thousands ("14⏎15⏎16", notes' numbers, too). No
 * figure is broken; which line each belongs to is not said, so none is counted either. ("41479⏎7",
 * a stray digit under a bare figure, is no such stack.)
 */
function stackedFigures(value: string): boolean {
  const lines = stackedLines(value);
  return lines !== null && (lines.some((l) => /\d,\d{3}\b/.test(l)) || lines.every((l) => /^\d{1,2}$/.test(l)));
}

/**
 * "9,835,752⏎689,410" beside "Charitable activities⏎School fees⏎Ancillary trading": a scan's
 * lines run into one row, the figures each a line's, as many as the label's lines (or those
 * under its heading line, or those and the line of words just above, whose figure the scan
 * moved down into the stack). Their sum, or null for any other cell.
 */
function stackBesideLines(value: string, label: string, wordsAbove: boolean, scale: number): number | null {
  const lines = stackedLines(value);
  const labelLines = label.split('\n').filter((l) => l.trim() !== '').length;
  const named = (n: number) => labelLines === n || labelLines === n + 1 || (wordsAbove && labelLines === n - 1);
  if (lines === null || !named(lines.length)) return null;
  return lines.reduce((sum, l) => {
    const m = parseMoney(l, scale);
    return sum + (m.kind === 'amount' ? m.value : 0);
  }, 0);
}

/**
 * "344 373", "17 596": a figure whose thousands a copy set apart with a space, which a workbook
 * holds as text and no sum counts. Said only among whole figures: "3 272" among "3.389" and
 * "3.258" is a point lost, which the reader of the total counts as it was meant.
 */
const SPACED_THOUSANDS = /^\s*\(?-?\d{1,3}(?:\s\d{3})+\)?\s*$/;

/**
 * Whether a cell of `column` is such a figure among whole ones: each column's lines weighed once,
 * when a spaced figure is first met in it.
 */
function spacedAmongWhole(table: Table): (value: string, column: number) => boolean {
  const whole = new Map<number, boolean>();
  return (value, column) => {
    if (!SPACED_THOUSANDS.test(value)) return false;
    let known = whole.get(column);
    if (known === undefined) {
      const figures = table.rows.map((r) => cellAt(table.sheet, r.row, column)).filter((v) => typeof v === 'number');
      known = figures.length >= 3 && figures.every((v) => Number.isInteger(v));
      whole.set(column, known);
    }
    return known;
  };
}

/**
 * A short cell that says pounds but gives no sum ("£tbc", "£?"): a gap among the figures. Looked
 * for in the columns no other check reads, which are the same on every row of the table.
 */
function unreadablePoundsNoter(unreadable: Subject[], table: Table): (row: number, item: boolean) => void {
  const read = new Set(
    [
      ...Object.values(table.columns).map((c) => c?.column),
      ...table.partners.flatMap((p) => [p.amount?.column, p.share?.column, p.driver?.column]),
    ].filter((c): c is number => c !== undefined),
  );
  const unread = allColumns(table).filter((column) => !read.has(column));
  // A table of figures has no other reader: an error anywhere in it ("#DIV/0!" in a % column) is said here.
  const errorsIn = table.kind === 'figures' ? allColumns(table) : unread;
  const spaced = spacedAmongWhole(table);
  return (row, item) => {
    for (const column of errorsIn) noteErrorCell(unreadable, table, row, column, headerOf(table, column));
    // (A total's "£tbc" is the gap of the lines above it; an error there is a broken total of its own.)
    if (!item) return;
    // "5O.00": a figure typed with a letter for a nought or a one, which no sum can count; "35 .606",
    // one broken by a space; "925@52", one scanned with a stray mark.
    for (const column of errorsIn) {
      const value = cellAt(table.sheet, row, column);
      // ("11,12" under "Notes": the notes a line is explained in, no figure.)
      if (NOTE_HEADER.test(headerOf(table, column)) && typeof value === 'string' && NOTE_NUMBERS.test(value)) continue;
      if (
        typeof value !== 'string' ||
        stackedFigures(value) ||
        !(
          MISTYPED_FIGURE.test(value) ||
          BROKEN_FIGURE.test(value) ||
          spaced(value, column) ||
          (isMangledFigure(value) && !/[a-z]{2}/i.test(value))
        )
      )
        continue;
      const m = parseMoney(value, moneyScaleAt(table, row, column));
      if (m.kind === 'unreadable')
        noteUnreadable(unreadable, table, row, column, headerOf(table, column), value, m.expected);
    }
    for (const column of unread) {
      const value = cellAt(table.sheet, row, column);
      if (typeof value !== 'string' || value.length > SHORT_FIGURE || !value.includes('£') || UNIT_TEXT.test(value))
        continue;
      const header = headerOf(table, column);
      // "Balances £" printed again where the column runs on after a break: its heading, not a gap.
      // (So is "£" alone on a line of its own, over the figures again after a column break.)
      if (
        sameWords(value, header) ||
        (isMoneyUnit(value) && (aloneOnRow(table, row, column) || unitsAcrossRow(table, row)))
      )
        continue;
      const m = parseMoney(value, moneyScaleAt(table, row, column));
      if (m.kind === 'unreadable') noteUnreadable(unreadable, table, row, column, header, value, m.expected);
    }
  };
}

/**
 * The reading nearest a total (the first of the nearest), and whether any is within the
 * tolerance, among the readings, then each times `scale` (when it is not 1), then all of those
 * with the opposite sign (a levy or income total is often printed with the opposite sign to the
 * lines it totals), without making that list.
 */
function closestReading(
  value: number,
  readings: readonly number[],
  scale: number,
  tolerance: number,
  /** Whether a total printed with the opposite sign to its lines may match them (a levy shown as -10.6). */
  negated = true,
): { closest: number; near: boolean } {
  let closest = readings[0];
  let near = false;
  const consider = (r: number) => {
    if (Math.abs(value - r) < Math.abs(value - closest)) closest = r;
    if (!near && poundsGap(value, r) <= tolerance) near = true;
  };
  for (const r of readings) consider(r);
  if (scale !== 1) for (const r of readings) consider(r * scale);
  if (!negated) return { closest, near };
  for (const r of readings) consider(-r);
  if (scale !== 1) for (const r of readings) consider(-(r * scale));
  return { closest, near };
}

/**
 * "=SUM(ABOVE) 54.269" or "Note 1" where a table of figures has a figure, on a line or a total:
 * a gap in the sums, which no other check of such a table reads.
 */
function placeholderNoter(
  unreadable: Subject[],
  table: Table,
  columns: readonly ColumnRef[],
  dotted: ReadonlyMap<string, number>,
): (row: number) => void {
  return (row) => {
    for (const ref of columns) {
      const value = cellAt(table.sheet, row, ref.column);
      const instead = dotted.has(`${row}:${ref.column}`)
        ? DOTTED_EXPECTED
        : typeof value === 'string'
          ? standsForFigure(value)
          : null;
      if (instead) noteUnreadable(unreadable, table, row, ref.column, ref.header, value, instead);
    }
  };
}

/** The reading (by its place among the readings) that most of a row's columns match, or null. */
function agreedReading(
  weighed: readonly Weighed[],
  most: (n: number) => boolean,
): { index: number; length: number } | null {
  const counts = new Map<string, number>();
  for (const w of weighed) {
    if (!w.near) continue;
    const key = `${w.readings.indexOf(w.closest)}:${w.readings.length}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) {
    if (!most(n)) continue;
    const [index, length] = key.split(':').map(Number);
    return { index, length };
  }
  return null;
}

/**
 * "2O7" as 207, "4l.2" as 41.2, "35 .606" as 35.606: the figure its typist meant. ("24S" may be 245
 * or 248: it is left unread, as a sum in the sheet leaves it.)
 */
function digitsMeant(text: string): string {
  return text
    .replace(/[Oo]/g, '0')
    .replace(/[lI]/g, '1')
    .replace(/(\d)\s+(?=[\d.,])|(\d[.,])\s+(?=\d)/g, '$1$2');
}

/** "11,12", "3a & 4", "7-9": the numbers of the notes a line cites. */
const NOTE_NUMBERS = /^\s*\d{1,2}[a-z]?(?:\s*[,&/–-]\s*\d{1,2}[a-z]?)+\s*$/;

export function totalsSubjects(table: Table, ctx: FactContext): StageFacts {
  // (Awards stated in words are held to their own parts, and nothing else is read of them.)
  if (table.breakdownColumn !== undefined) return { subjects: breakdownSubjects(table), unreadable: [] };
  if (table.statedShares !== undefined) return { subjects: statedShareSubjects(table), unreadable: [] };
  if (table.statedSums !== undefined) return { subjects: statedSumSubjects(table), unreadable: [] };
  const figures = figureColumns(table);
  const unreadable: Subject[] = [];
  if (figures.length === 0) return { subjects: [], unreadable };
  // Accounts in two columns: the outer one's totals are checked against the lines beside them, not added up.
  const offsets = offsetPairs(table, figures);
  const columns = figures.filter((ref) => !offsets.some((p) => p.outer.column === ref.column));
  const sums = columns.map(fresh);
  // ("344 373" among whole figures: no figure, so no total over it can be judged.)
  const spaced = spacedAmongWhole(table);
  // (Things counted are not rounded: no total of them may be out, however many lines it adds.)
  const exact = countsExactly(table, figures);
  const allowed = (tolerance: number) => (exact ? 0 : tolerance);
  let sawSubtotal = false;
  const subjects: Subject[] = [];
  const labelColumn = table.columns.service ?? table.columns.id ?? { column: table.firstColumn, header: '' };
  const noteUnreadablePounds =
    table.kind === 'figures' || table.kind === 'savings' ? unreadablePoundsNoter(unreadable, table) : undefined;
  const figureAt = new Set(columns.map((c) => c.column));
  // "Total funds brought | | forward", "TOTAL ASSETS | LESSCURRENT | LIABILITIES": a label a scan
  // split over the cells after it, up to the first figure, read whole.
  const withRest = (row: number, from: number, first: string): string => {
    let whole = first;
    for (let c = from + 1; c <= table.lastColumn && !figureAt.has(c); c++) {
      const v = cellAt(table.sheet, row, c);
      if (v === null || (typeof v === 'string' && !v.trim())) continue;
      if (typeof v !== 'string' || !continuesLabel(whole, v)) break;
      whole = `${whole} ${v.trim()}`;
    }
    return whole;
  };
  // With no column of names, or a blank name, the row's first words outside its figures ("No."
  // over 1, 2, 3 holds none).
  const label = (row: number) => {
    // (A figure is no name: a column of them read as the labels leaves the row's words to name it.)
    const named = table.columns.service ? cellAt(table.sheet, row, labelColumn.column) : null;
    // (A group's name merged down beside its lines' own, "Total Unitary Authorities" beside each
    // authority, names none of them.)
    const grouped = namesAGroup(table.sheet, row, labelColumn.column, table.lastColumn);
    if (typeof named === 'string' && named.trim() && !grouped) return withRest(row, labelColumn.column, named);
    for (let c = table.firstColumn; c <= table.lastColumn; c++) {
      const v = cellAt(table.sheet, row, c);
      if (grouped && c === labelColumn.column) continue;
      if (figureAt.has(c) || typeof v !== 'string' || !v.trim() || FOOTNOTED_FIGURE.test(v)) continue;
      if (!(c === table.columns.id?.column && LINE_REFERENCE.test(v))) return withRest(row, c, v);
    }
    return String(cellAt(table.sheet, row, labelColumn.column) ?? 'Total');
  };
  const plainFigureOn = (row: number) => columns.some((c) => typeof cellAt(table.sheet, row, c.column) === 'number');
  const dotted = dottedThousands(table, columns, (row) => balanceLine(label(row)) === 'out');
  for (const pair of offsets) {
    const runs = offsetRuns(table, pair).map((r) => ({ ...r, total: cellAt(table.sheet, r.row, pair.outer.column) }));
    dottedBesideLines(table, pair.inner, runs, dotted);
  }
  // (A savings tracker's own stages read its money cells; a plan's costs and a table of figures are read here.)
  const notePlaceholders = table.kind !== 'savings' ? placeholderNoter(unreadable, table, columns, dotted) : undefined;
  const idColumn = table.columns.id?.column;
  const referenced = (row: number) => {
    if (idColumn === undefined) return true;
    const v = cellAt(table.sheet, row, idColumn);
    return typeof v === 'number' || (typeof v === 'string' && LINE_REFERENCE.test(v));
  };
  const sectionRows = new Set(table.rows.filter((r) => r.kind === 'section').map((r) => r.row));
  const read = (row: number, ref: ColumnRef) => {
    const scale = moneyScaleAt(table, row, ref.column);
    const value = cellAt(table.sheet, row, ref.column);
    // ("370.040" that the total below reads as 370,040: counted so, and said on its own cell.)
    const thousands = dotted.get(`${row}:${ref.column}`);
    if (thousands !== undefined) return { value: thousands * scale, unit: scale, typed: 1 };
    // ("2O7" or "21.3 49" among the lines: said on its own cell, and counted as the 207 or 21.349
    // it was meant for, so the total is judged on the rest.)
    // (A row a scan ran several lines into counts each line's figure.)
    const stacked =
      typeof value === 'string' && value.includes('\n')
        ? stackBesideLines(value, label(row), sectionRows.has(row - 1), scale)
        : null;
    if (stacked !== null) return { value: stacked, unit: scale, typed: 1 };
    const mistyped = typeof value === 'string' && (MISTYPED_FIGURE.test(value) || BROKEN_FIGURE.test(value));
    const m = parseMoney(mistyped ? digitsMeant(value) : value, scale);
    if (m.kind !== 'amount') return null;
    const typed = typedScale(value);
    // "£1.5m" is written to the nearest £100,000; a bare figure to its format's places.
    const places =
      typeof value === 'number'
        ? decimals(value, formatAt(table.sheet, row, ref.column))
        : (/\.(\d+)/.exec(String(value))?.[1].length ?? 0);
    // ("0.147" printed to three places, in £m with the unit unprinted: no sum in pence to round.)
    const shown = typeof value === 'number' && places > 2 ? value * scale : m.value;
    return { value: shown, unit: (typed === 1 ? scale : typed) * 10 ** -places, typed };
  };

  // "Income 16,581" over "o Precept 14,300", "o Other 2,281": bulleted lines straight under a line
  // that add up to it in every column are its breakdown, counted in it already.
  const parts = new Set<number>();
  for (let k = 0; k < table.rows.length; k++) {
    const parent = table.rows[k];
    if (parent.kind !== 'item' || PART_LINE.test(label(parent.row))) continue;
    let j = k + 1;
    while (
      j < table.rows.length &&
      table.rows[j].kind === 'item' &&
      table.rows[j].row === table.rows[j - 1].row + 1 &&
      PART_LINE.test(label(table.rows[j].row))
    )
      j++;
    const under = table.rows.slice(k + 1, j);
    if (under.length < MIN_PARTS) continue;
    const figured = columns.filter((ref) => read(parent.row, ref) !== null);
    const adds = (ref: ColumnRef) => {
      const whole = read(parent.row, ref) as { value: number; unit: number };
      const sum = under.reduce((a, r) => a + (read(r.row, ref)?.value ?? 0), 0);
      return Math.abs(sum - whole.value) <= (whole.unit * under.length) / 2;
    };
    if (figured.length > 0 && figured.every(adds)) for (const r of under) parts.add(r.row);
  }
  // ("Education | 517,158" over its services, as statistics print groups: their parts, and the
  // groups whose parts do not add up.)
  const groupSlips = leadingGroupSlips(table, columns, read, parts);

  // Columns where some "Less" line is printed below nothing: there the sign says what is taken off.
  const lessPrintedNegative = columns.map((ref) =>
    table.rows.some((r) => r.kind === 'item' && DEDUCTED.test(label(r.row)) && (read(r.row, ref)?.value ?? 0) < 0),
  );

  // "Opening Balance 1 April | Add: Receipts | Less: Payments | Closing balance (must equal net
  // balances above)": a statement the lines move to its close, whatever figure above it agrees with.
  const opensBalance = (row: number): boolean => {
    const before = table.rows.filter((r) => r.row < row);
    const lastSum = before.map((r) => r.kind).lastIndexOf('total');
    const first = before.slice(lastSum + 1).find((r) => r.kind === 'item');
    return first !== undefined && isOpeningBalance(label(first.row));
  };

  /**
   * "Total Cost of Works (A + B)", "Net (C) = (A) - (B)": the lines above marked with those letters
   * ("Sub-total (A)", "Net VAT (B)"), added or taken off as the label says; null where it names no
   * such sum or a letter marks no line above.
   */
  const letteredSum = (text: string, k: number, ref: ColumnRef): number | null => {
    const terms = letteredTerms(text);
    if (!terms) return null;
    let sum = 0;
    for (const { sign, letter } of terms) {
      const marked = table.rows
        .slice(0, k)
        .filter((r) => markedWith(label(r.row), letter))
        .pop();
      const v = marked ? read(marked.row, ref) : null;
      if (!v) return null;
      sum += sign * v.value;
    }
    return sum;
  };

  /** Whether `value` is given above the table, on a line named much as `row` is. */
  const restated = (row: number, ref: ColumnRef): boolean => {
    if (opensBalance(row)) return false;
    // (As printed, before any "£000" scale: the figure above is printed the same way.)
    const value = cellAt(table.sheet, row, ref.column);
    const words = significantWords(label(row));
    if (typeof value !== 'number' || words.length < 2) return false;
    for (let r = table.sheet.originRow; r < table.firstHeaderRow; r++) {
      const cells = table.sheet.values[r - table.sheet.originRow] ?? [];
      if (!cells.some((c) => typeof c === 'number' && Math.abs(c - value) < 0.005)) continue;
      const theirs = significantWords(cells.filter((c): c is string => typeof c === 'string').join(' '));
      if (words.filter((w) => theirs.includes(w)).length >= 2) return true;
    }
    return false;
  };

  /**
   * The figure a totals row prints one column right of the lines' column, where that column holds
   * figures on totals rows only: the total of the lines, printed where a form puts its totals.
   */
  // (Each column's, once: it reads every line of the table.)
  const totalsRightOf = new Map<number, number | null>();
  const totalToRight = (row: number, ref: ColumnRef): ColumnRef | null => {
    if (!totalsRightOf.has(ref.column))
      totalsRightOf.set(ref.column, totalColumnRight(table.sheet, table.rows, ref.column));
    const column = totalsRightOf.get(ref.column) ?? null;
    if (column === null || typeof cellAt(table.sheet, row, column) !== 'number') return null;
    return { column, header: ref.header };
  };
  /** The totals subjects read one column right of their lines: said only where their own column says nothing. */
  const shifted = new Set<Subject>();

  /** A totals row's figure in one column against what it should add up to. */
  const totalSubject = (
    row: number,
    ref: ColumnRef,
    name: string,
    shown: number,
    expected: number,
    tolerance: number,
    itemCount: number,
    totalKind: string,
  ): Subject => ({
    kind: 'total',
    sheet: table.sheet.name,
    row,
    anchors: { default: ref },
    facts: {
      label: name,
      // (A column with no heading is named by its letter: "for column B".)
      columnHeader: columnName(ref),
      // Dwellings, population, days: a count is shown as a number, not in pounds.
      unit: countsThings(table, ref) ? 'count' : 'pounds',
      total: shown,
      itemsSum: roundPence(expected),
      difference: roundPence(shown - expected),
      tolerance,
      itemCount,
      totalKind,
      lineRelation: 'sum',
      partColumns: [],
    },
  });

  for (const slip of groupSlips) {
    const { value, unit } = slip.figure;
    const tolerance = allowed(Math.max(roundingFloor(ctx, unit), unit * roundingUnits(slip.lines + 1)));
    if (Math.abs(value - slip.sum) <= tolerance) continue;
    subjects.push(
      totalSubject(slip.row, slip.ref, label(slip.row), value, slip.sum, tolerance, slip.lines, 'subtotal'),
    );
  }

  const closings = table.rows.filter((r) => ['closing', 'as at'].includes(balanceLine(label(r.row)))).map((r) => r.row);
  const closes = (row: number) => closings.some((r) => r > row);

  /**
   * "Total assets less current liabilities" on a balance sheet: the fixed assets above the current
   * assets (their sum where printed under them, labelled or not) and the net current assets. The
   * current assets begin at their heading, or at the lines "Total current assets" adds up, or else
   * at the net current assets. Null with no net current assets above; 'unseen' where the fixed
   * assets show no figure here (they may stand in a table of their own).
   */
  const assetsLessLiabilities = (row: number, ref: ColumnRef): { sum: number; lines: number } | 'unseen' | null => {
    const above = table.rows.filter((r) => r.row < row);
    const net = [...above].reverse().find((r) => NET_CURRENT.test(label(r.row)) && read(r.row, ref) !== null);
    if (!net) return null;
    let at = above.findIndex((r) => r.row < net.row && CURRENT_ASSETS.test(label(r.row)));
    if (at >= 0 && read(above[at].row, ref) !== null) while (at > 0 && above[at - 1].kind === 'item') at--;
    const beforeCurrent = above.slice(0, at >= 0 ? at : above.indexOf(net));
    const heading = [...beforeCurrent].reverse().find((r) => FIXED_ASSETS.test(label(r.row)));
    // (With the current assets' start unmarked, only lines naming themselves fixed assets are: what
    // falls due within a year may stand just above the net current assets.)
    const fixed = beforeCurrent.filter(
      (r) =>
        (!heading || r.row > heading.row) && read(r.row, ref) !== null && (at >= 0 || NAMED_FIXED.test(label(r.row))),
    );
    if (fixed.length === 0) return 'unseen';
    const unlabelled = (r: TableRow) => cellAt(table.sheet, r.row, labelColumn.column) === null;
    const summed = [...fixed].reverse().find((r) => r.kind !== 'item' || unlabelled(r));
    const lines = summed ? [summed] : fixed;
    const sum = lines.reduce((a, r) => a + (read(r.row, ref)?.value ?? 0), read(net.row, ref)?.value ?? 0);
    return { sum, lines: lines.length + 1 };
  };

  /**
   * "Net assets" under "Total assets less current liabilities" and what falls due after a year
   * (printed taken off or not): the balance sheet's bottom line, those together. The funds listed
   * below it add up to it anew.
   */
  const netAssets = (row: number, ref: ColumnRef, s: Running) => {
    const v = read(row, ref);
    if (!v || s.lastTotal === null || !ASSETS_LESS_LIABILITIES.test(s.totalLabels.at(-1) ?? '')) return;
    const lines = s.itemsSinceTotal + 1;
    const unit = Math.min(s.finest, v.unit);
    const tolerance = allowed(Math.max(roundingFloor(ctx, unit), unit !== 1 ? unit * roundingUnits(lines) : 0));
    const readings = [s.lastTotal + s.sinceTotal, s.lastTotal - s.sinceTotal];
    const { closest } = closestReading(v.value, readings, 1, tolerance, false);
    subjects.push(totalSubject(row, ref, label(row), v.value, closest, tolerance, lines, 'total'));
    s.lastTotal = v.value;
    s.totalLabels.push(label(row));
    [s.sinceTotal, s.itemsSinceTotal, s.recent, s.recentRows] = [0, 0, [], []];
  };

  /**
   * "NET MOVEMENT IN FUNDS" just above a reconciliation of funds read as a table of its own: the
   * year's result the funds brought forward at its head are carried forward with. Empty unless
   * such a line stands within a few rows above the table's first line, with a figure in `ref`.
   */
  const resultLeadingIn = (ref: ColumnRef): number[] => {
    const top = table.rows[0]?.row ?? table.headerRow;
    for (let row = top - 1; row >= Math.max(table.sheet.originRow, top - LEAD_IN_ROWS); row--) {
      const v = read(row, ref);
      if (v) return MOVEMENT_IN_FUNDS.test(label(row)) ? [v.value] : [];
    }
    return [];
  };

  /** Whether the nearest line above `row` with a figure in `ref` is the year's net result. */
  const underResult = (row: number, ref: ColumnRef): boolean => {
    const above = table.rows.filter((r) => r.row < row && read(r.row, ref) !== null).at(-1);
    return above !== undefined && MOVEMENT_IN_FUNDS.test(label(above.row));
  };

  /**
   * A balance brought forward here, with the results it is carried forward with: those above it,
   * or above the table it opens (where none is in sight there, what moves it is unseen).
   */
  const openedHere = (value: number, s: Running, ref: ColumnRef): Balance => {
    if (s.items + s.totalCount > 0) return opened(value, resultsAbove(s));
    const results = resultLeadingIn(ref);
    return opened(value, results, results.length === 0);
  };

  /**
   * A closing balance against the opening balance and the movements since, read with money going
   * out taken off or as printed (whichever it is nearer); the closing balance then opens the next.
   */
  const closingBalance = (
    row: number,
    ref: ColumnRef,
    v: { value: number; unit: number },
    s: Running,
    kind: string,
  ) => {
    const b = s.balance as Balance;
    if (b.lines === 0 && b.unseen) {
      s.balance = opened(v.value);
      return [];
    }
    const readings = [b.opening + b.signed, b.opening + b.plain];
    // ("Net surplus", "Total Funds brought forward", "Total funds carried forward": the balance
    // brought forward with the year's result printed above it.)
    if (b.lines === 0) readings.push(...b.before.map((x) => b.opening + x));
    const unit = Math.min(s.finest, v.unit);
    const tolerance = allowed(Math.max(roundingFloor(ctx, unit), unit !== 1 ? unit * roundingUnits(b.lines + 1) : 0));
    const { closest } = closestReading(v.value, readings, 1, tolerance);
    s.balance = opened(v.value);
    const totalKind = kind === 'subtotal' ? 'subtotal' : 'total';
    return [totalSubject(row, ref, label(row), v.value, closest, tolerance, b.lines + 1, totalKind)];
  };

  /**
   * The lines straight under a total, with no break: what a total heading its section adds up.
   * Lines closed by a total of their own straight after them ("Total Funding" under the funding
   * lines) are that total's, not the one above.
   */
  const linesBelow = (k: number, ref: ColumnRef): number | null => {
    let sum = 0;
    let lines = 0;
    let j = k + 1;
    for (; j < table.rows.length; j++) {
      const next = table.rows[j];
      if (next.kind !== 'item' || next.row !== table.rows[j - 1].row + 1) break;
      if (RATE_LINE.test(label(next.row))) continue;
      sum += read(next.row, ref)?.value ?? 0;
      lines += 1;
    }
    const after = table.rows[j];
    const closed =
      after !== undefined &&
      (after.kind === 'total' || after.kind === 'subtotal') &&
      after.row === table.rows[j - 1].row + 1;
    return lines >= 2 && !closed ? sum : null;
  };

  /**
   * Whether lines of figures follow row `k` with no total after them: item lines of the table, or
   * the line straight under it on the sheet ("Requests" under "Total Loans", the table's last).
   */
  const amongLines = (k: number): boolean => {
    const after = table.rows.slice(k + 1);
    if (after.some((r) => r.kind === 'total' || r.kind === 'subtotal')) return false;
    if (after.some((r) => r.kind === 'item')) return true;
    const next = table.rows[k].row + 1;
    return (
      columns.filter((ref) => typeof cellAt(table.sheet, next, ref.column) === 'number').length * 2 > columns.length
    );
  };

  /** Whether another total follows row `k` before any line does ("Total Awarded" under "Total Available"). */
  const totalBelow = (k: number): boolean => {
    const next = table.rows[k + 1];
    return next !== undefined && next.kind === 'total';
  };

  /** A figure in `outer` on `row` against its parts in `inner` on `lines`: the figure, their sum, the rounding allowed. */
  const againstParts = (row: number, outer: ColumnRef, inner: ColumnRef, lines: readonly number[]) => {
    const v = read(row, outer);
    const parts = lines.map((r) => read(r, inner)).filter((p) => p !== null);
    if (!v || parts.length < lines.length) return null;
    const unit = Math.min(v.unit, ...parts.map((p) => p.unit));
    const tolerance = allowed(Math.max(roundingFloor(ctx, unit), unit !== 1 ? unit * roundingUnits(lines.length) : 0));
    return { v, sum: parts.reduce((a, p) => a + p.value, 0), tolerance };
  };

  for (const pair of offsets)
    for (const { row, lines, before } of offsetRuns(table, pair)) {
      const figured = againstParts(row, pair.outer, pair.inner, lines);
      if (!figured) continue;
      const { v, sum, tolerance } = figured;
      const carried = before === null ? null : read(before, pair.outer);
      const readings = carried ? [sum, carried.value + sum] : [sum];
      const { closest, near } = closestReading(v.value, readings, 1, tolerance, false);
      // ("Balance carried forward" under the payments moves the balance: only a total is checked.)
      const name = label(row);
      if (!near && cellAt(table.sheet, row, labelColumn.column) !== null && !isTotalLabel(name)) continue;
      subjects.push(totalSubject(row, pair.outer, name, v.value, closest, tolerance, lines.length, 'subtotal'));
    }

  // A group's parts in one column, its sum beside the last of them in the next ("grants 8,450,508",
  // "payments 9,638,571 | 18,089,079"): each sum against its parts.
  for (const outer of columns) {
    // (The parts' column may hold no figure on the totals row: it need not be one the totals read.)
    const at = outer.column - 1;
    if (at < table.firstColumn) continue;
    const inner = figures.find((ref) => ref.column === at) ?? {
      column: at,
      header: textAt(table.sheet, table.headerRow, at),
    };
    const grouped: Subject[] = [];
    for (const { row, lines } of besideLastRuns(table, { inner, outer })) {
      const figured = againstParts(row, outer, inner, lines);
      if (!figured) continue;
      const { v, sum, tolerance } = figured;
      grouped.push(totalSubject(row, outer, label(row), v.value, sum, tolerance, lines.length, 'subtotal'));
    }
    // (One group adding up shows the layout: sums that all miss are figures of another kind.)
    const adds = (x: Subject) => Math.abs(x.facts.difference as number) <= (x.facts.tolerance as number);
    if (grouped.some(adds)) subjects.push(...grouped);
  }

  // "Less income" over the income lines: each line under it is taken off, up to the next total.
  let lessSection = false;
  for (let k = 0; k < table.rows.length; k++) {
    const { row, kind } = table.rows[k];
    if (kind !== 'item') lessSection = kind === 'section' && DEDUCTED.test(label(row));
    if (kind === 'section') {
      for (const s of sums) {
        s.section = 0;
        s.sectionItems = 0;
        s.sectionFigures = 0;
        // ("Statement of balances" under the account's balance carried forward: a statement of its own.)
        if (s.balance && s.balance.lines === 0) s.balance = null;
      }
      continue;
    }
    if (kind === 'item') {
      // "£tbc" among the figures: said here, for the columns no other check reads.
      noteUnreadablePounds?.(row, true);
      notePlaceholders?.(row);
      if (parts.has(row) || RATE_LINE.test(label(row))) continue;
      if (NET_ASSETS.test(label(row)) && sums.some((s) => ASSETS_LESS_LIABILITIES.test(s.totalLabels.at(-1) ?? ''))) {
        sums.forEach((s, i) => netAssets(row, columns[i], s));
        continue;
      }
      const type = table.lineTypeColumn === undefined ? null : lineTypeOf(table.sheet, row, table.lineTypeColumn);
      const movement = balanceLine(label(row));
      const bare = columns.every((ref) => cellAt(table.sheet, row, ref.column) === null);
      // (A line of words with no figures heads the lines below it, as a section heading does.)
      if (bare) lessSection = DEDUCTED.test(label(row));
      const deducted = lessSection || DEDUCTED.test(label(row));
      columns.forEach((ref, i) => {
        const v = read(row, ref);
        const s = sums[i];
        // (With no closing balance below, "Savings Brought Forward" is one line of those its total adds up.)
        // (A blank where the line's other columns bring a balance forward brings none: "Total funds
        // brought forward" with no restricted funds a year ago opens them at nil.)
        const nil = !v && !bare && cellAt(table.sheet, row, ref.column) === null && movement === 'opening';
        if (movement === 'opening' || (movement === 'as at' && !s.balance))
          s.balance = (v || nil) && closes(row) ? openedHere(v ? v.value : 0, s, ref) : null;
        else if (s.balance && v) {
          if (movement === 'closing' || movement === 'as at') subjects.push(...closingBalance(row, ref, v, s, kind));
          else moveBalance(s.balance, v.value, movement === 'out');
        }
        const cell = cellAt(table.sheet, row, ref.column);
        // (A stack of figures beside a label of one line says which line none of them is.)
        if (
          !v &&
          typeof cell === 'string' &&
          (isMangledFigure(cell) || spaced(cell, ref.column) || stackedLines(cell) !== null)
        )
          s.unreadableLine = true;
        if (!v && typeof cell === 'string' && NOT_AVAILABLE.test(cell)) s.notAvailableSinceSum += 1;
        if (s.afterTotal) [s.byType, s.afterTotal] = [new Map(), false];
        if (type !== null && v) {
          const t = s.byType.get(type) ?? { sum: 0, lines: 0 };
          s.byType.set(type, { sum: t.sum + v.value, lines: t.lines + 1 });
        }
        s.sectionItems += 1;
        s.itemsSinceSum += 1;
        s.items += 1;
        s.itemsSinceTotal += 1;
        if (bare) s.headedSinceTotal = true;
        if (!v) return;
        s.justSummed = null;
        s.figuresSinceSum += 1;
        s.sectionFigures += 1;
        // ("Less City Schools' Reorganisation" printed as a positive figure, where no "Less" line of
        // the column is printed below nothing: it is taken off.)
        const value = deducted && v.value > 0 && !lessPrintedNegative[i] ? -v.value : v.value;
        s.sinceSum += value;
        s.lastLine = value;
        s.section += value;
        s.all += value;
        if (referenced(row)) s.referenced += value;
        else s.unreferenced += 1;
        s.sinceTotal += value;
        if (DEFICIT_LINE.test(label(row))) s.deficitSinceTotal += value;
        s.recent.push(value);
        s.recentRows.push(row);
        if (s.recent.length > RECENT_LINES) [s.recent, s.recentRows] = [s.recent.slice(1), s.recentRows.slice(1)];
        s.finest = Math.min(s.finest, v.unit);
        if (v.typed !== 1) s.scaledLines = true;
      });
      continue;
    }
    noteUnreadablePounds?.(row, false);
    notePlaceholders?.(row);
    /** A total figure said to stand on its own: later totals may carry it forward. */
    const standAlone = (s: Running, value: number) => {
      if (kind !== 'total') return;
      s.lastTotal = s.lastTotalFromItems = value;
      s.totals += value;
      s.totalCount += 1;
      s.totalFigures.push(value);
      s.standalone += value;
      s.standaloneCount += 1;
      s.totalLabels.push(label(row));
    };
    // ("Council Tax Requirement" under the grants, the spending it is taken from in the table above:
    // the statement began in another table, and this one's lines are not all of it. Under "Financed
    // by" and the grants printed positive, it is the spending less them, which no sum reads.)
    if (raisesTax(label(row))) {
      const before = table.rows.filter((r) => r.row < row);
      const spending = before.some((r) => r.kind === 'total' || r.kind === 'subtotal');
      if (!spending || before.some((r) => FINANCED_BY.test(label(r.row)))) continue;
    }
    const weighed: Weighed[] = [];
    const movement = balanceLine(label(row));
    columns.forEach((own, i) => {
      // "£ | £": the lines in one column and their total printed in the column to its right.
      const right = read(row, own) ? null : totalToRight(row, own);
      const ref = right ?? own;
      const v = read(row, ref);
      const s = sums[i];
      // ("£691,3201" as "Total Expenditure": no total after it that builds on it can be judged either.
      // A subtotal's lines are still there for the totals below to add.)
      const cell = cellAt(table.sheet, row, ref.column);
      if (!v && kind === 'total' && typeof cell === 'string' && isMangledFigure(cell)) s.unreadableLine = true;
      // ("Total | 375,175 | | | 375,175" over an endowment fund with no income: its total is nil, which
      // a net line below takes the other totals from.)
      if (!v && kind === 'total' && cell === null && plainFigureOn(row)) s.totalFigures.push(0);
      if (!v || s.unreadableLine) return;
      // One total marked for a note among plain ones ("1175*" beside 233 and 538) points at a note
      // of its own, which may say why it is not the sum: no sum to check. (Every figure of the row
      // marked, "518.887§ | 912.484§", is the row's note.)
      if (typeof cell === 'string' && FOOTNOTED_FIGURE.test(cell) && plainFigureOn(row)) return;
      // "Total assets less current liabilities": the fixed assets and the net current assets, not
      // the lines since the last total.
      const parts = ASSETS_LESS_LIABILITIES.test(label(row)) ? assetsLessLiabilities(row, ref) : null;
      if (parts === 'unseen') return standAlone(s, v.value);
      if (parts) {
        const unit = Math.min(s.finest, v.unit);
        const rounding = unit !== 1 ? unit * roundingUnits(parts.lines) : 0;
        const tolerance = allowed(Math.max(roundingFloor(ctx, unit), rounding));
        subjects.push(totalSubject(row, ref, label(row), v.value, parts.sum, tolerance, parts.lines, kind));
        return standAlone(s, v.value);
      }
      // "Total funds brought forward" over "Total funds carried forward", under the year's result:
      // the balance the year opened with, not a sum of the lines above it; it opens the account
      // the close is held to. (Heading a table of its own, the result it is moved by is looked for
      // just above the table.)
      if (movement === 'opening' && closes(row) && (s.items + s.totalCount === 0 || resultsAbove(s).length > 0)) {
        s.balance = openedHere(v.value, s, ref);
        return;
      }
      // (With the close cut off below it, under the year's result, it is still no sum of the lines above.)
      if (movement === 'opening' && !closes(row) && underResult(row, ref)) return standAlone(s, v.value);
      s.justSummed = v.value;
      s.lastLine = null;
      // Inside a balance's movements a total is the balance so far ("Total actions to follow-up"),
      // the movements since the last total ("Total receipts" under the receipts), or else one
      // movement ("Total Receipts" with no receipts above it): none is a sum to check here.
      const b = s.balance;
      if (b) {
        const tolerance = allowed(ctx.profile.tolerances.totalsPounds);
        if (movement === 'closing' || movement === 'as at') subjects.push(...closingBalance(row, ref, v, s, kind));
        else if ([b.opening + b.signed, b.opening + b.plain].some((x) => poundsGap(v.value, x) <= tolerance))
          s.balance = opened(v.value);
        else if (b.linesSinceTotal >= 2 && poundsGap(v.value, b.sinceTotal) <= tolerance)
          [b.sinceTotal, b.linesSinceTotal] = [0, 0];
        // ("Total actions to follow-up" one out from those brought forward and added: the balance
        // so far misprinted, said here, and the balance carried on from the figure printed.)
        else if (kind === 'total' && misprintedSoFar(v.value, b))
          subjects.push(...closingBalance(row, ref, v, s, kind));
        else moveBalance(b, v.value, movement === 'out');
        return;
      }
      // "Total income" straight after "Total spending": a figure stated on its own, with nothing to
      // add up, unless it heads the lines below it.
      const covered = kind === 'subtotal' ? s.sectionItems : s.itemsSinceTotal;
      const below = linesBelow(k, ref);
      // A subtotal with no lines in its section ("Staff sub total" straight under its heading) is
      // stated on its own too: the lines it sums are not in the table.
      // "Directorate Income Total" under the expenditure total adds up the income lines.
      // ("TOTAL | Expenditure": the total's type in the column typing the lines, where its label names none.)
      const typeColumn = table.lineTypeColumn;
      const named = s.byType.size > 0 ? typeNamedBy(label(row), s.byType.keys()) : null;
      const type =
        named ?? (s.byType.size > 0 && typeColumn !== undefined ? lineTypeOf(table.sheet, row, typeColumn) : null);
      const ofType = type === null ? undefined : s.byType.get(type);
      const heading = covered === 0 && (!sawSubtotal || kind === 'subtotal') && ofType === undefined;
      // "Grand Total" straight under the section totals ("Families Total", "Place Total"): their sum.
      const joined =
        heading &&
        kind === 'total' &&
        s.totalCount === 1 &&
        joinsLineAndTotal(label(row), label(totalAbove(table, row)));
      const grand =
        joined ||
        (heading &&
          kind === 'total' &&
          s.totalCount >= 2 &&
          (GRAND_LABEL.test(label(row)) ||
            namesTheirWhole(label(row), s.totalLabels) ||
            joinsTheirNames(label(row), totalsAbove(table, row).map(label))));
      // ("Total Council Tax 2021/22" straight under "Total Increase" may still be every line and
      // the totals standing among them, last year's total and the increase: weighed below.)
      const onItsOwn = heading && below === null && !grand;
      // A subtotal over lines that leave this column blank: the figures it sums were not printed.
      // (It still counts among the subtotals a total below adds up.)
      if (kind === 'subtotal' && s.sectionItems > 0 && s.figuresSinceSum === 0) {
        s.subtotals += v.value;
        return;
      }
      // "(Surplus) / Deficit" straight under "Total Income" and "Total Expenditure": the account's
      // bottom line, two of the totals above taken together (income printed negative) or one less
      // the other. (Which two is not said: "Total charitable expenditure" may stand between.)
      if (onItsOwn && isSurplusLine(label(row)) && s.totalFigures.length >= 2) {
        const totals = s.totalFigures.slice(-SURPLUS_TOTALS);
        const pairs = totals.flatMap((a, i) => totals.slice(i + 1).flatMap((b) => [a + b, a - b, b - a]));
        const tolerance = allowed(Math.max(roundingFloor(ctx, s.finest), s.finest !== 1 ? s.finest : 0));
        const { closest } = closestReading(v.value, pairs, 1, tolerance);
        subjects.push(totalSubject(row, ref, label(row), v.value, closest, tolerance, 2, kind));
      }
      if (onItsOwn && (s.standalone === 0 || s.items < 2)) return standAlone(s, v.value);
      // "Average/ Total": where the figure lies among its lines it is their average (weighted, as
      // a Band D average is), not their sum.
      // ("Wales" under each council's Band C tax: a figure for the whole area, among the councils'
      // figures, is their average as well; a sum of them could not lie there.)
      if ((AVERAGE_LABEL.test(label(row)) || namesWholeArea(label(row))) && s.recent.length >= 2) {
        const [lo, hi] = [Math.min(...s.recent), Math.max(...s.recent)];
        if (v.value >= lo && v.value <= hi) return;
      }
      // "Total Shires | 78" under each county's share of its bid accepted (72, 100, 100 …): a figure
      // among many lines' own, all between nought and a hundred (half of them ten or more, as
      // percentages are), which add up to many times it, is their rate taken together, not their sum.
      const rates = s.recent.slice(-s.itemsSinceTotal);
      if (
        rates.length >= RATES_TAKEN_TOGETHER &&
        rates.every((x) => x >= 0 && x <= 100) &&
        rates.filter((x) => x >= 10).length * 2 >= rates.length &&
        v.value >= Math.min(...rates) &&
        v.value <= Math.max(...rates) &&
        rates.reduce((a, x) => a + x, 0) >= RATES_SUM * v.value
      )
        return;
      // Pounds, tax bases and rates in one column are not like figures to add up (a council tax
      // calculation runs down one column): its "total" is a calculation, not a sum. (A subtotal
      // weighs its own section's lines: staff numbers and a rate above an earlier section say
      // nothing of the board's costs.)
      if (mixedUnits(kind === 'subtotal' && s.sectionItems > 0 ? s.recent.slice(-s.sectionItems) : s.recent)) return;
      // "Total Council Tax Base" under levies in pounds: a count totalled elsewhere, not these lines.
      if (!countsThings(table, ref) && COUNT_LABEL.test(label(row))) return;
      // "Total amount received" under "No. of pupils eligible" and "Percentage of FSM pupils": money
      // under counts and rates is a figure of its own, not their sum.
      const covering = s.recentRows.slice(-s.itemsSinceTotal);
      if (MONEY_LABEL.test(label(row)) && covering.length > 0 && covering.every((r) => COUNTED_LINE.test(label(r))))
        return;
      // (And "Total number of fraud cases investigated" under "Total amount spent on investigation":
      // a count under money, each a measure of its own.)
      const money = (l: string) => MONEY_LABEL.test(l) && !NUMBER_OF.test(l);
      if (NUMBER_OF.test(label(row)) && (covering.some((r) => money(label(r))) || s.totalLabels.some(money))) return;
      // ("Total Pay & Display Income" under "Total number of vehicles using Pay & Display car parks"
      // alone: money under a count it is no total of.)
      if (
        money(label(row)) &&
        covering.length === 0 &&
        s.totalLabels.length > 0 &&
        s.totalLabels.every((l) => NUMBER_OF.test(l))
      )
        return;
      // What the row may be totalling, the reading its label suggests first.
      const readings: number[] = [];
      // Where the subtotals' sum stands among the readings though there were none.
      let noSubtotals = -1;
      // "Total Cost of Works (A + B)": the lines marked "(A)" and "(B)" above, as its label says, first.
      const byLetters = letteredSum(label(row), k, ref);
      if (byLetters !== null) readings.push(byLetters);
      const subtotalsFirst = byLetters === null && kind === 'total' && sawSubtotal;
      if (subtotalsFirst) readings.push(s.subtotals);
      // (The line and the total above together are every line: that reading first.)
      if (joined) readings.push(s.all, s.totals);
      else if (grand) readings.push(s.totals, s.all);
      else if (heading) {
        // A heading totals only what the readings below find.
      } else if (kind === 'subtotal') {
        readings.push(s.section, s.sinceTotal, s.all);
        // "Net service operating costs (spending minus income)" under income printed positive.
        const lines = s.recent.slice(-s.sectionItems);
        if (
          (NET_WORD.test(label(row)) || isGapLine(label(row))) &&
          lines.length >= 2 &&
          lines.length === s.sectionItems
        )
          readings.push(lines[0] - lines.slice(1).reduce((a, b) => a + b, 0));
        readings.push(...netOfTotals(label(row), s));
      } else {
        readings.push(...netOfTotals(label(row), s));
        // (With no subtotals above, their nil sum matches a nil total by chance: "Total borrowing 0".)
        if (!sawSubtotal) noSubtotals = readings.length + 1;
        readings.push(s.all, s.subtotals, s.section, s.sinceTotal);
        // "Operating surplus" under income and the spending printed as positive figures: the first
        // line less the others, or the surplus above less the costs since.
        // (So is "Council Tax Requirement" under the spending and the grants financing it.)
        const lines = s.recent.slice(-s.itemsSinceTotal);
        const bottomLine = isBottomLine(label(row));
        if (bottomLine && lines.length >= 2) readings.push(lines[0] - lines.slice(1).reduce((a, b) => a + b, 0));
        if (bottomLine && s.lastTotal !== null && !s.headedSinceTotal) readings.push(s.lastTotal - s.sinceTotal);
      }
      // "Budget available" among grants numbered WC1, WC2, WC3: the awards' total leaves it out.
      if (s.unreferenced > 0 && s.referenced !== 0) readings.push(s.referenced);
      // "Gross expenditure" less the income lines below it: the subtotals and the current section.
      if (sawSubtotal) readings.push(s.subtotals + s.section);
      // "TOTAL" under sections each subtotalled ("1. ADULT SERVICES" … 20,181) or given on one line
      // ("2. SUPPORT SERVICES | 11,959"): every line, the subtotalled ones as their subtotals print them.
      if (sawSubtotal) readings.push(s.all - s.subtotalled + s.subtotals);
      // "Surplus for the year" under "Operating surplus", "Net finance costs" (a subtotal) and a
      // line: the total above, the subtotals since and the lines since.
      if (sawSubtotal && s.lastTotal !== null) readings.push(s.lastTotal + s.subtotals + s.section);
      // "Grand Total Expenditure" under lines and "Staffing Total", "Administration Total" among
      // them, each a figure of its own: every line and those figures.
      const standaloneAt = s.standalone !== 0 ? readings.push(s.all + s.standalone) - 1 : -1;
      // The lines just above it, with no heading to mark where they start ("Total funding" under
      // the budget line and six funding lines).
      const runs: number[] = [];
      for (let j = s.recent.length - 1, run = 0; j >= 1; j--) {
        run += s.recent[j];
        if (j < s.recent.length - 1) runs.push(run); // two lines at least: a total is not a copy of one
      }
      const runsFrom = readings.length;
      readings.push(...runs);
      if (s.lastTotal !== null) readings.push(s.lastTotal + s.sinceTotal);
      // "Total expenditure" under its sections' totals (staff, administration, projects) and a
      // contingency line: the last few totals and the lines since, not the income above them.
      for (let j = s.totalFigures.length - 1, run = 0; j >= 0; j--) {
        run += s.totalFigures[j];
        if (j < s.totalFigures.length - 1) readings.push(run + s.sinceTotal);
      }
      // "Total lost days" over the four kinds of leave: a total heading the lines below it, and a
      // grand total of such headings further down.
      if (below !== null) readings.push(below);
      for (let j = s.headings.length - 1, run = 0; j >= 0; j--) {
        run += s.headings[j];
        if (j < s.headings.length - 1) readings.push(run); // the last two headings or more
      }
      if (s.lastTotalFromItems !== null) readings.push(s.lastTotalFromItems + s.sinceTotal);
      // "Total: 39,253", "Revenue Deficit 5,273", "TOTAL 33,980": the spending less the deficit
      // balances the account at its income.
      if (s.lastTotal !== null && s.deficitSinceTotal !== 0)
        readings.push(s.lastTotal + s.sinceTotal - 2 * s.deficitSinceTotal);
      const heads = headsOfRuns(s.recent);
      const headsAt = heads !== null ? readings.push(heads.sum) - 1 : -1;
      // (A reading put first moves the others along.)
      const first = (value: number) => {
        readings.unshift(value);
        if (noSubtotals >= 0) noSubtotals += 1;
      };
      if (ofType !== undefined) first(ofType.sum);
      // Rounding in the table's own unit: more units the more rounded lines are added.
      const lineUnit = v.typed !== 1 && !s.scaledLines ? s.finest * v.typed : s.finest;
      const step = countsThings(table, ref) ? countedStep(s.recent, v.value) : 1;
      const unit = step > 1 ? Math.max(Math.min(lineUnit, v.unit), step) : Math.min(lineUnit, v.unit);
      const units = roundingUnits(covered);
      // A total printed coarser than its lines (8,382 over lines to one place) is their sum rounded to its own unit.
      const ownRounding = v.unit > lineUnit && v.typed === 1 ? v.unit / 2 : 0;
      const tolerance = allowed(
        Math.max(roundingFloor(ctx, unit), unit !== 1 || units > 1 ? unit * units : 0, ownRounding),
      );
      // "£1,500k" under bare figures (750, 330 …): the total names the unit the lines are written in.
      const scale = v.typed !== 1 && !s.scaledLines ? v.typed : 1;
      const { closest, near } = closestReading(v.value, readings, scale, tolerance);
      const others = readings.filter((_r, j) => (j < runsFrom || j >= runsFrom + runs.length) && j !== noSubtotals);
      const whole = others.length > 0 ? closestReading(v.value, others, scale, tolerance) : null;
      const nearOthers = whole?.near ?? false;
      const nearSigned = closestReading(v.value, readings, scale, tolerance, false).near;
      const wholeClosest = whole?.closest ?? null;
      weighed.push({
        ref,
        shiftedRight: right !== null,
        s,
        v,
        readings,
        closest,
        wholeClosest,
        near,
        nearOthers,
        nearSigned,
        heading,
        onItsOwn,
        covered,
        standaloneAt,
        subtotalsFirst,
        headsAt,
        headSlip:
          heads?.slip && s.recentRows[heads.slip.at] !== undefined
            ? {
                row: s.recentRows[heads.slip.at],
                lines: heads.slip.lines,
                sum: heads.slip.sum,
                value: s.recent[heads.slip.at],
                label: label(s.recentRows[heads.slip.at]),
              }
            : null,
        grand,
        below,
        ofType,
        tolerance,
      });
    });
    // A totals row adds up the same lines in every column. Where most of its columns total their
    // lines as a whole (or by section), a column that matches only a run of the lines just above
    // it (404 against 403, London left out) matches by chance, and is out by its slip.
    // So too the sign: where most columns total their lines with the lines' own sign, one matching
    // only with the opposite sign (-928 under lines adding to 928) has lost or gained a minus.
    const most = (n: number) => n >= 2 && n * 2 > weighed.length;
    const byWhole = most(weighed.filter((w) => w.nearOthers).length);
    const bySign = most(weighed.filter((w) => w.nearSigned).length);
    // The reading most columns match (every line and the totals standing among them): where one
    // column is out, what it should show is that reading, not the first its label suggests.
    const agreed = agreedReading(weighed, most);
    // "Total Loans" under visits, borrowers and minutes of computer time, and over more lines the
    // table ends with: smaller in most columns than a line above it, and adding up none of them, it
    // is a measure of its own among the others, not their total.
    const measure = amongLines(k) && most(weighed.filter(belowALine).length) && !weighed.some((w) => w.near);
    // "Appropriations to/(from) Reserves Total" straight under "Subtotal before transfers", adding up
    // nothing above (a zero adds up anything) and of the other sign or less than half of it: a
    // section's total printed without its lines.
    // "Total Available" over the awards, "Total Awarded" below: the fund on offer, not a sum of them.
    const offered = kind === 'total' && AVAILABLE_LABEL.test(label(row)) && totalBelow(k);
    const unrelated = (w: Weighed) =>
      w.v.value !== 0 &&
      (Math.sign(w.v.value) !== Math.sign(w.closest) || Math.abs(w.v.value) * 2 < Math.abs(w.closest));
    const afterSubtotal =
      kind === 'total' &&
      table.rows[k - 1]?.kind === 'subtotal' &&
      !GRAND_LABEL.test(label(row)) &&
      !weighed.some((w) => w.near && w.v.value !== 0) &&
      weighed.some(unrelated);
    // "TOTAL FUNDS" straight under the bare figures adding up the funds, the same in every column:
    // the subtotal named, not a sum of its own.
    const above = table.rows[k - 1];
    const restatesSubtotal =
      kind === 'total' &&
      above?.kind === 'subtotal' &&
      weighed.length > 0 &&
      weighed.every((w) => read(above.row, w.ref)?.value === w.v.value);
    // "TOTAL" first in its table, every row under it a line ("Budgeted amount" over "TOTAL | 8,950",
    // then the category's lines): printed above them, it totals them all.
    const headsTable =
      kind === 'total' &&
      table.rows.slice(0, k).every((r) => r.kind === 'section') &&
      table.rows.slice(k + 1).every((r) => r.kind === 'item');
    for (const w of weighed) {
      const { ref, s, v, readings, heading, grand, below, ofType, tolerance } = w;
      const chance = ((byWhole && !w.nearOthers) || (bySign && !w.nearSigned)) && w.near && !heading;
      const [closest, near] = chance ? [readings[0], false] : [w.closest, w.near];
      // "Total council tax 2023/24" over the year's increases: an opening figure, not their heading.
      // So too "Administration Total" under one other line ("Premises and Occupation Costs"), where
      // no total above carries forward into it: a total of one line would equal it, so it is a
      // figure of its own among the lines.
      // (Within 1% of the total above and that line, it carries the total forward with a slip:
      // "Total assets less current liabilities" under "Total fixed assets" and "Net current assets".)
      const carriedWithSlip =
        s.lastTotal !== null && Math.abs(v.value - (s.lastTotal + s.sinceTotal)) <= CARRIED_SLIP * Math.abs(v.value);
      // (So is "NET INCOME" under one line, "Net gains on investments", where the income and
      // spending it nets were read as a table above: a net of one line would equal it.)
      const netOfOne = kind === 'subtotal' && NET_WORD.test(label(row)) && s.sectionItems === 1 && s.items === 1;
      const single =
        w.covered === 1 && (kind === 'total' || netOfOne) && s.totalCount === s.standaloneCount && !carriedWithSlip;
      // ("LMS | n/a", "Non-LMS | n/a", "Total | 16,051": the year's lines not available, only its
      // total: a figure given on its own, with nothing above it in its column to add up.)
      // So too lines left blank there ("1994–95 Plans" given for each region's total only). ("£ | £",
      // the lines' figures in the column before, is read from that column, spacers or none.)
      const nothingToAdd =
        kind === 'total' && (s.notAvailableSinceSum >= 1 || s.itemsSinceSum >= 1) && s.figuresSinceSum === 0;
      // "Total PPG received" under the spending lines, the figure given above the table as "Total
      // amount of PPG received": a reminder of that figure, not a sum of these lines. (Within 1% of
      // them, it is their total with a slip: "Total Car Park Income Budget" over its analysis.)
      const slipFromLines = Math.abs(v.value - w.closest) <= CARRIED_SLIP * Math.abs(v.value);
      // (All 32 councils £27,000 over "All Local Authorities", and the last 31 £23,000 under it: the
      // slip is from every line, not from a run that happens to leave the first out.)
      const slipFrom =
        w.wholeClosest !== null && Math.abs(v.value - w.wholeClosest) <= CARRIED_SLIP * Math.abs(v.value)
          ? w.wholeClosest
          : w.closest;
      // (One stated on its own that most columns read as every line and those totals is their total, out.)
      const outOfAgreed = w.onItsOwn && agreed !== null && agreed.index === w.standaloneAt;
      if (
        !grand &&
        !near &&
        ((heading && !outOfAgreed && !headsTable) ||
          single ||
          nothingToAdd ||
          measure ||
          afterSubtotal ||
          restatesSubtotal ||
          offered ||
          (restated(row, ref) && !slipFromLines))
      ) {
        standAlone(s, v.value);
        // (The lines above it are still to be totalled: a total further down covers them.)
        if (!heading) s.keepRun = true;
        continue;
      }
      // Off every reading: under an earlier total ("Total Funding" below "Total Capital
      // Investment"), the lines since that total are what it should add up, not every line above.
      const sinceLast = kind === 'total' && !grand && s.totalCount > 0 && s.itemsSinceTotal > 0;
      const byOthers = !near && agreed !== null && readings.length === agreed.length;
      // (Or, where the total above carries into it, that total and the lines since, if nearer; a
      // bottom line, "Total levy" under "Net use of reserves", that total less them.)
      const fromLast = [
        ...(s.lastTotal !== null ? [s.lastTotal + s.sinceTotal] : []),
        ...(s.lastTotal !== null && isBottomLine(label(row)) && !s.headedSinceTotal
          ? [s.lastTotal - s.sinceTotal]
          : []),
      ].reduce((best, x) => (Math.abs(x - v.value) < Math.abs(best - v.value) ? x : best), s.sinceTotal);
      // "Total Reserves" under a subtotal and "Pandemic Reserves", "Budget Sustainability Reserve":
      // the lines of its own section, as its name says, not the subtotal above them.
      const section = s.recentRows.slice(-s.sectionItems).map(label);
      const namesSection =
        kind === 'total' &&
        sawSubtotal &&
        s.sectionItems >= 2 &&
        s.sectionItems <= section.length &&
        namesEach(label(row), section);
      // ("Draft budget gap" under a subtotal and the changes since: every line above, where nearest.)
      const everyLine = kind === 'subtotal' && !near && isGapLine(label(row)) && closest === s.all;
      // (A subtotal whose own section leaves this column blank, under lines above its heading that
      // fill it: those lines are what it is off, not a sum of nothing.)
      const blankSection = kind === 'subtotal' && !near && s.sectionFigures === 0 && s.figuresSinceSum > 0;
      const expected = near
        ? closest
        : everyLine
          ? s.all
          : blankSection
            ? s.sinceSum
            : byOthers
              ? readings[agreed.index]
              : sinceLast
                ? fromLast
                : namesSection
                  ? s.section
                  : // (Within 1% of one reading, "Total payments" £9 off its payment lines: that sum, with a slip.)
                    slipFromLines
                    ? slipFrom
                    : // (Off the subtotals too, it is off every line, each subtotalled one as its subtotal
                      // prints it: "Subtotal excluding precept" leaves the precept out of the subtotals.)
                      w.subtotalsFirst
                      ? s.all - s.subtotalled + s.subtotals
                      : readings[0];
      // The total adds up the heading lines, so the one whose own lines fall short is out.
      const slip = w.headSlip;
      if (near && slip !== null && readings.indexOf(closest) === w.headsAt)
        subjects.push(totalSubject(slip.row, ref, slip.label, slip.value, slip.sum, tolerance, slip.lines, 'subtotal'));
      const itemCount =
        headsTable && expected === below
          ? table.rows.length - k - 1
          : ofType && expected === ofType.sum
            ? ofType.lines
            : grand && expected === s.totals && s.items === 0
              ? s.totalCount
              : everyLine
                ? s.items
                : blankSection
                  ? s.itemsSinceSum
                  : kind === 'subtotal' || ((namesSection || slipFromLines) && expected === s.section)
                    ? s.sectionItems
                    : byOthers && agreed.index === w.standaloneAt
                      ? s.items + s.standaloneCount
                      : sinceLast && !near && (!byOthers || expected === s.sinceTotal)
                        ? s.itemsSinceTotal
                        : s.items;
      const subject = totalSubject(row, ref, label(row), v.value, expected, tolerance, itemCount, kind);
      subjects.push(subject);
      if (w.shiftedRight) shifted.add(subject);
      s.subtotals += kind === 'subtotal' ? v.value : 0;
      s.subtotalled += kind === 'subtotal' ? expected : 0;
      if (below !== null && poundsGap(v.value, below) <= tolerance) s.headings.push(v.value);
      if (kind === 'total') {
        s.afterTotal = true;
        s.lastTotal = v.value;
        s.lastTotalFromItems = expected;
      }
      if (kind === 'total' && !grand) {
        s.totals += v.value;
        s.totalCount += 1;
        s.totalFigures.push(v.value);
      }
    }
    if (kind === 'subtotal') sawSubtotal = true;
    // "Schools Budget Reserves brought forward March 2012" adding up the reserves above it: the
    // balance the lines below move, to the balance carried forward.
    if (movement === 'opening' && closes(row)) for (const w of weighed) w.s.balance = opened(w.v.value);
    for (const s of sums) {
      s.section = 0;
      s.sectionItems = 0;
      s.sectionFigures = 0;
      s.figuresSinceSum = 0;
      s.itemsSinceSum = 0;
      s.notAvailableSinceSum = 0;
      s.sinceSum = 0;
      if (kind === 'total' && !s.keepRun) {
        s.sinceTotal = 0;
        s.deficitSinceTotal = 0;
        s.itemsSinceTotal = 0;
        s.headedSinceTotal = false;
        s.recent = [];
        s.recentRows = [];
        s.scaledLines = false;
      }
      s.keepRun = false;
    }
  }
  // (A total read for the lines to its left that its own column already reads is said once.)
  const cell = (x: Subject) => `${x.row}:${x.anchors.default.column}`;
  const ownCells = new Set(subjects.filter((x) => x.kind === 'total' && !shifted.has(x)).map(cell));
  for (let k = subjects.length - 1; k >= 0; k--)
    if (shifted.has(subjects[k]) && ownCells.has(cell(subjects[k]))) subjects.splice(k, 1);
  // (Partners' amounts against their line total are the savings stage's to check, unless other
  // columns of money stand among theirs.)
  if (table.partners.length === 0 || table.othersShareTotal) {
    const unitOf = (ref: ColumnRef) => (countsThings(table, ref) ? 'count' : 'pounds');
    subjects.push(
      ...lineTotalSubjects(table, columns, read, label, unitOf, ctx.profile.tolerances.totalsPounds, exact),
    );
  }
  return { subjects, unreadable };
}
