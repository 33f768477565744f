/**
 * The workbook's styles part, with the styles Concordat's output needs appended (the looks are the
 * core's: core/output/styles.ts): a flag's style is the style its cell had (or would inherit),
 * aligned at the top on one line; the flags header is the style of the header to its left in bold. Existing entries are never changed, so every cell
 * of the user's keeps its look; an entry already there in the same form (from an earlier check) is
 * used again rather than added twice. Unused appended entries are harmless, and are left in place
 * by `clear`.
 */
import { applyEdits, type Edit } from './edits';
import { qualify, scanXml, type XmlElement } from './xml-scan';
import { HEADER_FILL, LINK_COLOUR, MUTED_COLOUR } from '../../core/output/styles';
import { startTag, withAttr, type Attributes } from './xml-text';

export const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The smallest styles part Excel accepts, for a package that has none. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** The order of a style sheet's sections (CT_Stylesheet): a new section goes where it belongs. */
const SECTIONS = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

type Section = 'fonts' | 'fills' | 'cellXfs' | 'dxfs';

interface Child {
  local: string;
  start: number;
  end: number;
  attrs: Attributes;
}

interface Entry extends Child {
  prefix: string;
  children: Child[];
}

interface SectionState {
  el?: XmlElement;
  closeStart: number;
  end: number;
  entries: Entry[];
  appended: string[];
  known?: Map<string, number>;
}

/**
 * How a cell's style is made from a base style: a flag (top, one line), a flag of accepted findings
 * only (the same, in grey), the flags header (bold),
 * and the report's and log's header row (bold on grey), long text (wrapped), short text and links
 * (top, one line).
 */
export type Derivation = 'flag' | 'muted' | 'bold' | 'header' | 'wrap' | 'top' | 'link';

const ALIGNMENT: Partial<Record<Derivation, Attributes>> = {
  flag: [
    ['vertical', 'top'],
    ['wrapText', ''],
  ],
  muted: [
    ['vertical', 'top'],
    ['wrapText', ''],
  ],
  header: [['vertical', 'top']],
  wrap: [
    ['vertical', 'top'],
    ['wrapText', '1'],
  ],
  top: [['vertical', 'top']],
  link: [['vertical', 'top']],
};

export class StyleBook {
  private readonly sections: Record<Section, SectionState> = {
    fonts: { closeStart: -1, end: -1, entries: [], appended: [] },
    fills: { closeStart: -1, end: -1, entries: [], appended: [] },
    cellXfs: { closeStart: -1, end: -1, entries: [], appended: [] },
    dxfs: { closeStart: -1, end: -1, entries: [], appended: [] },
  };
  private readonly topLevel: { local: string; start: number }[] = [];
  private root!: XmlElement;
  private rootClose = -1;
  private readonly derived = new Map<string, number>();

  constructor(
    private readonly xml: string,
    part: string,
  ) {
    scanXml(xml, part, {
      open: (el) => {
        if (el.depth === 0) this.root = el;
        if (el.depth === 1) {
          this.topLevel.push({ local: el.local, start: el.start });
          if (el.local in this.sections) this.sections[el.local as Section].el = el;
        }
        const section = el.depth === 2 ? this.sectionOf(el.parent) : undefined;
        if (section) section.entries.push({ ...child(el), prefix: el.prefix, children: [] });
        const owner = el.depth === 3 ? this.sectionOf(el.parent?.parent) : undefined;
        if (owner) owner.entries[owner.entries.length - 1].children.push(child(el));
      },
      close: (el, closeStart, end) => {
        if (el.depth === 0) this.rootClose = closeStart;
        if (el.depth === 1 && el.local in this.sections) {
          const section = this.sections[el.local as Section];
          section.closeStart = closeStart;
          section.end = end;
        }
        const section = el.depth === 2 ? this.sectionOf(el.parent) : undefined;
        if (section) section.entries[section.entries.length - 1].end = end;
        const owner = el.depth === 3 ? this.sectionOf(el.parent?.parent) : undefined;
        if (owner) {
          const kids = owner.entries[owner.entries.length - 1].children;
          kids[kids.length - 1].end = end;
        }
      },
    });
  }

  private sectionOf(el: XmlElement | undefined): SectionState | undefined {
    if (!el || el.depth !== 1 || !(el.local in this.sections)) return undefined;
    return this.sections[el.local as Section];
  }

  private text(c: { start: number; end: number }): string {
    return this.xml.slice(c.start, c.end);
  }

  /** The index of an entry of this exact form, appending it if there is none. */
  private add(section: Section, xml: string): number {
    const state = this.sections[section];
    if (!state.known) {
      state.known = new Map();
      state.entries.forEach((e, i) => {
        const text = this.text(e);
        if (!state.known?.has(text)) state.known?.set(text, i);
      });
    }
    const found = state.known.get(xml);
    if (found !== undefined) return found;
    const index = state.entries.length + state.appended.length;
    state.appended.push(xml);
    state.known.set(xml, index);
    return index;
  }

  private prefix(section: Section): string {
    return this.sections[section].el?.prefix ?? this.root.prefix;
  }

  private name(section: Section, local: string): string {
    return qualify({ prefix: this.prefix(section) }, local);
  }

