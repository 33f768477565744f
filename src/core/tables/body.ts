/** The rows of a table below its header: items, totals and subtotals, section headings, notes and keys. */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { TableRow } from './types';
import { cellAt, cellsOf, formatAt } from './types';
import { carriedFrom } from './merges';
import { parseDate } from '../parse/dates';
import { isDateFormat } from '../parse/date-formats';
import { cellType } from './cell-evidence';
import { PAGE_NUMBER_ALONE, type BodyRowKind, type RowShape } from './layout';
import {
  FIELD_LABEL,
  LINE_REFERENCE,
  bodyRowKind,
  isGuidanceHeading,
  isKeyLine,
  isOpeningBalance,
  isNetLine,
  isNumberedHeading,
  isPageFooter,
  isNumberedSection,
  isTotalLabel,
  isWholeAreaTotal,
  nextMinutes,
  plainHeading,
  restatesHeading,
  SECTION_NUMBER,
  textAt,
} from './layout';
import { typeLines } from './line-types';
import type { HeaderBlock } from './header-blocks';
import {
  markCarriedTotal,
  markClosingBalances,
  markLetteredSums,
  markSectionsNamedAgain,
  markOpeningTotals,
  markSubtotalsShapedAlike,
  markSumRows,
  markSectionSums,
  markNearSumClose,
  markTotalsAmongLines,
  markTotalsStatedAlone,
  markUnlabelledTotals,
  rowLabelText,
  unmarkNumberedBoxes,
} from './total-lines';
import {
  headsSectionWithHeadings,
  markRestatedHeading,
  namesAHeading,
  printedHeader,
  repeatsHeader,
  rowSignature,
  rowsAbove,
} from './printed-header';

export interface Body {
  rows: TableRow[];
  skipped: TableReading['skippedRows'];
  firstColumn: number;
  lastColumn: number;
  lastRow: number;
  /** The column naming each line's type ("Gross Expenditure", "Gross Income"), where one does. */
  lineTypes?: number;
  /** Each item's update printed on the row under it ("Update 2017 | Completed 2015"), by the item's row. */
  updates?: Map<number, number>;
}

