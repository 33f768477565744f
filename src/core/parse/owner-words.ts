/** Word lists the owner parser uses to tell people, posts and bodies apart (all lower case). */

/** Head nouns of a post held by one person: "Head of ...", "Monitoring Officer", "Cabinet Member". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'head',
  'director',
  'officer',
  'manager',
  'chief',
  'leader',
  'lead',
  'member',
  'holder',
  'clerk',
  'secretary',
  'treasurer',
  'accountant',
  'auditor',
  'coordinator',
  'co-ordinator',
  'administrator',
  'councillor',
  'cllr',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'vice-chair',
  'solicitor',
  'surveyor',
  'engineer',
  'adviser',
  'advisor',
  'analyst',
  'controller',
  'consultant',
  'planner',
  'supervisor',
  'inspector',
  'architect',
  'specialist',
  'principal',
  'deputy',
  'assistant',
  'champion',
  'sponsor',
  'owner',
  'lawyer',
  'monitoring',
]);

/** "Executive" is a post only after "Chief"; on its own it is the Cabinet. */
export const EXECUTIVE_WORDS: ReadonlySet<string> = new Set(['executive', 'exec']);

/** Head nouns of a body of people. */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  'cabinet',
  'board',
  'committee',
  'council',
  'councils',
  'authority',
  'authorities',
  'partner',
  'partners',
  'group',
  'team',
  'panel',
  'service',
  'services',
  'members',
  'officers',
  'partnership',
  'partnerships',
  'forum',
  'department',
  'directorate',
  'division',
  'unit',
  'management',
  'network',
  'consortium',
  'office',
  'scrutiny',
  'meeting',
]);

/** Body words that make a cell a body wherever they stand, when no post is named. */
export const STRONG_BODY_WORDS: ReadonlySet<string> = new Set([
  'cabinet',
  'board',
  'committee',
  'councils',
  'authorities',
  'partners',
  'partnership',
  'cmt',
  'smt',
]);

/** Departments named on their own ("Finance", "Legal") are bodies too. */
export const DEPARTMENTS: ReadonlySet<string> = new Set([
  'finance',
  'legal',
  'hr',
  'ict',
  'it',
  'procurement',
  'audit',
  'payroll',
  'revenues',
  'benefits',
  'housing',
  'planning',
  'property',
  'estates',
  'communications',
  'comms',
  'policy',
  'performance',
  'licensing',
  'democratic',
  'regeneration',
  'environmental',
  'customer',
  'resources',
]);

/** Acronyms of bodies seen in council papers. */
export const BODY_ACRONYMS: ReadonlySet<string> = new Set([
  'cmt',
  'smt',
  'clt',
  'slt',
  'elt',
  'jmt',
  'dmt',
  'wrs',
  'lsp',
  'hr',
  'it',
  'ict',
  'ssb',
  'jsc',
]);

/**
 * Acronyms of posts held by one person: Assistant/Deputy Director ("AD Finance"), Director or
 * Head of Finance, Head of (Internal) Audit, Monitoring Officer, Senior Responsible Owner.
 */
export const POST_ACRONYMS: ReadonlySet<string> = new Set([
  'ceo',
  'cfo',
  'cx',
  'dce',
  'hos',
  's151',
  'ad',
  'dd',
  'dof',
  'hof',
  'hoa',
  'hia',
  'mo',
  'sro',
  'siro',
  'dpo',
  'rfo',
]);

/** Words that open a cell naming everyone of a kind: "All authorities", "Both Councils". */
export const COLLECTIVE_WORDS: ReadonlySet<string> = new Set(['all', 'both', 'each', 'every', 'various']);

/** Titles before a name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'cllr',
  'councillor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
]);

/** Lower-case parts of surnames: "Ann de Souza", "Jan van der Berg". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'ter',
  'bin',
  'al',
]);

/** Words that end a post's head phrase: "Head | of Financial Services". */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'to',
  'at',
  'in',
  'with',
  'from',
  'on',
  'within',
  'across',
  '-',
]);

/** Placeholders that name nobody. */
export const NO_OWNER: ReadonlySet<string> = new Set([
  '',
  'tbc',
  'tba',
  'tbd',
  'n/a',
  'na',
  'none',
  'nil',
  'unknown',
  'vacant',
  'tobeconfirmed',
  'tobeagreed',
  'notknown',
  'notyetassigned',
  'unassigned',
]);
