/** Writing XML text and tags: escaping, and start tags from ordered attributes. */

/** Characters XML 1.0 does not allow at all, even escaped (lone surrogates included). */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const NEEDS_ESCAPE = /[&<>"']/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text that needs neither: checked first, since nearly every text is plain. */
const PLAIN = /^[\t\n\r\x20\x21\x23-\x25\x28-\x3b\x3d\x3f-\uD7FF\uE000-\uFFFD]*$/;

/** Text as XML content or an attribute value. */
export function xmlText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(NOT_XML, '').replace(NEEDS_ESCAPE, (c) => ESCAPES[c]);
}

export type Attributes = readonly (readonly [string, string])[];

/** `<name a="1" b="2">` (or `/>` when `close`). */
export function startTag(name: string, attrs: Attributes, close = false): string {
  let tag = `<${name}`;
  for (const [key, value] of attrs) tag += ` ${key}="${xmlText(value)}"`;
  return `${tag}${close ? '/>' : '>'}`;
}

/** Attributes with one set (in place when present, else at the end) or, with undefined, removed. */
export function withAttr(attrs: Attributes, name: string, value: string | undefined): [string, string][] {
  const out: [string, string][] = [];
  let found = false;
  for (const [key, old] of attrs) {
    if (key !== name) out.push([key, old]);
    else if (value !== undefined) {
      out.push([key, value]);
      found = true;
    } else found = true;
  }
  if (!found && value !== undefined) out.push([name, value]);
  return out;
}

/** Text starting or ending with a space or control character: its `<t>` must say to keep them. */
export function spacedAtEdge(text: string): boolean {
  return text.length > 0 && (text.charCodeAt(0) <= 0x20 || text.charCodeAt(text.length - 1) <= 0x20);
}

/** A text run as an inline-string `<is>`, keeping leading and trailing spaces. */
export function inlineString(prefix: string, text: string): string {
  const p = prefix === '' ? '' : `${prefix}:`;
  return `<${p}is><${p}t${spacedAtEdge(text) ? ' xml:space="preserve"' : ''}>${xmlText(text)}</${p}t></${p}is>`;
}
