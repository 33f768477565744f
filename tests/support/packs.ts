/** The shipped rule packs, read from rules/ the way the command line reads them. */
import * as fs from 'fs';
import * as path from 'path';
import type { RulePackSource } from '../../src/core/check';

export const RULES_DIR = path.resolve(__dirname, '../../rules');

export function shippedPacks(): RulePackSource[] {
  return fs
    .readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ source: `rules/${f}`, json: JSON.parse(fs.readFileSync(path.join(RULES_DIR, f), 'utf8')) as unknown }));
}
