/** The owner facts an action-plan row and a savings line share: who is named, or why nobody is. */
import { ROLE_NOUNS } from '../parse/owner-words';
import type { Table } from '../tables/types';
import type { OwnerParse } from '../parse/types';
import type { CellValue } from '../snapshot';
import { cellText } from '../parse/text';
import { parseOwner } from '../parse/owners';
import { headerWords } from '../tables/header-words';
import { logicalCell } from './context';

/** Why a row names no owner; the rules' `owner.missing` words each differently. */
export type OwnerAbsence = 'no-column' | 'no-heading' | 'blank-cell' | 'names-nobody';

const NO_NAMES: readonly string[] = Object.freeze([]);

/** The row's own owner cell as written, trimmed. */
const writtenOwner = (table: Table, row: number): string => cellText(logicalCell(table, row, 'owner')).trim();

/** Why `owner` names nobody, from the row's own cell; null when it names someone. */
export function ownerAbsence(table: Table, row: number, owner: OwnerParse): OwnerAbsence | null {
  if (owner.kind !== 'blank') return null;
  if (!table.columns.owner) return table.headingOwners ? 'no-heading' : 'no-column';
  return writtenOwner(table, row) ? 'names-nobody' : 'blank-cell';
}

/** What the owner cell says: as read, or where it names nobody ("TBC", 42) as the row's cell has it. */
export function ownerText(table: Table, row: number, owner: OwnerParse): string {
  if (owner.kind !== 'blank') return owner.text;
  return table.columns.owner ? writtenOwner(table, row) : '';
}

/** The people the cell names: one, several, or none for a body or a blank. */
export function ownerNames(owner: OwnerParse): readonly string[] {
  if (owner.kind === 'several') return owner.names;
  return owner.kind === 'person' ? [owner.name] : NO_NAMES;
}

/** "TT/SJ": a team's code, then the officer in it who leads. */
const TEAM_CODE = /^\s*([A-Z]{2,5})\s*\/\s*(\S[\s\S]*)$/;
/** Owner cells that must all start with the one code for it to be read as a team's. */
const TEAM_CELLS = 3;

/**
 * The team code every owner cell of the table starts with ("TT/SJ", "TT/RA", "TT/SJ/RA": the tram
 * team and its officers), where there are at least TEAM_CELLS and the officers after it vary. A code
 * on every line is the team all the officers work in, not a second owner of each action.
 */
export function sharedTeam(table: Table, rows: readonly number[]): string | null {
  if (!table.columns.owner) return null;
  let team: string | null = null;
  const officers = new Map<string, number>();
  let cells = 0;
  for (const row of rows) {
    const text = writtenOwner(table, row);
    if (!text) continue;
    const m = TEAM_CODE.exec(text);
    if (!m || (team !== null && m[1] !== team)) return null;
    team = m[1];
    const officer = m[2].replace(/\s+/g, '');
    officers.set(officer, (officers.get(officer) ?? 0) + 1);
    cells += 1;
  }
  // The officers after the code vary from line to line: none is on more than half of them. ("EAC /
  // EDRM" on four lines of five is the same two owners each time, not a team and its officers.)
  const most = Math.max(0, ...officers.values());
  return cells >= TEAM_CELLS && most * 2 <= cells ? team : null;
}

/** The owner cell without the team code every owner cell starts with. */
export function withoutTeam(value: CellValue, team: string | null): CellValue {
  if (team === null || typeof value !== 'string') return value;
  const m = TEAM_CODE.exec(value);
  return m && m[1] === team ? m[2].trim() : value;
}

/**
 * "Lead agency", "Lead agents", "Lead partner", "Section", "Lead Directorate": a column that asks which organisation
 * or part of the council leads, not which officer (a "Team Leader" is an officer).
 * ("Lead Officer / Agency" asks for the officer: the first of two alternatives names the column.)
 */
const AGENCY_HEADER =
  /\b(?:agenc(?:y|ies)|agents?|partners?|partnerships?(?! lead)|organi[sz]ations?|bod(?:y|ies)|sections?|players|directorates?|departments?|depts?|teams?(?! lead)|service areas?|authorit(?:y|ies)|groups?)\b/i;

/**
 * "Responsible lead/ group": a lead the heading leaves open, its alternative saying what may lead.
 * ("Lead officer/ group" names the officer first, and asks for one.)
 */
const OPEN_LEAD = new RegExp(`\\b(?:lead|responsib\\w*)\\s*/\\s*(?:${AGENCY_HEADER.source})`, 'i');

/** "Lead", "Leads", "Lead(s)": a heading that leaves open whether an officer or an organisation leads. */
const BARE_LEAD = /^\s*leads?\s*(?:\(s\))?\s*:?\s*$/i;

/** Words that make a cell an organisation's name: "Dudley MBC", "NHS Dudley", "Children's Directorate". */
const ORGANISATION_WORD =
  /\b(?:council|councils|mbc|pct|nhs|ccg|icb|trust|police|constabulary|directorate|department|partnership|authority|university|college|services)\b/i;

/** Filled owner cells a bare "Lead" column needs, every one an organisation, to ask for organisations. */
const ORGANISATIONS_SEEN = 2;

