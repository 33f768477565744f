/**
 * One worksheet part patched in one pass of the tokenizer: cells of a flags column written,
 * emptied or given back their style, the column's width set or restored, Concordat's conditional
 * formats removed and new ones added. Every other character of the part is copied as it was: other
 * cells, shared formulas, rich text, validations over whole columns, extensions, whatever
 * namespace prefixes the writer chose.
 */
import { columnLetters, columnNumber } from '../../core/snapshot';
import { cutSpans } from './cut-text';
import { applyEdits, writeEdited, type Edit } from './edits';
import type { BuiltPart } from './workbook-package';
import { XmlChunks } from './xml-chunks';
import type { StyleBook } from './styles';
import { MAIN_NS, qualify, scanXml, type XmlElement } from './xml-scan';
import { inlineString, startTag, withAttr, xmlText, type Attributes } from './xml-text';

/** A flag, a flag of accepted findings only (grey), or the flags header in its left neighbour's style or its own. */
export type FlagStyle = 'flag' | 'muted' | 'header-left' | 'header-own';

export type CellOp =
  /** A flag or header: on one line at the top in its own (or inherited) style, or bold in its own or its left neighbour's. */
  | { kind: 'write'; text: string; style: FlagStyle }
  /** Back to no cell at all (it had no style of its own). */
  | { kind: 'remove' }
  /** Back to an empty cell in this style. */
  | { kind: 'restyle'; xf: number };

export interface ColumnChange {
  column: number;
  /** 'set': width and shown for the flags; 'restore': back to the width and visibility recorded. */
  mode: 'set' | 'restore';
  width: number | null;
  hidden: boolean;
}

interface Highlight {
  sqref: string;
  formula: string;
  dxf: number;
}

export interface SheetChanges {
  /** By row, then column. */
  cells: Map<number, Map<number, CellOp>>;
  columns: ColumnChange[];
  /** Remove conditional formats all of whose rules carry this marker. */
  dropFormatsMarked?: string;
  highlights: Highlight[];
}

/** Sections that come after conditional formats in a worksheet (CT_Worksheet's order). */
const AFTER_FORMATS = new Set([
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
  'AlternateContent',
]);

interface Col {
  min: number;
  max: number;
  attrs: Attributes;
  /** The element as it was in the part; undefined once changed. */
  text?: string;
}

interface Format {
  start: number;
  end: number;
  rules: number;
  marked: number;
}

const truthy = (v: string | undefined) => v === '1' || v === 'true';

function cellRef(el: XmlElement, implied: number): number {
  const r = el.attrs.get('r');
  if (r === undefined) return implied;
  let i = 0;
  while (i < r.length && r.charCodeAt(i) >= 65) i++;
  return columnNumber(r.slice(0, i));
}

interface RowState {
  el: XmlElement;
  number: number;
  ops: [number, CellOp][];
  next: number;
  /** Style index of each cell seen so far, by column (for the header's left neighbour). */
  styles: Map<number, number>;
  edits: Edit[];
  cells: number;
  removed: number;
  inserted: number;
  current?: { el: XmlElement; column: number; op?: CellOp };
  lastColumn: number;
}

/** A row the changes have nothing to do with but flags at its end: cut out of what is tokenised. */
export interface IdleRow {
  /** Offsets in the part: the start tag's `<`, the character after the end tag, and the end tag's `<`. */
  start: number;
  end: number;
  endTag: number;
  number: number;
  /** The style a cell made in the row takes from it (`customFormat`); undefined when it takes its column's. */
  xf: number | undefined;
}

export interface PatchOutcome {
  /** The patched part's text. */
  readonly xml: string;
  /**
   * The patched part as UTF-8, deflating as it is made: a big sheet is never one string. `bytes`,
   * the part's own UTF-8, lets what is kept be copied rather than encoded again.
   */
  part(bytes?: Buffer): BuiltPart;
  formatsRemoved: number;
}

/**
 * Patches the part. `idle` may name rows of it, in order, that the changes have nothing to do with
 * but flags added at their end (as the reader found them): they are not tokenised again.
 */
