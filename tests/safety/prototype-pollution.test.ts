/**
 * Keys such as __proto__, constructor and prototype, wherever a user or a hostile file can put
 * them (rule packs, profile files, the settings sheet, sheet names, headers, cell text, the hidden
 * undo-state sheet), never change an object's prototype: after each, a fresh object has no
 * `polluted` property and the built-in prototypes have exactly the properties they had.
 */
import { existsSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { ConcordatError } from '../../src/core/errors';
import { hostProfile, resolveProfile } from '../../src/core/prepare';
import { loadRulePack } from '../../src/core/rules/load';
import type { CellValue } from '../../src/core/snapshot';
import { RECORD_SHEET as STATE_SHEET, RECORD_TITLE } from '../../src/core/owned-record';
import { loadFromBuffer, saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { refusalLine, runCli, scratchDir } from '../../testkit/cli/run-cli';
import { shippedPacks } from '../../testkit/packs';
import { checkSnapshot, label } from './support/check-both';
import { leaf, packText, rule } from './support/hostile-json';

const KEYS = ['__proto__', 'constructor', 'prototype'];
const POISON = '{"polluted": true, "toString": "gone"}';

const BUILT_INS: object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const shapeOfBuiltIns = (): string[] => BUILT_INS.map((p) => Object.getOwnPropertyNames(p).sort().join(','));
let before: string[];

beforeEach(() => {
  before = shapeOfBuiltIns();
});
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(typeof Object.prototype.toString).toBe('function');
  expect(shapeOfBuiltIns()).toEqual(before);
});

/** Where a poisoned key can sit in a pack: top level, in a rule, in its params, in a condition. */
function poisonedPacks(key: string): string[] {
  const clean = packText([rule({ all: [leaf()] })]);
  const splice = (anchor: string) => clean.replace(anchor, `${anchor}${JSON.stringify(key)}:${POISON},`);
  return [splice('{'), splice('"rules":[{'), splice('"params":{'), splice('"all":[{')];
}

describe('rule packs', () => {
  test.each(KEYS)('a %s key anywhere in a pack is refused, naming where', (key) => {
    for (const text of poisonedPacks(key)) {
      expect(() => loadRulePack(JSON.parse(text), 'evil.json')).toThrow(ConcordatError);
      expect(() => loadRulePack(JSON.parse(text), 'evil.json')).toThrow(
        new RegExp(`^evil\\.json: not a valid rule pack: \\$.*Unrecognized key: "${key}"`),
      );
    }
  });

  test.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
    'a rule pointing at a column named %s lands on the row, not on Object.prototype',
    async (column) => {
      const pack = JSON.parse(
        packText([rule({ all: [{ fact: 'ownerKind', operator: 'equal', value: 'blank' }] }, { column })]),
      ) as unknown;
      const plan = {
        name: 'Plan',
        originRow: 1,
        originCol: 1,
        values: [
          ['Ref', 'Action', 'Owner', 'Deadline'],
          ['R1', 'Agree a team', '', '30/09/2011'],
        ] as CellValue[][],
      };
      const result = await checkSnapshot(
        { sheets: [plan], date1904: false },
        { packs: [...shippedPacks(), { source: 'extra.json', json: pack }] },
      );
      const extra = result.findings.find((f) => f.pack === 'extra');
      expect(extra).toMatchObject({ address: 'B2', column: 2, header: 'Action' }); // the row's default anchor
      expect(result.plan.sheets[0].highlights.warning).toContain('B2');
    },
  );
});

describe('profile files', () => {
  test.each(KEYS)('a %s key at the top or inside a section is refused', (key) => {
    for (const text of [
      `{${JSON.stringify(key)}: ${POISON}}`,
      `{"tolerances": {${JSON.stringify(key)}: ${POISON}}}`,
      `{"basis": {${JSON.stringify(key)}: ${POISON}}}`,
    ]) {
      expect(() => hostProfile({ source: 'team.json', json: JSON.parse(text) })).toThrow(
        /^team\.json: not a valid profile: \$/,
      );
    }
  });
});

