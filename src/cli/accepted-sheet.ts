/**
 * Adds an acceptance to the workbook's package: a row at the end of the user's `Concordat accepted`
 * sheet, or the sheet itself (visible, with its header) when the workbook has none. Every other
 * part is kept as it is; the sheet is the user's, so it goes into no record and `clear` leaves it.
 */
import type { AcceptedField } from '../core/accepted/read';
import { ACCEPTED_FIELDS } from '../core/accepted/read';
import type { AcceptanceEntry } from '../core/accepted/sheet';
import { ACCEPTED_COLUMNS, ACCEPTED_HEADERS, ACCEPTED_SHEET, acceptedRowCells } from '../core/accepted/sheet';
import { columnLetters } from '../core/snapshot';
import { InputError } from './input-error';
import { FROZEN_HEADER, HEAD, MARGINS, colsXml, rowXml } from './owned-sheets';
import { applyEdits } from './package/edits';
import { StyleBook } from './package/styles';
import type { WorkbookPackage } from './package/workbook-package';
import { addSheet, listSheets, sheetPart, stylesPart } from './package/workbook-parts';
import { qualify, scanXml } from './package/xml-scan';
import { inlineString } from './package/xml-text';

/** Where the accepted sheet's columns are, as the check read them (core/accepted/read.ts). */
export interface AcceptedSheetLayout {
  name: string;
  columns: ReadonlyMap<AcceptedField, number>;
  /** The last row holding anything, as the check read the sheet. */
  lastRow: number;
}

function newSheetXml(entry: AcceptanceEntry, styles: StyleBook): string {
  const header = styles.derive(0, 'header');
  return [
    HEAD,
    FROZEN_HEADER,
    colsXml(ACCEPTED_COLUMNS),
    '<sheetData>',
    rowXml(1, ACCEPTED_HEADERS, () => header),
    rowXml(2, acceptedRowCells(entry), () => undefined),
    '</sheetData>',
    MARGINS,
    '</worksheet>',
  ].join('');
}

/** The entry as a row after every row the part has, its cells in the columns the sheet's header gives them. */
function appendRow(xml: string, part: string, entry: AcceptanceEntry, layout: AcceptedSheetLayout): string {
  interface Found {
    prefix: string;
    start: number;
    openEnd: number;
    closeStart: number;
    selfClosing: boolean;
  }
  const seen: Found[] = [];
  let lastRow = layout.lastRow;
  let rows = 0;
  scanXml(xml, part, {
    open: (el) => {
      if (el.depth === 2 && el.local === 'row' && el.parent?.local === 'sheetData') {
        rows += 1;
        lastRow = Math.max(lastRow, Number(el.attrs.get('r') ?? rows));
      }
    },
    close: (el, closeStart) => {
      if (el.depth === 1 && el.local === 'sheetData')
        seen.push({ prefix: el.prefix, start: el.start, openEnd: el.openEnd, closeStart, selfClosing: el.selfClosing });
    },
  });
  const found = seen[0];
  if (!found) throw new InputError('input.damaged', `sheet '${layout.name}' has no cells part (sheetData)`);
  const tag = (local: string) => qualify({ prefix: found.prefix }, local);
  const n = lastRow + 1;
  const values = acceptedRowCells(entry);
  const cells = [...layout.columns]
    .sort((a, b) => a[1] - b[1])
    .map(([field, column]) => {
      const value = values[ACCEPTED_FIELDS.indexOf(field)];
      const ref = `${columnLetters(column)}${n}`;
      return value === ''
        ? ''
        : `<${tag('c')} r="${ref}" t="inlineStr">${inlineString(found.prefix, value)}</${tag('c')}>`;
    })
    .join('');
  const row = `<${tag('row')} r="${n}">${cells}</${tag('row')}>`;
  return found.selfClosing
    ? applyEdits(xml, [
        { start: found.start, end: found.openEnd, text: `<${tag('sheetData')}>${row}</${tag('sheetData')}>` },
      ])
    : applyEdits(xml, [{ start: found.closeStart, end: found.closeStart, text: row }]);
}

/** Writes the entry into the package: a row on the accepted sheet the check read, or a new sheet. */
export function addAcceptance(pkg: WorkbookPackage, entry: AcceptanceEntry, layout: AcceptedSheetLayout | null): void {
  if (layout) {
    const sheet = listSheets(pkg).find((s) => s.name === layout.name);
    if (!sheet) throw new InputError('input.damaged', `sheet '${layout.name}' was read but is not in xl/workbook.xml`);
    const part = sheetPart(pkg, layout.name);
    pkg.set(part, appendRow(pkg.text(part) ?? '', part, entry, layout));
    return;
  }
  const stylesName = stylesPart(pkg);
  const styles = new StyleBook(pkg.text(stylesName) ?? '', stylesName);
  addSheet(pkg, ACCEPTED_SHEET, newSheetXml(entry, styles));
  if (styles.changed) pkg.set(stylesName, styles.toXml());
}
