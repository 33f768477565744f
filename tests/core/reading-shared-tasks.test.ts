/**
 * Minutes in prose that give a task to two people together, as village hall committees, parish
 * councils and community trusts write them: each such task names no single person to answer for it.
 */
import { sharedTaskWho } from '../../src/core/tables/shared-tasks';
import { check, loud, sheet, workbook } from './support/workbooks';

describe('who a sentence gives a task to together', () => {
  test.each([
    ['Dinah and Pearl will pursue to see if 6 volunteers can be found.', 'Dinah and Pearl'],
    ['ACTION: The Chair and Cllr Wyard will organise this work.', 'The Chair and Cllr Wyard'],
    ['The street sign for Station Road is damaged. Clerk and Cllr Lowe to report.', 'Clerk and Cllr Lowe'],
    ['Minutes were incomplete. Nicki and Lynn agreed to resend the correct minutes.', 'Nicki and Lynn'],
    ['Jeff and Richard would contact Hywel Bowen to arrange a date.', 'Jeff and Richard'],
    // After "that", with a title and initials, "should", "now", or already at work on it.
    ['It was agreed that the Clerk and Cllr. D. Smith should write to Highways.', 'the Clerk and Cllr. D. Smith'],
    ['It was agreed that Andrea and Anna would now arrange a meeting.', 'Andrea and Anna'],
    [
      'Funding is agreed. Mike Freeman and Rachael Williams are working with the school.',
      'Mike Freeman and Rachael Williams',
    ],
    ['The Clerk and SD are to draft a response.', 'The Clerk and SD'],
    // A title in the plural over two surnames, a trustee by title, and "Agreed" opening the task.
    ['It was agreed that Councillors Johnson and Ashfield would follow this up.', 'Councillors Johnson and Ashfield'],
    ['Agreed Clerk and Trustee Alexander to follow up the lease.', 'Clerk and Trustee Alexander'],
  ])('%s', (text, who) => {
    expect(sharedTaskWho(text)).toBe(who);
  });

  test.each([
    ['Dinah will contact the Help organisation.', 'one person'],
    ['Council and Committee to consider the matter in March.', 'bodies, not people'],
    ['Helen Golightly and Paul Woods to present the item.', 'presenting an item, no task'],
    ['Debbie and Anna to be thanked for their work.', 'a thing done to them'],
    ['The minutes and accounts were approved.', 'no task at all'],
    ['It was noted that Sean & Lorna are resigning but will stay on.', 'leaving, no task'],
    ['It was agreed that Helen and Paul should be thanked.', 'a thing done to them'],
    ['Cllr Smith said the Clerk and Cllr Jones should write to Highways.', 'no clause of its own'],
  ])('%s gives no shared task (%s)', (text) => {
    expect(sharedTaskWho(text)).toBeNull();
  });
});

describe("a meeting's minutes in prose with a task given to two", () => {
  // After a joint audit committee's minutes: the meeting, who was present, then matters arising.
  const minutes = (task: string, title = 'MINUTES', present = 'PRESENT') =>
    check(
      workbook(
        sheet('Minutes', [
          ['JOINT AUDIT AND ETHICS COMMITTEE'],
          ['MONDAY 13 JUNE 2016 AT 1:30PM'],
          [title],
          [present],
          ['Mr Clive Portman (Chair)'],
          ['Mr David Jones'],
          ['1. MATTERS ARISING'],
          ['The Chair noted that the next meeting had been moved to the 15th August 2016.'],
          [`The Committee noted that a training session had not yet been arranged. ${task}`],
        ]),
      ),
      { asOf: '2016-08-15' },
    );
  const shared = 'Mr Cosh and Mr Freeman agreed to ensure that arrangements for the session would be made.';

  test('the shared task is said to name no single person', async () => {
    const out = await minutes(shared);
    expect(loud(out)).toEqual(['owner.multiple@A9']);
    expect(out.findings.find((f) => f.ruleId === 'owner.multiple')?.message).toContain('(Mr Cosh and Mr Freeman)');
  });

  test('a task given to one, or minutes that name no meeting, are not read for it', async () => {
    expect(loud(await minutes('Mr Cosh agreed to ensure that arrangements for the session would be made.'))).toEqual(
      [],
    );
    expect(loud(await minutes(shared, 'TRAINING PLAN', 'LEADS'))).toEqual([]);
  });

  test('only people the record names as people: a post, a titled name, a first name among those present, or two first names alone', async () => {
    expect(loud(await minutes('Workshops and Professional Fees to do the training.'))).toEqual([]);
    // (Two first names, one word each, though the record does not list them as present.)
    expect(loud(await minutes('Jeff and Richard would contact Hywel Bowen to arrange a date.'))).toEqual([
      'owner.multiple@A9',
    ]);
    // (A first name and a name of two words, or services, are no two members.)
    expect(loud(await minutes('Conserving Biodiversity and Landscape to be led by the group.'))).toEqual([]);
    expect(loud(await minutes('Jeff and Richard Bowen Trust to contact the school.'))).toEqual([]);
    expect(loud(await minutes('Highways and Planning to consider the junction.'))).toEqual([]);
    // (A title in the plural names each surname after it as a person.)
    expect(loud(await minutes('Trustees Alexander and Howden offered to contact the insurer.'))).toEqual([
      'owner.multiple@A9',
    ]);
    expect(loud(await minutes('Trustees Alexander and Howden Trust to contact the insurer.'))).toEqual([]);
  });
});

