import { parseDrivers } from '../../../src/core/parse/drivers';
import type { CellValue } from '../../../src/core/snapshot';

describe('parseDrivers: figures for each partner in one cell', () => {
  it.each([
    ['Caseload: 2,310 v 640', [2310, 640]],
    ['South Hams \u2013 2,286\nWest Devon - 807', [2286, 807]],
    ['South Hams - 372 West Devon - 150', [372, 150]],
    ['BDC 120 / RBC 80', [120, 80]],
    ['£86,747,206 v £32,839,979', [86747206, 32839979]],
    ['£ 1,200 v £ 800', [1200, 800]],
    ['£1.2m v £0.4m', [1200000, 400000]],
    ['£450k v £150k', [450000, 150000]],
    ['12.5 v 4.5', [12.5, 4.5]],
    ['60/40', [60, 40]],
    ['0 v 640', [0, 640]],
    ['Stratford-on-Avon 1,200, Warwick 800', [1200, 800]],
    ['1,200 Stratford, 800 Warwick', [1200, 800]],
  ])('%j → %j', (text, values) => {
    expect(parseDrivers(text, 2)).toEqual({ kind: 'drivers', values });
  });

  it('reads three partners when there are three', () => {
    expect(parseDrivers('2,310 v 640 v 120', 3)).toEqual({ kind: 'drivers', values: [2310, 640, 120] });
  });

  it('takes the first measure when several name the same partners', () => {
    const text =
      'New claims: South Hams - 299 West Devon - 176 Change of circs: South Hams \u2013 1,805 West Devon \u2013 1,132';
    expect(parseDrivers(text, 2)).toEqual({ kind: 'drivers', values: [299, 176] });
  });

  it.each([
    ['April 2023 \u2013 Dec 2023: South Hams 1,200 West Devon 400', [1200, 400]],
    ['1st April 2023 to 31st March 2024: South Hams 1,200 West Devon 400', [1200, 400]],
    ['1 April 2023 to 31 March 2024: 1,200 v 400', [1200, 400]],
    ['As at March 31: 1,200 v 400', [1200, 400]],
    ['As at 31/03/2024: 2,310 v 640', [2310, 640]],
    ['As at 31.03.2024: 2,310 v 640', [2310, 640]],
    ['2023/24: 2,310 v 640', [2310, 640]],
    ['2023-24 caseload 2,310 v 640', [2310, 640]],
    ['Caseload 2023: 2,310 v 640', [2310, 640]],
    ['12/3 report: 10 v 20', [10, 20]],
    ['South Hams 2,286 (74%) West Devon 807 (26%)', [2286, 807]],
    ['2,286 (74 per cent) v 807 (26 percent)', [2286, 807]],
    ['Q3 figures: 10 v 20', [10, 20]],
  ])('skips dates, years and percentages: %j → %j', (text, values) => {
    expect(parseDrivers(text, 2)).toEqual({ kind: 'drivers', values });
  });

  it.each([
    'N/A',
    'Each role is assessed individually',
    'Time allocation',
    '74% / 26%',
    '50 per cent v 50 percent',
    'April 2023 \u2013 Dec 2023',
    '31/03/2024',
    '2,310',
    // One figure too many, and no partner names to tell measure from total.
    'Total 3,093: South Hams 2,286 West Devon 807',
    '2,310 v 640 and 2,100 v 600',
    // A count beside a sum of money is no pair of drivers.
    '3 FTE at £40k',
    '3FTE v 2FTE',
    '',
  ])('%j → none', (text) => {
    expect(parseDrivers(text, 2)).toEqual({ kind: 'none' });
  });

  it.each<[CellValue, number]>([
    [null, 2],
    [true, 2],
    [{ error: '#REF!' }, 2],
    [42, 2],
    [-1, 1],
    [NaN, 1],
    ['2,310 v 640', 0],
    ['2,310 v 640', 1.5],
    ['2,310 v 640', 3],
  ])('%j for %d partners → none', (value, partners) => {
    expect(parseDrivers(value, partners)).toEqual({ kind: 'none' });
  });

  it('reads a number as the driver of a lone partner', () => {
    expect(parseDrivers(42, 1)).toEqual({ kind: 'drivers', values: [42] });
  });

  it('returns from 32,767-character hostile cells', () => {
    expect(parseDrivers('9'.repeat(32767), 2)).toEqual({ kind: 'none' });
    expect(parseDrivers('1/'.repeat(16383), 2)).toEqual({ kind: 'none' });
    expect(parseDrivers('1 '.repeat(16383), 2)).toEqual({ kind: 'none' });
    expect(parseDrivers(`${'A '.repeat(16383)}1`, 2)).toEqual({ kind: 'none' });
    expect(parseDrivers(`${'-'.repeat(32765)}1 2`, 2)).toEqual({ kind: 'drivers', values: [1, 2] });
    expect(parseDrivers(`1 ${' '.repeat(32760)}April`, 1)).toEqual({ kind: 'none' });
  });
});
