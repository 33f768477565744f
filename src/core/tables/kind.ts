/**
 * Whether a table is an action plan, a savings tracker or cost-sharing schedule, or neither — on
 * the evidence of the columns it has, not a vote of wordings. Most tables are neither (figures by
 * year, a price list, a timetable) and are left alone.
 */
import type { LogicalColumn } from './columns';
import type { ColumnRef, PartnerColumns, TableKind } from './types';

export const AMOUNTS_BY_ITEM = 'amounts by item with a total';

type Columns = Partial<Record<LogicalColumn, ColumnRef>>;

function present(columns: Columns, names: readonly LogicalColumn[]): LogicalColumn[] {
  return names.filter((n) => columns[n]);
}

const ACCOUNTABILITY: readonly LogicalColumn[] = ['owner', 'deadline', 'revisedDeadline', 'completedDate', 'status'];
const ACTION_TEXT: readonly LogicalColumn[] = ['recommendation', 'action', 'response', 'progress'];
/** "Update", "Progress update", "Progress to date": how an item has moved on, not a note on it. */
const UPDATE_HEADER = /\b(?:updates?|progress)\b/i;

export function kindOf(
  columns: Columns,
  partners: readonly PartnerColumns[],
  /**
   * `plannedAndExpected`: the deadline and revised deadline columns both hold dates on most rows;
   * `dueDates`: the deadline column is headed as when each item is due and holds dates on most rows;
   * `measures`: the lines' own column, read as nothing else, is headed as measures ("Indicator");
   * `budgetVariance`: a column is headed as spending under or over ("Under / (over) spend £m"), or
   * as a variance on a sheet that names no savings ("Variance from Plan");
   * `startDates`: a column is headed as when each item starts ("Start date").
   */
  {
    plannedAndExpected = false,
    dueDates = false,
    measures = false,
    budgetVariance = false,
    startDates = false,
  }: {
    plannedAndExpected?: boolean;
    dueDates?: boolean;
    measures?: boolean;
    budgetVariance?: boolean;
    startDates?: boolean;
  } = {},
): { kind: TableKind | null; reason: string } {
  const sharing = partners.length >= 2 || columns.split !== undefined;
  const money = present(columns, ['target', 'achieved', 'cost', 'amount']);
  if (sharing) {
    return {
      kind: 'savings',
      reason: `partner ${columns.split ? 'split' : 'columns'}${money.length ? ` beside ${money.join(', ')}` : ''}`,
    };
  }
  // Actions, who does each, by when and how each stands, with what each saves beside them
  // ("SAVINGS £000": 0 on most lines) is a plan of actions, not a tracker of savings.
  // (Or with no status yet: "Action plan | By whom | By when | … | Savings £000" as a plan is proposed.)
  const plan = columns.action && columns.owner && columns.deadline;
  if (columns.target && !columns.achieved && plan) {
    return {
      kind: 'action-plan',
      reason: `${present(columns, [...ACCOUNTABILITY, ...ACTION_TEXT]).join(', ')} columns, with what each action saves`,
    };
  }
  // "Metric | Target | Actual": performance measures against their targets, with no money named.
  if (columns.target && (measuresNamed(columns) || (measures && noMoneyNamed(columns)))) {
    return { kind: null, reason: 'performance measures against their targets, not money: left alone' };
  }
  // "Plan £m | Actual £m | Under / (over) spend £m", or "Variance from Plan" where nothing on the
  // sheet names savings: spending against its plan, where less than planned is no shortfall.
  // (Unless the plan or the actual is headed as savings.)
  if (columns.target && columns.achieved && budgetVariance && !savingsNamed(columns)) {
    return { kind: null, reason: 'spending against its plan, under or over it: not savings' };
  }
  if (columns.target && (columns.achieved || columns.service || columns.owner)) {
    const by = columns.achieved
      ? ' and an achieved figure'
      : columns.service
        ? ' by item'
        : ' with who leads each line';
    return { kind: 'savings', reason: `a savings target${by}` };
  }
  if (columns.basis && (columns.cost || columns.amount || columns.drivers)) {
    return { kind: 'savings', reason: 'a sharing basis beside costs or activity figures' };
  }
  const accountable = present(columns, ACCOUNTABILITY);
  const text = present(columns, ACTION_TEXT);
  const hasLabel = text.length > 0 || columns.service !== undefined || columns.id !== undefined;
  if ((columns.owner || columns.deadline) && hasLabel && accountable.length + text.length >= 3) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  // An action log: actions with who does them or by when, even with nothing else.
  if ((columns.owner || columns.deadline) && (columns.action || columns.recommendation)) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  // Ranked items, each with when it is to be done ("Priority | Project | Timescales"): a plan.
  if (columns.deadline && columns.priority && hasLabel) {
    return {
      kind: 'action-plan',
      reason: `${present(columns, ['priority', ...ACCOUNTABILITY, ...ACTION_TEXT]).join(', ')} columns`,
    };
  }
  // Updates on each item and when it is expected ("Ref | Update | Expected completion").
  if (columns.deadline && (columns.progress || columns.response || columns.status) && hasLabel) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  // Projects with the date first planned and the date now expected, or each with the date it is
  // due to be completed ("Project | Expected completion date | Cost"), even with nothing else.
  if ((plannedAndExpected || dueDates) && hasLabel) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  // Projects by reference, each with who leads it and when it starts ("Ref | Project name | Lead |
  // Programme | Start date | Funding offer"): a programme's tracker.
  if (columns.owner && columns.id && columns.service && startDates) {
    return {
      kind: 'action-plan',
      reason: `${[...accountable, ...text, 'id', 'service'].join(', ')} columns, with when each starts`,
    };
  }
  // Who leads each item and how it stands ("Item | Status | Lead Officer"), or by when.
  if (columns.owner && (columns.deadline || columns.status) && hasLabel) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  // Who leads each item and the latest update on it ("Corporate Governance Area | Lead Officer |
  // Update"): a progress report on a plan, even with no date or status.
  if (columns.owner && columns.progress && hasLabel && UPDATE_HEADER.test(columns.progress.header)) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  // A recommendations tracker: recommendations with the responses to them, even with no owner or date.
  if (columns.recommendation && (columns.response || columns.action || columns.owner || columns.deadline)) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  // An action list with the status of each ("Action taken", "Status"), even with no owner or date.
  if (columns.status && (columns.action || columns.recommendation)) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  // Numbered actions with what has been done on each ("Ref | Action | Achievements"): a progress
  // report on a plan, even with no owner, date or status. (Not lines under no heading beside notes:
  // "1. | Balances brought forward | … | Notes and guidance" is a form's numbered boxes.)
  if (columns.id && columns.action && columns.action.header.trim() !== '' && columns.progress) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  if (columns.status && text.length >= 1 && accountable.length + text.length >= 3) {
    return { kind: 'action-plan', reason: `${[...accountable, ...text].join(', ')} columns` };
  }
  if ((columns.amount || columns.cost) && (columns.service || columns.id)) {
    // A contribution schedule: partners down the rows is decided by the caller from the labels.
    return { kind: 'savings', reason: AMOUNTS_BY_ITEM };
  }
  return {
    kind: null,
    reason: `not an action plan or savings tracker (${columnsFound(columns)}): ${lacking(columns)}`,
  };
}

