/**
 * Nothing a workbook, a rule pack or a file name holds can steer the user's terminal (issue 15,
 * item 10): control characters (a line break starting a fake "ALL CHECKS PASSED" line, ESC and
 * the one-byte CSI starting a terminal command) and bidirectional controls (U+202E showing
 * "exe.doc" as "cod.exe") are shown as visible escapes in everything printed — the text report,
 * the short summary, problem lines, the progress bar, `explain`, `rules`, `clear` — and each problem
 * stays one line. JSON on stdout uses JSON's own escapes, so it parses to the exact text.
 */
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { forTerminal } from '../../src/cli/terminal-text';
import { cleanWorkbook, oneLineError, refusalLine, runCli, scratchDir, writeFixture } from '../../testkit/cli/run-cli';
import { ownersPack } from '../../testkit/packs';
import { rezip } from '../../testkit/cli/zip-bytes';
import { TERMINAL_SHEET, terminalTextWorkbook } from './support/hostile-text';

/** What must never reach a terminal raw; `\n` is allowed only as our own line ends. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const SHEET_SHOWN = 'P\\nALL CHECKS PASSED\\u009B\\u202Eexe.doc';
/** A file name with a screen-clearing command, a fake line and a right-to-left override. */
const FILE = 'plan\u001b[2J\n\u202Eslx.xlsx';
const FILE_SHOWN = 'plan\\u001B[2J\\n\\u202Eslx.xlsx';

let scratch: { dir: string; remove: () => void };
let dir: string;
beforeEach(async () => {
  scratch = scratchDir();
  dir = scratch.dir;
  await writeFixture(dir, 'sheet.xlsx', await terminalTextWorkbook());
  await writeFixture(dir, FILE, await cleanWorkbook());
});
afterEach(() => scratch.remove());

