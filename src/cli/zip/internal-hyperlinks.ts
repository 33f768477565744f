/**
 * Links to a place inside the workbook ("Savings!A1"). Excel stores them as a `location` on the
 * hyperlink with no relationship. exceljs reads only relationship links, so it would drop them,
 * and it writes its own internal links as a relationship *and* a location, which Excel joins into
 * a broken address ("#Sheet!A1##Sheet!A1", exceljs issue #3027). So:
 *  - before exceljs reads a file, each location-only link gets a relationship to "#location";
 *  - after exceljs writes one, each link whose relationship points at "#…" becomes location-only,
 *    as Excel writes it, and the relationship is dropped.
 */
import { readCentralDirectory, type ZipEntry } from './central-directory';
import { readEntryText, rewriteEntries } from './rewrite-entries';

const SHEET_PART = /^xl\/worksheets\/(sheet\d+\.xml)$/;
const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

interface SheetParts {
  sheet: ZipEntry;
  relsName: string;
  rels: ZipEntry | undefined;
}

/**
 * Sheets holding hyperlinks, with their texts. `internalOnly`: only sheets whose relationships
 * point inside the workbook ("#…"); the small rels part says so, so the other sheets (on a big
 * workbook, tens of megabytes of XML) are never inflated.
 */
function sheetsWithLinks(buf: Buffer, internalOnly = false): { parts: SheetParts[]; texts: Map<string, string> } {
  const entries = readCentralDirectory(buf, Number.MAX_SAFE_INTEGER);
  const byName = new Map(entries.map((e) => [e.name, e] as const));
  const parts: SheetParts[] = [];
  const texts = new Map<string, string>();
  for (const entry of entries) {
    const m = SHEET_PART.exec(entry.name);
    if (!m) continue;
    const relsName = `xl/worksheets/_rels/${m[1]}.rels`;
    const rels = byName.get(relsName);
    const relsText = rels ? readEntryText(buf, rels) : undefined;
    if (internalOnly && !relsText?.includes('Target="#')) continue;
    const text = readEntryText(buf, entry);
    if (!text.includes('<hyperlink ')) continue;
    texts.set(entry.name, text);
    if (relsText !== undefined) texts.set(relsName, relsText);
    parts.push({ sheet: entry, relsName, rels });
  }
  return { parts, texts };
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
  const { parts, texts } = sheetsWithLinks(buf);
  const replacements = new Map<string, string>();
  for (const part of parts) {
    let rels = texts.get(part.relsName) ?? EMPTY_RELS;
    const used = relationshipTargets(rels);
    const added: string[] = [];
    let n = 0;
    const xml = (texts.get(part.sheet.name) ?? '').replace(/<hyperlink\b([^>]*?)\/>/g, (element, attrs: string) => {
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
    replacements.set(part.sheet.name, xml);
    replacements.set(part.relsName, rels);
  }
  // A rels part added here needs no content-type entry: every package declares the .rels default.
  return replacements.size === 0 ? buf : rewriteEntries(buf, replacements);
}

/** After writing: links whose relationship points inside the workbook become location-only. */
export function repairInternalHyperlinks(buf: Buffer): Buffer {
  const { parts, texts } = sheetsWithLinks(buf, true);
  const replacements = new Map<string, string>();
  for (const part of parts) {
    const relsXml = texts.get(part.relsName);
    if (!relsXml) continue;
    const targets = relationshipTargets(relsXml);
    const dropped = new Set<string>();
    const xml = (texts.get(part.sheet.name) ?? '').replace(/<hyperlink\b([^>]*?)\/>/g, (element, attrs: string) => {
      const id = attr(attrs, 'r:id');
      const target = id === null ? undefined : targets.get(id);
      if (id === null || target === undefined || !target.startsWith('#')) return element;
      dropped.add(id);
      const rest = attrs.replace(/\sr:id="[^"]*"/, '').replace(/\slocation="[^"]*"/, '');
      return `<hyperlink${rest} location="${target.slice(1)}"/>`;
    });
    if (dropped.size === 0) continue;
    replacements.set(part.sheet.name, xml);
    replacements.set(
      part.relsName,
      relsXml.replace(/<Relationship\b[^>]*?\/>/g, (element) =>
        dropped.has(attr(element, 'Id') ?? '') ? '' : element,
      ),
    );
  }
  return replacements.size === 0 ? buf : rewriteEntries(buf, replacements);
}
