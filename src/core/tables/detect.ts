/**
 * Finds the table on a sheet: the header row (even below title rows, notes and blank rows), what
 * each column means, the partners of a savings tracker, and which rows are items or totals.
 * Every step is one pass over the rows, so a 100,000-row sheet costs 100,000 steps, not 10¹⁰.
 */
import type { CellValue, SheetSnapshot } from '../snapshot';
import { FLAGS_HEADER } from '../snapshot';
import type { Profile } from '../profile';
import type { TableKind } from '../result';
import type { LogicalColumn } from './columns';
import {
  ACTION_COLUMNS,
  DEFAULT_SYNONYMS,
  PARTNER_AMOUNT_WORDS,
  PARTNER_DRIVER_WORDS,
  PARTNER_SHARE_WORDS,
  SAVINGS_COLUMNS,
  normaliseHeader,
} from './columns';
import type { ColumnRef, PartnerColumns, Table, TableRow } from './types';
import { cellAt } from './types';
import { headerMoneyScale } from '../parse/money';

/** Header rows are looked for among the first rows only: titles and notes are short. */
const HEADER_SEARCH_ROWS = 40;

type PartnerRole = 'share' | 'amount' | 'driver';

interface HeaderMatch {
  logical?: LogicalColumn;
  partner?: { name: string; role: PartnerRole };
  splitPartners?: string[];
}

/** Header wordings → logical column, built once per profile. */
export class HeaderDictionary {
  private readonly exact = new Map<string, LogicalColumn>();
  private readonly partnerAliases = new Map<string, string>();

  constructor(profile: Profile) {
    for (const [column, words] of Object.entries(DEFAULT_SYNONYMS) as [LogicalColumn, string[]][]) {
      for (const w of words) if (!this.exact.has(normaliseHeader(w))) this.exact.set(normaliseHeader(w), column);
    }
    for (const [column, words] of Object.entries(profile.headers) as [LogicalColumn, string[] | undefined][]) {
      for (const w of words ?? []) this.exact.set(normaliseHeader(w), column);
    }
    for (const partner of profile.partners) {
      this.partnerAliases.set(normaliseHeader(partner.name), partner.name);
      for (const alias of partner.aliases) this.partnerAliases.set(normaliseHeader(alias), partner.name);
    }
  }

  /** The profile's name for a partner called `text` in a header, or `text` itself when unknown. */
  partnerName(text: string): string {
    return this.partnerAliases.get(normaliseHeader(text)) ?? text.trim();
  }

  get knowsPartners(): boolean {
    return this.partnerAliases.size > 0;
  }

  match(raw: string): HeaderMatch | undefined {
    const norm = normaliseHeader(raw);
    if (!norm) return undefined;
    const direct = this.exact.get(norm) ?? this.exact.get(norm.replace(/\s*\([^)]*\)\s*/g, ' ').trim());
    if (direct) return { logical: direct };
    const split = this.matchSplitHeader(norm, raw);
    if (split) return split;
    const partner = this.matchPartnerHeader(norm, raw);
    if (partner) return partner;
    // "Saving target 2010/11", "Status (RAG)", "Officer responsible for action": the leading words decide.
    for (let words = norm.split(' '), n = Math.min(words.length - 1, 4); n >= 1; n--) {
      const head = this.exact.get(words.slice(0, n).join(' '));
      if (head && head !== 'id' && head !== 'amount') return { logical: head };
    }
    // "WFDC Response", "Project lead": a council's or team's name before an action-plan wording.
    for (let words = norm.split(' '), n = Math.min(words.length - 1, 3); n >= 1; n--) {
      const tail = this.exact.get(words.slice(-n).join(' '));
      if (tail && ACTION_ONLY.has(tail)) return { logical: tail };
    }
    return undefined;
  }

  /** "Allocation SHDC/WDBC", "Split (BDC/RBC)", "Cost split BDC:RBC" → a split column naming its partner order. */
  private matchSplitHeader(norm: string, raw: string): HeaderMatch | undefined {
    const m = /^(allocation|split|cost split|saving split|savings split|apportionment|share|shares)\b(.*)$/.exec(norm);
    if (!m) return undefined;
    const rest = raw.replace(/^[^A-Za-z]*[A-Za-z]+(\s+split)?/i, '').replace(/[()]/g, ' ');
    const names = rest
      .split(/[/:]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s.length <= 40);
    if (names.length >= 2) return { logical: 'split', splitPartners: names.map((n) => this.partnerName(n)) };
    return undefined;
  }

  /** "Bromsgrove share", "Redditch %", "BDC £", "RBC caseload", "% BDC" → a partner's own column. */
  private matchPartnerHeader(norm: string, raw: string): HeaderMatch | undefined {
    const words = norm.split(' ');
    if (words.length < 2 || words.length > 6) return undefined;
    const roleOf = (w: string): PartnerRole | undefined =>
      PARTNER_SHARE_WORDS.includes(w)
        ? 'share'
        : PARTNER_AMOUNT_WORDS.includes(w)
          ? 'amount'
          : PARTNER_DRIVER_WORDS.includes(w)
            ? 'driver'
            : undefined;
    const tryNameAndRole = (nameWords: string[], roleWord: string): HeaderMatch | undefined => {
      const role = roleOf(roleWord);
      if (!role || nameWords.length === 0 || nameWords.length > 4) return undefined;
      const nameNorm = nameWords.join(' ');
      if (this.exact.has(nameNorm) || /^(total|sub|grand|net|gross|annual|target|actual|forecast)\b/.test(nameNorm)) {
        return undefined;
      }
      const known = this.partnerAliases.get(nameNorm);
      if (!known && this.knowsPartners) return undefined;
      const display = known ?? originalWords(raw, nameWords.length, 'start');
      return { partner: { name: display, role } };
    };
    return tryNameAndRole(words.slice(0, -1), words[words.length - 1]) ?? tryNameAndRole(words.slice(1), words[0]);
  }
}

