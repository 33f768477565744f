/** The flag plan: where the flags column goes, what it says, what is highlighted, the report and log rows. */
import { check, sheet, workbook } from './support/workbooks';
import { LOG_HEADERS, REPORT_HEADERS } from '../../src/core/output/sheets';
import { FLAGS_HEADER } from '../../src/core/snapshot';

const header = ['No.', 'Recommendation', 'Officer responsible', 'Implement by when'];

test('the flags column goes in the first column right of the table that is empty on every row', async () => {
  const wb = workbook(
    sheet('Plan', [
      ['Action plan', null, null, null, null, 'Kept by Democratic Services'],
      header,
      ['R1', 'Discuss risks', null, 'Immediately'],
      ['R2', 'Exit strategy', 'Kevin Dicks', '1st June 2010', 'user note'],
    ]),
  );
  const { plan } = await check(wb);
  // Column E holds a user's note on row 4 and F a note on row 1, so the flags go in G.
  expect(plan.sheets).toHaveLength(1);
  expect(plan.sheets[0]).toMatchObject({ sheet: 'Plan', column: 7, headerRow: 2, header: FLAGS_HEADER });
  // One short line a row, worst first; the messages are in the report.
  expect(plan.sheets[0].texts).toEqual(['✖ owner.missing  ▲ deadline.vague', '✖ deadline.slipped']);
  expect(plan.report.map((r) => r.message)).toEqual([
    'No officer responsible for R1: the officer responsible cell is blank.',
    'Deadline "Immediately" for R1 is not a date, so slippage cannot be tracked.',
    'R2 was due by 1 June 2010 (read from "1st June 2010") and is 13 days overdue at 14 June 2010.',
  ]);
  expect(plan.sheets[0].highlights).toEqual({ error: ['C3', 'D4'], warning: ['D3'], info: [] });
});

test("the flags column may be the sheet's last, XFD; with every column to XFD in use there is none, and the findings are on the report", async () => {
  const XFD = 16_384;
  /** The plan under a row of notes in every column from E up to `lastNote`. */
  const plan = (lastNote: number) => {
    const notes = Array.from({ length: lastNote }, (_, i) => (i < 4 ? null : 'note'));
    return sheet('Plan', [notes, header, ['R1', 'Discuss risks', null, '31/12/2010']]);
  };
  const lastFree = await check(workbook(plan(XFD - 1)));
  expect(lastFree.plan.sheets.map((s) => s.column)).toEqual([XFD]);
  const none = await check(workbook(plan(XFD)));
  expect(none.plan.sheets).toEqual([]);
  expect(none.plan.report.map((r) => r.ruleId)).toEqual(['owner.missing']);
});

test('re-checking reuses the flags column its record says Concordat wrote before', async () => {
  const wb = workbook(
    sheet('Plan', [
      [...header, FLAGS_HEADER],
      ['R1', 'Discuss risks', null, '31/12/2010', '✖ owner.missing: old text'],
    ]),
  );
  wb.owned = { sheets: [], flagColumns: [{ sheet: 'Plan', column: 5, headerRow: 1 }] };
  const { plan, findings } = await check(wb);
  expect(findings.map((f) => f.ruleId)).toEqual(['owner.missing']);
  expect(plan.sheets[0]).toMatchObject({ column: 5, header: FLAGS_HEADER });
});

test("a column the user headed 'Concordat flags' is the user's: the flags go beside it, under another name", async () => {
  const wb = workbook(
    sheet('Plan', [
      [...header, 'Concordat flags', 'CONCORDAT FLAGS (2)'],
      ['R1', 'Discuss risks', null, '31/12/2010', 'my own note', 'another'],
    ]),
  );
  const { plan } = await check(wb);
  expect(plan.sheets[0]).toMatchObject({ column: 7, header: 'Concordat flags (3)' });
});

test('a cell with findings of two severities is highlighted once, in the more severe colour', async () => {
  const wb = workbook(
    sheet('Plan', [
      header,
      ['R1', 'Discuss risks', 'Kevin Dicks', 'soon-ish'],
      ['R1', 'Again', 'Kevin Dicks', '31/12/2010'],
    ]),
  );
  const { plan } = await check(wb);
  const all = [
    ...plan.sheets[0].highlights.error,
    ...plan.sheets[0].highlights.warning,
    ...plan.sheets[0].highlights.info,
  ];
  expect(new Set(all).size).toBe(all.length);
  expect(plan.sheets[0].highlights.error).toContain('A3');
});

