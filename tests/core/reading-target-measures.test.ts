/**
 * A plan's "Performance Target" or "Targets and Timescales" column holds what is to be achieved:
 * some targets by a date, written alone or within the words, others measures with no date. The
 * dated ones are held to their dates; a measure sets no deadline and is not a vague one.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

// AS_OF is 14 June 2010.
const plan = (targets: CellValue[], header = 'Quarter 1 Performance Target') =>
  check(
    workbook(
      sheet('Action Plan Q1', [
        ['Corporate Strategic Action Plan'],
        [],
        ['Priorities', 'Year 2 (2010/11) Task', header, 'Status'],
        [
          'A flourishing local economy',
          'Implementation of the growth plan agreed with the county',
          targets[0],
          'On target',
        ],
        [null, 'Influence the Local Enterprise Partnership to secure growth bids', targets[1], 'On target'],
        [null, 'Implementation of the levy charging arrangements', targets[2], 'Off target'],
        [null, 'Completion of the infrastructure delivery plan', targets[3], 'Off target'],
      ]),
    ),
  );

describe('a column of targets, some with dates', () => {
  test('a date within a target is its deadline; measures with no date say nothing', async () => {
    const result = await plan([
      'Funding secured for Growth Plan',
      '120 engagements with businesses & 40 business assists',
      'Approval of arrangements in May 2010',
      'April 2010',
    ]);
    expect(result.readings[0].columns.find((c) => c.column === 3)?.meaning).toBe('deadline');
    expect(result.readings[0].columns.find((c) => c.column === 2)?.meaning).toBe('action');
    expect(loud(result)).toEqual(['deadline.slipped@C6', 'deadline.slipped@C7']);
  });

  test('a target dated this month is not yet overdue; last month it was', async () => {
    const dated = (month: string) =>
      plan([
        'Funding secured for Growth Plan',
        '120 engagements with businesses & 40 business assists',
        `Approval of arrangements in ${month}`,
        'March 2011',
      ]);
    expect(loud(await dated('June 2010'))).toEqual([]);
    expect(loud(await dated('May 2010'))).toEqual(['deadline.slipped@C6']);
  });

  test('several dates within a target: the last is when it is due', async () => {
    const result = await plan([
      'Meeting of officers 2009 First guidance note produced 2011',
      'Include six community projects in e-bulletins per year Annually',
      'Refresh of the brand 2011',
      'June 2011',
    ]);
    expect(loud(result)).toEqual([]);
  });

  test('one measure among dates is a deadline in words, as in any deadline column', async () => {
    const result = await plan(
      ['When the new system is agreed by partners', 'May 2011', 'June 2011', 'July 2011'],
      'Performance Target',
    );
    expect(loud(result)).toEqual(['deadline.vague@C4']);
  });

  test('two measures among four make it a column of targets', async () => {
    const result = await plan(
      ['When the new system is agreed by partners', 'Funding secured for Growth Plan', 'June 2011', 'July 2011'],
      'Performance Target',
    );
    expect(loud(result)).toEqual([]);
  });
});
