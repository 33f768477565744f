/**
 * What changed since the last check: each finding's fingerprint (rule, sheet, the row by its
 * reference or label, the column by its header) survives rows and columns moving; the comparison
 * says new, resolved and still open (since when); the first check says so and calls nothing new.
 */
import type { CellValue } from '../../src/core/snapshot';
import { formatHistory } from '../../src/core/history-record';
import { emptyRecord, formatRecord, parseRecord } from '../../src/core/owned-record';
import type { Finding } from '../../src/core/findings';
import { compareWithLastCheck, openSince, sinceSentence } from '../../src/core/since';
import type { CheckResult } from '../../src/core/result';
import { check, sheet, workbook } from './support/workbooks';

const HEADER = ['Ref', 'Recommendation', 'Officer responsible', 'Implement by when'];
const NOVEMBER = '2026-11-03';
const DECEMBER = '2026-12-02';

function plan(rows: CellValue[][], header = HEADER) {
  return workbook(sheet('Plan', [header, ...rows]));
}

function checkAsOf(rows: CellValue[][], asOf: string, last?: CheckResult, header = HEADER): Promise<CheckResult> {
  return check(plan(rows, header), {
    asOf,
    now: new Date(`${asOf}T09:00:00Z`),
    lastCheck: last?.plan.history ?? null,
  });
}

/** "rule R1 (fingerprint)" per finding, to compare identities across checks. */
const prints = (r: CheckResult) => r.findings.map((f) => `${f.ruleId} ${f.fingerprint}`).sort();

const FIRST: CellValue[][] = [
  ['R1', 'Discuss risks with partners', null, '31/12/2027'],
  ['R2', 'Agree an exit strategy', 'Kevin Dicks', 'Immediately'],
  ['R3', 'Review fees and charges', 'Jayne Pickering', '31/12/2027'],
];

describe('the first check of a workbook', () => {
  test('says so, calls nothing new, and leaves every finding for the next check', async () => {
    const result = await checkAsOf(FIRST, NOVEMBER);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['owner.missing', 'deadline.vague']);
    expect(result.since).toEqual({ last: null, counts: { new: 0, stillOpen: 0, resolved: 0 }, resolved: [] });
    expect(result.findings.every((f) => f.isNew === undefined && f.firstSeen === NOVEMBER)).toBe(true);
    expect(sinceSentence(result.since)).toBe(
      'First check of this workbook: there is no earlier check to compare with.',
    );
    expect(result.plan.report.map((r) => r.change)).toEqual(['first check', 'first check']);
    expect(result.plan.log).toMatchObject({ lastCheckAsOf: null, changes: null });
    expect(result.plan.history).toEqual({
      ranAt: `${NOVEMBER}T09:00:00.000Z`,
      asOf: NOVEMBER,
      open: [
        expect.objectContaining({
          ruleId: 'owner.missing',
          where: 'R1',
          column: 'Officer responsible',
          firstSeen: NOVEMBER,
        }),
        expect.objectContaining({
          ruleId: 'deadline.vague',
          where: 'R2',
          column: 'Implement by when',
          firstSeen: NOVEMBER,
        }),
      ],
    });
  });
});

