/**
 * Reports in words whose sentences state sums of their own figures, as parish clerks, treasurers
 * and finance officers write them: each sum added up again where the sentence says for certain
 * which figures it is of.
 */
import { statedSums } from '../../src/core/parse/stated-sums';
import { check, loud, sheet, workbook } from './support/workbooks';

const one = (text: string) => {
  const found = statedSums(text);
  return found.length === 1
    ? { relation: found[0].relation, stated: found[0].stated.value, made: found[0].made }
    : found;
};

describe('a sum a sentence states of its own figures', () => {
  test.each([
    ['NatWest Bank £50,627.06 Building Society      £   4,967.46 TOTAL £55,594.52', 'sum', 55594.52, 55594.52],
    ['BUDGET: £16,000 allocated for 2013/14 plus £11,915 unallocated = Total £27,915.', 'sum', 27915, 27915],
    ['Net £ 1,110.75, VAT £ 222.15, Gross £ 1,332.90', 'sum', 1332.9, 1332.9],
    [
      'A budget of £295,232,820 should be set, to be funded by £213,210,400 of Government Grant and £82,022,420 of Council Tax income.',
      'sum',
      295232820,
      295232820,
    ],
    [
      'The treasurer reported a balance of £651.50, compared to £1,489.18 the previous season, a loss of £837.68.',
      'difference',
      837.68,
      837.68,
    ],
    ['Car Boot Sale – raised £188 – costs were £22 – surplus £ 166', 'difference', 166, 166],
    [
      'The Vale Of Glamorgan from £6.91m this year to £7.77m next year, an increase of £860,575 or 12.44%',
      'difference',
      860575,
      860000,
    ],
  ])('%s', (text, relation, stated, made) => {
    expect(one(text)).toEqual({ relation, stated, made: expect.closeTo(made, 2) });
  });

  test('the sentence before counts where this one adds to it ("In addition, …")', () => {
    expect(
      one(
        'The total budget made available for 2020/21 is £22,500. In addition, there is a carry forward of £3,929 making a total amount available for allocation of £26,429.',
      ),
    ).toEqual({ relation: 'sum', stated: 26429, made: 26429 });
  });

  test('"The gross total of …" totals the figures the sentence before it gave', () => {
    const outlay = (frame: string) =>
      one(
        `The financial outlay was £1,000.00 for the Mosaic, ${frame} for the wooden frame, and a planning fee of £195.00. The gross total of £1,343.87 was slightly offset by donations.`,
      );
    expect(outlay('£148.87')).toEqual({ relation: 'sum', stated: 1343.87, made: 1343.87 });
    expect(outlay('£184.87')).toMatchObject({ made: 1379.87 });
    // (A sentence going on about something else takes nothing from the one before.)
    expect(
      one('The outlay was £1,000.00 for the Mosaic and £148.87 for the frame. Reserves of £1,343.87 remain.'),
    ).toEqual([]);
  });

  test('out by one digit typed wrong, or two swapped, in any of its figures: read, and out', () => {
    // (£27,195 for £27,915: two digits swapped in the total.)
    expect(one('BUDGET: £16,000 allocated plus £11,915 unallocated = Total £27,195.')).toMatchObject({
      stated: 27195,
      made: 27915,
    });
    // (£3,299 for £3,929 in a part; £12.00 for £10.00, one digit in the difference.)
    expect(one('£22,500 plus a carry forward of £3,299 making a total of £26,429.')).toMatchObject({ made: 25799 });
    expect(one('David paid £15.00 for this, but had received £5.00, so was due a balance of £12.00')).toMatchObject({
      relation: 'difference',
      made: 10,
    });
    // (£6.91m to £7.77m is £860,000 to the £10,000 each is printed to: £680,575 is £860,575 with two digits swapped.)
    expect(one('Vale of Glamorgan from £6.91m this year to £7.77m next year, an increase of £680,575')).toMatchObject({
      stated: 680575,
    });
  });

  test('out by more than a slip: the sentence is taken as read wrongly, and left alone', () => {
    // ("of which" gives part of the income: the rest is "a mix of grants, rent and Pavilion income".)
    expect(
      one('Income was £163,188.94, of which the Precept accounted for £104,536.00 and £18,097.63 was CIL.'),
    ).toEqual([]);
    // (£1,085 out: no one digit of any figure makes it up.)
    expect(one('BUDGET: £16,000 allocated plus £11,915 unallocated = Total £29,000.')).toEqual([]);
  });

  test('a nought typed first is no slip: "£900" is a digit more than £90, not one struck wrong', () => {
    expect(one('Room hire £45 and stewards £45, making a total of £900.')).toEqual([]);
    expect(one('Room hire £45 and stewards £45, making a total of £80.')).toEqual({
      relation: 'sum',
      stated: 80,
      made: 90,
    });
  });

  test("a calculation's figures, multiplied, make no sum of the sentence", () => {
    // A community fund's worked cost example: each line's working, then its cost.
    expect(one('20 half day workshops x £45 = £900 at 50%. 4 Swap events at £90 =360')).toEqual([]);
    expect(one('sewing machines £95 x 3 = £285 + tables £50 x 3 =150 Total = £435')).toEqual([]);
    expect(one('Community Leader time 6hrs @ £21 plus £45 room hire = £171')).toEqual([]);
    expect(one('Room hire £45 plus £126 for the leader = £171')).toEqual({ relation: 'sum', stated: 171, made: 171 });
  });

  test('a slip is looked for only where the figures are printed finely enough: "£5K" rounds away a slip', () => {
    expect(one('Income was £29,072 against a budget of £23,392, a surplus of £5K.')).toEqual([]);
    expect(one('Income was £29,072 against a budget of £23,392, a surplus of £6.68K.')).toMatchObject({ made: 5680 });
    // (Rounding within 2% of the sum, just inside and just outside: £0.26m printed to £10,000 is
    // rounded by £5,001 with the others, 1.92% of it; £0.24m by 2.08%.)
    expect(one('Spending of £660,000 against £500,000 budgeted, an overspend of £0.26m.')).toMatchObject({
      made: 160000,
    });
    expect(one('Spending of £640,000 against £500,000 budgeted, an overspend of £0.24m.')).toEqual([]);
  });

  test("a payment's net, tax and gross are its parts for certain: the gross is held to them to the penny", () => {
    expect(one('28/01/22, C Matthews, Wages January, BACS, Net £ 624.00, Tax £ 2.40, Gross £ 626.40')).toMatchObject({
      made: 626.4,
    });
    // (£621.60 is the net less the tax, no slip of one digit: still out.)
    expect(one('28/01/22, C Matthews, Wages January, BACS, Net £ 624.00, Tax £ 2.40, Gross £ 621.60')).toMatchObject({
      stated: 621.6,
      made: 626.4,
    });
    // (Not so for any two figures and a total: "Income £624.00, Fees £2.40, Total £621.60" is left alone.)
    expect(one('Income £624.00, Fees £2.40, Total £621.60')).toEqual([]);
  });

  test('figures said to be approximate hold no sum to account', () => {
    expect(
      one('Net spending is forecast at £347,000 against a budget of £328,000, an overspend of £29,000.'),
    ).toMatchObject({
      made: 19000,
    });
    expect(
      one(
        'Net spending is forecast to be nearly £347,000 against a budget of £328,000, an overspend of around £29,000.',
      ),
    ).toEqual([]);
  });

  test("a difference is named by the words just before its figure, not by a line's description", () => {
    expect(
      one('03/06/24, N J Pacey Landscaping, Church yard tree reduction, BACS, £ 1,065.00, £ 213.00, £ 1,287.00'),
    ).toEqual([]);
    expect(one('keep £100k of their underspend, and move £70k which is the sum above £100k')).toEqual([]);
  });
});

