/**
 * A savings line answers to one lead officer, as an action does: two names in the cell, or a team,
 * leave no one to ask why the saving slipped.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, meaningOf, sheet, workbook } from './support/workbooks';

const HEADER = ['Ref', 'Service Activity', 'Description of Item', '2008/09 £000', '2009/10 £000', 'HoS'];
const line = (ref: string, hos: CellValue): CellValue[] => [
  ref,
  'Community Learning Services',
  `Saving ${ref}`,
  -100,
  -100,
  hos,
];

const run = (rows: CellValue[][]) => check(workbook(sheet('Savings', [HEADER, ...rows])), { asOf: '2008-02-01' });

test('one head of service leads each line: clean', async () => {
  const result = await run([line('CSL1', 'Andrew Hind'), line('CSL2', 'Rosemary Tong'), line('CSL3', 'Andrew Hind')]);
  expect(meaningOf(result, 'HoS')).toBe('owner');
  expect(loud(result)).toEqual([]);
});

test('two people or a team in the lead cell of a savings line are flagged, with its own wording', async () => {
  const result = await run([
    line('CSL1', 'Andrew Hind'),
    line('CSL2', "Children's Services and Learning Management Team"),
    line('CSL3', 'Rosemary Tong / Andrew Hind'),
    line('CSL4', 'Rosemary Tong'),
  ]);
  expect(loud(result)).toEqual(['owner.not-a-person@F3', 'owner.multiple@F4']);
  const messages = result.findings.filter((f) => f.ruleId.startsWith('owner')).map((f) => f.message);
  expect(messages).toEqual([
    'Saving CSL2 is led by "Children\'s Services and Learning Management Team", a body rather than a named officer.',
    'Saving CSL3 names more than one lead officer (Rosemary Tong and Andrew Hind), so no single person answers for the saving.',
  ]);
});
