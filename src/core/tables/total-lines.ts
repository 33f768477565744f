/** Which of a table's lines are totals: sums of the lines above, balances that close a statement, lines stated alone. */
import type { SheetSnapshot } from '../snapshot';
import type { TableRow } from './types';
import { cellAt, cellsOf, figureAt, formatAt } from './types';
import { isDateFormat } from '../parse/date-formats';
import { parseMoney } from '../parse/money';
import type { RowShape } from './layout';
import { NOTE_HEADER, pastSpacers } from './figure-columns';
import {
  isAsAtLine,
  isClosingBalance,
  isOpeningBalance,
  letteredTerms,
  markedWith,
  plainHeading,
  textAt,
} from './layout';

/**
 * "Balance Remaining" or "Budget as at 31 January 2020" under a balance brought forward (or one
 * "as at" an earlier date) and the movements since: where the statement closes, a total of them.
 */
export function markClosingBalances(
  sheet: SheetSnapshot,
  rows: TableRow[],
  firstColumn: number,
  lastColumn: number,
): void {
  let opened = false;
  for (const r of rows) {
    const label = rowLabelText(sheet, r.row, firstColumn, lastColumn);
    // "Housing Revenue Account" in the first column beside a line's words opens another fund's
    // lines: a balance there does not close the statement of the fund above.
    if (opensGroup(sheet, r.row, firstColumn, lastColumn)) opened = false;
    // ("Reserves brought forward March 2012" summing the reserves above it opens the statement too.)
    if (r.kind === 'subtotal' || r.kind === 'total') {
      if (isOpeningBalance(label)) opened = true;
      continue;
    }
    if (r.kind !== 'item') continue;
    // (A form's numbered box "5 Balances carried forward" is a box of its own, checked as a line.)
    const boxed = boxNumber(sheet, r.row, firstColumn, lastColumn) !== null;
    if (opened && !boxed && (isClosingBalance(label) || isAsAtLine(label))) r.kind = 'total';
    else if (isOpeningBalance(label) || isAsAtLine(label)) opened = true;
  }
}

/**
 * Whether a row names a group in its first column, with the line's own words after it and before
 * its figures (words after the figures are notes on the line).
 */
function opensGroup(sheet: SheetSnapshot, row: number, firstColumn: number, lastColumn: number): boolean {
  if (!/\p{L}/u.test(textAt(sheet, row, firstColumn))) return false;
  for (let c = firstColumn + 1; c <= lastColumn; c++) {
    if (typeof cellAt(sheet, row, c) === 'number') return false;
    if (/\p{L}/u.test(textAt(sheet, row, c))) return true;
  }
  return false;
}

/** A row's first words: its label, wherever it starts. */
export function rowLabelText(sheet: SheetSnapshot, row: number, firstColumn: number, lastColumn: number): string {
  for (let c = firstColumn; c <= lastColumn; c++) {
    const t = textAt(sheet, row, c);
    if (/\p{L}/u.test(t)) return t;
  }
  return '';
}

/**
 * "(100)", "£1,500k", "-25", "12,000": a figure typed as text, marked as one by brackets, a pound
 * sign, a scale, a sign or separated thousands. Bare digits typed as text ("2") are references.
 */
const FIGURE_TEXT =
  /^\s*(?:\(\s*£?\s*\d[\d,]*(?:\.\d+)?\s*\)|[-–]\s*£?\s*\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn)?|£\s*\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn)?|\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn)|\d{1,3}(?:,\d{3})+(?:\.\d+)?)\s*$/i;

/**
 * A line whose every figure is exactly the sum of the lines above it since the last total or
 * heading ("Service expenditure" under nine directorates) is a subtotal, whatever its label: sums
 * that agree in every column do not happen by chance. A line worded as such a subtotal elsewhere in
 * the table ("Expenditure" closing each cost centre's lines) is one too where most of its figures
 * agree: the column that does not holds the slip the totals check is for.
 */
export function markSumRows(sheet: SheetSnapshot, rows: TableRow[], firstColumn: number, lastColumn: number): void {
  const sumWords = scanSumRows(sheet, rows, firstColumn, lastColumn, new Set());
  if (sumWords.size > 0) scanSumRows(sheet, rows, firstColumn, lastColumn, sumWords);
}

/** A figure that is the sum exactly, but for the float's last digits. */
function addsExactly(value: number, sum: number): boolean {
  return Math.abs(value - sum) <= Math.max(1e-6, Math.abs(sum) * 1e-9);
}

