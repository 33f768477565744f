/**
 * The sheets workbook.xml names and the part holding each, found through the workbook's
 * relationships: used to write into a sheet's part, and to say which sheet a damaged file names
 * without the part (or the relationship) that would hold it.
 */
import type { ZipParts } from './zip-parts';

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

export interface DeclaredSheet {
  name: string;
  /** The part ("xl/worksheets/sheet2.xml"); undefined when no relationship gives one. */
  part: string | undefined;
  /** The relationship's kind ("worksheet", "chartsheet"); undefined when there is no relationship. */
  kind: string | undefined;
}

/** An attribute's value as written in XML, decoded: `R&amp;D` → `R&D`. */
function attributeText(raw: string): string {
  return raw.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_all, dec, hex, named) => {
    if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'];
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : _all;
  });
}

const attribute = (element: string, name: RegExp): string | undefined => name.exec(element)?.[1];

/** Every `<sheet>` of workbook.xml in order, names decoded: writers differ in what they escape, and how. */
export function declaredSheets(workbookXml: string, relsXml: string): DeclaredSheet[] {
  const rels = new Map<string, { target: string | undefined; type: string | undefined }>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*?\/>/g)) {
    const id = attribute(m[0], /\sId="([^"]*)"/);
    if (id !== undefined)
      rels.set(id, { target: attribute(m[0], /\sTarget="([^"]*)"/), type: attribute(m[0], /\sType="([^"]*)"/) });
  }
  const sheets: DeclaredSheet[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*?\/>/g)) {
    const name = attribute(m[0], /\sname="([^"]*)"/);
    if (name === undefined) continue;
    const id = attribute(m[0], /\sr:id="([^"]*)"/);
    const rel = id === undefined ? undefined : rels.get(id);
    const target = rel?.target;
    sheets.push({
      name: attributeText(name),
      part: target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `xl/${target}`,
      kind: rel?.type?.slice(rel.type.lastIndexOf('/') + 1),
    });
  }
  return sheets;
}

/** The part holding a sheet ("xl/worksheets/sheet4.xml"), from workbook.xml and its relationships. */
export function sheetPartName(zip: ZipParts, sheetName: string): string | undefined {
  const sheets = declaredSheets(zip.text(WORKBOOK_PART) ?? '', zip.text(WORKBOOK_RELS_PART) ?? '');
  return sheets.find((s) => s.name === sheetName)?.part;
}

/**
 * Worksheets workbook.xml names that were not loaded (exceljs drops a sheet whose part or
 * relationship is missing, without a word), each saying why. Chart and dialog sheets hold no
 * cells to check and are not counted.
 */
export function sheetsNotRead(
  declared: readonly DeclaredSheet[],
  loaded: ReadonlySet<string>,
  parts: ReadonlySet<string>,
): string[] {
  return declared
    .filter((s) => !loaded.has(s.name) && (s.kind === undefined || s.kind === 'worksheet'))
    .map((s) => {
      const why =
        s.part === undefined
          ? 'the workbook names no part for it'
          : parts.has(s.part)
            ? `its part ${s.part} was not understood`
            : `the file has no ${s.part}`;
      return `sheet '${s.name}' could not be read (${why})`;
    });
}
