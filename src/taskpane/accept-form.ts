/**
 * The pane's Accept action on a finding: a button that opens a small form (a reason, required; who
 * accepts it and until when, optional) under the finding. Every field has a label, the form is
 * reached and sent with the keyboard, and a missing reason is said beside the field.
 */
import type { Finding } from '../core/findings';
import { asOfFromText } from '../core/as-of';
import { el } from '../shared/dom';

export interface AcceptInput {
  reason: string;
  by: string;
  /** YYYY-MM-DD, or null for an acceptance with no end. */
  until: string | null;
}

/** Called with what the form holds; resolves when the row is written (rejects to keep the form open). */
export type OnAccept = (finding: Finding, input: AcceptInput) => Promise<void>;

let formCount = 0;

/** The Accept button and its form, closed, for one finding. */
export function acceptControls(finding: Finding, onAccept: OnAccept): HTMLElement[] {
  const id = `accept-${++formCount}`;
  const toggle = el(
    'button',
    { type: 'button', class: 'accept-toggle', 'aria-expanded': 'false', 'aria-controls': id },
    'Accept…',
    el('span', { class: 'visually-hidden' }, ` ${finding.ruleId} at ${finding.sheet}!${finding.address}`),
  );
  const reason = el('textarea', {
    id: `${id}-reason`,
    class: 'accept-reason',
    rows: 2,
    'aria-required': 'true',
    'aria-describedby': `${id}-problem`,
  });
  const by = el('input', { id: `${id}-by`, class: 'accept-by', type: 'text', autocomplete: 'name' });
  const until = el('input', { id: `${id}-until`, class: 'accept-until', type: 'date' });
  const problem = el('p', { id: `${id}-problem`, class: 'accept-problem', role: 'alert' });
  const send = el('button', { type: 'submit', class: 'button button--primary' }, 'Accept finding');
  const cancel = el('button', { type: 'button', class: 'button' }, 'Cancel');
  const form = el(
    'form',
    // Checked here rather than by the browser, so the problem is said beside the field, in words.
    {
      id,
      class: 'accept-form',
      hidden: true,
      novalidate: true,
      'aria-label': `Accept ${finding.ruleId} at ${finding.sheet}!${finding.address}`,
    },
    el('label', { for: reason.id }, 'Reason (required)'),
    reason,
    el('label', { for: by.id }, 'Accepted by'),
    by,
    el('label', { for: until.id }, 'Until (optional)'),
    until,
    problem,
    el('div', { class: 'accept-actions' }, send, cancel),
  );
  const open = (shown: boolean) => {
    form.hidden = !shown;
    toggle.setAttribute('aria-expanded', String(shown));
    if (shown) reason.focus();
    else toggle.focus();
  };
  toggle.addEventListener('click', () => open(form.hidden));
  cancel.addEventListener('click', () => open(false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = reason.value.trim();
    const day = until.value.trim();
    const iso = day === '' ? null : asOfFromText(day);
    const refuse = (message: string, field: HTMLElement) => {
      problem.textContent = message;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    };
    if (!text) return refuse('Say why the finding is accepted.', reason);
    if (day !== '' && iso === null) return refuse('The end date is not a day.', until);
    problem.textContent = '';
    reason.removeAttribute('aria-invalid');
    send.disabled = true;
    onAccept(finding, { reason: text, by: by.value.trim(), until: iso }).catch(() => {
      send.disabled = false;
    });
  });
  return [toggle, form];
}