/** How far a section's closing line may be from its lines' sum and still close it, where the total confirms it. */
const SECTION_SLIP = 0.05;

/**
 * "Conwy … Wrexham", "North Wales Fire Authority | 16,045", "Carmarthenshire … Swansea", "Mid and
 * West Wales Fire Authority | 24,661", …, "Wales | 77,055": lines closed each by a line near their
 * sum, named for the group they make, where the total below is those closing lines' sum exactly,
 * not all the lines'. The closing lines are subtotals, found so though a slip puts one out (that is
 * what the totals check is for); the total's agreement with them is what makes them so.
 */
export function markSectionSums(sheet: SheetSnapshot, rows: TableRow[], firstColumn: number, lastColumn: number): void {
  const t = rows.findIndex((r) => r.kind === 'total');
  const lines = rows.slice(0, t);
  if (t < 0 || lines.length < 6 || lines.some((r) => r.kind !== 'item' && r.kind !== 'subtotal')) return;
  let column = -1;
  for (let c = firstColumn; c <= lastColumn && column < 0; c++)
    if (figureAt(sheet, rows[t].row, c) !== null) column = c;
  const total = column < 0 ? null : figureAt(sheet, rows[t].row, column);
  const values = lines.map((l) => figureAt(sheet, l.row, column));
  if (total === null || values.some((v) => v === null)) return;
  const figures = values as number[];
  const itemsOnly = figures.filter((_, i) => lines[i].kind === 'item');
  if (
    addsExactly(
      itemsOnly.reduce((a, v) => a + v, 0),
      total,
    )
  )
    return;
  const closing: number[] = [];
  let [run, count] = [0, 0];
  // (A line already found to add up its section exactly closes it.)
  figures.forEach((v, i) => {
    if (count >= 2 && (lines[i].kind === 'subtotal' || Math.abs(v - run) <= SECTION_SLIP * Math.abs(run))) {
      closing.push(i);
      [run, count] = [0, 0];
    } else {
      run += v;
      count += 1;
    }
  });
  if (count !== 0 || closing.length < 2) return;
  if (
    !addsExactly(
      closing.reduce((a, i) => a + figures[i], 0),
      total,
    )
  )
    return;
  for (const i of closing) lines[i].kind = 'subtotal';
}

/** How far a list's last line may be from the sum of the lines above it and still be read as their total. */
const CLOSING_SLIP = 0.02;
/** Lines a near sum must close before it is more than chance. */
const CLOSED_LINES = 3;

/**
 * "Core contract | 56.500", "Market sustainability | 3.625", "Social care grant | 3.245", "Delay
 * discharges grant | 2.065", then "Council income contribution 2024/25 | 65.615": the last line of a
 * list with no total, its every figure within 2% of the sum of the lines above it in its column
 * (three of them at least), is what they come to, whatever it is called, though it does not add
 * exactly: the slip the totals check is for. (Where it adds exactly, the sums found elsewhere say so.)
 */
export function markNearSumClose(sheet: SheetSnapshot, rows: TableRow[]): void {
  if (rows.length < CLOSED_LINES + 1 || rows.some((r) => r.kind !== 'item')) return;
  const last = rows[rows.length - 1];
  const lines = rows.slice(0, -1);
  const cells = cellsOf(sheet, last.row);
  if (cells.length === 0) return;
  let off = false;
  for (const [c, v] of cells) {
    const figures = lines.map((l) => figureAt(sheet, l.row, c)).filter((f): f is number => f !== null);
    if (figures.length < CLOSED_LINES) return;
    const sum = figures.reduce((a, f) => a + f, 0);
    if (sum === 0 || Math.abs(v - sum) > CLOSING_SLIP * Math.abs(sum)) return;
    if (!addsExactly(v, sum)) off = true;
  }
  if (off) last.kind = 'total';
}

/**
 * "Precept | 265", "Total other receipts | 104", then "| 369" with no words: a line of bare figures
 * adding the lines just above it, one of them named "Total …" (all the other receipts, in one
 * line). That one is a line of the sum, not a total of its own. (The lines run unbroken from a
 * blank row or a heading to the bare line.)
 */
