import {
  classifyStatus,
  DEFAULT_STATUS_VOCABULARY,
  isComplete,
  type StatusVocabulary,
} from '../../../src/core/parse/status';
import type { StatusClass } from '../../../src/core/parse/types';
import type { CellValue } from '../../../src/core/snapshot';

function classOf(value: CellValue, vocab: StatusVocabulary = DEFAULT_STATUS_VOCABULARY): StatusClass | 'blank' {
  const result = classifyStatus(value, vocab);
  return result.kind === 'blank' ? 'blank' : result.class;
}

describe('classifyStatus with the default vocabulary', () => {
  it.each([
    ['Complete', 'complete'],
    ['Completed', 'complete'],
    ['COMPLETED', 'complete'],
    ['Done', 'complete'],
    ['Implemented', 'complete'],
    ['Achieved', 'complete'],
    ['Closed – complete', 'complete'],
    ['Closed - complete', 'complete'],
    ['Blue', 'complete'],
    ['100%', 'complete'],
    ['Complete.', 'complete'],
    ['  complete  ', 'complete'],
    ['Complete - see report', 'complete'],
    ['Completed in March 2010', 'complete'],
    ['In progress', 'in-progress'],
    ['In Progress', 'in-progress'],
    ['Ongoing', 'in-progress'],
    ['On-going', 'in-progress'],
    ['On track', 'in-progress'],
    ['Started', 'in-progress'],
    ['Underway', 'in-progress'],
    ['Partially implemented', 'in-progress'],
    ['Green', 'in-progress'],
    ['Green (on track)', 'in-progress'],
    ['Amber', 'in-progress'],
    ['Red', 'in-progress'],
    ['On hold', 'in-progress'],
    ['50%', 'in-progress'],
    ['45% complete', 'in-progress'],
    ['Not started', 'not-started'],
    ['Not yet started', 'not-started'],
    ['Outstanding', 'not-started'],
    ['Open', 'not-started'],
    ['Planned', 'not-started'],
    ['0%', 'not-started'],
    ['Superseded', 'closed'],
    ['Withdrawn', 'closed'],
    ['No longer applicable', 'closed'],
    ['Not agreed', 'closed'],
    ['Rejected', 'closed'],
    ['Not complete', 'unknown'],
    ['Incomplete', 'unknown'],
    ['1 March 2011', 'unknown'],
    ['See comments', 'unknown'],
    ['=1+1', 'unknown'],
    ['__proto__', 'unknown'],
    ['???', 'unknown'],
    ['150%', 'unknown'],
  ])('%s → %s', (text, cls) => {
    expect(classOf(text)).toBe(cls);
  });

  it.each([
    [1, 'complete'],
    [0, 'not-started'],
    [0.5, 'in-progress'],
    [100, 'complete'],
    [75, 'in-progress'],
    [-1, 'unknown'],
    [250, 'unknown'],
    [NaN, 'unknown'],
    [Infinity, 'unknown'],
  ])('number %d → %s', (n, cls) => {
    expect(classOf(n)).toBe(cls);
  });

  it('keeps the text and the RAG colour', () => {
    expect(classifyStatus('Amber', DEFAULT_STATUS_VOCABULARY)).toEqual({
      kind: 'status',
      class: 'in-progress',
      text: 'Amber',
      rag: 'amber',
    });
    expect(classifyStatus('Red - delayed', DEFAULT_STATUS_VOCABULARY)).toMatchObject({
      rag: 'red',
    });
    expect(classifyStatus('Blue', DEFAULT_STATUS_VOCABULARY)).toMatchObject({
      class: 'complete',
      rag: 'blue',
    });
    expect(classifyStatus('Complete', DEFAULT_STATUS_VOCABULARY)).toEqual({
      kind: 'status',
      class: 'complete',
      text: 'Complete',
    });
  });

  it('reads errors and booleans as unknown, empty cells as blank', () => {
    expect(classifyStatus({ error: '#REF!' }, DEFAULT_STATUS_VOCABULARY)).toEqual({
      kind: 'status',
      class: 'unknown',
      text: '#REF!',
    });
    expect(classOf(true)).toBe('unknown');
    expect(classOf(null)).toBe('blank');
    expect(classOf(' \n ')).toBe('blank');
  });

  it('returns from 32,767-character hostile cells', () => {
    expect(classOf('1/2 '.repeat(8192).slice(0, 32767))).toBe('unknown');
    expect(classOf(`Complete ${'-'.repeat(32757)}`)).toBe('complete');
    expect(classOf('9'.repeat(32767))).toBe('unknown');
    expect(classOf(`${'.'.repeat(32766)}x`)).toBe('unknown');
  });
});

describe('classifyStatus with a rule pack vocabulary', () => {
  const vocab: StatusVocabulary = {
    complete: ['Signed off'],
    inProgress: ['WIP'],
    notStarted: ['Backlog'],
    closed: ['Dropped'],
  };

  it('uses only the words it is given', () => {
    expect(classOf('Signed off', vocab)).toBe('complete');
    expect(classOf('wip', vocab)).toBe('in-progress');
    expect(classOf('Backlog', vocab)).toBe('not-started');
    expect(classOf('Dropped (see minutes)', vocab)).toBe('closed');
    expect(classOf('Complete', vocab)).toBe('unknown');
    expect(classOf('100%', vocab)).toBe('complete');
  });
});

describe('isComplete', () => {
  it('is true only for the complete class', () => {
    expect(isComplete(classifyStatus('Done', DEFAULT_STATUS_VOCABULARY))).toBe(true);
    expect(isComplete(classifyStatus('Amber', DEFAULT_STATUS_VOCABULARY))).toBe(false);
    expect(isComplete(classifyStatus(null, DEFAULT_STATUS_VOCABULARY))).toBe(false);
    expect(isComplete({ kind: 'status', class: 'unknown', text: 'Complete' })).toBe(false);
  });
});
