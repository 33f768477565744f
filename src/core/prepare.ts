/**
 * What a host builds once and hands to the check of each workbook: the rule packs validated, their
 * rules compiled, and the host's profile validated. A bad pack or profile is refused here, with its
 * code (pack.invalid, profile.invalid, limit.rules), before any workbook is read.
 */
import type { WorkbookSnapshot } from './snapshot';
import { SETTINGS_SHEET } from './snapshot';
import type { Profile, ProfileInput } from './profile';
import { defaultProfile, mergeProfiles, parseProfile } from './profile';
import { readSettingsSheet } from './settings';
import { ConcordatError } from './errors';
import type { LoadedPack } from './rules/load';
import { jsonDepth, loadRulePacks } from './rules/load';
import type { RuleEngine, RuleRunner } from './rules/run';
import { buildRunners, compiledEngine } from './rules/run';
import type { SubjectKind } from './facts/subject';
import { canonicalJson, sha256Hex } from './sha256';

/** A rule pack as a host loaded it: where it came from (for error messages) and its parsed JSON. */
export interface RulePackSource {
  source: string;
  json: unknown;
}

/** A profile a host was given (`--profile FILE`), as read: where it came from and its parsed JSON. */
export interface ProfileSource {
  source: string;
  json: unknown;
}

/** A host's profile, validated once. */
export interface HostProfile {
  source: string;
  /** As written: merged over each workbook's own settings sheet, so the file wins key by key. */
  input: ProfileInput;
  /** Over the defaults alone: the profile of a workbook with no settings sheet. */
  profile: Profile;
}

export interface PreparedCheck {
  readonly packs: readonly LoadedPack[];
  readonly profile: HostProfile | null;
  /** The rule runners for a profile, built once for each setting of its rules a run meets. */
  runnersFor(profile: Profile): Map<SubjectKind, RuleRunner[]>;
  /** SHA-256 of the packs and the profile, for the run log: the packs are written out once a run. */
  rulesHash(profile: Profile): string;
}

const PROFILE_MAX_DEPTH = 12;

/** Validates a profile the host was given; throws `profile.invalid` naming the path of the problem in the file. */
export function hostProfile(given: ProfileSource): HostProfile {
  // The schema first: it names the path as written in the file, and stops at the first level that is wrong.
  parseProfile(given.json, given.source);
  if (jsonDepth(given.json, PROFILE_MAX_DEPTH + 1) > PROFILE_MAX_DEPTH) {
    throw new ConcordatError('profile.invalid', `${given.source}: profile is nested too deeply`);
  }
  const input = given.json as ProfileInput;
  return { source: given.source, input, profile: mergeProfiles(defaultProfile(), input, given.source) };
}

/** Distinct rule settings whose runners (and profiles whose hashes) are kept: one a run, but for workbooks whose settings sheets switch rules. */
const RUNNER_SETS_KEPT = 16;

/**
 * Validates the packs and the profile once for a run. `engine` evaluates the rules: the compiled
 * evaluator unless a test or the benchmark gives json-rules-engine (rules/reference-engine.ts).
 */
export function prepareCheck(
  packs: RulePackSource[],
  profile?: ProfileSource | HostProfile,
  options: { engine?: RuleEngine } = {},
): PreparedCheck {
  const loaded = loadRulePacks(packs);
  const host = profile === undefined ? null : 'input' in profile ? profile : hostProfile(profile);
  const engine = options.engine ?? compiledEngine;
  const runners = new Map<string, Map<SubjectKind, RuleRunner[]>>();
  // As canonicalJson({ packs, profile }) writes it, keys in order: the packs' part is the same for every workbook.
  const packsJson = canonicalJson(loaded.map((p) => p.pack));
  const hashes = new Map<string, string>();
  return {
    packs: loaded,
    profile: host,
    runnersFor(resolved) {
      // A workbook's settings sheet may switch rules off or change their severity: runners are kept by those settings.
      const key = JSON.stringify(resolved.rules);
      let built = runners.get(key);
      if (built === undefined) {
        if (runners.size >= RUNNER_SETS_KEPT) runners.clear();
        built = buildRunners(loaded, resolved, engine);
        runners.set(key, built);
      }
      return built;
    },
    rulesHash(resolved) {
      const profileJson = canonicalJson(resolved);
      let hash = hashes.get(profileJson);
      if (hash === undefined) {
        if (hashes.size >= RUNNER_SETS_KEPT) hashes.clear();
        hash = sha256Hex(`{"packs":${packsJson},"profile":${profileJson}}`);
        hashes.set(profileJson, hash);
      }
      return hash;
    },
  };
}

/** Defaults, then the workbook's settings sheet, then the host's profile: later wins. */
export function resolveProfile(snapshot: WorkbookSnapshot, given?: HostProfile | null): Profile {
  const settings = snapshot.sheets.find((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  if (!settings) return given ? given.profile : defaultProfile();
  const profile = mergeProfiles(
    defaultProfile(),
    readSettingsSheet(settings, snapshot.date1904),
    `${SETTINGS_SHEET} sheet`,
  );
  return given ? mergeProfiles(profile, given.input, given.source) : profile;
}