  /** A font like font `id` with its bold, link or muted look. */
  private font(id: number, look: 'bold' | 'link' | 'muted'): number {
    const base = this.sections.fonts.entries[id] ?? this.sections.fonts.entries[0];
    const name = (local: string) => this.name('fonts', local);
    const drop = look === 'bold' ? ['b'] : look === 'link' ? ['u', 'color'] : ['color'];
    const kept = (base?.children ?? []).filter((c) => !drop.includes(c.local)).map((c) => this.text(c));
    const colour = (hex: string) => startTag(name('color'), [['rgb', `FF${hex}`]], true);
    const added =
      look === 'bold'
        ? [`<${name('b')}/>`]
        : look === 'link'
          ? [`<${name('u')}/>`, colour(LINK_COLOUR)]
          : [colour(MUTED_COLOUR)];
    const attrs = base?.attrs ?? [];
    return this.add('fonts', `${startTag(name('font'), attrs)}${[...added, ...kept].join('')}</${name('font')}>`);
  }

  /** A solid fill of the header colour. */
  private solidFill(): number {
    const n = (local: string) => this.name('fills', local);
    const colour = (local: string) => startTag(n(local), [['rgb', `FF${HEADER_FILL}`]], true);
    return this.add(
      'fills',
      `<${n('fill')}><${n('patternFill')} patternType="solid">${colour('fgColor')}${colour('bgColor')}</${n('patternFill')}></${n('fill')}>`,
    );
  }

  /** The cell style (xf index) made from style `base` as `how` says; the same base and derivation give the same index. */
  derive(base: number, how: Derivation): number {
    const key = `${base}:${how}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const xfs = this.sections.cellXfs.entries;
    const xf = xfs[base] ?? xfs[0];
    const name = (local: string) => this.name('cellXfs', local);
    let attrs: Attributes = xf?.attrs ?? [
      ['numFmtId', '0'],
      ['fontId', '0'],
      ['fillId', '0'],
      ['borderId', '0'],
      ['xfId', '0'],
    ];
    let children = (xf?.children ?? []).map((c) => ({ local: c.local, attrs: c.attrs, text: this.text(c) }));
    if (how === 'bold' || how === 'header' || how === 'link' || how === 'muted') {
      const fontId = Number(attrs.find(([k]) => k === 'fontId')?.[1] ?? 0);
      const font = this.font(fontId, how === 'link' || how === 'muted' ? how : 'bold');
      attrs = withAttr(withAttr(attrs, 'fontId', String(font)), 'applyFont', '1');
    }
    if (how === 'header') attrs = withAttr(withAttr(attrs, 'fillId', String(this.solidFill())), 'applyFill', '1');
    const aligned = ALIGNMENT[how];
    if (aligned) {
      attrs = withAttr(attrs, 'applyAlignment', '1');
      const old = children.find((c) => c.local === 'alignment');
      let alignment: Attributes = old?.attrs ?? [];
      for (const [k, v] of aligned) alignment = withAttr(alignment, k, v === '' ? undefined : v);
      const text = startTag(name('alignment'), alignment, true);
      children = [{ local: 'alignment', attrs: alignment, text }, ...children.filter((c) => c.local !== 'alignment')];
    }
    const body = children.map((c) => c.text).join('');
    const xml =
      body === '' ? startTag(name('xf'), attrs, true) : `${startTag(name('xf'), attrs)}${body}</${name('xf')}>`;
    const index = this.add('cellXfs', xml);
    this.derived.set(key, index);
    return index;
  }

  /** A differential style (for a conditional format): a solid fill and a font colour, as ARGB-less hex. */
  highlight(fill: string, font: string): number {
    const n = (local: string) => this.name('dxfs', local);
    const colour = (local: string, hex: string) => startTag(n(local), [['rgb', `FF${hex}`]], true);
    const xml =
      `<${n('dxf')}><${n('font')}>${colour('color', font)}</${n('font')}>` +
      `<${n('fill')}><${n('patternFill')} patternType="solid">${colour('fgColor', fill)}${colour('bgColor', fill)}` +
      `</${n('patternFill')}></${n('fill')}></${n('dxf')}>`;
    return this.add('dxfs', xml);
  }

  get changed(): boolean {
    return Object.values(this.sections).some((s) => s.appended.length > 0);
  }

  /** The part's text with the appended entries (the same text when nothing was appended). */
  toXml(): string {
    const edits: Edit[] = [];
    for (const [local, state] of Object.entries(this.sections) as [Section, SectionState][]) {
      if (state.appended.length === 0) continue;
      const total = state.entries.length + state.appended.length;
      const added = state.appended.join('');
      const el = state.el;
      if (!el) {
        const order = SECTIONS.indexOf(local);
        const next = this.topLevel.find((t) => SECTIONS.indexOf(t.local) > order);
        const name = this.name(local, local);
        edits.push({
          start: next?.start ?? this.rootClose,
          end: next?.start ?? this.rootClose,
          text: `<${name} count="${total}">${added}</${name}>`,
        });
        continue;
      }
      const attrs = el.attrs.has('count') ? withAttr([...el.attrs], 'count', String(total)) : [...el.attrs];
      const name = qualify(el, local);
      if (el.selfClosing) {
        edits.push({ start: el.start, end: el.openEnd, text: `${startTag(name, attrs)}${added}</${name}>` });
      } else {
        edits.push({ start: el.start, end: el.openEnd, text: startTag(name, attrs) });
        edits.push({ start: state.closeStart, end: state.closeStart, text: added });
      }
    }
    return applyEdits(this.xml, edits);
  }
}

function child(el: XmlElement): Child {
  return { local: el.local, start: el.start, end: el.openEnd, attrs: [...el.attrs] };
}