export function markTotalsAmongLines(
  sheet: SheetSnapshot,
  rows: TableRow[],
  firstColumn: number,
  lastColumn: number,
): void {
  const bare = (row: number) => {
    let figures = 0;
    for (let c = firstColumn; c <= lastColumn; c++) {
      const v = cellAt(sheet, row, c);
      if (typeof v === 'string' && /\p{L}/u.test(v)) return false;
      if (figureAt(sheet, row, c) !== null) figures += 1;
    }
    return figures > 0;
  };
  rows.forEach((r, i) => {
    if (r.kind !== 'item' || !bare(r.row)) return;
    let k = i;
    while (k > 0 && rows[k - 1].row === rows[k].row - 1 && rows[k - 1].kind !== 'section') k -= 1;
    const lines = rows.slice(k, i);
    const named = lines.filter((l) => l.kind === 'total');
    if (lines.length < 2 || named.length === 0) return;
    let agreeing = 0;
    for (let c = firstColumn; c <= lastColumn; c++) {
      const v = figureAt(sheet, r.row, c);
      if (v === null || v === 0) continue;
      const sum = lines.reduce((a, l) => a + (figureAt(sheet, l.row, c) ?? 0), 0);
      if (Math.abs(v - sum) <= Math.abs(sum) * 1e-9 + 1e-6) agreeing += 1;
    }
    if (agreeing > 0) for (const l of named) l.kind = 'item';
  });
}

/** Of a table's lines, the share that must fill a column for a subtotal's blank there to set it apart. */
const FILLED_BY_LINES = 0.8;
/** Figures a subtotal's row must hold for its layout to mark others, and the longest a code is. */
const SUBTOTAL_FIGURES = 3;
const SHORT_CELL = 12;

/**
 * "Flood Defences | 22 | 5,990 | 6,012 …" under its schemes, with no scheme number and no total
 * scheme cost: where the subtotals found by their sums leave blank a column nearly every line fills
 * (the lines' numbers, their total across), the named lines laid out the same way are subtotals too,
 * whether or not they add up (a slip in one is what the check is for).
 */
export function markSubtotalsShapedAlike(
  sheet: SheetSnapshot,
  rows: TableRow[],
  firstColumn: number,
  lastColumn: number,
  headers: ReadonlyMap<number, string>,
): void {
  const filled = (row: number) => {
    const cells: number[] = [];
    for (let c = firstColumn; c <= lastColumn; c++) {
      const v = cellAt(sheet, row, c);
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) cells.push(c);
    }
    return cells.join(',');
  };
  const subtotals = rows.filter((r) => r.kind === 'subtotal');
  const items = rows.filter((r) => r.kind === 'item');
  if (subtotals.length === 0 || items.length < 3) return;
  // (Each named, as its section is: a row of bare figures is told by its sum alone. And a row of
  // figures: a sum of two small numbers in a plan is no layout of subtotals.)
  const named = (r: TableRow) => rowWords(sheet, r.row, firstColumn, lastColumn) !== '';
  const figured = (r: TableRow) => cellsOf(sheet, r.row).length >= SUBTOTAL_FIGURES;
  const shape = filled(subtotals[0].row);
  if (!subtotals.every((r) => filled(r.row) === shape && named(r) && figured(r))) return;
  const has = new Set(shape.split(',').map(Number));
  // (A column nearly every line fills, and the subtotals leave blank, sets them apart; not a note's
  // number, which a line may lack as well.)
  // (Of the lines not laid out as the subtotals are: those that are may be subtotals themselves.)
  const lines = items.filter((r) => filled(r.row) !== shape);
  // A line's number or figure, not its notes: words about a line it may do without.
  const short = (c: number) =>
    lines.every((r) => {
      const v = cellAt(sheet, r.row, c);
      return v === null || typeof v === 'number' || String(v).trim().length <= SHORT_CELL;
    });
  // (Groups are few beside the lines they close: where half the lines are laid out so, it is no mark.)
  if (lines.length < 3 || (items.length - lines.length) * 2 > lines.length) return;
  let apart = false;
  for (let c = firstColumn; c <= lastColumn; c++) {
    if (NOTE_HEADER.test(headers.get(c) ?? '') || !short(c)) continue;
    const filling = lines.filter((r) => filled(r.row).split(',').map(Number).includes(c)).length;
    if (!has.has(c) && filling >= FILLED_BY_LINES * lines.length) apart = true;
  }
  if (!apart) return;
  for (const r of items) if (filled(r.row) === shape && named(r)) r.kind = 'subtotal';
}

/**
 * "Total Fixed assets", "Total Cash & short term investments", "Total borrowings" one under another
 * after a break, under the account's bottom line and with no lines of their own: each a figure
 * stated on its own (a balance sheet in brief), not a total of the lines above the break.
 */
