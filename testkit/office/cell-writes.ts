/**
 * What a write through a range leaves in the fake workbook's cells, as Excel does it: values typed
 * in as if by hand (numbers, percentages and TRUE/FALSE in text become numbers and booleans unless
 * the cell is formatted as Text; a leading apostrophe is Excel's text prefix; =, + and - start a
 * formula), formulas, number formats, bold, colours, wrapping, links and column widths.
 */
import { a1, Rect } from './a1-addresses';
import { FakeCell, FakeWorksheet, toFakeCell } from './fake-workbook';
import { officeError } from './office-errors';

/** A look written over more cells than this is not kept cell by cell (whole columns are styled only in reports). */
const MAX_MATERIALISED_CELLS = 500_000;

/** Excel's number format for text: what it shows stays exactly as typed. */
const TEXT_FORMAT = '@';

/** Excel refuses every change to the cells of a protected sheet. */
export function refuseIfProtected(sheet: FakeWorksheet, what: string): void {
  if (sheet.protected) throw officeError('AccessDenied', undefined, what);
}

function forEachCell(rect: Rect, visit: (row: number, column: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.column; c < rect.column + rect.columns; c++) visit(r, c);
}

/** A look written over a block of cells (bold, a fill, wrapping, a link): kept cell by cell, for modest blocks. */
export function styleCells(sheet: FakeWorksheet, rect: Rect, look: Partial<FakeCell>): void {
  if (rect.rows * rect.columns > MAX_MATERIALISED_CELLS) return;
  forEachCell(rect, (r, c) => sheet.set(r, c, { ...(sheet.get(r, c) ?? toFakeCell(null)), ...look }));
}

/** `range.clear()`: everything by default; the values and formulas only (`Contents`); or the look only (`Formats`). */
export function clearCells(sheet: FakeWorksheet, rect: Rect, applyTo = 'All'): void {
  if (!['All', 'Contents', 'Formats', 'Hyperlinks'].includes(applyTo))
    throw officeError('InvalidArgument', `clear does not take '${applyTo}'`);
  for (const [key, cell] of [...sheet.cells]) {
    const [r, c] = key.split(',').map(Number);
    if (r < rect.row || r >= rect.row + rect.rows || c < rect.column || c >= rect.column + rect.columns) continue;
    if (applyTo === 'All') {
      sheet.cells.delete(key);
      continue;
    }
    const kept: FakeCell = { ...cell };
    if (applyTo === 'Contents') {
      kept.value = '';
      kept.type = 'Empty';
      delete kept.formula;
    } else if (applyTo === 'Formats') {
      kept.format = 'General';
      for (const look of ['bold', 'fill', 'colour', 'wrap'] as const) delete kept[look];
    } else delete kept.hyperlink;
    sheet.set(r, c, kept);
  }
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** What Excel stores when text is typed into a cell (or assigned to `values`). */
function typedText(current: FakeCell, text: string): FakeCell {
  const rest: FakeCell = { ...current };
  delete rest.formula;
  if (text.startsWith("'")) {
    const shown = text.slice(1);
    return { ...rest, value: shown, type: shown === '' ? 'Empty' : 'String' };
  }
  if (text === '') return { ...rest, value: '', type: 'Empty' };
  if (current.format === TEXT_FORMAT) return { ...rest, value: text, type: 'String' };
  if (/^=./.test(text)) {
    const shown = /^=HYPERLINK\(".*","(.*)"\)$/.exec(text);
    return { ...rest, formula: text, value: shown ? shown[1] : '', type: 'String' };
  }
  const trimmed = text.trim();
  if (/\d/.test(trimmed) && NUMBER.test(trimmed))
    return { ...rest, value: Number(trimmed.replace(/,/g, '')), type: 'Double' };
  const percent = /^([+-]?\d+(?:\.\d+)?)%$/.exec(trimmed);
  if (percent)
    return {
      ...rest,
      value: Number(percent[1]) / 100,
      type: 'Double',
      format: current.format === 'General' ? '0%' : current.format,
    };
  if (/^(true|false)$/i.test(trimmed)) return { ...rest, value: trimmed.toUpperCase() === 'TRUE', type: 'Boolean' };
  // Text that starts like a formula but is not a number is taken for one, and Excel cannot name what it calls.
  if (/^[+\-@]/.test(text)) return { ...rest, formula: `=${text}`, value: '#NAME?', type: 'Error' };
  return { ...rest, value: text, type: 'String' };
}

/** What Excel stores when one value, formula or number format is written into a cell; null leaves it as it is. */
function writeCell(current: FakeCell, property: 'values' | 'formulas' | 'numberFormat', input: unknown): FakeCell {
  if (input === null || input === undefined) return current;
  if (property === 'numberFormat') return { ...current, format: String(input) };
  if (typeof input === 'string') return typedText(current, input);
  const rest: FakeCell = { ...current };
  delete rest.formula;
  if (typeof input === 'number') return { ...rest, value: input, type: 'Double' };
  if (typeof input === 'boolean') return { ...rest, value: input, type: 'Boolean' };
  throw officeError('InvalidArgument', `${property} cannot hold ${JSON.stringify(input)}`);
}

/**
 * `range.values`, `range.formulas` or `range.numberFormat` assigned: a grid the size of the range,
 * or a single value for every cell.
 */
export function writeGrid(
  sheet: FakeWorksheet,
  rect: Rect,
  property: 'values' | 'formulas' | 'numberFormat',
  grid: unknown,
): void {
  const apply = (r: number, c: number, input: unknown) =>
    sheet.set(r, c, writeCell(sheet.get(r, c) ?? toFakeCell(null), property, input));
  if (!Array.isArray(grid)) {
    if (rect.rows * rect.columns > MAX_MATERIALISED_CELLS) return;
    forEachCell(rect, (r, c) => apply(r, c, grid));
    return;
  }
  if (grid.length !== rect.rows || grid.some((line) => !Array.isArray(line) || line.length !== rect.columns)) {
    throw officeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${a1(rect.row, rect.column, rect.rows, rect.columns)}.`,
    );
  }
  (grid as unknown[][]).forEach((line, r) => line.forEach((input, c) => apply(rect.row + r, rect.column + c, input)));
}

/** `range.hyperlink` assigned: a link from each cell to a place in the workbook, showing `textToDisplay` when given. */
export function writeLink(sheet: FakeWorksheet, rect: Rect, link: Excel.RangeHyperlink): void {
  if (typeof link !== 'object' || link === null) throw officeError('InvalidArgument', 'hyperlink takes an object');
  const shown = link.textToDisplay;
  styleCells(sheet, rect, {
    hyperlink: link.documentReference,
    ...(shown !== undefined ? { value: shown, type: shown === '' ? 'Empty' : 'String' } : {}),
  });
}

/** `format.columnWidth` (points) or `format.useStandardWidth = true` over the range's columns. */
export function writeWidth(sheet: FakeWorksheet, rect: Rect, width: number | 'standard'): void {
  for (let c = rect.column; c < rect.column + rect.columns; c++) {
    if (width === 'standard') sheet.widths.delete(c);
    else sheet.widths.set(c, width);
  }
}
