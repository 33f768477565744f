/**
 * Hostile rule packs and profiles: each is refused before any workbook is opened, in one line that
 * names the file, the JSON path and what was expected, through the command line as a user meets it
 * (`--rules DIR`, `--profile FILE`, and the `rules` command). And no rule can make Concordat run
 * code: the shipped source holds no eval, no `new Function`, no JSONPath library, and a JSONPath
 * expression that slipped past the schema is inert under the plain property path resolver.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { JSONPath } from 'jsonpath-plus';
import type { Rule } from '../../src/core/rules/schema';
import { ReferenceEvaluator } from '../../src/core/rules/reference-engine';
import { compileRules, runCompiled } from '../../src/core/rules/compiled-engine';
import type { FactValue } from '../../src/core/facts/subject';
import { MAX_JSON_BYTES } from '../../src/cli/limits';
import { cleanWorkbook, refusalMessage, runCli, scratchDir, writeFixture } from '../../testkit/cli/run-cli';
import { JSONPATH_PAYLOAD, leaf, manyRules, nestedPack, packText, rule, withTopKey } from './support/hostile-json';
import { expectOneLine } from './support/check-both';

let scratch: { dir: string; remove: () => void };
beforeAll(async () => {
  scratch = scratchDir();
  await writeFixture(scratch.dir, 'plan.xlsx', await cleanWorkbook());
});
afterAll(() => scratch.remove());

const PACK_CASES: [string, () => string, RegExp][] = [
  [
    'an unknown operator',
    () => packText([rule({ all: [leaf({ operator: 'regexMatch' })] })]),
    /^not a valid rule pack: \$\.rules\[0\]\.conditions\.all\[0\]\.operator: Invalid option: expected one of "equal"\|/,
  ],
  [
    'an unknown fact',
    () => packText([rule({ all: [leaf({ fact: 'salary' })] })]),
    /^\$\.rules\[0\]\.conditions\.all\[0\]\.fact: unknown fact "salary"; expected one of label, idText, /,
  ],
  [
    'a fact named after Object.prototype',
    () => packText([rule({ all: [leaf({ fact: 'constructor' })] })]),
    /^\$\.rules\[0\]\.conditions\.all\[0\]\.fact: unknown fact "constructor"/,
  ],
  [
    'a wrong severity',
    () => packText([rule({ all: [leaf()] }, { severity: 'fatal' })]),
    /^not a valid rule pack: \$\.rules\[0\]\.event\.params\.severity: Invalid option: expected one of "error"\|"warning"\|"info"$/,
  ],
  [
    'a priority that is text',
    () => packText([rule({ all: [leaf()] }, {}, { priority: 'high' })]),
    /^not a valid rule pack: \$\.rules\[0\]\.priority: Invalid input: expected number, received string$/,
  ],
  [
    'a Mongo-style operator object as a value',
    () => packText([rule({ all: [leaf({ value: { $gt: 1 } })] })]),
    /^not a valid rule pack: .*\$\.rules\[0\]\.conditions\.all\[0\]\.value: Unrecognized key: "\$gt"/,
  ],
  [
    '501 rules',
    () => manyRules(501),
    /^not a valid rule pack: \$\.rules: Too big: expected array to have <=500 items$/,
  ],
  [
    'a 5,000-character message',
    () => packText([rule({ all: [leaf()] }, { message: 'x'.repeat(5000) })]),
    /^not a valid rule pack: \$\.rules\[0\]\.event\.params\.message: Too big: expected string to have <=1000 characters$/,
  ],
  [
    '51 conditions in one group',
    () => packText([rule({ all: Array.from({ length: 51 }, () => leaf()) })]),
    /^not a valid rule pack: \$\.rules\[0\]\.conditions\.all: Too big: expected array to have <=50 items$/,
  ],
  [
    'conditions nested 100,000 deep',
    () => nestedPack(100_000),
    /^rule pack is nested too deeply \(more than 8 levels of conditions\)$/,
  ],
  [
    'a file larger than any pack',
    () => packText([rule({ all: [leaf()] }, { description: 'x'.repeat(MAX_JSON_BYTES) })]),
    /^is too large for a JSON settings file$/,
  ],
  ['a million unclosed brackets', () => '['.repeat(1_000_000), /^is not valid JSON \(Unexpected end of JSON input\)$/],
  [
    'a JSONPath filter expression in a path',
    () => packText([rule({ all: [leaf({ path: JSONPATH_PAYLOAD })] })]),
    /^not a valid rule pack: \$\.rules\[0\]\.conditions\.all\[0\]\.path: a plain property path such as \$\.name \(no JSONPath expressions\)$/,
  ],
  [
    'a format the templates do not know',
    () => packText([rule({ all: [leaf()] }, { message: '{label} is due {dueIso|calendar}.' })]),
    /^not a valid rule pack: \$\.rules\[0\]\.event\.params\.message: unknown format "calendar" in \{dueIso\|calendar\}; expected one of pounds, count, days, items, percent, date, abs, short, and$/,
  ],
  [
    'a phrase chosen by an unknown fact',
    () => packText([rule({ all: [leaf()] }, { wording: { why: { by: 'salary', cases: {} } } })]),
    /^\$\.rules\[0\]\.event\.params\.wording\.why\.by: unknown fact "salary"; expected one of label, /,
  ],
  [
    'a phrase named after a fact',
    () => packText([rule({ all: [leaf()] }, { wording: { label: { by: 'ownerKind', cases: {} } } })]),
    /^\$\.rules\[0\]\.event\.params\.wording\.label: "label" is a fact; give the phrase another name$/,
  ],
  [
    'phrases that name each other in a circle',
    () =>
      packText([
        rule(
          { all: [leaf()] },
          {
            message: '{first}',
            wording: {
              first: { by: 'ownerKind', cases: {}, else: '{second}' },
              second: { by: 'ownerKind', cases: { blank: '{first}' } },
            },
          },
        ),
      ]),
    /^\$\.rules\[0\]\.event\.params\.wording: phrases name each other in a circle \(first → second → first\)$/,
  ],
  [
    'a phrase with 51 cases',
    () =>
      packText([
        rule(
          { all: [leaf()] },
          {
            wording: {
              why: { by: 'ownerKind', cases: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`c${i}`, 'x'])) },
            },
          },
        ),
      ]),
    /^not a valid rule pack: \$\.rules\[0\]\.event\.params\.wording\.why\.cases: at most 50 cases$/,
  ],
  [
    'a __proto__ key',
    () => withTopKey('__proto__', '{"polluted":true}'),
    /^not a valid rule pack: \$: Unrecognized key: "__proto__"$/,
  ],
  [
    'a constructor.prototype key',
    () => withTopKey('constructor', '{"prototype":{"polluted":true}}'),
    /^not a valid rule pack: \$: Unrecognized key: "constructor"$/,
  ],
];

describe('a hostile rule pack (--rules DIR) is refused in one line naming the file and the JSON path', () => {
  test.each(PACK_CASES)('%s', async (name, text, reason) => {
    const folder = name.replace(/\W+/g, '-');
    mkdirSync(path.join(scratch.dir, folder));
    writeFileSync(path.join(scratch.dir, folder, 'evil.json'), text());
    const before = readdirSync(scratch.dir).sort();
    for (const args of [
      ['check', 'plan.xlsx', '--rules', folder],
      ['rules', '--rules', folder],
    ]) {
      const r = await runCli(args, { cwd: scratch.dir });
      expect(r.code).toBe(2);
      expectOneLine(r.stderr, `${folder}/evil.json`);
      // Everything about the pack is pack.invalid, but for a file too large to be one.
      const code = name === 'a file larger than any pack' ? 'limit.file-size' : 'pack.invalid';
      expect(refusalMessage(r.stderr, `${folder}/evil.json`, code)).toMatch(reason);
      expect(r.stdout).toBe('');
    }
    expect(readdirSync(scratch.dir).sort()).toEqual(before); // no checked copy was written
  });
});

const PROFILE_CASES: [string, string, RegExp][] = [
  [
    'wrong types',
    '{"dueSoonDays": "soon", "tolerances": {"shareSum": 5}}',
    /^not a valid profile: \$\.tolerances\.shareSum: Too big: expected number to be <=1; \$\.dueSoonDays: Invalid input: expected number, received string$/,
  ],
  ['an unknown key', '{"colour": "blue"}', /^not a valid profile: \$: Unrecognized key: "colour"$/],
  [
    '21 partners',
    `{"partners": [${Array.from({ length: 21 }, (_, i) => `{"name": "Council ${i}"}`).join(',')}]}`,
    /^not a valid profile: \$\.partners: Too big: expected array to have <=20 items$/,
  ],
  [
    'a partner name of 10,000 characters',
    `{"partners": [{"name": "${'x'.repeat(10_000)}"}]}`,
    /^not a valid profile: \$\.partners\[0\]\.name: Too big: expected string to have <=200 characters$/,
  ],
  [
    'arrays nested 100,000 deep',
    `{"partners": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    /^not a valid profile: \$\.partners\[0\]: Invalid input: expected object, received array$/,
  ],
  ['a __proto__ key', '{"__proto__": {"polluted": true}}', /^not a valid profile: \$: Unrecognized key: "__proto__"$/],
  [
    'a constructor.prototype key',
    '{"constructor": {"prototype": {"polluted": true}}}',
    /^not a valid profile: \$: Unrecognized key: "constructor"$/,
  ],
  [
    'a header wording for "constructor"',
    '{"headers": {"constructor": ["Owner"]}}',
    /^not a valid profile: \$\.headers: Unrecognized key: "constructor"$/,
  ],
  [
    'a rule switch that is not a rule id',
    '{"rules": {"constructor": {"enabled": false}}}',
    /^not a valid profile: \$\.rules\.constructor: invalid key \(a rule id such as owner\.missing\)$/,
  ],
];

describe('a hostile profile (--profile FILE) is refused in one line naming the file and the JSON path', () => {
  test.each(PROFILE_CASES)('%s', async (name, text, reason) => {
    const file = `${name.replace(/\W+/g, '-')}.json`;
    writeFileSync(path.join(scratch.dir, file), text);
    for (const args of [
      ['check', 'plan.xlsx', '--profile', file],
      ['rules', '--profile', file],
    ]) {
      const r = await runCli(args, { cwd: scratch.dir });
      expect(r.code).toBe(2);
      expectOneLine(r.stderr, file);
      expect(refusalMessage(r.stderr, file, 'profile.invalid')).toMatch(reason);
    }
  });

  test('a __proto__ key inside a record (rules, headers) is dropped, never assigned, and changes nothing', async () => {
    writeFileSync(
      path.join(scratch.dir, 'sly.json'),
      '{"rules": {"__proto__": {"enabled": false}}, "headers": {"__proto__": ["Ref"]}}',
    );
    const plain = await runCli(['check', 'plan.xlsx', '--format', 'json', '--out', 'a/'], { cwd: scratch.dir });
    const sly = await runCli(['check', 'plan.xlsx', '--format', 'json', '--out', 'b/', '--profile', 'sly.json'], {
      cwd: scratch.dir,
    });
    expect(sly.code).toBe(plain.code);
    const findings = (stdout: string) => (JSON.parse(stdout) as { files: { findings: unknown[] }[] }).files[0].findings;
    expect(findings(sly.stdout)).toEqual(findings(plain.stdout));
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });
});

describe('no rule can run code', () => {
  const SRC = path.resolve(__dirname, '../../src');

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(full);
      return e.name.endsWith('.ts') ? [full] : [];
    });
  }

  test('the shipped source has no eval, no new Function, no vm, and never imports jsonpath-plus', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offences: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const checks: [RegExp, string][] = [
        [/\beval\s*\(/, 'eval('],
        [/\bnew\s+Function\b/, 'new Function'],
        [/(from\s+|require\s*\(\s*)['"](node:)?vm['"]/, 'the vm module'],
        [/['"]jsonpath-plus['"]|['"]jsonpath['"]/, 'a JSONPath library'],
      ];
      for (const [pattern, what] of checks)
        if (pattern.test(text)) offences.push(`${path.relative(SRC, file)}: ${what}`);
    }
    expect(offences).toEqual([]);
  });

  /** A rule that skipped the schema: its path is the jsonpath-plus code-execution payload. */
  const evil = {
    name: 'evil.rule',
    conditions: { all: [{ fact: 'label', operator: 'equal', value: 1, path: JSONPATH_PAYLOAD }] },
    event: {
      type: 'evil.rule',
      params: { title: 't', severity: 'error', column: 'default', message: 'm', hint: 'h', description: 'd' },
    },
  } as unknown as Rule;
  const facts = { label: { a: { b: 1 } } } as unknown as Record<string, FactValue>;
  const pwned = () => (globalThis as Record<string, unknown>).__concordatPwned;

  afterEach(() => {
    delete (globalThis as Record<string, unknown>).__concordatPwned;
  });

  test('the payload is live: jsonpath-plus with native eval runs it (the control)', () => {
    JSONPath({ path: JSONPATH_PAYLOAD, json: facts.label as unknown as object, eval: 'native' });
    expect(pwned()).toBe(true);
  });

  test('json-rules-engine with the plain property path resolver leaves it inert', async () => {
    await expect(new ReferenceEvaluator([evil]).run(facts)).resolves.toEqual([]);
    expect(pwned()).toBeUndefined();
  });

  test('the compiled evaluator leaves it inert too', () => {
    expect(runCompiled(compileRules([evil]), facts)).toEqual([]);
    expect(pwned()).toBeUndefined();
  });

  test('the resolver is the one in use: a plain path is followed, own properties only', async () => {
    const plainPath = {
      ...evil,
      conditions: { all: [{ fact: 'label', operator: 'equal', value: 1, path: '$.a.b' }] },
    } as unknown as Rule;
    await expect(new ReferenceEvaluator([plainPath]).run(facts)).resolves.toEqual(['evil.rule']);
    // Walking prototypes would find "Object" here; the resolver finds nothing.
    const inherited = {
      ...evil,
      conditions: { all: [{ fact: 'label', operator: 'equal', value: 'Object', path: '$.constructor.name' }] },
    } as unknown as Rule;
    await expect(new ReferenceEvaluator([inherited]).run(facts)).resolves.toEqual([]);
    expect(runCompiled(compileRules([inherited]), facts)).toEqual([]);
  });
});
