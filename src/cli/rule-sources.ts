/** Reading rule packs and a profile from disk in the shape the core takes ({source, json}). */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { RulePackSource } from '../core/prepare';
import { MAX_RULE_PACKS } from '../core/rules/schema';
import { InputError } from './input-error';
import { readJsonFile } from './json-file';
import { describeFsError, readErrorCode } from './fs-errors';

/** A pack or profile as the core takes it, and the file it was read from (so no output may replace it). */
export interface JsonSource extends RulePackSource {
  file: string;
}

/** How a file is named in messages: relative to where the user ran the command, when inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** Every `*.json` in the folder, in name order (so packs load the same way on every machine). */
export async function readRulePacks(dir: string, cwd: string): Promise<JsonSource[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  } catch (err) {
    throw new InputError(readErrorCode(err), `cannot read the rules folder (${describeFsError(err)})`, {
      file: displayPath(dir, cwd),
    });
  }
  if (names.length === 0)
    throw new InputError('pack.none', 'has no rule packs (*.json)', { file: displayPath(dir, cwd) });
  // Counted before any is read: each may be megabytes.
  if (names.length > MAX_RULE_PACKS) {
    throw new InputError(
      'limit.rules',
      `has ${names.length.toLocaleString('en-GB')} rule packs (*.json), more than the ${MAX_RULE_PACKS} a check loads`,
      { file: displayPath(dir, cwd) },
    );
  }
  const packs: JsonSource[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const source = displayPath(file, cwd);
    packs.push({ source, json: await readJsonFile(file, 'pack.invalid', source), file });
  }
  return packs;
}

export async function readProfile(given: string, cwd: string): Promise<JsonSource> {
  const file = path.resolve(cwd, given);
  const source = displayPath(file, cwd);
  return { source, json: await readJsonFile(file, 'profile.invalid', source), file };
}

/** The extra rule packs a profile names, read relative to the profile file's folder. */
export async function readProfilePacks(
  profileFile: string,
  packs: readonly string[],
  cwd: string,
): Promise<JsonSource[]> {
  const dir = path.dirname(path.resolve(cwd, profileFile));
  const sources: JsonSource[] = [];
  for (const name of packs) {
    const file = path.resolve(dir, name);
    const source = displayPath(file, cwd);
    sources.push({ source, json: await readJsonFile(file, 'pack.invalid', source), file });
  }
  return sources;
}