describe('the Concordat settings sheet', () => {
  const settings = (rows: CellValue[][]) => ({
    sheets: [{ name: 'Concordat settings', originRow: 1, originCol: 1, values: rows }],
    date1904: false,
  });

  test.each(KEYS)('a setting called %s is an unknown setting, named with its cell', (key) => {
    expect(() => resolveProfile(settings([[key, POISON]]))).toThrow(
      new RegExp(`^Concordat settings!A1: unknown setting "${key}"`),
    );
  });

  test.each(KEYS)('a header wording for a column called %s is refused', (key) => {
    expect(() => resolveProfile(settings([[`Header ${key}`, 'Owner']]))).toThrow(/^Concordat settings/);
  });

  test('a rule switch for a made-up rule "constructor.prototype" is kept as data and switches nothing', () => {
    const profile = resolveProfile(settings([['Rule constructor.prototype', 'off']]));
    expect(profile.rules['constructor.prototype']).toEqual({ enabled: false });
    expect(Object.getPrototypeOf(profile.rules)).toBe(Object.prototype);
  });
});

describe('workbook text through the command line', () => {
  let scratch: { dir: string; remove: () => void };
  beforeAll(() => {
    scratch = scratchDir();
  });
  afterAll(() => scratch.remove());

  async function hostileWorkbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    for (const name of [...KEYS, 'hasOwnProperty']) {
      const ws = wb.addWorksheet(name);
      ws.addRow(['Ref', '__proto__', 'Action', 'Owner', 'constructor', 'Deadline', 'prototype', 'Status']);
      ws.addRow([
        '__proto__',
        POISON,
        'constructor.prototype.polluted',
        '',
        '__proto__',
        '30/09/2011',
        'toString',
        'constructor',
      ]);
      ws.addRow(['R2', 'x', 'Agree a team', 'Kevin Dicks', 'y', '30/09/2011', 'z', 'In progress']);
    }
    return saveToBuffer(wb);
  }

  test('sheet names, headers and cells named after Object.prototype are checked as plain text', async () => {
    writeFileSync(path.join(scratch.dir, 'proto.xlsx'), await hostileWorkbook());
    const r = await runCli(['check', 'proto.xlsx', '--format', 'json', '--fail-on', 'never'], { cwd: scratch.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const findings = (
      JSON.parse(r.stdout) as { files: { findings: { ruleId: string; sheet: string; address: string }[] }[] }
    ).files[0].findings;
    expect(findings.filter((f) => f.sheet === '__proto__').map(label)).toEqual([
      'owner.missing@__proto__!D2',
      'status.unknown@__proto__!H2',
    ]);
    expect(new Set(findings.map((f) => f.sheet))).toEqual(new Set([...KEYS, 'hasOwnProperty']));
    const cleared = await runCli(['clear', 'proto.checked.xlsx'], { cwd: scratch.dir });
    expect(cleared.code).toBe(0);
  });

  test('a hostile undo-state sheet (styles holding __proto__ and constructor) is refused by clear, polluting nothing', async () => {
    const wb = await loadFromBuffer(await hostileWorkbook());
    const plan = wb.getWorksheet('__proto__') as ExcelJS.Worksheet;
    plan.getCell('I1').value = 'Concordat flags';
    plan.getCell('I2').value = '✖ owner.missing: hostile';
    const state = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
    state.addRow([RECORD_TITLE, 1]);
    state.addRow(['column', '__proto__', 9, 1, null, false]);
    state.addRow(['cell', '__proto__', 'I1', '{"constructor": {"prototype": {"polluted": true}}}']);
    state.addRow([
      'cell',
      '__proto__',
      'I2',
      `{"__proto__": ${POISON}, "font": {"__proto__": ${POISON}, "bold": true}}`,
    ]);
    writeFileSync(path.join(scratch.dir, 'state.xlsx'), await saveToBuffer(wb));
    const r = await runCli(['clear', 'state.xlsx'], { cwd: scratch.dir });
    // Format 1 has no checksum, but its styles must still be of a shape Concordat records.
    expect(r.stderr).toBe(
      refusalLine(
        "state.xlsx: the hidden sheet 'Concordat state', Concordat's record of what it wrote, row 3 has a style Concordat never records (Unrecognized key: \"constructor\"); Concordat cannot tell its own output from yours, so nothing was written",
        'record.invalid',
      ),
    );
    expect(r.code).toBe(2);
    expect(existsSync(path.join(scratch.dir, 'state.cleared.xlsx'))).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
