/**
 * The other way from xlsx-host.ts: saves the add-in test host's in-memory workbook as an .xlsx, as
 * Excel would save what the add-in left in it (values, number formats, bold, fills, wrapping,
 * widths, links, merges, conditional formats, frozen rows, print set-up, sheet visibility), so the
 * command line can take over a workbook the add-in checked. Test code only.
 */
import { strToU8, zipSync } from 'fflate';
import { pointsToChars } from '../../../src/core/output/widths';
import { columnLetters } from '../../../src/core/snapshot';
import type { FakeCell, FakeWorksheet, FakeWorkbook } from '../../../testkit/office/fake-workbook';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Excel's built-in number formats by code: written as their id, as Excel does. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  'm/d/yyyy': 14,
  '@': 49,
};

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The styles part, built as cells ask for looks: `xf(cell)` gives a cell's style index. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly xfs = new Map<string, number>([['0|0|0|0', 0]]);
  private readonly dxfs: string[] = [];

  xf(cell: FakeCell): number {
    const format = BUILT_IN[cell.format] ?? this.custom(cell.format);
    let fill = 0;
    if (cell.fill) {
      const xml = `<fill><patternFill patternType="solid"><fgColor rgb="FF${cell.fill.slice(1)}"/><bgColor rgb="FF${cell.fill.slice(1)}"/></patternFill></fill>`;
      fill = this.fills.indexOf(xml);
      if (fill < 0) fill = this.fills.push(xml) - 1;
    }
    const key = `${format}|${cell.bold ? 1 : 0}|${fill}|${cell.wrap ? 1 : 0}`;
    let index = this.xfs.get(key);
    if (index === undefined) this.xfs.set(key, (index = this.xfs.size));
    return index;
  }

  dxf(fill: string, font: string): number {
    const colour = (hex: string) => `FF${hex.replace('#', '')}`;
    return (
      this.dxfs.push(
        `<dxf><font><color rgb="${colour(font)}"/></font><fill><patternFill patternType="solid"><fgColor rgb="${colour(fill)}"/><bgColor rgb="${colour(fill)}"/></patternFill></fill></dxf>`,
      ) - 1
    );
  }

  private custom(code: string): number {
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = 164 + this.formats.size));
    return id;
  }

  toXml(): string {
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    const xfs = [...this.xfs.keys()].map((key) => {
      const [format, bold, fill, wrap] = key.split('|').map(Number);
      const align = wrap ? '<alignment wrapText="1"/>' : '';
      return `<xf numFmtId="${format}" fontId="${bold}" fillId="${fill}" borderId="0" xfId="0"${format ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${wrap ? ' applyAlignment="1"' : ''}>${align}</xf>`;
    });
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join('')}</dxfs>` +
      '</styleSheet>'
    );
  }
}

function cellXml(ref: string, cell: FakeCell, s: number): string {
  const style = s ? ` s="${s}"` : '';
  if (cell.type === 'Empty') return `<c r="${ref}"${style}/>`;
  if (cell.type === 'String')
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(String(cell.value))}</t></is></c>`;
  if (cell.type === 'Boolean') return `<c r="${ref}"${style} t="b"><v>${cell.value ? 1 : 0}</v></c>`;
  if (cell.type === 'Error') return `<c r="${ref}"${style} t="e"><v>${esc(String(cell.value))}</v></c>`;
  return `<c r="${ref}"${style}><v>${cell.value}</v></c>`;
}

