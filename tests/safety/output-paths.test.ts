/**
 * Where a run writes (issue 15, items 1, 3 and 11): no output replaces a file the run reads (a
 * workbook, the profile, a rule pack) or another output of the same run, whatever name it is
 * reached by (a symbolic link, a hard link, `a/../`); --in-place through a symbolic link rewrites
 * the file it points to and keeps the link; a folder that cannot be made is named in one line.
 * Every refusal is one line, exit code 2, and leaves the folder exactly as it was.
 */
import {
  chmodSync,
  cpSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import * as path from 'path';
import { FLAGS_HEADER } from '../../src/core/snapshot';
import { loadFromBuffer } from '../../testkit/cli/realistic-workbook';
import type { ErrorCode } from '../../src/core/errors';
import { expectRefusal, folderContents, refusalLine, runCli, scratchDir, writeFixture } from '../../testkit/cli/run-cli';
import { RULES_DIR } from '../../testkit/packs';

let scratch: { dir: string; remove: () => void };
let dir: string;
beforeEach(async () => {
  scratch = scratchDir();
  dir = scratch.dir;
  await writeFixture(dir, 'plan.xlsx');
});
afterEach(() => scratch.remove());

const cli = (args: string[], extra: Partial<Parameters<typeof runCli>[1]> = {}) => runCli(args, { cwd: dir, ...extra });

const refused = (args: string[], message: string, code: ErrorCode, fix?: string) =>
  expectRefusal(args, message, code, dir, fix);

describe('a report never replaces a workbook or a copy', () => {
  test.each([
    [['--report', 'plan.xlsx', '--format', 'md']],
    [['--report', 'plan.xlsx', '--format', 'csv', '--in-place']],
    [['--report', 'sub/../plan.xlsx', '--format', 'md']],
  ])('check plan.xlsx %j', async (args) => {
    mkdirSync(path.join(dir, 'sub'));
    await refused(
      ['check', 'plan.xlsx', ...args],
      'plan.xlsx: the report would replace the workbook plan.xlsx; nothing was written',
      'output.conflict',
    );
  });

  test('nor the checked copy it is reported with', async () => {
    await refused(
      ['check', 'plan.xlsx', '--report', 'plan.checked.xlsx'],
      'plan.checked.xlsx: the checked copy of plan.xlsx and the report would both be written to it; nothing was written',
      'output.conflict',
    );
  });

  test('nor a workbook reached through a symbolic link or a hard link', async () => {
    symlinkSync('plan.xlsx', path.join(dir, 'soft.md'));
    linkSync(path.join(dir, 'plan.xlsx'), path.join(dir, 'hard.md'));
    for (const name of ['soft.md', 'hard.md'])
      await refused(
        ['check', 'plan.xlsx', '--report', name, '--format', 'md'],
        `${name}: the report would replace the workbook plan.xlsx; nothing was written`,
        'output.conflict',
      );
  });

  test('a report beside the workbook under its own name is written (just inside)', async () => {
    const r = await cli(['check', 'plan.xlsx', '--report', 'plan.md', '--format', 'md']);
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toMatch(/^# Concordat/);
  });
});

describe('a report never replaces the profile or a rule pack', () => {
  beforeEach(() => {
    // All the shipped packs but one in --rules; the profile names that one beside it.
    cpSync(RULES_DIR, path.join(dir, 'rules'), { recursive: true, filter: (f) => !f.endsWith('cells.json') });
    mkdirSync(path.join(dir, 'team'));
    cpSync(path.join(RULES_DIR, 'cells.json'), path.join(dir, 'team', 'cells.json'));
    writeFileSync(path.join(dir, 'team', 'profile.json'), JSON.stringify({ packs: ['cells.json'] }));
  });
  const args = ['check', 'plan.xlsx', '--rules', 'rules', '--profile', 'team/profile.json', '--report'];

  test.each([
    ['team/profile.json', 'the profile team/profile.json'],
    ['rules/action-plan.json', 'the rule pack rules/action-plan.json'],
    ['team/cells.json', 'the rule pack team/cells.json'],
  ])('--report %s', async (report, role) => {
    await refused(
      [...args, report, '--format', 'json'],
      `${report}: the report would replace ${role}; nothing was written`,
      'output.conflict',
    );
  });

  test('the same run with the report elsewhere is written (just inside)', async () => {
    const r = await cli([...args, 'team/report.json', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'team', 'report.json'), 'utf8'))).toHaveProperty('files');
  });
});

