/**
 * `concordat check DIR`: every workbook under a folder, checked on worker threads into one combined
 * report. The folder holds two partners' trackers (the example workbook, and a copy whose ICT
 * platform costs more and splits 40 / 60), a file that is not a zip and an encrypted workbook,
 * and what is not to be checked: a checked copy, Excel's lock file, a hidden folder, a text file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { toFakeCell, type FakeWorksheet } from '../../testkit/office/fake-workbook';
import { xlsxFromFake } from '../addin/support/xlsx-from-fake';
import { workbookFromXlsx } from '../addin/support/xlsx-host';
import { runCli, scratchDir } from '../../testkit/cli/run-cli';
import { oleFile } from '../../testkit/cli/zip-bytes';

// The example builder is the script `npm run demo` runs; it has no types.
const examples = require('../../examples/build-examples.js') as { build(file: string): Promise<string> };

let scratch: { dir: string; remove: () => void };
const cli = (args: string[]) => runCli(args, { cwd: scratch.dir });
const json = async (args: string[]) => {
  const run = await cli([...args, '--format', 'json']);
  return { ...run, report: JSON.parse(run.stdout) as JsonReport };
};

/** Writes a file, making its folder. */
function put(file: string, bytes: Buffer | string): void {
  const full = path.join(scratch.dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, bytes);
}

beforeAll(async () => {
  scratch = scratchDir();
  const example = path.join(scratch.dir, 'example.xlsx');
  await examples.build(example);
  const bytes = readFileSync(example);
  put('trackers/bromsgrove/plan.xlsx', bytes);
  // Redditch's copy: the ICT platform costs £120,000, £48,000 / £72,000 (the example's is £20,000).
  const copy = workbookFromXlsx(example);
  const savings = copy.sheet('Savings') as FakeWorksheet;
  const ict = [...Array(20).keys()].find(
    (r) => savings.get(r, 0)?.value === 'ICT shared platform implementation',
  ) as number;
  savings.set(ict, 7, toFakeCell(120000));
  savings.set(ict, 9, toFakeCell(48000));
  savings.set(ict, 10, toFakeCell(72000));
  put('trackers/redditch/plan.xlsx', xlsxFromFake(copy));
  put('trackers/bad/notazip.xlsx', 'Ref,Action\nR1,Do it\n');
  put('trackers/bad/locked.xlsx', oleFile('EncryptedPackage'));
  // Not to be checked.
  put('trackers/bromsgrove/plan.checked.xlsx', bytes);
  put('trackers/redditch/~$plan.xlsx', 'lock');
  put('trackers/.versions/plan.xlsx', bytes);
  put('trackers/notes.txt', 'minutes');
}, 60_000);
afterAll(() => scratch.remove());

const CHECKED = [
  'trackers/bad/locked.xlsx',
  'trackers/bad/notazip.xlsx',
  'trackers/bromsgrove/plan.xlsx',
  'trackers/redditch/plan.xlsx',
];

describe('a folder of workbooks', () => {
  let run: Awaited<ReturnType<typeof json>>;
  beforeAll(async () => {
    run = await json(['check', 'trackers', '--workers', '1', '--fail-on', 'never']);
  });

  test('checks every workbook under it, in name order, and none of its own copies', () => {
    expect(run.report.files.map((f) => f.file)).toEqual(CHECKED);
    expect(existsSync(path.join(scratch.dir, 'trackers/bromsgrove/plan.checked.xlsx'))).toBe(true);
    expect(existsSync(path.join(scratch.dir, 'trackers/redditch/plan.checked.xlsx'))).toBe(true);
    expect(existsSync(path.join(scratch.dir, 'trackers/bromsgrove/plan.checked.checked.xlsx'))).toBe(false);
    expect(existsSync(path.join(scratch.dir, 'trackers/.versions/plan.checked.xlsx'))).toBe(false);
  });

  test('goes on past a bad file, gives it one line, and exits 2 at the end', () => {
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'concordat: trackers/bad/locked.xlsx: is password-protected (encrypted); remove the password in Excel (File > Info > Protect Workbook) and save it again [input.encrypted]',
      'concordat: trackers/bad/notazip.xlsx: is a text file (perhaps CSV) renamed as .xlsx, not a workbook; open it in Excel and save it as .xlsx [input.not-a-workbook]',
    ]);
    expect(run.report.summary).toMatchObject({ files: 4, filesChecked: 2, filesFailed: 2 });
  });

  test("adds up each partner's share of the costs of every schedule, weighed by its costs", () => {
    const { costs, byPartner, changes } = run.report.summary.portfolio;
    // Bromsgrove: £48,000 of £100,000, and £88,000 of £200,000; Redditch the rest.
    expect(costs).toMatchObject({
      partners: ['Bromsgrove', 'Redditch'],
      total: 300000,
      schedules: 2,
      agreed: [0.5, 0.5],
    });
    expect(costs?.shares.map((s) => Math.round(s * 10000) / 10000)).toEqual([0.4533, 0.5467]);
    expect(Object.keys(byPartner)).toEqual(['Bromsgrove', 'Redditch', "in no partner's column"]);
    expect(Object.values(byPartner).reduce((a, b) => a + b, 0)).toBe(run.report.summary.counts.total);
    expect(changes).toEqual({ counts: { new: 0, resolved: 0, stillOpen: 0 }, compared: 0, first: 2 });
  });
});

