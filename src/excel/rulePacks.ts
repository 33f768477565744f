/**
 * The rule packs the add-in runs: every `rules/*.json`, bundled by webpack at build time so the
 * pane and the ribbon command check with exactly the packs the CLI reads from disk.
 */
import type { RulePackSource } from '../core/check';

const packFiles = require.context('../../rules', false, /\.json$/);

export function bundledRulePacks(): RulePackSource[] {
  return packFiles
    .keys()
    .filter((key) => key.startsWith('./'))
    .sort()
    .map((key) => ({ source: `rules/${key.slice(2)}`, json: packFiles(key) }));
}
