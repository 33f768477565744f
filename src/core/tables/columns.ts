/**
 * The logical columns Concordat understands and the header wordings councils use for them.
 * A profile can add wordings; matching ignores case, punctuation, line breaks and extra spaces.
 */

export const ACTION_COLUMNS = [
  'id',
  'recommendation',
  'priority',
  'action',
  'response',
  'owner',
  'deadline',
  'revisedDeadline',
  'completedDate',
  'status',
  'progress',
] as const;

export const SAVINGS_COLUMNS = ['service', 'year', 'basis', 'split', 'cost', 'target', 'achieved', 'amount'] as const;

export type ActionColumn = (typeof ACTION_COLUMNS)[number];
export type SavingsColumn = (typeof SAVINGS_COLUMNS)[number];
export type LogicalColumn = ActionColumn | SavingsColumn;

/** Exact wordings (after normalising). Order matters only for `completedDate` vs `deadline`. */
export const DEFAULT_SYNONYMS: Record<LogicalColumn, string[]> = {
  id: [
    'no',
    'no.',
    'ref',
    'ref no',
    'reference',
    'id',
    'rec no',
    'recommendation no',
    'recommendation number',
    'item',
    'item no',
    '#',
  ],
  recommendation: [
    'recommendation',
    'recommendations',
    'finding',
    'findings',
    'issue',
    'issue identified',
    'audit recommendation',
  ],
  priority: ['priority', 'risk rating', 'rating', 'priority rating', 'risk', 'grade'],
  action: [
    'action to be taken',
    'action',
    'actions',
    'agreed action',
    'management action',
    'proposed action',
    'action planned',
    'actions agreed',
  ],
  response: [
    'response',
    'management response',
    'council response',
    'wfdc response',
    'officer response',
    'comments from council',
  ],
  owner: [
    'officer responsible',
    'responsible officer',
    'lead officer',
    'owner',
    'lead',
    'sro',
    'responsible',
    'action owner',
    'responsibility',
    'accountable officer',
    'officer',
    'lead member',
    'by whom',
    'who',
  ],
  deadline: [
    'implement by when',
    'target date',
    'due date',
    'deadline',
    'completion date',
    'target completion date',
    'implementation date',
    'by when',
    'timescale',
    'date due',
    'due',
  ],
  revisedDeadline: [
    'revised date',
    'revised deadline',
    'revised target date',
    'revised target',
    'forecast date',
    'forecast completion date',
    'new target date',
    'revised due date',
    'revised completion date',
  ],
  completedDate: [
    'date completed',
    'actual completion date',
    'completed on',
    'date implemented',
    'date closed',
    'actual completion',
    'completed date',
  ],
  status: ['status', 'rag', 'rag status', 'progress', 'current status', 'status rag', 'implementation status'],
  progress: [
    'progress update',
    'progress to date',
    'update',
    'comments',
    'commentary',
    'progress notes',
    'latest update',
    'notes',
  ],
  service: [
    'service',
    'shared service',
    'service area',
    'project',
    'workstream',
    'scheme',
    'initiative',
    'description',
    'saving description',
    'area',
  ],
  year: ['year', 'financial year', 'fy', 'year of saving', 'start year', 'from', 'year from', 'period'],
  basis: [
    'basis',
    'basis of split',
    'basis of allocation',
    'allocation basis',
    'cost sharing basis',
    'split basis',
    'sharing basis',
    'basis of apportionment',
    'apportionment basis',
    'method',
  ],
  split: [
    'allocation',
    'split',
    'cost split',
    'saving split',
    'savings split',
    'apportionment',
    'share',
    'shares',
    'partner split',
  ],
  cost: [
    'cost',
    'costs',
    'total cost',
    'annual cost',
    'one off cost',
    'one-off cost',
    'implementation cost',
    'gross cost',
    'budget',
    'cost to share',
    'shared cost',
  ],
  target: [
    'saving target',
    'savings target',
    'target saving',
    'target savings',
    'saving',
    'savings',
    'estimated saving',
    'planned saving',
    'budgeted saving',
    'target',
    'anticipated saving',
    'anticipated savings',
    'expected saving',
    'expected savings',
    'saving per annum',
    'annual saving',
  ],
  achieved: [
    'achieved',
    'actual',
    'saving achieved',
    'savings achieved',
    'actual saving',
    'actual savings',
    'delivered',
    'forecast',
    'forecast saving',
    'outturn',
    'projected',
    'achieved forecast',
    'achieved or forecast',
    'forecast outturn',
  ],
  amount: ['total', 'amount', 'value', 'total amount'],
};

/** Words that make a header a partner's column once the partner's name is taken off. */
export const PARTNER_SHARE_WORDS = ['share', '%', 'percentage', 'proportion', 'split', 'allocation'];
export const PARTNER_AMOUNT_WORDS = ['£', 'amount', 'saving', 'savings', 'cost', 'costs', 'contribution', 'value'];
export const PARTNER_DRIVER_WORDS = [
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
];

/** Lower-case, strip units and punctuation noise, collapse spaces: "Officer\nresponsible " → "officer responsible". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(\s*£\s*'?\s*0{3}s?\s*\)|£\s*'?\s*0{3}s?|\(\s*£\s*[km]\s*\)|£\s*[km]\b/g, ' ')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[?:*_]+/g, ' ')
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
}
