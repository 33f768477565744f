import {
  classifyStatus,
  DEFAULT_STATUS_VOCABULARY,
  isNarrativeStatus,
  narrativeSaysClosed,
  narrativeSaysDone,
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
    ['Approved', 'complete'],
    ['Adopted by Council', 'complete'],
    ['Published', 'complete'],
    ['✓', 'complete'],
    ['√', 'complete'],
    ['Embedded', 'complete'],
    ['In place', 'complete'],
    ['Controls in place', 'unknown'],
    ['On target', 'in-progress'],
    ['Off track', 'in-progress'],
    ['Behind Target', 'in-progress'],
    ['Failing', 'in-progress'],
    ['Slipped', 'in-progress'],
    ['Partially', 'in-progress'],
    ['Substantially complete', 'in-progress'],
    ['Good progress', 'in-progress'],
    ['No progress', 'in-progress'],
    ['Not achieved', 'in-progress'],
    ['Proposed to close', 'in-progress'],
    ['Awaiting update', 'in-progress'],
    ['Update at next meeting', 'in-progress'],
    ['Update to next meeting', 'in-progress'],
    ['To be updated', 'in-progress'],
    ['Yet to start', 'not-started'],
    ['Not commenced', 'not-started'],
    ['Scheduled', 'not-started'],
    ['Accepted', 'not-started'],
    ['Grey', 'not-started'],
    ['N/A', 'closed'],
    ['Noted', 'closed'],
    ['Information Only', 'closed'],
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
    ['Doing...', 'in-progress'],
    ['Doing... Frequently Asked Questions', 'in-progress'],
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

describe('classifyStatus: RAG ratings', () => {
  it.each([
    ['R', 'in-progress', 'red'],
    ['A', 'in-progress', 'amber'],
    ['G', 'in-progress', 'green'],
    ['B', 'complete', 'blue'],
    ['b', 'complete', 'blue'],
    ['A.', 'in-progress', 'amber'],
    ['GREEN', 'in-progress', 'green'],
    ['R/A', 'in-progress', 'red'],
    ['A/G', 'in-progress', 'amber'],
    ['R-A', 'in-progress', 'red'],
    ['R \u2013 A', 'in-progress', 'red'],
    ['A / G', 'in-progress', 'amber'],
    ['Red/Amber', 'in-progress', 'red'],
    ['Amber/Green', 'in-progress', 'amber'],
    ['G (on track)', 'in-progress', 'green'],
    ['B - complete', 'complete', 'blue'],
    // Blue is done only on its own: a pair with an open colour is still open.
    ['G/B', 'in-progress', 'green'],
    ['B/G', 'in-progress', 'green'],
    ['Green/Blue', 'in-progress', 'green'],
  ])('%s → %s, rated %s', (text, cls, rag) => {
    expect(classifyStatus(text, DEFAULT_STATUS_VOCABULARY)).toEqual({ kind: 'status', class: cls, text, rag });
  });

  it.each(['RAG', 'RA', 'AB', 'R/A/G', 'C', 'Rag rating'])('%s is no rating', (text) => {
    expect(classifyStatus(text, DEFAULT_STATUS_VOCABULARY)).toEqual({ kind: 'status', class: 'unknown', text });
  });

  it('reads letters through the colour words of the vocabulary', () => {
    const vocab: StatusVocabulary = { complete: ['Green'], inProgress: [], notStarted: ['Red'], closed: [] };
    expect(classOf('G', vocab)).toBe('complete');
    expect(classOf('R', vocab)).toBe('not-started');
    expect(classOf('A', vocab)).toBe('unknown');
  });
});

describe('classifyStatus: tracker wordings', () => {
  it.each([
    // A forward plan's decision status, and statuses printed after the word that names them.
    ['Recommendations approved', 'complete'],
    ['Decision made', 'complete'],
    ['Abandoned', 'closed'],
    ['For determination', 'not-started'],
    ['Ahead of schedule', 'in-progress'],
    ['[ACTION OPEN]', 'not-started'],
    ['[ACTION CLOSED]', 'closed'],
    ['Status: Complete', 'complete'],
    ['Action required', 'in-progress'],
    ['Discharged', 'complete'],
    ['Discharged: via the September Review.', 'complete'],
    ['Partially implemented', 'in-progress'],
    ['Partly implemented', 'in-progress'],
    ['Substantially implemented', 'in-progress'],
    ['Partly complete', 'in-progress'],
    ['In hand', 'in-progress'],
    ['Revised date agreed', 'in-progress'],
    ['Proposed for closure', 'in-progress'],
    ['Overdue', 'in-progress'],
    ['Overdue - chased 3/4', 'in-progress'],
    ['Not implemented', 'not-started'],
    ['Not yet due', 'not-started'],
    ['Not due', 'not-started'],
    ['Agreed', 'not-started'],
    ['Agreed - to be implemented by March 2024', 'not-started'],
    ['Implemented', 'complete'],
    ['Complete - verified', 'complete'],
    ['Complete \u2013 verified', 'complete'],
    ['Completed (verified by audit)', 'complete'],
    ['Closed - implemented', 'complete'],
    ['Business as usual', 'complete'],
    ['BAU', 'complete'],
    ['Closed', 'closed'],
    ['Closed - see minutes', 'closed'],
    ['Superseded', 'closed'],
    ['Superseded by rec 2021/04', 'closed'],
    ['Risk accepted', 'closed'],
    ['No further action', 'closed'],
    ['NFA', 'closed'],
    ['Transferred', 'closed'],
    ['Transferred to the corporate risk register', 'closed'],
    ['Merged with 2021/05', 'closed'],
    ['Merged with recommendation 4', 'closed'],
    ['Merged into action 7', 'closed'],
    ['Not agreed', 'closed'],
    // Whole words only: neither is a tracker status.
    ['Agreeable', 'unknown'],
    ['Closedown', 'unknown'],
  ])('%s → %s', (text, cls) => {
    expect(classOf(text)).toBe(cls);
  });

  it('reads prose by its leading status word', () => {
    expect(classOf('Complete \u2013 policy approved by Council 12/3')).toBe('complete');
    expect(classOf('Ongoing. Contractor appointed; works start in May.')).toBe('in-progress');
    expect(classOf('Amber\nSlipped because of staffing, now due June')).toBe('in-progress');
    expect(classOf('Work is under way with the new contractor; a report will go to Cabinet in March.')).toBe('unknown');
  });
});

describe('isNarrativeStatus', () => {
  it.each([
    'Work is under way with the new contractor; a report will go to Cabinet in March.',
    'Complete \u2013 policy approved by Council 12/3',
    'Contractor appointed, works start May',
    'Awaiting sign-off by the Board',
    'Policy drafted and out to consultation until end June',
    'Procurement timetable slipped owing to staff vacancies over summer',
    'Report\nto\nCabinet\nin\nMarch',
  ])('%j is prose', (text) => {
    expect(isNarrativeStatus(text)).toBe(true);
  });

  it.each([
    '',
    'Complete',
    'Not yet started',
    'Closed \u2013 complete',
    'Completed (verified by audit)',
    'Not yet due - revised date agreed',
    'Green (on track)',
    // Four words, even with a linking word or a comma: as long as a status can run.
    'Awaiting sign-off by Board',
    'Red, slipped to May',
    // Seven words with no sentence word or punctuation are a long label, not prose.
    'Procurement timetable slipped owing staff vacancies summer',
    '75% complete',
    '12/03/2024',
  ])('%j is a status', (text) => {
    expect(isNarrativeStatus(text)).toBe(false);
  });

  it('returns from 32,767-character hostile cells', () => {
    expect(isNarrativeStatus('a '.repeat(16383))).toBe(true);
    expect(isNarrativeStatus('.'.repeat(32767))).toBe(false);
    expect(isNarrativeStatus(', '.repeat(16383))).toBe(false);
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

describe('classifyStatus: something still to happen', () => {
  it.each(['To be renegotiated', 'Verbal update to be given', 'Report to be provided in June'])(
    '"%s" is not started',
    (text) => {
      expect(classifyStatus(text, DEFAULT_STATUS_VOCABULARY)).toMatchObject({ class: 'not-started' });
    },
  );
  it('"Tobermory" is not', () => {
    expect(classifyStatus('Tobermory', DEFAULT_STATUS_VOCABULARY)).toMatchObject({ class: 'unknown' });
  });
});

describe('an update in words that says the action is done', () => {
  test.each([
    'All repairs that were not carried out on time at the point of inspection are now complete',
    'The new policy was implemented in March.',
    'Contracts are in place and work will start in October 2025',
    'Southwark Stars Awards was held on 7th October',
    'The workshops have been held in each ward',
    "Technical reports for the 'effectiveness of additional dredging at 10 additional sites' completed.",
    'Review of the register finished',
    'Relationship with Scotland Excel continues to develop well. Membership in place COMPLETE',
    'The strategy was approved by the Committee 27/09/24. COMPLETE',
  ])('"%s" says it is done', (text) => {
    expect(narrativeSaysDone(text)).toBe(true);
  });

  test.each([
    'We have completed testing on 96% of homes. 4% of homes are not completed as we could not get in',
    'This work is underway and will be completed on time',
    'The policy was implemented but the training remains outstanding',
    'Phase one is complete; further work is planned for next year',
    'Contracts are not yet in place',
    'The event will be held in the spring',
    'The register is held by the clerk',
    'Technical reports for the first two of the ten additional sites completed.',
    'Technical reports for ten sites, with two still outstanding, completed',
    'Relationship with Scotland Excel continues to develop well; work to be complete',
    'Procurement design Phase 1 COMPLETE',
    'Completed reports for the ten additional sites are with the board',
  ])('"%s" does not', (text) => {
    expect(narrativeSaysDone(text)).toBe(false);
  });
});

describe('an update that says the action was taken off the plan', () => {
  it.each([
    'Audit removed from Plan after agreement reached with management',
    'The review has been withdrawn following the restructure',
    'This action is no longer required as the service has transferred',
  ])('"%s" closes it', (text) => {
    expect(narrativeSaysClosed(text)).toBe(true);
  });

  it.each([
    'Audit fieldwork in progress',
    'The plan was removed to a shared drive for comment',
    'Removal of the old signs is planned for the spring',
  ])('"%s" does not', (text) => {
    expect(narrativeSaysClosed(text)).toBe(false);
  });
});

describe("an audit's stage in a plan's progress report", () => {
  test.each([
    ['Final', 'complete'],
    ['Final report issued', 'complete'],
    ['Draft report', 'in-progress'],
    ['Draft Report shared with client', 'in-progress'],
    ['Fieldwork in progress', 'in-progress'],
  ])('"%s" is %s', (text, cls) => {
    expect(classifyStatus(text, DEFAULT_STATUS_VOCABULARY)).toMatchObject({ kind: 'status', class: cls });
  });
});

describe('the work named, then the word that says it is done', () => {
  test.each(['8km dredge complete.', 'Dredging complete', 'Survey completed', 'Survey done!'])(
    '"%s" is complete',
    (text) => {
      expect(classOf(text)).toBe('complete');
    },
  );

  test.each([
    'Phase 1 complete',
    'First stage completed',
    'Survey not completed',
    'Survey 80% complete',
    'Survey complete by May',
  ])('"%s" is not read as done', (text) => {
    expect(classOf(text)).not.toBe('complete');
  });
});
