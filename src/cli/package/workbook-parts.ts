/**
 * The parts that say what sheets a workbook has: xl/workbook.xml (`<sheets>`, defined names, the
 * active tab), its relationships and [Content_Types].xml. Sheets are added at the end and removed
 * by editing these parts in place: every other element, attribute and character is kept.
 */
import { applyEdits, type Edit } from './edits';
import { STYLES_CONTENT_TYPE, EMPTY_STYLES } from './styles';
import type { BuiltPart, WorkbookPackage } from './workbook-package';
import { qualify, scanXml, type XmlElement } from './xml-scan';
import { startTag, withAttr, xmlText } from './xml-text';
import { InputError } from '../input-error';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const REL_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL_TYPES}/worksheet`;
const STYLES_TYPE = `${REL_TYPES}/styles`;
const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface SheetEntry {
  name: string;
  /** Position in `<sheets>`, from 0: what defined names' localSheetId counts. */
  index: number;
  sheetId: number;
  rid: string;
  state: string | undefined;
  /** The sheet's part ("xl/worksheets/sheet2.xml"); undefined when its relationship is missing. */
  part: string | undefined;
  /** Its relationship's kind ("worksheet", "chartsheet"); undefined when there is none. */
  kind: string | undefined;
  el: XmlElement;
  end: number;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  el: XmlElement;
  end: number;
}

interface Located {
  el: XmlElement;
  /** Where its end tag starts, and where it ends. */
  closeStart: number;
  end: number;
}

/** Elements of a part, each with where it ends. */
function elements(xml: string, part: string): Located[] {
  const found: Located[] = [];
  const open: Located[] = [];
  scanXml(xml, part, {
    open(el) {
      const item = { el, closeStart: el.openEnd, end: el.openEnd };
      found.push(item);
      open.push(item);
    },
    close(_el, closeStart, end) {
      const item = open.pop() as Located;
      item.closeStart = closeStart;
      item.end = end;
    },
  });
  return found;
}

function relationships(pkg: WorkbookPackage): Relationship[] {
  const xml = pkg.text(WORKBOOK_RELS);
  if (xml === undefined) return [];
  return elements(xml, WORKBOOK_RELS)
    .filter(({ el }) => el.depth === 1 && el.local === 'Relationship')
    .map(({ el, end }) => ({
      id: el.attrs.get('Id') ?? '',
      type: el.attrs.get('Type') ?? '',
      target: el.attrs.get('Target') ?? '',
      external: el.attrs.get('TargetMode') === 'External',
      el,
      end,
    }));
}

/** A relationship's target as a part name ("worksheets/sheet1.xml" from the workbook → "xl/worksheets/sheet1.xml"). */
function partName(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relationship-id attribute's qualified name ("r:id"), whatever prefix the workbook binds. */
function idAttribute(el: XmlElement): string | undefined {
  return [...el.attrs.keys()].find((k) => /^[^:]+:id$/.test(k));
}

/**
 * The workbook's part of a relationship kind ("sharedStrings"), when it has one the package holds;
 * the kind is the type's last segment, so Strict Open XML's types are found too.
 */
export function workbookPartOfKind(pkg: WorkbookPackage, kind: string): string | undefined {
  const rel = relationships(pkg).find((r) => r.type.endsWith(`/relationships/${kind}`) && !r.external);
  const part = rel && partName(rel.target);
  return part !== undefined && pkg.has(part) ? part : undefined;
}

export function listSheets(pkg: WorkbookPackage): SheetEntry[] {
  const xml = pkg.text(WORKBOOK) ?? '';
  const rels = new Map(relationships(pkg).map((r) => [r.id, r] as const));
  const sheets: SheetEntry[] = [];
  for (const { el, end } of elements(xml, WORKBOOK)) {
    if (el.depth !== 2 || el.local !== 'sheet' || el.parent?.local !== 'sheets') continue;
    const idName = idAttribute(el);
    const rid = idName ? (el.attrs.get(idName) ?? '') : '';
    const rel = rels.get(rid);
    sheets.push({
      name: el.attrs.get('name') ?? '',
      index: sheets.length,
      sheetId: Number(el.attrs.get('sheetId') ?? 0),
      rid,
      state: el.attrs.get('state'),
      part: rel && !rel.external ? partName(rel.target) : undefined,
      kind: rel?.type.slice(rel.type.lastIndexOf('/') + 1),
      el,
      end,
    });
  }
  return sheets;
}

export function sheetPart(pkg: WorkbookPackage, name: string): string {
  const part = listSheets(pkg).find((s) => s.name === name)?.part;
  if (part === undefined || !pkg.has(part))
    throw new InputError('input.damaged', `sheet '${name}' has no part in the package`);
  return part;
}

function edit(pkg: WorkbookPackage, part: string, edits: Edit[]): void {
  if (edits.length === 0) return;
  pkg.set(part, applyEdits(pkg.text(part) ?? '', edits));
}

/** Inserts an element as the last child of the part's root. */
function appendToRoot(pkg: WorkbookPackage, part: string, local: string, attrs: [string, string][]): void {
  const xml = pkg.text(part) ?? '';
  const root = elements(xml, part)[0];
  if (!root || root.el.selfClosing) throw new InputError('input.damaged', `has an empty ${part}`);
  edit(pkg, part, [
    { start: root.closeStart, end: root.closeStart, text: startTag(qualify(root.el, local), attrs, true) },
  ]);
}

function freeRelId(pkg: WorkbookPackage): string {
  const taken = new Set(relationships(pkg).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function addRelationship(pkg: WorkbookPackage, type: string, target: string): string {
  if (!pkg.has(WORKBOOK_RELS))
    throw new InputError('input.damaged', `has no relationships for its workbook part (${WORKBOOK_RELS})`);
  const id = freeRelId(pkg);
  appendToRoot(pkg, WORKBOOK_RELS, 'Relationship', [
    ['Id', id],
    ['Type', type],
    ['Target', target],
  ]);
  return id;
}

function addOverride(pkg: WorkbookPackage, part: string, contentType: string): void {
  appendToRoot(pkg, CONTENT_TYPES, 'Override', [
    ['PartName', `/${part}`],
    ['ContentType', contentType],
  ]);
}

/** The styles part, made (with its relationship and content type) when the package has none. */
export function stylesPart(pkg: WorkbookPackage): string {
  const rel = relationships(pkg).find((r) => r.type === STYLES_TYPE && !r.external);
  if (rel && pkg.has(partName(rel.target))) return partName(rel.target);
  const part = 'xl/styles.xml';
  pkg.set(part, EMPTY_STYLES);
  if (!rel) addRelationship(pkg, STYLES_TYPE, 'styles.xml');
  addOverride(pkg, part, STYLES_CONTENT_TYPE);
  return part;
}

/** Adds a sheet at the end of the workbook, with its part, relationship and content type. */
export function addSheet(pkg: WorkbookPackage, name: string, xml: string | BuiltPart, state?: 'veryHidden'): void {
  // Excel compares sheet names without regard to case: two that differ only in case is a broken file.
  if (listSheets(pkg).some((s) => s.name.toLowerCase() === name.toLowerCase()))
    throw new InputError(
      'write.failed',
      `Concordat could not add its sheet '${name}' (the workbook has a sheet of that name); nothing was written`,
    );
  let k = 1;
  while (pkg.has(`xl/worksheets/sheet${k}.xml`)) k++;
  const part = `xl/worksheets/sheet${k}.xml`;
  pkg.set(part, xml);
  const rid = addRelationship(pkg, WORKSHEET_TYPE, `worksheets/sheet${k}.xml`);
  addOverride(pkg, part, WORKSHEET_CONTENT_TYPE);

  const workbook = pkg.text(WORKBOOK) ?? '';
  const all = elements(workbook, WORKBOOK);
  const sheets = all.find(({ el }) => el.depth === 1 && el.local === 'sheets');
  const existing = listSheets(pkg);
  if (!sheets || existing.length === 0) throw new InputError('input.damaged', 'has no sheets in xl/workbook.xml');
  const idName = idAttribute(existing[0].el) ?? 'r:id';
  const attrs: [string, string][] = [
    ['name', name],
    ['sheetId', String(Math.max(...existing.map((s) => s.sheetId)) + 1)],
  ];
  if (state) attrs.push(['state', state]);
  attrs.push([idName, rid]);
  const at = sheets.closeStart;
  edit(pkg, WORKBOOK, [{ start: at, end: at, text: startTag(qualify(existing[0].el, 'sheet'), attrs, true) }]);
}

/** What may sit between `<sheets>` and `<definedNames>` in a workbook (CT_Workbook's order). */
const BEFORE_DEFINED_NAMES = ['sheets', 'functionGroups', 'externalReferences'];

/** Adds a name local to one sheet (the report's print titles), making `<definedNames>` if there is none. */
export function addSheetName(pkg: WorkbookPackage, sheet: string, name: string, value: string): void {
  const entry = listSheets(pkg).find((s) => s.name === sheet);
  if (!entry) return;
  const all = elements(pkg.text(WORKBOOK) ?? '', WORKBOOK);
  const tag = (local: string) => qualify(entry.el, local);
  const text = `${startTag(tag('definedName'), [
    ['name', name],
    ['localSheetId', String(entry.index)],
  ])}${xmlText(value)}</${tag('definedName')}>`;
  const names = all.find(({ el }) => el.depth === 1 && el.local === 'definedNames');
  if (names && !names.el.selfClosing) {
    edit(pkg, WORKBOOK, [{ start: names.closeStart, end: names.closeStart, text }]);
    return;
  }
  if (names) {
    edit(pkg, WORKBOOK, [
      { start: names.el.start, end: names.end, text: `<${tag('definedNames')}>${text}</${tag('definedNames')}>` },
    ]);
    return;
  }
  const after = all.filter(({ el }) => el.depth === 1 && BEFORE_DEFINED_NAMES.includes(el.local)).pop();
  if (!after) return;
  edit(pkg, WORKBOOK, [
    { start: after.end, end: after.end, text: `<${tag('definedNames')}>${text}</${tag('definedNames')}>` },
  ]);
}

/** Removes a sheet with its part, its part's relationships, and the names and views that count sheets. */
export function removeSheet(pkg: WorkbookPackage, name: string): void {
  const sheets = listSheets(pkg);
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) return;
  const i = sheet.index;
  const last = sheets.length - 1;
  const workbook = pkg.text(WORKBOOK) ?? '';
  let edits: Edit[] = [{ start: sheet.el.start, end: sheet.end, text: '' }];
  const all = elements(workbook, WORKBOOK);
  for (const { el, end } of all) {
    if (el.local === 'definedName' && el.attrs.has('localSheetId')) {
      const id = Number(el.attrs.get('localSheetId'));
      if (id === i) edits.push({ start: el.start, end, text: '' });
      else if (id > i)
        edits.push({
          start: el.start,
          end: el.openEnd,
          text: startTag(
            qualify(el, el.local),
            withAttr([...el.attrs], 'localSheetId', String(id - 1)),
            el.selfClosing,
          ),
        });
    } else if (el.local === 'workbookView') {
      let attrs: [string, string][] = [...el.attrs];
      for (const key of ['activeTab', 'firstSheet']) {
        const at = Number(el.attrs.get(key) ?? -1);
        if (at > i || (at === i && i === last && i > 0)) attrs = withAttr(attrs, key, String(at - 1));
      }
      if (JSON.stringify(attrs) !== JSON.stringify([...el.attrs]))
        edits.push({ start: el.start, end: el.openEnd, text: startTag(qualify(el, el.local), attrs, el.selfClosing) });
    }
  }
  // A `<definedNames>` left with none (it held only the sheet's own) goes too, as a schema requires.
  const names = all.find(({ el }) => el.depth === 1 && el.local === 'definedNames');
  const inside = (at: number) => names !== undefined && at > names.el.start && at < names.end;
  const held = all.filter(({ el }) => el.local === 'definedName' && inside(el.start));
  if (names && held.length > 0 && held.every(({ el }) => Number(el.attrs.get('localSheetId') ?? -1) === i)) {
    edits = [...edits.filter((e) => !inside(e.start)), { start: names.el.start, end: names.end, text: '' }];
  }
  edit(pkg, WORKBOOK, edits);
  const rel = relationships(pkg).find((r) => r.id === sheet.rid);
  if (rel) edit(pkg, WORKBOOK_RELS, [{ start: rel.el.start, end: rel.end, text: '' }]);
  if (sheet.part) {
    const types = pkg.text(CONTENT_TYPES) ?? '';
    const override = elements(types, CONTENT_TYPES).find(
      ({ el }) => el.local === 'Override' && el.attrs.get('PartName') === `/${sheet.part}`,
    );
    if (override) edit(pkg, CONTENT_TYPES, [{ start: override.el.start, end: override.end, text: '' }]);
    pkg.remove(sheet.part);
    const slash = sheet.part.lastIndexOf('/');
    pkg.remove(`${sheet.part.slice(0, slash)}/_rels/${sheet.part.slice(slash + 1)}.rels`);
  }
}