describe("a clerk's finance report in words", () => {
  const report = (balance: string) =>
    check(
      workbook(
        sheet('Finance Report', [
          ['Treasurer’s report to the AGM, 12 November 2011'],
          [
            `The treasurer reported a balance of £651.50, compared to £1,489.18 the previous season, a loss of ${balance}.`,
          ],
          ['However the club had now paid off all loans for the mower purchased the previous season.'],
        ]),
      ),
      { asOf: '2011-11-12' },
    );

  test('its stated loss is held to the two balances, and said where one digit is out', async () => {
    expect(loud(await report('£837.68'))).toEqual([]);
    const out = await report('£873.68');
    expect(loud(out)).toEqual(['amounts.parts-vs-total@A2']);
    expect(out.findings[0].message).toBe(
      'The treasurer reported a balance of £651.50, compared …: £1,489.18 less £651.50 comes to £837.68, but the sentence shows £873.68 (a difference of £36).',
    );
  });
});

describe('a table of figures with the report around it in words', () => {
  // After a city council's efficiency programme: the table, then each area described in a sentence.
  const programme = (saving: string) =>
    check(
      workbook(
        sheet('Efficiency Programme', [
          ['The table below summarises the efficiency programme for 2009/10.'],
          ['Efficiency Area', '£'],
          ['Insurances', 482000],
          ['Stationery', 128723],
          ['Personal computers', 105839],
          ['Total Efficiency Savings', 716562],
          [null],
          ['Insurances'],
          [
            `Insurance costs have been reduced from £1,552,000 in 2008/09 to £1,007,000 for 2009/10 – giving a cash saving of ${saving}.`,
          ],
        ]),
      ),
      { asOf: '2009-01-31' },
    );

  test("a sentence below the table is read for its own sum, the table's total for its lines", async () => {
    expect(loud(await programme('£545,000'))).toEqual([]);
    // (£55,000 out is no one digit's slip: which figures the sentence means is not certain.)
    expect(loud(await programme('£600,000'))).toEqual([]);
    expect(loud(await programme('£548,000'))).toEqual(['amounts.parts-vs-total@A9']);
  });
});

