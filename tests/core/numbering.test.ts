/**
 * Line numbers as councils print them, and a number used twice where the numbering then skips the
 * one it should have been: the slip, whatever the numbering.
 */
import { repeatsMinute, skipsOver, stepOn } from '../../src/core/tables/numbering';
import { check, ids, sheet, workbook } from './support/workbooks';

describe('a line number stepped on in its own numbering', () => {
  test.each([
    ['12', 1, '13'],
    ['332.6', 2, '332.8'],
    ['A8', 2, 'A10'],
    ['j.', 2, 'l.'],
    ['(m)', 2, '(o)'],
    ['(ii)', 2, '(iv)'],
    ['IV', 1, 'V'],
    ['Project 5:', 2, 'Project 7:'],
    // (A count written with leading noughts keeps its width; one without gains none.)
    ['24/018', 2, '24/020'],
    ['24/098', 2, '24/100'],
    ['24/18', 2, '24/20'],
    ['09', 1, '10'],
  ])('%s stepped on %i is %s', (text, steps, next) => {
    expect(stepOn(text, steps)).toBe(next);
  });

  test('words with no counter, and a letter stepped past z, have no next', () => {
    expect(stepOn('Total', 1)).toBeNull();
    expect(stepOn('z.', 1)).toBeNull();
  });
});

describe('a number used twice', () => {
  test('is a slip where the next is the one after the number it should have been', () => {
    expect(skipsOver('2.3', '2.3', '2.5')).toBe(true);
    expect(skipsOver('j.', 'j.', 'l.')).toBe(true);
    // (A parish's minutes numbered "24/018", "24/018", "24/020".)
    expect(skipsOver('24/018', '24/018', '24/020')).toBe(true);
  });

  test('not where the numbering goes straight on, or jumps further, or the number is not repeated', () => {
    expect(skipsOver('2.3', '2.3', '2.4')).toBe(false);
    expect(skipsOver('2.3', '2.3', '2.6')).toBe(false);
    expect(skipsOver('2.2', '2.3', '2.5')).toBe(false);
    expect(skipsOver(undefined, '2.3', '2.5')).toBe(false);
  });
});

describe("a minute's number in parts given to two minutes running", () => {
  test('is a slip where the counts are written with a leading nought, whatever follows', () => {
    expect(repeatsMinute(['414/01', '414/03', '414/03'])).toBe(true);
    expect(repeatsMinute(['331.02', '331.02'])).toBe(true);
    expect(repeatsMinute(['425/09', '425/10', '425/10'])).toBe(true);
    // (Lettered parts between the two are no minutes of their own.)
    expect(repeatsMinute(['400/01', '400/03', 'a)', 'b)', '400/03'])).toBe(true);
  });

  test('not where no count has a leading nought, nor where the two are apart, nor the number differs', () => {
    expect(repeatsMinute(['12/21', '12/21', '14/21'])).toBe(false);
    expect(repeatsMinute(['414/01', '414/02', '414/01'])).toBe(false);
    expect(repeatsMinute(['414/03', '414/04'])).toBe(false);
    expect(repeatsMinute(['4/1', '4/1'])).toBe(false);
  });
});

describe('minutes numbered in parts, their actions what the meeting asked of someone', () => {
  const minutes = (second: string) =>
    check(
      workbook(
        sheet('Minutes 24 Mar 2014', [
          ['PRESENT:', 'Cllr Mrs J. Crisp (Mayor)'],
          ['380/01', 'APOLOGIES', 'Apologies were received from Cllr P. Davies'],
          [second, 'DECLARATIONS OF INTEREST', 'Cllr G. Morgan declared a personal interest in item 7.'],
          [
            '380/02',
            'MINUTES',
            'The minutes were read and confirmed. Clerk was asked to write to PCC about the toilets.',
          ],
          ['380/04', 'CORRESPONDENCE', 'It was agreed that the Clerk will reply to Mrs Morley.'],
        ]),
      ),
      { asOf: '2014-03-24' },
    );

  test('the number given twice is said beside the actions read', async () => {
    const result = await minutes('380/02');
    expect(ids(result)).toEqual(['id.duplicate@A4']);
    expect(result.findings[0].message).toBe('Reference "380/02" is used more than once (first on row 3).');
    expect(result.readings.map((r) => r.kindReason)).toEqual([
      "minutes in prose whose actions are what the meeting asked of someone ('Clerk was asked to …')",
      "the minutes' own numbers, read beside their actions",
    ]);
  });

  test('numbered straight on, only the actions are read', async () => {
    expect(ids(await minutes('380/03'))).toEqual([]);
  });
});

