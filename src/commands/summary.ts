/** The ribbon command's result dialog: draws the outcome from its URL and closes on request. */
import { el } from '../shared/dom';
import { problemParts } from '../shared/problem';
import { decodeOutcome, describeOutcome } from './summary-text';

function draw(): void {
  const root = document.getElementById('summary');
  if (!root) return;
  const outcome = decodeOutcome(window.location.search);
  const { title, detail } = describeOutcome(outcome);
  const body = outcome.kind === 'failed' ? problemParts(outcome.error) : [el('p', {}, detail)];
  const close = el('button', { type: 'button', class: 'button button--primary' }, 'Close');
  close.addEventListener('click', () => {
    if (typeof Office !== 'undefined' && Office.context?.ui) Office.context.ui.messageParent('close');
    else window.close();
  });
  root.append(
    el('h1', { class: outcome.kind === 'failed' ? 'summary-title summary-title--error' : 'summary-title' }, title),
    ...body,
    close,
  );
  close.focus();
}

if (typeof Office !== 'undefined') void Office.onReady(draw);
else draw();
