/**
 * Classifying an action's status cell ("Complete", "In progress", "Amber", "75%") into
 * complete / in progress / not started / closed, using a vocabulary a rule pack can extend.
 */
import { isCellError, type CellValue } from '../snapshot';
import { blank, cellText, cleanText } from './text';
import type { StatusClass, StatusParse, StatusResult } from './types';
import { memoByText } from './memo';

export interface StatusVocabulary {
  complete: string[];
  inProgress: string[];
  notStarted: string[];
  closed: string[];
}

export const DEFAULT_STATUS_VOCABULARY: StatusVocabulary = {
  complete: [
    'Complete',
    'Completed',
    'Done',
    'Yes',
    'Actioned',
    'Implemented',
    'Fully implemented',
    'Achieved',
    // An action point discharged is one its owner has answered for.
    'Discharged',
    'Delivered',
    'Finished',
    'Closed – complete',
    'Closed – implemented',
    // Embedded in day-to-day work: the tracker has nothing left to follow.
    'Business as usual',
    'BAU',
    // What the action was for has happened: the plan approved, the policy adopted or published.
    'Approved',
    // A forward plan's decision status once the decision is taken.
    'Recommendations approved',
    'Decision made',
    'Decision taken',
    'Adopted',
    'Published',
    'Embedded',
    // A risk register's control: the arrangement it asks for exists.
    'In place',
    // An audit's stage in a plan's progress report: the final report is the audit done.
    'Final',
    'Final report',
    'Final report issued',
    'Blue',
    '100%',
  ],
  inProgress: [
    'B/Fwd',
    'Brought forward',
    'C/Fwd',
    'Carried forward',
    'In progress',
    'Work in progress',
    'Ongoing',
    'On track',
    'Started',
    'Underway',
    'Under way',
    'In hand',
    'Doing',
    'Progressing',
    'Draft report',
    'Draft report issued',
    'Fieldwork',
    'Fieldwork in progress',
    'Partially implemented',
    'Partly implemented',
    // Auditors' "substantially" is short of fully: the recommendation stays open.
    'Substantially implemented',
    'Partially complete',
    'Partly complete',
    'Part complete',
    // Open with a new date; the revised-deadline column carries the slippage.
    'Revised date agreed',
    // Officers think it done, but it stays open until the committee agrees to close it.
    'Proposed for closure',
    // Open and late; says nothing of progress, so read like a RAG rating.
    'Overdue',
    'Green',
    'Amber',
    'Red',
    'On hold',
    'Delayed',
    'Behind schedule',
    'At risk',
    // A rating that asks for a step not yet taken ("On track / Action required"): open.
    'Action required',
    // Open, in words trackers use for how it is going.
    'On target',
    'Ahead of schedule',
    'Ahead of target',
    'Ahead of plan',
    'Off track',
    'Off target',
    'Behind target',
    // A performance return's worst rating ("On Target / Behind Target / Failing"): open and off track.
    'Failing',
    'Slipped',
    'Slippage',
    'Paused',
    'Partially',
    'Partly',
    'In train',
    'Action plan agreed',
    'Awaiting update',
    'Update at next meeting',
    'Update to next meeting',
    'To be updated',
    'Awaiting',
    'Due',
    'Live',
    'Active',
    'Continuing',
    'Continues',
    'Commenced',
    'Implementation in progress',
    'Being implemented',
    'In development',
    'Under development',
    'Under review',
    'Under consideration',
    'Monitoring',
    'Ongoing monitoring',
    'Substantially complete',
    'Largely complete',
    'Mostly complete',
    'Nearly complete',
    'Significant progress',
    'Good progress',
    'Some progress',
    'Limited progress',
    'Progress made',
    'No progress',
    'Not achieved',
    'Partly achieved',
    'Partially achieved',
    'Proposed to close',
    'Recommend closure',
    'Recommended for closure',
    'Request to close',
  ],
  notStarted: [
    'No',
    'Pending',
    'Not started',
    'Not yet started',
    'Not yet begun',
    'Not begun',
    'Not implemented',
    'Outstanding',
    'Open',
    // The management response to a recommendation: accepted, nothing done yet.
    'Agreed',
    'Planned',
    'Not yet due',
    'Not due',
    'Deferred',
    'Item deferred',
    'For determination',
    'To do',
    'Accepted',
    'Scheduled',
    'Yet to start',
    'Not commenced',
    'Not yet commenced',
    'Not yet required',
    'Future',
    // Grey on a RAG scale: not yet begun, or not yet due.
    'Grey',
    'Gray',
  ],
  // Not open and not done: replaced, dropped, or tracked somewhere else.
  closed: [
    'Closed',
    'Superseded',
    'Withdrawn',
    'Abandoned',
    'No longer applicable',
    'No longer required',
    'Not required',
    'Not agreed',
    'Rejected',
    'Cancelled',
    'Canceled',
    'Risk accepted',
    'No further action',
    'NFA',
    'Transferred',
    'Merged with',
    'Merged into',
    'Not applicable',
    'N/A',
    // Received and nothing to do.
    'Noted',
    // A forward plan's decision brought to be known, not acted on. ("For information" is what an
    // agenda item comes for, not how it stands: see tables/cell-claims.ts.)
    'Information only',
  ],
};

