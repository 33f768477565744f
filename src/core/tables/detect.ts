/**
 * Finds the tables on a sheet as a reader would: each header (below titles, stacked over up to
 * four rows, with a blank label header allowed), what each column means and why, the partners,
 * which rows are items, totals, section headings, notes or keys, and whether the table is an action
 * plan, a savings tracker or cost-sharing schedule, or neither (then it is left alone, with the reason).
 * One pass over the rows for the layout; column evidence samples the first rows.
 */
import { recordTable } from './record-blocks';
import { statedAwards } from './stated-awards';
import { statedShares } from './stated-shares';
import { statedSumLines } from './stated-sums';
import { sharedTaskLines } from './shared-tasks';
import { typedSlipLines } from './typed-slips';
import { VARIANCE_HEADER } from './line-relations';
import {
  ACTION_HEADING,
  actionCellMinutes,
  actionColumnMinutes,
  arisingMinutes,
  askedActionMinutes,
  initialsActionMinutes,
  inlineActionMinutes,
  inlineActionWho,
  referencedActionMinutes,
  minutesTable,
} from './minutes';
import type { SheetSnapshot } from '../snapshot';
import { a1, columnLetters } from '../snapshot';
import type { ColumnReading, TableReading } from '../reading';
import { NOT_USED } from './columns';
import type { ColumnRef, PartnerColumns, Table } from './types';
import { cellAt, columnName, formatAt, headerOf, lastColumnOf } from './types';
import { plannedSavingByYear } from './savings-plan';
import { headerMoneyScale } from '../parse/money';
import { headerYear } from './header-words';
import type { RowShape } from './layout';
import { headsTotalColumn, plainHeading, rowShape, textAt } from './layout';
import type { ColumnRead } from './read-columns';
import { readColumn } from './read-columns';
import { isPartnerLabel, knownPartnerIn, namesInSplitHeader } from './partners';
import type { PartnerNames } from './partners';
import { cellType, share } from './cell-evidence';
import { planPeriod } from '../parse/plan-years';
import { groupLeads, headingOwners } from './groups';
import { parseSplit, sharesSum } from '../parse/shares';
import { groupDates } from './group-dates';
import { headBulletedStems, headLetteredStems, headNumberedParents } from './sub-items';
import {
  ACTION_BY_HEADING,
  skipClosingBusiness,
  RESOLVED_HEADING,
  skipContextLines,
  skipDecisionRows,
  skipMinutesNamingNobody,
  skipDiscussionBesideActions,
  skipMinutesWithNoAction,
  skipNothingAsked,
  skipAgendaEntries,
  skipUpdatesAskingNothing,
  skipMinutesBetweenBoxes,
  besideMinutes,
  skipRecordedDecisions,
  MOSTLY_NONE,
} from './records';
import { achievedByVariance, budgetProfile, targetByVariance } from './variance';
import { toDatePair } from './to-date';
import { yearPairs } from './year-pairs';
import { AMOUNTS_BY_ITEM, SAVINGS_WORDS, columnsFound, kindOf, namesMeasures } from './kind';
import {
  acrossTotal,
  balanceSteps,
  lineTotalFigures,
  percentChanges,
  relatedFigures,
  brokenFigureColumns,
  totalledColumns,
} from './figure-columns';
import { percentShareColumns, quotientColumns } from './quotients';
import { slippedNumbering, slippedNumberingInProse } from './numbering';
import { headedYearSlips, yearRunSlips } from './year-runs';
import { columnNote, lineItemsTable } from './line-items';
import { bandAcrossBlocks, bandBlocks, bandColumns, bandColumnsAcross, bandLines } from './council-tax-bands';
import { yearBlocks, yearChanges, yearLines } from './year-changes';
import { garbledBlocks } from './garbled-blocks';
import type { HeaderBlock } from './header-blocks';
import { actionPointsSummary } from './action-points';
import { FULL_NAME, TABLE_CAPTION, figureBlocks, findHeaders, gridBlocks, listBlocks } from './header-blocks';
import { readBody } from './body';
import type { Body } from './body';
import { colourKey } from './colour-key';
import { namedActionLines } from './named-actions';
import type { PartnerColumn } from './partner-columns';
import {
  fractionsAsShares,
  orderPartners,
  partnerColumn,
  partnersLineTotal,
  percentSplitColumns,
} from './partner-columns';
import { TableReader } from './reader';
import { lineMarkedCells } from './line-marks';
import { followedUpActions } from './action-follow-ups';
import { DUE_HEAD, assignColumns, claim, readOf, ref } from './assign-columns';
import {
  agendaPurpose,
  agendaTimes,
  byWhomBesideDates,
  whoActsInMinutes,
  servicesActing,
  actionNamesWho,
  targetsWithNoFigures,
  statusHeadedAsAction,
  workProgramme,
  isRunningCount,
  leaveRunningCounts,
  notStatuses,
  howOften,
  letterCode,
  printedChoice,
  readDeadline,
  readItemWords,
  readPlanYears,
  readStatus,
  readUnheadedLead,
  timesBesideTargets,
  versionColumn,
} from './cell-claims';

export { TableReader };

export interface SheetTables {
  tables: Table[];
  readings: TableReading[];
}

function moneyScales(
  sheet: SheetSnapshot,
  titleFrom: number,
  block: HeaderBlock,
  reads: ColumnRead[],
): Map<number, number> {
  let tableScale = 1;
  for (let r = titleFrom; r < block.top; r++) {
    for (const v of sheet.values[r - sheet.originRow] ?? []) {
      if (typeof v === 'string' && v.length < 200 && headerMoneyScale(v) !== 1) tableScale = headerMoneyScale(v);
    }
  }
  // ("£ thousand (cash)" alone on the header's first row, over the last column as Hansard prints
  // it: the unit of every column, not of the one it stands over. The table's caption, "Table 1",
  // may stand at the other end of the row.)
  if (tableScale === 1) {
    const cells = (sheet.values[block.top - sheet.originRow] ?? []).filter(
      (v) => v !== null && v !== '' && !(typeof v === 'string' && TABLE_CAPTION.test(v)),
    );
    const [only] = cells;
    if (
      cells.length === 1 &&
      typeof only === 'string' &&
      only.length <= UNIT_LINE_CHARS &&
      headerMoneyScale(only) !== 1
    )
      tableScale = headerMoneyScale(only);
  }
  // "£'000 | 2007/08 | 2008/09 | Total for 3 years": a unit alone in the corner, over the lines'
  // names rather than figures, is the unit of the whole table. So is one after the first column's
  // heading: "Local Authority £000" over the councils' names.
  if (tableScale === 1) {
    const first = Math.min(...reads.map((r) => r.column));
    const corner = reads.find(
      (r) =>
        headerMoneyScale(r.header) !== 1 &&
        (UNIT_ALONE.test(r.header) || r.column === first) &&
        share(r.evidence, 'number', 'money') < 0.5,
    );
    if (corner) tableScale = headerMoneyScale(corner.header);
  }
  // "2021/22 PCC Budget £m | 2021/22 Operational Budget | Total Budget | … | Projected Variance £m":
  // where no title names the unit, the one the money headings that name one agree on is the others'.
  if (tableScale === 1) {
    const named = new Set(reads.map((r) => headerMoneyScale(r.header)).filter((x) => x !== 1));
    if (named.size === 1) {
      const [shared] = named;
      const scales = new Map<number, number>();
      for (const read of reads) {
        const own = headerMoneyScale(read.header);
        scales.set(read.column, own !== 1 || !MONEY_HEADING.test(read.header) ? own : shared);
      }
      return scales;
    }
  }
  const scales = new Map<number, number>();
  for (const read of reads) {
    const own = headerMoneyScale(read.header);
    // A title's "£000s" is the unit of the money, not of the activity figures beside it.
    scales.set(read.column, own !== 1 || read.meaning === 'drivers' ? own : tableScale);
  }
  return scales;
}

/** "Start date", "Project start", "Date started": when each item begins. */
const START_HEADING =
  /\bstart(?:ed|s)?\b.*\bdate\b|\bdate\b.*\bstart(?:ed|s)?\b|\b(?:project|scheme|planned)\s+start\b/i;

/** "Under / (over) spend £m", "(Under)/Overspend", "Over or under spent": spending's variance. */
const SPENDING_VARIANCE =
  /\b(?:under|over)\b[^a-z]{0,6}(?:\b(?:over|under|or)\b[^a-z]{0,6}){0,2}spen[dt]\b|\b(?:under|over)spen[dt]/i;

/** The longest line of a header holding only the table's unit ("£ thousand (cash)"). */
const UNIT_LINE_CHARS = 30;

/** A heading that is a unit and nothing else: "£'000", "(£000s)", "£m". */
const UNIT_ALONE = /^\W*£\W*(?:000s?|k|m|millions?|thousands?)\W*$/i;

/** Headings of money that may leave their unit to a neighbour's: "Operational Budget", "Projected Outturn". */
const MONEY_HEADING =
  /\b(?:budgets?|outturn|variance|forecast|spend|spent|costs?|income|expenditure|savings?|target|actuals?|total|net|gross|contributions?|grants?|precepts?)\b/i;

/** The words of the title rows above a table's header (from `titleFrom`, before row `until`). */
function titleWords(sheet: SheetSnapshot, titleFrom: number, until: number): string {
  const words: string[] = [];
  for (let row = titleFrom; row < until; row++)
    for (const v of sheet.values[row - sheet.originRow] ?? [])
      if (typeof v === 'string' && v.length < 300) words.push(v);
  return words.join(' ');
}

