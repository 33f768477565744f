import { namesPlanYear, planPeriod, planYearEnd } from '../../../src/core/parse/plan-years';

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

describe('a plan whose title gives its years', () => {
  test('financial years ("2014/15 to 2016/17"): year N ends on 31 March after it', () => {
    const period = planPeriod('Three-Year Action Plan (2014/15 to 2016/17)');
    expect(period).toEqual({ first: 2014, financial: true });
    expect(planYearEnd('Years 1, 2 and 3', period!)).toBe('2017-03-31');
    expect(planYearEnd('Year 1 (on going)', period!)).toBe('2015-03-31');
  });

  test('calendar years ("2023-2027"): year N ends on 31 December', () => {
    const period = planPeriod('Equality Action Plan 2023-2027');
    expect(period).toEqual({ first: 2023, financial: false });
    expect(planYearEnd('Year 1-4', period!)).toBe('2026-12-31');
  });

  test('a single year, or a span backwards, is no period', () => {
    expect(planPeriod('Natural Environment Strategy 2014')).toBeNull();
    expect(planPeriod('2017 - 2014')).toBeNull();
  });
});
