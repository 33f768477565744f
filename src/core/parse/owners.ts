/**
 * Reading who owns an action: one named person or post, several people (no single
 * accountable lead), or a body such as a board or "All authorities".
 *
 * Posts are often written with commas and "and" inside them ("Director of Policy,
 * Performance and Partnerships"), so a cell is only split where every part looks like a
 * personal name or a post on its own.
 */
import type { CellValue } from '../snapshot';
import { memoByText } from './memo';
import {
  BODY_ACRONYMS,
  BODY_NOUNS,
  COLLECTIVE_WORDS,
  DEPARTMENTS,
  EXECUTIVE_WORDS,
  HONORIFICS,
  NAME_PARTICLES,
  NO_OWNER,
  PHRASE_BREAKS,
  POST_ACRONYMS,
  ROLE_NOUNS,
  STRONG_BODY_WORDS,
} from './owner-words';
import { blank, cellLines, isDitto, normaliseDashes, normaliseQuotes, normaliseSpaces, trimChars } from './text';
import type { OwnerParse } from './types';

/** What one part of a cell names. `word` is a lone capitalised word: a first name or a department. */
type Unit =
  | { kind: 'name'; name: string }
  | { kind: 'names'; names: string[] }
  | { kind: 'post'; name: string }
  | { kind: 'body'; text: string }
  | { kind: 'word'; name: string }
  | { kind: 'unknown' };

/** What a part between strong separators (/ ; line break) names. */
type Segment =
  { kind: 'people'; names: string[]; posts: number } | { kind: 'body'; text: string } | { kind: 'unknown' };

function isWordChar(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
}

/** A word lower-cased without surrounding punctuation or a possessive: "Council's," → "council". */
function bare(word: string): string {
  const lower = word.toLowerCase();
  const noPossessive = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  let start = 0;
  let end = noPossessive.length;
  while (start < end && !isWordChar(noPossessive[start])) start += 1;
  while (end > start && !isWordChar(noPossessive[end - 1])) end -= 1;
  return noPossessive.slice(start, end);
}

function isPluralRole(word: string): boolean {
  if (!word.endsWith('s')) return false;
  if (ROLE_NOUNS.has(word.slice(0, -1))) return true;
  return word.endsWith('ies') && ROLE_NOUNS.has(`${word.slice(0, -3)}y`);
}

/** Words that can never be part of a personal name. */
function isNonNameWord(lower: string): boolean {
  return (
    ROLE_NOUNS.has(lower) ||
    EXECUTIVE_WORDS.has(lower) ||
    BODY_NOUNS.has(lower) ||
    DEPARTMENTS.has(lower) ||
    BODY_ACRONYMS.has(lower) ||
    PHRASE_BREAKS.has(lower) ||
    COLLECTIVE_WORDS.has(lower) ||
    isPluralRole(lower) ||
    lower === 'and' ||
    lower === 'the'
  );
}

function isInitial(word: string): boolean {
  return /^(?:[A-Z]\.?){1,3}$/.test(word) && word.length <= 6;
}