export function readBody(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock, end: number): Body {
  const headerCols = [...block.headers.keys()];
  let firstColumn = Math.min(...headerCols);
  const idx = (r: number) => r - sheet.originRow;
  const lastColumn = unheadedLast(sheet, shapes, block, end) ?? Math.max(...headerCols);
  // A blank header over the label columns: the body's cells start left of the header, next to
  // it or up to three columns left (a reference, a spacer, the label), not counting empty spacers.
  const headed = firstColumn;
  const filledLeft = new Set<number>();
  for (let r = block.bottom + 1, seen = 0; r <= end && seen < 50; r++) {
    const s = shapes[idx(r)];
    if (!s || s.filled === 0) continue;
    seen += 1;
    for (let c = Math.max(s.firstCol, headed - 6); c < headed; c++) if (cellAt(sheet, r, c) !== null) filledLeft.add(c);
  }
  let labels = 0;
  for (let c = headed - 1, empties = 0; c >= Math.max(1, headed - 6) && labels < 3; c--) {
    if (filledLeft.has(c)) [firstColumn, labels, empties] = [c, labels + 1, 0];
    // (Two empty columns right beside the header, one between label columns.)
    else if (++empties > (labels === 0 ? 2 : 1)) break;
  }
  const columns = lastColumn - firstColumn + 1;
  let lastSubstantial = block.bottom;
  for (let r = end; r > block.bottom; r--) {
    const s = shapes[idx(r)];
    if (s && s.filled >= 2 && s.firstCol <= lastColumn) {
      lastSubstantial = r;
      break;
    }
  }
  // An unanswered form ("Recommendation | Cabinet Member | Response | Timetable | Lead Officer" over
  // "a) …", "b) …" and nothing beside them): its listed lines are its items, not notes below it.
  const unanswered = lastSubstantial === block.bottom && listedAlone(sheet, shapes, block.bottom + 1, end, firstColumn);
  const secondFilled = secondFilledColumn(sheet, block.bottom + 1, end, firstColumn, lastColumn);
  const labelColumn = labelColumnOf(sheet, shapes, block.bottom + 1, end, firstColumn, secondFilled);
  // After a column that only numbers the lines, a label may start one column further on.
  const labelReach =
    labelColumn === firstColumn
      ? secondFilled
      : secondFilledColumn(sheet, block.bottom + 1, end, labelColumn, lastColumn);
  const header = printedHeader(sheet, block);
  // (A stacked header's first row printed again over a new page: "ACTION PLAN | BY WHOM | BY WHEN".)
  const topHeader = block.top < block.bottom ? printedHeader(sheet, { ...block, bottom: block.top }) : null;
  const printedAbove = rowsAbove(sheet, shapes, block, lastColumn);
  const resumed = minutesResume(sheet, shapes, block);
  const agendaResumes = agendaItemAbove(sheet, shapes, block);
  const outlineResumes = outlineItemAbove(sheet, shapes, block);
  // Sections named over the headings printed again: headings for certain, whatever else the table holds.
  const reprinted = new Set<number>();
  const rows: TableRow[] = [];
  const skipped: Body['skipped'] = [];
  let lastRow = block.bottom;
  let closed = false;
  let afterBlank = false;
  // Past a break, with only lines of one cell since (titles of what follows).
  let titled = false;
  // Just past the header printed again over a new page.
  let afterRepeat = false;
  let beyond = false;
  const form = isFormRecord(sheet, block);
  const footers = footerLines(sheet, shapes, block.bottom + 1, end);
  for (let r = block.bottom + 1; r <= end; r++) {
    const s = shapes[idx(r)];
    if (footers.has(r)) {
      skipped.push({ row: r, reason: 'note', text: textAt(sheet, r, s.firstCol).slice(0, 80) });
      continue;
    }
    if (!s || s.filled === 0) {
      [afterBlank, titled] = [true, true];
      // A record's fields ("No: | Status: | Owner:") end at the first break: what follows is its
      // text and history, laid out for reading, not more records.
      if (form && rows.length > 0) closed = true;
      continue;
    }
    // After a break, a row of words with a unit of money ("Savings in the 2017-18 budget | £m")
    // heads a table of its own: this one ends here. So does one after a break and titles, its
    // headings naming their unit ("Levy body | Net requirements 2024/25 £000" under "Internal
    // drainage boards (IDB) and Environment Agency charges").
    if (
      !closed &&
      rows.length > 0 &&
      ((afterBlank && headsFigures(sheet, s)) ||
        (titled &&
          !afterBlank &&
          (namesUnits(sheet, s) || headsWords(sheet, s, shapes[idx(r + 1)])) &&
          !repeatsHeader(sheet, header, r)))
    )
      break;
    titled &&= s.filled === 1 && s.numbers === 0;
    // ("| 31/03/2022 | 31/03/2023 | 31/03/2024": a table of figures by date of its own.)
    if (!closed && rows.length > 0 && headsByDates(sheet, s, labelColumn)) break;
    // ("… overspend at 31 March 2005 is as follows:" | "BELB | SEELB" over "10.7 | 20.5": a table of its own.)
    if (!closed && rows.length > 0 && headsFiguresIntroduced(sheet, s, shapes[idx(r - 1)], shapes[idx(r + 1)])) break;
    // "24/131 | Parishing Progress" after the action points minuted under 24/130: the minutes go on.
    if (resumed.includes(textAt(sheet, r, s.firstCol).trim().replace(/\.$/, ''))) break;
    // "5. | CHAIRMAN'S ANNOUNCEMENTS:" after the actions noted under "4. | TO NOTE THE STATUS OF
    // ACTIONS …": the agenda goes on (where the table's own lines are numbered otherwise, and its
    // headings are not printed again under it over a section of its own: "3. | Further Research").
    const number = textAt(sheet, r, s.firstCol).trim();
    if (
      agendaResumes !== null &&
      number === agendaResumes &&
      !rows.some((i) => LONE_NUMBER.test(textAt(sheet, i.row, s.firstCol))) &&
      !repeatsHeader(sheet, header, r + 1)
    )
      break;
    // "2.2 | Health Care Changes" after an "Action | Who?" table printed under "2.1 | Various
    // matters": the minutes go on (where the table's own lines are not numbered in an outline).
    if (
      outlineResumes.includes(number.replace(/\.$/, '')) &&
      !rows.some((i) => OUTLINE_ALONE.test(textAt(sheet, i.row, s.firstCol)))
    )
      break;
    // Past a break and the last row of two or more cells, a line on its own is no item of this
    // table ("Objective two" over the next objective's own table).
    if (afterBlank && r > lastSubstantial && s.filled === 1) beyond = true;
    const afterBreak = afterBlank;
    afterBlank = false;
    const lead = textAt(sheet, r, s.firstCol);
    // ("3" alone over the headings printed again: the number of the page the table ran over.)
    const pageNumber = s.filled === 1 && PAGE_NUMBER_ALONE.test(lead) && repeatsHeader(sheet, header, r + 1);
    if (closed || beyond || pageNumber) {
      skipped.push({ row: r, reason: isKeyLine(lead) ? 'key' : 'note', text: lead.slice(0, 80) });
      continue;
    }
    const repeated =
      repeatsHeader(sheet, header, r) ||
      (topHeader !== null && repeatsHeader(sheet, topHeader, r)) ||
      printedAbove.has(rowSignature(sheet, r, lastColumn));
    if (!repeated && headsSectionWithHeadings(sheet, header, r, labelColumn)) reprinted.add(r);
    const read: BodyRowKind = repeated
      ? 'repeated header'
      : reprinted.has(r)
        ? 'section heading'
        : afterRepeat && runsOn(sheet, s, labelColumn)
          ? 'continued'
          : unanswered
            ? 'item'
            : bodyRowKind(sheet, s, firstColumn, lastColumn, columns, r > lastSubstantial, labelReach);
    afterRepeat = read === 'repeated header';
    const kind =
      read === 'item' && isWholeAreaTotal(sheet, shapes, r)
        ? 'total'
        : read === 'item' && afterBreak && rows.length > 0 && namesAHeading(sheet, header, s)
          ? 'key'
          : read;
    // Below a key heading come the key's lines ("Reference: the tracker's number"), not items; below
    // a template's guidance ("Helpful Hints to Complete …"), its explanations and keys.
    if (kind === 'key' || (kind === 'note' && isGuidanceHeading(lead))) closed = true;
    if (kind === 'item' || kind === 'total' || kind === 'subtotal') {
      rows.push({ row: r, kind });
      lastRow = r;
      // A total followed by a break ends the table: what follows is notes, unless more lines of
      // figures lead to a further total ("Earmarked Reserves", then "Total Capital Programme").
      if (kind === 'total' && (shapes[idx(r + 1)]?.filled ?? 0) === 0 && !totalFollows(sheet, shapes, r, end))
        closed = true;
    } else if (kind === 'section heading') {
      rows.push({ row: r, kind: 'section' });
      skipped.push({ row: r, reason: kind, text: lead.slice(0, 80) });
    } else if (kind !== 'blank') {
      skipped.push({ row: r, reason: kind, text: lead.slice(0, 80) });
    }
  }
  grossLinesOpeningSections(sheet, rows, labelColumn);
  markOpeningTotals(sheet, rows);
  markSectionLabels(sheet, shapes, rows, skipped);
  if (columns === 2) markNarrowHeadings(sheet, shapes, rows, skipped);
  markMergedContinuations(sheet, shapes, rows, skipped, labelColumn);
  unheadLoneLabel(sheet, rows, skipped, labelColumn, reprinted);
  markUnlabelledTotals(sheet, shapes, rows, labelColumn);
  markSectionsNamedAgain(sheet, rows, firstColumn, lastColumn);
  markTotalsAmongLines(sheet, rows, firstColumn, lastColumn);
  markTotalsStatedAlone(sheet, rows, firstColumn, lastColumn);
  markSumRows(sheet, rows, firstColumn, lastColumn);
  markSectionSums(sheet, rows, firstColumn, lastColumn);
  markNearSumClose(sheet, rows);
  markSubtotalsShapedAlike(sheet, rows, firstColumn, lastColumn, block.headers);
  markClosingBalances(sheet, rows, firstColumn, lastColumn);
  markCarriedTotal(sheet, shapes, rows);
  markRestatedHeading(sheet, rows, block, labelColumn);
  markRestatedOpening(sheet, rows, labelColumn);
  markLetteredSums(sheet, rows, labelColumn);
  unmarkNumberedBoxes(sheet, rows, firstColumn, lastColumn);
  const lineTypes = typeLines(sheet, rows, firstColumn, lastColumn);
  const updates = updateRows(sheet, shapes, rows, skipped);
  markMinuteHeadings(sheet, shapes, rows, skipped, firstColumn, lastColumn);
  return {
    rows,
    skipped,
    firstColumn,
    lastColumn,
    lastRow,
    ...(lineTypes === null ? {} : { lineTypes }),
    ...(updates.size === 0 ? {} : { updates }),
  };
}

