/**
 * Action lists with no column for a deadline, where the action's words set a day ("Look into joint
 * ad … by 22 January"): that day is the action's deadline.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, workbook, sheet } from './support/workbooks';

const AS_OF = '2010-02-01';

const actions = (rows: CellValue[][], header: CellValue[] = ['NAME', 'ACTION']) =>
  check(
    workbook(
      sheet('Actions', [
        ['East Linton Playgroup'],
        ['Meeting – Monday 1 February 2010'],
        ['Review of Actions from Last Meeting'],
        header,
        ...rows,
      ]),
    ),
    { asOf: AS_OF },
  );

const slipped = (result: Awaited<ReturnType<typeof check>>) => loud(result).filter((id) => id.startsWith('deadline.'));

describe('a deadline set in an action\u2019s words, in a table with no date column', () => {
  test('a day passed while the action is open is a slipped deadline, the day itself is not', async () => {
    const result = await actions([
      ['Wendy', 'Provide list of planned themed days for website'],
      ['Maxine', 'Look into joint ad with B&T in ELDA by 31 January'],
      ['Rebecca', 'Send the register to the treasurer by 1 February'],
      ['Ailsa', 'Book the hall for the open day by 2nd February 2010'],
    ]);
    expect(slipped(result)).toEqual(['deadline.slipped@B6']);
    const finding = result.findings.find((f) => f.ruleId === 'deadline.slipped');
    expect(finding?.message).toContain('by 31 January');
  });

  test('a day written as figures, or after "no later than", is read too', async () => {
    const result = await actions([
      ['Zoe', 'Confirm attendance with NH by 20/1/10'],
      ['Donna', 'Return the forms no later than 29th January 2010'],
      ['Emma', 'Update the notice board'],
    ]);
    expect(slipped(result)).toEqual(['deadline.slipped@B5', 'deadline.slipped@B6']);
  });

  test('a month alone, or "mid January", names no day and sets no deadline', async () => {
    const result = await actions([
      ['Zoe', 'Update induction booklet by mid January'],
      ['Pam', 'Consolidate recruitment and other policy docs by January 2010'],
      ['Wendy', 'Review the fees by January'],
    ]);
    expect(slipped(result)).toEqual([]);
  });

  test('an action whose status says it is done has not slipped', async () => {
    const result = await actions(
      [
        ['Wendy', 'Order the new tabards by 15 January', 'Done'],
        ['Maxine', 'Look into joint ad with B&T in ELDA by 22 January', 'In progress'],
      ],
      ['NAME', 'ACTION', 'STATUS'],
    );
    expect(slipped(result)).toEqual(['deadline.slipped@B6']);
  });

  test('where the table has a deadline column, the column sets the date and not the words', async () => {
    const result = await actions(
      [
        ['Wendy', 'Order the new tabards by 15 January', '31/03/2010'],
        ['Maxine', 'Look into joint ad with B&T in ELDA', '22/01/2010'],
      ],
      ['NAME', 'ACTION', 'DEADLINE'],
    );
    expect(slipped(result)).toEqual(['deadline.slipped@C6']);
  });
});