function sheetXml(sheet: FakeWorksheet, styles: Styles): string {
  const rows = new Map<number, [number, FakeCell][]>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    rows.set(r, [...(rows.get(r) ?? []), [c, cell]]);
  }
  const data = [...rows]
    .sort((a, b) => a[0] - b[0])
    .map(([r, cells]) => {
      const body = cells
        .sort((a, b) => a[0] - b[0])
        .map(([c, cell]) => cellXml(`${columnLetters(c + 1)}${r + 1}`, cell, styles.xf(cell)))
        .join('');
      return `<row r="${r + 1}">${body}</row>`;
    })
    .join('');
  const parts = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`,
  ];
  const { zoom, orientation, printGridlines } = sheet.pageLayout;
  if (zoom) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  if (sheet.frozenRows > 0) {
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`,
    );
  }
  const widths = [...sheet.widths].sort((a, b) => a[0] - b[0]);
  if (widths.length > 0) {
    const cols = widths.map(
      ([c, points]) => `<col min="${c + 1}" max="${c + 1}" width="${pointsToChars(points)}" customWidth="1"/>`,
    );
    parts.push(`<cols>${cols.join('')}</cols>`);
  }
  parts.push(`<sheetData>${data}</sheetData>`);
  if (sheet.merges.length > 0)
    parts.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
    );
  sheet.conditionalFormats.forEach((format, i) => {
    const sqref = format.appliesTo
      .replace(/\$/g, '')
      .split(',')
      .map((a) => a.trim())
      .join(' ');
    // The test host keeps a rule's kind only as Custom (a formula) or not; the look only as two colours.
    const kind = format.type === 'Custom' ? 'type="expression"' : 'type="cellIs" operator="equal"';
    const look = format.fill || format.font ? ` dxfId="${styles.dxf(format.fill, format.font)}"` : '';
    parts.push(
      `<conditionalFormatting sqref="${sqref}"><cfRule ${kind}${look} priority="${i + 1}"><formula>${esc(format.formula.replace(/^=/, ''))}</formula></cfRule></conditionalFormatting>`,
    );
  });
  const links = [...sheet.cells].filter(([, cell]) => cell.hyperlink);
  if (links.length > 0) {
    const xml = links.map(([key, cell]) => {
      const [r, c] = key.split(',').map(Number);
      return `<hyperlink ref="${columnLetters(c + 1)}${r + 1}" location="${esc(cell.hyperlink ?? '')}" display="${esc(String(cell.value))}"/>`;
    });
    parts.push(`<hyperlinks>${xml.join('')}</hyperlinks>`);
  }
  if (printGridlines !== undefined) parts.push(`<printOptions gridLines="${printGridlines ? 1 : 0}"/>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (orientation || zoom) {
    const fit = zoom
      ? ` fitToWidth="${zoom.horizontalFitToPages ?? 1}" fitToHeight="${zoom.verticalFitToPages ?? 1}"`
      : '';
    parts.push(`<pageSetup${orientation ? ` orientation="${orientation.toLowerCase()}"` : ''}${fit}/>`);
  }
  parts.push('</worksheet>');
  return parts.join('');
}

const STATE: Record<string, string> = { Hidden: ' state="hidden"', VeryHidden: ' state="veryHidden"' };

export function xlsxFromFake(workbook: FakeWorkbook): Buffer {
  const styles = new Styles();
  const files: Record<string, Uint8Array> = {};
  const entries = workbook.sheets.map((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, styles));
    return `<sheet name="${esc(sheet.name)}" sheetId="${i + 1}"${STATE[sheet.visibility] ?? ''} r:id="rId${i + 1}"/>`;
  });
  const titles = workbook.sheets.flatMap((sheet, i) =>
    sheet.pageLayout.titleRows
      ? [
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${esc(sheet.name.replace(/'/g, "''"))}'!${sheet.pageLayout.titleRows}</definedName>`,
        ]
      : [],
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<workbookPr${workbook.date1904 ? ' date1904="1"' : ''}/><bookViews><workbookView/></bookViews>` +
      `<sheets>${entries.join('')}</sheets>${titles.length ? `<definedNames>${titles.join('')}</definedNames>` : ''}</workbook>`,
  );
  const sheetRels = workbook.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const stylesId = `rId${workbook.sheets.length + 1}`;
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${sheetRels.join('')}` +
      `<Relationship Id="${stylesId}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(styles.toXml());
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const overrides = workbook.sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  // Written in order (content types first), as Excel writes a package.
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'], ...files };
  return Buffer.from(zipSync(ordered));
}