/**
 * "24/130 | Action points from previous meeting." just above the header: the table is part of
 * that minute, and the minute numbered next after it ("24/131") is the minutes going on, not one
 * of its lines. Empty where no minute's number stands above the header.
 */
function minutesResume(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock): string[] {
  // (The minute's own words may stand between: "15/141. | Matters arising.", "| All covered …",
  // "| Action points", then the header.)
  for (let r = block.top - 1; r >= Math.max(sheet.originRow, block.top - MINUTE_REACH); r--) {
    const s = shapes[r - sheet.originRow];
    if (!s || s.filled === 0) {
      // (Past a break, a numbered line is another table's: "4/17 | To review …" over a blank row.)
      if (r < block.top - 1) break;
      continue;
    }
    const next = nextMinutes(textAt(sheet, r, s.firstCol));
    if (next.length > 0) return next;
  }
  return [];
}

/** Rows above a header the minute it is part of may be numbered on. */
const MINUTE_REACH = 4;

/** "2.1", "3.0.": a place in an outline, alone in its cell. */
const OUTLINE_ALONE = /^\s*(\d{1,2})\.(\d{1,2})\.?\s*$/;
/** Rows above a header an outline's item it is printed under may stand on (its words between). */
const OUTLINE_REACH = 8;

/**
 * "2.1 | Various matters" above the header, its bullets between: the table is printed under that
 * item, and the items after it ("2.2", "3.0") are the minutes going on. Empty where none stands
 * above the header before a break.
 */
function outlineItemAbove(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock): string[] {
  for (let r = block.top - 1; r >= Math.max(sheet.originRow, block.top - OUTLINE_REACH); r--) {
    const s = shapes[r - sheet.originRow];
    if (!s || s.filled === 0) return [];
    const m = OUTLINE_ALONE.exec(textAt(sheet, r, s.firstCol));
    if (m) return [`${m[1]}.${Number(m[2]) + 1}`, `${Number(m[1]) + 1}.0`];
  }
  return [];
}

/** "4.", "12": a number alone in a cell, an item's place in a list. */
const LONE_NUMBER = /^\s*\d{1,3}\.?\s*$/;

/**
 * "4. | TO NOTE THE STATUS OF ACTIONS ARISING FROM THAT MEETING:" just above the header: the table
 * is part of that item of the agenda, and the item numbered next ("5.") is the agenda going on.
 * Null where no such item stands above the header.
 */
function agendaItemAbove(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock): string | null {
  const s = shapes[block.top - 1 - sheet.originRow];
  if (!s || s.filled !== 2) return null;
  const m = /^\s*(\d{1,3})(\.?)\s*$/.exec(textAt(sheet, s.row, s.firstCol));
  return m ? `${Number(m[1]) + 1}${m[2]}` : null;
}

/** "a)", "(ii)", "3.", "12)": a line's place in a list, at its start. */
const LIST_MARK = /^\s*(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,3}[.)])\s+\S/i;

