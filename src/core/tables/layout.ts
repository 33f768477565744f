/**
 * Where tables sit on a sheet: header rows (stacked up to four deep, under titles), the rows that
 * belong to each table, and what each body row is — an item, a total, a section heading, a note
 * or a key. One pass over the rows; only rows after a break are tried as a new table's header.
 */
import type { CellValue, SheetSnapshot } from '../snapshot';
import { isCellError } from '../snapshot';
import type { SkippedRowReason } from '../reading';
import { cellAt, formatAt } from './types';
import { groupAreasOn, namesAGroup } from './merges';
import { memoByText } from '../parse/memo';
import { CUT_AT_COMMA, MISTYPED_FIGURE } from '../parse/money';
import { trimEndChars } from '../parse/text';
import { ACTION_OPENING } from './records';

/** The first rows of a sheet, where titles and notes sit above the first table. */
export const HEADER_SEARCH_ROWS = 40;
/** A stacked header has at most this many rows. */
export const MAX_HEADER_ROWS = 4;

export interface RowShape {
  row: number;
  filled: number;
  texts: number;
  numbers: number;
  firstCol: number;
  lastCol: number;
  longest: number;
}

/**
 * 2024 in a cell: a year, as a header or label names it — unless the cell is formatted as money or
 * with a thousands separator ("£2,100" under a parish's donations is no year).
 */
function isYearNumber(v: number, format: string | null | undefined): boolean {
  return Number.isInteger(v) && v >= 1990 && v <= 2100 && !/[£$€,%]/.test(format ?? '');
}

/** A lone dash stands for nil or not applicable: a placeholder, not a label (as in cell evidence). */
function isFilled(v: CellValue): boolean {
  return v !== null && !(typeof v === 'string' && /^\s*[-–—]?\s*$/.test(v));
}

/**
 * "£45k", "£1,500k", "(£2.3m)", "£12,000", and "12,000" or "(1,250.5)" with its thousands separated:
 * a figure typed as text (pasted from a PDF or a web page) is a figure in the row. ("£000", and
 * "£0001" with a note's mark run on, are units: no sum is written with a nought before its digits.)
 */
export const MONEY_TEXT =
  /^\s*[(\-–]?\s*(?:£\s*(?!0\d)\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?)\s*\)?\s*$/i;