describe('a check a month after the last', () => {
  test('finds one fixed, one introduced and one still open, with rows inserted above and reordered', async () => {
    const first = await checkAsOf(FIRST, NOVEMBER);
    const edited: CellValue[][] = [
      // R3 moved above R2, a note row inserted at the top of the body: every row has moved.
      ['R3', 'Review fees and charges', null, '31/12/2027'],
      ['R1', 'Discuss risks with partners', 'Clare Felton', '31/12/2027'],
      ['R2', 'Agree an exit strategy', 'Kevin Dicks', 'Immediately'],
    ];
    const second = await check(workbook(sheet('Plan', [['Action plan, December'], [], HEADER, ...edited])), {
      asOf: DECEMBER,
      now: new Date(`${DECEMBER}T09:00:00Z`),
      lastCheck: first.plan.history,
    });
    const vague = (r: CheckResult) => r.findings.find((f) => f.ruleId === 'deadline.vague');
    expect(vague(first)?.address).toBe('D3');
    expect(vague(second)?.address).toBe('D6');
    expect(vague(second)?.fingerprint).toBe(vague(first)?.fingerprint);

    expect(second.since.last).toEqual({ ranAt: `${NOVEMBER}T09:00:00.000Z`, asOf: NOVEMBER });
    expect(second.since.counts).toEqual({ new: 1, stillOpen: 1, resolved: 1 });
    expect(second.since.resolved).toEqual([
      expect.objectContaining({
        ruleId: 'owner.missing',
        where: 'R1',
        column: 'Officer responsible',
        firstSeen: NOVEMBER,
      }),
    ]);
    expect(second.findings.map((f) => [f.ruleId, f.address, f.isNew, f.firstSeen])).toEqual([
      ['owner.missing', 'C4', true, DECEMBER],
      ['deadline.vague', 'D6', false, NOVEMBER],
    ]);
    expect(sinceSentence(second.since)).toBe(
      'Since the last check (as of 3 Nov 2026): 1 new, 1 resolved, 1 still open.',
    );
    expect(second.plan.report.map((r) => [r.ruleId, r.address, r.change])).toEqual([
      ['owner.missing', 'C4', 'new'],
      ['deadline.vague', 'D6', 'open since 3 Nov 2026, 29 days'],
      ['owner.missing', '', 'resolved; had been open since 3 Nov 2026, 29 days'],
    ]);
    expect(second.plan.log).toMatchObject({
      lastCheckAsOf: NOVEMBER,
      changes: { new: 1, resolved: 1, stillOpen: 1 },
    });
    // What the next check will compare with: the finding still open keeps the date it was first seen.
    expect(second.plan.history.open.map((o) => [o.ruleId, o.where, o.firstSeen])).toEqual([
      ['owner.missing', 'R3', DECEMBER],
      ['deadline.vague', 'R2', NOVEMBER],
    ]);
  });

  test('a column inserted between the table columns changes no fingerprint', async () => {
    const first = await checkAsOf(FIRST, NOVEMBER);
    const wider = FIRST.map(([ref, rec, owner, due]) => [ref, rec, 'Corporate', owner, due]);
    const header = ['Ref', 'Recommendation', 'Directorate', 'Officer responsible', 'Implement by when'];
    const second = await checkAsOf(wider, DECEMBER, first, header);
    expect(second.findings.map((f) => f.address)).toEqual(['D2', 'E3']);
    expect(prints(second)).toEqual(prints(first));
    expect(second.since.counts).toEqual({ new: 0, stillOpen: 2, resolved: 0 });
  });

  test('an edited reference makes the finding on that row new (and the old one resolved)', async () => {
    const first = await checkAsOf(FIRST, NOVEMBER);
    const renamed = FIRST.map((row) => (row[0] === 'R1' ? ['R1a', ...row.slice(1)] : row));
    const second = await checkAsOf(renamed, DECEMBER, first);
    expect(second.since.counts).toEqual({ new: 1, stillOpen: 1, resolved: 1 });
  });
});

describe('a row without a unique reference', () => {
  const NO_IDS = ['Recommendation', 'Officer responsible', 'Implement by when'];

  test('is known by its label, wherever it moves', async () => {
    const rows: CellValue[][] = [
      ['Discuss risks with partners', null, '31/12/2027'],
      ['Agree an exit strategy', 'Kevin Dicks', '31/12/2027'],
    ];
    const first = await checkAsOf(rows, NOVEMBER, undefined, NO_IDS);
    const second = await checkAsOf([rows[1], rows[0]], DECEMBER, first, NO_IDS);
    expect(first.plan.history.open.map((o) => o.where)).toEqual(['Discuss risks with partners']);
    expect(second.findings[0].address).toBe('B3');
    expect(prints(second)).toEqual(prints(first));
  });

  test('shared by rows is told apart by their labels', async () => {
    const rows: CellValue[][] = [
      ['R1', 'Discuss risks with partners', null, '31/12/2027'],
      ['R1', 'Agree an exit strategy', null, '31/12/2027'],
    ];
    const first = await checkAsOf(rows, NOVEMBER);
    const owners = first.findings.filter((f) => f.ruleId === 'owner.missing');
    expect(owners).toHaveLength(2);
    expect(new Set(owners.map((f) => f.fingerprint)).size).toBe(2);
    const second = await checkAsOf([rows[1], rows[0]], DECEMBER, first);
    // The duplicate is the later row, now the other one; each missing owner keeps its fingerprint.
    const missing = (r: CheckResult) => prints(r).filter((p) => p.startsWith('owner.missing'));
    expect(missing(second)).toEqual(missing(first));
  });

  test('with no label either is known by its place in the table', async () => {
    const rows: CellValue[][] = [
      [null, null, '31/12/2027', 'Open'],
      [null, 'Kevin Dicks', 'Immediately', 'Open'],
    ];
    const header = ['Notes', 'Officer responsible', 'Implement by when', 'Status'];
    const first = await checkAsOf(rows, NOVEMBER, undefined, header);
    expect(first.plan.history.open.map((o) => o.where)).toEqual(['row 2', 'row 3']);
  });
});