/** Two lines or more from `from`, to a blank row, each alone in the first column and marked as listed. */
function listedAlone(sheet: SheetSnapshot, shapes: RowShape[], from: number, end: number, column: number): boolean {
  let lines = 0;
  for (let r = from; r <= end; r++) {
    const s = shapes[r - sheet.originRow];
    if (!s || s.filled === 0) break;
    if (s.filled !== 1 || s.firstCol !== column || !LIST_MARK.test(textAt(sheet, r, column))) return false;
    lines += 1;
  }
  return lines >= 2;
}

/** Columns a heading leaves blank that its actions fill (their status, owner…). */
const MIN_BLANK_AFTER = 2;

/**
 * "7. | Question and Answer Session with the Mayor's Office" and nothing more, over actions whose
 * reference cell is blank: the minute the actions below come from, not an action missing its
 * owner and status. Read as a heading where every row under it, up to the next reference, fills
 * the cells it leaves blank.
 */
function markMinuteHeadings(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  rows: TableRow[],
  skipped: Body['skipped'],
  firstColumn: number,
  lastColumn: number,
): void {
  const shape = (row: number) => shapes[row - sheet.originRow];
  for (let k = 0; k + 1 < rows.length; k++) {
    const { row, kind } = rows[k];
    const s = shape(row);
    // A reference and a subject, with two columns or more of the table's left blank.
    if (kind !== 'item' || s.numbers > 0 || s.filled !== 2 || s.firstCol !== firstColumn) continue;
    if (lastColumn - s.lastCol < MIN_BLANK_AFTER || !textAt(sheet, row, s.lastCol)) continue;
    const under = rows.slice(k + 1).findIndex((r) => r.kind !== 'item' || cellAt(sheet, r.row, firstColumn) !== null);
    const actions = rows.slice(k + 1, under === -1 ? rows.length : k + 1 + under);
    if (actions.length === 0 || actions[0].row !== row + 1) continue;
    if (!actions.every((r) => shape(r.row).lastCol > s.lastCol)) continue;
    rows[k] = { row, kind: 'section' };
    skipped.push({ row, reason: 'section heading', text: textAt(sheet, row, firstColumn + 1).slice(0, 80) });
  }
  skipped.sort((a, b) => a.row - b.row);
}

/** "Update 2017", "Progress update:", "Position at Q2": a row's first words naming it an update. */
const UPDATE_LABEL = /^\s*(?:(?:progress\s+)?update|progress|position|latest position)\b[^.;]{0,20}$/i;
/** "PROGRESS\nSelf assessment questionnaires all distributed…", "Update: …": the label and the update in one cell. */
const UPDATE_CELL = /^\s*(?:(?:progress\s+)?update|progress|latest position)\s*(?::\s*|[-–]\s+|\n\s*)\S/i;

/**
 * "Update 2017 | Completed 2015" (or "PROGRESS" and the words in one cell) on the row straight under
 * an action, with nothing else in it: the action's update printed beneath it, not an action of its own. Taken out of the items, each is
 * kept by the row of the item it updates.
 */
function updateRows(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  rows: TableRow[],
  skipped: Body['skipped'],
): Map<number, number> {
  const updates = new Map<number, number>();
  for (let k = rows.length - 1; k >= 1; k--) {
    const { row, kind } = rows[k];
    const above = rows[k - 1];
    const s = shapes[row - sheet.originRow];
    if (kind !== 'item' || above.kind !== 'item' || above.row !== row - 1 || s.numbers > 0) continue;
    const label = textAt(sheet, row, s.firstCol);
    const labelled = s.filled === 2 && UPDATE_LABEL.test(label) && textAt(sheet, row, s.lastCol) !== '';
    // (Merged across the table, the one cell shows in each column it spans.)
    const oneCell = s.filled === 1 || textAt(sheet, row, s.lastCol) === label;
    // (Read as typed: the line break after the label is what sets it apart from a sentence.)
    const raw = cellAt(sheet, row, s.firstCol);
    if (!labelled && !(oneCell && typeof raw === 'string' && UPDATE_CELL.test(raw))) continue;
    updates.set(above.row, row);
    rows.splice(k, 1);
    skipped.push({ row, reason: 'update', text: label.slice(0, 80) });
  }
  skipped.sort((a, b) => a.row - b.row);
  return updates;
}

/**
 * "Gross Direct Costs", "Gross Direct Income" first under a service's name, before any other line:
 * figures of their own that the "Net Expenditure" below adds in, not subtotals of nothing.
 */
function grossLinesOpeningSections(sheet: SheetSnapshot, rows: TableRow[], labelColumn: number): void {
  let sawLine = false;
  for (const [i, r] of rows.entries()) {
    if (r.kind === 'section') sawLine = false;
    else if (r.kind === 'item' || r.kind === 'total') sawLine = true;
    else if (r.kind === 'subtotal' && !sawLine && isNetLine(textAt(sheet, r.row, labelColumn)))
      rows[i] = { row: r.row, kind: 'item' };
    else sawLine = true;
  }
}

/**
 * The column naming the lines: the first, unless it only numbers them ("No." over 1, 2, 3, or
 * "1.", "1.2") and the second column with anything in it holds the names.
 */
