/**
 * Draws a check's results: severity counts that double as filters, then the findings grouped by
 * sheet and by rule (errors first, under the rule's title), each a button that takes the user to
 * its cell, then (collapsed) how Concordat read each table. Pure DOM from plain data.
 */
import { SEVERITIES, SEVERITY_WORDS, Severity, isAccepted } from '../core/findings';
import type { Finding } from '../core/findings';
import { acceptanceNote } from '../core/accepted/wording';
import { acceptControls, type OnAccept } from './accept-form';
import { SEVERITY_MARK } from '../core/output/styles';
import type { TableReading } from '../core/reading';
import { TABLE_KIND_LABEL } from '../core/reading';
import type { CheckResult } from '../core/result';
import { findingChange, resolvedAfter, resolvedWhere, sinceSentence } from '../core/since';
import { el, plural } from '../shared/dom';
import { groupFindings, SheetGroup } from './grouping';

export interface ResultHandlers {
  onToggleSeverity(severity: Severity): void;
  onSelectFinding(finding: Finding): void;
  onAccept: OnAccept;
}

/** The pane stops drawing buttons here; the report sheet lists every finding. */
const MAX_FINDINGS_SHOWN = 500;

/** The heading focus moves to when a check finishes. */
export const FINDINGS_HEADING_ID = 'findings-heading';

function severityFilters(
  result: CheckResult,
  shown: ReadonlySet<Severity>,
  handlers: Pick<ResultHandlers, 'onToggleSeverity'>,
): HTMLElement {
  const group = el('div', { class: 'severity-filters', role: 'group', 'aria-label': 'Show findings by severity' });
  for (const severity of SEVERITIES) {
    const [one, many] = SEVERITY_WORDS[severity];
    const button = el(
      'button',
      {
        type: 'button',
        class: `badge badge--${severity}`,
        'aria-pressed': shown.has(severity) ? 'true' : 'false',
        'data-severity': severity,
      },
      el('span', { class: 'badge-mark', 'aria-hidden': 'true' }, SEVERITY_MARK[severity]),
      plural(result.counts[severity], one, many),
    );
    button.addEventListener('click', () => handlers.onToggleSeverity(severity));
    group.append(button);
  }
  return group;
}

function summaryLine(result: CheckResult): HTMLElement {
  const tables = plural(result.tables.length, 'table');
  const line = el('p', { class: 'result-meta' }, `${tables} checked, as of ${formatDate(result.asOf)}.`);
  if (result.skippedSheets.length > 0) {
    line.append(el('br'), `Not checked (no table recognised): ${result.skippedSheets.join(', ')}.`);
  }
  return line;
}

/** What changed since the last check: a sentence, then (collapsed) each finding resolved. */
function sinceSection(result: CheckResult): HTMLElement[] {
  const { since } = result;
  const out: HTMLElement[] = [el('p', { class: 'since-line' }, sinceSentence(since))];
  if (since.resolved.length === 0) return out;
  const items = since.resolved.map((r) =>
    el(
      'li',
      { class: 'reading-column' },
      el('span', { class: 'finding-message' }, resolvedWhere(r)),
      el('span', { class: 'finding-hint' }, resolvedAfter(r, result.asOf)),
    ),
  );
  out.push(
    el(
      'details',
      { class: 'reading resolved' },
      el(
        'summary',
        {},
        el('span', { class: 'reading-title' }, 'Resolved since the last check'),
        el('span', { class: 'count' }, String(since.resolved.length)),
      ),
      el('ul', { class: 'reading-columns' }, ...items),
    ),
  );
  return out;
}

function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "New" or how long the finding has been open; nothing on a first check. */
function changeNote(finding: Finding, asOf: string): HTMLElement[] {
  const change = findingChange(finding, asOf);
  if (!change) return [];
  return [
    el(
      'span',
      { class: finding.isNew ? 'finding-change finding-change--new' : 'finding-change' },
      finding.isNew ? 'New' : change,
    ),
  ];
}

/**
 * A finding as a card whose button takes the user to its cell. The button's name is short: where,
 * severity and rule ("F5 · Implement by when, error: Deadline passed"); the message, the fix and
 * how long it has been open are beside it, as its description. The whole card is the button's to
 * click (taskpane.css stretches it), but only the short line is its label.
 */