/** "£850`": a sum with a stray mark struck after it, a figure in its row all the same. */
const MARKED_MONEY = /^\s*£\s*\d[\d,]*(?:\.\d+)?\s*[`'’´]\s*$/;

/** "25.76%", "(3.5%)": a share or rate typed as text is a figure in the row too. */
const PERCENT_TEXT = /^\s*[(\-–]?\s*\d{1,3}(?:\.\d+)?\s*%\s*\)?\s*$/;

export function rowShape(sheet: SheetSnapshot, row: number): RowShape {
  const cells = sheet.values[row - sheet.originRow] ?? [];
  const shape: RowShape = { row, filled: 0, texts: 0, numbers: 0, firstCol: 0, lastCol: 0, longest: 0 };
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (!isFilled(v)) continue;
    const col = sheet.originCol + i;
    shape.filled += 1;
    if (!shape.firstCol) shape.firstCol = col;
    shape.lastCol = col;
    if (
      typeof v === 'string' &&
      (MONEY_TEXT.test(v) ||
        PERCENT_TEXT.test(v) ||
        FAILED_FIGURE.test(v) ||
        FOOTNOTED_FIGURE.test(v) ||
        MARKED_MONEY.test(v) ||
        MISTYPED_FIGURE.test(v) ||
        CUT_AT_COMMA.test(v.trim()) ||
        // ("21.3 49" is a figure broken; "2019 2020" two years, "13.09.2023 08.11.2023" two dates.)
        (BROKEN_FIGURE.test(v) && /[.,]/.test(v) && !DOTTED_DATE.test(v)))
    )
      shape.numbers += 1;
    else if (typeof v === 'string') {
      shape.texts += 1;
      shape.longest = Math.max(shape.longest, v.trim().length);
    } else if (
      typeof v === 'number' &&
      (!isYearNumber(v, sheet.numberFormats?.[row - sheet.originRow]?.[i]) || underFigures(sheet, row, i))
    )
      shape.numbers += 1;
    // An Excel error is a formula's result that failed: in a table, where a figure was to be (as is
    // "£nanm" above, a web page's figure that failed: "not a number" in its unit).
    else if (isCellError(v)) shape.numbers += 1;
    else shape.texts += 1;
  }
  return shape;
}

/** Rows up a column a year-like figure looks through for the figures it runs on from. */
const FIGURES_ABOVE = 3;

/**
 * "2000" under 850, 1,000 and 1,500 in a grants list: a sum like the ones above it, not a year.
 * (A year heads its figures; it does not follow them down a column.)
 */
function underFigures(sheet: SheetSnapshot, row: number, index: number): boolean {
  for (let k = 1; k <= FIGURES_ABOVE; k++) {
    const r = row - k - sheet.originRow;
    const v = r >= 0 ? sheet.values[r]?.[index] : null;
    if (typeof v !== 'number') return false;
    if (!isYearNumber(v, sheet.numberFormats?.[r]?.[index])) return true;
  }
  return false;
}

/** "518.887§", "†25.2": a figure with a footnote's mark before or after it. */
export const FOOTNOTED_FIGURE = /^\s*(?:[*†‡§¶#]{1,2}\s*-?\d[\d,]*(?:\.\d+)?|-?\d[\d,]*(?:\.\d+)?\s*[*†‡§¶#]{1,2})\s*$/;

/** "13.09.2023": a date written with full stops. */
const DOTTED_DATE = /\d{1,2}\.\d{1,2}\.\d{2,4}/;

/**
 * "35 .606", "22.5 47": digits broken by a space, as a scan or a typist leaves a figure (not
 * "2 293 347", thousands set apart by spaces).
 */
export const BROKEN_FIGURE = /^\s*£?\s*(?!\d{1,3}(?:\s\d{3})+(?:\.\d+)?\s*$)\d[\d,.]*(?:\s+[.,]?\d[\d,.]*)+\s*$/;

/** "NaN", "£nanm", "£NaNk": a figure that failed to compute, printed in its place (not "Nan", a name). */
const FAILED_FIGURE = /^\s*(?:£\s*[Nn]a[Nn]\s*(?:k|m|bn)?|NaN)\s*$/;

/** Could this row be (part of) a header: several short labels and next to no figures. */
export function headerLike(s: RowShape): boolean {
  return s.filled >= 1 && s.numbers === 0 && s.longest <= 160;
}

// ("Sum of total funding", "Sum total": the lines' sum, named as such.)
const TOTAL_LABEL =
  /^\s*(?:grand\s+total|net\s+total|overall\s+total|sub[\s-]?total|total|totals|sum\s+(?:of\s+(?:the\s+)?)?totals?)\b|\btotals?\s*$|\btotals?\s+(?:for|of)\b|^(?:(?!\b(?:of|per|as|in)\s+(?:the\s+)?total\b).)*\b(?:'s|s')\s+total\b/i;
/**
 * "Net service operating costs", "Net finance costs", "Net expenditure", "Net budget before use of
 * reserves", "Net requirement" (a parish's budget), "Budget requirement" (a fire authority's):
 * gross less income, a subtotal of the lines above.
 */
const NET_LABEL =
  /^\s*(?:net|gross)\s+(?:(?:service|revenue|operating|general fund|additional|overall|annual|direct|controllable|recurring|in-year|finance|financing|interest|capital|staff|staffing|employee|premises|property|transport|supplies|trading|treasury|housing|programme|project)\s+)*(?:(?:costs?|expenditure|spend|spending|income|precept|resources|resource\s+budget)(?:\s+(?:on|of|for)\s+[a-z][a-z &',-]{0,40})?|budget\s+(?:before|after)\s+(?:the\s+)?(?:use\s+of\s+)?reserves)\s*(?:[/(][^/()]{0,40}\)?\s*)?$|^\s*(?:net\s+(?:revenue\s+)?(?:budget\s+)?|(?:revenue\s+)?budget\s+)requirement\s*$/i;
const SUBTOTAL_LABEL = /^\s*sub[\s-]?total|\bsub[\s-]?total\s*$|^\s*(?:net|gross)\s/i;
/**
 * "Funding Gap (before Reserves)", "Cumulative budget gap": the spending less the resources above
 * it (resources printed negative, or positive and taken off), a subtotal a plan goes on from.
 */
const GAP_LABEL =
  /^\s*(?:(?:cumulative|annual|estimated|forecast|projected|remaining|draft|revised|current|overall)\s+)*(?:funding|budget|budgetary|financial)\s+gap\b\s*(?:(?:for|in)\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\s*)?(?:\([^()]{0,40}\))?\s*$/i;

export function isGapLine(text: string): boolean {
  return GAP_LABEL.test(text);
}

/**
 * A heading as printed again further down: case, footnote marks and a closing colon (which the
 * first printing may carry) set aside. Remembered by text: every body row's cells are compared with their heading.
 */
export const plainHeading = memoByText((text: string): string =>
  trimEndChars(text.toLowerCase().replace(/[*†‡¹²³⁴⁵⁶⁷⁸⁹]+/g, ''), ' \t\n\r:').trim(),
);

/**
 * Whether a last line's label restates the label column's heading, both as plainHeading gives them:
 * the same words, or one the other's opening words ("Net decrease in budget" under "Net decrease in
 * budget during the last quarter"; "Public Sector Housing (HRA) favourable variance" under "Public
 * Sector Housing (HRA)"), two words at least in the shorter ("Service" under "Service area" is one service).
 */
export function restatesHeading(label: string, heading: string): boolean {
  const [short, long] = label.length <= heading.length ? [label, heading] : [heading, label];
  if (short.split(' ').length < 2) return false;
  return short === long || long.startsWith(`${short} `);
}

/** The shortest heading a total may be named by ("by ward"). */
const BY_HEADING_CHARS = 4;

/**
 * A last line named by the label column's heading, as restatesHeading finds, or as the lines summed
 * by it: "Costs by Council Area" under the council areas headed "Council Area".
 */
export function totalNamedByHeading(label: string, heading: string): boolean {
  const by = / by (.+)$/.exec(label);
  return restatesHeading(label, heading) || (by !== null && by[1] === heading && heading.length >= BY_HEADING_CHARS);
}

/** "(A + B)", "(A+B-C)", "= (A) - (B)" ending a label: a sum of lettered lines, two letters at least. */
const LETTERED_SUM = /(?:\(|=\s*)((?:\(?[A-Z]\)?\s*[+\-–]\s*)+\(?[A-Z]\)?)\)?\s*$/;

/** The letters a label's sum names, each added (1) or taken off (-1); null where it names none. */
export function letteredTerms(label: string): { sign: 1 | -1; letter: string }[] | null {
  const formula = LETTERED_SUM.exec(label);
  if (!formula) return null;
  return [...formula[1].matchAll(/([+\-–]?)\s*\(?([A-Z])\)?/g)].map(([, sign, letter]) => ({
    sign: sign === '' || sign === '+' ? 1 : -1,
    letter,
  }));
}

/** "Sub-total (A)", "Net VAT (B)", "(C) Total income": the line marked with that letter. */
export function markedWith(label: string, letter: string): boolean {
  return new RegExp(`(?:^|\\s)\\(${letter}\\)(?:\\s|$)`).test(label) && !LETTERED_SUM.test(label);
}

/**
 * "Remaining amount to collect as Council Tax", "Amount to be met from Council Tax", "Council Tax
 * Requirement", "Balance to be funded by Local Charge Payers": the spending less the grants above
 * it, the bottom line of a budget statement.
 */
const TAX_TO_RAISE =
  /^\s*(?:(?:total\s+)?(?:remaining\s+)?(?:amount|sum|balance)\s+(?:to\s+(?:be\s+)?)?(?:collect(?:ed)?|raised?|met|funded)\s+(?:as|from|by|through)\s+(?:the\s+)?(?:council\s+tax(?:\s*payers)?|(?:local\s+)?charge\s*payers)|council\s+tax\s+requirement)\s*$/i;

/**
 * "Council Tax Requirement", "Amount to be met from Council Tax", "Total amount to be met from
 * Council Tax": the tax a budget statement ends in.
 */
export function raisesTax(text: string): boolean {
  return text.length <= 80 && TAX_TO_RAISE.test(text);
}

/** Every way TOTAL_LABEL reads a total has the word in it; most labels fail here, before its slow last part. */
const MENTIONS_TOTAL = /total/i;
/**
 * "Totalincoming", "TotalExpenditure", "Totaldeductiblecosts": "Total" run into the words after it
 * (a scan's copy loses its spaces); "Totally", "Totalling", "Totals" are words of their own.
 */
const GLUED_TOTAL = /^(\s*total)(?!(?:ly|ling|led|s|ity|ities|ised|ized)\b)(?=[a-z]{3})/i;
/** "(i) ", "(a) ": the mark of the first line of a list, which adds up no lines above it. */
const FIRST_OF_LIST = /^\s*\((?:i|a)\)\s/i;

/**
 * A column's heading that names a total, its unit and year set aside: "Estimated Total £'000",
 * "Total (£m)", "ESTIMATED YEAR TOTAL 2013 - 2014 £".
 */
export function headsTotalColumn(header: string): boolean {
  const bare = header
    .replace(/[\s(]*(?:£\s*(?:['\u2019]?\s*0{3}'?s?|k|m|bn)?|'?0{3}s?)\)?\s*$/i, '')
    .replace(/\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\s*$/, '')
    // ("31.12.22 Total funds £", "2023 Total funds": the day or year a charity's accounts are at,
    // over the words that head the column. Not a financial year: "2006/07 Total Programme" is that
    // year's whole programme, one year among others.)
    .replace(/^\s*(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|(?:19|20)\d\d)\s+/, '');
  return isTotalLabel(bare) || spansYears(header);
}

/** "2001-02 to 2010-11": a total of the years before it, never of columns after it ("2013 to 2016" first is a period). */
export function spansYears(header: string): boolean {
  return YEARS_SPANNED.test(header);
}

/**
 * "2024/25 to 2029/30" after "2020/21 | 2021/22 | … | 2023/24": years after all those before it,
 * a period of its own that a "Total" after it adds in, not their total.
 */
export function spansLaterYears(header: string, before: readonly string[]): boolean {
  if (!spansYears(header)) return false;
  const first = Number(/(?:19|20)\d\d/.exec(header)?.[0]);
  const earlier = before.flatMap((h) => [...h.matchAll(/(?:19|20)\d\d/g)].map((m) => Number(m[0])));
  return earlier.length > 0 && earlier.every((year) => year < first);
}

/** "2001-02 to 2010-11", "2016/17 – 2019/20", "2011 to 2015": the years before it, taken together. */
const YEARS_SPANNED =
  /^\s*(?:(?:19|20)\d\d\s*[-/]\s*\d{2}\s*(?:to|–)\s*(?:19|20)\d\d\s*[-/]\s*\d{2}|(?:19|20)\d\d\s+to\s+(?:19|20)\d\d)\s*$/i;

/** "Total5,6", "Total3": a footnote's number typed straight after the last word of a label. */
const GLUED_FOOTNOTE = /(?<=[a-z])\d{1,2}(?:\s*,\s*\d{1,2})*\s*$/i;

/** "Total", "Grand total", "Sub-total", "Total directorate savings", "Somerset Waste Partnership Total". */
export function isTotalLabel(raw: string): boolean {
  // ("Totalincoming", "TotalExpenditure": a scan's copy runs the words together.)
  const text = raw.replace(GLUED_FOOTNOTE, '').replace(GLUED_TOTAL, '$1 ');
  // ("(i) In total" over "(ii) Per person": the first of the measures a list gives, none of them added.)
  if (FIRST_OF_LIST.test(text)) return false;
  return (
    (text.length <= 80 &&
      ((MENTIONS_TOTAL.test(text) && TOTAL_LABEL.test(text) && !ACCOUNTS_LINE.test(text)) ||
        NET_LABEL.test(text) ||
        TAX_TO_RAISE.test(text) ||
        OVERALL_LABEL.test(text) ||
        ALL_OF_LABEL.test(text))) ||
    isSurplusLine(text)
  );
}

/**
 * "DEFICIT / (SURPLUS)", "(Surplus)/Deficit for the year", "Net deficit", "Operating surplus",
 * "Deficit before CIPs", "Revised surplus/(deficit) after tax": the bottom line of an account,
 * spending and income netted, a total of the lines above it.
 */
const SURPLUS_LABEL =
  /^\s*(?:(?:revised|adjusted|projected|forecast)\s+)?(?:net\s+|operating\s+)?\(?(?:surplus|deficit|deficiency)\)?(?:\s*\/\s*\(?(?:surplus|deficit|deficiency)\)?)?(?:\s+for\s+the\s+(?:year|period))?(?:\s+(?:before|after)\s+[a-z][a-z',& ]{0,80}|\s+from\s+continuing\s+operations)?\s*$/i;

/** An account's bottom line ("Operating surplus before interest …"): income less the spending above it. */
export function isSurplusLine(text: string): boolean {
  return text.length <= 120 && SURPLUS_LABEL.test(text);
}

/** "All Services", "ALL REGIONS", "All authorities": every one of the lines above, so their total. */
/** "Overall spend", "Overall net expenditure": the whole of the lines above, named without "total". */
const OVERALL_LABEL =
  /^\s*overall\s*$|^\s*overall\s+(?:net\s+|gross\s+)?(?:spend|spending|expenditure|costs?|budget|income|funding|savings?|position)\s*$|^\s*(?:(?:overall|net|financial)\s+)?position\s+(?:before|after)\s+(?:transfers?|reserves?|contributions?|adjustments?|use\s+of\s+reserves)\b[^.]{0,40}$/i;
const ALL_OF_LABEL = /^\s*all\s+(?!other\b|others\b|the\b)[a-z]+s\s*$/i;

/**
 * "Balance Brought Forward", "Opening balance", "Balance b/f", "Initial Target", "Stock at 1st April":
 * where a statement of movements starts ("Totalfundsbroughtforward", a scan's words run together).
 */
const OPENING_BALANCE =
  /brought\s*fo\w{0,2}ard\b|\b(?:b\/f(?:wd)?|opening\s+balances?|at\s+1(?:st)?\s+april)\b|^\s*(?:original|initial)\s+(?:budget|target|estimate|allocation)s?\b/i;
/** "Balance Remaining", "Closing balance", "Balance carried forward", "Revised Target", "Stock at 31st March": where it ends. */
const CLOSING_BALANCE =
  /carried\s*fo\w{0,2}ard\b|\b(?:c\/f(?:wd)?|closing\s+balances?|at\s+31(?:st)?\s+march)\b|\b(?:balances?\s+remaining|remaining\s+balances?|uncommitted\s+balances?)\b|^\s*(?:revised|amended|updated)\s+(?:budget|target|estimate|allocation)s?\b/i;
/** "Budget approved as at 30 November 2019", "Balance as at 31 March 2024": a balance on a date. */
const AS_AT_DATE =
  /\bas\s+at\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b/i;

/** A balance on a date: the first such line opens a statement of movements, a later one closes it. */
export function isAsAtLine(label: string): boolean {
  return label.length <= 80 && AS_AT_DATE.test(label);
}

export function isOpeningBalance(label: string): boolean {
  return label.length <= 80 && OPENING_BALANCE.test(label);
}

export function isClosingBalance(label: string): boolean {
  // ("Closing balance per cash book [receipts and payments book] as at 31 March (must equal net
  // balances above)": a label with its asides, no longer for them.)
  const bare = label.replace(/\s*[([][^)\]]*[)\]]/g, '');
  return bare.length <= 80 && CLOSING_BALANCE.test(bare);
}

/** "Gross Direct Costs", "Net Expenditure": a net or gross line named without the word "total". */
export function isNetLine(text: string): boolean {
  return text.length <= 80 && NET_LABEL.test(text) && !MENTIONS_TOTAL.test(text);
}

/**
 * "Total Comprehensive Income and Expenditure": the name of one line of a council's accounts,
 * carried into its movement in reserves as a single figure, not a total of the lines above it.
 */
const ACCOUNTS_LINE = /^\s*total\s+comprehensive\s+(?:income|expenditure)\b/i;
/**
 * The nations and the Kingdom: the whole a table of councils or authorities is a part of; and
 * "Whole District" under its parishes.
 */
const WHOLE_AREA =
  /^(?:(?:all\s+)?(?:scotland|wales|england|england\s+(?:and|&)\s+wales|great\s+britain|united\s+kingdom|uk|northern\s+ireland)(?:\s+total)?|whole\s+(?:district|borough|county|city|authority|council(?:\s+area)?)|all\s+(?:local\s+)?(?:authorities|councils|boroughs|districts|counties|forces|boards))\s*:?$/i;

/**
 * "Wales", "Scotland total", "United Kingdom", "All Local Authorities:", "ENGLAND (Total 14
 * Regions)‡": the whole a table's lines are parts of (what it totals in brackets and footnote marks
 * aside). "England (5)" is not: its note says what more it takes in.
 */
export function namesWholeArea(label: string): boolean {
  return WHOLE_AREA.test(
    label
      .replace(/\s*\(\s*total\b[^()]{0,40}\)/gi, '')
      .replace(/[*†‡§¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
      .trim(),
  );
}

/**
 * "Scotland" on the last line of figures under Scotland's councils, "Wales" under the Welsh fire
 * authorities: the whole the lines are parts of, so their total, though no word says so. Only on
 * the last line of figures (a break or words follow), under a line of figures that is not a nation.
 */
export function isWholeAreaTotal(sheet: SheetSnapshot, shapes: readonly RowShape[], row: number): boolean {
  const at = row - sheet.originRow;
  const here = shapes[at];
  const above = shapes[at - 1];
  const below = shapes[at + 1];
  if (!here || here.numbers === 0 || !above || above.numbers === 0 || (below && below.numbers > 0)) return false;
  const label = (s: RowShape) => textAt(sheet, s.row, s.firstCol);
  return namesWholeArea(label(here)) && !namesWholeArea(label(above)) && !aboveSelection(sheet, shapes, row);
}

/** A whole area's figure this many times the sum of the lines above it: they are a selection from it. */
const SELECTION_RATIO = 2;

/**
 * "England" under Waltham Forest, Redbridge and London boroughs: the lines above are a selection
 * from the whole area, not all its parts, where its first figure is more than twice theirs.
 */
function aboveSelection(sheet: SheetSnapshot, shapes: readonly RowShape[], row: number): boolean {
  const here = shapes[row - sheet.originRow];
  for (let c = here.firstCol; c <= here.lastCol; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v !== 'number' || v <= 0) continue;
    let sum = 0;
    for (let r = row - 1; r >= sheet.originRow && (shapes[r - sheet.originRow]?.numbers ?? 0) > 0; r--) {
      const x = cellAt(sheet, r, c);
      if (typeof x === 'number') sum += x;
    }
    return sum > 0 && v > SELECTION_RATIO * sum;
  }
  return false;
}

/**
 * "Key", "Key:", "Key to ratings", "RAG key", "RAG Assessment Key:", "R = off track … A = …"; not
 * "Key strategic contracts to be identified".
 */
const KEY_TEXT =
  /^\s*(?:key|legend|(?:rag|status|colour|color)(?:\s+(?:assessment|rating|ratings|status|scoring))?\s+key)\s*(?:[:.–-]|\bto\b|\bof\b|\(|$)|^\s*[RAGB]\s*[=:–-]\s*\w+.*\b[AG]\s*[=:–-]/i;
/** A line that opens or gives a key to the table's codes. */
export function isKeyLine(text: string): boolean {
  return KEY_TEXT.test(text);
}

/** "Helpful Hints to Complete the Action Plan Template", "Guidance notes:", "How to complete this form". */
const GUIDANCE_HEADING =
  /^\s*(?:helpful\s+hints|hints\s+(?:on|for)\b|guidance(?:\s+notes?)?\s*(?:[:.–-]|\b(?:on|for)\b|$)|how\s+to\s+(?:complete|fill\s+in|use)\b|notes?\s+(?:on|for)\s+complet|instructions?\s*(?:[:.–-]|\b(?:on|for)\b|$))/i;

/** A heading over a template's guidance on filling it in: what follows explains the table, it holds no items. */
export function isGuidanceHeading(text: string): boolean {
  return GUIDANCE_HEADING.test(text);
}

/** "Green - No issues." | "Amber Project Board can handle any issues." | "Red …": a colour key across a row. */
const COLOUR_MEANING = /^\s*(red|amber|green|blue|black|grey|gray)\b[\s:=–-]*\S/i;

function isColourKey(texts: readonly string[]): boolean {
  const colours = texts.map((t) => COLOUR_MEANING.exec(t)?.[1].toLowerCase());
  return texts.length >= 2 && colours.every((c) => c !== undefined) && new Set(colours).size === colours.length;
}

const NOTE_TEXT =
  /^\s*(?:notes?\b|n\.?b\.?\b|source\b|please note|figures\b|\*|†|‡|\(\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*\]|\d{1,2}[.)]\s+[A-Z]|[a-z]\)\s)/i;

/** "Target 2:", "Objective 1 -", "Policy 1:", "Aim G1 :" opening a line on its own: what the lines below serve. */
const NAMED_HEADING =
  /^\s*(?:targets?|objectives?|priority|priorities|themes?|aims?|outcomes?|goals?|workstreams?|strands?|sections?|parts?|polic(?:y|ies))\s+(?:[a-z]{1,3})?\d{1,2}[a-z]?\s*[:.–-]/i;

/** "003 Addressing the outstanding issues …": an objective numbered as a system exports it, over its actions. */
const CODED_HEADING = /^\s*0\d\d\s+[A-Z]/;

/** "TARGET 2: …", "003 Addressing …": a heading by its own words, whatever stands around it. */
export function isNumberedSection(text: string): boolean {
  return NAMED_HEADING.test(text) || CODED_HEADING.test(text);
}

/** "2.0", "3.0.": a section's number in an outline whose items are 2.1, 2.2 … */
export const SECTION_NUMBER = /^\s*\d{1,2}\.0\.?\s*$/;

/** "1.1 Encourage …", "2.3. Target …": a number placing the line in an outline, then its words. */
const OUTLINE_NUMBER = /^\s*\d{1,2}\.\d{1,2}\.?\s+[A-Z]/;

/** A line numbered "3." or "3)" and the words after it. */
const NUMBERED_HEADING = /^\s*\d{1,2}[.)]\s*([A-Z][\s\S]*)$/;

/** "3. Adult Services", "2.Childrens Services": a numbered heading, its words no sentence. */
export function isNumberedHeading(text: string): boolean {
  const numbered = NUMBERED_HEADING.exec(text);
  return numbered !== null && numbered[1].length <= 60 && !/[.;:]\s*\S/.test(numbered[1]);
}

/** "1", "3.2.", "R4", "IA-23/04": a line's number or reference, not its name. */
export const LINE_REFERENCE = /^\s*[A-Z]{0,4}[.-]?\d+[\w./-]*\s*$/i;

/** Words after a line's figures longer than this are a comment on the line. */
const COMMENT_CHARS = 40;

/** The first few texts of a row, where a row's label sits. */
function leadTexts(sheet: SheetSnapshot, row: number, firstCol: number, lastCol: number): string[] {
  const out: string[] = [];
  for (let c = firstCol; c <= lastCol && out.length < 3; c++) {
    const v = cellAt(sheet, row, c);
    // ("Carried forward | 1,213 | Total amount held in reserve …": a sentence after the line's label
    // and its figures is a comment on it, not its label; "Total" there heads a second column of lines.)
    if (typeof v === 'string' && v.trim()) {
      if (out.at(-1) === '' && out.some((t) => t !== '') && v.trim().length > COMMENT_CHARS) break;
      out.push(v);
    } else if (isFilled(v)) out.push('');
  }
  return out.filter((t) => t !== '');
}

/** A line starting with a bullet mark, as a list of sub-actions prints each. */
const BULLET = /^\s*[\u2022\u00b7\u25aa\u25cf\u2023\u2043\u25e6-]\s*\S/;

export type BodyRowKind = 'item' | 'total' | 'subtotal' | SkippedRowReason;

/**
 * What a body row is. `trailing` says no item follows it in the table (notes sit there);
 * `columns` is how many columns the table has.
 */
export function bodyRowKind(
  sheet: SheetSnapshot,
  shape: RowShape,
  firstCol: number,
  lastCol: number,
  columns: number,
  trailing: boolean,
  /** The last column a row's label may start in: the second with anything in it (spacers skipped). */
  labelReach = firstCol + 1,
): BodyRowKind {
  if (shape.filled === 0) return 'blank';
  const lead = leadTexts(sheet, shape.row, firstCol, lastCol);
  const grouped = namesAGroup(sheet, shape.row, shape.firstCol, lastCol);
  for (const [i, t] of lead.entries()) {
    // ("All Governors" after an action says who does it; only as the row's own label is it every line.)
    if (i > 0 && ALL_OF_LABEL.test(t)) continue;
    // ("Total Unitary Authorities" merged down beside each authority's name: the group they make
    // up, each line an authority's own, not a total.)
    if (i === 0 && grouped) continue;
    // ("Total Funds brought forward": the balance the year opened with, not a sum of the lines above.)
    if (isTotalLabel(t) && isOpeningBalance(t)) return 'item';
    if (isTotalLabel(t)) return SUBTOTAL_LABEL.test(t) && !/^\s*net\s+total/i.test(t) ? 'subtotal' : 'total';
    // (A gap inside a table; it starts none of its own, as the plan goes on below it.)
    if (i === 0 && GAP_LABEL.test(t)) return 'subtotal';
  }
  const first = lead[0] ?? '';
  if (isKeyLine(first) || isColourKey(lead)) return 'key';
  if (isPageFooter(sheet, shape)) return 'note';
  if (shape.filled <= 2 && isGuidanceHeading(first)) return 'note';
  // "Reference: the tracker's own number" under a table explains a column.
  if (trailing && shape.filled <= 2 && /^[^:]{1,40}:\s*$/.test(first)) return 'key';
  // "2.0" alone: the number of an outline's section ("1.0 | Preliminary items"), its title lost.
  // (Typed as text: a figure 2 alone may be a line whose label is lost.)
  const lone = shape.filled === 1 ? cellAt(sheet, shape.row, shape.firstCol) : null;
  if (columns >= 3 && typeof lone === 'string' && SECTION_NUMBER.test(lone)) return 'section heading';
  // (A figure alone, with no words, is a line or a total whose label is lost, not a note.)
  if (shape.filled === 1 && columns >= 3 && shape.numbers === 0) {
    // ("· set targets for achievement" under the sub-actions column: the next sub-action, its
    // owner, date and progress not filled in, not a note under the table.)
    if (trailing && shape.firstCol > firstCol && BULLET.test(first)) return 'item';
    // ("Action – to provide the visit data" under minutes' action lines: one more, its owner blank.)
    if (trailing && shape.firstCol > firstCol && ACTION_OPENING.test(first)) return 'item';
    if (trailing) return 'note';
    // (A line merged across the whole table over lines that fill its columns, as a plan prints a
    // recommendation over the actions answering it: a heading, however long its words.)
    if (groupAreasOn(sheet, shape.row).some(([a, b]) => a <= shape.firstCol && a <= firstCol && b >= lastCol))
      return 'section heading';
    // "3. Adult Services", "2.Childrens Services": a numbered heading, not a numbered footnote.
    if (isNumberedHeading(first)) return 'section heading';
    // "TARGET 2: Formal Policies … With Particular Emphasis On: · customer service …": a numbered
    // target, objective or theme the lines below serve, however long its wording.
    if (isNumberedSection(first)) return 'section heading';
    if (NOTE_TEXT.test(first)) return 'note';
    const inLabelColumns = shape.firstCol <= labelReach;
    // "R1" alone is an item whose other cells are blank, not a heading.
    const idLike = LINE_REFERENCE.test(first);
    // (An objective may run longer than a heading, as long as it is no sentence, with no full
    // stop, and not a line with its number typed in front of it, unless that number places it in
    // an outline: "1.1 Encourage early approaches and referrals to housing advice and …".)
    const short =
      first.length <= 80 ||
      (first.length <= 160 && !/\.\s*$/.test(first) && (!/^\s*\d/.test(first) || OUTLINE_NUMBER.test(first)));
    // ("PS1.2. Regeneration DPD": the full stop after its code starts no sentence.)
    // (Nor "ST. FELIX CHURCH": a title's full stop after its abbreviation ends no sentence.)
    const words = first
      .trim()
      .replace(/^[A-Z]{0,4}\d+(?:\.\d+)*\.?\s+/i, '')
      .replace(/\b(st|mr|mrs|ms|dr|fr|rev|cllr)\.\s/gi, '$1 ');
    // ("Action - DM agreed to amend and circulate.": an action whose owner is blank, no heading.)
    // (Nor "will investigate the status of …", a sentence going on from who acts, in lower case;
    // nor "• Hi-vis jackets … received.", a bulleted point of a list.)
    const noHeading =
      (ACTION_OPENING.test(first) && /\p{L}/u.test(first.replace(ACTION_OPENING, ''))) ||
      /^\s*\p{Ll}/u.test(first) ||
      BULLET.test(first);
    if (inLabelColumns && first !== '' && !idLike && !noHeading && short && !/[.;]\s*\S/.test(words))
      return 'section heading';
  }
  if (trailing && shape.filled <= 2 && NOTE_TEXT.test(first)) return 'note';
  if (isGuidance(sheet, shape)) return 'note';
  return 'item';
}

/** "Decision maker:", "Lead officer:", "Status:": a field's label, ending in a colon. */
export const FIELD_LABEL = /\S\s*:\s*$/;

/** A page's number alone on its line, "3", as a printed copy carries it between two pages. */
export const PAGE_NUMBER_ALONE = /^\s*\d{1,3}\s*$/;

/** "Page 3 of 10", "2|P a g e": the foot of a printed page, pasted in with the rows. */
const PAGE_NUMBER = /^\s*page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*$|^\s*\d{1,4}\s*\|\s*p\s?a\s?g\s?e\s*$/i;

/** "D:\98941088.doc", "\\server\committees\report.docx": the file a page was printed from, in its footer. */
const FILE_PATH = /^\s*(?:[A-Za-z]:\\|\\\\)[^\n]*$|^\s*\S+\.(?:docx?|pdf|xlsx?|rtf)\s*$/i;

/** "PAC Meeting 2.10.08 -2–", "- 3 -": a running head or foot ending in its page's number. */
const DASHED_PAGE_NUMBER = /(?:^|\s)[-–—]\s?\d{1,3}\s?[-–—]\s*$/;

/** A page's footer or running head carried into the table from a printed copy: no item. */
export function isPageFooter(sheet: SheetSnapshot, shape: RowShape): boolean {
  if (shape.filled > 4) return false;
  for (let c = shape.firstCol; c <= shape.lastCol; c++) if (PAGE_NUMBER.test(textAt(sheet, shape.row, c))) return true;
  const lone = shape.filled === 1 ? textAt(sheet, shape.row, shape.firstCol) : '';
  return FILE_PATH.test(lone) || DASHED_PAGE_NUMBER.test(lone);
}

/** Words that tell the person filling a template what to put in a cell. */
const GUIDANCE_TEXT =
  /^\s*(?:please\b|this will\b|date will\b|insert\b|enter\b|add\b|to be completed\b|details? (?:of|taken)\b|assigned in\b|give us\b|tell us\b|list the\b|explain\b|describe\b)|\bshould (?:make|be|give|state|include)\b/i;

/** A template's row of instructions under its headings ("Date will be included here."): no item. */
function isGuidance(sheet: SheetSnapshot, shape: RowShape): boolean {
  if (shape.numbers > 0 || shape.filled < 3) return false;
  let guidance = 0;
  for (let c = shape.firstCol; c <= shape.lastCol; c++)
    if (GUIDANCE_TEXT.test(textAt(sheet, shape.row, c))) guidance += 1;
  return guidance >= 3;
}

/** Runs of spaces and line breaks that folding would change; most cells have none, and skip the copy. */
const UNFOLDED = /\s\s|[\t\n\r\f\v\u00a0\u2028\u2029\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;

function foldSpaces(text: string): string {
  const trimmed = text.trim();
  return UNFOLDED.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** The cells of a row that hold anything, each with its column. */
export function filledCells(sheet: SheetSnapshot, row: number): (readonly [number, CellValue])[] {
  return (sheet.values[row - sheet.originRow] ?? [])
    .map((v, i) => [sheet.originCol + i, v] as const)
    .filter(([, v]) => v !== null && v !== '');
}

/** A cell as header or label text: words with spaces folded, and a year written as a number. */
export function textAt(sheet: SheetSnapshot, row: number, col: number): string {
  const v = cellAt(sheet, row, col);
  if (typeof v === 'string') return foldSpaces(v);
  if (typeof v === 'number' && isYearNumber(v, formatAt(sheet, row, col))) return String(v);
  return '';
}

/** "22/09", "105/2023": a minute's number and its year; "22/23" is a financial year. */
const MINUTE_NUMBER = /^\s*(\d{1,3})\/(\d{2}|\d{4})\s*$/;
/** "24/130": a minute's year and its number, as some councils write them. */
const YEAR_FIRST_MINUTE = /^\s*(\d{2})\/(\d{1,3})\s*$/;

export function isMinuteNumber(text: string): boolean {
  const m = MINUTE_NUMBER.exec(text);
  return m !== null && Number(m[2].slice(-2)) !== (Number(m[1].slice(-2)) + 1) % 100;
}

/**
 * The numbers the minute after `text` may have: "23/09" after "22/09", "24/131" after "24/130"
 * (the year first). Empty where it is no minute's number ("22/23" is a financial year).
 */
export function nextMinutes(raw: string): string[] {
  // ("15/141." as some minutes print their numbers, a full stop after.)
  const text = raw.replace(/\.\s*$/, '');
  const out: string[] = [];
  const m = MINUTE_NUMBER.exec(text);
  if (m !== null && isMinuteNumber(text)) out.push(`${Number(m[1]) + 1}/${m[2]}`);
  const y = YEAR_FIRST_MINUTE.exec(text);
  if (y !== null && Number(y[2]) !== (Number(y[1]) + 1) % 100) out.push(`${y[1]}/${Number(y[2]) + 1}`);
  return out;
}
