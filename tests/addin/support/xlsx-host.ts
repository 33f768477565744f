/**
 * Opens an .xlsx the way Excel presents it to an add-in, straight from the file's XML rather than
 * through exceljs (which the command line uses), so the parity test compares two independent
 * readings: numbers as numbers (dates as serials beside their number format), shared and inline
 * strings, booleans, errors with value type `Error`, formulas as their cached result, and the
 * number format Excel reports for every cell of the used range, empty ones included. The look of
 * Concordat's output comes too (column widths in points, bold, fills, wrapping, links, highlight
 * colours, frozen rows, print set-up), so output written by either host can be compared.
 */
import { readFileSync } from 'fs';
import { inflateRawSync } from 'zlib';
import { charsToPoints } from '../../../src/core/output/widths';
import { FakeCell, FakeWorksheet, FakeWorkbook, SheetVisibility } from '../../../testkit/office/fake-workbook';
import { childrenNamed, descendants, parseXml, XmlElement } from './xml-reader';

/** The built-in number formats an .xlsx refers to by id, as Excel (en-US) reports them. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yyyy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The entries of a zip file by name (stored or deflated, the only methods an .xlsx uses). */
function unzip(bytes: Buffer): Map<string, Buffer> {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file');
  const entries = new Map<string, Buffer>();
  let at = bytes.readUInt32LE(end + 16);
  for (let i = bytes.readUInt16LE(end + 10); i > 0; i--) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return entries;
}

function xml(entries: Map<string, Buffer>, name: string): XmlElement | undefined {
  const bytes = entries.get(name);
  return bytes ? parseXml(bytes.toString('utf8')) : undefined;
}

/** OOXML escapes characters XML cannot carry as _xHHHH_; Excel shows the character. */
function unescapeText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a shared or inline string: its <t>, or its rich-text runs' <t>s joined. */
function stringText(item: XmlElement): string {
  const runs = childrenNamed(item, 'r');
  const parts = runs.length > 0 ? runs.flatMap((run) => childrenNamed(run, 't')) : childrenNamed(item, 't');
  return unescapeText(parts.map((part) => part.text).join(''));
}

/** What a cell style (cellXfs entry) looks like to Office.js. */
interface CellLook {
  format: string;
  bold: boolean;
  fill?: string;
  wrap: boolean;
}

/** An RGB colour as Office.js gives it ("#F3F2F1") from an ARGB attribute. */
function colour(el: XmlElement | undefined): string {
  const rgb = el?.attributes.rgb;
  return rgb ? `#${rgb.slice(-6)}` : '';
}

function section(styles: XmlElement, name: string, child: string): XmlElement[] {
  const found = descendants(styles).find((e) => e.name === name);
  return found ? childrenNamed(found, child) : [];
}

/** The look of each cell style index (cellXfs), and the highlight colours of each differential style (dxfs). */
function styleLooks(styles: XmlElement | undefined): { cells: CellLook[]; dxfs: { fill: string; font: string }[] } {
  if (!styles) return { cells: [], dxfs: [] };
  const custom = new Map<number, string>();
  for (const format of descendants(styles).filter((e) => e.name === 'numFmt')) {
    custom.set(Number(format.attributes.numFmtId), format.attributes.formatCode);
  }
  const fonts = section(styles, 'fonts', 'font');
  const fills = section(styles, 'fills', 'fill');
  const cells = section(styles, 'cellXfs', 'xf').map((xf) => {
    const id = Number(xf.attributes.numFmtId ?? 0);
    const font = fonts[Number(xf.attributes.fontId ?? 0)];
    const fill = fills[Number(xf.attributes.fillId ?? 0)];
    const pattern = fill && childrenNamed(fill, 'patternFill')[0];
    const alignment = childrenNamed(xf, 'alignment')[0];
    return {
      format: custom.get(id) ?? BUILT_IN_FORMATS[id] ?? 'General',
      bold: font !== undefined && childrenNamed(font, 'b').length > 0,
      fill: pattern?.attributes.patternType === 'solid' ? colour(childrenNamed(pattern, 'fgColor')[0]) : undefined,
      wrap: alignment?.attributes.wrapText === '1',
    };
  });
  const dxfs = section(styles, 'dxfs', 'dxf').map((dxf) => ({
    fill: colour(descendants(dxf).find((e) => e.name === 'fgColor')),
    font: colour(childrenNamed(childrenNamed(dxf, 'font')[0] ?? dxf, 'color')[0]),
  }));
  return { cells, dxfs };
}