const RAG_COLOURS: ReadonlySet<string> = new Set(['red', 'amber', 'green', 'blue']);

const RAG_NAMES: Readonly<Record<string, string>> = { r: 'red', a: 'amber', g: 'green', b: 'blue' };

/** "R", "A/G", "Red/Amber", "G - B": one RAG rating or two, letters or words. */
const RAG_RATING = /^(red|amber|green|blue|[ragb])(?: ?[/&-] ?(red|amber|green|blue|[ragb]))?\.?$/i;

function colourOf(word: string): string {
  const lower = word.toLowerCase();
  return RAG_NAMES[lower] ?? lower;
}

/**
 * The colour word that rates the cell, or null when it is no RAG rating. Of two colours the
 * first counts ("Red/Amber" is red), except that blue (done) never wins over an open colour:
 * "Green/Blue" is still open.
 */
function ragColour(text: string): string | null {
  const m = RAG_RATING.exec(cleanText(text));
  if (m === null) return null;
  const first = colourOf(m[1]);
  const second = m[2] === undefined ? first : colourOf(m[2]);
  return first === 'blue' ? second : first;
}

/** Lower case, hyphens dropped ("On-going" → "ongoing"), other punctuation as spaces; keeps '%'. */
function statusKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/-/g, '')
    .replace(/[^a-z0-9%.]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/** The status before a trailing note: "Complete - see report", "Green (on track)". */
function headOf(text: string): string {
  const clean = cleanText(text);
  const m = /\(| -|- |[:;,]|\. /.exec(clean);
  return m === null ? clean : clean.slice(0, m.index);
}

/** Built once per vocabulary object, not once per cell: a check reads the same vocabulary for every row. */
const vocabularyMaps = new WeakMap<StatusVocabulary, Map<string, StatusClass>>();

function cachedVocabularyMap(vocab: StatusVocabulary): Map<string, StatusClass> {
  let map = vocabularyMaps.get(vocab);
  if (!map) {
    map = vocabularyMap(vocab);
    vocabularyMaps.set(vocab, map);
  }
  return map;
}

function vocabularyMap(vocab: StatusVocabulary): Map<string, StatusClass> {
  const map = new Map<string, StatusClass>();
  const lists: readonly (readonly [readonly string[], StatusClass])[] = [
    [vocab.complete, 'complete'],
    [vocab.inProgress, 'in-progress'],
    [vocab.notStarted, 'not-started'],
    [vocab.closed, 'closed'],
  ];
  for (const [words, cls] of lists) {
    for (const word of words) {
      const key = statusKey(word);
      if (key !== '' && !map.has(key)) map.set(key, cls);
    }
  }
  return map;
}

/** A proportion done: 1 or 100% complete, 0 not started, anything between in progress. */
function classOfProportion(n: number, percent: boolean): StatusClass {
  if (!Number.isFinite(n) || n < 0) return 'unknown';
  const fraction = percent || n > 1 ? n / 100 : n;
  if (fraction > 1) return 'unknown';
  if (fraction === 1) return 'complete';
  return fraction === 0 ? 'not-started' : 'in-progress';
}

/** The longest vocabulary entry the key starts with, as whole words. */
function longestPrefix(key: string, map: ReadonlyMap<string, StatusClass>): StatusClass | null {
  let best: string | null = null;
  for (const entry of map.keys()) {
    if (key.startsWith(`${entry} `) && (best === null || entry.length > best.length)) best = entry;
  }
  return best === null ? null : (map.get(best) ?? null);
}

function status(cls: StatusClass, text: string, key = ''): StatusParse {
  const result: StatusParse = { kind: 'status', class: cls, text };
  const first = key.split(' ', 1)[0];
  if (RAG_COLOURS.has(first) && cls !== 'unknown') {
    result.rag = first as 'red' | 'amber' | 'green' | 'blue';
  }
  return result;
}

/** Status words recur down a column: each text is classified once for each vocabulary. */
const classifiers = new WeakMap<StatusVocabulary, (text: string) => StatusResult>();

/** Classify a status cell; anything not recognised is class 'unknown'. Never throws. */
export function classifyStatus(value: CellValue, vocab: StatusVocabulary): StatusResult {
  if (value === null) return blank();
  if (typeof value === 'number') return status(classOfProportion(value, false), cellText(value));
  if (typeof value !== 'string') {
    return status('unknown', isCellError(value) ? value.error : cellText(value));
  }
  let classify = classifiers.get(vocab);
  if (!classify) classifiers.set(vocab, (classify = memoByText((text) => classifyText(text, vocab))));
  return classify(value);
}

function classifyText(value: string, vocab: StatusVocabulary): StatusResult {
  const text = value.trim();
  // A tick mark: done ("√", the root sign, stands for one in many a typed table).
  if (/^[✓✔☑√]$/.test(text)) return status('complete', text);
  const key = statusKey(value);
  if (key === '') return text === '' ? blank() : status('unknown', text);

  const map = cachedVocabularyMap(vocab);
  const exact = map.get(key);
  if (exact !== undefined) return status(exact, text, key);
  // "[ACTION OPEN]", "Status: closed": the status after the word that names what it is.
  const named = /^(?:action|status|item)\s+(.+)$/.exec(key);
  const namedClass = named ? map.get(named[1]) : undefined;
  if (namedClass !== undefined) return status(namedClass, text, named?.[1]);
  // "Now BAU", "Now complete": the status it has reached.
  const now = /^now\s+(.+)$/i.exec(text);
  if (now) {
    const reached = classifyStatus(now[1], vocab);
    if (reached.kind === 'status' && reached.class !== 'unknown') return status(reached.class, text, key);
  }
  const head = headOf(value);
  // A rating reads as its colour word, so a rule pack's colours decide its class.
  const headKey = ragColour(value) ?? ragColour(head) ?? statusKey(head);
  const headClass = map.get(headKey);
  if (headClass !== undefined) return status(headClass, text, headKey);
  // "75%", "100% complete" or a bare figure; "1 March" is not a proportion.
  const proportion = /^(\d+(?:\.\d+)?)(?:( ?%)(?: |$)|$)/.exec(key);
  if (proportion !== null) {
    return status(classOfProportion(Number(proportion[1]), proportion[2] !== undefined), text);
  }
  const prefix = longestPrefix(key, map);
  if (prefix) return status(prefix, text, key);
  // "8km dredge complete.": the work named, then a word the vocabulary reads as done.
  const last = /\s([a-z]+)[.!]?\s*$/i.exec(text)?.[1];
  if (last && map.get(statusKey(last)) === 'complete' && !NOT_YET.test(text) && !IN_PART.test(text))
    return status('complete', text, key);
  // "To be renegotiated", "Verbal update to be given": something still to happen, so not started.
  if (/^to be\b|\bto be (?:given|provided|agreed|confirmed|reported|scheduled|arranged)\b/.test(key)) {
    return status('not-started', text, key);
  }
  return status('unknown', text, key);
}

/** Words a sentence has and a status word does not: verbs, articles, linking words. */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(
  [
    'a an the this that which we it they our',
    'is are was were has have had will would be been being',
    'and but to by for with of in on at from',
  ]
    .join(' ')
    .split(' '),
);

/** A comma, semicolon or colon inside the text, or a full stop between sentences or at the end. */
const SENTENCE_PUNCTUATION = /[,;:] |\. [A-Za-z]|\.$/;

/**
 * Whether a status cell holds a progress update written as prose ("Work is under way with the
 * new contractor; a report will go to Cabinet in March.") rather than a status word. It judges
 * the form only: "Complete – policy approved by Council 12/3" is prose too, and classifyStatus
 * still reads its leading word. No status word runs past four words, so shorter cells never count.
 */
export function isNarrativeStatus(text: string): boolean {
  const clean = cleanText(text);
  let words = 0;
  let sentenceWords = 0;
  for (const raw of clean.toLowerCase().split(' ')) {
    const word = raw.replace(/[^a-z']/g, '');
    if (word === '') continue;
    words += 1;
    if (SENTENCE_WORDS.has(word)) sentenceWords += 1;
  }
  if (words >= 8) return true;
  return words >= 5 && (sentenceWords > 0 || SENTENCE_PUNCTUATION.test(clean));
}

/** "…are now complete", "Contracts are in place": a sentence saying the thing is done. */
const NOW_DONE =
  /\b(?:is|are|was|were|has been|have been)\s+(?:now\s+)?(?:fully\s+)?(?:complete|completed|done|finished|in place|delivered|implemented)\b|\b(?:was|were|has been|have been)\s+(?:successfully\s+)?held\b/i;
/** …unless it says something is still to do ("4% … are not completed", "work remains", "96%"). */
const NOT_YET =
  /\bnot\s+(?:yet\s+|all\s+|been\s+|fully\s+)?(?:complete|completed|done|finished|in place|delivered|implemented|started)\b|\b(?:partially|partly|yet to|remains?|remaining|outstanding|until|once|ongoing|continues?|continuing|further)\b|\d\s*%/i;

/** "… at 10 additional sites completed.": the last words say the thing named is done. */
const ENDS_DONE = /\b(?:complete|completed|finished|done|delivered|implemented)[.!]?\s*$/i;
/**
 * "… continues to develop well. COMPLETE": the update closed with its status in capitals, a stamp
 * on the whole however the words before it read (not on a part: "Phase 1 COMPLETE").
 */
const STAMPED_DONE = /(?:[a-z]|[.;:)!])\s+(?:COMPLETE|COMPLETED|DONE)\.?\s*$/;
/** "Phase 1 complete", "First stage done": one part of the work done, not the whole. */
const IN_PART = /\b(?:phase|stage|part|step|first|1st|initial)\b/i;

/** "Audit removed from Plan after agreement…", "…has been withdrawn": taken off the plan, so closed. */
const NOW_CLOSED =
  /\b(?:removed|withdrawn|deleted|dropped|taken)\s+(?:out\s+)?from\s+(?:the\s+)?(?:\w+\s+)?(?:plan|programme|schedule|register|tracker)\b|\b(?:has been|have been|was|were)\s+(?:withdrawn|cancelled|superseded|abandoned)\b|\bno longer (?:required|needed|applicable)\b/i;

/** Whether an update written as prose says the action was taken off the plan: closed, not done. */
export function narrativeSaysClosed(text: string): boolean {
  return text.length <= 400 && NOW_CLOSED.test(text);
}

/**
 * "Asset review undertaken under …", "Forums held on 19th May 2009": an update written as a
 * headline, the thing named then the word that says it was done, with "was" left out. ("Clerk
 * has set up a group" says what someone did, a step: NOW_DONE reads the words it takes as done.)
 */
const HEADLINE_DONE =
  /^\s*(?:(?!(?:has|have|had|is|are|was|were|be|been)\s)[A-Za-z][\w'’/&-]*\s+){1,4}(?:held|undertaken|completed|adopted|approved|published|issued|submitted|delivered|implemented|launched|installed|appointed|signed|introduced|established|commissioned|carried out|set up|transferred|purchased|awarded|circulated|recruited|finalised|finalized)\b/i;
/** …unless what it names is a draft, a part, or something not done ("No forums held"), or more is to come. */
const HEADLINE_SHORT = /^\s*no\b|\b(?:draft|will|to be|awaiting|expected|planned|next)\b/i;

/** "The Waste Strategy has now been approved by Cabinet": what the action was for, decided or in place. */
const NOW_DECIDED = /\b(?:has|have)\s+(?:now\s+)?been\s+(?:approved|adopted|published|installed|appointed|launched)\b/i;

/** Whether an update written as prose says the action is now done, with nothing left to do. */
export function narrativeSaysDone(text: string): boolean {
  if (STAMPED_DONE.test(text)) return true;
  const headline = HEADLINE_DONE.test(text) && !HEADLINE_SHORT.test(text);
  return (
    text.length <= 400 &&
    (NOW_DONE.test(text) || ((headline || NOW_DECIDED.test(text) || ENDS_DONE.test(text)) && !IN_PART.test(text))) &&
    !NOT_YET.test(text)
  );
}