function labelColumnOf(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  top: number,
  end: number,
  firstColumn: number,
  labelReach: number,
): number {
  let numbers = 0;
  let names = 0;
  for (let r = top; r <= end; r++) {
    const s = shapes[r - sheet.originRow];
    if (!s || s.filled === 0) continue;
    const v = cellAt(sheet, r, firstColumn);
    if (typeof v === 'number' || (typeof v === 'string' && LINE_REFERENCE.test(v))) numbers += 1;
    else if (typeof v === 'string' && v.trim()) names += 1;
  }
  return numbers > 0 && names === 0 ? labelReach : firstColumn;
}

/**
 * The second column from the left with anything in it below the header: where a row's label may
 * still start ("GC0101 | Chief Executive"), empty spacer columns between them skipped.
 */
function secondFilledColumn(
  sheet: SheetSnapshot,
  top: number,
  end: number,
  firstColumn: number,
  lastColumn: number,
): number {
  let seen = 0;
  for (let c = firstColumn; c <= lastColumn; c++) {
    let filled = false;
    for (let r = top; r <= end && !filled; r++) filled = textAt(sheet, r, c) !== '' || cellAt(sheet, r, c) !== null;
    if (filled && ++seen === 2) return c;
  }
  return firstColumn + 1;
}

/** The longest label of a nil line among a section's lines (a heading's sentence is longer). */
const NIL_LINE = 40;

/** The most nil lines that may stand together among a further section's lines of figures. */
const NIL_RUN = 4;

/** The most lines of figures a further section may run to before its total. */
const SECTION_LINES = 30;

/**
 * Past a blank row or two after the total on `row`, lines of figures and then another total, or a
 * total straight away ("Total Cash and Investments" under "Total Treasury Investments"), before `end`.
 */
function totalFollows(sheet: SheetSnapshot, shapes: RowShape[], row: number, end: number): boolean {
  let k = row + 1;
  let blanks = 0;
  const at = (r: number) => shapes[r - sheet.originRow];
  // (A line of figures within a few rows below `r`, with no blank row between.)
  const figuresSoon = (r: number) => {
    for (let j = r + 1; j <= Math.min(end, r + NIL_RUN); j++) {
      if ((at(j)?.filled ?? 0) === 0) return false;
      if ((at(j)?.numbers ?? 0) > 0) return true;
    }
    return false;
  };
  for (; k <= end && (at(k)?.filled ?? 0) === 0; k++) if (++blanks > 2) return false;
  // ("EXPENDITURE" alone over the next section's lines, as "INCOME" headed the first.)
  const heading = at(k);
  if (heading?.filled === 1 && heading.numbers === 0 && heading.longest <= 40) k += 1;
  let lines = 0;
  for (; k <= end && lines <= SECTION_LINES; k++) {
    const s = at(k);
    // (Lines spaced a blank row apart, as the account above them may be: "Corporation Tax", blank, "Surplus after tax".)
    if (s?.filled === 0 && lines > 0 && (at(k - 1)?.filled ?? 0) > 0 && (at(k + 1)?.numbers ?? 0) > 0) {
      blanks += 1;
      continue;
    }
    // ("Social activities" with nothing beside it, among lines of figures: a nil line, not a note;
    // "Uniform", "Training", "Equipment" left blank on a form, a few such lines together.)
    const nil = s?.filled === 1 && s.numbers === 0 && s.longest <= NIL_LINE && lines > 0 && figuresSoon(k);
    if (!s || s.filled === 0 || (s.numbers === 0 && !nil)) return false;
    if (isTotalLabel(rowLabelText(sheet, k, s.firstCol, s.lastCol))) return true;
    lines += 1;
  }
  return false;
}

/**
 * A blank header over the column right of the last heading, with something in it on most rows
 * ("Corporate Governance Area | Lead Officer | " over the updates): the table's last column.
 */
function unheadedLast(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock, end: number): number | null {
  const last = Math.max(...block.headers.keys());
  // (An empty spacer column may stand between, as the table's other columns are spaced.)
  for (const next of [last + 1, last + 2]) {
    let rows = 0;
    let there = 0;
    for (let r = block.bottom + 1; r <= end && rows < 50; r++) {
      const s = shapes[r - sheet.originRow];
      if (!s || s.filled < 2) continue;
      rows += 1;
      if (textAt(sheet, r, next) || typeof cellAt(sheet, r, next) === 'number') there += 1;
    }
    if (rows >= 2 && there / rows >= 0.6) return next;
    if (there > 0) return outerTotals(sheet, shapes, block, end, next) ? next : null;
  }
  return null;
}

/**
 * "sub total | (blank) | 48,971" beside lines whose figures stand in the column before it: a column
 * holding only figures, each on a line that leaves the column before it blank, two of them at least,
 * one a total by its label: the outer column of accounts printed in two columns.
 */
function outerTotals(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  block: HeaderBlock,
  end: number,
  column: number,
): boolean {
  let figures = 0;
  let totalled = false;
  for (let r = block.bottom + 1; r <= end; r++) {
    const s = shapes[r - sheet.originRow];
    const v = cellAt(sheet, r, column);
    if (!s || v === null || v === '') continue;
    if (typeof v !== 'number' || cellAt(sheet, r, column - 1) !== null) return false;
    figures += 1;
    totalled ||= isTotalLabel(textAt(sheet, r, s.firstCol));
  }
  return figures >= 2 && totalled;
}

const UNIT_ONLY = /^\s*\(?£\s*'?(?:m|k|bn|0{3}s?|'0{3}s?|million|thousands?)?\)?\s*$/i;

