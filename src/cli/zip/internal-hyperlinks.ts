/**
 * Links to a place inside the workbook ("Savings!A1"). Excel stores them as a `location` on the
 * hyperlink with no relationship. exceljs reads only relationship links, so it would drop them,
 * and it writes its own internal links as a relationship *and* a location, which Excel joins into
 * a broken address ("#Sheet!A1##Sheet!A1", exceljs issue #3027). So:
 *  - before exceljs reads a file, each location-only link gets a relationship to "#location";
 *  - after exceljs writes one, each link whose relationship points at "#…" becomes location-only,
 *    as Excel writes it, and the relationship is dropped.
 */
import { ZipParts } from './zip-parts';

const SHEET_PART = /^xl\/worksheets\/(sheet\d+\.xml)$/;
const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const HYPERLINK_TAG = Buffer.from('<hyperlink ');
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

interface SheetParts {
  sheet: string;
  relsName: string;
}

/**
 * Sheets holding hyperlinks. `internalOnly`: only sheets whose relationships point inside the
 * workbook ("#…"); the small rels part says so, so the other sheets (on a big workbook, tens of
 * megabytes of XML) are never inflated.
 */
function sheetsWithLinks(zip: ZipParts, internalOnly = false): SheetParts[] {
  const parts: SheetParts[] = [];
  for (const name of zip.names) {
    const m = SHEET_PART.exec(name);
    if (!m) continue;
    const relsName = `xl/worksheets/_rels/${m[1]}.rels`;
    if (internalOnly && !zip.text(relsName)?.includes('Target="#')) continue;
    // Searched as bytes: most sheets have no links, and need never be decoded.
    if (!(zip.bytes(name)?.includes(HYPERLINK_TAG) ?? false)) continue;
    parts.push({ sheet: name, relsName });
  }
  return parts;
}

/** One pattern per attribute name, built once: attr runs several times for each of ~100k links. */
const ATTR_PATTERNS = new Map<string, RegExp>();

function attr(element: string, name: string): string | null {
  let pattern = ATTR_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}="([^"]*)"`);
    ATTR_PATTERNS.set(name, pattern);
  }
  const m = pattern.exec(element);
  return m ? m[1] : null;
}

/** Relationship id → target (still XML-escaped, as it appears in the file). */
function relationshipTargets(relsXml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*?\/>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id !== null && target !== null) out.set(id, target);
  }
  return out;
}

/** Before reading: location-only links get a relationship exceljs will follow. */
export function exposeInternalHyperlinks(buf: Buffer): Buffer {
  const zip = new ZipParts(buf);
  for (const part of sheetsWithLinks(zip)) {
    let rels = zip.text(part.relsName) ?? EMPTY_RELS;
    const used = relationshipTargets(rels);
    const added: string[] = [];
    let n = 0;
    const xml = (zip.text(part.sheet) ?? '').replace(/<hyperlink\b([^>]*?)\/>/g, (element, attrs: string) => {
      const location = attr(attrs, 'location');
      if (location === null || attr(attrs, 'r:id') !== null) return element;
      let id: string;
      do id = `rIdConcordat${++n}`;
      while (used.has(id));
      added.push(`<Relationship Id="${id}" Type="${HYPERLINK_REL}" Target="#${location}" TargetMode="External"/>`);
      return `<hyperlink r:id="${id}"${attrs}/>`;
    });
    if (added.length === 0) continue;
    rels = rels.replace('</Relationships>', `${added.join('')}</Relationships>`);
    zip.replace(part.sheet, xml);
    zip.replace(part.relsName, rels);
  }
  // A rels part added here needs no content-type entry: every package declares the .rels default.
  return zip.changed ? zip.saveStored() : buf;
}

/** After writing: links whose relationship points inside the workbook become location-only. */
export function repairInternalHyperlinks(zip: ZipParts): void {
  for (const part of sheetsWithLinks(zip, true)) {
    const relsXml = zip.text(part.relsName);
    if (!relsXml) continue;
    const targets = relationshipTargets(relsXml);
    const dropped = new Set<string>();
    const xml = (zip.text(part.sheet) ?? '').replace(/<hyperlink\b([^>]*?)\/>/g, (element, attrs: string) => {
      const id = attr(attrs, 'r:id');
      const target = id === null ? undefined : targets.get(id);
      if (id === null || target === undefined || !target.startsWith('#')) return element;
      dropped.add(id);
      const rest = attrs.replace(/\sr:id="[^"]*"/, '').replace(/\slocation="[^"]*"/, '');
      return `<hyperlink${rest} location="${target.slice(1)}"/>`;
    });
    if (dropped.size === 0) continue;
    zip.replace(part.sheet, xml);
    zip.replace(
      part.relsName,
      relsXml.replace(/<Relationship\b[^>]*?\/>/g, (element) =>
        dropped.has(attr(element, 'Id') ?? '') ? '' : element,
      ),
    );
  }
}