/** The first (or last) `count` words of a header as the user wrote them, for partner names. */
function originalWords(raw: string, count: number, from: 'start' | 'end'): string {
  const words = raw.replace(/\s+/g, ' ').trim().split(' ');
  return (from === 'start' ? words.slice(0, count) : words.slice(-count)).join(' ');
}

function cellString(value: CellValue): string {
  if (typeof value === 'string') return value;
  return '';
}

interface HeaderCandidate {
  row: number;
  matches: Map<number, HeaderMatch>;
  headers: Map<number, string>;
  score: number;
}

const ACTION_ONLY = new Set<LogicalColumn>(ACTION_COLUMNS.filter((c) => c !== 'id' && c !== 'owner'));
const SAVINGS_ONLY = new Set<LogicalColumn>(SAVINGS_COLUMNS);

function kindOf(matches: Iterable<HeaderMatch>): { kind: TableKind; action: number; savings: number } {
  let action = 0;
  let savings = 0;
  const seen = new Set<string>();
  for (const m of matches) {
    const key = m.logical ?? `partner:${m.partner?.name}:${m.partner?.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (m.partner) savings += 1;
    else if (m.logical && ACTION_ONLY.has(m.logical)) action += 1;
    else if (m.logical && SAVINGS_ONLY.has(m.logical)) savings += 1;
  }
  return { kind: savings > action ? 'savings' : 'action-plan', action, savings };
}

/** Header text for a cell, joining a group label from the row above ("Bromsgrove" over "Share"). */
function headerTexts(sheet: SheetSnapshot, row: number, firstCol: number, lastCol: number): Map<number, string> {
  const texts = new Map<number, string>();
  // A row of group labels has several cells; a lone title above the header is not a group label.
  let labels = 0;
  if (row > sheet.originRow) {
    for (let c = firstCol; c <= lastCol; c++) if (cellString(cellAt(sheet, row - 1, c)).trim()) labels += 1;
  }
  const above = labels >= 2 ? row - 1 : 0;
  let group = '';
  for (let c = firstCol; c <= lastCol; c++) {
    const own = cellString(cellAt(sheet, row, c))
      .replace(/\s+/g, ' ')
      .trim();
    if (above) {
      const label = cellString(cellAt(sheet, above, c))
        .replace(/\s+/g, ' ')
        .trim();
      if (label) group = label.length <= 40 ? label : '';
    }
    if (own) {
      const generic = /^(share|%|£|amount|activity|caseload|cost|saving|savings)$/i.test(own);
      texts.set(c, generic && group ? `${group} ${own}` : own);
    } else if (group && above && cellString(cellAt(sheet, above, c)).trim()) {
      texts.set(c, group);
    }
  }
  return texts;
}

function sheetWidth(sheet: SheetSnapshot, rows: number): number {
  let width = 0;
  for (let i = 0; i < rows && i < sheet.values.length; i++) width = Math.max(width, sheet.values[i].length);
  return width;
}

function findHeader(sheet: SheetSnapshot, dict: HeaderDictionary): HeaderCandidate | undefined {
  const searchRows = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  const firstCol = sheet.originCol;
  const lastCol = sheet.originCol + sheetWidth(sheet, searchRows) - 1;
  let best: HeaderCandidate | undefined;
  for (let i = 0; i < searchRows; i++) {
    const row = sheet.originRow + i;
    const headers = headerTexts(sheet, row, firstCol, lastCol);
    const matches = new Map<number, HeaderMatch>();
    const logicalSeen = new Set<string>();
    for (const [col, text] of headers) {
      if (text === FLAGS_HEADER) continue;
      const m = dict.match(text);
      if (!m) continue;
      const key = m.logical ?? `${m.partner?.name}:${m.partner?.role}`;
      if (logicalSeen.has(key)) continue;
      logicalSeen.add(key);
      matches.set(col, m);
    }
    const score = matches.size;
    if (score >= 2 && (!best || score > best.score)) best = { row, matches, headers, score };
  }
  return best;
}

const TOTAL_LABEL = /^\s*(grand\s+total|net\s+total|sub[\s-]?total|totals?)\b/i;

function rowKind(sheet: SheetSnapshot, row: number, firstCol: number, lastCol: number): TableRow['kind'] | 'blank' {
  let seen = 0;
  for (let c = firstCol; c <= lastCol; c++) {
    const v = cellAt(sheet, row, c);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    seen += 1;
    if (seen <= 3 && typeof v === 'string') {
      const m = TOTAL_LABEL.exec(v);
      if (m) return /^sub/i.test(m[1]) ? 'subtotal' : 'total';
    }
  }
  return seen === 0 ? 'blank' : 'item';
}

function assignColumns(
  candidate: HeaderCandidate,
  dict: HeaderDictionary,
  profile: Profile,
): Pick<Table, 'columns' | 'partners' | 'splitPartners'> {
  const columns: Partial<Record<LogicalColumn, ColumnRef>> = {};
  const partners = new Map<string, PartnerColumns>();
  let splitPartners: string[] = [];
  for (const [col, m] of candidate.matches) {
    const header = candidate.headers.get(col) ?? '';
    if (m.logical) {
      // A second "completion date" beside a deadline is the date the action was completed.
      const logical = m.logical === 'deadline' && columns.deadline ? 'completedDate' : m.logical;
      if (!columns[logical]) columns[logical] = { column: col, header };
      if (m.splitPartners) splitPartners = m.splitPartners;
    } else if (m.partner) {
      const p = partners.get(m.partner.name) ?? { name: m.partner.name };
      if (!p[m.partner.role]) p[m.partner.role] = { column: col, header };
      partners.set(m.partner.name, p);
    }
  }
  if (columns.split && splitPartners.length === 0) splitPartners = profile.partners.map((p) => p.name);
  return { columns, partners: orderPartners([...partners.values()], profile), splitPartners };
}

/** Partners in the profile's order when it names them, else in the sheet's column order. */
function orderPartners(found: PartnerColumns[], profile: Profile): PartnerColumns[] {
  if (profile.partners.length === 0) return found;
  const rank = new Map(profile.partners.map((p, i) => [p.name, i] as const));
  return [...found].sort((a, b) => (rank.get(a.name) ?? 99) - (rank.get(b.name) ?? 99));
}

/** Money scale per column: from the column's own header, else from a units note above the table. */
function moneyScales(sheet: SheetSnapshot, headerRow: number, headers: Map<number, string>): Map<number, number> {
  let sheetScale = 1;
  for (let r = sheet.originRow; r < headerRow; r++) {
    const row = sheet.values[r - sheet.originRow] ?? [];
    for (const v of row) {
      if (typeof v === 'string' && v.length < 200) {
        const s = headerMoneyScale(v);
        if (s !== 1) sheetScale = s;
      }
    }
  }
  const scales = new Map<number, number>();
  for (const [col, text] of headers) {
    const own = headerMoneyScale(text);
    scales.set(col, own !== 1 ? own : sheetScale);
  }
  return scales;
}

/** Finds the table on one sheet, or undefined when the sheet holds nothing Concordat recognises. */
export function detectTable(sheet: SheetSnapshot, dict: HeaderDictionary, profile: Profile): Table | undefined {
  const header = findHeader(sheet, dict);
  if (!header) return undefined;
  const { kind } = kindOf(header.matches.values());
  const { columns, partners, splitPartners } = assignColumns(header, dict, profile);
  const headerCols = [...header.headers.keys()].filter((c) => header.headers.get(c) !== FLAGS_HEADER);
  const firstColumn = Math.min(...headerCols);
  const lastColumn = Math.max(...headerCols);
  const rows: TableRow[] = [];
  const lastRow = sheet.originRow + sheet.values.length - 1;
  for (let row = header.row + 1; row <= lastRow; row++) {
    const k = rowKind(sheet, row, firstColumn, lastColumn);
    if (k === 'blank') continue;
    rows.push({ row, kind: k });
    if (k === 'total' && isGrandTotal(sheet, row, firstColumn, lastColumn)) break; // notes may follow
  }
  return {
    sheet,
    kind,
    headerRow: header.row,
    firstColumn,
    lastColumn,
    columns,
    partners,
    splitPartners,
    moneyScale: moneyScales(sheet, header.row, header.headers),
    rows,
  };
}

function isGrandTotal(sheet: SheetSnapshot, row: number, firstCol: number, lastCol: number): boolean {
  for (let c = firstCol; c <= lastCol; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v === 'string' && /^\s*grand\s+total/i.test(v)) return true;
  }
  return false;
}

/** True when a cell holds nothing a user typed: empty, whitespace, or an error we report elsewhere. */
export function isEmptyCell(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}