describe('a minute read for one task that gives another to two together', () => {
  // A parish council's minutes, each asking someone to act; the third asks two as well.
  const minutes = (third: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the meeting of the Parish Council held on 3 May 2016'],
          ['Present: Cllr Hay (Chair), Cllr Morgan, Clerk'],
          ['1. The Clerk was asked to write to the highways department about the verge.'],
          ['2. Cllr Hay was asked to inspect the bench on the green.'],
          [`3. The Clerk was asked to order a salt bin for Church Lane.${third}`],
        ]),
      ),
      { asOf: '2016-05-03' },
    );

  test('is said to name no single person for that task', async () => {
    const out = await minutes(' Cllr Hay and Cllr Morgan will arrange the volunteers to fill it.');
    expect(loud(out)).toEqual(['owner.multiple@A5']);
    expect(out.findings[0].message).toContain('(Cllr Hay and Cllr Morgan)');
  });

  test('a minute asking one person alone, or two to be thanked, is not', async () => {
    expect(loud(await minutes(''))).toEqual([]);
    expect(loud(await minutes(' Cllr Hay and Cllr Morgan will be thanked for the work.'))).toEqual([]);
  });
});

describe('a task a meeting gives to a body of people', () => {
  // A national committee's minutes page: the meeting, an item, what the committee noted, then the
  // tasks it set, as its officers print them.
  const minutes = (...tasks: string[]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Agenda and minutes'],
          ['Fire Services Management Committee - Friday, 5th September, 2014 11.00 am'],
          ['No. Item'],
          ['Membership and appointments to outside bodies 2014-15'],
          ['The Chair welcomed new Members of the Committee and noted the work of retiring Members.'],
          ['The Chair was asked to write to the Minister about the review of terms and conditions.'],
          ['The Clerk was asked to circulate the dates of next year’s meetings.'],
          ...tasks.map((t) => [t]),
          ['Members noted the report and agreed the places on the outside bodies.'],
        ]),
      ),
      { asOf: '2014-09-05' },
    );

  test.each([
    'Officers to circulate the list of outside appointments to all Members of the Committee.',
    'Committee to purchase refreshments.',
    'All members to review the terms of reference.',
    'Working group to draft terms of reference for each sub-committee.',
    '• Board to draft a newsletter on the return to the stadium.',
  ])('%s is a task no one person answers for', async (task) => {
    const out = await minutes(task);
    expect(loud(out)).toEqual(['owner.not-a-person@A8']);
  });

  test.each([
    ['Members to robe.', 'members alone: what the meeting does'],
    ['Council to consider the budget in January.', 'the council: what it resolves'],
    ['Committee to note the report.', 'noting asks nothing'],
    ['Officers to be thanked for their work.', 'a thing done to them'],
  ])('%s is no task (%s)', async (line) => {
    expect(loud(await minutes(line))).toEqual([]);
  });

  test('outside a meeting’s record, a body’s task is what a paper asks of it', async () => {
    const plan = await check(
      workbook(
        sheet('Plan', [
          ['Priorities for 2014/15'],
          ['The Chair was asked to write to the Minister about the review of terms and conditions.'],
          ['The Clerk was asked to circulate the dates of next year’s meetings.'],
          ['Committee to purchase refreshments.'],
        ]),
      ),
      { asOf: '2014-09-05' },
    );
    expect(loud(plan)).toEqual([]);
  });
});

describe('a date a meeting’s record sets for something to be done', () => {
  // A trust board's minutes: two tasks asked of the clerk, and a matter with a date of its own.
  const minutes = (line: string, asOf: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['NIABT Board – Minutes of the meeting held on 17 September 2008'],
          ['Present: Dr Ian Enlander (Chair), Mr Ken Bishop, Ms Joanne Stewart'],
          ['The Clerk was asked to write to the Department about the grant.'],
          ['The Chair was asked to circulate the draft strategy to members.'],
          [line],
          ['The next meeting will be held in November.'],
        ]),
      ),
      { asOf },
    );
  const line = 'The approved paper on the European visit to go to Board Members by 31 August 2008.';

  test('is said where it has passed, on the minute, and nothing else of it', async () => {
    const out = await minutes(line, '2008-09-17');
    expect(loud(out)).toEqual(['deadline.slipped@A5']);
    expect(out.findings[0].message).toContain('was due by 31 August 2008');
  });

  test('a day either side of the date decides', async () => {
    expect(loud(await minutes(line, '2008-09-01'))).toEqual(['deadline.slipped@A5']);
    expect(loud(await minutes(line, '2008-08-31'))).toEqual([]);
  });

  test('a date in numbers counts; a time of day or a date with no "by" sets nothing', async () => {
    expect(loud(await minutes('Poster for the Christmas event required by 23/09/07.', '2008-09-17'))).toContain(
      'deadline.slipped@A5',
    );
    expect(loud(await minutes('The hall was booked on 31 August 2008 for the fair.', '2008-09-17'))).toEqual([]);
    expect(loud(await minutes('The meeting closed by 9.30pm.', '2008-09-17'))).toEqual([]);
  });
});
