/**
 * Grants listed with each award in words and its yearly parts beside it, as a trust's committee
 * publishes them: each award held to its parts.
 */
import type { CellValue } from '../../src/core/snapshot';
import { statedBreakdown } from '../../src/core/parse/breakdowns';
import { check, loud, sheet, workbook } from './support/workbooks';

describe('an award stated with its yearly parts', () => {
  test.each([
    ['£108,900 over three years (3 x £36,300) towards the salary of ESOL tutors', 108900, 108900],
    ['£147,470 over three years (£48,320; £49,550; £49,600) for an Administrator', 147470, 147470],
    ['£342,250 over five years (£64,500, £64,000, £68,000, £71,500, £74,250)', 342250, 342250],
    ['£100,000 over two years (2 × £50,000)', 100000, 100000],
  ])('%s states %i in parts coming to %i', (text, total, parts) => {
    expect(statedBreakdown(text)).toMatchObject({ total, parts });
  });

  test.each([
    ['£90,000 over three years (£30,000; £30,000)', 'two parts for three years'],
    ['£332,000 over three years (£121,000; £105,000; £106,00)', 'a part not written in full'],
    ["£123,000 over three years (')", 'no parts'],
    ['£90,000 towards the costs of ESOL classes', 'no parts at all'],
    ['£90,000 over one year (£90,000)', 'one year is no breakdown'],
    ['£90,000 over three years (2 x £45,000)', 'as many parts as years, or none'],
  ])('%s states no parts to hold it to (%s)', (text) => {
    expect(statedBreakdown(text)).toBeNull();
  });
});

describe('a grants list whose awards state their yearly parts', () => {
  const grants = (
    baytree: string,
    paiwand = '£90,000 over three years (3 x £30,000) for ESOL classes.',
    society = '£180,000 over three years (3 x £60,000) for the Boys & Young Men project.',
  ) =>
    check(
      workbook(
        sheet('Grants Sep 2016', [
          ['Over £2.4 million awarded at September meeting'],
          [],
          ['English for Speakers of Other Languages'],
          ['Afghan Association Paiwand', paiwand],
          [],
          ['Baytree Centre', baytree],
          ['Church Children’s Society', society],
        ] as CellValue[][]),
      ),
      { asOf: '2016-09-30' },
    );

  test('an award its parts do not come to is out, named with its grantee and both sums', async () => {
    expect(loud(await grants('£108,900 over three years (3 x £36,300) towards tutors.'))).toEqual([]);
    const out = await grants('£108,900 over three years (3 x £36,600) towards tutors.');
    expect(loud(out)).toEqual(['amounts.parts-vs-total@B6']);
    expect(out.findings.find((f) => f.ruleId === 'amounts.parts-vs-total')?.message).toBe(
      'Baytree Centre: its yearly parts (3 x £36,600) add up to £109,800, but the award in column B shows £108,900 (a difference of £900).',
    );
  });

  test('each part may be rounded to the pound: three parts may be £3 out, not £4', async () => {
    const thirds = (total: string) => grants(`${total} over three years (3 x £33,333) towards tutors.`);
    expect(loud(await thirds('£100,000'))).toEqual([]);
    expect(loud(await thirds('£100,002'))).toEqual([]);
    expect(loud(await thirds('£100,003'))).toEqual(['amounts.parts-vs-total@B6']);
  });

  test('one award stating its parts is an aside, not a list of them', async () => {
    const plain = ['£90,000 for ESOL classes.', '£180,000 for the Boys & Young Men project.'] as const;
    expect(loud(await grants('£108,900 over three years (3 x £36,600) towards tutors.', ...plain))).toEqual([]);
  });
});