export function markTotalsStatedAlone(
  sheet: SheetSnapshot,
  rows: TableRow[],
  firstColumn: number,
  lastColumn: number,
): void {
  const totalled = (r: TableRow | undefined) => r !== undefined && (r.kind === 'total' || r.kind === 'subtotal');
  for (let i = 1; i < rows.length; i++) {
    const before = rows[i - 1];
    if (!totalled(before) || rows[i].row - before.row < 2 || rows[i].kind !== 'total') continue;
    let j = i;
    while (j + 1 < rows.length && rows[j + 1].row === rows[j].row + 1 && rows[j + 1].kind === 'total') j += 1;
    const run = rows.slice(i, j + 1);
    const distinct = new Set(run.map((r) => rowWords(sheet, r.row, firstColumn, lastColumn))).size;
    if (run.length >= 2 && j === rows.length - 1 && distinct === run.length) for (const r of run) r.kind = 'item';
    i = j;
  }
}

/** A row's words, the text cells with letters in them: what it is called, wherever it is written. */
function rowWords(sheet: SheetSnapshot, row: number, firstColumn: number, lastColumn: number): string {
  const words: string[] = [];
  for (let c = firstColumn; c <= lastColumn; c++) {
    const t = textAt(sheet, row, c);
    if (/\p{L}/u.test(t)) words.push(t.trim().toLowerCase());
  }
  return words.join('|');
}

/**
 * "Crime Prevention" heading its cost centres, then "| Crime Prevention | 157,000 | 96,800 …" after
 * them: a line of figures named as its section is, closing it, is the section's subtotal, where
 * one of its figures at least is the sum of the section's lines (a slip is in one, not in all).
 */
export function markSectionsNamedAgain(
  sheet: SheetSnapshot,
  rows: TableRow[],
  firstColumn: number,
  lastColumn: number,
): void {
  const named = (row: number) => plainHeading(rowWords(sheet, row, firstColumn, lastColumn));
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].kind !== 'section') continue;
    let j = i + 1;
    while (j < rows.length && rows[j].kind === 'item') j++;
    // (At least one line of the section before the line that closes it.)
    const last = rows[j - 1];
    if (j - 1 < i + 2 || cellsOf(sheet, last.row).length === 0) continue;
    if (named(last.row) !== named(rows[i].row)) continue;
    const lines = rows.slice(i + 1, j - 1);
    let agreeing = 0;
    for (const [c, v] of cellsOf(sheet, last.row)) {
      if (v === 0) continue;
      const sum = lines.reduce((a, l) => a + (figureAt(sheet, l.row, c) ?? 0), 0);
      if (Math.abs(v - sum) <= Math.abs(sum) * 1e-9 + 1e-6) agreeing += 1;
    }
    if (agreeing > 0) last.kind = 'subtotal';
  }
}

/**
 * "Precept", "Net budget requirement": the bottom line of a council's budget, what its lines come
 * to. Closing the table and matching them in one year, it is their sum in the others too.
 */
const BOTTOM_LINE = /^(?:net\s+)?(?:precept(?:\s+(?:requirement|required|demand))?|(?:budget|spending)\s+requirement)$/;

/** Figures a sum must add, one with decimals among them, to be matched exactly by more than chance. */
const TELLING_TERMS = 4;