/**
 * Rows above a table that title it: its caption and a line or two over that, and the sheet's own
 * title, its first lines with words ("2019-20 Savings Monitoring Report", wherever the sheet's
 * rows start), not a report's contents between.
 */
const TITLE_ROWS = 4;

function titleOf(sheet: SheetSnapshot, block: HeaderBlock): string {
  const worded: number[] = [];
  for (let row = sheet.originRow; row < block.top && worded.length < TITLE_ROWS; row++)
    if ((sheet.values[row - sheet.originRow] ?? []).some((v) => typeof v === 'string' && v.trim())) worded.push(row);
  const top = worded.length > 0 ? titleWords(sheet, worded[0], worded[worded.length - 1] + 1) : '';
  return [top, titleWords(sheet, Math.max(sheet.originRow, block.top - TITLE_ROWS), block.top)].join(' ');
}

function contextYear(sheet: SheetSnapshot, titleFrom: number, block: HeaderBlock, reads: ColumnRead[]): string | null {
  for (const r of reads)
    if ((r.meaning === 'target' || r.meaning === 'achieved' || r.meaning === 'cost') && r.words.year)
      return r.words.year;
  for (let row = titleFrom; row < block.top; row++) {
    for (const v of sheet.values[row - sheet.originRow] ?? []) {
      if (typeof v === 'string' && v.length < 300) {
        const y = headerYear(v);
        if (y) return y;
      }
    }
  }
  return headerYear(sheet.name);
}

const PARTNER_LABEL_HEADER = /\b(?:councils?|authority|authorities|partners?|members?|constituent|preceptors?)\b/i;

/** A column of percentages beside partners' rows that adds up to about 100%: each one's share. */
function sharesDownTheRows(sheet: SheetSnapshot, reads: ColumnRead[], itemRows: number[]): ColumnRead | undefined {
  return reads.find((r) => (r.meaning === null || r.meaning === NOT_USED) && addsUpDown(sheet, r, itemRows));
}

/** A share printed at the end of a name, in brackets: "Maidstone Borough Council (40%)". */
const SHARE_IN_NAME = /\(\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\)\s*$/;

/** Each row's share from its name, when every row's name carries one. */
function sharesInLabels(sheet: SheetSnapshot, itemRows: readonly number[], column: number): Map<number, number> | null {
  const shares = new Map<number, number>();
  for (const row of itemRows) {
    const m = SHARE_IN_NAME.exec(textAt(sheet, row, column));
    if (!m) return null;
    shares.set(row, Number(m[1]) / 100);
  }
  return shares.size >= 2 ? shares : null;
}

/** "Increase (%)", "% change", "Growth": a heading over each row's change, never its share of a whole. */
const CHANGE_HEADING =
  /\b(?:increases?|decreases?|changes?|growth|rises?|reductions?|variances?|uplifts?|inflation)\b/i;

/** A column of percentages that adds up to about 100% down the rows. */
function addsUpDown(sheet: SheetSnapshot, r: ColumnRead, itemRows: number[]): boolean {
  if (share(r.evidence, 'percent') < 0.6 || CHANGE_HEADING.test(r.header)) return false;
  let sum = 0;
  for (const row of itemRows) {
    const v = cellAt(sheet, row, r.column);
    const f = formatAt(sheet, row, r.column);
    // (A share below nought is none: "-0.97%" is a change, as in a column of rises and falls.)
    if (typeof v === 'number' && v < 0) return false;
    if (typeof v === 'number' && f?.includes('%')) sum += v;
  }
  return sum >= 0.9 && sum <= 1.1;
}

/**
 * Whether the amounts beside a column of percentages are not those percentages of the whole (their
 * total row, or their sum) on most lines ("Contribution (up to) £6,000 | 25%", "£3,910 | 16%": each
 * a share of its own project's cost): the percentages are no split of one whole between the rows.
 */
function amountsOutOfShare(
  sheet: SheetSnapshot,
  shares: ColumnRead,
  amount: ColumnRef | undefined,
  itemRows: readonly number[],
  totalRows: readonly number[],
): boolean {
  if (!amount) return false;
  const lines = itemRows.flatMap((row) => {
    const [v, pct] = [cellAt(sheet, row, amount.column), cellAt(sheet, row, shares.column)];
    return typeof v === 'number' && typeof pct === 'number' ? [{ v, pct }] : [];
  });
  if (lines.length < 2) return false;
  const printed = totalRows.map((row) => cellAt(sheet, row, amount.column)).find((v) => typeof v === 'number');
  const wholes = [lines.reduce((n, l) => n + l.v, 0), ...(typeof printed === 'number' ? [printed] : [])];
  // (Within a pound, or half a percent of the whole: a share printed to the whole per cent.)
  const fits = (whole: number) =>
    lines.filter((l) => Math.abs(l.v - l.pct * whole) <= Math.max(1, 0.005 * Math.abs(whole))).length;
  return wholes.every((whole) => fits(whole) * 2 < lines.length);
}

/** Unused columns of money between the first partner's column and the last: they share the line total too. */
function othersAmongPartners(
  reads: readonly ColumnRead[],
  partners: readonly PartnerColumns[],
  partnerCols: ReadonlyMap<number, PartnerColumn>,
): boolean {
  const columns = partners.map((p) => p.amount?.column).filter((c): c is number => c !== undefined);
  if (columns.length < 2) return false;
  const [first, last] = [Math.min(...columns), Math.max(...columns)];
  return reads.some(
    (r) =>
      r.column > first &&
      r.column < last + 2 &&
      !partnerCols.has(r.column) &&
      (r.meaning === null || r.meaning === NOT_USED) &&
      share(r.evidence, 'number', 'money') >= 0.6,
  );
}

/** A schedule with a row per partner: the unused column of money beside the shares is each one's amount. */
function partnerAmounts(reads: ColumnRead[]): ColumnRead | undefined {
  return reads.find(
    (r) =>
      (r.meaning === null || r.meaning === NOT_USED) &&
      r.evidence.filled >= 2 &&
      share(r.evidence, 'number', 'money') >= 0.8 &&
      (r.words.money || headerMoneyScale(r.header) !== 1),
  );
}

