/**
 * Since the last check, from the command line: the example workbook checked in place as of
 * 3 November 2026, then edited as its owner would in Excel (a row inserted above the action plan,
 * R6 given one officer, R4's officer deleted) and checked again as of 2 December 2026. The second
 * check finds R4's missing officer new, R6's two officers resolved and everything else still open
 * since 3 November, in every report, on the report and log sheets and in the exit code of
 * `--fail-on new`.
 */
import { copyFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { toFakeCell, type FakeWorksheet } from '../../testkit/office/fake-workbook';
import { xlsxFromFake } from '../addin/support/xlsx-from-fake';
import { workbookFromXlsx } from '../addin/support/xlsx-host';
import { runCli, scratchDir } from '../../testkit/cli/run-cli';

// The example builder is the script `npm run demo` runs; it has no types.
const examples = require('../../examples/build-examples.js') as { build(file: string): Promise<string> };

const NOVEMBER = '2026-11-03';
const DECEMBER = '2026-12-02';

let scratch: { dir: string; remove: () => void };
let first: JsonReport;
let firstRun: { code: number; stdout: string };

const cli = (args: string[]) => runCli(args, { cwd: scratch.dir });
const check = (file: string, asOf: string, ...more: string[]) =>
  cli(['check', file, '--in-place', '--as-of', asOf, '--fail-on', 'new', ...more]);

/** The edits between the checks, made to the checked workbook as Excel would save them. */
function editAsTheOwnerWould(file: string): void {
  const workbook = workbookFromXlsx(file);
  const plan = workbook.sheet('Action plan') as FakeWorksheet;
  plan.insertRow(2); // a blank row above the table: the header moves from row 4 to row 5
  const row = (ref: string) => [...Array(20).keys()].find((r) => plan.get(r, 0)?.value === ref) as number;
  plan.set(row('R6'), 4, toFakeCell('Jayne Pickering')); // was "Jayne Pickering Clare Felton"
  plan.set(row('R4'), 4, toFakeCell(null)); // was "Kevin Dicks"
  writeFileSync(file, xlsxFromFake(workbook));
}

beforeAll(async () => {
  scratch = scratchDir();
  await examples.build(path.join(scratch.dir, 'plan.xlsx'));
  firstRun = await check('plan.xlsx', NOVEMBER, '--format', 'json');
  first = JSON.parse(firstRun.stdout) as JsonReport;
  editAsTheOwnerWould(path.join(scratch.dir, 'plan.xlsx'));
  // Each format from its own copy of the edited workbook: a check changes what the next compares with.
  for (const name of ['json', 'text', 'md', 'html', 'csv'])
    copyFileSync(path.join(scratch.dir, 'plan.xlsx'), path.join(scratch.dir, `${name}.xlsx`));
}, 60_000);
afterAll(() => scratch.remove());

test('the first check says it is the first, calls nothing new and does not fail --fail-on new', () => {
  const file = first.files[0];
  expect(firstRun.code).toBe(0);
  expect(file.counts.error).toBeGreaterThan(0);
  expect(file.since).toEqual({ lastCheck: null, counts: null, resolved: [], setAside: null });
  expect(
    file.findings.every(
      (f) => f.new === null && f.firstSeen === NOVEMBER && /^[0-9a-f]{16}$/.test(f.fingerprint ?? ''),
    ),
  ).toBe(true);
  expect(first.summary.new.total).toBe(0);
});

describe('the check a month later', () => {
  let second: JsonReport;
  let code: number;
  beforeAll(async () => {
    const run = await check('json.xlsx', DECEMBER, '--format', 'json');
    code = run.code;
    second = JSON.parse(run.stdout) as JsonReport;
  });

  test('finds the new, the resolved and the still open, whatever rows moved', () => {
    const [before] = first.files;
    const [after] = second.files;
    expect(after.since?.lastCheck).toEqual({ ranAt: first.ranAt, asOf: NOVEMBER });
    expect(after.since?.counts).toEqual({ new: 1, resolved: 1, stillOpen: before.findings.length - 1 });
    expect(after.since?.resolved).toEqual([
      expect.objectContaining({
        ruleId: 'owner.multiple',
        sheet: 'Action plan',
        where: 'R6',
        column: 'Officer responsible',
        firstSeen: NOVEMBER,
      }),
    ]);
    const fresh = after.findings.filter((f) => f.new);
    expect(fresh.map((f) => [f.ruleId, f.address, f.firstSeen])).toEqual([['owner.missing', 'E9', DECEMBER]]);
    // Every finding still open kept its fingerprint, though the action plan's moved down a row.
    const kept = after.findings.filter((f) => f.new === false);
    expect(kept.every((f) => f.firstSeen === NOVEMBER)).toBe(true);
    const printsBefore = new Map(before.findings.map((f) => [f.fingerprint, f]));
    for (const f of kept) {
      const was = printsBefore.get(f.fingerprint);
      expect(was).toMatchObject({ ruleId: f.ruleId, sheet: f.sheet, header: f.header });
      if (f.sheet === 'Action plan') expect(f.row).toBe((was?.row ?? 0) + 1);
    }
  });

  test('fails --fail-on new for the one new error, and passes it when nothing more changes', async () => {
    expect(code).toBe(1);
    expect(second.summary).toMatchObject({
      failOn: 'new',
      failed: true,
      new: { error: 1, warning: 0, info: 0, total: 1 },
    });
    const third = await check('json.xlsx', '2026-12-09', '--format', 'json');
    expect(third.code).toBe(0);
    const report = JSON.parse(third.stdout) as JsonReport;
    expect(report.files[0].since?.counts).toEqual({ new: 0, resolved: 0, stillOpen: second.files[0].findings.length });
    expect(report.summary.failed).toBe(false);
  });

  test('writes the changes on the report and log sheets, the history in the record', () => {
    const workbook = workbookFromXlsx(path.join(scratch.dir, 'json.xlsx'));
    const report = (workbook.sheet(REPORT_SHEET) as FakeWorksheet).grid();
    const change = report[0].indexOf('Since last check');
    expect(report[0].slice(change)).toEqual(['Since last check', 'Accepted']);
    const cells = report.slice(1).map((r) => [r[1], r[3] ?? '', r[change]]);
    // The third check (a week after the second) is the last written.
    expect(cells).toContainEqual(['owner.missing', 'E9', 'open since 2 Dec 2026, 7 days']);
    expect(cells).toContainEqual(['deadline.vague', 'F8', 'open since 3 Nov 2026, 36 days']);
    const log = (workbook.sheet(LOG_SHEET) as FakeWorksheet).grid();
    const changes = log[0].indexOf('Last check (as of)');
    expect(log[0].slice(changes, changes + 4)).toEqual(['Last check (as of)', 'New', 'Resolved', 'Still open']);
    expect(log.slice(1).map((r) => r.slice(changes, changes + 4))).toEqual([
      ['first check', null, null, null],
      [NOVEMBER, 1, 1, first.files[0].findings.length - 1],
      [DECEMBER, 0, 0, second.files[0].findings.length],
    ]);
  });
});

test('the text report says what changed, and how long each finding has been open', async () => {
  const run = await check('text.xlsx', DECEMBER);
  expect(run.stdout).toContain(
    `  Since the last check (as of 3 Nov 2026): 1 new, 1 resolved, ${first.files[0].findings.length - 1} still open.`,
  );
  expect(run.stdout).toContain(
    '    resolved: owner.multiple on Action plan, R6 (Officer responsible); had been open since 3 Nov 2026, 29 days',
  );
  expect(run.stdout).toMatch(/E9 +✖ error +owner\.missing .*\n.*→ .*\n +new\n/);
  expect(run.stdout).toMatch(/F8 +▲ warning +deadline\.vague .*\n.*→ .*\n +open since 3 Nov 2026, 29 days\n/);
});

test('the Markdown and HTML reports give the changes a column and the resolved a table', async () => {
  const md = (await check('md.xlsx', DECEMBER, '--format', 'md')).stdout;
  expect(md).toMatch(/\| md\.xlsx \| \d+ \| \d+ \| \d+ \| 1 new, 1 resolved, \d+ still open since 3 Nov 2026 \|/);
  expect(md).toContain('### Resolved since the last check');
  expect(md).toContain(
    '| `owner.multiple` | Action plan | R6 | Officer responsible | Warning | since 3 Nov 2026, 29 days |',
  );
  expect(md).toMatch(/\| E9 \| ✖ Error \| No officer responsible \|.*\| \*\*new\*\* \|/);
  const html = (await check('html.xlsx', DECEMBER, '--format', 'html')).stdout;
  expect(html).toContain('<h3>Resolved since the last check</h3>');
  expect(html).toContain('<span class="badge new">New</span>');
  expect(html).toContain('open since 3 Nov 2026, 29 days');
  const csv = (await check('csv.xlsx', DECEMBER, '--format', 'csv')).stdout.trimEnd().split('\r\n');
  expect(csv[0].split(',')).toContain('Since last check');
  expect(csv).toContain(
    'csv.xlsx,Action plan,,warning,owner.multiple,Officer responsible,,No longer found at R6: resolved since the last check.,,,"resolved; had been open since 3 Nov 2026, 29 days",',
  );
});

test('a check into a copy leaves the input as it was, and the history in the copy', async () => {
  const json = async (args: string[]) => JSON.parse((await cli([...args, '--format', 'json'])).stdout) as JsonReport;
  const lastOf = (report: JsonReport) => report.files[0].since?.lastCheck?.asOf;
  expect(lastOf(await json(['check', 'md.xlsx', '--as-of', '2026-12-20', '--out', 'copy.xlsx']))).toBe(DECEMBER);
  // The input is untouched, so it still compares with its own last check; the copy, with the check that made it.
  expect(lastOf(await json(['check', 'md.xlsx', '--as-of', '2026-12-21', '--out', 'other.xlsx']))).toBe(DECEMBER);
  expect(lastOf(await json(['check', 'copy.xlsx', '--as-of', '2026-12-22', '--in-place']))).toBe('2026-12-20');
});

test('a history edited by hand is not compared with, and every report says so rather than pass for a first check', async () => {
  await check('json.xlsx', DECEMBER, '--format', 'json');
  // A first-seen date changed in the hidden record, as someone unhiding the sheet might.
  const workbook = workbookFromXlsx(path.join(scratch.dir, 'json.xlsx'));
  const record = workbook.sheet('Concordat state') as FakeWorksheet;
  const grid = record.grid();
  const row = grid.findIndex((r) => r[0] === 'open');
  record.set(row, 2, toFakeCell('2026-01-01'));
  writeFileSync(path.join(scratch.dir, 'edited.xlsx'), xlsxFromFake(workbook));
  copyFileSync(path.join(scratch.dir, 'edited.xlsx'), path.join(scratch.dir, 'edited-text.xlsx'));

  const run = await check('edited.xlsx', '2026-12-20', '--format', 'json');
  const since = (JSON.parse(run.stdout) as JsonReport).files[0].since;
  expect(since?.lastCheck).toBeNull();
  expect(since?.setAside).toBe('does not match its checksum: it was edited after Concordat wrote it');
  // Nothing is called new without a check to compare with, so --fail-on new passes.
  expect(run.code).toBe(0);
  const text = (await check('edited-text.xlsx', '2026-12-20')).stdout;
  expect(text).toContain(
    "Not compared with the last check: Concordat's record of its findings could not be used (it does not match its checksum: it was edited after Concordat wrote it).",
  );
});