describe('a copy never replaces another input or another copy', () => {
  test('check plan.xlsx plan.checked.xlsx: the first copy would be the second workbook', async () => {
    cpSync(path.join(dir, 'plan.xlsx'), path.join(dir, 'plan.checked.xlsx'));
    await refused(
      ['check', 'plan.xlsx', 'plan.checked.xlsx'],
      'plan.checked.xlsx: the checked copy of plan.xlsx would replace the workbook plan.checked.xlsx; nothing was written',
      'output.conflict',
    );
  });

  test('two workbooks of one name into one --out folder: refused before the folder is made', async () => {
    for (const sub of ['a', 'b']) {
      mkdirSync(path.join(dir, sub));
      await writeFixture(path.join(dir, sub), 'plan.xlsx');
    }
    await refused(
      ['check', 'a/plan.xlsx', 'b/plan.xlsx', '--out', 'out/'],
      'out/plan.checked.xlsx: the checked copy of a/plan.xlsx and the checked copy of b/plan.xlsx would both be written to it; nothing was written',
      'output.conflict',
    );
  });

  test('two workbooks of different names into one --out folder are both written (just inside)', async () => {
    mkdirSync(path.join(dir, 'a'));
    await writeFixture(path.join(dir, 'a'), 'other.xlsx');
    const r = await cli(['check', 'plan.xlsx', 'a/other.xlsx', '--out', 'out/']);
    expect(r.code).toBe(1);
    expect([...folderContents(path.join(dir, 'out')).keys()]).toEqual(['other.checked.xlsx', 'plan.checked.xlsx']);
  });

  test('the same workbook named twice, with or without --in-place', async () => {
    await refused(
      ['check', 'plan.xlsx', './plan.xlsx'],
      'plan.checked.xlsx: the checked copy of plan.xlsx and the checked copy of ./plan.xlsx would both be written to it; nothing was written',
      'output.conflict',
    );
    await refused(
      ['check', 'plan.xlsx', './plan.xlsx', '--in-place'],
      'plan.xlsx: plan.xlsx rewritten in place would replace the workbook ./plan.xlsx; nothing was written',
      'output.conflict',
    );
  });

  test('clear: two workbooks whose cleared copies share a name', async () => {
    await cli(['check', 'plan.xlsx']);
    await refused(
      ['clear', 'plan.checked.xlsx', 'plan.xlsx'],
      'plan.cleared.xlsx: the cleared copy of plan.checked.xlsx and the cleared copy of plan.xlsx would both be written to it; nothing was written',
      'output.conflict',
    );
    cpSync(path.join(dir, 'plan.checked.xlsx'), path.join(dir, 'plan.cleared.xlsx'));
    await refused(
      ['clear', 'plan.checked.xlsx', 'plan.cleared.xlsx'],
      'plan.cleared.xlsx: the cleared copy of plan.checked.xlsx would replace the workbook plan.cleared.xlsx; nothing was written',
      'output.conflict',
    );
  });
});

describe('--in-place through a symbolic link', () => {
  test('rewrites the file the link points to, in its own folder, and keeps the link', async () => {
    mkdirSync(path.join(dir, 'data'));
    mkdirSync(path.join(dir, 'links'));
    cpSync(path.join(dir, 'plan.xlsx'), path.join(dir, 'data', 'plan.xlsx'));
    symlinkSync('../data/plan.xlsx', path.join(dir, 'links', 'plan.xlsx'));
    const r = await cli(['check', 'links/plan.xlsx', '--in-place', '--as-of', '2011-03-31']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Checked copy: links/plan.xlsx');
    expect(lstatSync(path.join(dir, 'links', 'plan.xlsx')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'links', 'plan.xlsx'))).toBe('../data/plan.xlsx');
    const rewritten = await loadFromBuffer(readFileSync(path.join(dir, 'data', 'plan.xlsx')));
    expect(rewritten.getWorksheet('Action plan')?.getCell('G3').value).toBe(FLAGS_HEADER);
    // No temporary file left in either folder.
    expect([...folderContents(path.join(dir, 'data')).keys()]).toEqual(['plan.xlsx']);
    expect([...folderContents(path.join(dir, 'links')).keys()]).toEqual(['plan.xlsx']);
  });
});

describe('folders that cannot be made or written (one line naming the folder)', () => {
  test('a file where a folder of the path should be', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'minutes');
    await refused(
      ['check', 'plan.xlsx', '--out', 'notes.txt/checked/'],
      'cannot create folder notes.txt/checked/: notes.txt is not a folder',
      'write.failed',
    );
    await refused(
      ['check', 'plan.xlsx', '--report', 'notes.txt/report.md'],
      'cannot create folder notes.txt/: notes.txt is not a folder',
      'write.failed',
    );
  });

  test('a symbolic link to nothing where a folder should be', async () => {
    symlinkSync('nowhere', path.join(dir, 'gone'));
    await refused(
      ['check', 'plan.xlsx', '--out', 'gone/checked/'],
      'cannot create folder gone/checked/: gone is a symbolic link to nothing',
      'write.failed',
    );
  });

  const root = process.getuid?.() === 0;
  (root ? test.skip : test)('a read-only folder (skipped as root, whom chmod does not stop)', async () => {
    mkdirSync(path.join(dir, 'locked'), 0o555);
    try {
      await refused(
        ['check', 'plan.xlsx', '--out', 'locked/checked/'],
        'cannot create folder locked/checked/: permission denied',
        'write.failed',
      );
      await refused(
        ['check', 'plan.xlsx', '--out', 'locked/'],
        'cannot write into folder locked/: permission denied',
        'write.failed',
      );
    } finally {
      chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });

  // Under /proc a folder exists but takes no new entries: Node's recursive mkdir spins forever there.
  (process.platform === 'linux' ? test : test.skip)(
    'a file system that refuses new folders (/proc, Linux only) is named, without hanging',
    async () => {
      const r = await cli(['check', 'plan.xlsx', '--out', '/proc/concordat-test/', '--quiet']);
      expect(r.stderr).toBe(
        refusalLine(
          'plan.xlsx: cannot create folder /proc/concordat-test/: the file system does not allow a new folder there',
          'write.failed',
        ),
      );
      expect(r.code).toBe(2);
    },
    10_000,
  );

  test.each([
    ['ENOSPC', 'no space left on device', 'no space left on the disk'],
    ['EINVAL', 'invalid argument', 'invalid argument'],
  ])('a write failing with %s says why in words, without Node’s code and paths', async (code, words, reason) => {
    const before = folderContents(dir);
    const failing = async (temp: string) => {
      throw Object.assign(new Error(`${code}: ${words}, write '${temp}'`), { code });
    };
    const r = await cli(['check', 'plan.xlsx'], { tempWriter: failing });
    expect(r.stderr).toBe(
      refusalLine(`plan.xlsx: could not write the checked copy (${reason}); the input was not touched`, 'write.failed'),
    );
    expect(folderContents(dir)).toEqual(before);
  });
});
