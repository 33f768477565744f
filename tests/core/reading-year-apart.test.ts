/**
 * One day printed twice on a sheet a year apart, as a panel's minutes print the meeting whose
 * minutes they approve: "held on 27 September 2018" in the agenda line and "27 September 2017" in
 * the resolution. One of the two years is a slip; the weekday printed with it, the years the
 * sheet's other dates name, or (where neither decides) the check's date says which.
 */
import { writtenDates, yearApart } from '../../src/core/parse/year-apart';
import { check, loud, sheet, workbook } from './support/workbooks';

/** The dates `lines` say may be slips, as "text → expected" (undecided ones marked "?"). */
const apart = (...lines: string[]) =>
  yearApart(lines.flatMap((text, i) => writtenDates(i + 1, 1, text)))
    .map(({ date, typo }) => `${date.row}: ${typo.text} → ${typo.expected}${typo.apart ? ' ?' : ''}`)
    .sort();

describe('the same day a year apart', () => {
  test('the one whose weekday is not its date is the slip; a weekday that agrees vouches for its date', () => {
    // (7 December 2010 was a Tuesday; 7 December 2011 a Wednesday.)
    expect(apart('Monday 7th December 2011', 'Date and Time of meeting | Tuesday 7th December 2010')).toEqual([
      '1: Monday 7th December 2011 → 7th December 2010',
    ]);
    expect(apart('Parish Council Minutes 19th January 2011', 'Thursday 19th January 2012')).toEqual([
      '1: 19th January 2011 → 19th January 2012',
    ]);
  });

  test('else the one in a year the sheet hardly names, whichever way the date is written', () => {
    expect(
      apart(
        'Minutes of the meeting held on 29th May 2018',
        'The Board met on 3rd April 2018 and 1st May 2018.',
        'That the minutes of the meeting held 29th May 2017 be approved.',
      ),
    ).toEqual(['3: 29th May 2017 → 29th May 2018']);
    // ("… of 5 January 2022 and authorised": a date and the next clause, no period.)
    expect(
      apart(
        '1. 05 January 2021; and',
        'approved the minutes of 5 January 2022 and authorised the Chair',
        '2. 16 March 2022.',
      ),
    ).toEqual(['1: 05 January 2021 → 05 January 2022']);
    expect(apart('Meeting of May 15, 2023', 'Reports of 2 April 2023 and 9 June 2023', 'May 15, 2022 minutes')).toEqual(
      ['3: May 15, 2022 → May 15, 2023'],
    );
  });

  test('where nothing on the sheet decides, both are left to the check', () => {
    expect(apart('held on 27 September 2018', 'the meeting held on Thursday 27 September 2017', '')).toEqual([
      '2: Thursday 27 September 2017 → 27 September 2018',
    ]);
    expect(apart('the meeting held on 27 September 2018', 'the meeting held on 27 September 2017')).toEqual([
      '1: 27 September 2018 → 27 September 2017 ?',
      '2: 27 September 2017 → 27 September 2018 ?',
    ]);
  });

  test('two years apart, a day apart, or a year the sheet names three times are no slip', () => {
    expect(apart('held on 27 September 2018', 'held on 27 September 2016')).toEqual([]);
    expect(apart('held on 27 September 2018', 'held on 28 September 2017')).toEqual([]);
    // (A school's terms: 2025 named once beside 2026 three times is a stray; named three times too, it is a year of terms.)
    const terms = [
      'Term ends 21st July 2026',
      'Term starts 2 March 2026',
      'Half term 3 April 2026',
      'Term ends 21st July 2025',
    ];
    expect(apart(...terms)).toEqual(['4: 21st July 2025 → 21st July 2026']);
    expect(apart(...terms, 'Half term 3 April 2025', 'Term starts 2 March 2025')).toEqual([]);
  });

  test('days that end or open years of account, periods and balances "as at" a day are no slip', () => {
    expect(apart('Balance at 31 March 2016', 'Balance at 31 March 2015')).toEqual([]);
    expect(apart('Year from 1 April 2016', 'held on 1 April 2015')).toEqual([]);
    expect(apart('For the period 1st October 2016 to 30th September 2017', 'AGM 1st October 2017')).toEqual([]);
    expect(apart('Bank Balance as @ June 17th 2012 = £1796.26', 'Bank Balance as @ June 17th 2013')).toEqual([]);
    expect(apart('Balance as at 17 June 2012', 'Meeting of 17 June 2013')).toEqual([]);
    // (A date in a list of past meetings is one of several; figures count, the British way round.)
    expect(apart('Held on 19 August 2013', 'Raised in Minutes of 19/08/2012, 18/02/2013 and the 16/05/2013')).toEqual(
      [],
    );
    expect(apart('Held on 19 August 2013', 'Raised in the minutes of 19/08/2012 and at the AGM')).toEqual([
      '1: 19 August 2013 → 19 August 2012 ?',
      '2: 19/08/2012 → 19/08/2013 ?',
    ]);
    // (A schedule's dates, each alone in its cell: the first report and the one a year on.)
    expect(apart('26 March 2009', '26 March 2010')).toEqual([]);
    expect(apart('26 March 2009', 'Report on 26 March 2010')).toEqual([]);
    expect(apart('Published 26 March 2009', 'Report on 26 March 2010')).toHaveLength(2);
  });
});

describe("a panel's minutes approving the last meeting's", () => {
  const minutes = (resolution: string, asOf = '2018-12-06') =>
    check(
      workbook(
        sheet('Minutes', [
          ['Police and Crime Panel'],
          ['Minutes of the meeting held on 6 December 2018'],
          ['Present: Cllr Richard Britton (Chairman), Cllr Abdul Champion'],
          ['21 Minutes of the meeting held on 27 September 2018'],
          [resolution],
          ['22 Chairman’s announcements: none'],
        ]),
      ),
      { asOf },
    );

  test('the year a year out is said, with the day meant', async () => {
    const out = await minutes('Resolved: that the minutes of the meeting held on 27 September 2017 be approved.');
    expect(loud(out)).toEqual(['year.mistyped@A5']);
    expect(out.findings[0].message).toBe(
      '"27 September 2017" is a day the sheet prints elsewhere a year apart, so 27 September 2018 is probably meant.',
    );
    expect(
      loud(await minutes('Resolved: that the minutes of the meeting held on 27 September 2018 be approved.')),
    ).toEqual([]);
  });

  test('where the sheet names each year alike, the one further from the check is said; a day either side of halfway decides', async () => {
    const notes = (asOf: string) =>
      check(
        workbook(
          sheet('Notes', [
            ['Panel notes'],
            ['21 Minutes of the meeting held on 27 September 2018'],
            ['Resolved: that the minutes of the meeting held on 27 September 2017 be approved.'],
          ]),
        ),
        { asOf },
      );
    expect(loud(await notes('2018-12-06'))).toEqual(['year.mistyped@A3']);
    // (28 March 2018 is 182 days after the earlier day and 183 before the later; 29 March the other way.)
    expect(loud(await notes('2018-03-28'))).toEqual(['year.mistyped@A2']);
    expect(loud(await notes('2018-03-29'))).toEqual(['year.mistyped@A3']);
  });
});
