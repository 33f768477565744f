import { namesPlanYear } from '../../../src/core/parse/plan-years';

describe('years of a plan, counted from its start', () => {
  test.each([
    'Year 1',
    'Years 3-5',
    'Year 1- 2',
    'Year 10',
    'Year 1 then ongoing',
    'Plan -Year 2\nImplementation Year 3-5',
  ])('"%s" names a year of the plan', (text) => {
    expect(namesPlanYear(text, '')).toBe(true);
  });

  test.each([
    ['Year 11', 'past the ten years a plan runs over'],
    ['Year 2013', 'a calendar year'],
    ['Year 1 (March 2004)', 'a calendar year beside it'],
    ['Year 2 work starts once the survey is done', 'a sentence of eight words'],
    ['Yearly', 'no year counted'],
  ])('"%s" does not (%s)', (text) => {
    expect(namesPlanYear(text, '')).toBe(false);
  });

  test('six words is as long as such a cell gets; seven is a sentence', () => {
    expect(namesPlanYear('Plan Year 2, build Year 3', '')).toBe(true);
    expect(namesPlanYear('Plan Year 2, then build Year 3', '')).toBe(false);
  });

  test('a bare number is a year of the plan only under a header that speaks of years', () => {
    expect(namesPlanYear(1, 'Year to Action')).toBe(true);
    expect(namesPlanYear(10, 'Year')).toBe(true);
    expect(namesPlanYear(11, 'Year')).toBe(false);
    expect(namesPlanYear(1, 'Priority')).toBe(false);
  });

  test('"1" and "1-5" typed as text are years of the plan under "Year", as figures are; "11" and "1-11" are not', () => {
    expect(namesPlanYear('1', 'Year')).toBe(true);
    expect(namesPlanYear('1-5', 'Year')).toBe(true);
    expect(namesPlanYear('1 – 10', 'Years')).toBe(true);
    expect(namesPlanYear('11', 'Year')).toBe(false);
    expect(namesPlanYear('1-11', 'Year')).toBe(false);
    expect(namesPlanYear('1-5', 'Priority')).toBe(false);
  });
});
