/**
 * Line numbers as councils print them, and a number used twice where the numbering then skips the
 * one it should have been: the slip, whatever the numbering.
 */
import { skipsOver, stepOn } from '../../src/core/tables/numbering';
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
  });

  test('not where the numbering goes straight on, or jumps further, or the number is not repeated', () => {
    expect(skipsOver('2.3', '2.3', '2.4')).toBe(false);
    expect(skipsOver('2.3', '2.3', '2.6')).toBe(false);
    expect(skipsOver('2.2', '2.3', '2.5')).toBe(false);
    expect(skipsOver(undefined, '2.3', '2.5')).toBe(false);
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

  test('small whole numbers are line numbers: 8, 8, 10 is a slip (up to 999)', async () => {
    expect(ids(await targets([7, 8, 8, 10]))).toEqual(['id.duplicate@A4']);
    expect(ids(await targets([996, 997, 997, 999]))).toEqual(['id.duplicate@A4']);
  });

  test('from a thousand they may be dates or amounts, and are left alone', async () => {
    expect(ids(await targets([998, 999, 999, 1001]))).toEqual([]);
  });
});