function findingCard(finding: Finding, id: string, asOf: string, handlers: ResultHandlers): HTMLElement {
  const where = finding.header ? `${finding.address} · ${finding.header}` : finding.address;
  const details = [
    el('span', { id: `${id}-message`, class: 'finding-message' }, finding.message),
    ...(finding.hint ? [el('span', { id: `${id}-hint`, class: 'finding-hint' }, finding.hint)] : []),
    ...changeNote(finding, asOf).map((note) => {
      note.id = `${id}-change`;
      return note;
    }),
    // An acceptance that no longer holds says why the finding is back.
    ...(finding.acceptance
      ? [el('span', { id: `${id}-acceptance`, class: 'finding-lapsed' }, acceptanceNote(finding))]
      : []),
  ];
  const button = el(
    'button',
    {
      type: 'button',
      id,
      class: `finding finding--${finding.severity}`,
      // The visible line, then what a sighted user reads from the mark and the heading above.
      'aria-label': `${where}, ${SEVERITY_WORDS[finding.severity][0]}: ${finding.title}`,
      'aria-describedby': details.map((d) => d.id).join(' '),
      'data-sheet': finding.sheet,
      'data-address': finding.address,
    },
    el('span', { class: 'finding-where' }, where),
  );
  button.addEventListener('click', () => handlers.onSelectFinding(finding));
  return el(
    'li',
    { class: `finding-card finding-card--${finding.severity}` },
    el('span', { class: 'finding-mark', 'aria-hidden': 'true' }, SEVERITY_MARK[finding.severity]),
    el('span', { class: 'finding-body' }, button, ...details, ...acceptControls(finding, handlers.onAccept)),
  );
}

/** Accepted findings, apart and muted, each with its reason: not counted, still one click from their cell. */
function acceptedSection(accepted: readonly Finding[], handlers: ResultHandlers): HTMLElement[] {
  if (accepted.length === 0) return [];
  const items = accepted.slice(0, MAX_FINDINGS_SHOWN).map((finding) => {
    const where = `${finding.sheet}, ${finding.address}`;
    const button = el(
      'button',
      {
        type: 'button',
        class: 'finding finding--accepted',
        // The visible line first, then what the muted card shows a sighted user.
        'aria-label': `${where} · ${finding.title}, accepted ${SEVERITY_WORDS[finding.severity][0]}`,
        'data-sheet': finding.sheet,
        'data-address': finding.address,
      },
      el('span', { class: 'finding-where' }, `${where} · ${finding.title}`),
    );
    button.addEventListener('click', () => handlers.onSelectFinding(finding));
    return el(
      'li',
      { class: 'finding-card finding-card--accepted' },
      el(
        'span',
        { class: 'finding-body' },
        button,
        el('span', { class: 'finding-message' }, finding.message),
        el('span', { class: 'finding-accepted' }, acceptanceNote(finding)),
      ),
    );
  });
  return [
    el(
      'details',
      { class: 'sheet-group accepted-group' },
      el(
        'summary',
        {},
        el('span', { class: 'sheet-name' }, 'Accepted (not counted)'),
        countOf(accepted.length, 'finding'),
      ),
      el('ul', { class: 'finding-list' }, ...items),
    ),
  ];
}

/** "5" shown, "5 findings" read: a count beside a name, not a number run into it. */
function countOf(n: number, what: string): HTMLElement {
  return el(
    'span',
    { class: 'count' },
    el('span', { class: 'visually-hidden' }, ', '),
    String(n),
    el('span', { class: 'visually-hidden' }, ` ${n === 1 ? what : `${what}s`}`),
  );
}

function sheetSection(
  group: SheetGroup,
  budget: { left: number; next: number },
  asOf: string,
  handlers: ResultHandlers,
): HTMLElement {
  const details = el(
    'details',
    { class: 'sheet-group', open: true },
    el('summary', {}, el('span', { class: 'sheet-name' }, group.sheet), countOf(group.count, 'finding')),
  );
  for (const rule of group.rules) {
    if (budget.left <= 0) break;
    const shown = rule.findings.slice(0, budget.left);
    budget.left -= shown.length;
    details.append(
      el(
        'section',
        { class: `rule-group rule-group--${rule.severity}`, 'data-rule': rule.ruleId },
        el(
          'h3',
          {},
          el('span', { class: 'rule-mark', 'aria-hidden': 'true' }, SEVERITY_MARK[rule.severity]),
          el('span', { class: 'rule-title' }, rule.title),
          countOf(rule.findings.length, SEVERITY_WORDS[rule.severity][0]),
        ),
        el(
          'ul',
          { class: 'finding-list' },
          ...shown.map((finding) => findingCard(finding, `finding-${(budget.next += 1)}`, asOf, handlers)),
        ),
      ),
    );
  }
  return details;
}

