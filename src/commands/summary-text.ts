/**
 * What the ribbon command tells the user, passed to the summary dialog in its URL so the dialog
 * needs no messaging to draw itself. Shared by the command (encode) and the dialog (decode).
 */
import { ERROR_CODES, fixFor, type ErrorReport } from '../core/errors';
import type { FindingCounts } from '../core/findings';
import { sinceSentence, type SinceSummary } from '../core/since';
import { isIsoShaped } from '../core/parse/calendar';

export type CommandOutcome =
  | { kind: 'checked'; counts: FindingCounts; tables: number; since: SinceSummary }
  | { kind: 'failed'; error: ErrorReport };

export function encodeOutcome(outcome: CommandOutcome): string {
  const params = new URLSearchParams();
  if (outcome.kind === 'failed') {
    params.set('failed', outcome.error.message.slice(0, 1000));
    params.set('fix', outcome.error.fix.slice(0, 500));
    params.set('code', outcome.error.code);
  } else {
    params.set('errors', String(outcome.counts.error));
    params.set('warnings', String(outcome.counts.warning));
    params.set('info', String(outcome.counts.info));
    params.set('tables', String(outcome.tables));
    if (outcome.counts.accepted > 0) params.set('accepted', String(outcome.counts.accepted));
    const { last, counts, setAside } = outcome.since;
    if (setAside) params.set('aside', setAside.slice(0, 300));
    if (last) {
      params.set('last', last.asOf);
      params.set('new', String(counts.new));
      params.set('resolved', String(counts.resolved));
      params.set('open', String(counts.stillOpen));
    }
  }
  return params.toString();
}

function count(params: URLSearchParams, key: string): number {
  const n = Number(params.get(key));
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export function decodeOutcome(query: string): CommandOutcome {
  const params = new URLSearchParams(query);
  const failed = params.get('failed');
  if (failed !== null) {
    const given = params.get('code');
    const code = ERROR_CODES.find((c) => c === given) ?? 'internal';
    return { kind: 'failed', error: { code, message: failed, fix: params.get('fix') ?? fixFor(code) } };
  }
  const counts = {
    error: count(params, 'errors'),
    warning: count(params, 'warnings'),
    info: count(params, 'info'),
    total: 0,
    accepted: count(params, 'accepted'),
  };
  counts.total = counts.error + counts.warning + counts.info;
  const last = params.get('last');
  const aside = params.get('aside');
  const since: SinceSummary = {
    last: isIsoShaped(last) ? { asOf: last } : null,
    counts: { new: count(params, 'new'), resolved: count(params, 'resolved'), stillOpen: count(params, 'open') },
    ...(aside ? { setAside: aside } : {}),
  };
  return { kind: 'checked', counts, tables: count(params, 'tables'), since };
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** A heading and a sentence for the dialog (which shows a failure's fix and code below it). */
export function describeOutcome(outcome: CommandOutcome): { title: string; detail: string } {
  if (outcome.kind === 'failed')
    return { title: 'Concordat could not finish the check', detail: outcome.error.message };
  const { counts, tables } = outcome;
  const since = sinceSentence(outcome.since);
  const accepted =
    counts.accepted > 0
      ? ` ${plural(counts.accepted, 'accepted finding is', 'accepted findings are')} not counted.`
      : '';
  if (counts.total === 0) {
    return {
      title: 'No problems found',
      detail: `Concordat checked ${plural(tables, 'table', 'tables')} and found nothing to flag.${accepted} ${since} The run is recorded on the Concordat log sheet.`,
    };
  }
  return {
    title: `${plural(counts.error, 'error', 'errors')}, ${plural(counts.warning, 'warning', 'warnings')}, ${plural(counts.info, 'note', 'notes')}`,
    detail: `Concordat checked ${plural(tables, 'table', 'tables')}.${accepted} ${since} The cells are flagged and highlighted in the workbook, and every finding is listed on the Concordat report sheet, now open.`,
  };
}