/** 'AB12' → 0-based [row, column]. */
function position(reference: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(reference);
  if (!match) throw new Error(`bad cell reference ${reference}`);
  let column = 0;
  for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(match[2]) - 1, column - 1];
}

/**
 * How a text cell holding "" comes back. Excel for Windows keeps it as text (ISBLANK is FALSE);
 * Excel on the web has been seen to treat "" as blank, so the parity test tries both.
 */
export type EmptyText = 'String' | 'Empty';

/** What Excel reports for one <c> element. */
function cellOf(c: XmlElement, strings: string[], format: string, emptyText: EmptyText): FakeCell {
  const type = c.attributes.t ?? 'n';
  const v = childrenNamed(c, 'v')[0]?.text;
  if (type === 'inlineStr') return textCell(stringText(childrenNamed(c, 'is')[0]), format, emptyText);
  if (v === undefined) return { value: '', type: 'Empty', format };
  if (type === 's') return textCell(strings[Number(v)], format, emptyText);
  if (type === 'str') return textCell(unescapeText(v), format, emptyText);
  if (type === 'b') return { value: v === '1', type: 'Boolean', format };
  if (type === 'e') return { value: v, type: 'Error', format };
  return { value: Number(v), type: 'Double', format };
}

function textCell(text: string, format: string, emptyText: EmptyText): FakeCell {
  return { value: text, type: text === '' ? emptyText : 'String', format };
}

