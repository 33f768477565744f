/**
 * Rule packs and the rules in them are bounded in all: 600 valid packs made ~800 findings a row
 * and crashed Node out of memory. The core's loader refuses more than MAX_RULE_PACKS packs or
 * MAX_RULES rules (both hosts), and the command line counts a folder's packs before reading any.
 * At each limit the check runs; one over, it is refused in one line and nothing is written.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { RulePackSource } from '../../src/core/prepare';
import { MAX_RULES, MAX_RULE_PACKS } from '../../src/core/rules/schema';
import { shippedPacks } from '../../testkit/packs';
import { cleanWorkbook, refusalLine, runCli, scratchDir, writeFixture } from '../../testkit/cli/run-cli';
import { checkSnapshot, snapshotOf } from './support/check-both';
import { leaf, rule } from './support/hostile-json';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

/** Pack `k` with `rules` rules of its own names. */
function pack(k: number, rules = 1): RulePackSource {
  return {
    source: `extra/p${String(k).padStart(3, '0')}.json`,
    json: {
      pack: `p${k}`,
      version: '1.0.0',
      subject: 'action',
      rules: Array.from({ length: rules }, (_, i) => {
        const base = rule({ all: [leaf()] });
        return { ...base, name: `p${k}.r${i}`, event: { ...(base.event as object), type: `p${k}.r${i}` } };
      }),
    },
  };
}

const extraPacks = (n: number) => Array.from({ length: n }, (_, k) => pack(k));

let scratch: { dir: string; remove: () => void };
let plan: WorkbookSnapshot;
beforeAll(async () => {
  scratch = scratchDir();
  const bytes = await cleanWorkbook();
  await writeFixture(scratch.dir, 'plan.xlsx', bytes);
  plan = await snapshotOf(bytes);
});
afterAll(() => scratch.remove());

describe('the core (both hosts)', () => {
  const shipped = shippedPacks();

  test(`${MAX_RULE_PACKS} packs are loaded; one more is refused, naming the first over the limit`, async () => {
    const atLimit = [...shipped, ...extraPacks(MAX_RULE_PACKS - shipped.length)];
    await expect(checkSnapshot(plan, { packs: atLimit })).resolves.toBeDefined();
    await expect(checkSnapshot(plan, { packs: [...atLimit, pack(999)] })).rejects.toMatchObject({
      code: 'limit.rules',
      message: `${MAX_RULE_PACKS + 1} rule packs were given, more than the ${MAX_RULE_PACKS} a check loads (the first over the limit is extra/p999.json)`,
    });
  });

  test(`${MAX_RULES.toLocaleString('en-GB')} rules in all are run; one more is refused, naming the pack that brings it over`, async () => {
    const shippedRules = shipped.reduce((n, p) => n + (p.json as { rules: unknown[] }).rules.length, 0);
    const room = MAX_RULES - shippedRules;
    const atLimit = [...shipped, pack(1, 500), pack(2, room - 500)];
    const result = await checkSnapshot(plan, { packs: atLimit });
    expect(result.findings.filter((f) => f.ruleId.startsWith('p2.'))).toEqual([]); // each row has an owner
    await expect(checkSnapshot(plan, { packs: [...atLimit, pack(3, 1)] })).rejects.toMatchObject({
      code: 'limit.rules',
      message: `extra/p003.json: brings the rules loaded to 1,001, more than the 1,000 a check runs in all`,
      fix: 'merge rules into fewer packs, or leave some packs out',
    });
  });
});

describe('the command line', () => {
  function packFolder(name: string, n: number): string {
    const folder = path.join(scratch.dir, name);
    mkdirSync(folder);
    for (const p of extraPacks(n))
      writeFileSync(path.join(scratch.dir, name, path.basename(p.source)), JSON.stringify(p.json));
    return name;
  }

  test(`a folder of ${MAX_RULE_PACKS} packs is checked`, async () => {
    const folder = packFolder('fifty', MAX_RULE_PACKS);
    const r = await runCli(['check', 'plan.xlsx', '--rules', folder, '--out', 'fifty.xlsx'], { cwd: scratch.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test.each([MAX_RULE_PACKS + 1, 600])('a folder of %i packs is refused before any is read', async (n) => {
    const folder = packFolder(`packs-${n}`, n);
    const before = readdirSync(scratch.dir).sort();
    const r = await runCli(['check', 'plan.xlsx', '--rules', folder], { cwd: scratch.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      refusalLine(
        `${folder}: has ${n} rule packs (*.json), more than the ${MAX_RULE_PACKS} a check loads`,
        'limit.rules',
      ),
    );
    expect(readdirSync(scratch.dir).sort()).toEqual(before);
  });

  test("a profile's packs count with the folder's", async () => {
    const folder = packFolder('forty', 40);
    const extra = path.join(scratch.dir, 'profile-packs');
    mkdirSync(extra);
    const names = Array.from({ length: 20 }, (_, i) => {
      const p = pack(100 + i);
      writeFileSync(path.join(extra, `q${i}.json`), JSON.stringify(p.json));
      return `profile-packs/q${i}.json`;
    });
    writeFileSync(path.join(scratch.dir, 'profile.json'), JSON.stringify({ packs: names }));
    const r = await runCli(['check', 'plan.xlsx', '--rules', folder, '--profile', 'profile.json'], {
      cwd: scratch.dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^concordat: 60 rule packs were given, more than the 50 a check loads \(.*profile-packs\/q10\.json\); .* \[limit\.rules\]\n$/,
    );
  });
});
