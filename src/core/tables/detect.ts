/**
 * Finds the tables on a sheet as a reader would: each header (below titles, stacked over up to
 * four rows, with a blank label header allowed), what each column means and why, the partners,
 * which rows are items, totals, section headings, notes or keys, and whether the table is an action
 * plan, a savings tracker or cost-sharing schedule, or neither (then it is left alone, with the reason).
 * One pass over the rows for the layout; column evidence samples the first rows.
 */
import type { SheetSnapshot } from '../snapshot';
import { a1, columnLetters } from '../snapshot';
import type { Profile } from '../profile';
import type { ColumnReading, TableReading } from '../reading';
import type { LogicalColumn } from './columns';
import { NOT_USED, Vocabulary } from './columns';
import type { ColumnRef, PartnerColumns, Table, TableRow } from './types';
import { cellAt, formatAt } from './types';
import { isDateFormat } from '../parse/date-formats';
import { headerMoneyScale } from '../parse/money';
import { headerWords, headerYear, plainWords } from './header-words';
import type { RowShape } from './layout';
import { HEADER_SEARCH_ROWS, MAX_HEADER_ROWS, bodyRowKind, headerLike, isTotalLabel, rowShape } from './layout';
import type { ColumnRead } from './read-columns';
import { readColumn } from './read-columns';
import type { PartnerNames, PartnerRole } from './partners';
import {
  councilNameIn,
  isPartnerLabel,
  knownPartnerIn,
  knownPartners,
  namesInSplitHeader,
  roleOfWords,
} from './partners';
import { share } from './cell-evidence';
import { AMOUNTS_BY_ITEM, kindOf } from './kind';

/** What a check needs to read tables, built once per profile. */
export class TableReader {
  readonly vocabulary: Vocabulary;
  readonly partners: PartnerNames;
  readonly partnerWords: string[];

  constructor(readonly profile: Profile) {
    this.vocabulary = new Vocabulary(profile.headers);
    this.partners = knownPartners(profile);
    this.partnerWords = [...this.partners.byAlias.keys()].sort((a, b) => b.length - a.length);
  }
}

export interface SheetTables {
  tables: Table[];
  readings: TableReading[];
}

function text(sheet: SheetSnapshot, row: number, col: number): string {
  const v = cellAt(sheet, row, col);
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100) return String(v);
  return '';
}

interface HeaderBlock {
  top: number;
  bottom: number;
  /** For a table found from its totals row: its last row (the last total in the run of figures). */
  end?: number;
  headers: Map<number, string>;
  score: number;
}

/** Column texts of a stacked header: a group label over several columns reaches each of them. */
function stackedHeaders(
  sheet: SheetSnapshot,
  top: number,
  bottom: number,
  first: number,
  last: number,
): Map<number, string> {
  const parts = new Map<number, string[]>();
  const hasBelow = (col: number, row: number) => {
    for (let r = row + 1; r <= bottom; r++) if (text(sheet, r, col)) return true;
    return false;
  };
  for (let r = top; r <= bottom; r++) {
    let group = '';
    for (let c = first; c <= last; c++) {
      const t = text(sheet, r, c);
      if (t) {
        group = r < bottom ? t : '';
        parts.set(c, [...(parts.get(c) ?? []), t]);
      } else if (group && hasBelow(c, r)) parts.set(c, [...(parts.get(c) ?? []), group]);
    }
  }
  const out = new Map<number, string>();
  for (const [c, p] of parts) out.set(c, p.join(' '));
  return out;
}