test('the combined report: each workbook, the portfolio, the partners against the agreed basis', async () => {
  const md = (await cli(['check', 'trackers', '--workers', '1', '--format', 'md'])).stdout;
  expect(md).toContain(
    '| trackers/bromsgrove/plan.xlsx | 6 | 8 | 1 | first check | trackers/bromsgrove/plan.checked.xlsx |',
  );
  expect(md).toContain('| trackers/bad/locked.xlsx | — | — | — | — | not checked: is password-protected');
  expect(md).toContain('### By partner');
  expect(md).toContain(
    "Each partner's share of the costs across 2 cost-sharing schedules (£300,000), weighed by each schedule's costs, against the agreed basis.",
  );
  expect(md).toContain('| Bromsgrove | 45.3% | £136,000 | 50% |');
  expect(md).toContain('| Redditch | 54.7% | £164,000 | 50% |');
  const text = (await cli(['check', 'trackers', '--workers', '1'])).stdout;
  expect(text).toContain('Total: 15 errors, 16 warnings, 2 notes in 4 workbooks (2 not checked)');
  expect(text).toContain(
    "Partners' share of costs across 2 cost-sharing schedules (£300,000): Bromsgrove 45.3% (agreed 50%) · Redditch 54.7% (agreed 50%)",
  );
  const html = (await cli(['check', 'trackers', '--workers', '1', '--format', 'html'])).stdout;
  expect(html).toContain('<h2>Portfolio</h2>');
  expect(html).toContain('All cost-sharing schedules: partners');
});

test('one worker and two give the same report, stderr and exit code', async () => {
  // The JSON report holds every outcome whole: findings, tables, readings, changes, the portfolio.
  const one = await cli(['check', 'trackers', '--workers', '1', '--format', 'json']);
  const two = await cli(['check', 'trackers', '--workers', '2', '--format', 'json']);
  expect(two).toEqual(one);
  expect(one.code).toBe(2);
}, 120_000);

test('on a terminal, one bar shows the progress across the workbooks, wiped before each problem line', async () => {
  const run = await runCli(['check', 'trackers', '--workers', '2', '--fail-on', 'never'], {
    cwd: scratch.dir,
    stderrTTY: true,
  });
  expect(run.stderr).toMatch(/\[#*-*\] +\d+% \d of 4 workbooks · plan\.xlsx: /);
  // Each problem line starts a line of its own: the bar, if drawn, is wiped first (spaces between two returns).
  const lines = run.stderr.split('\n').filter((l) => l.includes('concordat: '));
  expect(lines.map((l) => l.slice(l.indexOf('concordat: ')))).toEqual([
    expect.stringMatching(/^concordat: trackers\/bad\/locked\.xlsx: is password-protected/),
    expect.stringMatching(/^concordat: trackers\/bad\/notazip\.xlsx: is a text file/),
  ]);
  for (const line of lines) expect(line.slice(0, line.indexOf('concordat: '))).toMatch(/(^|\r *\r)$/);
}, 120_000);

test('--out mirrors the folders, and a run into a folder inside leaves it out', async () => {
  const run = await json(['check', 'trackers', '--workers', '1', '--out', 'trackers/checked/', '--fail-on', 'never']);
  expect(run.report.files.map((f) => f.output)).toEqual([
    null,
    null,
    'trackers/checked/bromsgrove/plan.checked.xlsx',
    'trackers/checked/redditch/plan.checked.xlsx',
  ]);
  const again = await json(['check', 'trackers', '--workers', '1', '--out', 'trackers/checked/', '--fail-on', 'never']);
  expect(again.report.files.map((f) => f.file)).toEqual(CHECKED);
});

test('a folder with no workbook is refused in one line', async () => {
  mkdirSync(path.join(scratch.dir, 'empty/sub'), { recursive: true });
  put('empty/sub/plan.checked.xlsx', 'x');
  const run = await cli(['check', 'empty']);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    'concordat: empty: has no .xlsx or .xlsm workbook to check (checked copies are left out); give the folder that holds the workbooks, or name the workbooks themselves [input.no-workbooks]\n',
  );
  const json = await cli(['check', 'empty', '--format', 'json']);
  expect(json.code).toBe(2);
  expect(JSON.parse(json.stdout).error.code).toBe('input.no-workbooks');
});

test('--workers takes a whole number of workers', async () => {
  const run = await cli(['check', 'trackers', '--workers', '0']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--workers takes a whole number from 1 to 64, not "0"/);
});
