/**
 * Since the last check, in the add-in: the example workbook checked through the adapter over the
 * Office fake as of 3 November 2026, edited in place (a row inserted above the action plan, R6
 * given one officer, R4's officer deleted) and checked again as of 2 December 2026, as runCheck
 * does it (the record's history handed to the core). Both hosts keep the history in the same
 * record: the command line reads the add-in's, and the add-in the command line's.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { decodeOutcome, encodeOutcome } from '../../src/commands/summary-text';
import { checkWorkbook } from '../../src/core/check';
import { sinceSentence } from '../../src/core/since';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { readWorkbook } from '../../src/excel/read-workbook';
import { runCli } from '../../testkit/cli/run-cli';
import { shippedCheck } from '../../testkit/packs';
import { checkInAddin } from './support/check-in-addin';
import { exampleInScratch } from './support/example-in-scratch';
import { FakeExcel } from '../../testkit/office/fake-excel';
import { toFakeCell, type FakeWorksheet, type FakeWorkbook } from '../../testkit/office/fake-workbook';
import { xlsxFromFake } from './support/xlsx-from-fake';
import { workbookFromXlsx } from './support/xlsx-host';

const NOVEMBER = '2026-11-03';
const DECEMBER = '2026-12-02';

const scratch = exampleInScratch();

/** What the next read finds in the record. */
async function historyIn(workbook: FakeWorkbook) {
  const read = await readWorkbook(new FakeExcel(workbook).context, { capabilities: ALL_CAPABILITIES });
  return read.owned.lastCheck;
}

function editAsTheOwnerWould(workbook: FakeWorkbook): void {
  const plan = workbook.sheet('Action plan') as FakeWorksheet;
  plan.insertRow(2);
  const row = (ref: string) => [...Array(20).keys()].find((r) => plan.get(r, 0)?.value === ref) as number;
  plan.set(row('R6'), 4, toFakeCell('Jayne Pickering'));
  plan.set(row('R4'), 4, toFakeCell(null));
}

test('a check a month after the last finds the new, the resolved and the still open', async () => {
  const workbook = workbookFromXlsx(scratch.example);
  const first = await checkInAddin(workbook, NOVEMBER);
  expect(first.since.last).toBeNull();
  expect(await historyIn(workbook)).toEqual(first.plan.history);

  editAsTheOwnerWould(workbook);
  // A tiny request budget splits the write, the history's rows included, over many requests.
  const second = await checkInAddin(workbook, DECEMBER, 1_000);
  expect(second.syncs).toBeGreaterThan(first.findings.length);
  expect(second.since.last).toEqual({ ranAt: `${NOVEMBER}T09:00:00.000Z`, asOf: NOVEMBER });
  expect(second.since.counts).toEqual({ new: 1, resolved: 1, stillOpen: first.findings.length - 1 });
  expect(second.since.resolved.map((r) => [r.ruleId, r.where])).toEqual([['owner.multiple', 'R6']]);
  expect(second.findings.filter((f) => f.isNew).map((f) => [f.ruleId, f.address])).toEqual([['owner.missing', 'E9']]);
  expect(await historyIn(workbook)).toEqual(second.plan.history);

  // The pane's report sheet and the log say the same as the command line's.
  const log = (workbook.sheet('Concordat log') as FakeWorksheet).grid();
  const changes = log[0].indexOf('Last check (as of)');
  expect(log.slice(1).map((r) => r.slice(changes, changes + 4))).toEqual([
    ['first check', null, null, null],
    [NOVEMBER, 1, 1, first.findings.length - 1],
  ]);
  const report = (workbook.sheet('Concordat report') as FakeWorksheet).grid();
  const resolved = report.find((r) => r[8] === 'resolved; had been open since 3 Nov 2026, 29 days');
  expect(resolved?.slice(0, 4)).toEqual(['warning', 'owner.multiple', 'Action plan', null]);
});

test("each host compares with the other's last check", async () => {
  const workbook = workbookFromXlsx(scratch.example);
  const inAddin = await checkInAddin(workbook, NOVEMBER);
  const file = path.join(scratch.dir, 'from-addin.xlsx');
  writeFileSync(file, xlsxFromFake(workbook));

  const run = await runCli(['check', 'from-addin.xlsx', '--in-place', '--as-of', DECEMBER, '--format', 'json'], {
    cwd: scratch.dir,
  });
  const fromCli = (JSON.parse(run.stdout) as JsonReport).files[0];
  expect(fromCli.since).toEqual({
    lastCheck: { ranAt: `${NOVEMBER}T09:00:00.000Z`, asOf: NOVEMBER },
    counts: { new: 0, resolved: 0, stillOpen: inAddin.findings.length },
    resolved: [],
    setAside: null,
  });
  expect(fromCli.findings.map((f) => f.fingerprint)).toEqual(inAddin.findings.map((f) => f.fingerprint));

  const back = await checkInAddin(workbookFromXlsx(file), '2026-12-09');
  expect(back.since.last?.asOf).toBe(DECEMBER);
  expect(back.since.counts).toEqual({ new: 0, resolved: 0, stillOpen: inAddin.findings.length });
  expect(back.findings.every((f) => f.firstSeen === NOVEMBER)).toBe(true);
});

test('a history edited by hand is set aside: the add-in says so, and the check is compared with none', async () => {
  const workbook = workbookFromXlsx(scratch.example);
  await checkInAddin(workbook, NOVEMBER);
  const record = workbook.sheet('Concordat state') as FakeWorksheet;
  const row = record.grid().findIndex((r) => r[0] === 'open');
  record.set(row, 2, toFakeCell('2026-01-01'));

  const read = await readWorkbook(new FakeExcel(workbook).context, { capabilities: ALL_CAPABILITIES });
  expect(read.owned.lastCheck).toBeUndefined();
  expect(read.owned.lastCheckSetAside).toBe('does not match its checksum: it was edited after Concordat wrote it');
  const result = await checkWorkbook(read.snapshot, shippedCheck(), {
    asOf: DECEMBER,
    now: new Date(`${DECEMBER}T09:00:00Z`),
    lastCheck: read.owned.lastCheck,
    lastCheckSetAside: read.owned.lastCheckSetAside,
  });
  expect(result.since.last).toBeNull();
  expect(sinceSentence(result.since)).toBe(
    "Not compared with the last check: Concordat's record of its findings could not be used (it does not match its checksum: it was edited after Concordat wrote it).",
  );
  // The ribbon's dialog says the same.
  const outcome = decodeOutcome(
    encodeOutcome({ kind: 'checked', counts: result.counts, tables: 3, since: result.since }),
  );
  expect(outcome.kind === 'checked' && sinceSentence(outcome.since)).toBe(sinceSentence(result.since));
});
