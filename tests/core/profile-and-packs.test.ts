/** Profiles (from the settings sheet and from files) and rule packs: defaults, merging, and clear errors. */
import { readSettingsSheet } from '../../src/core/settings';
import { hostProfile, resolveProfile } from '../../src/core/prepare';
import { loadRulePack, loadRulePacks } from '../../src/core/rules/load';
import { ConcordatError } from '../../src/core/errors';
import { check, sheet, workbook } from './support/workbooks';
import { shippedPacks } from '../../testkit/packs';
import { rule } from '../safety/support/hostile-json';

describe('the Concordat settings sheet', () => {
  const settings = sheet('Concordat settings', [
    ['Setting', 'Value'],
    ['As of', 40343],
    ['Partners', 'Bromsgrove (BDC, Bromsgrove District Council); Redditch (RBC)'],
    ['Cost basis', 'equal'],
    ['Driver tolerance', '3%'],
    ['Due soon days', 14],
    ['Complete statuses', 'Complete, Signed off'],
    ['Header owner', 'Accountable manager'],
    ['Rule deadline.due-soon', 'off'],
    ['Rule status.unknown', 'info'],
  ]);

  test('reads every setting into the profile', () => {
    const profile = resolveProfile(workbook(settings));
    expect(profile.asOf).toBe('2010-06-14');
    expect(profile.partners).toEqual([
      { name: 'Bromsgrove', aliases: ['BDC', 'Bromsgrove District Council'] },
      { name: 'Redditch', aliases: ['RBC'] },
    ]);
    expect(profile.tolerances.driverShare).toBeCloseTo(0.03);
    expect(profile.dueSoonDays).toBe(14);
    expect(profile.statuses.complete).toEqual(['Complete', 'Signed off']);
    expect(profile.headers.owner).toEqual(['Accountable manager']);
    expect(profile.rules['deadline.due-soon']).toEqual({ enabled: false });
    expect(profile.rules['status.unknown']).toEqual({ enabled: true, severity: 'info' });
  });

  test('an unknown setting is an error naming the cell', () => {
    expect(() =>
      readSettingsSheet(
        sheet('Concordat settings', [
          ['Setting', 'Value'],
          ['Colour', 'blue'],
        ]),
        false,
      ),
    ).toThrow(/Concordat settings!A2: unknown setting "Colour"/);
    expect(() => readSettingsSheet(sheet('Concordat settings', [['Share tolerance', 'lots']]), false)).toThrow(
      /Concordat settings!B1: expected a percentage/,
    );
  });

  test('a profile file overrides the sheet, and rule switches change what fires', async () => {
    const plan = sheet('Plan', [
      ['Action', 'Officer responsible', 'Target date', 'Status'],
      ['Publish the register', 'Kevin Dicks', '20 June 2010', 'Purple'],
    ]);
    const base = await check(workbook(plan, settings), { asOf: undefined });
    expect(base.asOf).toBe('2010-06-14');
    expect(base.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['status.unknown:info']);
    const withFile = await check(workbook(plan, settings), {
      asOf: undefined,
      profile: {
        source: 'team.json',
        json: { asOf: '2010-06-01', rules: { 'status.unknown': { severity: 'error' } } },
      },
    });
    expect(withFile.asOf).toBe('2010-06-01');
    expect(withFile.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['status.unknown:error']);
  });

  test('a bad profile file is reported with its name and the JSON path', () => {
    expect(() => hostProfile({ source: 'team.json', json: { tolerances: { shareSum: 'half' } } })).toThrow(
      /team\.json: not a valid profile: \$\.tolerances\.shareSum/,
    );
    expect(() => hostProfile({ source: 'team.json', json: { colour: 'blue' } })).toThrow(/team\.json/);
    expect(() => hostProfile({ source: 'team.json', json: JSON.parse('{"__proto__": {"polluted": true}}') })).toThrow(
      ConcordatError,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('rule packs', () => {
  const good = shippedPacks()[0].json as { rules: unknown[] };

  test('the shipped packs load', () => {
    expect(loadRulePacks(shippedPacks()).map((p) => p.pack.pack)).toEqual([
      'accepted',
      'action-plan',
      'cells',
      'portfolio',
      'savings',
      'tables',
      'totals',
    ]);
  });

  const base = (rule: unknown) => ({ pack: 'extra', version: '1.0.0', subject: 'action', rules: [rule] });

  test.each([
    [
      'an unknown operator',
      rule({ all: [{ fact: 'ownerKind', operator: 'regexMatch', value: 'x' }] }),
      /\$\.rules\[0\]\.conditions/,
    ],
    [
      'an unknown fact',
      rule({ all: [{ fact: 'salary', operator: 'equal', value: 1 }] }),
      /\$\.rules\[0\]\.conditions\.all\[0\]\.fact: unknown fact "salary"/,
    ],
    [
      'a wrong severity',
      rule({ all: [{ fact: 'ownerKind', operator: 'equal', value: 'blank' }] }, { severity: 'fatal' }),
      /severity/,
    ],
    [
      'a JSONPath filter expression',
      rule({ all: [{ fact: 'ownerKind', operator: 'equal', value: 1, path: '$..[?(@.x)]' }] }),
      /plain property path/,
    ],
    [
      'a list for a single-value operator',
      rule({ all: [{ fact: 'ownerKind', operator: 'equal', value: ['a'] }] }),
      /needs a single value/,
    ],
  ])('rejects %s, naming the file and the JSON path', (_name, r, pattern) => {
    expect(() => loadRulePack(base(r), 'rules/extra.json')).toThrow(pattern);
    expect(() => loadRulePack(base(r), 'rules/extra.json')).toThrow(/^rules\/extra\.json: /);
  });

  test('rejects deep nesting and absurd sizes without overflowing the stack', () => {
    let deep: unknown = { fact: 'ownerKind', operator: 'equal', value: 'blank' };
    for (let i = 0; i < 10000; i++) deep = { not: deep };
    expect(() => loadRulePack(base(rule({ all: [deep] })), 'deep.json')).toThrow(/nested too deeply/);
    const many = { ...base(rule({ all: [{ fact: 'ownerKind', operator: 'equal', value: 'blank' }] })) };
    many.rules = Array.from({ length: 501 }, (_, i) => ({
      ...rule({ all: [{ fact: 'ownerKind', operator: 'equal', value: 'blank' }] }),
      name: `extra.r${i}`,
    }));
    expect(() => loadRulePack(many, 'many.json')).toThrow(/\$\.rules/);
  });

  test('prototype keys in a pack cannot change object prototypes', () => {
    const hostile = JSON.parse(
      JSON.stringify(good).replace('"rules"', '"__proto__":{"polluted":1},"rules"'),
    ) as unknown;
    expect(() => loadRulePack(hostile, 'hostile.json')).toThrow(ConcordatError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a rule id used twice for the same kind of row is an error', () => {
    const r = rule({ all: [{ fact: 'ownerKind', operator: 'equal', value: 'blank' }] });
    expect(() =>
      loadRulePacks([
        { source: 'a.json', json: base(r) },
        { source: 'b.json', json: base(r) },
      ]),
    ).toThrow(/already defined in a\.json/);
  });
});

test('a user rule pack can compare dates with the date operators and use its own message', async () => {
  const pack = {
    pack: 'board-extras',
    version: '1.0.0',
    subject: 'action',
    rules: [
      {
        name: 'board.due-before-as-of',
        conditions: { all: [{ fact: 'dueIso', operator: 'dateBefore', value: { fact: 'asOf' } }] },
        event: {
          type: 'board.due-before-as-of',
          params: {
            title: 'Due before the as-of date',
            severity: 'info',
            column: 'deadline',
            message: '{label} fell due on {dueIso|date}.',
            hint: 'Report it.',
            description: 'Due before the as-of date.',
          },
        },
      },
    ],
  };
  const wb = workbook(
    sheet('Plan', [
      ['Action', 'Officer responsible', 'Due date'],
      ['Publish the register', 'Kevin Dicks', '1 June 2010'],
      ['Review', 'Kevin Dicks', '1 July 2010'],
    ]),
  );
  const r = await check(wb, { packs: [...shippedPacks(), { source: 'board-extras.json', json: pack }] });
  const extra = r.findings.filter((f) => f.pack === 'board-extras');
  expect(extra.map((f) => [f.address, f.message])).toEqual([['C2', 'Publish the register fell due on 1 June 2010.']]);
});
