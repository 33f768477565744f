/**
 * What the readers share: saxes run without namespace processing (the fastest way through a big
 * sheet), element names taken without their prefix, and a part that is not well-formed refused in
 * one line naming it.
 */
import type { SaxesParser } from 'saxes';
import { InputError } from '../input-error';

/** `x:c` → `c`: the readers match SpreadsheetML's names whatever prefix the writer bound. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name (`r:id` as `id`), for attributes that may come with any prefix. */
export function prefixedAttr(attrs: Record<string, string>, local: string): string | undefined {
  for (const key of Object.keys(attrs)) if (localName(key) === local && key.includes(':')) return attrs[key];
  return undefined;
}

/** Runs `parser` over a part; the package scanner refuses a damaged part with the same line. */
export function parseXml(parser: SaxesParser, xml: string, part: string): void {
  try {
    parser.write(xml).close();
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError(
      'input.damaged',
      `could not be read as a workbook (${part} is not well-formed XML: ${reason})`,
    );
  }
}

/** `_x000D_` and the like: how SpreadsheetML writes characters XML cannot hold. */
export function decodeEscapes(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
