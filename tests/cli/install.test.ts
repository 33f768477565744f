/**
 * The command line as someone outside the repository gets it: `npm pack` (which builds it), the
 * tarball installed into a temporary prefix, and the installed `concordat` run from another folder.
 * npm fetches the dependencies (from its cache when it has them), so this takes a minute or two.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync } from 'fs';
import * as path from 'path';
import { packageVersion } from '../../src/cli/package-info';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { scratchDir, writeFixture } from '../../testkit/cli/run-cli';

const ROOT = path.resolve(__dirname, '../..');
const MINUTES = 60_000;

/** npm's own variables from an enclosing `npm test` would point the inner npm back at this repository. */
function npmEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package|lifecycle)_|^npm_config_(local_|global_)?prefix$/.test(key)) delete env[key];
  }
  return env;
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env: npmEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

let scratch: { dir: string; remove: () => void };
let packed: string[];
let concordat: string;
let elsewhere: string;

beforeAll(() => {
  scratch = scratchDir();
  const [tarball] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch.dir], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  packed = tarball.files.map((f) => f.path).sort();
  const prefix = path.join(scratch.dir, 'prefix');
  npm(
    ['install', '--global', '--prefix', prefix, '--prefer-offline', path.join(scratch.dir, tarball.filename)],
    scratch.dir,
  );
  concordat = path.join(prefix, 'bin', 'concordat');
  elsewhere = path.join(scratch.dir, 'somewhere else');
  mkdirSync(elsewhere);
}, 5 * MINUTES);

afterAll(() => scratch?.remove());

const run = (args: string[]) => spawnSync(concordat, args, { cwd: elsewhere, encoding: 'utf8', timeout: 2 * MINUTES });

test('the tarball holds the built command line and the rule packs, and nothing else of the repository', () => {
  const unexpected = packed.filter(
    (p) =>
      !/^(package\.json|README\.md|bin\/concordat\.js|lib\/(cli|core)\/[\w/.-]+\.(js|json)|rules\/[\w-]+\.json)$/.test(
        p,
      ),
  );
  expect(unexpected).toEqual([]);
  const rulePacks = readdirSync(path.join(ROOT, 'rules')).filter((n) => n.endsWith('.json'));
  for (const name of rulePacks) expect(packed).toContain(`rules/${name}`);
  expect(packed).toEqual(
    expect.arrayContaining(['bin/concordat.js', 'lib/cli/main.js', 'lib/core/tables/vocabulary.json']),
  );
});

test('the installed concordat prints its version from another folder', () => {
  const r = run(['--version']);
  expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
    status: 0,
    stdout: `${packageVersion()}\n`,
    stderr: '',
  });
});

test('the installed concordat checks a workbook in another folder and writes the checked copy beside it', async () => {
  await writeFixture(elsewhere, 'plan.xlsx');
  const r = run(['check', 'plan.xlsx', '--as-of', '2011-03-31', '--format', 'json']);
  // The fixture has errors (an action with no owner), so the exit code says so.
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout) as JsonReport;
  expect(report.summary).toMatchObject({ filesChecked: 1, failed: true });
  expect(report.summary.byRule['owner.missing']).toBeGreaterThan(0);
  expect(existsSync(path.join(elsewhere, 'plan.checked.xlsx'))).toBe(true);
});