function emptyState(title: string, detail: string): HTMLElement {
  return el('div', { class: 'empty' }, el('p', { class: 'empty-title' }, title), el('p', {}, detail));
}

const KIND_LABEL = Object.fromEntries(
  Object.entries(TABLE_KIND_LABEL).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)]),
) as Record<TableReading['kind'], string>;

function readingSection(reading: TableReading): HTMLElement {
  const columns = reading.columns.map((c) =>
    el(
      'li',
      { class: 'reading-column' },
      el('span', { class: 'finding-where' }, `${c.letter} · ${c.header || '(blank header)'}`),
      el('span', { class: 'finding-message' }, `Read as ${c.meaning}`),
      ...(c.evidence ? [el('span', { class: 'finding-hint' }, c.evidence)] : []),
    ),
  );
  return el(
    'section',
    { class: 'reading-table', 'data-kind': reading.kind },
    el(
      'h3',
      {},
      el('span', { class: 'reading-range' }, `${reading.sheet}, ${reading.range}`),
      el('span', { class: 'count' }, KIND_LABEL[reading.kind]),
    ),
    ...(reading.kindReason ? [el('p', { class: 'result-meta' }, reading.kindReason)] : []),
    el('ul', { class: 'reading-columns' }, ...columns),
  );
}

/** Collapsed: each table's range, kind and why, and what each column was read as, with the evidence. */
export function readingDetails(readings: readonly TableReading[]): HTMLElement {
  const details = el(
    'details',
    { class: 'reading' },
    el('summary', {}, el('span', { class: 'reading-title' }, 'How Concordat read this workbook')),
  );
  if (readings.length === 0) details.append(el('p', { class: 'result-meta reading-table' }, 'No tables found.'));
  for (const reading of readings) details.append(readingSection(reading));
  return details;
}

export function renderResults(
  result: CheckResult,
  shown: ReadonlySet<Severity>,
  handlers: ResultHandlers,
): HTMLElement {
  const container = el(
    'div',
    { class: 'results-body' },
    el('h2', { id: FINDINGS_HEADING_ID, tabindex: -1 }, 'Findings'),
    severityFilters(result, shown, handlers),
    summaryLine(result),
    ...sinceSection(result),
  );
  container.append(
    ...findingsBody(result, shown, handlers),
    ...acceptedSection(result.findings.filter(isAccepted), handlers),
    readingDetails(result.readings ?? []),
  );
  return container;
}

function findingsBody(result: CheckResult, shown: ReadonlySet<Severity>, handlers: ResultHandlers): HTMLElement[] {
  if (result.counts.total === 0) {
    return [
      emptyState(
        'No problems found',
        result.counts.accepted > 0
          ? 'Nothing but the findings accepted below. A row was added to the Concordat log.'
          : `Every table Concordat recognised passed its checks. A row was added to the Concordat log.`,
      ),
    ];
  }
  const groups = groupFindings(
    result.findings.filter((f) => !isAccepted(f)),
    shown,
  );
  if (groups.length === 0) {
    return [
      emptyState('Nothing to show', 'Every severity is filtered out. Choose a severity above to show its findings.'),
    ];
  }
  const budget = { left: MAX_FINDINGS_SHOWN, next: 0 };
  const list = el('div', { class: 'groups' });
  for (const group of groups) {
    if (budget.left <= 0) break;
    list.append(sheetSection(group, budget, result.asOf, handlers));
  }
  const out: HTMLElement[] = [list];
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  if (total > MAX_FINDINGS_SHOWN) {
    out.push(
      el(
        'p',
        { class: 'result-meta' },
        `Showing the first ${MAX_FINDINGS_SHOWN.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} findings. Write the report sheet to see them all.`,
      ),
    );
  }
  return out;
}
