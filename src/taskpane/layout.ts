/** The pane's fixed controls: as-of date, profile, Check workbook, progress, status and actions. */
import { FIRST_AS_OF, LAST_AS_OF } from '../core/as-of';
import { el } from './dom';

export interface PaneLayout {
  root: HTMLElement;
  asOf: HTMLInputElement;
  profile: HTMLElement;
  checkButton: HTMLButtonElement;
  progress: HTMLElement;
  progressBar: HTMLElement;
  progressLabel: HTMLElement;
  status: HTMLElement;
  results: HTMLElement;
  reportButton: HTMLButtonElement;
  clearButton: HTMLButtonElement;
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
  const status = el('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const results = el('section', { id: 'results', class: 'results', 'aria-label': 'Results', hidden: true });
  const reportButton = el(
    'button',
    { id: 'report-button', type: 'button', class: 'button', disabled: true, title: 'Run a check first' },
    'Write report sheet',
  );
  const clearButton = el('button', { id: 'clear-button', type: 'button', class: 'button' }, 'Clear flags');

  const root = el(
    'div',
    { class: 'pane' },
    el(
      'section',
      { class: 'controls', 'aria-label': 'Check' },
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
      checkButton,
      progress,
      progressLabel,
    ),
    status,
    results,
    el(
      'section',
      { class: 'actions', 'aria-label': 'Workbook output' },
      reportButton,
      clearButton,
      el(
        'p',
        { class: 'field-hint' },
        'Clear flags removes the flags column, highlighting and report sheet. The Concordat log sheet is kept.',
      ),
    ),
  );
  return {
    root,
    asOf,
    profile,
    checkButton,
    progress,
    progressBar,
    progressLabel,
    status,
    results,
    reportButton,
    clearButton,
  };
}