/** A row of dates alone, right of the label column: the header of a table of figures by date. */
function headsByDates(sheet: SheetSnapshot, s: RowShape, labelColumn: number): boolean {
  if (s.filled < 2 || s.firstCol <= labelColumn) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const v = cellAt(sheet, s.row, c);
    if (v === null) continue;
    // (A bare number is a figure, however like a day's serial: "70521 | 69975" totalling the lines.)
    if (typeof v === 'number' && !isDateFormat(formatAt(sheet, s.row, c))) return false;
    const d = parseDate(v, { date1904: false, numberFormat: formatAt(sheet, s.row, c) });
    if (d.kind !== 'date' || d.precision !== 'day' || d.note !== undefined || d.inPhrase) return false;
  }
  return true;
}

/** A row of words, one of them only a unit of money: the header of a table of figures. */
/** A money unit inside a heading: "Net requirements 2024/25 £000", "Budget (£m)". */
const NAMES_UNIT = /£\s*(?:'?000s?|m|k|bn)?(?![\d,.])/i;

/** A row of two headings or more, words only, one naming the unit of the figures under it. */
function namesUnits(sheet: SheetSnapshot, s: RowShape): boolean {
  if (s.numbers > 0 || s.filled < 2 || s.longest > 60) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) if (NAMES_UNIT.test(textAt(sheet, s.row, c))) return true;
  return false;
}

/** The most words, and characters, in a heading of a table of words. */
const HEADING_WORDS = 3;
const HEADING_CHARS = 30;

/**
 * "Indicator Type | Indicator | Reporting Measure" after a break and a title, over longer words:
 * three headings or more, each a few words with no date, status or figure in it, over a row whose
 * cells run longer: the header of a table of words of its own.
 */
function headsWords(sheet: SheetSnapshot, s: RowShape, next: RowShape | undefined): boolean {
  if (s.numbers > 0 || s.filled < 3 || !next || next.filled < 2 || next.numbers > 0) return false;
  const words = (row: number, from: number, to: number) => {
    const counts: number[] = [];
    for (let c = from; c <= to; c++) {
      const t = textAt(sheet, row, c);
      if (t) counts.push(t.split(/\s+/).length);
    }
    return counts;
  };
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const v = cellAt(sheet, s.row, c);
    if (v === null) continue;
    const t = textAt(sheet, s.row, c);
    const type = cellType(v, formatAt(sheet, s.row, c));
    if (!t || t.length > HEADING_CHARS || t.split(/\s+/).length > HEADING_WORDS) return false;
    if (type === 'date' || type === 'vagueDate' || type === 'status' || type === 'year') return false;
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return mean(words(next.row, next.firstCol, next.lastCol)) > 2 * mean(words(s.row, s.firstCol, s.lastCol));
}

/**
 * A row of names alone under a line of one cell that ends in a colon, over a row of figures only:
 * the line introduces a table of its own, and the names head its figures.
 */
function headsFiguresIntroduced(
  sheet: SheetSnapshot,
  s: RowShape,
  above: RowShape | undefined,
  below: RowShape | undefined,
): boolean {
  if (!above || above.filled !== 1 || !below || s.filled < 2 || s.numbers > 0) return false;
  if (!/:\s*$/.test(textAt(sheet, above.row, above.firstCol))) return false;
  if (below.numbers < 2 || below.numbers !== below.filled) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (t && (t.length > HEADING_CHARS || t.split(/\s+/).length > HEADING_WORDS)) return false;
  }
  return true;
}

function headsFigures(sheet: SheetSnapshot, s: RowShape): boolean {
  if (s.numbers > 0 || s.filled < 2) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++)
    if (UNIT_ONLY.test(textAt(sheet, s.row, c)) && textAt(sheet, s.row, c)) return true;
  return false;
}

/** The most cells a section's opening line fills, and the longest its title runs. */
const SECTION_LINE_CELLS = 3;
const SECTION_TITLE_LENGTH = 60;

/**
 * "LBAP Ref. | A | Policy and legislation" and, further down, "LBAP Ref. | B | Site safeguard": a
 * label that opens each section, on short lines among items that fill twice as many cells. Two
 * such lines with the same label and different words after it are headings, not items.
 */
function markSectionLabels(sheet: SheetSnapshot, shapes: RowShape[], rows: TableRow[], skipped: Body['skipped']): void {
  const filled = (row: number) => shapes[row - sheet.originRow]?.filled ?? 0;
  const lead = (row: number) => {
    const s = shapes[row - sheet.originRow];
    return s ? textAt(sheet, row, s.firstCol) : '';
  };
  // (Words only, and short: "Update 2010 | The principles have been used…" is an update, "1 | …" a numbered line.)
  const opens = (r: TableRow) => {
    const s = shapes[r.row - sheet.originRow];
    const label = lead(r.row);
    return (
      r.kind === 'item' &&
      s.filled >= 2 &&
      s.filled <= SECTION_LINE_CELLS &&
      s.numbers === 0 &&
      s.longest <= SECTION_TITLE_LENGTH &&
      /[a-z]{2}/i.test(label) &&
      !LINE_REFERENCE.test(label)
    );
  };
  const short = rows.filter(opens);
  const fullest = Math.max(0, ...rows.filter((r) => r.kind === 'item').map((r) => filled(r.row)));
  const byLabel = new Map<string, TableRow[]>();
  for (const r of short) if (lead(r.row)) byLabel.set(lead(r.row), [...(byLabel.get(lead(r.row)) ?? []), r]);
  for (const [label, opening] of byLabel) {
    const rests = new Set(opening.map((r) => rowSignature(sheet, r.row, shapes[r.row - sheet.originRow].lastCol)));
    if (opening.length < 2 || rests.size < opening.length) continue;
    if (opening.some((r) => 2 * filled(r.row) > fullest)) continue;
    for (const r of opening) {
      rows[rows.indexOf(r)] = { row: r.row, kind: 'section' };
      skipped.push({ row: r.row, reason: 'section heading', text: label.slice(0, 80) });
    }
  }
  skipped.sort((a, b) => a.row - b.row);
}