export function patchSheet(
  whole: string,
  part: string,
  changes: SheetChanges,
  styles: StyleBook,
  idle: readonly IdleRow[] = [],
): PatchOutcome {
  const cut = cutSpans(
    whole,
    idle.map((r) => [r.start, r.end] as const),
  );
  const xml = cut.text;
  /** Edits at offsets in the cut text, and edits at offsets in the whole part (in idle rows and before them). */
  const edits: Edit[] = [];
  const wholeEdits: Edit[] = [];
  let nextIdle = 0;
  let root: XmlElement | undefined;
  let rootClose = -1;
  let sheetData: { el: XmlElement; closeStart: number } | undefined;
  let cols: { el: XmlElement; end: number } | undefined;
  const colList: Col[] = [];
  const formats: Format[] = [];
  let formatText = '';
  let afterFormats = -1;
  let maxPriority = 0;
  const pending = [...changes.cells.keys()].sort((a, b) => a - b);
  let nextPending = 0;
  let lastRow = 0;
  let row: RowState | undefined;
  const main = (el: XmlElement) => MAIN_NS.has(el.uri);
  const p = (local: string) => qualify(root as XmlElement, local);

  const columnStyle = (column: number): number => {
    const col = colList.find((c) => c.min <= column && column <= c.max);
    return Number(col?.attrs.find(([k]) => k === 'style')?.[1] ?? 0);
  };
  const inherited = (rowEl: XmlElement | undefined, column: number): number =>
    rowEl && truthy(rowEl.attrs.get('customFormat')) ? Number(rowEl.attrs.get('s') ?? 0) : columnStyle(column);

  /** The XML of a cell an op leaves ('' for none). */
  const cellXml = (rowNumber: number, column: number, op: CellOp, own: number, state: RowState | undefined) => {
    const ref = `${columnLetters(column)}${rowNumber}`;
    if (op.kind === 'remove') return '';
    if (op.kind === 'restyle') {
      return op.xf === inherited(state?.el, column)
        ? ''
        : startTag(
            p('c'),
            [
              ['r', ref],
              ['s', String(op.xf)],
            ],
            true,
          );
    }
    const base = op.style === 'header-left' ? (state?.styles.get(column - 1) ?? 0) : own;
    const xf = styles.derive(base, op.style === 'header-left' || op.style === 'header-own' ? 'bold' : op.style);
    // As startTag writes it: a reference and a style index need no escaping.
    const c = p('c');
    return `<${c} r="${ref}" s="${xf}" t="inlineStr">${inlineString(root?.prefix ?? '', op.text)}</${c}>`;
  };

  /** Cells for a row the part does not have. */
  const newRow = (rowNumber: number): string => {
    const ops = [...(changes.cells.get(rowNumber) ?? [])].sort((a, b) => a[0] - b[0]);
    const cells = ops.map(([column, op]) => cellXml(rowNumber, column, op, columnStyle(column), undefined)).join('');
    return cells === '' ? '' : `${startTag(p('row'), [['r', String(rowNumber)]])}${cells}</${p('row')}>`;
  };

  const flushRowsBefore = (limit: number, at: number, into = edits) => {
    let text = '';
    while (nextPending < pending.length && pending[nextPending] < limit) text += newRow(pending[nextPending++]);
    if (text !== '') into.push({ start: at, end: at, text });
  };

  /** The idle rows that start before `limit` (an offset in the whole part), in order, as if they had been read. */
  const passIdleRows = (limit: number) => {
    while (nextIdle < idle.length && idle[nextIdle].start < limit) {
      const r = idle[nextIdle++];
      flushRowsBefore(r.number, r.start, wholeEdits);
      lastRow = r.number;
      if (pending[nextPending] !== r.number) continue;
      nextPending++;
      const ops = [...(changes.cells.get(r.number) ?? [])].sort((a, b) => a[0] - b[0]);
      const cells = ops.map(([column, op]) => cellXml(r.number, column, op, r.xf ?? columnStyle(column), undefined));
      const text = cells.join('');
      if (text !== '') wholeEdits.push({ start: r.endTag, end: r.endTag, text });
    }
  };

  const insertCells = (state: RowState, limit: number, at: number) => {
    let text = '';
    while (state.next < state.ops.length && state.ops[state.next][0] < limit) {
      const [column, op] = state.ops[state.next++];
      const cell = cellXml(state.number, column, op, inherited(state.el, column), state);
      if (cell !== '') state.inserted++;
      text += cell;
    }
    if (text !== '') state.edits.push({ start: at, end: at, text });
  };

  scanXml(xml, part, {
    open(el) {
      if (el.depth === 0) {
        root = el;
        return;
      }
      if (el.local === 'cfRule') {
        const priority = Number(el.attrs.get('priority'));
        if (Number.isFinite(priority)) maxPriority = Math.max(maxPriority, priority);
      }
      if (el.depth === 1) {
        if (!main(el)) {
          if (el.local === 'AlternateContent' && afterFormats < 0) afterFormats = el.start;
          return;
        }
        if (el.local === 'sheetData') sheetData = { el, closeStart: el.start };
        if (el.local === 'conditionalFormatting')
          formats.push({ start: el.start, end: el.openEnd, rules: 0, marked: 0 });
        if (AFTER_FORMATS.has(el.local) && afterFormats < 0) afterFormats = el.start;
        return;
      }
      const parent = el.parent as XmlElement;
      if (el.depth === 2 && parent.local === 'cols' && el.local === 'col') {
        const attrs = [...el.attrs];
        colList.push({ min: Number(el.attrs.get('min')), max: Number(el.attrs.get('max')), attrs });
      } else if (el.depth === 2 && parent.local === 'sheetData' && el.local === 'row') {
        passIdleRows(cut.original(el.start));
        const explicit = Number(el.attrs.get('r'));
        const number = Number.isInteger(explicit) && explicit > 0 ? explicit : lastRow + 1;
        lastRow = number;
        flushRowsBefore(number, el.start);
        row = undefined;
        if (pending[nextPending] === number) {
          nextPending++;
          const ops = [...(changes.cells.get(number) ?? [])].sort((a, b) => a[0] - b[0]);
          row = {
            el,
            number,
            ops,
            next: 0,
            styles: new Map(),
            edits: [],
            cells: 0,
            removed: 0,
            inserted: 0,
            lastColumn: 0,
          };
        }
      } else if (el.depth === 3 && row && parent === row.el && el.local === 'c') {
        const column = cellRef(el, row.lastColumn + 1);
        row.lastColumn = column;
        row.cells++;
        row.styles.set(column, Number(el.attrs.get('s') ?? 0));
        insertCells(row, column, el.start);
        let op: CellOp | undefined;
        if (row.next < row.ops.length && row.ops[row.next][0] === column) op = row.ops[row.next++][1];
        row.current = { el, column, op };
      } else if (el.depth === 2 && parent.local === 'conditionalFormatting' && el.local === 'cfRule') {
        formats[formats.length - 1].rules++;
      } else if (el.depth === 3 && el.local === 'formula' && parent.parent?.local === 'conditionalFormatting') {
        formatText = '';
      }
    },
    close(el, closeStart, end) {
      if (el.depth === 0) {
        rootClose = closeStart;
        return;
      }
      if (el.depth === 1 && main(el)) {
        if (el.local === 'sheetData' && sheetData) {
          passIdleRows(Infinity);
          sheetData.closeStart = closeStart;
        }
        if (el.local === 'cols') cols = { el, end };
        if (el.local === 'conditionalFormatting') formats[formats.length - 1].end = end;
      }
      if (el.depth === 2 && el.local === 'col' && el.parent?.local === 'cols') {
        colList[colList.length - 1].text = xml.slice(el.start, end);
      }
      if (el.depth === 3 && el.local === 'formula' && el.parent?.parent?.local === 'conditionalFormatting') {
        const format = formats[formats.length - 1];
        if (changes.dropFormatsMarked && formatText.includes(changes.dropFormatsMarked)) format.marked++;
      }
      if (row && el === row.current?.el) {
        const { column, op } = row.current;
        if (op) {
          const own = Number(el.attrs.get('s') ?? 0);
          const text = cellXml(row.number, column, op, own, row);
          if (text === '') row.removed++;
          row.edits.push({ start: el.start, end, text });
        }
        row.current = undefined;
      }
      if (row && el === row.el) {
        if (!el.selfClosing) insertCells(row, Infinity, closeStart);
        const bare = [...el.attrs.keys()].every((k) => k === 'r' || k === 'spans');
        if (row.cells > 0 && row.removed === row.cells && row.inserted === 0 && bare) {
          edits.push({ start: el.start, end, text: '' });
        } else if (el.selfClosing) {
          const cells = row.ops
            .map(([column, op]) => cellXml(row!.number, column, op, inherited(el, column), row))
            .join('');
          if (cells !== '')
            edits.push({
              start: el.start,
              end,
              text: `${xml.slice(el.start, end - 2)}>${cells}</${qualify(el, 'row')}>`,
            });
        } else edits.push(...row.edits);
        row = undefined;
      }
    },
    text(text, parent) {
      if (parent?.local === 'formula' && parent.depth === 3) formatText += text;
    },
  });
  if (!root || !sheetData) throw new Error(`${part} has no sheetData`);
  const sd = sheetData;
  if (sd.el.selfClosing) {
    let rows = '';
    while (nextPending < pending.length) rows += newRow(pending[nextPending++]);
    const name = qualify(sd.el, 'sheetData');
    if (rows !== '')
      edits.push({
        start: sd.el.start,
        end: sd.el.openEnd,
        text: `${startTag(name, [...sd.el.attrs])}${rows}</${name}>`,
      });
  } else flushRowsBefore(Infinity, sd.closeStart);
  editColumns(xml, changes.columns, colList, cols, sd.el.start, p, edits);
  let formatsRemoved = 0;
  for (const f of formats) {
    if (f.rules > 0 && f.marked === f.rules) {
      edits.push({ start: f.start, end: f.end, text: '' });
      formatsRemoved++;
    }
  }
  const at = afterFormats >= 0 ? afterFormats : rootClose;
  const added = changes.highlights
    .map(
      (h, i) =>
        `${startTag(p('conditionalFormatting'), [['sqref', h.sqref]])}${startTag(p('cfRule'), [
          ['type', 'expression'],
          ['dxfId', String(h.dxf)],
          ['priority', String(maxPriority + 1 + i)],
        ])}<${p('formula')}>${xmlText(h.formula)}</${p('formula')}></${p('cfRule')}></${p('conditionalFormatting')}>`,
    )
    .join('');
  if (added !== '') edits.push({ start: at, end: at, text: added });
  // A replaced range ends before any cut row that follows it; an insertion goes after it.
  const placed = edits.map((e) => {
    const start = cut.original(e.start);
    return { ...e, start, end: e.end === e.start ? start : cut.original(e.end, true) };
  });
  const all = placed.concat(wholeEdits);
  let text: string | undefined;
  return {
    get xml() {
      text ??= applyEdits(whole, all);
      return text;
    },
    part(bytes) {
      const out = new XmlChunks();
      writeEdited(whole, all, out, bytes);
      return out.finish();
    },
    formatsRemoved,
  };
}