describe("a council's decisions listed by number, with no header row", () => {
  const decisions = (tenth: string) =>
    check(
      workbook(
        sheet('LAC 342', [
          ['LAC 342', null, '15th April 2008'],
          ['342.7', 'Cemetery', 'Improvements to be drawn up and costed'],
          ['342.8', 'Ballymoney Cemetery Memorials', 'Grant permission'],
          ['342.9', 'Recreational Facility Sub Committee Minutes', 'Adopted'],
          [tenth, 'Countryside Walks Programme 2008', 'Noted'],
          ['342.11', 'Amenities Capital Projects 2008-2009 Select Lists', 'Agreed'],
        ]),
      ),
      { asOf: '2008-04-15' },
    );

  test('a number used twice, the next skipping the one it should have been, is said', async () => {
    const result = await decisions('342.9');
    expect(ids(result)).toEqual(['id.duplicate@A5']);
    expect(result.findings[0].message).toBe('Reference "342.9" is used more than once (first on row 4).');
  });

  test('numbered straight through, the list is left alone', async () => {
    const result = await decisions('342.10');
    expect(ids(result)).toEqual([]);
    expect(result.skippedSheets).toEqual(['LAC 342']);
  });
});

describe('a list that ends on a number used twice', () => {
  const minutes = (numbers: string[]) =>
    check(
      workbook(
        sheet(
          'Minutes',
          numbers.map((n, i) => [
            n,
            ['Apologies', 'Public participation', 'Matters arising', 'Finance', 'Planning'][i],
          ]),
        ),
      ),
      { asOf: '2022-09-05' },
    );

  test('is a slip where the list counts up to the number by one, from its start or from a fresh 1', async () => {
    expect(ids(await minutes(['1322', '1323', '1324', '1325', '1325']))).toEqual(['id.duplicate@A5']);
    expect(ids(await minutes(['4', '1', '2', '2']))).toEqual(['id.duplicate@A4']);
    expect(ids(await minutes(['1', '2', '2']))).toEqual(['id.duplicate@A3']);
  });

  test('not where the run before it starts elsewhere, is a single number, or the list goes on', async () => {
    // Minutes of several meetings cited: "11", "9", "10", "10".
    expect(ids(await minutes(['11', '9', '10', '10']))).toEqual([]);
    expect(ids(await minutes(['7', '7']))).toEqual([]);
    expect(ids(await minutes(['3', '4', '4', '5']))).toEqual([]);
  });
});

describe('line numbers typed as figures', () => {
  const targets = (numbers: number[]) =>
    check(
      workbook(
        sheet('Targets', [
          ['Parish Council targets 2020/21'],
          [numbers[0], 'Continue improving the environment of the village green'],
          [numbers[1], 'Continue to press the authorities on speeding through the village'],
          [numbers[2], 'Review the council’s financial regulations and standing orders'],
          [numbers[3], 'Ensure that council procedures are followed at every meeting'],
        ]),
      ),
      { asOf: '2020-06-01' },
    );

  test('whole numbers are line numbers: 8, 8, 10 is a slip (up to 9,999, years aside)', async () => {
    expect(ids(await targets([7, 8, 8, 10]))).toEqual(['id.duplicate@A4']);
    expect(ids(await targets([996, 997, 997, 999]))).toEqual(['id.duplicate@A4']);
  });

  test('from ten thousand they may be dates or amounts, and are left alone', async () => {
    expect(ids(await targets([9998, 9999, 9999, 10001]))).toEqual([]);
  });
});