/** Marks the sum rows as subtotals, those worded as in `sumWords` on most figures; returns the words of those marked. */
function scanSumRows(
  sheet: SheetSnapshot,
  rows: TableRow[],
  firstColumn: number,
  lastColumn: number,
  sumWords: ReadonlySet<string>,
): Set<string> {
  const marked = new Set<string>();
  const width = lastColumn - firstColumn + 1;
  // One row's figures at a time, by column (null where it has none), and the sums since the last total or heading.
  const values = new Array<number | null>(width).fill(null);
  const sums = new Array<number>(width).fill(0);
  // Lines with a figure in each column since the sums were last reset, whether one had decimals,
  // and the largest of them.
  const terms = new Array<number>(width).fill(0);
  const fractional = new Array<boolean>(width).fill(false);
  const largest = new Array<number>(width).fill(0);
  const restartSums = () => {
    sums.fill(0);
    terms.fill(0);
    fractional.fill(false);
    largest.fill(0);
  };
  let count = 0;
  const readFigures = (row: number) => {
    for (let c = firstColumn; c <= lastColumn; c++) {
      const v = cellAt(sheet, row, c);
      const format = formatAt(sheet, row, c);
      // Dates and percentages are numbers too, but they are not added up.
      const figure =
        typeof v === 'number' && Number.isFinite(v) && !(format && (isDateFormat(format) || format.includes('%')));
      // "(100)", "£45k": a figure typed as text is added up like the others.
      const typed = typeof v === 'string' && FIGURE_TEXT.test(v) ? parseMoney(v) : null;
      values[c - firstColumn] = figure ? (v as number) : typed?.kind === 'amount' ? typed.value : null;
    }
  };
  /** A row of figures with no words at all: nothing says what it is but its figures. */
  const unlabelled = (row: number) => {
    for (let c = firstColumn; c <= lastColumn; c++) {
      const v = cellAt(sheet, row, c);
      if (typeof v === 'string' && v.trim() !== '' && !FIGURE_TEXT.test(v)) return false;
    }
    return true;
  };
  // Columns holding only small whole numbers so far (priorities 1 to 3, scores): their sums agree by chance.
  const ratings = new Array<boolean>(width).fill(true);
  // The last line of items: a line closing the table that sums most of its figures is its total.
  const lastItem = rows.reduce((last, r, i) => (r.kind === 'item' ? i : last), -1);
  /** Whether the row just read adds up to `against`, the sums of its `lines` lines above; its words marked if so. */
  const addsUpTo = (row: number, index: number, against: readonly number[], lines: number): boolean => {
    // The row's figures against the sums above them: how many there are, whether any is not
    // zero, whether all agree, how many non-zero ones agree, and the column of a lone one.
    let present = 0;
    let nonZero = false;
    let allExact = true;
    let agreeing = 0;
    let nonZeros = 0;
    // A sum of four figures or more, with decimals among them, matched to the last decimal and
    // larger than any of them, is no chance (a sum of changes, "-3.5" under "-3.1 … 6.6", may be):
    // where half the line's figures agree, one such says the line is their sum.
    let telling = false;
    // (Two such sums matched to the last decimal are no chance whatever their size: "Operating Net
    // Surplus" under the grant, the costs and the income, in its actual and its budget.)
    let decimalSums = 0;
    // Small whole numbers alone (priorities, scores, the lines' own numbers 1, 2 then 3) agree by chance.
    let byChance = true;
    for (let i = 0; i < width; i++) {
      const v = values[i];
      if (v === null) continue;
      present += 1;
      byChance &&= ratings[i];
      if (v !== 0) [nonZero, nonZeros] = [true, nonZeros + (ratings[i] ? 0 : 1)];
      const agrees = addsExactly(v, against[i]);
      if (!agrees) allExact = false;
      else if (v !== 0 && !ratings[i]) {
        agreeing += 1;
        const decimalSum = against === sums && terms[i] >= TELLING_TERMS && fractional[i];
        if (decimalSum) decimalSums += 1;
        telling ||= decimalSum && Math.abs(v) > largest[i];
      }
    }
    // A labelled line must agree in every column; a line of bare figures under the items, in one
    // of figures (the others may hold the slip a check is for; "3" under years 1 and 2 is no sum).
    const words = sumWords.size > 0 || allExact ? rowWords(sheet, row, firstColumn, lastColumn) : '';
    const mostAgree = agreeing >= 2 && agreeing * 2 > nonZeros;
    const worded = words !== '' && sumWords.has(words) && mostAgree;
    // ("General funds | 887,624 | 854,561" then the same bare figures: the sum of a section of one line.)
    const oneLineSum = lines === 1 && allExact && agreeing >= 2 && unlabelled(row);
    const adds =
      (lines >= 2 || oneLineSum) &&
      present > 0 &&
      nonZero &&
      ((!byChance && allExact) ||
        (agreeing > 0 && unlabelled(row)) ||
        (telling && agreeing * 2 >= nonZeros) ||
        (decimalSums >= 2 && mostAgree) ||
        worded ||
        (index === lastItem &&
          (mostAgree || (agreeing >= 1 && BOTTOM_LINE.test(rowWords(sheet, row, firstColumn, lastColumn))))));
    if (adds && words !== '') marked.add(words);
    return adds;
  };
  // The sums since the last total, through the section headings since ("Expenditure:", its lines,
  // "Running Costs:", theirs, then a line of bare figures adding all of them).
  const sinceTotal = new Array<number>(width).fill(0);
  let countSinceTotal = 0;
  let headedSinceTotal = false;
  // The sums since each heading after the last total: "Staff costs", its lines, then nil lines
  // ("Music tuition", no figure) taken for headings, more lines, and their sum in a bare row.
  const sinceHeadings: { sums: number[]; count: number }[] = [];
  for (const [index, r] of rows.entries()) {
    if (r.kind !== 'item') {
      restartSums();
      count = 0;
      if (r.kind === 'section') {
        headedSinceTotal = true;
        sinceHeadings.push({ sums: new Array<number>(width).fill(0), count: 0 });
      } else {
        sinceTotal.fill(0);
        [countSinceTotal, headedSinceTotal] = [0, false];
        sinceHeadings.length = 0;
      }
      continue;
    }
    readFigures(r.row);
    const adds =
      addsUpTo(r.row, index, sums, count) ||
      (headedSinceTotal && countSinceTotal > count && addsUpTo(r.row, index, sinceTotal, countSinceTotal)) ||
      (unlabelled(r.row) &&
        sinceHeadings.some(
          (h) => h.count > count && h.count < countSinceTotal && addsUpTo(r.row, index, h.sums, h.count),
        ));
    if (adds) {
      r.kind = 'subtotal';
      restartSums();
      sinceTotal.fill(0);
      [count, countSinceTotal, headedSinceTotal] = [0, 0, false];
      sinceHeadings.length = 0;
      continue;
    }
    // (A line with no figures, a heading the layout took for a line, adds nothing to count.)
    if (values.every((v) => v === null)) continue;
    for (const h of sinceHeadings) {
      h.count += 1;
      values.forEach((v, i) => (h.sums[i] += v ?? 0));
    }
    for (let i = 0; i < width; i++) {
      const v = values[i];
      if (v === null) continue;
      sums[i] += v;
      sinceTotal[i] += v;
      if (v !== 0) terms[i] += 1;
      if (!Number.isInteger(v)) fractional[i] = true;
      largest[i] = Math.max(largest[i], Math.abs(v));
      if (!Number.isInteger(v) || Math.abs(v) > 10) ratings[i] = false;
    }
    count += 1;
    countSinceTotal += 1;
  }
  return marked;
}

