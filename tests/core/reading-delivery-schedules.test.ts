/**
 * Infrastructure delivery schedules and costed plans: schemes with who leads them, when they are
 * delivered and what they cost, over a total of the costs. The total is checked as in any table of
 * figures, a cost given as a pointer to the line above is said to be unreadable, and a scheme
 * delivered over two phases ("2013-2016" over "2017-2021") has not had its date moved.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const schedule = (opts: { total?: number; earlStreet?: CellValue; phasing?: string } = {}) =>
  check(
    workbook(
      sheet('Appendix A', [
        ['Appendix A: INFRASTRUCTURE DELIVERY SCHEDULE – February 2014'],
        [
          'Category',
          'Scheme',
          'Location',
          'Estimated Cost',
          'Who?\nLead and delivery partners',
          'When?\nDelivery Phasing',
        ],
        ['Built Environment'],
        [
          'Public realm improvements',
          'Week Street',
          'Town Centre',
          2000000,
          'MBC',
          opts.phasing ?? '2013-2016\n2017-2021',
        ],
        ['Public realm improvements', 'High Street Stage 2', 'Town Centre', 0, 'MBC', '2013-2016'],
        ['Public realm improvements', 'Riverside linkages', 'Town Centre', 1500000, 'MBC', '2013-2016\n2017-2021'],
        [
          'Public realm improvements',
          'Earl Street',
          'Town Centre',
          opts.earlStreet ?? 0,
          'MBC',
          '2013-2016\n2017-2021',
        ],
        ['Public realm improvements', 'Gabriels Hill', 'Town Centre', 300000, 'MBC', '2013-2016\n2017-2021'],
        [null, 'Total Estimated Cost', null, opts.total ?? 3800000],
      ]),
    ),
    { asOf: '2014-02-28' },
  );

test('a schedule whose costs add up and whose schemes run over two phases has nothing to flag', async () => {
  expect(loud(await schedule())).toEqual([]);
});

test('its total is checked against the schemes above it', async () => {
  expect(loud(await schedule({ total: 3850000 }))).toEqual(['totals.row-mismatch@D9']);
});

test('"Linked to above" where a cost goes is unreadable, and says what to write instead', async () => {
  const result = await schedule({ earlStreet: 'Linked to above' });
  expect(loud(result)).toEqual(['cell.unreadable@D7']);
  expect(result.findings.find((f) => f.ruleId === 'cell.unreadable')?.message).toContain(
    '0 where the line above counts it',
  );
});

test('spans of two years or more are phases; a financial year then the next is a date moved', async () => {
  expect(loud(await schedule({ phasing: '2013-2015\n2016-2018' }))).toEqual([]);
  expect(loud(await schedule({ phasing: '2014-2015\n2015-2016' }))).toContain('deadline.revised-later@F4');
  expect(loud(await schedule({ phasing: '31/03/2015\n31/03/2016' }))).toContain('deadline.revised-later@F4');
});