describe("a drainage board's minutes counted on for years, typed as figures", () => {
  const minutes = (numbers: [number, number, number, number]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Finance and General Purposes Committee'],
          [numbers[0], 'Apologies', 'Apologies were received from Mr Barnes and Ald Sykes.'],
          [numbers[1], 'Chairman’s Announcements', 'There were no Chairman’s Announcements.'],
          [numbers[2], 'Declarations of Interest', 'There were no declarations of interest.'],
          [numbers[3], 'Minutes of the Previous Meetings', 'The minutes of the meeting were approved.'],
        ]),
      ),
      { asOf: '2020-01-16' },
    );

  test('a number used twice, the next skipping the one it should have been, is said up to 9,999', async () => {
    expect(ids(await minutes([2986, 2987, 2987, 2989]))).toEqual(['id.duplicate@A4']);
    expect(ids(await minutes([9996, 9997, 9997, 9999]))).toEqual(['id.duplicate@A4']);
  });

  test('years in the first cell (2019, 2019, 2021) are no minutes numbered', async () => {
    expect(ids(await minutes([2018, 2019, 2019, 2021]))).toEqual([]);
  });
});

describe("minutes kept as lines of prose, each opening with the minute's number", () => {
  const prose = (lines: string[]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Parish Council meeting held on 5th September 2022'],
          ['Present: Cllr B. Hancock (in the chair), M. Burton, H. Davidson'],
          ...lines.map((l) => [l]),
        ]),
      ),
      { asOf: '2022-09-05' },
    );

  test('a number used twice, the next skipping it or the minutes ending on it, is said', async () => {
    const skipping = await prose([
      '1. Apologies. Cllr S Davey.',
      '2. Declarations of Interest. None.',
      '3. Finance: the accounts were approved.',
      'The clerk reported the bank balance.',
      '3. Planning: no applications were received.',
      '5. Any other business: none.',
    ]);
    expect(ids(skipping)).toEqual(['id.duplicate@A7']);
    const ending = await prose([
      '1322       Chairman’s welcome',
      '1323       Public Participation.',
      '1324       Matters Arising.',
      '1325       Finance.',
      '1325       Planning.',
    ]);
    expect(ids(ending)).toEqual(['id.duplicate@A7']);
  });

  test('a number in parts given to two minutes running is said; numbered straight on, nothing is', async () => {
    expect(
      ids(
        await prose(['42/19    Actions from last meeting: None', '43/19    Finance:', '43/19    Section 106 monies:']),
      ),
    ).toEqual(['id.duplicate@A5']);
    expect(ids(await prose(['42/19    Apologies: None', '43/19    Finance:', '44/19    Section 106 monies:']))).toEqual(
      [],
    );
  });

  test('an agenda listed over the minutes, numbers in parts used again apart, is left alone', async () => {
    const result = await prose([
      '22/01 Apologies',
      '22/02 Finance',
      '22/03 Planning',
      '22/01 Apologies were received from Cllr Smith.',
      '22/02 Finance: the accounts were approved.',
      '22/02 Planning: none.',
    ]);
    expect(ids(result)).toEqual([]);
  });

  test('numbers in parts run into their words ("3.1Jane"), one of them used again apart, are still checked', async () => {
    // A patient group's minutes: "3.1" given again after "3.2" (one number, not an agenda), and
    // "4.1" given to two minutes running.
    const result = await prose([
      '3.0 Jane reported back from the Alliance meeting.',
      '3.1Jane Hogg outlined planning for hospital services.',
      '3.2Sharon Martin spoke on productivity.',
      '3.1Each PPG is asked to report examples of practice.',
      '4.0Terms of Reference',
      '4.1 Discussion of items in the terms of reference.',
      '4.1The Chairperson does not have to come from the group.',
      '4.2 Two years is the maximum term.',
    ]);
    expect(ids(result)).toEqual(['id.duplicate@A9']);
  });

  test('years and dates opening lines are no minutes numbered', async () => {
    const years = await prose(['2012/13 Budget', '2013/14 Budget', '2013/14 Precept', '2015/16 Forecast']);
    expect(ids(years)).toEqual([]);
    const dates = await prose([
      '3 March meeting cancelled',
      '4 April Annual meeting',
      '4 April Precept set',
      '6 June Accounts',
    ]);
    expect(ids(dates)).toEqual([]);
  });
});
