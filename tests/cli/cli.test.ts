/** The command line as a user meets it: output, exit codes, refusals, and never harming the input. */
import { appendFileSync, promises as fs, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { FLAGS_HEADER, REPORT_SHEET } from '../../src/core/snapshot';
import { main } from '../../src/cli/main';
import { packageVersion } from '../../src/cli/package-info';
import { CSV_HEADERS } from '../../src/cli/reports/csv-report';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { asOfMessage } from '../../src/core/as-of';
import { fixFor } from '../../src/core/errors';
import * as prepareModule from '../../src/core/prepare';
import { describeWorkbook } from '../../testkit/cli/describe-workbook';
import { loadFromBuffer } from '../../testkit/cli/realistic-workbook';
import { cleanWorkbook, oneLineError, refusalLine, runCli, scratchDir, writeFixture } from '../../testkit/cli/run-cli';
import { buildZip, oleFile } from '../../testkit/cli/zip-bytes';
import { ownersPack } from '../../testkit/packs';

let scratch: { dir: string; remove: () => void };
let dir: string;

beforeEach(() => {
  scratch = scratchDir();
  dir = scratch.dir;
});
afterEach(() => scratch.remove());

const cli = (args: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(args, { cwd: dir, ...extra });

describe('help and version', () => {
  test('--help lists the commands and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: concordat');
    for (const command of ['check', 'clear', 'rules']) expect(r.stdout).toContain(command);
  });

  test('check --help explains the exit codes', async () => {
    const r = await cli(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--fail-on');
    expect(r.stdout).toContain('1  findings at or above --fail-on');
  });

  test('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${packageVersion()}\n`, stderr: '' });
  });

  test('no arguments shows help and exits 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Usage: concordat');
  });
});

