/** An error as the pane and the ribbon's dialog show it: what went wrong, what to do, and its code. */
import { fixSentence, type ErrorReport } from '../core/errors';
import { el } from './dom';

export function problemParts(report: ErrorReport): HTMLElement[] {
  return [
    el('p', { class: 'problem-message' }, report.message),
    el('p', { class: 'problem-fix' }, el('strong', {}, 'What to do: '), fixSentence(report.fix)),
    // The code is what to quote when asking for help, and what docs/errors.md is indexed by.
    el('p', { class: 'problem-code' }, `Error code: ${report.code}`),
  ];
}