/** Under a bare "Lead", every lead named is an organisation, none an officer or a post. */
function leadsAreOrganisations(table: Table): boolean {
  const cells = table.rows
    .filter((r) => r.kind === 'item')
    .map((r) => writtenOwner(table, r.row))
    .filter((t) => t !== '');
  return (
    cells.length >= ORGANISATIONS_SEEN &&
    cells.every(
      // ("MBC lead" is the council leading; "Head of Public Health" an officer.)
      (t) => ORGANISATION_WORD.test(t) && !t.split(/[/;,\n]/).some((p) => namesPost(p) && !ORGANISATION_WORD.test(p)),
    )
  );
}

/** Whether the table's owner column names organisations. */
export const ownsByAgency = (table: Table): boolean => {
  const header = table.columns.owner?.header ?? '';
  return (
    AGENCY_HEADER.test(headerWords(header).words.join(' ')) ||
    OPEN_LEAD.test(header) ||
    (BARE_LEAD.test(header) && leadsAreOrganisations(table))
  );
};

/**
 * Where one organisation's name is split from the next: "Council /Police", "CHC, NHA", one per
 * line, or "City Council or University" (either may lead, so neither is asked to).
 */
const AGENCY_BREAK = /\s*(?:\/|;|,|\n)\s*|\s+or\s+/i;

/** Organisations' initials in a row ("DCC AC PKC") that name several; two ("NHS GGC") may name one. */
const ACRONYM_LIST = 3;

/**
 * An owner cell under a lead agency heading: one organisation is the answer the column asks for;
 * two or more share the lead, so none is accountable. ("Press and Public Relations" is one.)
 */
export function agencyOwner(value: CellValue): OwnerParse {
  const parsed = parseOwner(value);
  if (parsed.kind === 'blank' || typeof value !== 'string') return parsed;
  const names = value
    .split(AGENCY_BREAK)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (names.length >= 2) return { kind: 'several', names, text: parsed.text };
  // "DCC AC PKC": three councils' initials side by side, each a lead.
  const initials = value.trim().split(/\s+/);
  if (initials.length >= ACRONYM_LIST && initials.every((w) => /^[A-Z]{2,5}$/.test(w)))
    return { kind: 'several', names: initials, text: parsed.text };
  // "Environmental Health (EL) & Environmental Co-ordinator (EL)": a post named beside the unit
  // shares the lead with it, where "Parks & Leisure" is one unit's name.
  const joined = value
    .split(/\s+(?:&|and)\s+/i)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (
    joined.length >= 2 &&
    (joined.slice(1).some((p) => namesPost(p) || namesOrganisation(p)) || acronymEnds(joined[0]))
  )
    return { kind: 'several', names: joined, text: parsed.text };
  return { kind: 'person', name: parsed.text, text: parsed.text };
}

/** Last words of an organisation's name: "Lincolnshire Police", "the district councils", "coroners". */
const ORGANISATION_END =
  /\b(?:police|constabulary|council|councils|nhs|trust|trusts|ccg|icb|university|college|colleges|schools|fire(?:\s+and\s+rescue)?(?:\s+service)?|ambulance\s+service|coroners?|partners|agencies|providers|departments)\s*(?:\([^)]*\))?\s*$/i;

/** "Public Health and Lincolnshire Police": the part after "and" names a second organisation. */
function namesOrganisation(part: string): boolean {
  return ORGANISATION_END.test(part);
}

/** "Department of Health and Social Care (DHSC) and coroners": a name closed by its acronym ends there. */
function acronymEnds(part: string): boolean {
  return /\([A-Z]{2,}\)\s*$/.test(part);
}

/** "Environmental Co-ordinator (EL)", "Head of Housing": a part whose head noun is a post's. */
function namesPost(part: string): boolean {
  const words = part
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /[a-z]/.test(w));
  const head = words.findIndex((w) => w === 'of' || w === 'for');
  const noun = words[(head === -1 ? words.length : head) - 1];
  return noun !== undefined && ROLE_NOUNS.has(noun);
}

/** "CC Nick Adderley (NA)": a name, then the initials the minutes use for it in brackets. */
const NAMED_INITIALS = /\b[A-Z][a-z'’-]+\s+\(([A-Z]{2,3})\)/g;

/**
 * Initials the sheet itself gives someone in its list of those present ("Nick Adderley (NA)"):
 * where an owner cell holds just those, it names that person, though "NA" alone would read as n/a.
 */
export function initialsNamedIn(sheet: { values: readonly (readonly CellValue[])[] }): ReadonlySet<string> {
  const found = new Set<string>();
  for (const row of sheet.values)
    for (const value of row) {
      if (typeof value !== 'string' || !value.includes('(')) continue;
      for (const m of value.matchAll(NAMED_INITIALS)) found.add(m[1]);
    }
  return found;
}

/** The owner as read, or the person whose initials the sheet gave where the cell read as nobody. */
export function ownerByInitials(owner: OwnerParse, cell: CellValue, initials: () => ReadonlySet<string>): OwnerParse {
  if (owner.kind !== 'blank' || typeof cell !== 'string' || !/^\s*[A-Z]{2,3}\s*$/.test(cell)) return owner;
  const text = cell.trim();
  return initials().has(text) ? { kind: 'person', name: text, text } : owner;
}
