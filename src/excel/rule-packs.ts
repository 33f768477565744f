/**
 * The rule packs the add-in runs: every `rules/*.json`, bundled by webpack at build time so the
 * pane and the ribbon command check with exactly the packs the CLI reads from disk.
 */
import type { PreparedCheck, RulePackSource } from '../core/prepare';
import { prepareCheck } from '../core/prepare';

const packFiles = require.context('../../rules', false, /\.json$/);

function bundledRulePacks(): RulePackSource[] {
  return packFiles
    .keys()
    .filter((key) => key.startsWith('./'))
    .sort()
    .map((key) => ({ source: `rules/${key.slice(2)}`, json: packFiles(key) }));
}

let prepared: PreparedCheck | undefined;

/** The bundled packs, validated and compiled once for as long as the pane (or the ribbon's function file) is loaded. */
export function bundledCheck(): PreparedCheck {
  prepared ??= prepareCheck(bundledRulePacks());
  return prepared;
}