/**
 * What a table left alone lacks: "no owner, deadline or status beside the items", or, where who
 * leads each item is all there is (a roadmap's sponsors), "owner column only, with no deadline,
 * status or action beside the items".
 */
function lacking(columns: Columns): string {
  const noMoney = 'and no savings, shares or partners';
  if (columns.owner || columns.deadline || columns.status) {
    const has = present(columns, ['owner', 'deadline', 'status']);
    const missing = (['owner', 'deadline', 'status'] as const).filter((c) => !columns[c]);
    const named = `${has.join(' and ')} column${has.length > 1 ? 's' : ''}`;
    const none = [...missing, 'action'];
    return `${named} only, with no ${none.slice(0, -1).join(', ')} or ${none[none.length - 1]} beside the items, ${noMoney}`;
  }
  return `no owner, deadline or status beside the items, ${noMoney}`;
}

/** "Metric", "Measure", "Performance indicator", "KPI": a label column naming measures, not money. */
const MEASURE_HEADER = /^\s*(?:(?:key\s+)?(?:performance\s+)?(?:metrics?|measures?|indicators?)|kpis?|pis?)\b/i;
const MONEY_HEADER = /£|\bsavings?\b|\bcosts?\b|\bbudget\b|\bspend\b|\bincome\b/i;

function measuresNamed(columns: Columns): boolean {
  const label = columns.service ?? columns.id;
  return label !== undefined && namesMeasures(label.header) && noMoneyNamed(columns);
}

/** "Indicator", "KPI", "Performance measure": a heading over measures of performance. */
export function namesMeasures(header: string): boolean {
  return MEASURE_HEADER.test(header);
}

/** Neither the target nor the achieved figure is headed as money ("£", "Savings", "Budget"). */
function noMoneyNamed(columns: Columns): boolean {
  return [columns.target, columns.achieved].every((c) => c === undefined || !MONEY_HEADER.test(c.header));
}

/** Words that make figures against a plan savings: "Savings plan", "CIP", "efficiencies". */
export const SAVINGS_WORDS = /\b(?:savings?|efficienc(?:y|ies)|cip|qipp|cuts?|reductions?)\b/i;

/** "Savings plan", "CIP target", "Efficiencies delivered": the target or achieved figure headed as savings. */
function savingsNamed(columns: Columns): boolean {
  return [columns.target, columns.achieved].some((c) => c !== undefined && SAVINGS_WORDS.test(c.header));
}

/** "service, year, cost", or what to say when there are none. */
export function columnsFound(columns: Columns): string {
  return Object.keys(columns).join(', ') || 'no columns Concordat checks';
}
