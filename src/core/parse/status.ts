/**
 * Classifying an action's status cell ("Complete", "In progress", "Amber", "75%") into
 * complete / in progress / not started / closed, using a vocabulary a rule pack can extend.
 */
import { isCellError, type CellValue } from '../snapshot';
import { blank, cellText, cleanText } from './text';
import type { StatusClass, StatusParse, StatusResult } from './types';

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
    'Implemented',
    'Fully implemented',
    'Achieved',
    'Delivered',
    'Finished',
    'Closed – complete',
    'Blue',
    '100%',
  ],
  inProgress: [
    'In progress',
    'Work in progress',
    'Ongoing',
    'On track',
    'Started',
    'Underway',
    'Under way',
    'Progressing',
    'Partially implemented',
    'Partially complete',
    'Part complete',
    'Green',
    'Amber',
    'Red',
    'On hold',
    'Delayed',
    'Behind schedule',
    'At risk',
  ],
  notStarted: ['Not started', 'Not yet started', 'Outstanding', 'Open', 'Planned', 'Not yet due', 'Deferred', 'To do'],
  closed: [
    'Superseded',
    'Withdrawn',
    'No longer applicable',
    'No longer required',
    'Not required',
    'Not agreed',
    'Rejected',
    'Cancelled',
    'Canceled',
  ],
};

const RAG_COLOURS: ReadonlySet<string> = new Set(['red', 'amber', 'green', 'blue']);

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

/** Classify a status cell; anything not recognised is class 'unknown'. Never throws. */
export function classifyStatus(value: CellValue, vocab: StatusVocabulary): StatusResult {
  if (value === null) return blank();
  if (typeof value === 'number') return status(classOfProportion(value, false), cellText(value));
  if (typeof value !== 'string') {
    return status('unknown', isCellError(value) ? value.error : cellText(value));
  }
  const text = value.trim();
  const key = statusKey(value);
  if (key === '') return text === '' ? blank() : status('unknown', text);

  const map = cachedVocabularyMap(vocab);
  const exact = map.get(key);
  if (exact !== undefined) return status(exact, text, key);
  const headKey = statusKey(headOf(value));
  const head = map.get(headKey);
  if (head !== undefined) return status(head, text, headKey);
  // "75%", "100% complete" or a bare figure; "1 March" is not a proportion.
  const proportion = /^(\d+(?:\.\d+)?)(?:( ?%)(?: |$)|$)/.exec(key);
  if (proportion !== null) {
    return status(classOfProportion(Number(proportion[1]), proportion[2] !== undefined), text);
  }
  const prefix = longestPrefix(key, map);
  return status(prefix ?? 'unknown', text, key);
}

export function isComplete(result: StatusResult): boolean {
  return result.kind === 'status' && result.class === 'complete';
}