describe('a sum stated in words over the lines listed below it', () => {
  // After a parish council's finance report: its bank balances, one account to a line.
  const report = (sentence: string, treasurers: number) =>
    check(
      workbook(
        sheet('Finance Report', [
          ['Overview'],
          [sentence],
          ['Lloyds Instant Savings Account', 146869.64],
          ['Suffolk Building Society Deposit Account', 104836.13],
          ['Suffolk Building Society Rent Deposit Account', 5271.32],
          ['Lloyds Bank Treasurer’s Account', treasurers],
          ['After adding VAT owed to us of £975.90 the total liquid assets amounted to £265,750.37.'],
        ]),
      ),
      { asOf: '2024-02-20' },
    );
  const madeUp = 'Cash in the Council’s bank accounts totalled £264,774.47 made up as follows:';

  test('"made up as follows:" is a total of the lines, held to them to the penny', async () => {
    expect(loud(await report(madeUp, 7797.38))).toEqual([]);
    expect(loud(await report(madeUp, 7797.39))).toEqual(['totals.row-mismatch@A2']);
    const out = await report(madeUp, 7979.38);
    expect(out.findings[0].message).toBe(
      'Cash in the Council’s bank accounts totalled £264,774.47 … shows £264,774.47 for the lines listed below it, but the sum of the 4 items it covers is £264,956.47 (a difference of £182).',
    );
  });

  test('words that do not say the lines are all of it are held to them only for a slip', async () => {
    const held = 'Of that sum, £264,774.47 relates to the balances held in the accounts:';
    // (£7,979.38 for £7,797.38 is no one digit's slip; £7,797.83 two swapped.)
    expect(loud(await report(held, 7979.38))).toEqual([]);
    expect(loud(await report(held, 7797.83))).toEqual(['totals.row-mismatch@A2']);
  });
});

test('"This was funded by …" holds the sentence before it to its parts', () => {
  expect(
    one(
      'In totality Providers spend £508m, £6m in Primary Care and £502m in Secondary Care. This was funded by £238m of Trust internal resources and £265m of national PDC Funding.',
    ),
  ).toEqual({ relation: 'sum', stated: 508e6, made: 503e6 });
  expect(one('Providers spend £508m on capital. Funded by £238m of internal resources and £265m of PDC.')).toEqual([]);
});

describe('payments listed in words under a heading naming their net, VAT and gross', () => {
  // After a parish council's minutes: "Accounts for payment", a heading line, then a payment a line.
  const minutes = (heading: string | null, gross: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['b. Accounts for payment'],
          [heading],
          ['20/05/24, Gallagher Insurance, Additional cost for new equipment, BACS, £ 68.06'],
          [`03/06/24, N J Pacey Landscaping, Church yard tree reduction, BACS, £ 1,065.00, £ 213.00, ${gross}`],
          ['The council resolved to make the above payments as put before them.'],
        ]),
      ),
      { asOf: '2024-07-15' },
    );
  const heading = 'Date, Payee, Item, Chq No, Net, VAT/TAX, Gross';

  test("each payment's gross is held to its net and VAT", async () => {
    expect(loud(await minutes(heading, '£ 1,278.00'))).toEqual([]);
    expect(loud(await minutes(heading, '£ 1,300.00'))).toEqual(['amounts.parts-vs-total@A4']);
  });

  test('with no such heading, three figures on a line say nothing of how they add up', async () => {
    expect(loud(await minutes(null, '£ 1,300.00'))).toEqual([]);
    expect(loud(await minutes('Date, Payee, Item, Chq No, Amount', '£ 1,300.00'))).toEqual([]);
  });
});
