/**
 * Cell styles in the shape Concordat's record holds them: the record keeps a flag cell's style as
 * exceljs reads it (core/recorded-style.ts), a shape both hosts' records share. So the styles part
 * alone is read by exceljs: a throwaway workbook with the part and one cell in each style. This is
 * the only reading exceljs does, and only when a flag lands on a styled cell or one is given its
 * style back on `clear`; the user's sheets are never handed to it.
 */
import { isDeepStrictEqual } from 'util';
import { zipSync, strToU8 } from 'fflate';
import { recordedStyleSchema, type RecordedStyle } from '../../core/recorded-style';
import { scanXml } from './xml-scan';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

function countXfs(stylesXml: string): number {
  let count = 0;
  scanXml(stylesXml, 'xl/styles.xml', {
    open(el) {
      if (el.depth === 2 && el.local === 'xf' && el.parent?.local === 'cellXfs') count++;
    },
  });
  return count;
}

function probe(stylesXml: string, count: number): Buffer {
  let rows = '';
  for (let i = 0; i < count; i++) rows += `<row r="${i + 1}"><c r="A${i + 1}" s="${i}"/></row>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(stylesXml),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
    ),
  };
  return Buffer.from(zipSync(files, { level: 0 }));
}

/** A cell style as exceljs reads it: numFmt, font, alignment, border, fill, protection, as present. */
export type StyleLook = Record<string, unknown>;

/** A style as the record would hold it: null for none, undefined when the record could not hold it. */
export function recordable(look: StyleLook): RecordedStyle | null | undefined {
  if (Object.keys(look).length === 0) return null;
  const parsed = recordedStyleSchema.safeParse(look);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Each cell style (xf index) of the part as exceljs reads a cell in it; index 0 (and any a cell
 * names that the part lacks) reads as no style at all, as exceljs reads it.
 */
export async function styleLooks(stylesXml: string): Promise<StyleLook[]> {
  const count = countXfs(stylesXml);
  const ExcelJS = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(probe(stylesXml, count) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const ws = workbook.worksheets[0];
  // exceljs keeps a cell's style in a `style` object its typings do not declare.
  const styleOf = (i: number) => (ws.getCell(i + 1, 1) as unknown as { style?: object }).style ?? {};
  return Array.from({ length: count }, (_, i) => JSON.parse(JSON.stringify(styleOf(i))) as StyleLook);
}

/** Finds, for a recorded style, the first cell style of the part that exceljs reads as that style. */
export async function styleFinder(stylesXml: string): Promise<(style: RecordedStyle) => number | undefined> {
  const looks = (await styleLooks(stylesXml)).map(recordable);
  return (style) => {
    const i = looks.findIndex((look) => look !== undefined && isDeepStrictEqual(look, style));
    return i >= 0 ? i : undefined;
  };
}
