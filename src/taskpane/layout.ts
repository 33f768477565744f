/**
 * The pane's fixed parts: the as-of date and profile, the action bar (Check workbook, Write report
 * sheet, Clear flags, and the progress of a check) that stays in view however long the findings
 * are, the status line, one polite live region for announcements, and Clear flags' confirmation.
 */
import { FIRST_AS_OF, LAST_AS_OF } from '../core/as-of';
import { el } from '../shared/dom';

export interface PaneLayout {
  root: HTMLElement;
  asOf: HTMLInputElement;
  profile: HTMLElement;
  checkButton: HTMLButtonElement;
  reportButton: HTMLButtonElement;
  clearButton: HTMLButtonElement;
  progress: HTMLElement;
  progressBar: HTMLElement;
  progressLabel: HTMLElement;
  /** What the last action did, or what went wrong; focus moves here after writing or clearing. */
  status: HTMLElement;
  /** The one polite live region: a check's start, stage and result, and what a filter leaves shown. */
  announcer: HTMLElement;
  results: HTMLElement;
  confirmClear: HTMLDialogElement;
  confirmClearButton: HTMLButtonElement;
  cancelClearButton: HTMLButtonElement;
}

/** Said of Write report sheet while there is no check to report. */
export const REPORT_NEEDS_CHECK = 'Available after a check.';

function clearConfirmation(): Pick<PaneLayout, 'confirmClear' | 'confirmClearButton' | 'cancelClearButton'> {
  const confirmClearButton = el(
    'button',
    { id: 'confirm-clear-button', type: 'button', class: 'button button--danger' },
    'Clear flags',
  );
  const cancelClearButton = el('button', { id: 'cancel-clear-button', type: 'button', class: 'button' }, 'Cancel');
  const confirmClear = el(
    'dialog',
    {
      id: 'confirm-clear',
      class: 'confirm',
      'aria-labelledby': 'confirm-clear-title',
      'aria-describedby': 'confirm-clear-text',
    },
    el('h2', { id: 'confirm-clear-title' }, 'Clear the flags?'),
    el(
      'p',
      { id: 'confirm-clear-text' },
      'This removes the flags columns, the highlighting and the Concordat report sheet. The Concordat log sheet is kept. Check again to put the flags back.',
    ),
    el('div', { class: 'confirm-buttons' }, confirmClearButton, cancelClearButton),
  );
  return { confirmClear, confirmClearButton, cancelClearButton };
}

export function buildLayout(): PaneLayout {
  const asOf = el('input', {
    id: 'as-of',
    type: 'date',
    name: 'as-of',
    min: FIRST_AS_OF,
    max: LAST_AS_OF,
    'aria-describedby': 'as-of-hint',
  });
  const profile = el('span', { id: 'profile' }, 'read from the workbook when you check');
  const checkButton = el(
    'button',
    { id: 'check-button', type: 'button', class: 'button button--primary' },
    'Check workbook',
  );
  const reportButton = el(
    'button',
    {
      id: 'report-button',
      type: 'button',
      class: 'button',
      'aria-disabled': 'true',
      'aria-describedby': 'report-needs-check',
    },
    'Write report sheet',
  );
  const clearButton = el('button', { id: 'clear-button', type: 'button', class: 'button' }, 'Clear flags');
  const progressBar = el('div', { class: 'progress-bar' });
  const progressLabel = el('p', { id: 'progress-label', class: 'progress-label', hidden: true });
  const progress = el(
    'div',
    {
      id: 'progress',
      class: 'progress',
      role: 'progressbar',
      'aria-label': 'Checking the workbook',
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
      'aria-describedby': 'progress-label',
      hidden: true,
    },
    progressBar,
  );
  const status = el('div', { id: 'status', class: 'status', tabindex: -1 });
  const announcer = el('div', {
    id: 'announcer',
    class: 'visually-hidden',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  const results = el('section', {
    id: 'results',
    class: 'results',
    'aria-labelledby': 'findings-heading',
    hidden: true,
  });
  const confirmation = clearConfirmation();

  const root = el(
    'div',
    { class: 'pane' },
    el(
      'section',
      { class: 'controls', 'aria-label': 'Check settings' },
      el(
        'div',
        { class: 'field' },
        el('label', { for: 'as-of' }, 'As of'),
        asOf,
        el(
          'p',
          { id: 'as-of-hint', class: 'field-hint' },
          'Deadlines are judged against this date. Leave it empty for today.',
        ),
      ),
      el('p', { class: 'profile-line' }, 'Profile: ', profile),
    ),
    el(
      'section',
      { class: 'action-bar', 'aria-label': 'Actions' },
      el('div', { class: 'action-buttons' }, checkButton, reportButton, clearButton),
      el('span', { id: 'report-needs-check', class: 'visually-hidden' }, REPORT_NEEDS_CHECK),
      progress,
      progressLabel,
    ),
    status,
    announcer,
    results,
    confirmation.confirmClear,
  );
  return {
    root,
    asOf,
    profile,
    checkButton,
    reportButton,
    clearButton,
    progress,
    progressBar,
    progressLabel,
    status,
    announcer,
    results,
    ...confirmation,
  };
}
