/**
 * Partner councils in a table's headers: names from the profile, from a split header
 * ("Allocation of South Hams District Council (SHDC) to West Devon Borough Council (WDBC)"), or a
 * header that is only a council's name or abbreviation, with or without a unit or a role word
 * ("NDC £m", "Bromsgrove share", "West Devon Borough Council").
 */
import { isRatingWord } from './cell-evidence';
import type { Profile } from '../profile';
import { plainWords } from './header-words';
import vocabulary from './vocabulary.json';

export type PartnerRole = 'share' | 'amount' | 'driver';

export interface PartnerNames {
  /** Plain words of a name or alias → the name to show. */
  byAlias: Map<string, string>;
}

const SHARE_WORDS = new Set(['share', 'shares', '%', 'percentage', 'percent', 'proportion', 'split', 'allocation']);
const AMOUNT_WORDS = new Set([
  'amount',
  'saving',
  'savings',
  'cost',
  'costs',
  'contribution',
  'contributions',
  'value',
  'charge',
  'recharge',
  'levy',
  'payment',
]);
const DRIVER_WORDS = new Set([
  'activity',
  'caseload',
  'cases',
  'calls',
  'users',
  'hours',
  'incidents',
  'transactions',
  'fte',
  'volume',
  'population',
  'households',
  'usage',
  'connections',
  'tonnage',
  'tonnes',
  'properties',
  'dwellings',
  'headcount',
  'posts',
  'days',
]);
const COUNCIL_WORDS = /\b(?:council|district|borough|county|city|metropolitan|authority|dc|bc|cc|mbc|mdc)\b/i;
/** One-word headers Concordat reads ("ACTION", "STATUS", "HOS"): in capitals they are still not councils. */
const HEADER_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(vocabulary.columns).flat(), ...vocabulary.notUsed]
    .map((w) => w.replace(/^[=~]/, '').toLowerCase())
    .filter((w) => /^[a-z]+$/.test(w)),
);

/** Capitals that head columns but are not councils. */
const NOT_PARTNERS = new Set([
  'NET',
  'GROSS',
  'MONTH',
  'SPEND',
  'PLAN',
  'FUND',
  'PAID',
  'DUE',
  'RISK',
  'TEAM',
  'RAG',
  'SRO',
  'MTFS',
  'HRA',
  'GF',
  'CMT',
  'SLT',
  'FYE',
  'KPI',
  'ID',
  'REF',
  'NO',
  'YTD',
  'VAT',
  'FTE',
  'TOTAL',
  'NOTES',
  'BRAG',
  'DCT',
  'N/A',
  'NA',
  'TBC',
  'OWNER',
  'LEAD',
  'STATUS',
  'DATE',
  'YEAR',
  'ACTUAL',
  'BUDGET',
  'TARGET',
  'FORECAST',
  'VARIANCE',
  'SAVINGS',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
]);

/** Capitalised words that head money columns without naming a council ("Total cost", "Net saving"). */
const GENERIC = new Set(
  'total net gross annual actual forecast target budget original revised current estimated planned projected one off full year shared service other income capital revenue staff employee premises transport supplies third party proposed approved agreed achieved requested recommended awarded granted offered allocated issued notified confirmed provisional indicative final initial submitted settled claimed delivered expected anticipated average base recurring ongoing additional further partner partners council councils each per membership members member private public sector voluntary government grant grants item items unit units weekly nightly daily monthly quarterly yearly hourly standard basic service charge charges fee fees rent rents rates storage maintained maintenance repairs running operating staffing salaries energy utilities insurance cleaning security administration management support direct indirect overheads contract materials equipment printing postage training travel legal professional consultancy marketing'.split(
    ' ',
  ),
);

export function knownPartners(profile: Profile): PartnerNames {
  const byAlias = new Map<string, string>();
  for (const p of profile.partners) {
    byAlias.set(plainWords(p.name), p.name);
    for (const a of p.aliases) byAlias.set(plainWords(a), p.name);
  }
  return { byAlias };
}

export function roleOfWords(words: readonly string[], percent: boolean, money: boolean): PartnerRole | null {
  if (percent || words.some((w) => SHARE_WORDS.has(w))) return 'share';
  if (words.some((w) => DRIVER_WORDS.has(w))) return 'driver';
  if (money || words.some((w) => AMOUNT_WORDS.has(w))) return 'amount';
  return null;
}

/** The known partner a header names, with the header's other words. */
export function knownPartnerIn(
  header: string,
  names: PartnerNames,
): { name: string; alias: string; rest: string[] } | null {
  const words = plainWords(header).split(' ').filter(Boolean);
  let best: { name: string; alias: string; rest: string[] } | null = null;
  for (const [alias, name] of names.byAlias) {
    const aw = alias.split(' ');
    for (let i = 0; i + aw.length <= words.length; i++) {
      if (aw.every((w, k) => words[i + k] === w) && (!best || aw.length > best.alias.split(' ').length)) {
        best = { name, alias, rest: [...words.slice(0, i), ...words.slice(i + aw.length)] };
      }
    }
  }
  return best;
}

