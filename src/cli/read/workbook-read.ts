/**
 * A workbook package read for checking and for deciding what to write: xl/workbook.xml (sheets,
 * their states, the date system), the shared strings, each style's number format, and every
 * worksheet part (sheet-read.ts). Parts are read with saxes straight from the package's expanded
 * bytes; nothing is read twice.
 */
import { SaxesParser } from 'saxes';
import { InputError } from '../input-error';
import type { ReadLimits } from '../limits';
import { listSheets, workbookPartOfKind } from '../package/workbook-parts';
import type { WorkbookPackage } from '../package/workbook-package';
import { readCellFormats } from './number-formats';
import { readSharedStrings } from './shared-strings';
import { readSheet, type SheetContent } from './sheet-read';
import { localName, parseXml } from './tokens';

type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface ReadSheet extends SheetContent {
  name: string;
  state: SheetState;
  part: string;
}

export interface ReadWorkbook {
  sheets: ReadSheet[];
  date1904: boolean;
  /** The styles part, when the package has one. */
  stylesPart: string | undefined;
  /** Each cell style's number format (number-formats.ts), by xf index. */
  formats: (string | undefined)[];
  /** Worksheets the workbook names that could not be read, each saying why. */
  unreadSheets: string[];
}

function date1904(pkg: WorkbookPackage): boolean {
  let found = false;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (localName(tag.name) !== 'workbookPr') return;
    const value = (tag.attributes as Record<string, string>).date1904;
    found = value === '1' || value === 'true';
  });
  parseXml(parser, pkg.text('xl/workbook.xml') ?? '', 'xl/workbook.xml');
  return found;
}

/** A part's relationships, id → target (its hyperlinks' addresses). */
function relTargets(pkg: WorkbookPackage, part: string): Map<string, string> {
  const slash = part.lastIndexOf('/');
  const relsPart = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  const targets = new Map<string, string>();
  const xml = pkg.text(relsPart);
  if (xml === undefined) return targets;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (localName(tag.name) === 'Relationship' && attrs.Id !== undefined) targets.set(attrs.Id, attrs.Target ?? '');
  });
  parseXml(parser, xml, relsPart);
  return targets;
}

const state = (value: string | undefined): SheetState =>
  value === 'hidden' || value === 'veryHidden' ? value : 'visible';

export function readPackage(pkg: WorkbookPackage, limits: Pick<ReadLimits, 'maxSheets'>): ReadWorkbook {
  const listed = listSheets(pkg).filter((s) => s.kind === undefined || s.kind === 'worksheet');
  const unreadSheets: string[] = [];
  const readable = listed.filter((s) => {
    if (s.part !== undefined && pkg.has(s.part)) return true;
    const why = s.part === undefined ? 'the workbook names no part for it' : `the file has no ${s.part}`;
    unreadSheets.push(`sheet '${s.name}' could not be read (${why})`);
    return false;
  });
  if (readable.length > limits.maxSheets)
    throw new InputError('limit.sheets', `has ${readable.length} sheets, more than the ${limits.maxSheets} limit`);
  const stringsPart = workbookPartOfKind(pkg, 'sharedStrings');
  const stylesPart = workbookPartOfKind(pkg, 'styles');
  const base = {
    strings: readSharedStrings(stringsPart && pkg.text(stringsPart), stringsPart ?? ''),
    formats: readCellFormats(stylesPart && pkg.text(stylesPart), stylesPart ?? ''),
    date1904: date1904(pkg),
  };
  const sheets = readable.map((s): ReadSheet => {
    const part = s.part as string;
    const content = readSheet(pkg.text(part) ?? '', part, { ...base, relTargets: relTargets(pkg, part) });
    return { name: s.name, state: state(s.state), part, ...content };
  });
  return { sheets, date1904: base.date1904, stylesPart, formats: base.formats, unreadSheets };
}