describe("the history in Concordat's record", () => {
  const history = {
    ranAt: '2026-11-03T09:00:00.000Z',
    asOf: NOVEMBER,
    open: [
      {
        fingerprint: '0123456789abcdef',
        firstSeen: '2026-10-01',
        severity: 'error' as const,
        ruleId: 'owner.missing',
        sheet: 'Plan',
        where: 'R1',
        column: 'Officer responsible',
      },
      {
        fingerprint: 'fedcba9876543210',
        firstSeen: NOVEMBER,
        severity: 'info' as const,
        ruleId: 'table.checks-skipped',
        sheet: '2024',
        where: 'header row',
        column: '',
      },
    ],
  };
  const record = { ...emptyRecord(), sheets: [{ role: 'log' as const, name: 'Concordat log' }] };

  test('is read back as it was written, below the record', () => {
    const parsed = parseRecord([...formatRecord(record), ...formatHistory(history)]);
    expect(parsed.record.sheets).toEqual(record.sheets);
    expect(parsed.history).toEqual(history);
    expect(parsed.historyProblem).toBeUndefined();
  });

  test('edited, is set aside (the check counts as a first) while the record still stands', () => {
    const rows = [...formatRecord(record), ...formatHistory(history)];
    const edited = rows.map((row) =>
      row[1] === '0123456789abcdef' ? [...row.slice(0, 2), '2026-01-01', ...row.slice(3)] : row,
    );
    const parsed = parseRecord(edited);
    expect(parsed.record.sheets).toEqual(record.sheets);
    expect(parsed.history).toBeNull();
    expect(parsed.historyProblem).toMatch(/does not match its checksum/);
    const bad = rows.map((row, i) => (i === rows.length - 1 ? ['open', 'not a fingerprint'] : row));
    expect(parseRecord(bad).historyProblem).toMatch(/checksum|fingerprint/);
  });

  test('does not cover the record: an edited record is still refused', () => {
    const rows = [...formatRecord(record), ...formatHistory(history)];
    const edited = rows.map((row) => (row[0] === 'sheet' ? ['sheet', 'log', 'Renamed log'] : row));
    expect(() => parseRecord(edited)).toThrow(/does not match its checksum/);
  });

  test('a record of format 3 (before histories) is read, with no history', () => {
    // With the text itself for a hash, the checksum shows what it covers: format 3's is of the same rows.
    const same = (text: string) => text;
    const [title, ...rows] = formatRecord(record, same);
    const v3 = [[title[0], 3, String(title[2]).replace('",4,[', '",3,[')], ...rows];
    const parsed = parseRecord(v3, same);
    expect(parsed.legacy).toBe(false);
    expect(parsed.record.sheets).toEqual(record.sheets);
    expect(parsed.history).toBeNull();
  });
});

test('how long a finding has been open is counted in days between as-of dates', () => {
  expect(openSince(NOVEMBER, DECEMBER)).toBe('open since 3 Nov 2026, 29 days');
  expect(openSince(NOVEMBER, '2026-11-04')).toBe('open since 3 Nov 2026, 1 day');
  // A check run as of an earlier day than the last counts no negative days.
  expect(openSince(DECEMBER, NOVEMBER)).toBe('open since 2 Dec 2026, 0 days');
});

test('a header of any length is kept short enough for the history to be read back', () => {
  const header = `Officer responsible ${'and deputy '.repeat(200)}`.trim();
  const finding: Finding = {
    ruleId: 'owner.missing',
    title: 'No officer responsible',
    severity: 'error',
    sheet: 'Plan',
    row: 2,
    column: 3,
    header,
    address: 'C2',
    value: '',
    message: 'No officer.',
    hint: 'Name one.',
    pack: 'action-plan',
  };
  const { next } = compareWithLastCheck([finding], [{ fingerprint: '0123456789abcdef', where: 'R1' }], null, {
    ranAt: '2026-11-03T09:00:00.000Z',
    asOf: NOVEMBER,
  });
  expect(next.open[0].column).toHaveLength(255);
  const record = { ...emptyRecord(), sheets: [{ role: 'log' as const, name: 'Concordat log' }] };
  expect(parseRecord([...formatRecord(record), ...formatHistory(next)]).history).toEqual(next);
});
