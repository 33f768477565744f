/**
 * Files that are not regular files (issue 15, item 3). Reading: a device (/dev/zero, /dev/urandom)
 * would be read until memory ran out and a FIFO blocks whoever opens it, so workbooks, profiles and
 * rule packs are read only when they are regular files, and never past their limit even when the
 * file's size says otherwise. Writing: a report or copy never replaces a device or FIFO with a
 * regular file. Tests on a FIFO time out in seconds if that regresses, and release the FIFO after.
 */
import { closeSync, constants, cpSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { readFileBytes } from '../../src/cli/workbook-file';
import type { ErrorCode } from '../../src/core/errors';
import { expectRefusal, folderContents, runCli, scratchDir, writeFixture } from '../../testkit/cli/run-cli';
import { RULES_DIR } from '../../testkit/packs';

let scratch: { dir: string; remove: () => void };
let dir: string;
const fifos: string[] = [];
beforeEach(async () => {
  scratch = scratchDir();
  dir = scratch.dir;
  await writeFixture(dir, 'plan.xlsx');
});
afterEach(() => {
  // Should a read have blocked on a FIFO, a writer opening it lets that read finish (at end of file).
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is waiting to read it
    }
  }
  scratch.remove();
});

const cli = (args: string[]) => runCli(args, { cwd: dir });

function fifo(name: string): string {
  const file = path.join(dir, name);
  execFileSync('mkfifo', [file]);
  fifos.push(file);
  return file;
}

const refused = (args: string[], message: string, code: ErrorCode, fix?: string) =>
  expectRefusal(args, message, code, dir, fix);

describe('only regular files are read', () => {
  test.each(['/dev/zero', '/dev/urandom'])('check %s is refused without reading it', async (device) => {
    await refused(['check', device, '--quiet'], `${device}: is a character device, not a workbook`, 'input.not-a-file');
  });

  test('a FIFO named like a workbook is refused, not waited on', async () => {
    fifo('x.xlsx');
    await refused(['check', 'x.xlsx', '--quiet'], 'x.xlsx: is a named pipe (FIFO), not a workbook', 'input.not-a-file');
  }, 5000);

  test('a rule pack that is a symbolic link to /dev/zero', async () => {
    cpSync(RULES_DIR, path.join(dir, 'rules'), { recursive: true });
    symlinkSync('/dev/zero', path.join(dir, 'rules', 'zero.json'));
    await refused(
      ['check', 'plan.xlsx', '--rules', 'rules'],
      'rules/zero.json: is a character device, not a JSON file',
      'input.not-a-file',
    );
  });

  test('a profile that is a FIFO', async () => {
    fifo('profile.json');
    await refused(
      ['check', 'plan.xlsx', '--profile', 'profile.json'],
      'profile.json: is a named pipe (FIFO), not a JSON file',
      'input.not-a-file',
    );
  }, 5000);

  // /proc files say they are 0 bytes long and are not: the read itself stops at the limit.
  (process.platform === 'linux' ? test : test.skip)(
    'a file whose size says 0 is read up to the limit and no further (Linux /proc)',
    async () => {
      const file = '/proc/self/cmdline';
      const length = readFileSync(file).length;
      const limits = (maxFileBytes: number) => ({ ...DEFAULT_LIMITS, maxFileBytes });
      expect((await readFileBytes(file, limits(length))).length).toBe(length);
      await expect(readFileBytes(file, limits(length - 1))).rejects.toThrow(
        `is ${length} bytes, over the ${length - 1} bytes limit`,
      );
    },
  );
});

describe('outputs go only to regular files or standard output', () => {
  test('a report onto a FIFO leaves the FIFO as it is', async () => {
    fifo('report.md');
    await refused(
      ['check', 'plan.xlsx', '--report', 'report.md', '--format', 'md'],
      'report.md: is a named pipe (FIFO); Concordat writes only to regular files, so nothing was written',
      'output.not-a-file',
    );
  }, 5000);

  test('a report onto a device, reached through a symbolic link, leaves the link as it is', async () => {
    symlinkSync('/dev/null', path.join(dir, 'void.md'));
    await refused(
      ['check', 'plan.xlsx', '--report', 'void.md'],
      'void.md: is a character device; Concordat writes only to regular files, so nothing was written',
      'output.not-a-file',
    );
  });

  test('a checked copy onto a FIFO', async () => {
    fifo('copy.xlsx');
    await refused(
      ['check', 'plan.xlsx', '--out', 'copy.xlsx'],
      'copy.xlsx: is a named pipe (FIFO); Concordat writes only to regular files, so nothing was written',
      'output.not-a-file',
    );
  }, 5000);

  test('a report onto an existing regular file replaces it (just inside)', async () => {
    writeFileSync(path.join(dir, 'report.md'), 'last week');
    const r = await cli(['check', 'plan.xlsx', '--report', 'report.md', '--format', 'md']);
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toMatch(/^# Concordat/);
  });

  test('--report - writes the report to standard output and no file', async () => {
    mkdirSync(path.join(dir, 'x'));
    const r = await cli(['check', 'plan.xlsx', '--report', '-', '--format', 'md', '--out', 'x/']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^# Concordat check: plan\.xlsx/);
    expect([...folderContents(dir).keys()]).toEqual(['plan.xlsx', 'x', 'x/plan.checked.xlsx']);
  });
});
