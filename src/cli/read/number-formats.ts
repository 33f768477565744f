/**
 * Each cell style's number format, from the styles part: what tells a date serial from a plain
 * number, and what the snapshot hands the core beside each value.
 */
import { SaxesParser } from 'saxes';
import { localName, parseXml } from './tokens';

/** The built-in formats (ECMA-376 §18.8.30) a style may name by id alone, as the US locale writes them. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** A format that shows a date or time: a date letter outside quoted text and [brackets]. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * The number format of each cell style (cellXfs, by index); undefined where the style names
 * none (id 0, General) or a format the part does not define. A backslash escape in a format code
 * is read as the character it escapes.
 */
export function readCellFormats(xml: string | undefined, part: string): (string | undefined)[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  const parser = new SaxesParser();
  let depth = 0;
  let inXfs = false;
  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    if (depth === 1) inXfs = local === 'cellXfs';
    if (depth === 2 && local === 'numFmt' && attrs.formatCode !== undefined)
      custom.set(parseInt(attrs.numFmtId, 10), attrs.formatCode.replace(/\\(.)/g, '$1'));
    if (depth === 2 && inXfs && local === 'xf') {
      const id = parseInt(attrs.numFmtId, 10);
      formats.push(id ? (custom.get(id) ?? BUILT_IN[id]) : undefined);
    }
    depth++;
  });
  parser.on('closetag', () => {
    depth--;
  });
  parseXml(parser, xml, part);
  return formats;
}