function isNameWord(word: string): boolean {
  return /^[A-Z][A-Za-z'-]*$/.test(word) && /[a-z]/.test(word) && !isNonNameWord(bare(word));
}

/** "Kevin Dicks", "K. Dicks", "Cllr Smith", "Ann de Souza". */
function isPersonalName(words: readonly string[]): boolean {
  let rest = words;
  const titled = rest.length > 1 && HONORIFICS.has(bare(rest[0]));
  if (titled) rest = rest.slice(1);
  const min = titled ? 1 : 2;
  if (rest.length < min || rest.length > 4) return false;
  const last = rest[rest.length - 1];
  if (!isNameWord(last)) return false;
  let particles = 0;
  for (let i = 0; i < rest.length - 1; i += 1) {
    const w = rest[i];
    // (Capitalised too, where a name is written so: "A De La Haye".)
    if (i > 0 && NAME_PARTICLES.has(w.toLowerCase())) particles += 1;
    else if (!isNameWord(w) && !isInitial(w)) return false;
  }
  return rest.length <= 3 || particles > 0;
}

/** "Jayne Pickering Clare Felton": an even run of 4 or 6 name words, read as pairs. */
function runTogetherNames(words: readonly string[]): string[] | null {
  if (words.length !== 4 && words.length !== 6) return null;
  const names: string[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const [first, surname] = [words[i], words[i + 1]];
    // ("A De La Haye" is one name: a surname's particle is no surname of its own.)
    if (!(isNameWord(first) || isInitial(first)) || !isNameWord(surname) || NAME_PARTICLES.has(surname.toLowerCase()))
      return null;
    names.push(`${first} ${surname}`);
  }
  return names;
}

const DOTTED_INITIALS = /^(?:[A-Z]\. ?){2,3}$/;
/** "DC", "BC", "PC", "MBC": a district, borough, parish … council, by the initials of its kind. */
const COUNCIL_KIND = /^(?:DC|BC|CC|PC|TC|MBC|LBC|CBC|RDC|UDC)$/;
/** A place's word: capitalised ("North", "Norfolk", "Weston-super-Mare"). */
const PLACE_WORD = /^[A-Z][a-z]+(?:[-'][A-Za-z]+)*$/;

/** Read one part of a cell that has no separators left in it. */
function classifyUnit(raw: string): Unit {
  // "J.P.": the last full stop belongs to the initials.
  if (DOTTED_INITIALS.test(raw.trim())) return { kind: 'name', name: raw.trim() };
  const text = trimChars(raw, ' .,:').replace(/^the /i, '');
  if (text === '') return { kind: 'unknown' };
  if (/\bto (?:consider|agree|decide|approve|review|note|discuss|determine)\b/i.test(text)) {
    return { kind: 'body', text };
  }
  const words = text.split(' ');
  const lower = words.map(bare);
  if (COLLECTIVE_WORDS.has(lower[0])) return { kind: 'body', text };
  // "North Norfolk DC", "Eastbourne BC", "Purton PC": a council by its place and its kind's initials.
  if (
    words.length >= 2 &&
    COUNCIL_KIND.test(words[words.length - 1]) &&
    words.slice(0, -1).every((w) => PLACE_WORD.test(w))
  )
    return { kind: 'body', text };
  if (/\b(?:s|section) ?151\b/i.test(text)) return { kind: 'post', name: text };
  // "HR Business Partner": a post, though a partner alone is an organisation.
  if (/\bbusiness partner\b/i.test(text)) return { kind: 'post', name: text };

  if (words.length === 1) {
    const w = lower[0];
    if (POST_ACRONYMS.has(w) || ROLE_NOUNS.has(w)) return { kind: 'post', name: text };
    if (BODY_ACRONYMS.has(w) || BODY_NOUNS.has(w) || DEPARTMENTS.has(w) || isPluralRole(w)) {
      return { kind: 'body', text };
    }
    if (EXECUTIVE_WORDS.has(w)) return { kind: 'body', text };
    // "HHPP", "HOS": a head of something, as officers abbreviate their posts; other capitals ("CMT") a team.
    if (/^H[A-Z]{2,5}$/.test(text)) return { kind: 'post', name: text };
    // "JPS", "DOI": three capitals are most often an officer's initials (with a middle one) or a
    // post's ("Director of Innovation"); known teams ("CMT") are listed above. Longer runs are teams.
    // ("WBC", "SDC", "MBC": a borough or district council by its initials, the body itself.)
    if (COUNCIL_INITIALS.test(text)) return { kind: 'body', text };
    if (/^[A-Z]{2,3}$/.test(text)) return { kind: 'name', name: text };
    if (/^[A-Z]{4,6}$/.test(text)) return { kind: 'body', text };
    return /^[A-Z]/.test(text) ? { kind: 'word', name: text } : { kind: 'unknown' };
  }
  // "AC BL RM", "PD RM": initials side by side, as minutes name who acts; one officer each.
  // ("CYC CCG": the council and a health body beside it, sharing the lead; "HR DMT" is one team,
  // the department's management team.)
  if (words.every((w, i) => /^[A-Z]{2,3}$/.test(w) && !POST_ACRONYMS.has(lower[i]) && !DEPARTMENTS.has(lower[i])))
    return { kind: 'names', names: words };
  // "Select Committees", "Area Boards": bodies in the plural, though two capitalised words.
  if (PLURAL_BODIES.test(lower[lower.length - 1])) return { kind: 'body', text };
  if (SUPPORT_TEAM.test(text)) return { kind: 'body', text };
  if (isPersonalName(words)) return { kind: 'name', name: text };
  // "Odette Morgan CCNM": a person and the initials of her post after her name.
  const last = words[words.length - 1];
  if (
    words.length >= 3 &&
    /^[A-Z]{2,6}$/.test(last) &&
    !BODY_ACRONYMS.has(lower[lower.length - 1]) &&
    isPersonalName(words.slice(0, -1))
  )
    return { kind: 'name', name: words.slice(0, -1).join(' ') };

  // The head noun is the last word before "of", "for"...: "Head | of Financial Services".
  let end = lower.findIndex((w) => PHRASE_BREAKS.has(w));
  if (end === -1) end = lower.length;
  if (end === 0) return { kind: 'unknown' };
  const head = lower.slice(0, end);
  const noun = head[head.length - 1];
  if (EXECUTIVE_WORDS.has(noun)) {
    return head[head.length - 2] === 'chief' ? { kind: 'post', name: text } : { kind: 'body', text };
  }
  if (ROLE_NOUNS.has(noun)) return { kind: 'post', name: text };
  const roleInHead = head.some((w) => ROLE_NOUNS.has(w) || POST_ACRONYMS.has(w));
  // "Executive Director Finance and Resources": a post named after its department.
  if (DEPARTMENTS.has(noun) && roleInHead) return { kind: 'post', name: text };
  if (isPluralRole(noun) || BODY_NOUNS.has(noun) || BODY_ACRONYMS.has(noun) || DEPARTMENTS.has(noun)) {
    return { kind: 'body', text };
  }
  if (roleInHead) return { kind: 'post', name: text };
  if (lower.some((w) => STRONG_BODY_WORDS.has(w))) return { kind: 'body', text };
  // "Housing Advice", "Planning Policy": a department's team, named by the department first.
  if (DEPARTMENTS.has(lower[0]) && !isPersonalName(words)) return { kind: 'body', text };
  const names = runTogetherNames(words);
  return names === null ? { kind: 'unknown' } : { kind: 'names', names };
}

/** Split on the given separators (a global regex), trimming each part. */
function splitParts(text: string, separators: RegExp): string[] {
  return text.split(separators).map((p) => p.trim());
}

/**
 * "Portfolio Holder for Economic Development and UK and EU Regional Issues": after a post that names
 * its remit ("for …", "of …"), a part that is neither a post nor a first-and-last name continues the remit.
 */
function mergePortfolios(units: Unit[], parts: string[]): Unit[] {
  const out: Unit[] = [];
  parts.forEach((part, i) => {
    const unit = units[i];
    const prev = out[out.length - 1];
    const remit = prev?.kind === 'post' && / (?:for|of) /i.test(prev.name);
    // ("Business Improvement" after "Director of Finance" is more of the remit: no surname ends like a subject.)
    const personal =
      unit.kind === 'post' ||
      (unit.kind === 'name' &&
        /^[A-Z][a-z'-]+ [A-Z][a-z'-]+$/.test(part.trim()) &&
        !REMIT_ENDING.test(part.trim().split(' ')[1].toLowerCase()));
    if (prev && prev.kind === 'post' && remit && !personal) {
      out[out.length - 1] = { ...prev, name: `${prev.name} and ${part.trim()}` };
      return;
    }
    out.push(unit);
  });
  return out;
}

/** Roles usually held alongside a main post rather than by a second person. */
function isDesignation(part: string): boolean {
  return /^(?:the )?(?:s\.? ?151|section 151|monitoring|deputy chief|chief finance|dpo|data protection offic(?:er|e)|siro|senior information risk owner)\b/i.test(
    part.trim(),
  );
}

/** Separators that may also sit inside a post's name. */
const WEAK_SEPARATORS = / ?[,&] ?| and | or | - /gi;
/** Separators that always divide people (line breaks arrive as ';'). */
const STRONG_SEPARATORS = / ?[/;|+] ?/g;

function unitToSegment(unit: Unit): Segment {
  switch (unit.kind) {
    case 'name':
    case 'word':
      return { kind: 'people', names: [unit.name], posts: 0 };
    case 'names':
      return { kind: 'people', names: unit.names, posts: 0 };
    case 'post':
      return { kind: 'people', names: [unit.name], posts: 1 };
    case 'body':
      return { kind: 'body', text: unit.text };
    default:
      return { kind: 'unknown' };
  }
}

/** "Kevin Dicks - Head of Legal, Equalities and Democratic Services", "Lead Officer: Kevin Dicks". */
function nameWithPost(text: string): string | null {
  const m = / - |, ?|: ?/.exec(text);
  if (m === null) return null;
  const left = classifyUnit(text.slice(0, m.index));
  const rightText = text.slice(m.index + m[0].length);
  // "Keith Orton, Pavilion committee & Cllr Sardeson": another name after the comma is a second person.
  const rightParts = splitParts(rightText, WEAK_SEPARATORS);
  if (rightParts.length > 1 && rightParts.some((p) => classifyUnit(p).kind === 'name')) return null;
  const right = classifyUnit(rightText);
  if (left.kind === 'name' && right.kind === 'post') return left.name;
  if (left.kind === 'post' && right.kind === 'name') return right.name;
  // "AD – SLAC", "SM - Workforce": a post and, after the dash, the one word of its area.
  // ("Clerk - Treasurer", two posts, are read as any two posts are.)
  if (
    m[0] === ' - ' &&
    left.kind === 'post' &&
    right.kind !== 'post' &&
    /^[A-Za-z][A-Za-z&'-]+$/.test(rightText.trim())
  )
    return text.trim();
  return null;
}

/**
 * "Director, Corporate and Customer Services", "Director - Corporate and Customer Services": a post
 * and, after the comma or dash, the services it heads, naming no one else. The whole is one post.
 */
function postOfArea(text: string): string | null {
  const m = /^([^,]+?)(?:,| [-–] )\s*(.+)$/.exec(text.trim());
  if (m === null || classifyUnit(m[1]).kind !== 'post') return null;
  // (Not "Clerk, Council": a body that governs is a second owner, not the post's services.)
  const parts = splitParts(m[2], WEAK_SEPARATORS).filter((p) => p !== '');
  const kinds = parts.map((p) => classifyUnit(p).kind);
  const services = kinds.some((k) => k === 'body') && kinds.every((k) => k === 'body' || k === 'word');
  return services && !parts.some(governs) ? trimChars(text, ' .,:').replace(/^the /i, '') : null;
}

/** "Performance" in "Head of Policy/Performance"; not "HoF" in "DoF/HoF" nor "Cabinet" in "DoF/Cabinet". */
function continuesPost(part: string): boolean {
  if (part.includes(' ') || !/[a-z]/.test(part)) return false;
  const word = bare(part);
  // "Clerk", "Treasurer": a post of its own beside initials ("JC/Clerk") is a second person, and
  // "Chair/Vice" is the chair and the vice-chair.
  // "HoD", "HoS": a head of something abbreviated is a post of its own.
  if (/^Ho[A-Z]{1,4}$/.test(part.trim())) return false;
  // ("SENCos", "Managers": a post in the plural is people of their own too.)
  return (
    !POST_ACRONYMS.has(word) &&
    !BODY_NOUNS.has(word) &&
    !ROLE_NOUNS.has(word) &&
    !DEPUTY.has(word) &&
    !isPluralRole(word)
  );
}

/** Endings of department and subject words ("Regeneration", "Housing", "Procurement"), never of first names. */
const SUBJECT_ENDING = /(?:tion|sion|ment|ing|ance|ence|ity|ies|ics|ship|ness|ure|ism|ogy)$/;
/** Of those, the endings no surname has ("Fleming", "Lawrence" have theirs): a subject after a remit. */
const REMIT_ENDING = /(?:tion|sion|ment|ity|ies|ics|ship|ogy)$/;

/** A lone capitalised word that can be a first name ("Stephanie"), not a department ("Regeneration"). */
function firstNameLike(unit: Unit): boolean {
  return unit.kind === 'word' && /^[A-Z][a-z'-]{1,11}$/.test(unit.name) && !SUBJECT_ENDING.test(unit.name);
}

const DEPUTY = new Set(['vice', 'deputy']);

/** "and team", "and officers": helpers named after the person who leads. */
const HELPERS = /^(?:(?:his|her|their|the) )?(?:team|officers|staff|colleagues)$/i;

/** A task in the passive ("to be checked", "to be presented"): a sentence, not a name. */
const PASSIVE_TASK = /\bto be [a-z]+(?:ed|en|ne)\b/i;

/** "Scrutiny Support", "Business Support": a team named for the work it supports. */
const SUPPORT_TEAM =
  /^(?:scrutiny|business|member|members'?|democratic|committee|customer|technical|admin(?:istrative)?|corporate|project|programme)\s+support$/i;

/** Bodies named in the plural ("Select Committees", "Area Boards"); "Services" names a department. */
const PLURAL_BODIES = /^(?:committees|boards|panels|groups|forums|cabinets)$/;

/** "WBC", "SDC", "MBC", "NNDC": a borough or district council's initials. */
const COUNCIL_INITIALS = /^[A-Z]{1,3}(?:BC|DC)$/;

/** A name, then a council's initials after a comma: "…, PCC", "…, NCC", "…, SDC", "…, MBC". */
const COUNCIL_AFTER_NAME = /^([^,]+),\s*(?:[A-Z]{0,3}(?:CC|DC|BC|TC|PC)|MBC)$/;

/** Read a part between strong separators, splitting at commas and "and" only between people. */
function readSegment(text: string): Segment {
  // "Committee Administrator - Wigtown, Governance Officer - Claire": posts listed, each with its
  // area or holder after a dash.
  const listed = text.split(/\s*,\s*/).map((p) => p.trim());
  if (listed.length > 1 && listed.every((p) => / [-–] /.test(p) && nameWithPost(p) === p))
    return { kind: 'people', names: listed, posts: listed.length };
  const single = nameWithPost(text);
  if (single !== null) return { kind: 'people', names: [single], posts: 0 };
  const area = postOfArea(text);
  if (area !== null) return { kind: 'people', names: [area], posts: 1 };
  // "Ken Llewellyn, PCC": a person and the council they work for, one person.
  const affiliated = COUNCIL_AFTER_NAME.exec(text.trim());
  if (affiliated && isPersonalName(affiliated[1].trim().split(/\s+/)))
    return { kind: 'people', names: [affiliated[1].trim()], posts: 0 };
  const split = splitParts(text, WEAK_SEPARATORS);
  const helped = split.length > 1 && HELPERS.test(split[split.length - 1]);
  const parts = helped ? split.slice(0, -1) : split;
  if (helped && parts.length === 1) {
    const lead = classifyUnit(parts[0]);
    if (lead.kind === 'name' || lead.kind === 'post') return unitToSegment(lead);
  }
  if (parts.length > 1 && parts.every((p) => p !== '')) {
    const units = mergePortfolios(parts.map(classifyUnit), parts);
    if (units.length === 1 && units[0].kind === 'post') {
      return { kind: 'people', names: [trimChars(text, ' .,:').replace(/^the /i, '')], posts: 1 };
    }
    const person = (u: Unit) => u.kind === 'name' || u.kind === 'names' || u.kind === 'post';
    // "David and Stephanie": lone first names joined are people, as long as none reads as a department.
    const firstNames = units.some((u) => u.kind === 'word') && units.every((u) => person(u) || firstNameLike(u));
    if (units.every(person) || firstNames) {
      // "Head of Financial Services and S151 Officer": one person with a statutory designation.
      if (units.every((u) => u.kind === 'post') && parts.slice(1).some(isDesignation)) {
        return { kind: 'people', names: [trimChars(text, ' .,:').replace(/^the /i, '')], posts: 1 };
      }
      const names: string[] = [];
      let posts = 0;
      for (const u of units) {
        const seg = unitToSegment(u);
        if (seg.kind === 'people') {
          names.push(...seg.names);
          posts += seg.posts;
        }
      }
      return { kind: 'people', names, posts };
    }
    // "Keith Orton, Pavilion committee & Cllr Sardeson": people and a body together, no single lead.
    const named = units.filter(person);
    // ("ZW and Directors": the directors as a group are a body beside the person too.)
    // ("LG, DG, Executive, CJ": the council's Executive, named alone, is a body among the initials.)
    // ("Angela Rigby & All": everyone else beside her.)
    const body = (u: Unit) =>
      u.kind === 'body' &&
      (u.text.split(' ').some((w) => BODY_NOUNS.has(bare(w)) || PLURAL_BODIES.test(bare(w)) || isPluralRole(bare(w))) ||
        EXECUTIVE_WORDS.has(bare(u.text.trim())) ||
        COLLECTIVE_WORDS.has(bare(u.text.split(' ')[0])));
    if (named.length >= 1 && units.length - named.length >= 1 && units.every((u) => person(u) || body(u))) {
      const people = units.flatMap((u) => {
        const seg = unitToSegment(u);
        return seg.kind === 'people' ? seg.names : seg.kind === 'body' ? [seg.text] : [];
      });
      return { kind: 'people', names: people, posts: 0 };
    }
    // "Full Council and Recreation": a body beside a department or committee named by its subject
    // alone is bodies, not a person's name.
    const subject = (u: Unit) => u.kind === 'word' && SUBJECT_ENDING.test(u.name) && !firstNameLike(u);
    if (units.some((u) => u.kind === 'body') && units.every((u) => u.kind === 'body' || subject(u))) {
      return { kind: 'body', text: trimChars(text, ' .,:') };
    }
    // "WCAVA, EQUIP, Faiths Forums, WCC, District & Borough teams – to promote": a list of three
    // parts or more, most of them people or bodies, names them all whatever the other words say.
    // (Where every part is one, the readings above have said what the list is.)
    const owners = units.filter((u) => person(u) || u.kind === 'body');
    const others = parts.length - owners.length;
    if (parts.length >= 3 && others > 0 && owners.length > others && owners.some(person)) {
      const names = owners.flatMap((u) => {
        const seg = unitToSegment(u);
        return seg.kind === 'people' ? seg.names : seg.kind === 'body' ? [seg.text] : [];
      });
      return { kind: 'people', names, posts: 0 };
    }
  }
  return unitToSegment(classifyUnit(text));
}

/** The cell without bracketed asides: "Kevin Dicks (Chief Executive)" → "Kevin Dicks". */
function withoutBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  const stripped = normaliseSpaces(out);
  return stripped === '' ? normaliseSpaces(text.replace(/[()]/g, ' ')) : stripped;
}

/** "Operations Managers (SF), (CD)": two or more people named in brackets after the post they share. */
function namedInBrackets(text: string): string[] | null {
  // "Head of Finance (Jane Smith) / Head of Legal (John Brown)": each post has its own person.
  if (/[/;|+]/.test(text)) return null;
  const asides = [...text.matchAll(/\(([^()]{1,40})\)/g)].map((m) => classifyUnit(m[1]));
  if (asides.length < 2) return null;
  const names = asides.flatMap((u) => (u.kind === 'name' ? [u.name] : []));
  return names.length === asides.length ? names : null;
}

/**
 * "Head of Finance (Jane Smith)" is Jane Smith; "Strategic Director (Place)" is the whole post.
 * Null unless the cell is one post with one bracketed aside that names no second post.
 */
function postWithAside(text: string): string | null {
  const m = /^([^()/;]+)\(([^()/;]+)\)$/.exec(text);
  if (m === null || classifyUnit(m[1]).kind !== 'post') return null;
  const aside = classifyUnit(m[2]);
  if (aside.kind === 'name') return aside.name;
  const people = readSegment(m[2]);
  const several = people.kind === 'people' && (people.names.length > 1 || people.posts > 0);
  return several ? null : normaliseSpaces(text);
}

/**
 * "DCCS (Strategy Officer, Health and Children)", "Cabinet (Cllr Smith)": a body with who leads for
 * it in brackets is that person. Null unless the cell is one body with one aside naming one.
 */
function bodyWithPost(text: string): string | null {
  const m = /^([^()/;]+)\(([^()/;]+)\)$/.exec(text);
  if (m === null || classifyUnit(m[1]).kind !== 'body') return null;
  const lead = classifyUnit(m[2].split(',')[0]).kind;
  return lead === 'post' || lead === 'name' ? normaliseSpaces(m[2]) : null;
}

/** "Cabinet", "Full Council", "Audit Committee", "CMT": a body that governs, deciding what others do. */
const GOVERNING = /\b(?:cabinet|council|committee|board|panel|executive|scrutiny|members|[cdejs]mt|[ces]lt)\b/i;

const governs = (body: string): boolean => GOVERNING.test(body);

function combine(segments: readonly Segment[], text: string): OwnerParse {
  const names: string[] = [];
  let bodies = 0;
  for (const seg of segments) {
    if (seg.kind === 'people') names.push(...seg.names);
    else if (seg.kind === 'body') {
      bodies += 1;
      names.push(seg.text);
    }
  }
  // ("Social Services / Croydon PCT": two bodies share the lead, and no one answers for it. "All
  // staff / All staff" on each line of a cell is still the one body, and "CMT / Cabinet" the
  // route a decision takes through the bodies that govern.)
  const distinct = new Set(names.map((n) => n.toLowerCase()));
  if (bodies === segments.length && (distinct.size === 1 || names.every(governs))) return { kind: 'body', text };
  // ("Clerk to contact the registrar. Clerk to work with the RFO": one person named twice.)
  if (distinct.size === 1 && bodies === 0) return { kind: 'person', name: names[0], text };
  return { kind: 'several', names, text };
}

/**
 * Read an action's owner. Placeholders ("-", "?", "TBC", "TBA", "N/A") name nobody and are
 * blank, as are non-text cells (numbers, TRUE/FALSE, error values): none names an owner.
 * A body mixed with people ("Kevin Dicks / CMT") is `several`: no single accountable lead.
 */
export function parseOwner(value: CellValue): OwnerParse {
  return typeof value === 'string' ? parseOwnerText(value) : blank();
}

const parseOwnerText = memoByText(readOwnerText);

/**
 * "HEAD OF FINANCE", "CLERK / RFO": a cell typed in capitals, read in the usual case. Initials and
 * known abbreviations keep their capitals (short, without vowels, or a known post or body).
 */
function inUsualCase(text: string): string {
  if (/[a-z]/.test(text) || !/[A-Z]{4}/.test(text)) return text;
  return text.replace(/[A-Z][A-Z']*/g, (word) => {
    const lower = word.toLowerCase();
    if (/^(?:of|and|the|for|to|in|on|at|by)$/.test(lower)) return lower;
    // "CLLRS", "MR": a title has no vowel, or few letters, but is not an abbreviation.
    const title = HONORIFICS.has(lower) || HONORIFICS.has(lower.replace(/s$/, ''));
    const abbreviation =
      !title && (word.length <= 3 || !/[AEIOU]/.test(word) || POST_ACRONYMS.has(lower) || BODY_ACRONYMS.has(lower));
    return abbreviation ? word : word[0] + lower.slice(1);
  });
}

/** "Clerk/RFO", "RFO & Clerk", "Clerk and Responsible Financial Officer": the two posts a parish gives one officer. */
const CLERK_AND_RFO =
  /^(?:the\s+)?(?:clerk\s*(?:\/|&|and)\s*(?:the\s+)?(?:rfo|responsible\s+financial\s+officer)|(?:rfo|responsible\s+financial\s+officer)\s*(?:\/|&|and)\s*(?:the\s+)?clerk)\.?$/i;

/** An e-mail address beside a name: "Jane Smith jane.smith@council.gov.uk". */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/**
 * A telephone number or extension beside a name: "Lesley Williams 823797", "Tel: 01983 821000",
 * "ext. 2345". Digits joined to letters or slashes ("S151", "31/03/2025") are not numbers to dial.
 */
const PHONE =
  /(?:\b(?:tel(?:ephone)?|phone|mob(?:ile)?|ext(?:n|ension)?)\b\.?:?\s*)?(?<![\w/])\+?\(?\d[\d()\s-]*\d\)?(?![\w/])/gi;
/** Fewer digits than this are a number in a name ("Team 2"), not a telephone extension. */
const PHONE_DIGITS = 4;

/** The cell without the telephone numbers and e-mail addresses printed beside the names. */
export function withoutContactDetails(text: string): string {
  const stripped = text
    .replace(EMAIL, ' ')
    .replace(PHONE, (m) => (m.replace(/\D/g, '').length >= PHONE_DIGITS ? ' ' : m));
  // A cell that is only a number or an address keeps it: that is all it says of who owns the action.
  return /[a-z]/i.test(stripped) ? stripped.replace(/[ \t]+/g, ' ').replace(/ ,/g, ',') : text;
}

/**
 * "Zoe Rutter / SBC / 01642 526025", a line each: a contact's card, a person's name over where
 * they work and a number to call. The person is the owner; their employer is no second one.
 */
function contactCard(text: string): OwnerParse | null {
  const lines = text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length !== 3) return null;
  const [who, place, number] = lines;
  const dials = /^(?:tel\.?:?\s*)?[\d\s()+.-]+$/i.test(number) && number.replace(/\D/g, '').length >= PHONE_DIGITS;
  const placeWords = place.split(/\s+/);
  if (!dials || !isPersonalName(who.split(/\s+/)) || isPersonalName(placeWords)) return null;
  return placeWords.length <= CARD_PLACE_WORDS ? { kind: 'person', name: who, text } : null;
}
/** The most words the place of work on a contact's card runs to ("SBC", "Stockton Borough Council"). */
const CARD_PLACE_WORDS = 4;

/** "Action SH", "Action: CB, NT", "Action Clerk and Cllr Seymour": the words minutes put before who acts. */
const ACTION_BY =
  /^\s*[Aa]ction(?:s|ed)?\s*(?:[Bb][Yy]\s*)?[:-]?\s*(?=(?:[A-Z]{2,4}|ALL|All|Clerk|CLERK|Chair(?:man)?|Cllrs?|Councillors?)\b)/;

/**
 * "Scrutiny Support Officer in liaison with the Director of Education": two who share the work,
 * as much as two names side by side. ("In consultation with" keeps the lead the first one's: `CONSULTING`.)
 */
const JOINTLY_WITH = /\s+(?:in\s+liaison\s+with|in\s+conjunction\s+with|jointly\s+with|together\s+with)\s+(?=\S)/i;

/** Each of those sharing the work, where the cell joins them so; null where it does not. */
function jointOwners(text: string): OwnerParse | null {
  const parts = text.split(JOINTLY_WITH);
  if (parts.length < 2) return null;
  const owners = parts.map((part) => readOwnerText(part));
  if (owners.some((o) => o.kind === 'blank')) return null;
  const names = owners.flatMap((o) =>
    o.kind === 'several' ? o.names : o.kind === 'person' ? [o.name] : o.kind === 'body' ? [o.text] : [],
  );
  return { kind: 'several', names, text };
}

/** "Cllrs Hopkins and Elliott", "Messrs Smith & Jones", "Trustees Alexander and Howden": a title in the plural over two surnames or more. */
const PLURAL_TITLE =
  /\b([Cc]llrs|CLLRS|[Cc]ouncillors|COUNCILLORS|Messrs|Trustees)\.?\s+([A-Z][A-Za-z'-]+(?:\s*(?:,|&|\band\b)\s*[A-Z][A-Za-z'-]+)+)\s*$/;
const SINGULAR_TITLE: Readonly<Record<string, string>> = {
  cllrs: 'Cllr',
  councillors: 'Councillor',
  messrs: 'Mr',
  trustees: 'Trustee',
};

/** Whether `text` is a title in the plural over surnames and nothing else: "Councillors Johnson and Ashfield". */
export function titledInPlural(text: string): boolean {
  const m = PLURAL_TITLE.exec(text);
  return m !== null && m.index === text.search(/\S/);
}

/** Each surname under a plural title with the title of its own: "Cllr Hopkins ; Cllr Elliott". */
function eachTitled(_all: string, title: string, names: string): string {
  const one = SINGULAR_TITLE[title.toLowerCase()];
  return names
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((name) => `${one} ${name}`)
    .join(' ; ');
}

/**
 * "Mrs Ainger to speak to Mr Clare", "Keir & Elizabeth to draw up …", "AR / TM to Act": who acts,
 * then what they are to do.
 */
const WHO_TO_DO = /^([A-Z][^;\n]{0,58}?)\s+(?:to|will|is to|are to)\s+(?!be\b)(?:[a-z]|Act(?:ion)?\b)/;
/** The most words the "who" of a "who to do what" runs to. */
const WHO_WORDS = 8;

/**
 * The owner a "who to do what" names, where the words before "to" name someone ("Mrs Ainger",
 * "Keir & Elizabeth", "SLT"); null where they do not ("Improvements to the hall").
 */
function whoToDo(text: string): OwnerParse | null {
  // (One line: a cell of several lines names someone on each.)
  if (text.includes('\n')) return null;
  const m = WHO_TO_DO.exec(text.trim());
  if (!m || m[1].split(/\s+/).length > WHO_WORDS) return null;
  const who = readOwnerText(m[1]);
  // (A lone word before "to" may be the subject of a sentence: "Improvements to the hall".)
  const unit = classifyUnit(m[1]).kind;
  if (who.kind === 'blank' || (who.kind === 'person' && (unit === 'unknown' || unit === 'word'))) return null;
  return { ...who, text: text.trim() };
}

/** The most words after who acts for a cell to name them rather than set a task: "to report back". */
const BRIEF_TASK_WORDS = 3;

/**
 * Who a cell names where it adds only that they are to act ("Thames Valley Police" in "Thames
 * Valley Police to provide"), or null; "HW to put the minutes on the website" sets a task.
 */
export function whoBeforeTask(text: string): string | null {
  if (!whoToDo(text)) return null;
  const who = WHO_TO_DO.exec(text.trim())?.[1] ?? '';
  const task = text.trim().slice(who.length).trim().split(/\s+/);
  return task.length <= BRIEF_TASK_WORDS ? who : null;
}

/**
 * Whether a cell names who acts: "Mrs Lown", "Miss Yates/ Mrs Whyatt", "SLT to discuss and set up"
 * (someone, then what they are to do); not the words of a task ("Arch Angels in all classrooms").
 */
export function namesWhoActs(value: CellValue): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  const text = value.trim();
  if (whoToDo(text)) return true;
  if (text.split(/\s+/).length > WHO_WORDS) return false;
  const owner = parseOwnerText(text);
  const unit = classifyUnit(text).kind;
  return (
    owner.kind === 'several' ||
    owner.kind === 'body' ||
    (owner.kind === 'person' && unit !== 'unknown' && unit !== 'word')
  );
}

/** "… in consultation with Cllrs Vine-Hall and Glew": those consulted, who share no lead. */
const CONSULTING = /\s+(?:in|after|following)\s+consultation\s+with\s+\S[\s\S]*$/i;

function readOwnerText(value: string): OwnerParse {
  // ("[JH to action]": minutes set who acts in square brackets after the minute.)
  const text = value.trim().replace(/^\[([^[\]]*)\]$/, '$1');
  // ("Clerk in consultation with the Chair": the first leads, as the cell says.)
  const lead = text.replace(CONSULTING, '');
  if (lead !== text) return readOwnerText(lead);
  const told = whoToDo(text);
  if (told) return told;
  const joint = jointOwners(text);
  if (joint) return joint;
  // ("Clerk/RFO": a parish's clerk is its responsible financial officer too, one person in two posts.)
  if (CLERK_AND_RFO.test(text)) return { kind: 'person', name: text, text };
  const card = contactCard(text);
  if (card) return card;
  // "Paul Wenham / ditto / ditto": a line that repeats the one above names nobody new.
  const lines = cellLines(inUsualCase(withoutContactDetails(value))).filter((line, i) => i === 0 || !isDitto(line));
  // "JP/DP also Directors": "also" adds a name, it is not one. "Action CB, NT": minutes' word for who acts.
  // ("Tenant Involvement Team / and tenants": a line opening "and" goes on with the one above.)
  const joined = lines.reduce(
    (all, line, i) => (i === 0 ? line : `${all}${/^\s*(?:and|&)\s/i.test(line) ? ' ' : ' ; '}${line}`),
    '',
  );
  const clean = normaliseQuotes(normaliseDashes(joined))
    .replace(/\s+also\b/gi, '')
    .replace(ACTION_BY, '')
    .replace(PLURAL_TITLE, eachTitled)
    // "Coun.Farrow", "Cllr.Smith": a title run on to the name it stands before.
    .replace(/\b(Cllr|Coun|Mrs|Mr|Ms|Dr)\.(?=[A-Z])/g, '$1. ')
    // "Arts Development Officer. Theatre Managers": a full stop ends one owner and starts the next
    // ("Prof. Smith" is one, its title shortened).
    .replace(/\b([A-Za-z]{3,})\.\s+(?=[A-Z])/g, (all, word: string) =>
      HONORIFICS.has(word.toLowerCase()) ? all : `${word} ; `,
    );
  const key = clean.toLowerCase().replace(/[\s.]/g, '');
  // "xxx": a placeholder typed where a name will go.
  if (NO_OWNER.has(key) || /^[-?;]*$/.test(key) || /^x{2,}$/.test(key)) return blank();

  const named = namedInBrackets(clean);
  if (named !== null) return { kind: 'several', names: named, text };
  const post = postWithAside(clean) ?? bodyWithPost(clean);
  if (post !== null) return { kind: 'person', name: post, text };
  // (An aside on a line of its own leaves the line's separator behind: "chairs ; (may co-opt …)".)
  const stripped = withoutBrackets(clean).replace(/[\s;,/]+$/, '');
  const strong = splitParts(stripped, STRONG_SEPARATORS).filter((p) => p !== '');
  if (strong.length > 1) {
    // "Head of IG / DPO", "Head of Finance / S151 Officer": one post and the statutory roles its holder has.
    if (classifyUnit(strong[0]).kind === 'post' && strong.slice(1).every(isDesignation))
      return { kind: 'person', name: stripped, text };
    const segments = strong.map(readSegment);
    const known = segments.every((s) => s.kind !== 'unknown');
    // "Head of Policy/Performance": a lone word beside a post continues the post.
    const posts = segments.some((s) => s.kind === 'people' && s.posts > 0);
    const loneWord = strong.some(continuesPost);
    if (known && !(posts && loneWord)) return combine(segments, text);
    // "Stuart Mallender / Conrad Volker / … / Additional support from the Bursar": two people or
    // more named, beside words that name nobody, still share the lead.
    const people = segments.filter((s) => s.kind === 'people');
    if (!loneWord && people.flatMap((s) => (s.kind === 'people' ? s.names : [])).length >= 2)
      return combine(people, text);
  }
  const whole = readSegment(stripped);
  // "To be checked by the inspection referred to": what is to happen, naming nobody to do it.
  // ("To be included in the Chairman's report" names the chair, who writes it.)
  const namesPost = stripped
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => ROLE_NOUNS.has(w) || POST_ACRONYMS.has(w));
  if (whole.kind === 'unknown' && PASSIVE_TASK.test(stripped) && !namesPost) return blank();
  if (whole.kind === 'unknown') return { kind: 'person', name: stripped, text };
  return combine([whole], text);
}