function readSheet(
  sheet: FakeWorksheet,
  part: XmlElement,
  strings: string[],
  looks: ReturnType<typeof styleLooks>,
  emptyText: EmptyText,
): void {
  const formats = looks.cells.map((look) => look.format);
  const columnFormats = new Map<number, string>();
  for (const col of descendants(part).filter((e) => e.name === 'col')) {
    const format = formats[Number(col.attributes.style ?? 0)] ?? 'General';
    for (let c = Number(col.attributes.min); c <= Number(col.attributes.max); c++) {
      columnFormats.set(c - 1, format);
      if (col.attributes.width !== undefined && col.attributes.customWidth === '1')
        sheet.widths.set(c - 1, charsToPoints(Number(col.attributes.width)));
    }
  }
  for (const c of descendants(part).filter((e) => e.name === 'c')) {
    const [row, column] = position(c.attributes.r);
    const look = c.attributes.s !== undefined ? looks.cells[Number(c.attributes.s)] : undefined;
    const cell = cellOf(c, strings, look?.format ?? 'General', emptyText);
    if (look?.bold) cell.bold = true;
    if (look?.fill) cell.fill = look.fill;
    if (look?.wrap) cell.wrap = true;
    sheet.set(row, column, cell);
  }
  for (const link of descendants(part).filter((e) => e.name === 'hyperlink' && e.attributes.location)) {
    const [row, column] = position(link.attributes.ref);
    sheet.set(row, column, {
      ...(sheet.get(row, column) ?? { value: '', type: 'Empty', format: 'General' }),
      hyperlink: link.attributes.location,
    });
  }
  const pane = descendants(part).find((e) => e.name === 'pane' && e.attributes.state === 'frozen');
  if (pane) sheet.frozenRows = Number(pane.attributes.ySplit ?? 0);
  const setup = descendants(part).find((e) => e.name === 'pageSetup');
  if (setup?.attributes.orientation)
    sheet.pageLayout.orientation = setup.attributes.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (descendants(part).some((e) => e.name === 'pageSetUpPr' && e.attributes.fitToPage === '1')) {
    sheet.pageLayout.zoom = {
      horizontalFitToPages: Number(setup?.attributes.fitToWidth ?? 1),
      verticalFitToPages: Number(setup?.attributes.fitToHeight ?? 1),
    };
  }
  const print = descendants(part).find((e) => e.name === 'printOptions');
  if (print) sheet.pageLayout.printGridlines = ['1', 'true'].includes(print.attributes.gridLines ?? '0');
  for (const merge of descendants(part).filter((e) => e.name === 'mergeCell')) sheet.merges.push(merge.attributes.ref);
  // Rules Excel lists in sheet.getRange().conditionalFormats (fills and fonts live in styles; not needed here).
  for (const block of descendants(part).filter((e) => e.name === 'conditionalFormatting')) {
    for (const rule of childrenNamed(block, 'cfRule')) {
      const formula = childrenNamed(rule, 'formula')[0]?.text ?? '';
      const look = looks.dxfs[Number(rule.attributes.dxfId ?? -1)];
      sheet.conditionalFormats.push({
        type: rule.attributes.type === 'expression' ? 'Custom' : 'CellValue',
        formula: `=${formula}`,
        fill: look?.fill ?? '',
        font: look?.font ?? '',
        appliesTo: block.attributes.sqref.split(' ').join(','),
      });
    }
  }
  // Excel reports a column's format for the empty cells of the used range that have no <c> of their own.
  const extent = sheet.usedExtent();
  if (!extent) return;
  for (let r = extent.rowIndex; r < extent.rowIndex + extent.rowCount; r++) {
    for (let c = extent.columnIndex; c < extent.columnIndex + extent.columnCount; c++) {
      const format = columnFormats.get(c);
      if (!sheet.get(r, c) && format) sheet.set(r, c, { value: '', type: 'Empty', format });
    }
  }
}

export function workbookFromXlsx(file: string, emptyText: EmptyText = 'String'): FakeWorkbook {
  const entries = unzip(readFileSync(file));
  const book = xml(entries, 'xl/workbook.xml');
  const rels = xml(entries, 'xl/_rels/workbook.xml.rels');
  if (!book || !rels) throw new Error(`${file} has no workbook part`);
  const targets = new Map(
    childrenNamed(rels, 'Relationship').map((rel) => [
      rel.attributes.Id,
      rel.attributes.Target.replace(/^\/?(xl\/)?/, 'xl/'),
    ]),
  );
  const shared = xml(entries, 'xl/sharedStrings.xml');
  const strings = shared ? childrenNamed(shared, 'si').map(stringText) : [];
  const looks = styleLooks(xml(entries, 'xl/styles.xml'));
  const titles = new Map(
    descendants(book)
      .filter((e) => e.name === 'definedName' && e.attributes.name === '_xlnm.Print_Titles')
      .map((e) => [Number(e.attributes.localSheetId), e.text.replace(/^.*!/, '')]),
  );
  const workbook = new FakeWorkbook();
  const properties = descendants(book).find((e) => e.name === 'workbookPr');
  workbook.date1904 = ['1', 'true'].includes(properties?.attributes.date1904 ?? '');
  for (const entry of descendants(book).filter((e) => e.name === 'sheet')) {
    const sheet = workbook.addSheet(entry.attributes.name);
    const state = entry.attributes.state;
    sheet.visibility = (
      state === 'veryHidden' ? 'VeryHidden' : state === 'hidden' ? 'Hidden' : 'Visible'
    ) as SheetVisibility;
    const part = xml(entries, targets.get(entry.attributes['r:id']) ?? '');
    if (part) readSheet(sheet, part, strings, looks, emptyText);
    const title = titles.get(workbook.sheets.length - 1);
    if (title) sheet.pageLayout.titleRows = title;
  }
  return workbook;
}
