/** A check prepared once for a run: packs and profile refused before any workbook, and shared by every workbook after. */
import { checkWorkbook } from '../../src/core/check';
import { ConcordatError } from '../../src/core/errors';
import { prepareCheck, resolveProfile } from '../../src/core/prepare';
import { canonicalJson, sha256Hex } from '../../src/core/sha256';
import { ownersPack, shippedPacks } from '../../testkit/packs';
import { AS_OF, sheet, workbook } from './support/workbooks';

const NOW = new Date(`${AS_OF}T09:00:00Z`);

const plan = sheet('Plan', [
  ['Action', 'Officer responsible', 'Target date', 'Status'],
  ['Publish the register', 'Kevin Dicks', '1 June 2010', 'Purple'],
]);
const switchedOff = sheet('Concordat settings', [['Rule deadline.slipped', 'off']]);

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (err) {
    return err instanceof ConcordatError ? err.code : 'not a ConcordatError';
  }
  return undefined;
};

test('a bad pack or profile is refused when the check is prepared, with its code', () => {
  const broken = { source: 'extra.json', json: { ...ownersPack(), version: 'one' } };
  expect(codeOf(() => prepareCheck([...shippedPacks(), broken]))).toBe('pack.invalid');
  expect(() => prepareCheck([...shippedPacks(), broken])).toThrow(/^extra\.json: not a valid rule pack: \$\.version/);
  expect(codeOf(() => prepareCheck(shippedPacks(), { source: 'team.json', json: { colour: 'blue' } }))).toBe(
    'profile.invalid',
  );
});

test('a pack listing a fact its subject does not provide for its findings is refused, naming the path', () => {
  const pack = ownersPack() as { rules: { event: { params: Record<string, unknown> } }[] };
  pack.rules[0].event.params.facts = ['label', 'daysLate'];
  expect(() => prepareCheck([{ source: 'extra.json', json: pack }])).toThrow(
    /^extra\.json: \$\.rules\[0\]\.event\.params\.facts\[1\]: unknown fact "daysLate"/,
  );
});

test('one prepared check serves several workbooks, each with its own settings sheet', async () => {
  const prepared = prepareCheck(shippedPacks());
  const first = await checkWorkbook(workbook(plan), prepared, { asOf: AS_OF, now: NOW });
  const second = await checkWorkbook(workbook(plan, switchedOff), prepared, { asOf: AS_OF, now: NOW });
  const again = await checkWorkbook(workbook(plan), prepared, { asOf: AS_OF, now: NOW });
  expect(first.findings.map((f) => f.ruleId)).toContain('deadline.slipped');
  expect(second.findings.map((f) => f.ruleId)).not.toContain('deadline.slipped');
  expect(again.findings).toEqual(first.findings);
});

test('the rules are built once for each setting of them a run meets', () => {
  const prepared = prepareCheck(shippedPacks());
  const plain = resolveProfile(workbook(plan));
  const off = resolveProfile(workbook(plan, switchedOff));
  expect(prepared.runnersFor(plain)).toBe(prepared.runnersFor(resolveProfile(workbook(plan))));
  expect(prepared.runnersFor(off)).not.toBe(prepared.runnersFor(plain));
});

test('the host profile is merged over each workbook’s settings sheet, and wins', async () => {
  const prepared = prepareCheck(shippedPacks(), {
    source: 'team.json',
    json: { rules: { 'deadline.slipped': { enabled: true, severity: 'warning' } } },
  });
  const result = await checkWorkbook(workbook(plan, switchedOff), prepared, { asOf: AS_OF, now: NOW });
  expect(result.findings.filter((f) => f.ruleId === 'deadline.slipped').map((f) => f.severity)).toEqual(['warning']);
});

test('the rules hash is the packs and the profile written out in full, whichever workbook asks first', () => {
  const prepared = prepareCheck(shippedPacks());
  const plain = resolveProfile(workbook(plan));
  const off = resolveProfile(workbook(plan, switchedOff));
  const inFull = (profile: typeof plain) =>
    sha256Hex(canonicalJson({ packs: prepared.packs.map((p) => p.pack), profile }));
  expect(prepared.rulesHash(off)).toBe(inFull(off));
  expect(prepared.rulesHash(plain)).toBe(inFull(plain));
  expect(prepared.rulesHash(resolveProfile(workbook(plan)))).toBe(inFull(plain));
  expect(prepared.rulesHash(off)).not.toBe(prepared.rulesHash(plain));
});