/** No two labels the same but for case; a long column of repeated labels is settled at its first repeat. */
function allDifferent(labels: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const label of labels) {
    const key = label.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Points either side of 100% within which a row's shares count as adding up to the whole. */
const WHOLE_POINTS = 5;

/** Whether at least half the column's readable splits add up to about 100%. */
function mostlyWhole(sheet: SheetSnapshot, column: number, itemRows: readonly number[]): boolean {
  let splits = 0;
  let whole = 0;
  for (const row of itemRows) {
    const split = parseSplit(cellAt(sheet, row, column));
    if (split.kind !== 'split' || split.shares.length < 2) continue;
    splits += 1;
    if (Math.abs(sharesSum(split.shares) * 100 - 100) <= WHOLE_POINTS) whole += 1;
  }
  return splits === 0 || whole * 2 >= splits;
}

/** Columns of figures beside a label column that make a table of figures by line. */
const FIGURE_COLUMNS = 2;

/** A first column of words, different on every row, beside at least FIGURE_COLUMNS columns of figures. */
function labelsBesideFigures(
  sheet: SheetSnapshot,
  first: ColumnRead,
  reads: readonly ColumnRead[],
  itemRows: readonly number[],
): boolean {
  if (first.evidence.filled < 3 || share(first.evidence, 'text', 'body', 'person') < 0.9) return false;
  const labels = itemRows.map((r) => textAt(sheet, r, first.column)).filter(Boolean);
  if (labels.length !== first.evidence.filled || !allDifferent(labels)) return false;
  const figures = reads.filter((r) => r !== first && share(r.evidence, 'number', 'money', 'percent') >= 0.8);
  return figures.length >= FIGURE_COLUMNS;
}

/** Labels of which 60% or more name councils; the count stops once the rest cannot change the answer. */
function mostlyPartners(labels: readonly string[], names: PartnerNames): boolean {
  const enough = (named: number) => named / labels.length >= 0.6;
  let named = 0;
  for (let i = 0; i < labels.length; i++) {
    if (isPartnerLabel(labels[i], names)) named += 1;
    if (enough(named)) return true;
    if (!enough(named + labels.length - i - 1)) return false;
  }
  return enough(named);
}

/** Lines a column must fill with one and the same code for it to be the plan's code. */
const ONE_CODE_LINES = 3;

function oneCode(sheet: SheetSnapshot, column: number, itemRows: readonly number[]): boolean {
  const codes = itemRows.map((row) => textAt(sheet, row, column)).filter((t) => t !== '');
  return codes.length >= ONE_CODE_LINES && codes.length === itemRows.length && new Set(codes).size === 1;
}

/** The deadline a table has when its dates are in heading rows over the items, not in a column. */
const HEADING_DATES: ColumnRef = { column: 0, header: 'dates in the headings' };

function readTable(
  sheet: SheetSnapshot,
  reader: TableReader,
  shapes: RowShape[],
  block: HeaderBlock,
  end: number,
  titleFrom: number,
): { table: Table | null; reading: TableReading } {
  const profile = reader.profile;
  const body = readBody(sheet, shapes, block, end);
  if (block.dates !== undefined) headTimetableGroups(sheet, shapes, body);
  const itemRows = body.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  const totalRows = body.rows.filter((r) => r.kind === 'total' || r.kind === 'subtotal').map((r) => r.row);
  const splitNames: { name: string; alias: string | null }[] = [];
  const reads: ColumnRead[] = [];
  for (let c = body.firstColumn; c <= body.lastColumn; c++) {
    const header = block.headers.get(c) ?? '';
    const filled = (rows: number[]) => rows.some((r) => textAt(sheet, r, c) || typeof cellAt(sheet, r, c) === 'number');
    // (A column with figures only on the totals rows, the outer column of accounts in two columns, is read too.)
    if (!header && !filled(itemRows) && !filled(totalRows)) continue;
    const read = readColumn(sheet, c, header, itemRows, reader.vocabulary, reader.partnerWords);
    if (read.meaning === 'split' && splitNames.length === 0) splitNames.push(...namesInSplitHeader(header));
    reads.push(read);
  }
  // A blank header over the first column holds the row labels.
  const first = reads[0];
  // So does a header Concordat does not know ("indicators") over names, one a row, beside columns
  // of figures: a table of figures by line (after the lines' numbers, where a column numbers them).
  const named = first?.meaning === 'id' && reads.length > 1 ? reads[1] : first;
  // (Between the actions' numbers and who takes them, and nothing else, it is the actions: "Action | | Who?".)
  const actionsByWhom =
    reads.some((r) => r.meaning === 'owner') &&
    reads.every((r) => r === first || r === named || r.meaning === 'owner' || r.meaning === 'deadline');
  if (
    named &&
    named !== first &&
    !named.header &&
    !named.meaning &&
    share(named.evidence, 'id') < 0.6 &&
    !actionsByWhom
  ) {
    named.meaning = 'service';
    named.confidence = 0.6;
    named.reason = "blank header beside the lines' numbers, over the row labels";
  }
  if (named && named.header && !named.meaning && labelsBesideFigures(sheet, named, reads, itemRows)) {
    named.meaning = 'service';
    named.confidence = 0.5;
    named.reason = 'a different name on each row, beside columns of figures: the row labels';
  }
  if (first && !first.header && !first.meaning) {
    const ids = first.evidence.filled > 0 && share(first.evidence, 'id') >= 0.6;
    // ("That the Director report back …" on each line, under no heading beside "Lead Officer", and
    // no figures beside: the items themselves.)
    const sentences =
      !ids &&
      share(first.evidence, 'prose') >= 0.6 &&
      reads.some((r) => r.header && (r.meaning === 'owner' || r.meaning === 'deadline')) &&
      !reads.some((r) => r.evidence.filled > 0 && share(r.evidence, 'number', 'money') >= 0.5);
    first.meaning = ids ? 'id' : sentences ? 'action' : 'service';
    first.confidence = 0.6;
    first.reason = ids
      ? 'blank header over the first column, whose cells are references'
      : sentences
        ? 'blank header over the first column, whose cells are sentences and no figures beside: the items'
        : 'blank header over the first column, which holds the row labels';
  }

  // A reference column already read, other than a "No." that only counts the lines.
  const referenced = () => reads.some((r) => r.meaning === 'id' && !isRunningCount(sheet, r.column, itemRows));

  // "Action" over codes ("1.6F", "2.3D") with a blank header beside it over the words: the heading
  // spans both, the codes are the actions' references and the words the actions.
  for (let i = 0; i + 1 < reads.length; i++) {
    const [coded, words] = [reads[i], reads[i + 1]];
    const named = coded.meaning === 'action' || coded.meaning === 'recommendation';
    if (!named || words.header || words.meaning || referenced()) continue;
    if (share(coded.evidence, 'id') < 0.6 || share(words.evidence, 'prose', 'text') < 0.8) continue;
    words.meaning = coded.meaning;
    words.confidence = coded.confidence;
    words.reason = `'${coded.header}' heads this column and the one before it; these are its words`;
    coded.meaning = 'id';
    coded.reason += '; its cells are codes: the references of the lines beside them';
  }

  timesBesideTargets(sheet, reads, itemRows);

  // A numbered list with no header: the column its reader found says who acts on each line.
  const ownerRead = block.owner === undefined ? undefined : reads.find((r) => r.column === block.owner);
  if (ownerRead && !ownerRead.meaning) {
    ownerRead.meaning = 'owner';
    ownerRead.confidence = 0.5;
    ownerRead.reason = 'no header; the same few short names on most lines, people among them: who acts on each line';
  }

  // A timetable under a sentence naming it: the column its reader found says when each stage is
  // due, whatever words head it ("Control room functions cut-over" over "October 2009").
  const datesRead = block.dates === undefined ? undefined : reads.find((r) => r.column === block.dates);
  if (datesRead && datesRead.meaning !== 'deadline') {
    const headed = datesRead.header.trim() !== '';
    const over = headed ? 'under words Concordat does not know' : 'no header';
    datesRead.meaning = 'deadline';
    datesRead.confidence = 0.5;
    datesRead.reason = `${over}; under a sentence naming a timetable, when each stage is due`;
    const stages = reads.find(
      (r) => r.column < datesRead.column && share(r.evidence, 'prose', 'text', 'body', 'person') >= 0.6,
    );
    if (stages && (!stages.meaning || stages.meaning === 'service' || stages.meaning === NOT_USED)) {
      stages.meaning = 'action';
      stages.confidence = 0.5;
      stages.reason = `${over}; under a sentence naming a timetable, the stages it sets`;
    }
  }

  // A blank header over a column of sentences, beside headed columns: the action it records; over a
  // column of codes ("IS2", "R1", "ED8"), the lines' references.
  // (Beside "Action By", the minutes: sentences on half the lines, their items' titles on the rest.)
  const besideActionBy = reads.some((r) => r.meaning === 'owner' && ACTION_BY_HEADING.test(r.header));
  for (const read of reads.slice(1)) {
    if (read.header || read.meaning || read.evidence.filled < 2) continue;
    if (share(read.evidence, 'id') >= 0.6 && !referenced()) {
      read.meaning = 'id';
      read.confidence = 0.55;
      read.reason = 'blank header over a column of references';
      continue;
    }
    const words =
      share(read.evidence, 'prose', 'text') >= 0.8 || (besideActionBy && share(read.evidence, 'prose') >= 0.5);
    if (words && !reads.some((r) => r.meaning === 'action')) {
      read.meaning = 'action';
      read.confidence = 0.55;
      read.reason = 'blank header over a column of text: read as the action';
    }
  }

  // (Lines under a sentence naming their owners, "Affordable Housing | Assistant Director of …":
  // the words left of the owners are what each owns.)
  const owned = ownerRead && !reads.some((r) => r.meaning === 'action') ? ownerRead.column : 0;
  // (Their labels, "Climate Change", "Affordable Housing", may read as anything: they head the lines.)
  const ownedItems = reads.find(
    (r) =>
      r.column < owned &&
      ((r.meaning === 'service' && !r.header) || (!r.meaning && share(r.evidence, 'prose', 'text') >= 0.6)),
  );
  if (ownedItems && ownerRead) {
    ownedItems.meaning = 'action';
    ownedItems.confidence = 0.5;
    ownedItems.reason = 'no header; the lines the column beside names an owner for';
    ownerRead.reason = 'no header; under a sentence naming who owns each line, a person or body on every one';
  }

  notStatuses(reads, Object.keys(profile.statuses).length > 0);

  // Partner columns first: a partner's "£" column is not the table's amount.
  const partnerCols = new Map<number, PartnerColumn>();
  for (const read of reads) {
    const p = partnerColumn(reader, read);
    if (p) partnerCols.set(read.column, p);
  }
  // Read again beside the partners found: initials ending as theirs do are partners too.
  const found = [...partnerCols.values()].map((p) => p.name);
  for (const read of reads) {
    const p = partnerCols.has(read.column) ? null : partnerColumn(reader, read, found);
    if (p) partnerCols.set(read.column, p);
  }
  const partnerNames = new Set([...partnerCols.values()].map((p) => p.name));
  if (partnerNames.size < 2 && reader.partners.byAlias.size === 0) partnerCols.clear();
  // ("WT | RDS | Total" under 2003-04 and again under 2004-05: the same columns for each year, each
  // group with its total, read as lines across, not as partners the year after ignores.)
  if (repeatedPartnerGroups(partnerCols)) partnerCols.clear();
  if (partnerNames.size < 2 && reader.partners.byAlias.size > 0) {
    for (const [c, p] of partnerCols) if (!knownPartnerIn(p.name, reader.partners)) partnerCols.delete(c);
  }
  fractionsAsShares(sheet, partnerCols, itemRows);

  leaveRunningCounts(sheet, reads, itemRows);
  // "UBE1" on every line under no heading: the plan's code, numbered within it by the next column.
  for (const read of reads) {
    if (read.meaning !== 'id' || read.header.trim() !== '' || !oneCode(sheet, read.column, itemRows)) continue;
    read.meaning = NOT_USED;
    read.reason = "blank header, the same code on every line: the plan's, not each line's reference";
  }
  const { columns, taken } = assignColumns(reads, partnerCols);
  budgetProfile(reads, { columns, taken });
  targetByVariance(sheet, reads, itemRows, { columns, taken });
  achievedByVariance(sheet, reads, itemRows, { columns, taken });
  readDeadline(reads, columns, taken);
  readPlanYears(sheet, reads, itemRows, columns, taken);
  statusHeadedAsAction(reads, columns, taken);
  byWhomBesideDates(reads, columns, taken);
  servicesActing(reads, columns, taken);
  const minutesNameWhoActs = whoActsInMinutes(sheet, reads, columns, taken, itemRows);
  if (!minutesNameWhoActs) actionNamesWho(sheet, reads, columns, taken, itemRows);
  readStatus(
    reads,
    columns,
    taken,
    (column) =>
      printedChoice(sheet, itemRows, column) ||
      letterCode(sheet, itemRows, column) ||
      howOften(sheet, itemRows, column),
  );
  readItemWords(reads, columns, taken);
  readUnheadedLead(sheet, itemRows, reads, columns, taken);
  const planned = plannedSavingByYear(sheet, titleFrom, block, reads, columns);
  if (planned) {
    const over = planned.words.year
      ? `a year over figures on a savings sheet: the savings planned for ${planned.words.year}`
      : 'a unit of money over figures on a savings sheet: the saving each line is to make';
    claim(planned, 'target', { columns, taken }, 0.6, over);
  }

  const partnersMap = new Map<string, PartnerColumns>();
  for (const p of partnerCols.values()) {
    const read = reads.find((r) => r.column === p.column) as ColumnRead;
    const entry = partnersMap.get(p.name) ?? { name: p.name };
    if (!entry[p.role]) entry[p.role] = ref(read);
    partnersMap.set(p.name, entry);
  }
  let partners = orderPartners([...partnersMap.values()], profile);
  if (partners.length < 2 && !columns.split) {
    const split = percentSplitColumns(sheet, reads, itemRows, taken);
    if (split.length >= 2) {
      partners = split.map((read) => ({
        name: read.header || columnLetters(read.column),
        share: ref(read),
        sharePoints: true,
      }));
      for (const read of split) {
        partnerCols.set(read.column, { column: read.column, name: read.header, role: 'share' });
        read.reason = `its figures and the others' add up to 100 on most rows: a share of each row`;
      }
    }
  }

  if (!columns.cost && !columns.target && !columns.amount) {
    const total = partnersLineTotal(sheet, reads, partners, itemRows, partnerCols);
    if (total) {
      claim(
        total,
        'amount',
        { columns, taken },
        0.6,
        `${total.reason}; the partners' amounts add up to it: the line total they split`,
      );
    }
  }

  let splitPartners: string[] = [];
  if (columns.split) {
    splitPartners =
      splitNames.length >= 2
        ? splitNames.map((n) => knownPartnerIn(n.name, reader.partners)?.name ?? n.name)
        : profile.partners.map((p) => p.name);
  }

  // One share per row (25%, not 75%/25%) beside partner names: a schedule with a row per partner.
  const labelRef = columns.service ?? columns.recommendation;
  const labels = labelRef ? itemRows.map((r) => textAt(sheet, r, labelRef.column)).filter(Boolean) : [];
  // Each partner has one row: labels that repeat ("HSGEN" on nine lines) are codes, not councils.
  const distinct = allDifferent(labels);
  // A label column headed "Council" or "Authority" names the partners, whatever their names.
  // (Beside shares adding up to 100%: a column of authorities with their statistics shares nothing.)
  const partnerHeader = labelRef !== undefined && PARTNER_LABEL_HEADER.test(labelRef.header);
  let partnerLabels = labels.length >= 2 && distinct && mostlyPartners(labels, reader.partners);
  // Activity figures beside the shares (population, dwellings, tonnage) say the shares apportion
  // something between the rows, whatever the rows' names.
  const apportioned = columns.drivers !== undefined;
  if (
    !columns.split &&
    labels.length >= 2 &&
    distinct &&
    (partnerLabels || partnerHeader || apportioned) &&
    partners.length === 0
  ) {
    const shares = sharesDownTheRows(sheet, reads, itemRows);
    if (shares && !amountsOutOfShare(sheet, shares, columns.amount ?? columns.cost, itemRows, totalRows)) {
      columns.split = ref(shares);
      shares.meaning = 'split';
      shares.reason += "; each partner's percentage, adding up to about 100 down the rows: their shares";
      partnerLabels = true;
    }
  }
  // "Central Government (50%)", "Kent County Council (9%)": each partner's share printed in its name.
  const labelShares =
    !columns.split && labelRef && labels.length >= 2 && distinct && (partnerLabels || partnerHeader)
      ? sharesInLabels(sheet, itemRows, labelRef.column)
      : null;
  if (labelShares) partnerLabels = true;
  const splitRead = columns.split ? reads.find((r) => r.column === columns.split?.column) : undefined;
  // "Share" over each row's percentage, beside the activity it follows or under an "Authority"
  // heading, adding up to about 100% down the rows: the rows are the partners.
  const partnerish = partnerLabels || partnerHeader || apportioned;
  if (splitRead && partnerish && labels.length >= 2 && distinct && addsUpDown(sheet, splitRead, itemRows))
    partnerLabels = true;
  // "6/9", "11/9" under "Proportion of Band D": fractions, not partners' shares. A split column
  // has shares adding up to about 100 on most of its rows.
  if (splitRead && !partnerish && !mostlyWhole(sheet, splitRead.column, itemRows)) {
    splitRead.meaning = NOT_USED;
    splitRead.reason += '; its figures add up to 100% on too few rows: not a split between partners';
    taken.delete(splitRead.column);
    delete columns.split;
  }
  // "Tax allocation" over "Housing", "Refuse and recycling": words on every line, no digit among
  // them, name the lines; they split nothing.
  const digitless = (c: number) => itemRows.every((r) => !/\d/.test(String(cellAt(sheet, r, c) ?? '')));
  if (splitRead && splitRead.evidence.filled >= 2 && digitless(splitRead.column)) {
    splitRead.meaning = NOT_USED;
    splitRead.reason += '; no figure among its cells: the names of the lines, not a split';
    taken.delete(splitRead.column);
    delete columns.split;
  }
  const singleShares = !splitRead || share(splitRead.evidence, 'percent', 'number') >= 0.6;
  if (splitRead && singleShares && partners.length === 0 && !partnerLabels) {
    // A share of something by row (a candidate's share of the vote) splits nothing between partners.
    splitRead.meaning = NOT_USED;
    splitRead.reason += '; one share a row and no partners named: not a split';
    delete columns.split;
  }
  // "Target" over 100%, 55%, 35 and "9 per day": a performance target, not a sum to save.
  const targetRead = columns.target ? reads.find((r) => r.column === columns.target?.column) : undefined;
  if (targetRead && !targetRead.words.money && share(targetRead.evidence, 'percent') >= 0.25 && !planned) {
    targetRead.meaning = NOT_USED;
    targetRead.reason += '; percentages among its figures: a performance target, not a saving';
    taken.delete(targetRead.column);
    delete columns.target;
  }
  targetsWithNoFigures(reads, columns, taken);
  // Forward plans date their items in heading rows over them, not in a column.
  const dated = columns.deadline ? undefined : groupDates(sheet, body, block, titleFrom);
  const datedMostly = (ref: ColumnRef | undefined) => {
    const read = ref && reads.find((r) => r.column === ref.column);
    return read !== undefined && share(read.evidence, 'date', 'vagueDate') >= 0.6;
  };
  // ("INDICATOR | 2003/04 Actual | 2004/05 Target": the lines' own column, read as nothing else, names measures.)
  const lineNames = reads.find((r) => r.column === body.firstColumn);
  const measures =
    lineNames !== undefined &&
    (lineNames.meaning === null || lineNames.meaning === NOT_USED) &&
    namesMeasures(lineNames.header);
  const kind = kindOf(dated?.size ? { ...columns, deadline: HEADING_DATES } : columns, partners, {
    plannedAndExpected: datedMostly(columns.deadline) && datedMostly(columns.revisedDeadline),
    dueDates: datedMostly(columns.deadline) && DUE_HEAD.test(columns.deadline?.header ?? ''),
    measures,
    budgetVariance:
      reads.some((r) => SPENDING_VARIANCE.test(r.header)) ||
      (reads.some((r) => VARIANCE_HEADER.test(r.header)) &&
        !SAVINGS_WORDS.test([sheet.name, titleOf(sheet, block), ...reads.map((r) => r.header)].join(' '))),
    startDates: reads.some((r) => START_HEADING.test(r.header)),
  });
  if (dated?.size && kind.kind === 'action-plan') kind.reason += ' (the dates in the headings over the items)';
  // "Item | Discussion | Action" over what the meeting said and, on the lines with one, who acts:
  // minutes in a table, their actions those lines.
  const minutesBeside = kind.kind === null ? besideMinutes(reads, columns) : null;
  if (minutesBeside) {
    kind.kind = 'action-plan';
    kind.reason = `minutes in a table ('${minutesBeside.header}'), with who acts on each action ('${columns.owner?.header}')`;
  }
  const version = kind.kind === 'action-plan' ? versionColumn(sheet, block.top, reads, itemRows) : undefined;
  if (version) {
    kind.kind = null;
    kind.reason = `a document's version history ('${version.header || textAt(sheet, block.top, version.column)}' over version numbers): a record of issues, not a plan`;
  }
  const purpose = kind.kind === 'action-plan' ? agendaPurpose(sheet, columns, itemRows) : null;
  if (purpose) {
    kind.kind = null;
    kind.reason = `${AGENDA_REASON} ('${purpose.column.header}' says what each item is for: '${purpose.said}'), not a plan`;
  }
  // "Agenda | | Led by" over the items and who brings each: the business of a meeting to come.
  const ledBy =
    kind.kind === 'action-plan' &&
    !columns.deadline &&
    !columns.status &&
    LED_BY.test(columns.owner?.header ?? '') &&
    AGENDA_HEAD.test(textAt(sheet, block.bottom, body.firstColumn));
  if (ledBy) {
    kind.kind = null;
    const led = textAt(sheet, block.bottom, columns.owner?.column ?? body.firstColumn);
    kind.reason = `${AGENDA_REASON} ('Agenda' over the items, who brings each under '${led}'), not a plan`;
  }
  const timed = kind.kind === 'action-plan' ? agendaTimes(sheet, columns, reads, itemRows) : null;
  if (timed) {
    kind.kind = null;
    kind.reason = `${AGENDA_REASON} (the time each item is taken, under '${timed}'), not a plan`;
  }
  const meeting = kind.kind === 'action-plan' ? workProgramme(columns, reads) : null;
  if (meeting) {
    kind.kind = null;
    kind.reason = `a forward work programme (topics by '${meeting}', with who attends, and no date due or status): not a plan`;
  }
  if (labelShares && partners.length === 0 && (kind.kind === null || kind.reason === AMOUNTS_BY_ITEM)) {
    kind.kind = 'savings';
    kind.reason = "a row per partner, each one's share printed in its name";
  }
  const partnerRows = kind.kind === 'savings' && partners.length === 0 && singleShares && partnerLabels;
  // "Achieved" beside a plan's objectives, with no money in the plan: whether each was achieved.
  const achievedRead = columns.achieved && reads.find((r) => r.column === columns.achieved?.column);
  if (
    kind.kind === 'action-plan' &&
    achievedRead &&
    !columns.status &&
    !columns.target &&
    share(achievedRead.evidence, 'money', 'number') === 0
  ) {
    columns.status = columns.achieved;
    delete columns.achieved;
    achievedRead.meaning = 'status';
    achievedRead.reason += '; in a plan with no money in it, whether each item was achieved: its status';
  }
  // No status column, but updates on each item: the updates say how each stands, and an item with
  // none has no status.
  const statusIsUpdates =
    kind.kind === 'action-plan' &&
    !columns.status &&
    columns.progress !== undefined &&
    /\b(?:updates?|progress|done so far|what (?:we have|has been) done)\b/i.test(columns.progress.header);
  if (statusIsUpdates) {
    columns.status = columns.progress;
    delete columns.progress;
    const updates = reads.find((r) => r.column === columns.status?.column);
    if (updates) {
      updates.meaning = 'status';
      updates.reason += '; no status column, so the updates stand for it';
    }
  }
  if (kind.kind === 'action-plan' && !columns.recommendation && !columns.action && columns.service) {
    columns.recommendation = columns.service;
    delete columns.service;
  }
  if (kind.kind === 'savings' && !columns.service && (columns.recommendation || columns.action)) {
    columns.service = columns.recommendation ?? columns.action;
  }
  if (partnerRows) {
    partners = [];
    if (!columns.amount && !columns.cost && !columns.target) {
      const amounts = partnerAmounts(reads);
      if (amounts) {
        claim(
          amounts,
          'amount',
          { columns, taken },
          0.6,
          `${amounts.reason}; the figures beside each partner's share: its amount`,
        );
      }
    }
  }
  let leads: Map<number, number> | undefined;
  let whoHeads: Map<number, { row: number; column: number }> | undefined;
  if (kind.kind === 'action-plan') {
    headNumberedParents(sheet, body, columns);
    headLetteredStems(sheet, body, columns);
    headBulletedStems(sheet, body, columns);
    leads = groupLeads(sheet, body, columns);
    whoHeads = headingOwners(sheet, body, columns);
    const resolvedRead = reads.find((r) => RESOLVED_HEADING.test(r.header));
    skipRecordedDecisions(sheet, body, columns, { resolved: resolvedRead && ref(resolvedRead) });
    skipNothingAsked(sheet, body, columns);
    skipAgendaEntries(sheet, body, columns);
    skipUpdatesAskingNothing(sheet, body, columns);
    skipMinutesBetweenBoxes(sheet, body, columns, block.bottom);
    const said = besideMinutes(reads, columns) ?? undefined;
    const headsRead = reads.find((r) => r.meaning === NOT_USED && ITEM_HEADING.test(r.header));
    const agendaHeads = headsRead && ref(headsRead);
    skipMinutesWithNoAction(sheet, body, columns, { said, agendaHeads });
    skipDiscussionBesideActions(sheet, body, columns, reads);
    if (minutesNameWhoActs) skipMinutesNamingNobody(sheet, body, columns, { said });
    else if (said) skipMinutesNamingNobody(sheet, body, columns, { said, fewNamed: true });
    else if (readOf(reads, columns, 'owner')?.evidence.filled === 0)
      skipMinutesNamingNobody(sheet, body, columns, { fewNamed: true, marked: true });
    // ("No: | Agenda Items: | Action": the minutes under the agenda's items, naming who acts on some.
    // "Agenda Items | Action | By Whom | By Date": there the Action column holds the minutes.)
    else if (AGENDA_ITEMS.test(readOf(reads, columns, 'recommendation')?.header ?? ''))
      skipMinutesNamingNobody(sheet, body, columns, columns.action ? { said: columns.action } : {});
    // ("Action No | Item | Owner" over the minutes, "Action – DM agreed to …" on each line with an owner.)
    else skipMinutesNamingNobody(sheet, body, columns, { fewNamed: true, marked: true, opened: true });
    skipClosingBusiness(sheet, body, columns, { agendaHeads });
    skipContextLines(sheet, body, columns);
    skipDecisionRows(sheet, body, columns);
  }
  // "Score | Key | Action" over "16-25 | Red | High risk…": a key to the colours a register uses.
  if (kind.kind === 'action-plan' && !columns.owner && !columns.deadline && colourKey(sheet, body, reads)) {
    kind.kind = null;
    kind.reason = 'a key to the colours used elsewhere: one line for each colour, none an action';
  }
  // "Minute No. | Description of Interest | Action Taken" over "Spoke and Voted": the interests
  // members declared at a meeting, and what they did about them; no action is asked of anyone.
  if (kind.kind === 'action-plan' && reads.some((r) => INTEREST_HEADING.test(r.header))) {
    kind.kind = null;
    kind.reason = 'a record of the interests declared at a meeting, not actions';
  }
  // ("Cash at bank and | in | hand | | 74,567 | …": a balance sheet whose labels a scan split over
  // cells. Read as actions and statuses only from cells under no heading, beside a column of
  // figures headed as a total, its lines are figures, not actions.)
  if (
    kind.kind === 'action-plan' &&
    !columns.owner &&
    !columns.deadline &&
    [columns.action, columns.status].every((c) => c === undefined || c.header.trim() === '') &&
    reads.some((r) => r.meaning === 'amount' && headsTotalColumn(r.header))
  ) {
    kind.kind = null;
    kind.reason = 'lines of figures under a total, their words split over unheaded cells: no actions';
  }
  const hasTotal = body.rows.some((r) => r.kind === 'total' || r.kind === 'subtotal');
  if (kind.kind === 'savings' && kind.reason === AMOUNTS_BY_ITEM && !partnerRows) kind.kind = null;
  // Every column of figures the totals row totals is checked, not only those read as money.
  let figureColumns: ColumnRef[] | undefined =
    kind.kind === 'savings' && hasTotal ? totalledColumns(sheet, body.rows, reads) : undefined;
  if (!kind.kind && hasTotal) {
    figureColumns = totalledColumns(sheet, body.rows, reads);
    if (figureColumns.length > 0) {
      kind.kind = 'figures';
      kind.reason = `a table of figures with a totals row (${columnsFound(columns)}): only its totals are checked`;
      // ("Net To Date | Net Budget | Variance" left blank on the totals row still net and vary on each
      // line; "Total Scheme Cost" left blank on it still totals each line.)
      const totalled = new Set(figureColumns.map((c) => c.column));
      // ("Unrestricted | Restricted | Endowment | Total" where no endowment moved on the totals rows:
      // a fund left blank on them still adds to each line's total.)
      const acrossParts = acrossTotal(sheet, body.rows, reads)?.figures ?? [];
      const more = [...relatedFigures(sheet, body.rows, reads), ...lineTotalFigures(reads), ...acrossParts].filter(
        (c, i, all) => !totalled.has(c.column) && all.findIndex((o) => o.column === c.column) === i,
      );
      if (more.length > 0) figureColumns = [...figureColumns, ...more].sort((a, b) => a.column - b.column);
    }
  }
  const across = kind.kind === 'action-plan' ? null : acrossTotal(sheet, body.rows, reads);
  if (across && !kind.kind) {
    figureColumns = across.figures;
    kind.kind = 'figures';
    kind.reason = `a table of figures with a total across each line ('${columnName(across.total)}'): only its totals are checked`;
  }
  // "Balance at 1/4/2012 | Outturn 2012/13 | Balance at 31/3/2013": each balance the one before moved.
  const steps = kind.kind === 'action-plan' ? [] : balanceSteps(sheet, body.rows, reads);
  if (steps.length > 0 && !kind.kind) {
    figureColumns = [...new Set(steps.flatMap((st) => [st.from, ...st.moves.map((m) => m.ref), st.to]))];
    kind.kind = 'figures';
    kind.reason = `a statement of balances, each the one before moved across the line ('${steps[0].to.header}'): only its totals are checked`;
  }
  // "2007-08 | 2008-09 | Change %" by authority: each line's percentage the change between its figures.
  const changes = kind.kind === 'action-plan' ? [] : percentChanges(sheet, body.rows, reads);
  if (changes.length > 0 && !kind.kind) {
    figureColumns = [...new Set(changes.flatMap((c) => [c.from, c.to]))];
    kind.kind = 'figures';
    kind.reason = `a table of figures whose percentages ('${changes[0].shown.header}') are the change on each line: only those are checked`;
  }
  // "Total grants | Population | Funding per head": a column each line's figure of which is two others' quotient.
  const quotients = kind.kind === 'action-plan' ? [] : quotientColumns(sheet, body.rows, reads);
  if (quotients.length > 0 && !kind.kind) {
    figureColumns = [...new Set(quotients.flatMap((q) => [q.over, q.under]))];
    kind.kind = 'figures';
    kind.reason = `a table of figures whose '${columnName(quotients[0].shown)}' is '${columnName(quotients[0].over)}' over '${columnName(quotients[0].under)}' on each line: only those are checked`;
  }
  // "Expenditure | Income | Net … | Variance" by service with no totals row: cross-cast on each line.
  const related = kind.kind ? [] : relatedFigures(sheet, body.rows, reads);
  if (related.length > 0) {
    figureColumns = related;
    kind.kind = 'figures';
    kind.reason =
      'a table of figures whose net or variance columns follow from the others on each line: only those are checked';
  }
  // "1986–87 | 9,615,451", "1987–88 | 10,215,098", "1987–88 | 11,276,275": figures by year, one of
  // the years out of its run, said so.
  const yearItems = body.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  const yearSlips = kind.kind
    ? []
    : [
        ...yearRunSlips(sheet, yearItems, body.firstColumn, body.lastColumn).slips,
        ...Array.from({ length: block.bottom - block.top + 1 }, (_, k) => block.top + k).flatMap((row) =>
          headedYearSlips(sheet, row, body.firstColumn, body.lastColumn),
        ),
      ];
  if (yearSlips.length > 0) {
    // (A figure typed with a letter for a digit among them is said too.)
    figureColumns = brokenFigureColumns(sheet, body.rows, reads);
    kind.kind = 'figures';
    kind.reason = `a table of figures by year whose years do not run a year at a time ('${yearSlips[0].text}'): only those are checked`;
  }
  // "Cleveland Police | 35 .606" among the forces' figures: a figure broken by a space, or with a
  // letter for a digit ("45.OOO"), said so.
  const broken = kind.kind ? [] : brokenFigureColumns(sheet, body.rows, reads);
  if (broken.length > 0) {
    figureColumns = broken;
    kind.kind = 'figures';
    kind.reason = `a table of figures with a figure that cannot be read in '${columnName(broken[0])}': only that is checked`;
  }
  // "Bid £ million | Allocation £ million | Allocation as percentage of bid": each line's percentage
  // one of its figures as a share of another, though it has no total.
  const shares = kind.kind ? [] : percentShareColumns(sheet, body.rows, reads);
  if (shares.length > 0) {
    figureColumns = [...new Set(shares.flatMap((q) => [q.over, q.under]))];
    kind.kind = 'figures';
    kind.reason = `a table of figures whose '${columnName(shares[0].shown)}' is '${columnName(shares[0].over)}' as a percentage of '${columnName(shares[0].under)}' on each line: only those are checked`;
  }
  // "Band A | 74.35" … "Band H | 223.06": charges by council tax band, each its ninths of Band D.
  const bandRows =
    kind.kind === 'action-plan'
      ? null
      : bandLines(sheet, body.rows, (columns.service ?? columns.recommendation)?.column ?? body.firstColumn);
  const bandCols = bandRows ? bandColumns(sheet, bandRows, reads) : [];
  if (bandCols.length > 0) {
    if (!kind.kind) {
      kind.kind = 'figures';
      kind.reason = `charges by council tax band ('${columnName(bandCols[0])}'), each band's share of Band D: only those are checked`;
    }
    figureColumns = withColumns(figureColumns, bandCols);
  }
  // "Bletchingley | 1257.36 | … | 3772.08" under "A | B | … | H": each line's charges by band across.
  const bandAcross = kind.kind === 'action-plan' ? null : bandColumnsAcross(sheet, body.rows, block.headers);
  if (bandAcross) {
    const across = [...bandAcross.keys()].map((column) => ({ column, header: block.headers.get(column) ?? '' }));
    if (!kind.kind) {
      kind.kind = 'figures';
      kind.reason = `charges by council tax band across each line ('${columnName(across[0])}' …), each band's share of Band D: only those are checked`;
    }
    figureColumns = withColumns(figureColumns, across);
  }
  // "1992–93 | 286.2", "1993–94 | 302.7 | 5.8": figures year by year, each year's change beside them.
  const yearRows = kind.kind === 'action-plan' ? null : yearLines(sheet, body.rows, body.firstColumn);
  const yearOnYear = yearRows ? yearChanges(sheet, yearRows, reads) : [];
  if (yearOnYear.length > 0) {
    if (!kind.kind) {
      kind.kind = 'figures';
      kind.reason = `figures year by year, with each year's change ('${columnName(yearOnYear[0].shown)}'): only those are checked`;
    }
    figureColumns = withColumns(
      figureColumns,
      yearOnYear.map((c) => c.of),
    );
  }
  // "Wirral Council | Adult Social Care | City Region | Police | Fire and Rescue | Total": other
  // columns of money among the partners' are parts of the line's total too, cross-cast with them.
  const othersShare = othersAmongPartners(reads, partners, partnerCols);
  if (othersShare && across && kind.kind === 'savings' && !figureColumns) figureColumns = across.figures;
  // (A last column with no heading totals each line whatever else the table is; so does one its
  // lines show to be their total, its heading naming none: "School Education".)
  // (Not where the lines are balances moved across the line: the last is checked as the balance.)
  const unheaded = across !== null && !headsTotalColumn(across.total.header);
  const unlabelledTotal =
    kind.kind && across && unheaded && (!across.total.header.trim() || steps.length === 0)
      ? across.total.column
      : undefined;

  const toDate = kind.kind === 'savings' ? toDatePair(reads, columns) : undefined;
  const lastRow = Math.max(body.lastRow, block.bottom);
  const reading: TableReading = {
    sheet: sheet.name,
    range: `${a1(block.top, body.firstColumn)}:${a1(lastRow, body.lastColumn)}`,
    headerRows: [block.top, block.bottom],
    kind: kind.kind ?? 'skipped',
    kindReason: kind.reason,
    columns: reads.map((r) => columnReading(r, partnerCols.get(r.column))),
    partners: partnerRows
      ? itemRows.map((r) => textAt(sheet, r, (columns.service ?? columns.recommendation)?.column ?? body.firstColumn))
      : columns.split
        ? splitPartners
        : partners.map((p) => p.name),
    partnerLayout: partnerRows ? 'rows' : columns.split ? 'split cell' : partners.length ? 'columns' : 'none',
    contextYear: null,
    itemRows: body.rows.filter((r) => r.kind === 'item').length,
    totalsRows: body.rows.filter((r) => r.kind === 'total').map((r) => r.row),
    subtotalRows: body.rows.filter((r) => r.kind === 'subtotal').map((r) => r.row),
    skippedRows: body.skipped,
  };
  if (!kind.kind) return { table: null, reading };
  const year = columns.year ? null : contextYear(sheet, titleFrom, block, reads);
  reading.contextYear = year;
  const table: Table = {
    sheet,
    kind: kind.kind,
    headerRow: block.bottom,
    firstHeaderRow: block.top,
    firstColumn: body.firstColumn,
    lastColumn: body.lastColumn,
    columns,
    partners,
    splitPartners,
    moneyScale: moneyScales(sheet, titleFrom, block, reads),
    rows: body.rows,
    partnerRows,
    contextYear: year,
    figureColumns,
  };
  if (statusIsUpdates) table.statusIsUpdates = true;
  const records = body.skipped.filter((r) => r.reason === 'nothing asked' || r.reason === 'decision');
  if (kind.kind === 'action-plan' && records.length > 0) table.recordRows = records.map((r) => r.row);
  // (Or the sheet's own title, above an earlier table: a plan printed over pages repeats its header.)
  const period =
    planPeriod(titleWords(sheet, titleFrom, block.top)) ?? planPeriod(titleWords(sheet, sheet.originRow, block.top));
  if (period) table.planPeriod = period;
  if (body.lineTypes !== undefined) table.lineTypeColumn = body.lineTypes;
  if (body.updates !== undefined) table.updateRows = body.updates;
  if (labelShares && partnerRows) table.labelShares = labelShares;
  if (leads && leads.size > 0) table.groupLeads = leads;
  if (whoHeads && whoHeads.size > 0) table.headingOwners = whoHeads;
  if (dated?.size && kind.kind === 'action-plan') table.groupDates = dated;
  if (toDate) table.toDate = toDate;
  if (unlabelledTotal !== undefined) table.acrossTotalColumn = unlabelledTotal;
  if (kind.kind && steps.length > 0) table.balanceSteps = steps;
  if (kind.kind && changes.length > 0) table.percentChanges = changes;
  if (kind.kind && quotients.length > 0) table.quotients = quotients;
  if (bandRows && bandCols.length > 0) table.bands = { rows: bandRows, columns: bandCols };
  if (bandAcross) table.bandsAcross = bandAcross;
  if (yearRows && yearOnYear.length > 0) table.yearChanges = { rows: yearRows, pairs: yearOnYear };
  const byYear = kind.kind === 'savings' && !partnerRows && !toDate ? yearPairs(reads) : [];
  if (byYear.length > 0) table.yearPairs = byYear;
  if (othersShare) table.othersShareTotal = true;
  const marked = lineMarkedCells(sheet, columns, itemRows);
  if (marked.size > 0) table.fieldTexts = marked;
  return { table, reading };
}

function columnReading(read: ColumnRead, partner: PartnerColumn | undefined): ColumnReading {
  const meaning = partner
    ? `partner ${partner.role}: ${partner.name}`
    : !read.meaning || read.meaning === NOT_USED
      ? 'not used'
      : read.meaning;
  return {
    column: read.column,
    letter: columnLetters(read.column),
    header: read.header,
    meaning,
    confidence: partner ? 0.8 : Math.round(read.confidence * 100) / 100,
    evidence: partner ? `header names the partner ${partner.name}` : read.reason,
  };
}

/** The figure columns with more added, each once, in the order they stand. */
function withColumns(columns: ColumnRef[] | undefined, more: readonly ColumnRef[]): ColumnRef[] {
  const out = [...(columns ?? [])];
  for (const c of more) if (!out.some((o) => o.column === c.column)) out.push(c);
  return out.sort((a, b) => a.column - b.column);
}

function rangeRows(range: string): [number, number] {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
  return m ? [Number(m[1]), Number(m[2])] : [0, -1];
}

/** The most words a group's name over a timetable's lines runs to ("East Midlands", "South West"). */
const GROUP_NAME_WORDS = 4;

/**
 * A timetable's stages in groups, each under a line naming it alone ("East Midlands" over its
 * authorities and their months): those lines are headings. (A stage in words with its time left
 * blank, "Submission to the Secretary of State for examination", is a stage.)
 */
function headTimetableGroups(sheet: SheetSnapshot, shapes: RowShape[], body: Body): void {
  for (const r of body.rows) {
    const shape = shapes[r.row - sheet.originRow];
    if (r.kind !== 'item' || shape?.filled !== 1 || shape.firstCol !== body.firstColumn) continue;
    if (textAt(sheet, r.row, shape.firstCol).trim().split(/\s+/).length > GROUP_NAME_WORDS) continue;
    r.kind = 'section';
    body.skipped.push({
      row: r.row,
      reason: 'section heading',
      text: textAt(sheet, r.row, shape.firstCol).slice(0, 80),
    });
  }
  body.skipped.sort((a, b) => a.row - b.row);
}

/** Lines a table headed by its units of money alone must have. */
const MONEY_LINES = 3;

/** How a table read as a meeting's agenda is described. */
const AGENDA_REASON = "a meeting's agenda";

/** "Agenda" alone heading the items' column of a meeting's agenda. */
const AGENDA_HEAD = /^\s*agenda\s*$/i;
/** "Led by", "Presented by": who brings an agenda's item to the meeting. */
const LED_BY = /\b(?:led|presented|introduced)\s+by\s*$/i;

/** "Agenda Items:", "Agenda item": the items of a meeting's agenda, with the minutes under each. */
const AGENDA_ITEMS = /^\s*(?:agenda\s+items?|matters?\s+arising)\s*:?\s*$/i;

/** "Item", "Items": over the agenda's headings, where the minutes have a column of their own. */
const ITEM_HEADING = /^\s*items?\s*$/i;

/** "Description of Interest", "Nature of interest", "Interests declared": a heading of a register of interests. */
const INTEREST_HEADING =
  /\b(?:description|nature|type|details?)\s+of\s+(?:the\s+)?interests?\b|\binterests?\s+declared\b|^\s*declarations?\s+of\s+interests?\b/i;

/** Whether every partner's amount is headed in two columns or more: the same partners again, a group for each period. */
function repeatedPartnerGroups(partnerCols: ReadonlyMap<number, PartnerColumn>): boolean {
  const amounts = new Map<string, number>();
  for (const p of partnerCols.values()) if (p.role === 'amount') amounts.set(p.name, (amounts.get(p.name) ?? 0) + 1);
  return amounts.size >= 2 && [...amounts.values()].every((n) => n >= 2);
}

/** Every table on one sheet, with how each was read; tables that are neither kind are only read. */
export function detectTables(sheet: SheetSnapshot, reader: TableReader): SheetTables {
  const found = readTables(sheet, reader);
  // (Slips of typing are read wherever they stand, beside the tables, or where there are none.)
  const typos = typedSlipLines(sheet, found.tables);
  return typos ? { tables: [...found.tables, typos.table], readings: [...found.readings, typos.reading] } : found;
}

function readTables(sheet: SheetSnapshot, reader: TableReader): SheetTables {
  const shapes: RowShape[] = [];
  for (let i = 0; i < sheet.values.length; i++) shapes.push(rowShape(sheet, sheet.originRow + i));
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const read = (blocks: HeaderBlock[], limit: (i: number) => number) => {
    const out: { table: Table | null; reading: TableReading }[] = [];
    let titleFrom = sheet.originRow;
    blocks.forEach((block, i) => {
      const end = limit(i);
      out.push(readTable(sheet, reader, shapes, block, end, titleFrom));
      titleFrom = end + 1;
    });
    return out;
  };
  const headed = findHeaders(sheet, reader, shapes);
  const found = read(headed, (i) => (i + 1 < headed.length ? headed[i + 1].top - 1 : lastRow));
  const headedRanges = found.map((f) => rangeRows(f.reading.range));
  const headedRange = (row: number) => headedRanges.some(([a, b]) => row >= a && row <= b);
  // Only tables Concordat checks claim their rows; a left-alone table's totals may still be checked.
  const claimed = found.filter((f) => f.table).map((f) => rangeRows(f.reading.range));
  const covered = (row: number) => claimed.some(([a, b]) => row >= a && row <= b);
  const figures = figureBlocks(sheet, shapes, covered);
  const more = read(figures, (i) => figures[i].end ?? figures[i].bottom);
  const claimedToo = [...claimed, ...more.map((f) => rangeRows(f.reading.range))];
  const grids = gridBlocks(
    sheet,
    shapes,
    (row) => claimedToo.some(([a, b]) => row >= a && row <= b) || headedRange(row),
  );
  const shares = read(grids, (i) => grids[i].end ?? grids[i].bottom).filter((f) => f.table);
  more.push(...shares);
  const claimedThree = [...claimedToo, ...shares.map((f) => rangeRows(f.reading.range))];
  // (A left-alone table whose one header row reads as a line naming who and how it stands,
  // "Healthy Movers | Kirsty Parker | On track", was headed by a line of the list: the list may read it.)
  const lineHeaded = found.filter((f) => !f.table && statusLine(sheet, f.reading.headerRows)).map((f) => f.reading);
  const listRange = (row: number) => headedRange(row) && !lineHeaded.some((r) => withinRows(r, row));
  const lists = listBlocks(
    sheet,
    shapes,
    (row) => claimedThree.some(([a, b]) => row >= a && row <= b) || listRange(row),
  );
  more.push(...read(lists, (i) => lists[i].end ?? lists[i].bottom).filter((f) => f.table));
  // (Charges by council tax band with no heading Concordat knows: "Band A households (6/9) will pay | 74.35".)
  const takenNow = () => {
    const taken = [...claimedThree, ...more.map((f) => rangeRows(f.reading.range))];
    return (row: number) => taken.some(([a, b]) => row >= a && row <= b);
  };
  const bandTables = bandBlocks(sheet, shapes, takenNow());
  more.push(...read(bandTables, (i) => bandTables[i].end ?? bandTables[i].bottom).filter((f) => f.table));
  // (Or across each line: "Parishes of: | A | B | … | H" over each parish's charges.)
  const acrossTables = bandAcrossBlocks(sheet, shapes, takenNow());
  more.push(...read(acrossTables, (i) => acrossTables[i].end ?? acrossTables[i].bottom).filter((f) => f.table));
  // (Figures year by year under headings Concordat does not know: "| £ million | Percentage change".)
  const yearTables = yearBlocks(sheet, shapes, takenNow());
  more.push(...read(yearTables, (i) => yearTables[i].end ?? yearTables[i].bottom).filter((f) => f.table));
  // (A list of figures with no total, one typed with a letter for a digit: "Aberconwy | l58".)
  const garbledTables = garbledBlocks(sheet, shapes, takenNow());
  // (Read only for its figures: a list Concordat knows no more of is no plan or tracker.)
  more.push(
    ...read(garbledTables, (i) => garbledTables[i].end ?? garbledTables[i].bottom).filter(
      (f) => f.table?.kind === 'figures',
    ),
  );
  const all = [...found.filter((f) => f.table || !more.some((m) => overlaps(m.reading, f.reading))), ...more];
  // No table read at all: a header of columns of money by their unit ("Budget 2003-2004 £ | To Date
  // 30.9.2003 £ | Unspent Budget £") over lines with no total may head one.
  if (!all.some((f) => f.table)) {
    const money = findHeaders(sheet, reader, shapes, { moneyHeads: true });
    const byMoney = read(money, (k) => (k + 1 < money.length ? money[k + 1].top - 1 : lastRow));
    // (Three lines at least: two are too few to show a header by its units alone.)
    const lines = (t: Table | null) => (t ? t.rows.filter((r) => r.kind === 'item').length : 0);
    if (byMoney.some((f) => lines(f.table) >= MONEY_LINES)) all.splice(0, all.length, ...byMoney);
  }
  // The last meeting's actions taken up a line each under a minute of their own ("20/128 | Action
  // points from November") are read so, over any table read across those lines.
  const followed = followedUpActions(sheet);
  if (followed) readInstead(all, followed);
  // "Agenda Item | | Action By" read as a plan whose owners are mostly blank: minutes kept in a table,
  // most recording discussion, are read as minutes, the few naming who acts the actions.
  const minutesRead = all.some((f) => f.table && discussedMostly(f.table)) ? actionColumnMinutes(sheet) : null;
  if (minutesRead) readInstead(all, minutesRead);
  // ("No. | Minute | Action" whose Action cells each read "ACTION – CD/GH – Send email …": who acts
  // is in the marked words, read as minutes with actions written into them.)
  const markedRead = all.some((f) => f.table && actionsMarked(f.table)) ? inlineActionMinutes(sheet) : null;
  if (markedRead) readInstead(all, markedRead);
  // ("Chq No | Reason | VAT | Total" among minutes with "Action: PG/AT" lines: a table of figures
  // inside a meeting's record, whose marked actions are read beside it where they stand apart.)
  const checked = all.filter((f) => f.table);
  if (checked.length > 0 && checked.every((f) => f.table?.kind === 'figures')) {
    const minutes = inlineActionMinutes(sheet);
    if (minutes && !all.some((f) => overlaps(f.reading, minutes.reading))) all.push(minutes);
  }
  // ("1. | Convener's opening remarks", "2.", "2.", "4." in minutes kept in a table, only a line
  // or two of them asking anything: the numbers of the minutes that ask nothing are checked too.)
  for (const f of [...all]) {
    const numbers = f.table ? numbersBesideItems(sheet, f.table, rangeRows(f.reading.range)[1]) : null;
    if (numbers) all.push(numberedList(sheet, numbers.column, numbers.rows, MINUTES_BESIDE_ACTIONS));
  }
  // No table in rows and columns: the items may be printed as records, a line a field, or as minutes.
  // (Not where a table was read and found to be a meeting's agenda: its items are the business.)
  if (!all.some((f) => f.table) && !all.some((f) => f.reading.kindReason.startsWith(AGENDA_REASON))) {
    const lines =
      recordTable(sheet, reader) ??
      actionPointsSummary(sheet) ??
      minutesTable(sheet) ??
      actionColumnMinutes(sheet) ??
      actionCellMinutes(sheet) ??
      inlineActionMinutes(sheet) ??
      initialsActionMinutes(sheet) ??
      referencedActionMinutes(sheet) ??
      namedActionLines(sheet) ??
      actionCellMinutes(sheet, true) ??
      arisingMinutes(sheet) ??
      askedActionMinutes(sheet) ??
      statedAwards(sheet) ??
      statedShares(sheet) ??
      statedSumLines(sheet) ??
      sharedTaskLines(sheet) ??
      askedActionMinutes(sheet, true);
    // ("342.9 | Recreational Facility Sub Committee Minutes | Adopted", then "342.9" again and
    // "342.11": a numbered list read for nothing else, or read for its actions alone, still has
    // its numbering checked.)
    const numbered: { column: number; rows: number[]; numbers?: ReadonlyMap<number, string> } | null = lines?.table
      .columns.id
      ? null
      : (slippedNumbering(sheet) ?? slippedNumberingInProse(sheet));
    const list =
      numbered &&
      numberedList(sheet, numbered.column, numbered.rows, lines ? MINUTES_BESIDE_ACTIONS : undefined, numbered.numbers);
    if (lines)
      return {
        tables: [lines.table, ...(list ? [list.table] : [])],
        readings: [lines.reading, ...(list ? [list.reading] : [])],
      };
    if (list) {
      return { tables: [list.table], readings: [...all.map((f) => f.reading), list.reading] };
    }
  }
  // (Sentences around the tables stating sums of their own figures, "… – giving a cash saving of
  // £482,000": read apart, where they stand clear of every table.)
  // (With no table at all, the sheet was read for them above.)
  const tableRows = all.filter((f) => f.table).map((f) => rangeRows(f.reading.range));
  const inWords =
    tableRows.length > 0 ? statedSumLines(sheet, (row) => tableRows.some(([a, b]) => row >= a && row <= b)) : null;
  if (inWords && !all.some((f) => f.table && overlaps(f.reading, inWords.reading))) all.push(inWords);
  all.sort((a, b) => a.reading.headerRows[0] - b.reading.headerRows[0]);
  return {
    tables: all.filter((f) => f.table).map((f) => f.table as Table),
    readings: all.map((f) => f.reading),
  };
}

const MINUTES_BESIDE_ACTIONS = "the minutes' own numbers, read beside their actions";

/**
 * The numbered lines of a table that are none of its items or records (minutes taken for headings
 * over the few that ask something), in its reference column, where their numbering slips: the
 * column and their rows, or null.
 */
function numbersBesideItems(
  sheet: SheetSnapshot,
  table: Table,
  bottom: number,
): { column: number; rows: number[] } | null {
  const id = table.columns.id;
  if (!id) return null;
  // (Items and the records kept beside them have their references checked with the table's.)
  const items = new Set([
    ...table.rows.filter((r) => r.kind === 'item').map((r) => r.row),
    ...(table.recordRows ?? []),
  ]);
  const top = table.headerRow + 1;
  // (The sheet as if it held only those lines, each from its reference on.)
  const values = sheet.values.map((cells, i) => {
    const row = sheet.originRow + i;
    return row < top || row > bottom || items.has(row) ? [] : cells.slice(id.column - sheet.originCol);
  });
  const numbered = slippedNumbering({ originRow: sheet.originRow, originCol: id.column, values });
  return numbered && numbered.column === id.column ? numbered : null;
}

/** `found` read over its rows in place of any table read across them. */
function readInstead(
  all: { table: Table | null; reading: TableReading }[],
  found: { table: Table; reading: TableReading },
): void {
  const [top, bottom] = rangeRows(found.reading.range);
  const apart = all.filter((f) => {
    const [a, b] = rangeRows(f.reading.range);
    return b < top || a > bottom;
  });
  all.splice(0, all.length, ...apart, found);
}

/** "Minute", "Minutes": a column of a meeting's record, what was said and resolved. */
const MINUTE_HEADING = /^minutes?$/i;

/**
 * A plan read with an owner column headed as minutes head theirs ("Action By") and nothing else
 * asked of its lines (no action, date or status column), the owner blank on most lines, or on any
 * where a column beside it is headed "Minute" ("Subject | Minute | Action": the record kept in a
 * table, whose blank action cells record no action).
 */
function discussedMostly(table: Table): boolean {
  const owner = table.columns.owner;
  if (!owner || !ACTION_HEADING.test(plainHeading(owner.header))) return false;
  if (table.columns.action || table.columns.deadline || table.columns.status) return false;
  const items = table.rows.filter((r) => r.kind === 'item');
  const blank = items.filter((r) => textAt(table.sheet, r.row, owner.column).trim() === '').length;
  const columns = Array.from({ length: table.lastColumn - table.firstColumn + 1 }, (_, k) => table.firstColumn + k);
  const minuted = columns.some((c) => MINUTE_HEADING.test(plainHeading(headerOf(table, c))));
  return items.length > 0 && blank >= (minuted ? 1 : MOSTLY_NONE * items.length);
}

/**
 * A table with no owner column whose action column holds, on most of its filled cells, an action
 * mark and who acts ("ACTION – Accountants – To forward …"): minutes with actions written in.
 */
function actionsMarked(table: Table): boolean {
  const action = table.columns.action;
  if (!action || table.columns.owner || table.headingOwners) return false;
  const cells = table.rows
    .filter((r) => r.kind === 'item')
    .map((r) => textAt(table.sheet, r.row, action.column))
    .filter((t) => t !== '');
  const marked = cells.filter((t) => /^\s*actions?\b/i.test(t) && inlineActionWho(t) !== null);
  return marked.length >= 2 && marked.length * 2 > cells.length;
}

/** A numbered list read for its numbering alone: each numbered line a record, its number the reference. */
function numberedList(
  sheet: SheetSnapshot,
  column: number,
  rows: number[],
  kindReason = 'a numbered list Concordat does not otherwise read: only its numbering is checked',
  numbers?: ReadonlyMap<number, string>,
): { table: Table; reading: TableReading } {
  const lastCol = lastColumnOf(sheet);
  return lineItemsTable(sheet, {
    headerRow: rows[0] - 1,
    firstColumn: column,
    lastColumn: lastCol,
    lastRow: rows[rows.length - 1],
    columns: { id: { column, header: '' } },
    items: new Map(),
    kindReason,
    columnReadings: [columnNote(column, '', 'id', numbers ? 'the number opening each line' : "each line's number")],
    skippedRows: [],
    recordRows: rows,
    ...(numbers ? { fieldTexts: new Map([['id', numbers]]) } : {}),
  });
}

/** A single header row holding a person's name in full and a status word: a line of a list, not a header. */
function statusLine(sheet: SheetSnapshot, [top, bottom]: [number, number]): boolean {
  if (top !== bottom) return false;
  const width = sheet.values[top - sheet.originRow]?.length ?? 0;
  let status = false;
  let person = false;
  for (let c = sheet.originCol; c < sheet.originCol + width; c++) {
    const text = textAt(sheet, top, c);
    const type = cellType(text, null);
    status ||= type === 'status';
    person ||= type === 'person' && FULL_NAME.test(text);
  }
  return status && person;
}

function withinRows(reading: TableReading, row: number): boolean {
  const [a, b] = rangeRows(reading.range);
  return row >= a && row <= b;
}

function overlaps(a: TableReading, b: TableReading): boolean {
  const [a1r, a2r] = rangeRows(a.range);
  const [b1r, b2r] = rangeRows(b.range);
  return a1r <= b2r && b1r <= a2r;
}