/**
 * A row of figures with no words at all, under a column of labels, is a total, as a reader sees at
 * once ("", "", 220, 190, 60 after four named savings): the last such row totals the table, others
 * their section.
 */
export function markUnlabelledTotals(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  rows: TableRow[],
  labelColumn: number,
): void {
  const items = rows.filter((r) => r.kind === 'item');
  if (items.length < 3) return;
  // ("", 7,401 … 207, "Planned underspend to offset…": a comment after a row of figures names no line.)
  const wordless = (r: TableRow) => {
    const s = shapes[r.row - sheet.originRow];
    if (s === undefined || s.numbers === 0) return false;
    if (s.texts === 0) return true;
    if (s.numbers < 2) return false;
    let lastFigure = -1;
    for (let c = s.firstCol; c <= s.lastCol; c++) if (typeof cellAt(sheet, r.row, c) === 'number') lastFigure = c;
    for (let c = s.firstCol; c < lastFigure; c++) {
      const v = cellAt(sheet, r.row, c);
      if (typeof v === 'string' && v.trim() !== '') return false;
    }
    return true;
  };
  const candidates = items.filter(wordless);
  if (candidates.length === 0 || candidates.length * 3 > items.length) return;
  const labelled = items.filter((r) => !wordless(r) && textAt(sheet, r.row, labelColumn)).length;
  if (labelled < items.length - candidates.length) return;
  const hasTotal = rows.some((r) => r.kind === 'total');
  for (const r of candidates) {
    if (r === rows[rows.length - 1] && !hasTotal && !belowALine(sheet, items, r)) r.kind = 'total';
    // Among the items, bare figures are a subtotal only where one of them sums its section: a
    // line whose name was lost ("", 531, 531, 354) is still a line.
    else if (sumsItsSection(sheet, rows, r)) r.kind = 'subtotal';
  }
  // Where bare figures total the other sections, they total a section of one line too: the same
  // figures again under it.
  if (!rows.some((r) => r.kind === 'subtotal')) return;
  for (const r of candidates) if (r.kind === 'item' && repeatsItsOneLine(sheet, rows, r)) r.kind = 'subtotal';
}

/**
 * Every figure on the row positive and smaller than the same column's figure on some line above:
 * no total of positive lines ("", 18,921 under Cardiff's 85,050 is a line whose name was lost).
 */