describe('usage errors exit 2 with one line', () => {
  test.each([
    [['check', 'x.xlsx', '--nope'], "unknown option '--nope'"],
    [
      ['check', 'x.xlsx', '--format', 'pdf'],
      "option '--format <format>' argument 'pdf' is invalid. Allowed choices are text, json, csv, md, html",
    ],
    [['check', 'x.xlsx', '--in-plac'], "unknown option '--in-plac' (Did you mean --in-place?)"],
    [['check'], "missing required argument 'workbooks'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('%j', async (args, expected) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusalLine(expected, 'usage.invalid'));
  });

  test('--in-place with --out', async () => {
    await writeFixture(dir, 'plan.xlsx');
    const r = await cli(['check', 'plan.xlsx', '--in-place', '--out', 'x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      refusalLine('--in-place and --out cannot be used together', 'usage.invalid', 'give one or the other'),
    );
  });

  test('--out naming one file for several workbooks', async () => {
    const r = await cli(['check', 'a.xlsx', 'b.xlsx', '--out', 'c.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('names one file, but 2 workbooks were given');
  });
});

describe('exit codes from findings', () => {
  test('0 when nothing is at or above --fail-on', async () => {
    await writeFixture(dir, 'clean.xlsx', await cleanWorkbook());
    const r = await cli(['check', 'clean.xlsx', '--as-of', '2011-03-31']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('clean.xlsx: 0 errors, 0 warnings, 0 notes');
  });

  test('1 when there are errors, 0 with --fail-on never', async () => {
    await writeFixture(dir, 'plan.xlsx');
    const r = await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/plan\.xlsx: \d+ errors?, \d+ warnings?, \d+ notes?/);
    expect((await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--fail-on', 'never'])).code).toBe(0);
  });

  test('--fail-on warning counts warnings', async () => {
    await writeFixture(dir, 'plan.xlsx');
    const json = JSON.parse(
      (await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--format', 'json'])).stdout,
    ) as JsonReport;
    expect(json.summary.counts.warning).toBeGreaterThan(0);
    expect((await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--fail-on', 'warning'])).code).toBe(1);
  });
});

describe('unreadable workbooks exit 2 with one line naming the file', () => {
  const cases: [string, () => Buffer, string][] = [
    ['empty.xlsx', () => Buffer.alloc(0), 'is empty (0 bytes)'],
    ['renamed.xlsx', () => Buffer.from('Ref,Action\nR1,Do it\n'), 'is a text file (perhaps CSV) renamed as .xlsx'],
    ['old.xls.xlsx', () => oleFile('Workbook'), 'is an old-format .xls workbook'],
    ['locked.xlsx', () => oleFile('EncryptedPackage'), 'is password-protected'],
    ['notes.xlsx', () => buildZip([{ name: 'readme.txt', data: 'hello' }]), 'is a zip file but not an Excel workbook'],
    [
      'cut.xlsx',
      () => buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]).subarray(0, 40),
      'is truncated or damaged',
    ],
    [
      'bomb.xlsx',
      () =>
        buildZip([
          { name: 'xl/workbook.xml', data: '<workbook/>' },
          { name: 'xl/worksheets/sheet1.xml', data: 'x', declaredSize: 0xfffffff0 },
        ]),
      'possible zip bomb',
    ],
  ];
  test.each(cases)('%s', async (name, bytes, expected) => {
    await writeFixture(dir, name, bytes());
    const r = await cli(['check', name]);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr).toMatch(new RegExp(`^concordat: ${name.replace(/\./g, '\\.')}: `));
    expect(r.stderr).toContain(expected);
    expect(readdirSync(dir)).toEqual([name]); // nothing written
  });

  test('a missing file: one line on stderr, nothing on stdout', async () => {
    for (const command of ['check', 'explain', 'clear']) {
      const r = await cli([command, 'nowhere.xlsx']);
      expect(r).toEqual({ code: 2, stdout: '', stderr: refusalLine('nowhere.xlsx: no such file', 'input.missing') });
    }
  });

  test('a missing file with --format json: the same line, and the code in the report for a script', async () => {
    const r = await cli(['check', 'nowhere.xlsx', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusalLine('nowhere.xlsx: no such file', 'input.missing'));
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.error).toBeNull();
    expect(json.files[0]).toMatchObject({
      file: 'nowhere.xlsx',
      output: null,
      error: { code: 'input.missing', message: 'no such file', fix: fixFor('input.missing') },
    });
    expect(json.summary).toMatchObject({ files: 1, filesChecked: 0, filesFailed: 1 });
  });

  // The kernel refuses to read this file from its start, as a failing disk would refuse a workbook.
  (process.platform === 'linux' ? test : test.skip)('a file that cannot be read (Linux /proc/self/mem)', async () => {
    const r = await cli(['explain', '/proc/self/mem']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: refusalLine('/proc/self/mem: input/output error on the disk', 'input.unreadable'),
    });
  });

  test('a missing profile with --format json: the report names the file in its error', async () => {
    await writeFixture(dir, 'plan.xlsx');
    const r = await cli(['check', 'plan.xlsx', '--profile', 'nope.json', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusalLine('nope.json: no such file', 'input.missing'));
    expect(JSON.parse(r.stdout)).toMatchObject({
      error: { code: 'input.missing', message: 'nope.json: no such file', fix: fixFor('input.missing') },
      files: [],
    });
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  test('a bad --as-of is refused before any file is read, with its code (and in the JSON report)', async () => {
    const message = asOfMessage('31/02/2011');
    const r = await cli(['check', 'nowhere.xlsx', '--as-of', '31/02/2011']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: refusalLine(message, 'as-of.invalid') });
    const json = await cli(['check', 'nowhere.xlsx', '--as-of', '31/02/2011', '--format', 'json']);
    expect(json.stderr).toBe(r.stderr);
    expect(JSON.parse(json.stdout)).toMatchObject({
      schema: 4,
      error: { code: 'as-of.invalid', message, fix: fixFor('as-of.invalid') },
      files: [],
      summary: { files: 0, filesFailed: 0 },
    });
  });

  test('one bad file among good ones: the good ones are still checked, the exit code is 2', async () => {
    await writeFixture(dir, 'good.xlsx', await cleanWorkbook());
    await writeFixture(dir, 'bad.xlsx', Buffer.from('not a workbook'));
    const r = await cli(['check', 'good.xlsx', 'bad.xlsx', '--as-of', '2011-03-31']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('good.xlsx: 0 errors');
    expect(r.stdout).toContain('bad.xlsx: not checked');
    expect(readdirSync(dir).sort()).toEqual(['bad.xlsx', 'good.checked.xlsx', 'good.xlsx']);
  });
});

describe('rule packs and profiles', () => {
  test('a profile with a JSON mistake is reported with line and column', async () => {
    await writeFixture(dir, 'plan.xlsx');
    writeFileSync(path.join(dir, 'profile.json'), '{\n  "name": "Bromsgrove and Redditch",\n  "dueSoonDays": 30,\n}\n');
    const r = await cli(['check', 'plan.xlsx', '--profile', 'profile.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      refusalLine(
        'profile.json: is not valid JSON: line 4, column 1: expected a property name in double quotes (no comma before })',
        'profile.invalid',
      ),
    );
  });

  test('a profile that is valid JSON but not a valid profile names the JSON path', async () => {
    await writeFixture(dir, 'plan.xlsx');
    writeFileSync(path.join(dir, 'profile.json'), '{ "dueSoonDays": "soon" }');
    const r = await cli(['check', 'plan.xlsx', '--profile', 'profile.json']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr).toContain('profile.json: not a valid profile: $.dueSoonDays');
    expect(r.stderr).toMatch(/ \[profile\.invalid\]\n$/);
  });

  test('a profile names extra rule packs beside it, and check and rules both use them', async () => {
    await writeFixture(dir, 'plan.xlsx');
    mkdirSync(path.join(dir, 'team', 'packs'), { recursive: true });
    writeFileSync(path.join(dir, 'team', 'packs', 'board.json'), JSON.stringify(ownersPack()));
    writeFileSync(path.join(dir, 'team', 'profile.json'), JSON.stringify({ packs: ['packs/board.json'] }));
    const r = await cli([
      'check',
      'plan.xlsx',
      '--profile',
      'team/profile.json',
      '--format',
      'json',
      '--fail-on',
      'never',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files[0].packs).toContain('board-extras@1.0.0');
    expect(json.files[0].findings.some((f) => f.ruleId === 'board.has-owner')).toBe(true);
    const listed = await cli(['rules', '--profile', 'team/profile.json']);
    expect(listed.stdout).toContain('board.has-owner');
  });

  test('a rules folder with no packs in it', async () => {
    await writeFixture(dir, 'plan.xlsx');
    mkdirSync(path.join(dir, 'rules'));
    const r = await cli(['check', 'plan.xlsx', '--rules', 'rules']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: refusalLine('rules: has no rule packs (*.json)', 'pack.none') });
  });

  test('a bad rule pack is named once, before any workbook is opened', async () => {
    await writeFixture(dir, 'plan.xlsx');
    mkdirSync(path.join(dir, 'rules'));
    writeFileSync(
      path.join(dir, 'rules', 'mine.json'),
      JSON.stringify({ pack: 'mine', version: '1', subject: 'action', rules: [] }),
    );
    const r = await cli(['check', 'plan.xlsx', '--rules', 'rules']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr).toContain('concordat: rules/mine.json: not a valid rule pack');
    expect(r.stderr).toMatch(/ \[pack\.invalid\]\n$/);
    expect(readdirSync(dir).sort()).toEqual(['plan.xlsx', 'rules']);
  });

  test('rules lists the catalogue and applies the profile switches', async () => {
    writeFileSync(
      path.join(dir, 'profile.json'),
      JSON.stringify({ rules: { 'deadline.due-soon': { enabled: false }, 'owner.multiple': { severity: 'error' } } }),
    );
    const r = await cli(['rules', '--profile', 'profile.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Rule\s+Severity\s+On\s+Pack\s+Title: description/);
    expect(r.stdout).toMatch(
      /owner\.missing\s+error\s+on\s+action-plan\s+No officer responsible: An action or recommendation with no officer responsible \(one rejected, withdrawn or superseded asks nothing of anyone, and is not flagged\)\./,
    );
    expect(r.stdout).toMatch(/deadline\.due-soon\s+note\s+off/);
    expect(r.stdout).toMatch(/owner\.multiple\s+error\s+on/);
  });

  test('rules prepares the packs and the profile once, with prepareCheck, as check does', async () => {
    mkdirSync(path.join(dir, 'team', 'packs'), { recursive: true });
    writeFileSync(path.join(dir, 'team', 'packs', 'board.json'), JSON.stringify(ownersPack()));
    writeFileSync(path.join(dir, 'team', 'profile.json'), JSON.stringify({ packs: ['packs/board.json'] }));
    const prepare = jest.spyOn(prepareModule, 'prepareCheck');
    try {
      const r = await cli(['rules', '--profile', 'team/profile.json']);
      expect(r.code).toBe(0);
      expect(prepare).toHaveBeenCalledTimes(1);
      const [packs, profile] = prepare.mock.calls[0];
      expect(packs.map((p) => p.source)).toContain('team/packs/board.json');
      expect(profile).toMatchObject({ source: 'team/profile.json' });
    } finally {
      prepare.mockRestore();
    }
  });
});

describe('report formats', () => {
  beforeEach(async () => {
    await writeFixture(dir, 'plan.xlsx');
  });

  test('json follows the documented schema', async () => {
    const r = await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--format', 'json']);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json).toMatchObject({
      tool: 'concordat',
      schema: 4,
      version: packageVersion(),
      error: null,
      asOf: '2011-03-31',
      ranAt: '2011-03-31T09:00:00.000Z',
    });
    expect(json.files).toHaveLength(1);
    const file = json.files[0];
    expect(file).toMatchObject({ file: 'plan.xlsx', output: 'plan.checked.xlsx', error: null, asOf: '2011-03-31' });
    expect(file.counts.total).toBe(file.findings.length);
    expect(Object.keys(file.findings[0]).sort()).toEqual([
      'acceptance',
      'address',
      'column',
      'facts',
      'fingerprint',
      'firstSeen',
      'header',
      'hint',
      'message',
      'new',
      'pack',
      'row',
      'ruleId',
      'severity',
      'sheet',
      'title',
      'value',
    ]);
    expect(file.tables[0]).toMatchObject({ sheet: 'Action plan', kind: 'action-plan', headerRow: 3 });
    expect(json.summary).toMatchObject({ files: 1, filesChecked: 1, filesFailed: 0, failOn: 'error', failed: true });
    expect(Object.values(json.summary.byRule).reduce((a, b) => a + b, 0)).toBe(json.summary.counts.total);
  });

  test('csv has a BOM, the header row and one row a finding', async () => {
    const r = await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--format', 'csv']);
    expect(r.stdout.startsWith('\uFEFFFile,Sheet,Cell,Severity')).toBe(true);
    const lines = r.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADERS.join(','));
    const json = JSON.parse(
      (await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--format', 'json'])).stdout,
    ) as JsonReport;
    expect(lines).toHaveLength(json.summary.counts.total + 1);
  });

  test('md is a summary and tables', async () => {
    const r = await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--format', 'md']);
    expect(r.stdout).toMatch(/^# Concordat check: plan\.xlsx\n/);
    expect(r.stdout).toContain('As of **31 March 2011**');
    expect(r.stdout).toContain('| Workbook | Errors | Warnings | Notes | Since last check | Checked copy |');
    expect(r.stdout).toContain('### Action plan');
  });

  test('html is one self-contained file', async () => {
    const r = await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--format', 'html']);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('<svg');
    expect(r.stdout).not.toMatch(/<script|<link|src="http|href="http/i);
  });

  test('--report writes the file and prints the short summary', async () => {
    const r = await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--format', 'md', '--report', 'out/report.md']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(dir, 'out/report.md'), 'utf8')).toMatch(/^# Concordat check/);
    expect(r.stdout).toContain('Report: out/report.md');
    expect(r.stdout).not.toContain('→'); // no finding details in the short summary
  });

  test('--quiet prints nothing for a text report', async () => {
    const r = await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--quiet']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
  });
});

describe('colour and progress', () => {
  beforeEach(async () => {
    await writeFixture(dir, 'a.xlsx');
    await writeFixture(dir, 'b.xlsx', await cleanWorkbook());
  });

  test('severities are coloured only on a terminal, and never with NO_COLOR', async () => {
    const args = ['check', 'a.xlsx', '--as-of', '2011-03-31'];
    expect((await cli(args, { stdoutTTY: true })).stdout).toContain('\u001b[31m');
    expect((await cli(args, { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await cli(args)).stdout).not.toContain('\u001b[');
  });

  test('a progress bar goes to a terminal stderr for several files, not with --quiet, not to a pipe', async () => {
    const args = ['check', 'a.xlsx', 'b.xlsx', '--as-of', '2011-03-31', '--out', 'out/'];
    const tty = await cli(args, { stderrTTY: true });
    expect(tty.stderr).toMatch(/\r\[#*-*\]\s+\d+% a\.xlsx: /);
    expect(tty.stderr.endsWith('\r')).toBe(true); // wiped at the end
    expect((await cli([...args, '--quiet'], { stderrTTY: true })).stderr).toBe('');
    expect((await cli(args)).stderr).toBe('');
  });
});

describe('where the workbook is written', () => {
  test('the input is never modified without --in-place; the copy is <name>.checked.xlsx beside it', async () => {
    const input = await writeFixture(dir, 'plan.xlsx');
    const before = readFileSync(input);
    const r = await cli(['check', 'plan.xlsx', '--as-of', '2011-03-31']);
    expect(r.stdout).toContain('Checked copy: plan.checked.xlsx');
    expect(readFileSync(input).equals(before)).toBe(true);
    const copy = await loadFromBuffer(readFileSync(path.join(dir, 'plan.checked.xlsx')));
    expect(copy.getWorksheet(REPORT_SHEET)).toBeDefined();
  });

  test('--out DIR and --out FILE', async () => {
    await writeFixture(dir, 'plan.xlsx');
    await cli(['check', 'plan.xlsx', '--out', 'checked/']);
    await cli(['check', 'plan.xlsx', '--out', 'named.xlsx']);
    expect(readdirSync(path.join(dir, 'checked'))).toEqual(['plan.checked.xlsx']);
    expect(readdirSync(dir).sort()).toEqual(['checked', 'named.xlsx', 'plan.xlsx']);
  });

  test('--out may not name the input itself', async () => {
    await writeFixture(dir, 'plan.xlsx');
    const r = await cli(['check', 'plan.xlsx', '--out', 'plan.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      refusalLine(
        'plan.xlsx: the output would replace the input',
        'output.conflict',
        'use --in-place to do that on purpose',
      ),
    );
  });

  test('--in-place replaces the file and leaves no temporary file', async () => {
    await writeFixture(dir, 'plan.xlsx');
    const r = await cli(['check', 'plan.xlsx', '--in-place', '--as-of', '2011-03-31']);
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
    const wb = await loadFromBuffer(readFileSync(path.join(dir, 'plan.xlsx')));
    const ws = wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
    expect(ws.getCell('G3').value).toBe(FLAGS_HEADER);
  });

  test('--in-place on a workbook that changes while it is checked leaves it as it now is', async () => {
    const input = await writeFixture(dir, 'plan.xlsx');
    await writeFixture(dir, 'other.xlsx');
    let stderr = '';
    // With two files the progress bar is drawn; when it says plan.xlsx is being saved, another program writes to it.
    const code = await main(['check', 'plan.xlsx', 'other.xlsx', '--in-place'], {
      stdout: { write: () => true },
      stderr: {
        isTTY: true,
        columns: 200,
        write: (chunk: string) => {
          if (chunk.includes('plan.xlsx: Saving')) appendFileSync(input, 'edited elsewhere');
          stderr += chunk;
          return true;
        },
      },
      env: {},
      cwd: dir,
      now: () => new Date('2011-03-31T09:00:00Z'),
    });
    expect(code).toBe(2);
    expect(stderr).toContain(
      refusalLine('plan.xlsx: changed on disk while it was being processed; it was left as it is', 'input.changed'),
    );
    expect(readFileSync(input).toString('latin1').endsWith('edited elsewhere')).toBe(true);
  });

  test('--in-place that fails part-way through writing leaves the original byte-identical', async () => {
    const input = await writeFixture(dir, 'plan.xlsx');
    const before = readFileSync(input);
    const failing = async (temp: string, data: Buffer) => {
      await fs.writeFile(temp, data.subarray(0, data.length >> 1));
      throw new Error('disk full');
    };
    const r = await cli(['check', 'plan.xlsx', '--in-place'], { tempWriter: failing });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      refusalLine('plan.xlsx: could not write the file (disk full); the original is unchanged', 'write.failed'),
    );
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  test('--in-place on a package with no workbook relationships is refused in one line, the file left as it was', async () => {
    const xlsm = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/vbaProject.bin', data: Buffer.alloc(8) },
    ]);
    const input = await writeFixture(dir, 'macros.xlsx', xlsm);
    const r = await cli(['check', 'macros.xlsx', '--in-place']);
    expect(r.code).toBe(2);
    oneLineError(r.stderr);
    expect(r.stderr).toMatch(
      /^concordat: macros\.xlsx: (has no relationships for its workbook part|could not be read)/,
    );
    expect(readFileSync(input).equals(xlsm)).toBe(true);
  });
});

describe('clear', () => {
  test('writes <name>.cleared.xlsx equal to the workbook before it was checked', async () => {
    const input = await writeFixture(dir, 'plan.xlsx');
    await cli(['check', 'plan.xlsx']);
    const r = await cli(['clear', 'plan.checked.xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^plan\.checked\.xlsx: removed 1 flags column, \d+ highlight rules, sheets Concordat report, Concordat log; written to plan\.cleared\.xlsx\n$/,
    );
    const original = describeWorkbook(await loadFromBuffer(readFileSync(input)));
    const cleared = describeWorkbook(await loadFromBuffer(readFileSync(path.join(dir, 'plan.cleared.xlsx'))));
    expect(cleared).toEqual(original);
  });

  test('a workbook with nothing to clear is left alone', async () => {
    await writeFixture(dir, 'plan.xlsx');
    const r = await cli(['clear', 'plan.xlsx']);
    expect(r).toEqual({ code: 0, stdout: 'plan.xlsx: no Concordat output found; nothing written\n', stderr: '' });
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  test('--in-place clears the file itself', async () => {
    await writeFixture(dir, 'plan.xlsx');
    await cli(['check', 'plan.xlsx', '--in-place']);
    expect((await cli(['clear', 'plan.xlsx', '--in-place'])).code).toBe(0);
    const wb = await loadFromBuffer(readFileSync(path.join(dir, 'plan.xlsx')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Action plan', 'Savings', 'Notes']);
  });

  test('an unreadable file exits 2', async () => {
    await writeFixture(dir, 'bad.xlsx', Buffer.alloc(0));
    const r = await cli(['clear', 'bad.xlsx']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: refusalLine('bad.xlsx: is empty (0 bytes)', 'input.damaged') });
  });
});
