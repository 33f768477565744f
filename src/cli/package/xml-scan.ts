/**
 * A package part's XML, tokenised with saxes (a conforming, namespace-aware XML parser) and
 * reported element by element with the character offsets of each tag, so a caller can change one
 * element and copy every other character of the part as it was. Offsets are in the part's text
 * (UTF-16 code units, as JavaScript indexes strings).
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { parseXml } from '../read/tokens';

export interface XmlElement {
  /** Local name, prefix ('' for none) and namespace URI. */
  local: string;
  prefix: string;
  uri: string;
  /** Attributes in document order, by qualified name, decoded. */
  attrs: ReadonlyMap<string, string>;
  /** Offset of the start tag's '<' and of the character after its '>'. */
  start: number;
  openEnd: number;
  selfClosing: boolean;
  /** 0 for the root element. */
  depth: number;
  parent: XmlElement | undefined;
}

export interface XmlHandlers {
  open?(el: XmlElement): void;
  /** `end` is the offset after the element's last character (its end tag, or the start tag if self-closing). */
  close?(el: XmlElement, closeStart: number, end: number): void;
  text?(text: string, parent: XmlElement | undefined): void;
}

/** The main SpreadsheetML namespace, transitional and strict. */
export const MAIN_NS = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
]);

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** An element whose attribute map is made only when asked for: most cells of a big sheet never are. */
class ScannedElement implements XmlElement {
  private map?: Map<string, string>;

  constructor(
    readonly local: string,
    readonly prefix: string,
    readonly uri: string,
    private readonly raw: Record<string, string>,
    readonly start: number,
    readonly openEnd: number,
    readonly selfClosing: boolean,
    readonly depth: number,
    readonly parent: XmlElement | undefined,
  ) {}

  get attrs(): ReadonlyMap<string, string> {
    if (!this.map) {
      this.map = new Map();
      for (const name in this.raw) this.map.set(name, this.raw[name]);
    }
    return this.map;
  }
}

/** The namespaces in scope: a new scope only where an element declares one (in a workbook part, the root). */
function scopeOf(attrs: Record<string, string>, parent: Record<string, string>): Record<string, string> {
  let scope: Record<string, string> | undefined;
  for (const name in attrs) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= { ...parent };
    scope[name === 'xmlns' ? '' : name.slice(6)] = attrs[name];
  }
  return scope ?? parent;
}

/**
 * Walks the XML; throws an InputError naming the part when it is not well-formed. Namespaces are
 * resolved here for element names only (saxes's own resolution also resolves every attribute of
 * every cell, which doubles the cost of a big sheet and is never needed).
 */
export function scanXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  const scopes: Record<string, string>[] = [{ xml: XML_NS }];
  // No raw '<' may stand inside a tag (not even in an attribute value), so a tag starts at the
  // last '<' before the position saxes reports after its '>'.
  parser.on('opentag', (tag: SaxesTag) => {
    const openEnd = parser.position;
    const raw = tag.attributes as Record<string, string>;
    const scope = scopeOf(raw, scopes[scopes.length - 1]);
    scopes.push(scope);
    const colon = tag.name.indexOf(':');
    const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
    const el = new ScannedElement(
      colon < 0 ? tag.name : tag.name.slice(colon + 1),
      prefix,
      scope[prefix] ?? '',
      raw,
      xml.lastIndexOf('<', openEnd - 1),
      openEnd,
      tag.isSelfClosing,
      stack.length,
      stack[stack.length - 1],
    );
    handlers.open?.(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop() as XmlElement;
    scopes.pop();
    const end = parser.position;
    handlers.close?.(el, el.selfClosing ? el.start : xml.lastIndexOf('<', end - 1), end);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (text) => onText(text, stack[stack.length - 1]));
    parser.on('cdata', (text) => onText(text, stack[stack.length - 1]));
  }
  parseXml(parser, xml, part);
}

/** The prefix to write before a new element's name so it lands in the same namespace as `el`. */
export function qualify(el: Pick<XmlElement, 'prefix'>, local: string): string {
  return el.prefix === '' ? local : `${el.prefix}:${local}`;
}