function belowALine(sheet: SheetSnapshot, items: readonly TableRow[], row: TableRow): boolean {
  const cells = cellsOf(sheet, row.row);
  return (
    cells.length > 0 &&
    cells.every(
      ([c, v]) =>
        v > 0 &&
        items.some((i) => {
          const above = figureAt(sheet, i.row, c);
          return i.row < row.row && above !== null && above > v;
        }),
    )
  );
}

/** The row's figures are those of the one item since the last break above it. */
function repeatsItsOneLine(sheet: SheetSnapshot, rows: TableRow[], row: TableRow): boolean {
  const at = rows.indexOf(row);
  const above = rows[at - 1];
  if (!above || above.kind !== 'item' || (at >= 2 && rows[at - 2].kind === 'item')) return false;
  const cells = cellsOf(sheet, row.row);
  return cells.length > 0 && cells.every(([c, v]) => figureAt(sheet, above.row, c) === v);
}

/** Within a unit of the last figure (£1k on a table of £k), or half a percent of a large sum. */
function nearly(value: number, sum: number): boolean {
  return Math.abs(value - sum) <= Math.max(1, Math.abs(sum) * 0.005);
}

/**
 * Some non-zero figure on the row is (about) the sum of the items since the last break above it,
 * or since the last total, across the section headings between ("Operational plan income" and
 * "Project costs recovered" under one subtotal).
 */
function sumsItsSection(sheet: SheetSnapshot, rows: TableRow[], row: TableRow): boolean {
  const at = rows.indexOf(row);
  let from = at;
  while (from > 0 && rows[from - 1].kind === 'item') from -= 1;
  let since = from;
  while (since > 0 && (rows[since - 1].kind === 'item' || rows[since - 1].kind === 'section')) since -= 1;
  const s = cellsOf(sheet, row.row);
  const sumIn = (items: TableRow[], c: number) =>
    items.reduce((a, i) => a + (i.kind === 'item' ? (figureAt(sheet, i.row, c) ?? 0) : 0), 0);
  // (Or of the figures one column left, where the lines have none in its own: "1,337 … 18" in
  // one column, their section's 3,697 printed in the next.)
  const offset = (items: TableRow[], c: number) =>
    items.every((i) => i.kind !== 'item' || figureAt(sheet, i.row, c) === null) &&
    nearly(s.find(([k]) => k === c)?.[1] ?? 0, sumIn(items, pastSpacers(sheet, rows, c - 1, -1)));
  // (Printed one column right, one line's figure is its section's too: "Chief Executive | 6", then "| | 6".)
  const sums = (items: TableRow[]) => {
    const lines = items.filter((r) => r.kind === 'item').length;
    return s.some(
      ([c, v]) => v !== 0 && ((lines >= 2 && nearly(v, sumIn(items, c))) || (lines >= 1 && offset(items, c))),
    );
  };
  return sums(rows.slice(from, at)) || (since < from && sums(rows.slice(since, at)));
}

/**
 * "Total fire expenditure" first in its table, then "Income", then "Net budget before use of
 * reserves": a figure of its own that the net below adds in, not a total of nothing above it.
 * Read so where, in as many columns as not, it and the lines after it come to the next total.
 */
export function markOpeningTotals(sheet: SheetSnapshot, rows: TableRow[]): void {
  const at = rows.findIndex((r) => r.kind !== 'section');
  if (at < 0 || rows[at].kind !== 'total') return;
  const next = rows.findIndex((r, i) => i > at && (r.kind === 'total' || r.kind === 'subtotal'));
  if (next < 0) return;
  const between = rows.slice(at + 1, next).filter((r) => r.kind === 'item');
  if (between.length === 0) return;
  if (carriedInto(sheet, rows[next].row, rows[at].row, between)) rows[at] = { row: rows[at].row, kind: 'item' };
}

/**
 * Whether a row's figures are another row's carried through the lines between (each column's
 * figure there plus theirs), in as many columns as not: one column of small counts coming within a
 * unit of it is chance.
 */
function carriedInto(
  sheet: SheetSnapshot,
  row: number,
  from: number,
  between: readonly TableRow[],
  most = false,
): boolean {
  let [carrying, notCarrying] = [0, 0];
  for (const [c, v] of cellsOf(sheet, row)) {
    const start = figureAt(sheet, from, c);
    if (start === null) continue;
    const sum = between.reduce((a, r) => a + (figureAt(sheet, r.row, c) ?? 0), start);
    if (nearly(v, sum)) carrying += 1;
    else notCarrying += 1;
  }
  return most ? carrying >= 2 && carrying > notCarrying : carrying > 0 && carrying >= notCarrying;
}

