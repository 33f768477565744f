/**
 * One worksheet part read in a single pass of the tokenizer, into what the snapshot and the
 * write-side decisions need: each cell's value and style, rows' and columns' styles and
 * visibility, merged areas and Concordat's highlight rules. Nothing is expanded by its area: a
 * merge, validation or format over a whole column costs what its XML costs.
 */
import { SaxesParser } from 'saxes';
import type { CellValue } from '../../core/snapshot';
import { columnLetters, columnNumber } from '../../core/snapshot';
import { HIGHLIGHT_MARKER } from '../../core/output/styles';
import { isDateFormat } from './number-formats';
import { decodeEscapes, localName, parseXml, prefixedAttr } from './tokens';

/**
 * A row's cells, in the order the part gives them. A value is undefined where the cell holds
 * nothing (it is there for its style), null where it holds something with no value to show (a
 * formula never calculated).
 */
export interface SheetRow {
  number: number;
  hidden: boolean;
  /** The row's own style (xf index), 0 for none. */
  xf: number;
  /** The row's style applies to its empty cells (`customFormat`), so a cell made in it takes that style. */
  customFormat: boolean;
  columns: number[];
  values: (CellValue | undefined)[];
  xfs: number[];
  /** Where the row's contents start and end in the part's text (-1 for a row written `<row/>`). */
  contentStart: number;
  contentEnd: number;
}

interface ColumnRange {
  min: number;
  max: number;
  /** As written; undefined when the element gives none. */
  width: number | undefined;
  hidden: boolean;
  xf: number;
}

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetContent {
  /** The part's text as read: row offsets are into it. */
  source: string;
  rows: SheetRow[];
  cols: ColumnRange[];
  merges: MergedArea[];
  /** The merged areas as the part writes them ("C5:C8"). */
  mergeRefs: string[];
  /** Conditional formats all of whose rules are expressions carrying Concordat's marker. */
  markedFormats: number;
  /** The last row the part mentions (a row element or a merged area). */
  lastRow: number;
}

export interface SheetContext {
  strings: readonly (string | null)[];
  formats: readonly (string | undefined)[];
  date1904: boolean;
  /** The sheet's relationships (id → target), for its hyperlinks. */
  relTargets: ReadonlyMap<string, string>;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/**
 * A date cell's serial as it comes back from a Date held to the millisecond: how a serial read
 * from a file has always reached the core, so findings do not move by a rounding.
 */
export function dateSerial(serial: number, date1904: boolean): number {
  const offset = date1904 ? DATE1904_OFFSET : 0;
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + offset) * MS_PER_DAY);
  const back = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - offset;
  const whole = Math.round(back);
  return Math.abs(back - whole) < 1e-9 ? whole : back;
}

/** Entities left in text that was already decoded once (how Excel writes a cached string result). */
function decodeAgain(text: string): string {
  if (!text.includes('&')) return text;
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
  return text.replace(/&([a-z]*);/g, (e) => entities[e] ?? e);
}

const truthy = (v: string | undefined) => v === '1' || v === 'true';
const styleOf = (s: string | undefined) => (s ? parseInt(s, 10) || 0 : 0);

/** The column of a cell reference ("AB12" → 28), read from its letters without making strings. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

/** "B12" → [12, 2]; NaNs for what is not an address. */
function address(ref: string): [number, number] {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65) i++;
  return [parseInt(ref.slice(i), 10), columnNumber(ref.slice(0, i))];
}