const UNIT_CELL =
  /^(?:£|%|\(?£\s*'?0{3}s?\)?|'?0{3}s?|£\s*[km]|\(?£[km]?\)?|(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|fy\s*\d{2}.*|q[1-4].*|no\.?|nos\.?|£\s*'?000)$/i;

function unitRow(sheet: SheetSnapshot, s: RowShape): boolean {
  if (s.filled < 2 || s.numbers > 0) return false;
  let units = 0;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = text(sheet, s.row, c);
    if (!t) continue;
    if (t.length > 25) return false;
    if (UNIT_CELL.test(t)) units += 1;
  }
  return units >= Math.max(1, Math.ceil(s.filled / 2));
}

function blockScore(reader: TableReader, headers: Map<number, string>): number {
  const best = new Map<string, number>();
  let partnerCols = 0;
  for (const h of headers.values()) {
    if (h.length > 90) continue; // a sentence is data, not a header
    if (knownPartnerIn(h, reader.partners) || councilNameIn(h)) {
      partnerCols += 1;
      continue;
    }
    const top = reader.vocabulary.read(headerWords(h, reader.partnerWords))[0];
    if (!top || top.meaning === NOT_USED || top.score < 0.5) continue;
    best.set(top.meaning, Math.max(best.get(top.meaning) ?? 0, top.score));
  }
  const strong = [...best.values()].filter((s) => s >= 0.75).length;
  const sum = [...best.values()].reduce((a, b) => a + b, 0) + 0.7 * Math.min(partnerCols, 6);
  return strong >= 2 || sum >= 2 ? sum : 0;
}

/** The header block whose last row is `row`, with any group rows above it. */
function blockAt(
  sheet: SheetSnapshot,
  reader: TableReader,
  shapes: RowShape[],
  row: number,
  floor: number,
): HeaderBlock | null {
  const idx = (r: number) => r - sheet.originRow;
  const s = shapes[idx(row)];
  if (!s || s.filled < 2 || !headerLike(s)) return null;
  let top = row;
  while (top - 1 >= floor && row - top + 1 < MAX_HEADER_ROWS) {
    const up = shapes[idx(top - 1)];
    if (!up || up.filled === 0 || !headerLike(up) || up.longest > 60) break;
    // A lone title over the header's first label (whatever sits far to its right) is a title, not a group label.
    let within = 0;
    for (let c = s.firstCol; c <= s.lastCol; c++) if (text(sheet, top - 1, c)) within += 1;
    if (within < 2 && up.firstCol <= s.firstCol) break;
    top -= 1;
  }
  const first = Math.min(...[top, row].map((r) => shapes[idx(r)].firstCol), s.firstCol);
  let last = s.lastCol;
  for (let r = top; r <= row; r++) last = Math.max(last, shapes[idx(r)].lastCol);
  const headers = stackedHeaders(sheet, top, row, first, last);
  const score = blockScore(reader, headers);
  return score > 0 ? { top, bottom: row, headers, score } : null;
}

/** Where each table's header is: the first 40 rows, and rows after a break (a blank or a totals row). */
function findHeaders(sheet: SheetSnapshot, reader: TableReader, shapes: RowShape[]): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  let floor = sheet.originRow;
  let pending: HeaderBlock | null = null;
  for (let i = 0; i < shapes.length; i++) {
    const row = sheet.originRow + i;
    const s = shapes[i];
    const afterBreak = i === 0 || shapes[i - 1].filled === 0 || shapes[i - 1].filled === 1;
    // Inside a table, only a row after a break can start another table.
    const searching = blocks.length === 0 ? i < HEADER_SEARCH_ROWS : false;
    const candidate: HeaderBlock | null =
      searching || afterBreak || pending !== null ? blockAt(sheet, reader, shapes, row, floor) : null;
    if (candidate && (!pending || candidate.top <= pending.bottom + 1)) {
      // Overlapping readings of one header: a lower row joins only if it reads better (a units row does not).
      if (!pending || candidate.score > pending.score) pending = candidate;
      continue;
    }
    if (pending) {
      let bottom = pending.bottom;
      while (bottom + 1 - sheet.originRow < shapes.length && unitRow(sheet, shapes[bottom + 1 - sheet.originRow]))
        bottom += 1;
      if (bottom !== pending.bottom) {
        const first = Math.min(...[...pending.headers.keys()]);
        const last = Math.max(...[...pending.headers.keys()], shapes[bottom - sheet.originRow].lastCol);
        pending = { ...pending, bottom, headers: stackedHeaders(sheet, pending.top, bottom, first, last) };
      }
      blocks.push(pending);
      floor = pending.bottom + 1;
      pending = null;
      if (row < floor) i = floor - sheet.originRow - 1;
    }
    void s;
  }
  if (pending) blocks.push(pending);
  return blocks;
}

interface Body {
  rows: TableRow[];
  skipped: TableReading['skippedRows'];
  firstColumn: number;
  lastColumn: number;
  lastRow: number;
}

function readBody(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock, end: number): Body {
  const headerCols = [...block.headers.keys()];
  let firstColumn = Math.min(...headerCols);
  const lastColumn = Math.max(...headerCols);
  const idx = (r: number) => r - sheet.originRow;
  // A blank header over the label column: the body's cells start left of the header.
  for (let r = block.bottom + 1, seen = 0; r <= end && seen < 50; r++) {
    const s = shapes[idx(r)];
    if (!s || s.filled === 0) continue;
    seen += 1;
    if (s.firstCol < firstColumn && s.firstCol >= firstColumn - 1) firstColumn = s.firstCol;
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
  const rows: TableRow[] = [];
  const skipped: Body['skipped'] = [];
  let lastRow = block.bottom;
  let closed = false;
  for (let r = block.bottom + 1; r <= end; r++) {
    const s = shapes[idx(r)];
    if (!s || s.filled === 0) continue;
    const lead = text(sheet, r, s.firstCol);
    if (closed) {
      skipped.push({ row: r, reason: /^\s*key\b/i.test(lead) ? 'key' : 'note', text: lead.slice(0, 80) });
      continue;
    }
    const kind = bodyRowKind(sheet, s, firstColumn, lastColumn, columns, r > lastSubstantial);
    // Below a key heading come the key's lines ("Reference: the tracker's number"), not items.
    if (kind === 'key') closed = true;
    if (kind === 'item' || kind === 'total' || kind === 'subtotal') {
      rows.push({ row: r, kind });
      lastRow = r;
      // A total followed by a break ends the table: what follows is notes.
      if (kind === 'total' && (shapes[idx(r + 1)]?.filled ?? 0) === 0) closed = true;
    } else if (kind === 'section heading') {
      rows.push({ row: r, kind: 'section' });
      skipped.push({ row: r, reason: kind, text: lead.slice(0, 80) });
    } else if (kind !== 'blank') {
      skipped.push({ row: r, reason: kind, text: lead.slice(0, 80) });
    }
  }
  markUnlabelledTotals(sheet, shapes, rows, firstColumn);
  markCarriedTotal(sheet, shapes, rows);
  return { rows, skipped, firstColumn, lastColumn, lastRow };
}

/**
 * A row of figures with no words at all, under a column of labels, is a total, as a reader sees at
 * once ("", "", 220, 190, 60 after four named savings): the last such row totals the table, others
 * their section.
 */
function markUnlabelledTotals(sheet: SheetSnapshot, shapes: RowShape[], rows: TableRow[], labelColumn: number): void {
  const items = rows.filter((r) => r.kind === 'item');
  if (items.length < 3) return;
  const wordless = (r: TableRow) => {
    const s = shapes[r.row - sheet.originRow];
    return s !== undefined && s.numbers > 0 && s.texts === 0;
  };
  const candidates = items.filter(wordless);
  if (candidates.length === 0 || candidates.length * 3 > items.length) return;
  const labelled = items.filter((r) => !wordless(r) && text(sheet, r.row, labelColumn)).length;
  if (labelled < items.length - candidates.length) return;
  const hasTotal = rows.some((r) => r.kind === 'total');
  for (const r of candidates) r.kind = r === rows[rows.length - 1] && !hasTotal ? 'total' : 'subtotal';
}

/**
 * The last row of figures after a table's total carries it forward ("Residual risk after recovery
 * measures" under "Total"): a total of its own, checked as the total plus the lines between.
 */
function markCarriedTotal(sheet: SheetSnapshot, shapes: RowShape[], rows: TableRow[]): void {
  const figures = rows.filter((r) => r.kind !== 'section');
  const lastTotal = figures.map((r) => r.kind).lastIndexOf('total');
  const last = figures[figures.length - 1];
  if (lastTotal < 0 || lastTotal === figures.length - 1 || last.kind !== 'item') return;
  if ((shapes[last.row - sheet.originRow]?.numbers ?? 0) >= 2) last.kind = 'total';
}

interface PartnerColumn {
  column: number;
  name: string;
  role: PartnerRole;
}

/** A column headed by a partner's name: known from the profile, or a council's name or abbreviation. */
/** Rows whose figures add up to 100 (or to 1) this close count as adding up. */
const ROW_SHARE_TOLERANCE = 0.005;

/**
 * Columns of figures that, row by row, add up to 100% ("Central grant 64.4 | Council tax 34.0 |
 * Other 1.6"): each row is split between them, whatever their headers say. A column that holds
 * 100 on every row is the rows' total, not a share. Most rows must add up for the reading to hold.
 */
function percentSplitColumns(
  sheet: SheetSnapshot,
  reads: ColumnRead[],
  itemRows: readonly number[],
  taken: Map<number, LogicalColumn>,
): ColumnRead[] {
  if (itemRows.length < 3) return [];
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
  return counted >= 3 && adding >= 0.75 * counted && adding < counted + 1 ? parts : [];
}

/** Meanings a partner's own column carries anyway: "Bromsgrove share" reads as a share, "NDC £m" as an amount. */
const ROLE_MEANINGS: ReadonlySet<string> = new Set(['split', 'amount', 'cost', 'target', 'achieved', 'drivers']);

function partnerColumn(reader: TableReader, read: ColumnRead): PartnerColumn | null {
  // "Allocation BDC/RBC" names every partner: it is the split, not one partner's column.
  if (read.meaning === 'split' && namesInSplitHeader(read.header).length >= 2) return null;
  const known = knownPartnerIn(read.header, reader.partners);
  const council = known ? null : councilNameIn(read.header);
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

function ref(read: ColumnRead): ColumnRef {
  return { column: read.column, header: read.header };
}

function orderPartners(found: PartnerColumns[], profile: Profile): PartnerColumns[] {
  if (profile.partners.length === 0) return found;
  const rank = new Map(profile.partners.map((p, i) => [p.name, i] as const));
  return [...found].sort((a, b) => (rank.get(a.name) ?? 99) - (rank.get(b.name) ?? 99));
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
  const scales = new Map<number, number>();
  for (const read of reads) {
    const own = headerMoneyScale(read.header);
    scales.set(read.column, own !== 1 ? own : tableScale);
  }
  return scales;
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
  const itemRows = body.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  const splitNames: { name: string; alias: string | null }[] = [];
  const reads: ColumnRead[] = [];
  for (let c = body.firstColumn; c <= body.lastColumn; c++) {
    const header = block.headers.get(c) ?? '';
    if (!header && !itemRows.some((r) => text(sheet, r, c) || typeof cellAt(sheet, r, c) === 'number')) continue;
    const read = readColumn(sheet, c, header, itemRows, reader.vocabulary, reader.partnerWords);
    if (read.meaning === 'split' && splitNames.length === 0) splitNames.push(...namesInSplitHeader(header));
    reads.push(read);
  }
  // A blank header over the first column holds the row labels.
  const first = reads[0];
  if (first && !first.header && !first.meaning) {
    const ids = first.evidence.filled > 0 && share(first.evidence, 'id') >= 0.6;
    first.meaning = ids ? 'id' : 'service';
    first.confidence = 0.6;
    first.reason = ids
      ? 'blank header over the first column, whose cells are references'
      : 'blank header over the first column, which holds the row labels';
  }

  // A blank header over a column of sentences, beside headed columns: the action it records.
  for (const read of reads.slice(1)) {
    if (read.header || read.meaning || read.evidence.filled < 2) continue;
    if (share(read.evidence, 'prose', 'text') >= 0.8 && !reads.some((r) => r.meaning === 'action')) {
      read.meaning = 'action';
      read.confidence = 0.55;
      read.reason = 'blank header over a column of text: read as the action';
    }
  }

  // Partner columns first: a partner's "£" column is not the table's amount.
  const partnerCols = new Map<number, PartnerColumn>();
  for (const read of reads) {
    const p = partnerColumn(reader, read);
    if (p) partnerCols.set(read.column, p);
  }
  const partnerNames = new Set([...partnerCols.values()].map((p) => p.name));
  if (partnerNames.size < 2 && reader.partners.byAlias.size === 0) partnerCols.clear();
  if (partnerNames.size < 2 && reader.partners.byAlias.size > 0) {
    for (const [c, p] of partnerCols) if (!knownPartnerIn(p.name, reader.partners)) partnerCols.delete(c);
  }

  const columns: Partial<Record<LogicalColumn, ColumnRef>> = {};
  // The leftmost column wins a tie, except for ratings by period (Q1 … Q4 BRAG), where the latest is current.
  const latestWins = (r: ColumnRead) => r.meaning === 'status' || r.meaning === 'progress';
  const byConfidence = reads
    .filter((r) => r.meaning && !partnerCols.has(r.column))
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        (latestWins(a) && a.meaning === b.meaning ? b.column - a.column : a.column - b.column),
    );
  const taken = new Map<number, LogicalColumn>();
  for (const read of byConfidence) {
    let meaning = read.meaning as LogicalColumn | typeof NOT_USED;
    if (meaning === NOT_USED) continue;
    if (
      columns[meaning] &&
      meaning === 'deadline' &&
      !columns.completedDate &&
      /complet|actual|closed/i.test(read.header)
    )
      meaning = 'completedDate';
    if (columns[meaning]) {
      read.reason += `; column ${columnLetters(columns[meaning]?.column ?? 0)} was taken as ${meaning}`;
      read.meaning = NOT_USED;
      continue;
    }
    columns[meaning] = ref(read);
    read.meaning = meaning;
    taken.set(read.column, meaning);
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

  let splitPartners: string[] = [];
  if (columns.split) {
    splitPartners =
      splitNames.length >= 2
        ? splitNames.map((n) => knownPartnerIn(n.name, reader.partners)?.name ?? n.name)
        : profile.partners.map((p) => p.name);
  }

  // One share per row (25%, not 75%/25%) beside partner names: a schedule with a row per partner.
  const splitRead = columns.split ? reads.find((r) => r.column === columns.split?.column) : undefined;
  const singleShares = !splitRead || share(splitRead.evidence, 'percent', 'number') >= 0.6;
  const labelRef = columns.service ?? columns.recommendation;
  const labels = labelRef ? itemRows.map((r) => text(sheet, r, labelRef.column)).filter(Boolean) : [];
  const named = labels.filter((l) => isPartnerLabel(l, reader.partners)).length;
  const partnerLabels = labels.length >= 2 && named / labels.length >= 0.6;
  if (splitRead && singleShares && partners.length === 0 && !partnerLabels) {
    // A share of something by row (a candidate's share of the vote) splits nothing between partners.
    splitRead.meaning = NOT_USED;
    splitRead.reason += '; one share a row and no partners named: not a split';
    delete columns.split;
  }
  const kind = kindOf(columns, partners);
  const partnerRows = kind.kind === 'savings' && partners.length === 0 && singleShares && partnerLabels;
  if (kind.kind === 'action-plan' && !columns.recommendation && !columns.action && columns.service) {
    columns.recommendation = columns.service;
    delete columns.service;
  }
  if (kind.kind === 'savings' && !columns.service && (columns.recommendation || columns.action)) {
    columns.service = columns.recommendation ?? columns.action;
  }
  if (partnerRows) partners = [];
  const hasTotal = body.rows.some((r) => r.kind === 'total' || r.kind === 'subtotal');
  if (kind.kind === 'savings' && kind.reason === AMOUNTS_BY_ITEM && !partnerRows) kind.kind = null;
  let figureColumns: ColumnRef[] | undefined;
  if (!kind.kind && hasTotal) {
    figureColumns = totalledColumns(sheet, body.rows, reads);
    if (figureColumns.length > 0) {
      kind.kind = 'figures';
      kind.reason = `a table of figures with a totals row (${kind.reason.replace(/^not an action plan or savings tracker \(|\):.*$/g, '')}): only its totals are checked`;
    }
  }

  const lastRow = Math.max(body.lastRow, block.bottom);
  const reading: TableReading = {
    sheet: sheet.name,
    range: `${a1(block.top, body.firstColumn)}:${a1(lastRow, body.lastColumn)}`,
    headerRows: [block.top, block.bottom],
    kind: kind.kind ?? 'skipped',
    kindReason: kind.reason,
    columns: reads.map((r) => columnReading(r, partnerCols.get(r.column))),
    partners: partnerRows
      ? itemRows.map((r) => text(sheet, r, (columns.service ?? columns.recommendation)?.column ?? body.firstColumn))
      : columns.split
        ? splitPartners
        : partners.map((p) => p.name),
    partnerLayout: partnerRows ? 'rows' : columns.split ? 'split cell' : partners.length ? 'columns' : 'none',
    contextYear: null,
    itemRows: itemRows.length,
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
  return { table, reading };
}

/** Figure columns a table's totals rows total: numbers in the totals row, not percentages or rates. */
function totalledColumns(sheet: SheetSnapshot, rows: TableRow[], reads: ColumnRead[]): ColumnRef[] {
  const totals = rows.filter((r) => r.kind === 'total' || r.kind === 'subtotal').map((r) => r.row);
  const out: ColumnRef[] = [];
  for (const read of reads) {
    if (read.words.percent || /\b(?:rate|average|avg|ratio|per|index|score|no\.? of|number of)\b/i.test(read.header))
      continue;
    if (share(read.evidence, 'percent', 'year', 'date') >= 0.5) continue;
    const numeric = totals.some((row) => {
      const v = cellAt(sheet, row, read.column);
      const f = formatAt(sheet, row, read.column);
      return typeof v === 'number' && !(f && (f.includes('%') || isDateFormat(f)));
    });
    if (numeric) out.push(ref(read));
  }
  return out;
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

/**
 * Tables with no header Concordat knows but a totals row ("Total levy", "Total income"): the rows
 * of figures above it, with any section headings among them, are its items, and the text row above
 * those its header (blank when a break stands there instead).
 */
function figureBlocks(sheet: SheetSnapshot, shapes: RowShape[], covered: (row: number) => boolean): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  const idx = (r: number) => r - sheet.originRow;
  let floor = sheet.originRow;
  for (let i = 0; i < shapes.length; i++) {
    const row = sheet.originRow + i;
    const s = shapes[i];
    if (row < floor || covered(row) || s.numbers === 0 || !isTotalLabel(text(sheet, row, s.firstCol))) continue;
    let first = row;
    let figures = 0;
    while (first - 1 >= floor && !covered(first - 1)) {
      const up = shapes[idx(first - 1)];
      const heading = up && up.filled === 1 && up.numbers === 0 && up.longest <= 80;
      if (!up || up.filled === 0 || (up.numbers === 0 && !heading)) break;
      if (heading && figures === 0) break;
      if (up.numbers > 0) figures += 1;
      first -= 1;
    }
    // Section headings above the first figures belong to the header, not the items.
    while (first < row && shapes[idx(first)].numbers === 0) first += 1;
    if (figures === 0) continue;
    const bottom = first - 1;
    const head = shapes[idx(bottom)];
    const headed = head && head.filled > 0 && headerLike(head) && !covered(bottom);
    let top = bottom;
    while (headed && top - 1 >= floor && bottom - top + 1 < MAX_HEADER_ROWS && !covered(top - 1)) {
      const up = shapes[idx(top - 1)];
      if (!up || up.filled < 2 || !headerLike(up) || up.longest > 60) break;
      top -= 1;
    }
    let firstCol = shapes[idx(row)].firstCol;
    let lastCol = shapes[idx(row)].lastCol;
    for (let r = headed ? top : first; r <= row; r++) {
      const sh = shapes[idx(r)];
      if (sh.filled === 0) continue;
      firstCol = Math.min(firstCol, sh.firstCol);
      lastCol = Math.max(lastCol, sh.lastCol);
    }
    const headers = headed ? stackedHeaders(sheet, top, bottom, firstCol, lastCol) : new Map<number, string>();
    for (let c = firstCol; c <= lastCol; c++) if (!headers.has(c)) headers.set(c, '');
    // Figures after the total that lead to another ("Net use of reserves", "Total levy") belong to it.
    let end = row;
    for (let k = row + 1; k - sheet.originRow < shapes.length && shapes[idx(k)].numbers > 0 && !covered(k); k++) {
      if (isTotalLabel(text(sheet, k, shapes[idx(k)].firstCol))) end = k;
    }
    blocks.push({ top: headed ? top : first - 1, bottom, end, headers, score: 0 });
    floor = end + 1;
  }
  return blocks;
}

/**
 * Grids of figures under a row of headings that name nothing Concordat knows and have no totals
 * row: read only for what their figures show (shares that add up to 100 across each row).
 */
function gridBlocks(sheet: SheetSnapshot, shapes: RowShape[], covered: (row: number) => boolean): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  const idx = (r: number) => r - sheet.originRow;
  for (let i = 0; i < shapes.length; i++) {
    const row = sheet.originRow + i;
    const head = shapes[i];
    if (covered(row) || head.filled < 2 || head.numbers > 0 || !headerLike(head) || head.longest > 60) continue;
    let end = row;
    while (end + 1 - sheet.originRow < shapes.length && !covered(end + 1) && shapes[idx(end + 1)].numbers >= 2)
      end += 1;
    if (end - row < 3) continue;
    const headers = stackedHeaders(sheet, row, row, head.firstCol, head.lastCol);
    let firstCol = head.firstCol;
    for (let r = row + 1; r <= end; r++) firstCol = Math.min(firstCol, shapes[idx(r)].firstCol);
    for (let c = firstCol; c <= head.lastCol; c++) if (!headers.has(c)) headers.set(c, '');
    blocks.push({ top: row, bottom: row, end, headers, score: 0 });
    i = end - sheet.originRow;
  }
  return blocks;
}

function rangeRows(range: string): [number, number] {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
  return m ? [Number(m[1]), Number(m[2])] : [0, -1];
}

/** Every table on one sheet, with how each was read; tables that are neither kind are only read. */
export function detectTables(sheet: SheetSnapshot, reader: TableReader): SheetTables {
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
  const all = [...found.filter((f) => f.table || !more.some((m) => overlaps(m.reading, f.reading))), ...more];
  all.sort((a, b) => a.reading.headerRows[0] - b.reading.headerRows[0]);
  return {
    tables: all.filter((f) => f.table).map((f) => f.table as Table),
    readings: all.map((f) => f.reading),
  };
}

function overlaps(a: TableReading, b: TableReading): boolean {
  const [a1r, a2r] = rangeRows(a.range);
  const [b1r, b2r] = rangeRows(b.range);
  return a1r <= b2r && b1r <= a2r;
}

export { plainWords };
