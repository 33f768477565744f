/**
 * A small XML reader for the tests: enough for an Office manifest (elements, attributes, text,
 * comments, the XML declaration, the five predefined entities). No DTDs, no CDATA.
 * Written here because the project has no XML parser among its declared dependencies.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity];
  });
}

function parseAttributes(source: string, tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let rest = source;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    attributes[match[1]] = decode(match[3] ?? match[4] ?? '');
    rest = rest.replace(match[0], '');
  }
  if (rest.trim() !== '') throw new Error(`Malformed attributes in <${tag}>: ${rest.trim()}`);
  return attributes;
}

/** Parses a document and returns its root element; throws on mismatched or unclosed tags. */
export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    const text = source.slice(at, open === -1 ? source.length : open);
    if (stack.length > 0) stack[stack.length - 1].text += decode(text);
    else if (text.trim() !== '') throw new Error(`Text outside the root element: ${text.trim()}`);
    if (open === -1) break;
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open);
      if (end === -1) throw new Error('Unclosed comment');
      at = end + 3;
      continue;
    }
    if (source.startsWith('<?', open)) {
      const end = source.indexOf('?>', open);
      if (end === -1) throw new Error('Unclosed processing instruction');
      at = end + 2;
      continue;
    }
    const close = source.indexOf('>', open);
    if (close === -1) throw new Error('Unclosed tag');
    const body = source.slice(open + 1, close);
    at = close + 1;
    if (body.startsWith('/')) {
      const name = body.slice(1).trim();
      const element = stack.pop();
      if (!element || element.name !== name) throw new Error(`Unexpected </${name}>`);
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const nameEnd = inner.search(/\s|$/);
    const name = inner.slice(0, nameEnd);
    const element: XmlElement = {
      name,
      attributes: parseAttributes(inner.slice(nameEnd), name),
      children: [],
      text: '',
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else if (root) throw new Error('More than one root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new Error('No root element');
  return root;
}

/** Children with the given name (qualified names compared as written, e.g. `bt:Image`). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function child(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

/** Every element in document order, the root first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}