const cli = (args: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(args, { cwd: dir, ...extra });

/** No raw control, and no line our output did not start (a fake one would begin "ALL CHECKS"). */
function safe(text: string): void {
  expect(text).not.toMatch(RAW);
  expect(text).not.toMatch(/^ALL CHECKS/m);
}

describe('forTerminal, the one function all terminal text goes through', () => {
  test('escapes each control and bidirectional character, and nothing next to them', () => {
    const escaped = [0x00, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x9b, 0x9f, 0x61c, 0x200e, 0x200f];
    escaped.push(0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069);
    for (const code of escaped) expect(forTerminal(String.fromCharCode(code))).toMatch(/^\\(n|r|t|u[0-9A-F]{4})$/);
    // Just outside each range: space, ~, no-break space, Arabic comma, ZWJ, U+202F, U+2065, U+206A.
    const kept = [0x20, 0x7e, 0xa0, 0x60c, 0x200d, 0x202f, 0x2065, 0x206a];
    for (const code of kept) expect(forTerminal(String.fromCharCode(code))).toBe(String.fromCharCode(code));
    expect(forTerminal('£120k → ✖ Café')).toBe('£120k → ✖ Café');
    expect(forTerminal('a\nb\r\n\u202E', { document: true })).toBe('a\nb\r\n\\u202E');
  });
});

describe('check', () => {
  test('the text report shows a sheet name with a line break and overrides as escapes', async () => {
    const r = await cli(['check', 'sheet.xlsx', '--as-of', '2011-03-31']);
    expect(r.code).toBe(1);
    safe(r.stdout);
    expect(r.stdout).toContain(`  Sheets:  ${SHEET_SHOWN} 2`);
    expect(r.stdout).toContain(`\n  ${SHEET_SHOWN}\n`);
    expect(r.stdout).toContain('No officer responsible for R1\\u202E');
  });

  test('a file name reaches the report, the "Checked copy" line and the short summary escaped', async () => {
    const r = await cli(['check', FILE, '--as-of', '2011-03-31']);
    safe(r.stdout);
    expect(r.stdout).toContain(`${FILE_SHOWN}: 0 errors`);
    expect(r.stdout).toContain(`Checked copy: ${FILE_SHOWN.replace('.xlsx', '.checked.xlsx')}`);
    mkdirSync(path.join(dir, '\u202Eout'));
    const summary = await cli(['check', FILE, '--report', '\u202Eout/r.md', '--format', 'md']);
    safe(summary.stdout);
    expect(summary.stdout).toContain('Report: \\u202Eout/r.md');
  });

  test('a problem with such a file is one line on stderr', async () => {
    const bad = 'bad\n\u001b[32mconcordat: ALL CHECKS PASSED\u202E.xlsx';
    writeFileSync(path.join(dir, bad), '');
    const r = await cli(['check', bad, '--quiet']);
    oneLineError(r.stderr);
    safe(r.stderr);
    expect(r.stderr).toBe(
      refusalLine('bad\\n\\u001B[32mconcordat: ALL CHECKS PASSED\\u202E.xlsx: is empty (0 bytes)', 'input.damaged'),
    );
  });

  test('an option value quoted back in a refusal stays on one line', async () => {
    const r = await cli(['check', 'sheet.xlsx', '--as-of', '2011\nALL CHECKS PASSED\u001b[2J']);
    expect(r.code).toBe(2);
    safe(r.stderr);
    expect(r.stderr).toContain('as-of date "2011\\nALL CHECKS PASSED\\u001B[2J" is not a day');
    const quoted = await cli(['check', 'sheet.xlsx', '--format', 'pdf\u001b[2J']);
    expect(quoted.code).toBe(2);
    oneLineError(quoted.stderr);
    safe(quoted.stderr);
    expect(quoted.stderr).toContain("argument 'pdf\\u001B[2J' is invalid");
  });

  test('the progress bar shows the file name escaped', async () => {
    const r = await cli(['check', FILE, 'sheet.xlsx', '--as-of', '2011-03-31'], { stderrTTY: true });
    // The bar redraws itself with carriage returns; nothing else raw may appear.
    safe(r.stderr.replace(/\r/g, ''));
    expect(r.stderr).toContain(FILE_SHOWN);
  });

  test('JSON on stdout escapes them in JSON’s own way and parses back to the exact names', async () => {
    const r = await cli(['check', 'sheet.xlsx', FILE, '--as-of', '2011-03-31', '--format', 'json']);
    safe(r.stdout);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files.map((f) => f.file)).toEqual(['sheet.xlsx', FILE]);
    expect(json.files[0].findings[0].sheet).toBe(TERMINAL_SHEET);
  });

  test('Markdown and CSV are escaped on a terminal, and exact when piped', async () => {
    for (const format of ['md', 'csv']) {
      const args = ['check', 'sheet.xlsx', '--as-of', '2011-03-31', '--format', format];
      const onTerminal = await cli(args, { stdoutTTY: true });
      safe(onTerminal.stdout.replace(/\r\n/g, '\n').replace(/"P\n/g, '"P'));
      expect(onTerminal.stdout).toContain('\\u202E');
      expect((await cli(args)).stdout).toContain('\u202E');
    }
  });
});

test('explain prints sheet names escaped', async () => {
  const r = await cli(['explain', 'sheet.xlsx']);
  expect(r.code).toBe(0);
  safe(r.stdout);
  expect(r.stdout).toContain(SHEET_SHOWN);
});

test('rules lists a pack’s description escaped', async () => {
  mkdirSync(path.join(dir, 'rules'));
  const pack = ownersPack('board', 'Lists owners.\n\u001b[2JALL CHECKS PASSED\u202E');
  writeFileSync(path.join(dir, 'rules', 'board.json'), JSON.stringify(pack));
  const r = await cli(['rules', '--rules', 'rules']);
  expect(r.stderr).toBe('');
  safe(r.stdout);
  expect(r.stdout).toContain('Lists owners.\\n\\u001B[2JALL CHECKS PASSED\\u202E');
});

test('clear prints file names escaped', async () => {
  await cli(['check', FILE]);
  const checked = FILE.replace('.xlsx', '.checked.xlsx');
  const r = await cli(['clear', checked]);
  expect(r.code).toBe(0);
  safe(r.stdout);
  expect(r.stdout).toMatch(
    /^plan\\u001B\[2J\\n\\u202Eslx\.checked\.xlsx: removed .*; written to plan\\u001B\[2J\\n\\u202Eslx\.cleared\.xlsx\n$/,
  );
  const nothing = await cli(['clear', FILE]);
  expect(nothing.stdout).toBe(`${FILE_SHOWN}: no Concordat output found; nothing written\n`);
});

test('a sheet name too long for Excel is not echoed raw by the reading library', async () => {
  // XML cannot hold ESC; a line break and a right-to-left override it can.
  const long = `Plan&#10;ALL CHECKS PASSED\u202E${'x'.repeat(40)}`;
  const bytes = rezip(await cleanWorkbook(), {
    'xl/workbook.xml': (xml) => xml.replace('name="Action plan"', `name="${long}"`),
  });
  writeFileSync(path.join(dir, 'long.xlsx'), bytes);
  const warn = jest.spyOn(console, 'warn');
  try {
    const run = await cli(['check', 'long.xlsx', '--fail-on', 'never']);
    safe(run.stdout);
    safe(run.stderr);
    expect(warn).not.toHaveBeenCalled();
  } finally {
    warn.mockRestore();
  }
});
