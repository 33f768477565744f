/**
 * Builds the add-in for the browser test into tests/.tmp/addin-dist (not dist/, which other
 * builds use), and skips the build when that output is newer than every input.
 */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';

const root = path.resolve(__dirname, '../../..');
const ADDIN_BUILD_DIR = path.join(root, 'tests', '.tmp', 'addin-dist');
const INPUTS = ['src', 'rules', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package.json'];

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestChange(path.join(target, entry))),
    stat.mtimeMs,
  );
}

export function ensureAddinBuilt(): string {
  const built = path.join(ADDIN_BUILD_DIR, 'taskpane.js');
  const inputsChanged = Math.max(...INPUTS.map((input) => newestChange(path.join(root, input))));
  if (existsSync(built) && statSync(built).mtimeMs > inputsChanged) return ADDIN_BUILD_DIR;
  const webpack = path.join(root, 'node_modules', '.bin', 'webpack');
  const result = spawnSync(webpack, ['--mode', 'production', '--output-path', ADDIN_BUILD_DIR], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_URL: '' },
  });
  if (result.status !== 0) {
    throw new Error(`The add-in build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return ADDIN_BUILD_DIR;
}
