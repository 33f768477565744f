/**
 * The shared-strings part: each string's text, a rich string's runs joined. Phonetic guides
 * (`rPh`, the reading of East Asian text) are not part of the text. An item with no text at all
 * is null: the cell holds something, but no text.
 */
import { SaxesParser } from 'saxes';
import { decodeEscapes, localName, parseXml } from './tokens';

export function readSharedStrings(xml: string | undefined, part: string): (string | null)[] {
  if (xml === undefined) return [];
  const strings: (string | null)[] = [];
  const parser = new SaxesParser();
  let item: string | null = null;
  let inPhonetic = false;
  let inText = false;
  let text = '';
  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    if (local === 'si') item = null;
    else if (local === 'r') item = item ?? '';
    else if (local === 'rPh') inPhonetic = true;
    else if (local === 't' && !inPhonetic) {
      inText = true;
      text = '';
    }
  });
  const close = (local: string) => {
    if (local === 'si') strings.push(item);
    else if (local === 'rPh') inPhonetic = false;
    else if (local === 't' && inText) {
      inText = false;
      item = (item ?? '') + decodeEscapes(text);
    }
  };
  parser.on('closetag', (tag) => {
    close(localName(tag.name));
  });
  parser.on('text', (t) => {
    if (inText) text += t;
  });
  parseXml(parser, xml, part);
  return strings;
}
