/**
 * A capital programme as district councils print it: each scheme's number, its slippage and bids
 * making this year's total, the years after, and the scheme's total cost; each group of schemes
 * closed by a line named for the group, with no scheme number and no total cost of its own.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const HEADER: CellValue[] = [
  null,
  'GENERAL FUND OTHER SERVICES',
  '2004/05 Slippage £000',
  '2005/06 Bids £000',
  '2005/06 Total £000',
  '2006/07 £000',
  '2007/08 £000',
  'Total Scheme Cost £000',
];
type Line = [number | null, string, ...(number | null)[]];
const scheme = (
  n: number,
  name: string,
  slip: number | null,
  bid: number | null,
  later: number,
  cost: number,
): Line => [n, name, slip, bid, (slip ?? 0) + (bid ?? 0), later, 0, cost];
const LINES: Line[] = [
  scheme(1, 'Flood Alleviation Schemes - Investigation Programme', 22, 20, 20, 62),
  scheme(2, 'River and Sea Defences', null, 5970, 11585, 17555),
  [null, 'Flood Defences', 22, 5990, 6012, 11605, 0, null],
  scheme(3, 'Williamson Park Development Strategy', null, 100, 9, 109),
  scheme(4, 'Hornby Institute Renewal Project', 40, null, 0, 40),
  scheme(5, 'Middleton Wood - Access Improvements', null, 23, 15, 38),
  [null, 'Parks and Open Spaces', 40, 123, 163, 24, 0, null],
];
const run = (lines: Line[]) =>
  check(
    workbook(sheet('GF Capital Programme', [['GENERAL FUND CAPITAL PROGRAMME 2005/06 TO 2007/08'], HEADER, ...lines])),
    {
      asOf: '2005-03-02',
    },
  );

test('as printed, every line and every group adds up: nothing is flagged', async () => {
  expect(loud(await run(LINES))).toEqual([]);
});

test("a scheme's total cost that is not this year's total and the years after is the line's slip", async () => {
  const lines = LINES.map((l): Line => (l[0] === 3 ? [3, l[1], null, 100, 100, 9, 0, 118] : l));
  expect(loud(await run(lines))).toEqual(['amounts.parts-vs-total@H6']);
});

test('a group named for its schemes that does not add them up is flagged, like the groups that do', async () => {
  const safety: Line[] = [
    scheme(7, 'Building Safer Communities Schemes', null, 42, 0, 42),
    scheme(8, 'Marsh Cycling & Walking Safer Route', 63, 42, 38, 143),
    [null, 'Community Safety', 63, 84, 147, 38, 0, null],
  ];
  const lines = LINES.map((l): Line =>
    l[1] === 'Parks and Open Spaces' ? [null, l[1], 40, 123, 163, 34, 0, null] : l,
  );
  expect(loud(await run([...LINES, ...safety]))).toEqual([]);
  expect(loud(await run([...lines, ...safety]))).toEqual(['totals.row-mismatch@F9']);
});

test('a scheme with no number but its own total cost is a scheme, not a group', async () => {
  const lines: Line[] = [...LINES.slice(0, 6), [null, 'Regents Park Improvements', null, null, 0, 50, 0, 50], LINES[6]];
  const result = await run(lines);
  expect(result.readings[0].subtotalRows).toEqual([5, 10]);
});

test('a line left without its comment is still a line: words about the lines set no subtotal apart', async () => {
  // After a budget monitor: each service's forecast, budget and variance, and a comment on most.
  const result = await check(
    workbook(
      sheet('Appendix 3', [
        ['Portfolio', 'Forecast £000', 'Budget £000', 'Variance £000', 'Notes on main areas of over / under spend'],
        ['Transport & Highways', 5983, 6019, -36, 'Savings on the highways maintenance contract.'],
        ['Access Management', 3424, 3207, 217, 'Concessionary fares reimbursement to operators.'],
        ['Car Parking', -4718, -4740, 22, null],
        ['Park & Ride', -485, -439, -46, 'Increased activity over last year.'],
        ['Operations - Parking', 83, 35, 48, 'Penalty charge notices have declined.'],
        ['Sub Total', 4287, 4082, 205, null],
        ['Education', 86408, 86078, 330, 'Home to school transport costs.'],
        ['Adult Education', 75, 36, 39, 'An unexpected repayment of grant.'],
        ['Youth & Community', 1331, 1362, -31, 'Vacancy management.'],
        ['Sub Total', 87814, 87476, 338, null],
      ]),
    ),
    { asOf: '2006-06-07' },
  );
  expect(result.readings[0].subtotalRows).toEqual([7, 11]);
  expect(loud(result)).toEqual([]);
});

test("the year's figure and the years after are the scheme's cost, not the slippage that makes up the year", async () => {
  // After a net programme: this year's approved, new schemes and slippage make this year's figure.
  const result = await check(
    workbook(
      sheet('Appendix B', [
        [
          'Scheme No.',
          'GENERAL FUND OTHER SERVICES',
          '2006/07 Current Approved £000',
          '2006/07 New Schemes £000',
          '2005/06 Slippage £000',
          '2006/07 £000',
          '2007/08 £000',
          'Total Net Scheme Cost £000',
        ],
        [27, 'River and Sea Defences', 3019, null, -25, 2994, 341, 3335],
        ['6:06', 'District Playground Improvements', null, 100, null, 100, 100, 200],
        ['6:25', 'District Parks and Open Spaces Improvements', null, 50, null, 50, 50, 100],
        [33, 'Traffic Calming Schemes', null, null, 20, 20, 0, 20],
        [30, 'Back Street Improvements', 40, null, null, 40, null, 40],
        [31, 'Ashton Rd Area Transport Initiatives', null, null, null, 0, null, 0],
      ]),
    ),
    { asOf: '2005-12-13' },
  );
  expect(loud(result)).toEqual([]);
});
