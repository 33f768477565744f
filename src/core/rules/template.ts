/**
 * Finding messages. A rule's message and hint are templates: text with `{fact}` placeholders, each
 * of which may name formats (`{amountsTotal|pounds}`, message-formats.ts), and the rule's `wording`
 * names phrases chosen by the value of a fact (`{ownerWhere}`: "the sheet has no column for the
 * lead officer" or "the lead officer cell is blank"). Templates are compiled once, when the packs
 * are loaded, and filled only for the subjects a rule fires on: the facts stages compute values,
 * and no row pays for words it never shows.
 */
import type { FactValue } from '../facts/subject';
import type { Format, Shown } from './message-formats';
import { formatNamed, showValue } from './message-formats';

/**
 * Most characters of one fact (or phrase) a message quotes: a message is read, not a copy of the
 * cell (which may hold 32,767 characters, and a flag cell holding several messages must stay
 * within Excel's limit).
 */
export const MAX_QUOTED_CHARS = 200;

function quoted(text: string): string {
  return text.length <= MAX_QUOTED_CHARS ? text : `${text.slice(0, MAX_QUOTED_CHARS - 1)}…`;
}

interface Placeholder {
  name: string;
  formats: readonly Format[];
  /** As written: what the message shows when the name is neither a fact nor a phrase, so a typo shows. */
  written: string;
}

/** A template split once into its text and its placeholders. */
export type Template = readonly (string | Placeholder)[];

/** `{name}` or `{name|format|format}`. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)((?:\|[A-Za-z]+)*)\}/g;

/** Each placeholder of a template: the name it reads and the formats it names (known or not). */
export function placeholders(template: string): { name: string; formats: string[] }[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({
    name: m[1],
    formats: m[2] ? m[2].slice(1).split('|') : [],
  }));
}

export function compileTemplate(template: string): Template {
  const parts: (string | Placeholder)[] = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const formats = m[2] ? m[2].slice(1).split('|').map(formatNamed) : [];
    // A format the loader does not know (it refuses them in packs) leaves the placeholder as written.
    if (formats.some((f) => f === undefined)) continue;
    parts.push(template.slice(from, m.index), { name: m[1], formats: formats as Format[], written: m[0] });
    from = m.index + m[0].length;
  }
  parts.push(template.slice(from));
  return parts;
}

/** A rule's phrase, as its pack writes it: a template for each value of the fact `by`, and one for any other value. */
export interface WordingSource {
  by: string;
  cases: Record<string, string>;
  else?: string;
}

interface Wording {
  by: string;
  cases: ReadonlyMap<string, Template>;
  otherwise: Template;
}

/** A rule's phrases by name, compiled. */
export type Wordings = ReadonlyMap<string, Wording>;

const NO_WORDINGS: Wordings = new Map();

/**
 * The case a fact's value selects: text as it is, numbers in decimal, `true`/`false`, a list's
 * items joined by commas ("owner,deadline"), and "" for null or a fact the subject lacks.
 */
export function caseKey(value: FactValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** The first chain of phrases that name each other in a circle (["a", "b", "a"]), or null. */
export function wordingCycle(source: Readonly<Record<string, WordingSource>>): string[] | null {
  const names = new Set(Object.keys(source));
  const uses = (name: string): string[] => {
    const w = source[name];
    const texts = [...Object.values(w.cases), w.else ?? ''];
    return texts.flatMap((t) => placeholders(t).map((p) => p.name)).filter((n) => names.has(n));
  };
  const done = new Set<string>();
  const visit = (name: string, path: string[]): string[] | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name];
    if (done.has(name)) return null;
    for (const next of uses(name)) {
      const cycle = visit(next, [...path, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return null;
  };
  for (const name of names) {
    const cycle = visit(name, []);
    if (cycle) return cycle;
  }
  return null;
}

export function compileWordings(source: Readonly<Record<string, WordingSource>> | undefined): Wordings {
  if (!source) return NO_WORDINGS;
  const cycle = wordingCycle(source);
  if (cycle) throw new Error(`phrases name each other in a circle: ${cycle.join(' → ')}`);
  const out = new Map<string, Wording>();
  for (const [name, w] of Object.entries(source)) {
    const cases = new Map(Object.entries(w.cases).map(([value, text]) => [value, compileTemplate(text)] as const));
    out.set(name, { by: w.by, cases, otherwise: compileTemplate(w.else ?? '') });
  }
  return out;
}

type Facts = Record<string, FactValue>;

const hasOwn = (facts: Facts, name: string): boolean => Object.prototype.hasOwnProperty.call(facts, name);

function shown(part: Placeholder, facts: Facts, wordings: Wordings): string {
  const wording = wordings.get(part.name);
  let value: Shown;
  if (wording) {
    const chosen = wording.cases.get(caseKey(hasOwn(facts, wording.by) ? facts[wording.by] : undefined));
    value = fillTemplate(chosen ?? wording.otherwise, facts, wordings);
  } else if (hasOwn(facts, part.name)) value = facts[part.name];
  else return part.written;
  for (const format of part.formats) value = format(value);
  return quoted(showValue(value));
}

/**
 * Fills a template's placeholders from the facts and the rule's phrases; a name that is neither
 * is left as written. The pieces are joined once: a message made by adding them one to another
 * would be a chain of pieces that the report sheet copies into one string later, 93,000 times at
 * 100,000 rows.
 */
export function fillTemplate(template: string | Template, facts: Facts, wordings: Wordings = NO_WORDINGS): string {
  const parts = typeof template === 'string' ? compileTemplate(template) : template;
  if (parts.length === 1) return parts[0] as string;
  const pieces: string[] = [];
  for (const part of parts) pieces.push(typeof part === 'string' ? part : shown(part, facts, wordings));
  return pieces.join('');
}