const UNITS = /£\s*(?:'\s*)?000s?|£\s*(?:k|m|bn)\b|£|%/gi;
const FOOTNOTE_MARKS = /[*†‡¹²³⁴⁵⁶⁷⁸⁹]+/g;
const UNITS_OR_ASIDES = new RegExp(`${UNITS.source}|\\([^)]*\\)`, 'gi');

/**
 * Units and bracketed asides as spaces. After the last ")" no aside can match, and looking for
 * one there rescanned the rest of the cell from each "(", so that part is searched for units only.
 */
export function withoutUnitsAndAsides(header: string): string {
  const end = header.lastIndexOf(')') + 1;
  return header.slice(0, end).replace(UNITS_OR_ASIDES, ' ') + header.slice(end).replace(UNITS, ' ');
}

/** A header that is only a council's name or abbreviation, once units and role words are gone. */
/** "LOCAL AUTHORITY", "District Council", "Highway Authority": a kind of council, named by no place. */
const KIND_OF_COUNCIL =
  /^(?:local|county|district|city|borough|unitary|metropolitan|parish|town|community|billing|precepting|constituent|partner|lead|host|combined|other|each|all|highways?|education)$/i;

export function councilNameIn(header: string, alike: readonly string[] = []): { name: string; rest: string[] } | null {
  // "Liverpool City Council 100%" is a council's share written in a cell: data, not a header.
  if (/\d\s*%/.test(header)) return null;
  const cleaned = withoutUnitsAndAsides(header.replace(FOOTNOTE_MARKS, ' ')).replace(/\s+/g, ' ').trim();
  const words = cleaned.split(' ').filter(Boolean);
  const rest: string[] = [];
  while (words.length > 1) {
    const last = words[words.length - 1].toLowerCase();
    if (SHARE_WORDS.has(last) || AMOUNT_WORDS.has(last) || DRIVER_WORDS.has(last)) rest.unshift(words.pop() as string);
    else break;
  }
  const name = words.join(' ');
  if (!name || name.length > 60) return null;
  // "BDC", "RBWM", "ESCC": a council's initials have a vowel at most; "CENTRE" and "CODE" are words.
  // More vowels may stand where partners beside it end alike ("NEELB" and "SEELB" by "BELB", "SELB").
  const initials =
    /^[A-Z]{2,6}$/.test(name) && ((name.match(/[AEIOU]/g) ?? []).length <= 1 || endsLikeInitials(name, alike));
  // ("HIGH", "LOW" typed in capitals in a rating column are ratings.)
  if (initials && !NOT_PARTNERS.has(name) && !HEADER_WORDS.has(name.toLowerCase()) && !isRatingWord(name))
    return { name, rest: rest.map((w) => w.toLowerCase()) };
  // ("Band D Council Tax", "Parish Council Tax": the tax a council sets, named by no council.)
  if (/\bcouncil\s+tax\b/i.test(name)) return null;
  const named = words.some((w) => !COUNCIL_WORDS.test(w) && !/^(?:of|the|and)$/i.test(w) && !KIND_OF_COUNCIL.test(w));
  // A name is capitalised throughout ("Kingston upon Hull City Council"); "Local authority that funds the area" is not one.
  const proper = words.every((w) => /^[A-Z0-9]/.test(w) || /^(?:of|the|and|upon|on|in|with|&)$/.test(w));
  // ("Authority's Bid": what the authority asked for, each authority on its own line, no council named.)
  const possessive = /\b(?:council|authority|district|borough|county|city)['’]s\b/i.test(name);
  if (named && proper && !possessive && COUNCIL_WORDS.test(name) && /^[A-Z]/.test(name) && words.length <= 7) {
    return { name, rest: rest.map((w) => w.toLowerCase()) };
  }
  // "Bromsgrove share", "Redditch caseload": a place name with a role word after it (in capitals
  // too, "EXECUTIVE CONTRIBUTION").
  if (
    rest.length > 0 &&
    words.length <= 3 &&
    words.every((w) => /^[A-Z](?:[a-z]+|[A-Z]+)$/.test(w) && !GENERIC.has(w.toLowerCase()))
  ) {
    return { name, rest: rest.map((w) => w.toLowerCase()) };
  }
  return null;
}

/** Two partners' initials at least that end in the same two letters as `name`, and are not it. */
function endsLikeInitials(name: string, alike: readonly string[]): boolean {
  const end = name.slice(-2);
  return name.length >= 3 && alike.filter((a) => a !== name && /^[A-Z]{3,6}$/.test(a) && a.endsWith(end)).length >= 2;
}

/**
 * Partner names a split header lists after its split word: "Allocation SHDC/WDBC",
 * "Split (BDC:RBC)", "Allocation of South Hams District Council (SHDC) to West Devon Borough Council (WDBC)".
 * Each comes back with the abbreviation in brackets after it, when there is one.
 */
export function namesInSplitHeader(raw: string): { name: string; alias: string | null }[] {
  const m =
    /^\s*[A-Za-z%' ]*?\b(?:allocation|split|apportionment|share|shares|percentage)\b(?:\s+(?:of|between|split))?(.*)$/i.exec(
      raw.replace(/\s+/g, ' '),
    );
  if (!m) return [];
  const parts = m[1]
    .replace(/\b(?:costs?|savings?)\b/gi, ' ')
    .split(/\s*(?:\/|:|\bto\b|\band\b|\bv\b|\bvs\b|,)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: { name: string; alias: string | null }[] = [];
  for (const part of parts) {
    const withAlias = /^(.*?)\s*\(\s*([A-Za-z]{2,8})\s*\)\s*$/.exec(part);
    const name = (withAlias ? withAlias[1] : part).replace(/[()]/g, '').trim();
    if (!name || name.length > 60) continue;
    out.push({ name: withAlias ? withAlias[2] : name, alias: withAlias ? name : null });
  }
  return out.length >= 2 ? out : [];
}

/** A row label that names a council: "Allerdale Borough Council", "Conwy", "NDC", a known partner. */
export function isPartnerLabel(text: string, names: PartnerNames): boolean {
  const t = text.trim();
  if (!t || t.length > 70) return false;
  if (knownPartnerIn(t, names)) return true;
  // Down a label column, bare capitals are as often cost-centre codes as councils' initials.
  const named = councilNameIn(t);
  return named !== null && !/^[A-Z]{2,6}$/.test(named.name);
}
