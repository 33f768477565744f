/**
 * Where the CLI finds its own package: the same relative path works from src/cli (tests) and
 * lib/cli (the compiled bin), since both sit two folders below the package root.
 */
import { readFileSync } from 'fs';
import * as path from 'path';

const PACKAGE_ROOT = path.resolve(__dirname, '../..');

/** The rule packs shipped with Concordat. */
export const DEFAULT_RULES_DIR = path.join(PACKAGE_ROOT, 'rules');

let cachedVersion: string | null = null;

export function packageVersion(): string {
  if (cachedVersion === null) {
    const json = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    cachedVersion = typeof json.version === 'string' ? json.version : '0.0.0';
  }
  return cachedVersion;
}
