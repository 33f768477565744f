/**
 * A list printed with no header under a sentence naming who owns each line ("The ‘ownership’ of the
 * Strategic Risks is as follows:"): the lines are what is owned, the last column their owners.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][]) => check(workbook(sheet('Strategic Risk Register', rows)), { asOf: '2008-02-13' });

const risks = (lead: string, owners: CellValue[]): CellValue[][] => [
  ['Strategic Risk Register 2008/9'],
  [],
  [lead],
  [],
  ['Affordable Housing', owners[0]],
  ['Education and other skills attainment', owners[1]],
  ['Spatial Planning', owners[2]],
  ['Climate Change', owners[3]],
  ['Lack of Unitary Status', owners[4]],
  ['Strategic Partnership working', owners[5]],
];

const OWNERS: CellValue[] = [
  'Assistant Director of Customer Services\n\nAssistant Director of Development and Community Services',
  'Deputy Chief Executive',
  'Assistant Director of Development and Community Services',
  'Deputy Chief Executive',
  'Chief Executive and Leader',
  'Chief Executive',
];

test('under a sentence naming the owners, the last column is who owns each line; two posts are two owners', async () => {
  const result = await run(risks('The ‘ownership’ of the Strategic Risks is as follows:', OWNERS));
  expect(result.readings[0].columns.map((c) => c.meaning)).toEqual(['action', 'owner']);
  expect(loud(result)).toEqual(['owner.multiple@B5', 'owner.multiple@B9']);
});

test('under a sentence that names no owner, the same lines are no list of owners', async () => {
  const result = await run(risks('The Strategic Risks are as follows:', OWNERS));
  expect(loud(result)).toEqual([]);
});

test('one line whose last cell names nobody ("See Appendix 3") is no list of owners', async () => {
  const owners = [...OWNERS.slice(0, 5), 'See Appendix 3 for the mitigation plan'];
  expect(loud(await run(risks('The ‘ownership’ of the Strategic Risks is as follows:', owners)))).toEqual([]);
});

test('an owner cell up to 150 characters names owners; a longer one is words about them', async () => {
  // (A blank line more between two posts is one character more, and nothing else.)
  const three = (gap: string) =>
    `Assistant Director of Customer Services\n\nAssistant Director of Development and Community Services${gap}` +
    'Head of Environmental Services and Community Safety';
  const at = (gap: string) => [three(gap), ...OWNERS.slice(1)];
  const lead = 'The ‘ownership’ of the Strategic Risks is as follows:';
  expect([three('\n\n'), three('\n\n\n')].map((t) => t.length)).toEqual([150, 151]);
  expect(loud(await run(risks(lead, at('\n\n'))))).toContain('owner.multiple@B5');
  expect(loud(await run(risks(lead, at('\n\n\n'))))).toEqual([]);
});