/**
 * "Net cost (A - B)" under lines marked "Sub-total (A)" and "Net VAT (B)": a line its label says
 * is a sum of lines above, a total though no word says so, which lines below may carry on from.
 */
export function markLetteredSums(sheet: SheetSnapshot, rows: TableRow[], labelColumn: number): void {
  rows.forEach((r, i) => {
    const terms = r.kind === 'item' || r.kind === 'subtotal' ? letteredTerms(textAt(sheet, r.row, labelColumn)) : null;
    if (!terms) return;
    const above = rows.slice(0, i).map((a) => textAt(sheet, a.row, labelColumn));
    if (terms.every((t) => above.some((text) => markedWith(text, t.letter)))) r.kind = 'total';
  });
}

/**
 * The last row of figures after a table's total carries it forward ("Residual risk after recovery
 * measures" under "Total"): a total of its own, checked as the total plus the lines between, where
 * as many of its columns show it as not.
 */
export function markCarriedTotal(sheet: SheetSnapshot, shapes: RowShape[], rows: TableRow[]): void {
  const figures = rows.filter((r) => r.kind !== 'section');
  // ("Programme Borrowing" under "Net Expenditure", a subtotal with no total after it: the funding
  // lines between take the net to what is borrowed.)
  const kinds = figures.map((r) => r.kind);
  const lastTotal = kinds.includes('total') ? kinds.lastIndexOf('total') : kinds.lastIndexOf('subtotal');
  const last = figures[figures.length - 1];
  if (lastTotal < 0 || lastTotal === figures.length - 1 || last.kind !== 'item') return;
  // Under a heading of its own ("Corporate Management/Administration"), it is a line of that section.
  const totalRow = figures[lastTotal].row;
  if (rows.some((r) => r.kind === 'section' && r.row > totalRow && r.row < last.row)) return;
  if ((shapes[last.row - sheet.originRow]?.numbers ?? 0) < 2) return;
  // It carries the total only where some column shows it so: the total and the lines since come
  // to its figure. ("City Environmental Management" after a directorate's total, the table cut off
  // below it, is the next directorate's first line.)
  const between = figures.slice(lastTotal + 1, -1).filter((r) => r.kind === 'item');
  // (From a subtotal, with no total to carry, two columns and most of them must show it.)
  if (carriedInto(sheet, last.row, totalRow, between, figures[lastTotal].kind === 'subtotal')) last.kind = 'total';
}
/** Lines numbered 1, 2, 3… with no gap or repeat, this many at least, number the boxes of a form. */
const MIN_BOXES = 4;

/**
 * A form's boxes numbered one after another ("2 Precept", "3 Total Other Receipts", "4 Staff
 * Costs") are each a figure of their own, whatever their names: a total is not numbered in the run
 * of the lines it adds up.
 */
export function unmarkNumberedBoxes(
  sheet: SheetSnapshot,
  rows: TableRow[],
  firstColumn: number,
  lastColumn: number,
): void {
  const numbered = rows.filter((r) => r.kind !== 'section');
  if (numbered.length < MIN_BOXES || !numbered.some((r) => r.kind !== 'item')) return;
  const numbers = numbered.map((r) => boxNumber(sheet, r.row, firstColumn, lastColumn));
  if (!numbers.every((n, i) => n !== null && n === (i === 0 ? n : (numbers[i - 1] as number) + 1))) return;
  if (!Number.isInteger(numbers[0])) return;
  for (const r of numbered) r.kind = 'item';
}

/** "Box 7:", "Box 7": a form's box named in a cell of its own beside the line. */
const BOX_CELL = /^\s*box\s*(\d{1,2})\s*[:.]?\s*$/i;

/** The number of the form's box a line is: a number in the first column, or "Box 7:" in a cell of its own. */
function boxNumber(sheet: SheetSnapshot, row: number, firstColumn: number, lastColumn: number): number | null {
  const first = cellAt(sheet, row, firstColumn);
  if (typeof first === 'number') return first;
  for (let c = firstColumn; c <= lastColumn; c++) {
    const m = BOX_CELL.exec(textAt(sheet, row, c));
    if (m) return Number(m[1]);
  }
  return null;
}