/** The most words a heading of a two-column list runs to, and the fewest headings that make the pattern. */
const NARROW_HEADING_WORDS = 4;
const NARROW_HEADINGS = 2;

/**
 * "Targets | Timing" with "Housing" alone on a line, then its targets and their dates: in a list of
 * two columns, short words alone in the first column, each over full lines whose words run far
 * longer, are the headings of its sections, not items with their second cell blank. (Two at least
 * make the pattern; a sentence alone is an item whose date is missing.)
 */
function markNarrowHeadings(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  rows: TableRow[],
  skipped: Body['skipped'],
): void {
  const shape = (r: TableRow) => shapes[r.row - sheet.originRow];
  const words = (r: TableRow) => textAt(sheet, r.row, shape(r).firstCol).trim().split(/\s+/).length;
  const full = rows.filter((r) => r.kind === 'item' && shape(r)?.filled === 2);
  if (full.length < NARROW_HEADINGS) return;
  const typical = full.map(words).sort((a, b) => a - b)[Math.floor(full.length / 2)];
  const labelColumn = Math.min(...full.map((f) => shape(f).firstCol));
  const heading = (r: TableRow) => {
    const s = shape(r);
    const text = s ? textAt(sheet, r.row, s.firstCol) : '';
    return (
      r.kind === 'item' &&
      s?.filled === 1 &&
      s.numbers === 0 &&
      s.firstCol === labelColumn &&
      words(r) <= NARROW_HEADING_WORDS &&
      words(r) * 2 <= typical &&
      !/[.;:]/.test(text) &&
      !LINE_REFERENCE.test(text)
    );
  };
  const headings = rows.filter(heading);
  const over = headings.filter((h) => {
    const next = rows[rows.indexOf(h) + 1];
    return next !== undefined && full.includes(next);
  });
  if (over.length < NARROW_HEADINGS) return;
  for (const h of headings) {
    rows[rows.indexOf(h)] = { row: h.row, kind: 'section' };
    skipped.push({ row: h.row, reason: 'section heading', text: textAt(sheet, h.row, shape(h).firstCol).slice(0, 80) });
  }
  skipped.sort((a, b) => a.row - b.row);
}

/** A bullet opening a cell: "• Alcohol and Substance Misuse" running on from the last page's list. */
const RUNS_ON = /^\s*[\u2022\u00b7\u25aa\u25cf\u2023\u2043\u25e6*-]\s*\S/;

/**
 * Under the header printed again over a new page, a row of one or two cells, none its label, each
 * a bulleted list: the rest of the item whose cells the page broke.
 */
function runsOn(sheet: SheetSnapshot, s: RowShape, labelColumn: number): boolean {
  if (s.filled > 2 || s.numbers > 0) return false;
  // ("that was used to determine …": the sentence the last page broke off, going on in lower case.)
  if (s.filled === 1 && /^\s*\p{Ll}/u.test(textAt(sheet, s.row, s.firstCol))) return true;
  if (textAt(sheet, s.row, labelColumn)) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (t && !RUNS_ON.test(t)) return false;
  }
  return true;
}

/** The longest the one cell of its own a row may have and still only add to the item merged over it ("Q2"). */
const CONTINUED_CELL = 20;

/**
 * "SO1" and its action merged down over four rows, "Q1" … "Q4" beside them: the rows under the
 * first are more of the same item, not items of their own. A row whose label is merged down from
 * an item above, with one short cell of its own and no figures, is such a row; one with words or
 * figures of its own ("Review the policy" beside a merged "Housing", a year's split beside a
 * merged body's name) is an item under a merged group.
 */
function markMergedContinuations(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  rows: TableRow[],
  skipped: Body['skipped'],
  labelColumn: number,
): void {
  const items = new Set(rows.filter((r) => r.kind === 'item').map((r) => r.row));
  for (let i = rows.length - 1; i >= 0; i--) {
    const { row, kind } = rows[i];
    const from = carriedFrom(sheet, row, labelColumn);
    if (kind !== 'item' || from === undefined || from === row || !items.has(from)) continue;
    const s = shapes[row - sheet.originRow];
    if (s.numbers > 0) continue;
    let own = 0;
    for (let c = s.firstCol; c <= s.lastCol; c++) {
      if (carriedFrom(sheet, row, c) !== undefined || cellAt(sheet, row, c) === null) continue;
      own += textAt(sheet, row, c).length > CONTINUED_CELL ? 2 : 1;
    }
    if (own > 1) continue;
    rows.splice(i, 1);
    skipped.push({ row, reason: 'continued', text: textAt(sheet, row, labelColumn).slice(0, 80) });
  }
  skipped.sort((a, b) => a.row - b.row);
}

/**
 * Headings come before what they head: a table whose first row is an item has no sections, so one
 * label alone among its items ("ICT Resilience Planning" with a blank status) is an item whose
 * other cells are blank. A label written as a heading (capitals, a closing colon) stays one.
 */