function sameLook(a: Col, b: Col): boolean {
  const rest = (c: Col) => c.attrs.filter(([k]) => k !== 'min' && k !== 'max');
  return JSON.stringify(rest(a)) === JSON.stringify(rest(b));
}

function colText(col: Col, name: string): string {
  if (col.text !== undefined) return col.text;
  const attrs = withAttr(withAttr(col.attrs, 'min', String(col.min)), 'max', String(col.max));
  return startTag(name, attrs, true);
}

/** The flags column set, or restored; a `col` range it lies in is split, and joined again on restore. */
function changeColumn(list: Col[], change: ColumnChange): Col[] {
  const c = change.column;
  const at = list.findIndex((col) => col.min <= c && c <= col.max);
  const old: Col =
    at >= 0
      ? list[at]
      : {
          min: c,
          max: c,
          attrs: [
            ['min', String(c)],
            ['max', String(c)],
          ],
        };
  let attrs: Attributes = old.attrs;
  if (change.mode === 'set') {
    attrs = withAttr(withAttr(withAttr(attrs, 'width', String(change.width)), 'customWidth', '1'), 'hidden', undefined);
  } else {
    attrs =
      change.width === null
        ? withAttr(withAttr(attrs, 'width', undefined), 'customWidth', undefined)
        : withAttr(attrs, 'width', String(change.width));
    attrs = withAttr(attrs, 'hidden', change.hidden ? '1' : undefined);
  }
  const pieces: Col[] = [];
  if (old.min < c) pieces.push({ ...old, max: c - 1, text: undefined });
  pieces.push({ min: c, max: c, attrs });
  if (c < old.max) pieces.push({ ...old, min: c + 1, text: undefined });
  const before = at >= 0 ? list.slice(0, at) : list.filter((col) => col.max < c);
  const after = at >= 0 ? list.slice(at + 1) : list.filter((col) => col.min > c);
  let merged = [...before, ...pieces, ...after];
  if (change.mode === 'restore') {
    // Join the restored column to neighbours that look the same: the range it was split from.
    const joined: Col[] = [];
    for (const col of merged) {
      const last = joined[joined.length - 1];
      const touchesMine = (x: Col) => x.min <= c && c <= x.max;
      if (last && last.max + 1 === col.min && sameLook(last, col) && (touchesMine(last) || touchesMine(col))) {
        joined[joined.length - 1] = { ...last, max: col.max, text: undefined };
      } else joined.push(col);
    }
    merged = joined.filter(
      (col) => !(col.min <= c && c <= col.max) || col.attrs.some(([k]) => k !== 'min' && k !== 'max'),
    );
  }
  return merged;
}

function editColumns(
  xml: string,
  changes: readonly ColumnChange[],
  list: Col[],
  cols: { el: XmlElement; end: number } | undefined,
  sheetDataStart: number,
  p: (local: string) => string,
  edits: Edit[],
): void {
  if (changes.length === 0) return;
  let result = list;
  for (const change of changes) result = changeColumn(result, change);
  const name = cols ? qualify(cols.el, 'col') : p('col');
  const body = result.map((col) => colText(col, name)).join('');
  if (cols) {
    const colsName = qualify(cols.el, 'cols');
    const text = body === '' ? '' : `${startTag(colsName, [...cols.el.attrs])}${body}</${colsName}>`;
    const unchanged = xml.slice(cols.el.start, cols.end);
    if (text !== unchanged) edits.push({ start: cols.el.start, end: cols.end, text });
  } else if (body !== '') {
    edits.push({ start: sheetDataStart, end: sheetDataStart, text: `<${p('cols')}>${body}</${p('cols')}>` });
  }
}