test('report rows mirror the findings and the log row counts them with a stable hash of rules and profile', async () => {
  const wb = workbook(sheet('Plan', [header, ['R1', 'Discuss risks', null, 'Immediately']]));
  const first = await check(wb);
  const second = await check(wb);
  expect(first.plan.report.map((r) => [r.severity, r.ruleId, r.address])).toEqual([
    ['error', 'owner.missing', 'C2'],
    ['warning', 'deadline.vague', 'D2'],
  ]);
  expect(first.plan.log).toMatchObject({ asOf: '2010-06-14', errors: 1, warnings: 1, infos: 0, sheetsChecked: 1 });
  expect(first.plan.log.packs).toEqual([
    'accepted@1.0.0',
    'action-plan@1.0.0',
    'cells@1.0.0',
    'portfolio@1.0.0',
    'savings@1.0.0',
    'tables@1.0.0',
    'totals@1.0.0',
  ]);
  expect(first.plan.log.rulesHash).toMatch(/^[0-9a-f]{64}$/);
  expect(second.plan.log.rulesHash).toBe(first.plan.log.rulesHash);
  const tuned = await check(wb, { profile: { source: 'p.json', json: { dueSoonDays: 7 } } });
  expect(tuned.plan.log.rulesHash).not.toBe(first.plan.log.rulesHash);
});

test('findings are deterministic: the same, in the same order, on every run', async () => {
  const a = sheet('A', [header, ['R1', 'x', null, null]]);
  const b = sheet('B', [header, ['R1', 'y', 'Jayne Pickering Clare Felton', 'TBC']]);
  const one = await check(workbook(a, b));
  const two = await check(workbook(a, b));
  expect(one.findings).toEqual(two.findings);
  expect(one.findings.map((f) => f.sheet)).toEqual(['A', 'A', 'B', 'B']);
});

test('Concordat output sheets (by record, or as an older version wrote them) and the settings sheet are never checked', async () => {
  const wb = workbook(
    sheet('Concordat report', [
      [...REPORT_HEADERS],
      ['error', 'owner.missing', 'Plan', 'C2', 'Officer responsible', '', 'x', 'y'],
    ]),
    sheet('Concordat log', [[...LOG_HEADERS]]),
    sheet('Findings (2)', [header, ['R1', 'Discuss risks', null, '31/12/2010']]),
    sheet('Notes', [['Minutes']]),
  );
  wb.owned = { sheets: ['Findings (2)'], flagColumns: [] };
  const r = await check(wb);
  expect(r.tables).toEqual([]);
  expect(r.skippedSheets).toEqual(['Notes']);
});

test("a user's sheet named like Concordat's is checked like any other", async () => {
  const r = await check(
    workbook(
      sheet('Concordat report', [header, ['R1', 'Discuss risks', null, '31/12/2010']]),
      sheet('CONCORDAT LOG', [[...LOG_HEADERS]]),
    ),
  );
  expect(r.findings.map((f) => `${f.ruleId}@${f.sheet}`)).toEqual(['owner.missing@Concordat report']);
  expect(r.skippedSheets).toEqual(['CONCORDAT LOG']);
});

test("a finding on the sheet's first row heads the flags column on that row, and is highlighted and reported", async () => {
  // A grants decision titled with a year typed wrong, and nothing else Concordat reads.
  const wb = workbook(
    sheet('Decision', [['CHARNWOOD GRANTS – ROUND ONE 2021/2021'], ['Budget 2020/21'], ['Applications received', 12]]),
  );
  const { plan } = await check(wb, { asOf: '2021-06-01' });
  expect(plan.sheets).toHaveLength(1);
  expect(plan.sheets[0].headerRow).toBe(1);
  expect(plan.sheets[0].highlights.warning).toEqual(['A1']);
  expect(plan.report.map((r) => r.address)).toEqual(['A1']);
});