function unheadLoneLabel(
  sheet: SheetSnapshot,
  rows: TableRow[],
  skipped: Body['skipped'],
  labelColumn: number,
  reprinted: ReadonlySet<number>,
): void {
  if (rows[0]?.kind !== 'item') return;
  const textOf = (row: number) => skipped.find((s) => s.row === row)?.text ?? '';
  // (Capitals set a heading apart only from items that are not in capitals themselves.)
  const capitals = (t: string) => /[A-Z]/.test(t) && t === t.toUpperCase();
  const items = rows.filter((r) => r.kind === 'item').map((r) => textAt(sheet, r.row, labelColumn));
  const itemsInCapitals = items.filter(capitals).length * 2 > items.length;
  // ("PS1.2. Regeneration DPD" over its stages is a heading by its code; it leaves the one plain
  // label among the stages, "Pre-examination meeting", an item whose date was left out.)
  const headed = (t: string) =>
    (capitals(t) && !itemsInCapitals) ||
    /:\s*$/.test(t) ||
    isNumberedSection(t) ||
    isNumberedHeading(t) ||
    SECTION_NUMBER.test(t) ||
    CODED_TITLE.test(t);
  const sections = rows.filter((r) => r.kind === 'section' && !headed(textOf(r.row)) && !reprinted.has(r.row));
  if (sections.length !== 1) return;
  // ("Data and Intelligence" between "TF1. Foster …" and "TF2. Ensure …": items carry their codes,
  // and a label without one is the theme over them.)
  const codedItems = items.filter((t) => CODED_TITLE.test(t)).length;
  if (codedItems >= 2 && codedItems * 2 > items.length) return;
  const at = rows.indexOf(sections[0]);
  if (at === rows.length - 1) return;
  rows[at] = { row: sections[0].row, kind: 'item' };
  skipped.splice(
    skipped.findIndex((s) => s.row === sections[0].row),
    1,
  );
}

/** "PS1.2. Regeneration DPD", "3.1 Housing": a title after the code it is numbered by. */
const CODED_TITLE = /^\s*[A-Z]{0,4}\d+(?:\.\d+)*\.?\s+\S/i;

/** Years and periods set aside: "2022/23 Net Revenue Budget" names the budget, whatever its year. */
const YEAR_WORDS = /\b(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?\b/g;

/**
 * "2022/23 Net Revenue Budget at budget setting", the adjustments, then "2022/23 Net Revenue
 * Budget" (or the next year's): a last line naming what the first line names, without the words
 * that mark the first the opening figure, is that figure moved by the lines between, their total.
 */
function markRestatedOpening(sheet: SheetSnapshot, rows: TableRow[], labelColumn: number): void {
  const items = rows.filter((r) => r.kind === 'item');
  const [first, last] = [items[0], rows[rows.length - 1]];
  if (items.length < 4 || last !== items[items.length - 1] || rows.some((r) => r.kind === 'total')) return;
  // (One column of figures: a statement of several, balances across reserves, reads its own way.)
  const [from, to] = [cellsOf(sheet, first.row), cellsOf(sheet, last.row)];
  if (from.length !== 1 || to.length !== 1 || from[0][0] !== to[0][0]) return;
  if (isOpeningBalance(textAt(sheet, first.row, labelColumn))) return;
  const named = (row: number) =>
    plainHeading(textAt(sheet, row, labelColumn).replace(YEAR_WORDS, ' '))
      .replace(/\s+/g, ' ')
      .trim();
  // (Named alike but for their years, "Band D Council Tax 2023/24" and "… 2024/25", they may be two
  // figures of one kind; "at budget setting" after the first marks it the opening one.)
  const [opening, closing] = [named(first.row), named(last.row)];
  if (opening !== closing && restatesHeading(closing, opening)) last.kind = 'total';
}

/** Fields of a record as a form prints them: three or more headings in one row, each ending in a colon. */
const FORM_FIELDS = 3;

function isFormRecord(sheet: SheetSnapshot, block: HeaderBlock): boolean {
  const labels = [...block.headers.keys()].map((c) => textAt(sheet, block.bottom, c).trim());
  return block.top === block.bottom && labels.length >= FORM_FIELDS && labels.every((l) => FIELD_LABEL.test(l));
}

/** Lines a printed page's foot may run to above its page number, after a break. */
const FOOTER_LINES = 2;

/**
 * "Saturday, 16 July 2016 | Draft | Queries to Rachel Todd ext 3433" over "page 1", after a break:
 * the foot of a printed page (the date printed, the draft's status, whom to ask), not items.
 */
function footerLines(sheet: SheetSnapshot, shapes: RowShape[], from: number, end: number): Set<number> {
  const lines = new Set<number>();
  const idx = (r: number) => r - sheet.originRow;
  for (let p = from; p <= end; p++) {
    const page = shapes[idx(p)];
    if (!page || page.filled === 0 || !isPageFooter(sheet, page)) continue;
    let top = p;
    while (top - 1 >= from && p - (top - 1) <= FOOTER_LINES && (shapes[idx(top - 1)]?.filled ?? 0) > 0) top -= 1;
    // (Only where a break opens the foot: lines running straight on from the items are items.)
    if (top === p || top - 1 < from || (shapes[idx(top - 1)]?.filled ?? 0) > 0) continue;
    for (let r = top; r < p; r++) lines.add(r);
  }
  return lines;
}