function mergedArea(ref: string): MergedArea | undefined {
  const [from, to = from] = ref.split(':');
  const [r1, c1] = address(from.replace(/\$/g, ''));
  const [r2, c2] = address(to.replace(/\$/g, ''));
  if (![r1, c1, r2, c2].every((n) => Number.isInteger(n) && n > 0)) return undefined;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

interface CellState {
  column: number;
  type: string | undefined;
  xf: number;
  value: string | undefined;
  formula: boolean;
  rich: string | undefined;
}

/** A cell's value from what its element held; `dates` says which styles show a date. */
function cellValue(cell: CellState, ctx: SheetContext, dates: readonly boolean[]): CellValue | undefined {
  const number = (text: string) => {
    const n = parseFloat(text);
    return cell.xf && dates[cell.xf] ? dateSerial(n, ctx.date1904) : n;
  };
  const { value, type } = cell;
  if (cell.formula) {
    if (!value) return null;
    if (type === 'str') return decodeAgain(value);
    if (type === 'b') return parseInt(value, 10) !== 0;
    if (type === 'e') return { error: value };
    return number(value);
  }
  if (cell.rich !== undefined) return cell.rich;
  if (value === undefined) return undefined;
  switch (type) {
    case 's':
      return ctx.strings[parseInt(value, 10)] ?? null;
    case 'str':
      return decodeAgain(value);
    case 'inlineStr':
      return decodeEscapes(value);
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'e':
      return { error: value };
    default:
      return number(value);
  }
}

export function readSheet(xml: string, part: string, ctx: SheetContext): SheetContent {
  const content: SheetContent = {
    source: xml,
    rows: [],
    cols: [],
    merges: [],
    mergeRefs: [],
    markedFormats: 0,
    lastRow: 0,
  };
  const links = new Map<string, string>();
  const parser = new SaxesParser();
  const path: string[] = [];
  let row: SheetRow | undefined;
  const dates = ctx.formats.map(isDateFormat);
  // One cell is open at a time: its state is reset rather than made anew for each of a sheet's cells.
  const cell: CellState = { column: 0, type: undefined, xf: 0, value: undefined, formula: false, rich: undefined };
  let inCell = false;
  let text: 'v' | 't' | 'f' | 'rt' | 'cf' | undefined;
  let runText = '';
  let format: { rules: number; marked: number } | undefined;
  let rule: { expression: boolean; marked: boolean } | undefined;
  let formulaText = '';

  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    const depth = path.length;
    const parent = path[depth - 1];
    path.push(local);
    if (inCell) {
      if (local === 'v') text = 'v';
      else if (local === 'f') {
        text = 'f';
        if (attrs.t) cell.formula = true;
      } else if (local === 'r' && parent === 'is') cell.rich ??= '';
      else if (local === 't' && parent === 'r') {
        text = 'rt';
        runText = '';
      } else if (local === 't' && parent === 'is') text = 't';
      return;
    }
    if (depth === 3 && local === 'c' && row) {
      const ref = attrs.r;
      const last = row.columns.length > 0 ? row.columns[row.columns.length - 1] : 0;
      const column = ref === undefined ? last + 1 : columnOf(ref);
      inCell = true;
      cell.column = column;
      cell.type = attrs.t;
      cell.xf = styleOf(attrs.s);
      cell.value = undefined;
      cell.formula = false;
      cell.rich = undefined;
    } else if (depth === 2 && local === 'row' && parent === 'sheetData') {
      const r = parseInt(attrs.r, 10);
      const number = Number.isInteger(r) && r > 0 ? r : content.lastRow + 1;
      content.lastRow = Math.max(content.lastRow, number);
      const contentStart = tag.isSelfClosing ? -1 : parser.position;
      row = {
        number,
        hidden: truthy(attrs.hidden),
        xf: styleOf(attrs.s),
        customFormat: truthy(attrs.customFormat),
        columns: [],
        values: [],
        xfs: [],
        contentStart,
        contentEnd: -1,
      };
      content.rows.push(row);
    } else if (depth === 2 && local === 'col' && parent === 'cols') {
      content.cols.push({
        min: parseInt(attrs.min || '0', 10),
        max: parseInt(attrs.max || '0', 10),
        width: attrs.width === undefined ? undefined : parseFloat(attrs.width || '0'),
        hidden: truthy(attrs.hidden),
        xf: styleOf(attrs.style),
      });
    } else if (depth === 2 && local === 'mergeCell' && attrs.ref) {
      const area = mergedArea(attrs.ref);
      if (area) {
        content.merges.push(area);
        content.mergeRefs.push(attrs.ref);
        content.lastRow = Math.max(content.lastRow, area.bottom);
      }
    } else if (depth === 2 && local === 'hyperlink' && attrs.ref) {
      const id = prefixedAttr(attrs, 'id');
      const target = id === undefined ? undefined : ctx.relTargets.get(id);
      if (target !== undefined) links.set(attrs.ref, target);
    } else if (depth === 1 && local === 'conditionalFormatting') {
      format = { rules: 0, marked: 0 };
    } else if (depth === 2 && local === 'cfRule' && format) {
      rule = { expression: attrs.type === 'expression', marked: false };
    } else if (depth === 3 && local === 'formula' && rule) {
      text = 'cf';
      formulaText = '';
    }
  });

  parser.on('text', (t) => {
    if (text === undefined) return;
    if (text === 'rt') runText += t;
    else if (text === 'cf') formulaText += t;
    else if (text === 'f') {
      if (t !== '' && inCell) cell.formula = true;
    } else if (inCell) cell.value = cell.value === undefined ? t : cell.value + t;
  });

  parser.on('closetag', (tag) => {
    const local = localName(tag.name);
    path.pop();
    if (text === 'rt' && local === 't' && inCell) cell.rich = (cell.rich ?? '') + decodeEscapes(runText);
    if (text === 'cf' && local === 'formula' && rule) rule.marked ||= formulaText.includes(HIGHLIGHT_MARKER);
    if (local === 'v' || local === 't' || local === 'f' || local === 'formula') text = undefined;
    if (inCell && local === 'c' && path.length === 3) {
      row?.columns.push(cell.column);
      row?.values.push(cellValue(cell, ctx, dates));
      row?.xfs.push(cell.xf);
      inCell = false;
    } else if (local === 'row' && path.length === 2) {
      if (row && row.contentStart >= 0) row.contentEnd = xml.lastIndexOf('<', parser.position - 1);
      row = undefined;
    } else if (local === 'cfRule' && rule && format) {
      format.rules++;
      if (rule.expression && rule.marked) format.marked++;
      rule = undefined;
    } else if (local === 'conditionalFormatting' && path.length === 1 && format) {
      if (format.rules > 0 && format.marked === format.rules) content.markedFormats++;
      format = undefined;
    }
  });
  parseXml(parser, xml, part);
  applyLinks(content, links);
  return content;
}

/**
 * A cell with a link to outside the workbook reads as its text, or as the link's target when its
 * text is not a string (a number, a blank): what Excel shows a reader who hovers over it.
 */
function applyLinks(content: SheetContent, links: ReadonlyMap<string, string>): void {
  if (links.size === 0) return;
  for (const row of content.rows) {
    row.columns.forEach((column, i) => {
      const target = links.get(`${columnLetters(column)}${row.number}`);
      if (target === undefined) return;
      const value = row.values[i];
      if (typeof value !== 'string') row.values[i] = target;
    });
  }
}
