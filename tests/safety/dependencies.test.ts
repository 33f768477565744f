/**
 * The advisories the README's Safety section lists, held to by the lockfile: every installed copy of a package with a
 * known advisory is at or past the fixed version, and the npm `xlsx` package is never installed.
 * A dependency update that slips below a fix fails here, before it ships.
 */
import { readFileSync } from 'fs';
import * as path from 'path';

interface LockEntry {
  version?: string;
}

const lock = JSON.parse(readFileSync(path.resolve(__dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/** Versions of every installed copy of `name` (nested copies included). */
function installed(name: string): string[] {
  return Object.entries(lock.packages)
    .filter(([at]) => at === `node_modules/${name}` || at.endsWith(`/node_modules/${name}`))
    .map(([, entry]) => entry.version ?? '');
}

function atLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

test.each<[string, string, string]>([
  ['jsonpath-plus', '10.3.0', 'CVE-2024-21534 and CVE-2025-1302: code execution through JSONPath filters'],
  ['json-rules-engine', '7.3.1', 'the minimum package.json asks for'],
  ['jszip', '3.8.0', 'CVE-2021-23413 (prototype pollution, 3.7.0) and CVE-2022-48285 (path traversal, 3.8.0)'],
  ['tmp', '0.2.4', 'CVE-2025-54798: writes through a symbolic link'],
  ['fstream', '1.0.12', 'CVE-2019-13173: file overwrite through a hard link'],
  ['unzipper', '0.8.13', 'CVE-2018-1002203: path traversal (zip slip)'],
])('%s is at %s or later (%s)', (name, minimum) => {
  const versions = installed(name);
  expect(versions.length).toBeGreaterThan(0);
  for (const v of versions)
    expect({ name, version: v, fixed: atLeast(v, minimum) }).toEqual({ name, version: v, fixed: true });
});

test('json-rules-engine itself asks for a jsonpath-plus with both fixes, so a fresh install cannot go below them', () => {
  const manifest = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../node_modules/json-rules-engine/package.json'), 'utf8'),
  ) as { dependencies: Record<string, string> };
  const range = manifest.dependencies['jsonpath-plus'];
  expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
  expect(atLeast(range.slice(1), '10.3.0')).toBe(true);
});

test('brace-expansion copies are past the ReDoS fix (CVE-2025-5889: 1.1.12 and 2.0.2)', () => {
  for (const v of installed('brace-expansion')) {
    const major = Number(v.split('.')[0]);
    expect({ v, fixed: major >= 3 || atLeast(v, major === 2 ? '2.0.2' : '1.1.12') }).toEqual({ v, fixed: true });
  }
});

test('the npm xlsx package (SheetJS 0.18.5: CVE-2023-30533, CVE-2024-22363) is not installed', () => {
  expect(installed('xlsx')).toEqual([]);
});
