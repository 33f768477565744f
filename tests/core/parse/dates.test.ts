import { timePhrase } from '../../../src/core/parse/vague-dates';
import { resolveYear, DATE_EXPECTED, daysBetween, parseDate } from '../../../src/core/parse/dates';
import { formatUkDate, isoToSerial, serialToIso } from '../../../src/core/parse/calendar';
import { isDateFormat } from '../../../src/core/parse/date-formats';
import type { DateParse, UnderstoodDate } from '../../../src/core/parse/types';
import type { CellValue } from '../../../src/core/snapshot';

const uk = { date1904: false };

function dateOf(value: CellValue, opts: { date1904: boolean; numberFormat?: string | null } = uk) {
  const result = parseDate(value, opts);
  if (result.kind !== 'date') throw new Error(`expected a date from ${String(value)}, got ${result.kind}`);
  return result;
}

describe('serialToIso', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    // Excel's phantom 29 February 1900 is read as the last real day of February.
    [60, '1900-02-28'],
    [61, '1900-03-01'],
    [40238, '2010-03-01'],
    [40633, '2011-03-31'],
    [2958465, '9999-12-31'],
  ])('1900 system: %d → %s', (serial, iso) => {
    expect(serialToIso(serial, false)).toBe(iso);
  });

  it('ignores the time of day', () => {
    expect(serialToIso(40238.75, false)).toBe('2010-03-01');
  });

  it.each([0, 0.5, -1, -40238, 2958466, 1e300, NaN, Infinity, -Infinity])(
    '1900 system: %d is outside Excel dates',
    (serial) => {
      expect(serialToIso(serial, false)).toBeNull();
    },
  );

  it('1904 system: serial 0 is 1 January 1904 and 38776 is 1 March 2010', () => {
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(40238 - 1462, true)).toBe('2010-03-01');
    expect(serialToIso(-1, true)).toBeNull();
    expect(serialToIso(2957003, true)).toBe('9999-12-31');
    expect(serialToIso(2957004, true)).toBeNull();
  });
});

describe('isoToSerial', () => {
  it('inverts serialToIso in both systems', () => {
    expect(isoToSerial('2010-03-01', false)).toBe(40238);
    expect(isoToSerial('1900-01-01', false)).toBe(1);
    expect(isoToSerial('1900-02-28', false)).toBe(59);
    expect(isoToSerial('1900-03-01', false)).toBe(61);
    expect(isoToSerial('1904-01-01', true)).toBe(0);
    expect(isoToSerial('2010-03-01', true)).toBe(38776);
  });

  it('round-trips every day across a leap year', () => {
    for (let serial = 39800; serial < 40300; serial += 1) {
      expect(isoToSerial(serialToIso(serial, false) ?? '', false)).toBe(serial);
      expect(isoToSerial(serialToIso(serial, true) ?? '', true)).toBe(serial);
    }
  });

  it('gives NaN for text that is not a date', () => {
    expect(isoToSerial('2010-02-30', false)).toBeNaN();
    expect(isoToSerial('not a date', false)).toBeNaN();
  });
});

describe('day arithmetic', () => {
  it('counts whole days between dates (to − from)', () => {
    expect(daysBetween('2010-03-01', '2011-03-31')).toBe(395);
    expect(daysBetween('2011-03-31', '2010-03-01')).toBe(-395);
    expect(daysBetween('2010-03-01', '2010-03-01')).toBe(0);
    expect(daysBetween('2012-02-01', '2012-03-01')).toBe(29);
    expect(daysBetween('bad', '2012-03-01')).toBeNaN();
  });

  it('formats dates the way finding messages word them', () => {
    expect(formatUkDate('2010-03-01')).toBe('1 March 2010');
    expect(formatUkDate('2011-12-31')).toBe('31 December 2011');
  });
});

describe('isDateFormat', () => {
  it.each([
    'd/m/yyyy',
    'dd/mm/yyyy',
    'dd-mmm-yy',
    'mmmm yyyy',
    'mmm-yy',
    '[$-809]dd/mm/yyyy',
    '[$-F800]dddd, mmmm dd, yyyy',
    'yyyy-mm-dd h:mm',
    'mmmm',
    'd mmmm yyyy;@',
  ])('%s is a date format', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    'General',
    '0.00',
    '£#,##0',
    '[$£-809]#,##0.00',
    '0%',
    '#,##0;[Red]-#,##0',
    '"Day "0',
    '0" days"',
    'h:mm',
    '[h]:mm:ss',
    'mm:ss',
    '@',
    '0.00E+00',
    '',
    null,
    undefined,
  ])('%s is not a date format', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});

describe('parseDate: serial numbers', () => {
  it('reads a serial with a date format', () => {
    const d = dateOf(40238, { date1904: false, numberFormat: 'dd/mm/yyyy' });
    expect(d.iso).toBe('2010-03-01');
    expect(d.precision).toBe('day');
    expect(d.text).toBe('1 March 2010');
  });

  it('reads a serial in the 1904 system', () => {
    expect(dateOf(38776, { date1904: true, numberFormat: 'd-mmm-yy' }).iso).toBe('2010-03-01');
  });

  it('reads a serial when the host gave no format or General', () => {
    expect(dateOf(40238).iso).toBe('2010-03-01');
    expect(dateOf(40238, { date1904: false, numberFormat: 'General' }).iso).toBe('2010-03-01');
  });

  it('reads a General-format year number as that year', () => {
    const d = dateOf(2011);
    expect(d.iso).toBe('2011-12-31');
    expect(d.precision).toBe('year');
  });

  it('refuses a number shown with a money or decimal format', () => {
    expect(parseDate(40238, { date1904: false, numberFormat: '0.00' })).toEqual({
      kind: 'unreadable',
      text: '40238',
      expected: DATE_EXPECTED,
    });
    expect(parseDate(40238, { date1904: false, numberFormat: '£#,##0' }).kind).toBe('unreadable');
  });

  it('refuses implausible numbers without a date format', () => {
    expect(parseDate(5, uk).kind).toBe('unreadable');
    expect(parseDate(1e9, uk).kind).toBe('unreadable');
  });

  it.each([NaN, Infinity, -Infinity, -1, -40238, 1e308])('refuses %d', (n) => {
    const r = parseDate(n, { date1904: false, numberFormat: 'dd/mm/yyyy' });
    expect(r.kind).toBe('unreadable');
  });
});

describe('parseDate: text as council papers write it', () => {
  it.each([
    ['1st March 2010', '2010-03-01'],
    ['01/03/2010', '2010-03-01'],
    ['1/3/10', '2010-03-01'],
    ['1 Mar 10', '2010-03-01'],
    ['1-Mar-2010', '2010-03-01'],
    ['31.03.2011', '2011-03-31'],
    ['Monday 1st March 2010', '2010-03-01'],
    ['2010-03-01', '2010-03-01'],
    ['1st June 2010', '2010-06-01'],
    ['31st of March 2010', '2010-03-31'],
    ['March 1st, 2010', '2010-03-01'],
    ['  01/03/2010  ', '2010-03-01'],
    ['1\u00a0March\u00a02010', '2010-03-01'],
    ['2010-03-01 00:00:00', '2010-03-01'],
    ['31/12/99', '1999-12-31'],
    ['1/1/69', '2069-01-01'],
    ['1/1/70', '1970-01-01'],
    ['29/02/2012', '2012-02-29'],
  ])('%s → %s (day)', (text, iso) => {
    const d = dateOf(text);
    expect(d.iso).toBe(iso);
    expect(d.precision).toBe('day');
    expect(d.note).toBeUndefined();
  });

  it('keeps the note after a date', () => {
    const d = dateOf('1st March 2010 (next Shared Services Board)');
    expect(d.iso).toBe('2010-03-01');
    expect(d.note).toBe('(next Shared Services Board)');
    expect(d.text).toBe('1st March 2010 (next Shared Services Board)');
    expect(dateOf('1st June 2010 (next Board)').note).toBe('(next Board)');
    expect(dateOf('31/03/2011 - subject to Cabinet').note).toBe('subject to Cabinet');
  });

  it('reads a day before a semicolon as the date, the words after it a note on what follows', () => {
    const d = dateOf('26 June 2006; Annual Review for the duration of the Action Plan.');
    expect(d.iso).toBe('2006-06-26');
    expect(d.note).toBe('Annual Review for the duration of the Action Plan.');
    // (A month is no day: with a review after it, the time stays in words.)
    expect(parseDate('June 2006; Annual Review for the duration of the Action Plan.', uk).kind).toBe('vague');
    expect(parseDate('26 June 2006; thereafter annually', uk).kind).toBe('vague');
  });

  it.each([
    ['by 31st March 2010', '2010-03-31', 'day'],
    ['by 31 March 2010', '2010-03-31', 'day'],
    ['before 1 June 2010', '2010-06-01', 'day'],
    ['By the end of March 2011', '2011-03-31', 'month'],
    ['end of March 2011', '2011-03-31', 'month'],
    ['Deadline: 30/06/2010', '2010-06-30', 'day'],
    ['end of 2011', '2011-12-31', 'year'],
    ['mid-March 2011', '2011-03-31', 'month'],
    ['2020-2022', '2022-12-31', 'year'],
    ['2023 \u2013 2027', '2027-12-31', 'year'],
    ['2020 to 2022', '2022-12-31', 'year'],
    ['2023-2024', '2024-03-31', 'year'],
    ['03/24', '2024-03-31', 'month'],
    ['12/13', '2013-12-31', 'month'],
  ])('%s → %s (%s)', (text, iso, precision) => {
    const d = dateOf(text);
    expect(d.iso).toBe(iso);
    expect(d.precision).toBe(precision);
  });

  it.each([
    ['March 2011', '2011-03-31'],
    ['September 2010', '2010-09-30'],
    ['Sept 2010', '2010-09-30'],
    ['Mar-11', '2011-03-31'],
    ['Feb 2012', '2012-02-29'],
    ["Jun '10", '2010-06-30'],
    ['03/2011', '2011-03-31'],
    ['2011-03', '2011-03-31'],
  ])('month only %s → last day %s', (text, iso) => {
    const d = dateOf(text);
    expect(d.iso).toBe(iso);
    expect(d.precision).toBe('month');
  });

  it.each([
    ['2010/11', '2011-03-31'],
    ['2010/2011', '2011-03-31'],
    ['2010-11', '2011-03-31'],
    ['FY 2010/11', '2011-03-31'],
    ['1999/00', '2000-03-31'],
    ['2007/8', '2008-03-31'],
    ['2009/0', '2010-03-31'],
  ])('financial year %s ends %s', (text, iso) => {
    const d = dateOf(text);
    expect(d.iso).toBe(iso);
    expect(d.precision).toBe('year');
  });

  it('"Year 1 – March 2017" is March 2017, the dash with spaces no day\'s; "1-Mar-2017" is still the 1st', () => {
    expect(parseDate('Year 1 – March 2017', { date1904: false })).toMatchObject({ kind: 'date', iso: '2017-03-31' });
    expect(parseDate('1-Mar-2017', { date1904: false })).toMatchObject({ kind: 'date', iso: '2017-03-01' });
  });

  it('"2024 and 2025" names two times and no single date; "2024 and ongoing" is still 2024', () => {
    expect(parseDate('2024 and 2025', { date1904: false }).kind).toBe('vague');
    expect(parseDate('March 2024 & June 2024', { date1904: false }).kind).toBe('vague');
    expect(parseDate('2024 and ongoing', { date1904: false })).toMatchObject({ kind: 'date', iso: '2024-12-31' });
  });

  it('"31/08/2015 onwards" starts with no date to be done by; "July 2023 and ongoing" is done by July', () => {
    expect(parseDate('31/08/2015 onwards', { date1904: false }).kind).toBe('vague');
    expect(parseDate('31/05/2016 thereafter', { date1904: false }).kind).toBe('vague');
    expect(parseDate('July 2023 and ongoing', { date1904: false })).toMatchObject({ kind: 'date', iso: '2023-07-31' });
  });

  it('"2007/9", its years not following on, is no financial year', () => {
    expect(parseDate('2007/9', { date1904: false }).kind).toBe('unreadable');
  });

  it.each([
    ['Q1 2011/12', '2011-06-30'],
    ['Q2 2010/11', '2010-09-30'],
    ['Q3 2010/11', '2010-12-31'],
    ['Q4 2010/11', '2011-03-31'],
    ['Quarter 4 2010-11', '2011-03-31'],
    ['2010/11 Q3', '2010-12-31'],
  ])('financial quarter %s ends %s', (text, iso) => {
    const d = dateOf(text);
    expect(d.iso).toBe(iso);
    expect(d.precision).toBe('quarter');
  });

  it.each([
    ['Q1 2017', '2017-06-30'],
    ['Q4 2017', '2018-03-31'],
    ['Quarter 2 2018', '2018-09-30'],
  ])('a quarter of one year %s, calendar or financial, is due by the later end, %s', (text, iso) => {
    const d = dateOf(text);
    expect(d.iso).toBe(iso);
    expect(d.precision).toBe('quarter');
  });

  it('reads a calendar year written as text', () => {
    const d = dateOf('2011');
    expect(d.iso).toBe('2011-12-31');
    expect(d.precision).toBe('year');
  });
});

describe('parseDate: deadlines that name no date', () => {
  it.each([
    'Immediately',
    'Immediate',
    'Ongoing',
    'On-going',
    'on going',
    'TBC',
    'T.B.C.',
    'TBA',
    'To be confirmed',
    'ASAP',
    'As soon as possible',
    'in the next six months',
    'within 12 months',
    "in 12 months' time",
    'in 12 months time',
    'next year',
    'Continuous',
    'As required',
    'N/A',
    'Complete',
    'Completed',
    'Summer 2010',
    'Spring 2011',
    'early 2011',
    'end of year',
    'Ongoing - reviewed quarterly',
    'TBC (awaiting Board decision)',
    'next Shared Services Board',
    'start of 2011',
    // (A date the plan was not sure of.)
    'April 2023?',
    '30/06/2023 ?',
  ])('%s is vague', (text) => {
    expect(parseDate(text, uk)).toEqual({ kind: 'vague', text });
  });

  it('a question mark after words that are no date makes no date of them; a date with none is a date', () => {
    expect(parseDate('Who?', uk).kind).not.toBe('date');
    expect(parseDate('April 2023', uk).kind).toBe('date');
  });
});

describe('parseDate: the end of a month with a two-figure year', () => {
  it.each([
    ['By end of December 15', '2015-12-31'],
    ['By end of February 15', '2015-02-28'],
    ['end of Mar 24', '2024-03-31'],
  ])('%j is the end of that month', (text, iso) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso, precision: 'month' });
  });

  it('"Apr 12" is April 2012 within two years of the as-of date; further off, it is the 12th', () => {
    const at = (text: string, asOf: string) => resolveYear(parseDate(text, uk) as UnderstoodDate, asOf).iso;
    expect(at('Mar 11', '2011-04-30')).toBe('2011-03-31');
    expect(at('Apr 12', '2011-04-30')).toBe('2012-04-30');
    expect(at('December 15', '2016-01-31')).toBe('2015-12-31');
    expect(at('June 28', '2026-05-01')).toBe('2028-06-30');
    expect(at('June 29', '2026-05-01')).toBe('2026-06-29');
  });
});

describe('parseDate: spans, meetings, quarters and years as trackers write them', () => {
  it.each([
    ['Jan – Mar 2025', '2025-03-31'],
    ['January to March 2025', '2025-03-31'],
    ['Sept/Oct 2010', '2010-10-31'],
    ['May / June 2025', '2025-06-30'],
    ['Late January / early February 2025', '2025-02-28'],
    ['1 April 2025 – 31 March 2026', '2026-03-31'],
    ['June Cabinet 2025', '2025-06-30'],
    ['Sept Full Council 2024', '2024-09-30'],
    ['For July 2012 agenda', '2012-07-31'],
    ['Update July 2012 meeting', '2012-07-31'],
    ['For the July 2012 meeting', '2012-07-31'],
    ['Q1 25/26', '2025-06-30'],
    ['Qtr 3 2024/25', '2024-12-31'],
    ['25/26', '2026-03-31'],
    ['Between June and August 2019', '2019-08-31'],
    ['between April and June 2020', '2020-06-30'],
    // A span between two days is done by the later, as "1 April 2025 – 31 March 2026" is.
    ['Between 1 March 2024 and 31 March 2024', '2024-03-31'],
    ['Between\nQ2-Q4\n2019/20', '2020-03-31'],
    ['Q2 to Q4 2019/20', '2020-03-31'],
    ['Q3-Q4 2019/20', '2020-03-31'],
  ])('%j is %s', (text, iso) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso });
  });

  it.each(['For July 2012 budget', 'Update July 2012 newsletter'])(
    '%j names no meeting to come to: no date it is due by',
    (text) => {
      expect(parseDate(text, uk).kind).toBe('unreadable');
    },
  );

  it.each(['Q4-Q2 2019/20', 'Q3-Q3 2019/20', 'Between the partners and the board', 'Summer/Autumn 2017'])(
    '%j is no span: its quarters run backwards or its words name no dates',
    (text) => {
      expect(parseDate(text, uk).kind).not.toBe('date');
    },
  );

  it.each([
    ['To 2027', '2027-12-31'],
    ['to March 2025', '2025-03-31'],
    ['Ongoing to 2027', '2027-12-31'],
    ['Monthly to 2027', '2027-12-31'],
    ['Quarterly until March 2025', '2025-03-31'],
    ['Ongoing up to 31/03/2026', '2026-03-31'],
  ])('%j: kept up until a date, so done by it (%s)', (text, iso) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso });
  });

  it.each([
    'Monthly 3rd Mar 2010.',
    'Daily - Updated 3rd Mar 2010.',
    'Weekly 31 March 2010',
    'Annually, last done May 2009',
  ])('%j: how often, then when it was last done or updated: no date to be done by', (text) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'vague' });
  });

  it.each(['Ongoing', 'Monthly', 'Ongoing to be reviewed', 'Ongoing to 2027 and beyond', 'To be confirmed'])(
    '%j: kept up with no date it ends by',
    (text) => {
      expect(parseDate(text, uk).kind).not.toBe('date');
    },
  );

  it.each([
    ['Planning permissions approved\nPitch construction – Oct 2015 – August 2016\nCar park construction', '2016-08-31'],
    ['Landscape management plan approved – October 2015\nPublic art 2015 – 2020\nGrounds maintenance', '2020-12-31'],
    ['Landscape management plan approved – October 2015', '2015-10-31'],
    ['Consultation: March 2025\nAdoption: July 2025', '2025-07-31'],
  ])('%j: milestones, done by the last dated one (%s)', (text, iso) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso, inPhrase: true });
  });

  it.each([
    // A date inside a sentence may be a step already done; a month with no year, any year.
    'Guidance published by March 2007\nFacilities list to be produced by March 2008',
    'Application submitted – 1st November\nPanel – 19th November',
    'Plans agreed for the layout of public open space',
    'Work with partners – ongoing',
  ])('%j: no milestone with a date of its own', (text) => {
    expect(parseDate(text, uk).kind).not.toBe('date');
  });

  it.each(['Q4', 'Qtr 2', 'End Q2', 'From April 2025', 'Starting June 2024'])('%j names no date to meet', (text) => {
    expect(parseDate(text, uk).kind).toBe('vague');
  });

  it.each([
    ['Mar 2025 – phase 1', '2025-03-31'],
    ['March 2026 - March 2025', '2026-03-31'],
  ])('%j is not a span: its first date stands', (text, iso) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso });
  });

  it('"11/12" could be a month: not read as a financial year', () => {
    expect(parseDate('11/12', uk)).not.toMatchObject({ iso: '2012-03-31' });
  });
});

describe('parseDate: one date inside a short phrase', () => {
  it.each([
    ['Meeting held by\n31 January 2014', '2014-01-31', 'Meeting held by'],
    ['Report to Cabinet on 12/03/2024', '2024-03-12', 'Report to Cabinet on'],
    ['Workshop (14th May 2025) then report', '2025-05-14', 'Workshop then report'],
  ])('%j is the date %s, with the rest as its note', (text, iso, note) => {
    expect(parseDate(text, uk)).toEqual({ kind: 'date', iso, precision: 'day', text, note, inPhrase: true });
  });

  it('a day with no year inside a phrase is that day, its year left to the sheet ("GB meeting on 1st February")', () => {
    const text = 'Raise idea at GB meeting on 1st February';
    expect(parseDate(text, uk)).toEqual({
      kind: 'date',
      iso: '2000-02-01',
      precision: 'day',
      yearless: true,
      text,
      note: 'Raise idea at GB meeting on',
      inPhrase: true,
    });
    // A second day, with or without its year, names no single one.
    expect(parseDate('Meeting on 2nd May 2010 then 3rd June', uk).kind).not.toBe('date');
    expect(parseDate('Draft on 2nd May, final on 3rd June', uk).kind).not.toBe('date');
  });

  it('"Adoption from April 2026" takes effect then; kept up from a date, or "from" after five words, is no date', () => {
    expect(parseDate('Adoption from April 2026', uk)).toMatchObject({
      kind: 'date',
      iso: '2026-04-30',
      note: 'Adoption',
    });
    expect(parseDate('New fees apply fully from April 2026', uk).kind).toBe('date'); // four words before it
    expect(parseDate('New fees and charges apply from April 2026', uk).kind).not.toBe('date'); // five
    expect(parseDate('Monthly from April 2026', uk).kind).toBe('vague');
    expect(parseDate('Ongoing from May 2024', uk).kind).toBe('vague');
  });

  it('"Local Plan adopted 2018" is a milestone due then; four words may name the thing, not five', () => {
    expect(parseDate('Local Plan adopted 2018', uk)).toMatchObject({
      kind: 'date',
      iso: '2018-12-31',
      note: 'Local Plan adopted',
    });
    expect(parseDate('Strategy published in March 2019', uk)).toMatchObject({ kind: 'date', iso: '2019-03-31' });
    expect(parseDate('Local Plan Part One adopted 2018', uk).kind).toBe('date'); // four words before it
    expect(parseDate('New Local Plan Part One adopted 2018', uk).kind).not.toBe('date'); // five
    expect(parseDate('Local Plan adopted 2018 and reviewed 2023', uk).kind).not.toBe('date');
  });

  it('reads a phrase of 120 characters, but not one of 121', () => {
    const at = (length: number) => `${'x'.repeat(length - 'Report on 12/03/2024'.length - 1)} Report on 12/03/2024`;
    expect(parseDate(at(120), uk).kind).toBe('date');
    expect(parseDate(at(121), uk).kind).not.toBe('date');
  });

  it.each(['Phase 1 by 2024, phase 2 by 2026', 'Board in March 2024', 'Minute 91 of 2014'])(
    '%j names no single day: not read as a date',
    (text) => {
      expect(parseDate(text, uk).kind).not.toBe('date');
    },
  );
});

test('"Completion March 2009": the month of completion, as a forecast writes it', () => {
  expect(parseDate('Completion March 2009', uk)).toMatchObject({ kind: 'date', iso: '2009-03-31', precision: 'month' });
  expect(parseDate('Completion by 31/03/2009', uk)).toMatchObject({
    kind: 'date',
    iso: '2009-03-31',
    precision: 'day',
  });
});

describe('parseDate: an output and the month it is due by, in one cell', () => {
  it.each([
    ['Programmes in schools by September 2002', '2002-09-30', 'Programmes in schools'],
    ['Four campaigns by September 2003', '2003-09-30', 'Four campaigns'],
    ['Outline plan by the end of Sept 2024 to Cabinet', '2024-09-30', 'Outline plan to Cabinet'],
    ['Commissioning process starts December 2023', '2023-12-31', 'Commissioning process'],
    ['Work begins May 2024 and ends June 2025', '2025-06-30', 'Work begins May 2024 and'],
  ])('%j is due by the end of that month (%s), with the rest as its note', (text, iso, note) => {
    expect(parseDate(text, uk)).toEqual({ kind: 'date', iso, precision: 'month', text, note, inPhrase: true });
  });

  it.each([
    ['Report by the end of Sept 2024 to Cabinet', '2024-09-30', 'to Cabinet'],
    ['Report back by 31 March 2010', '2010-03-31', undefined],
    ['Review March 2010', '2010-03-31', undefined],
  ])('%j: a report or review due at a date is that date (%s)', (text, iso, note) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso, ...(note ? { note } : {}) });
  });

  it('"Report in September": the month, its year left to the sheet', () => {
    expect(parseDate('Report in September', uk)).toMatchObject({ kind: 'date', precision: 'month', yearless: true });
  });

  it.each(['Report on town centre enhancements in Autumn 2008.', 'Report early 2009', 'Launch in late 2010'])(
    '%j: a season or part of a year in a phrase is no date',
    (text) => {
      expect(parseDate(text, uk)).toEqual({ kind: 'vague', text });
    },
  );

  it.each([
    'Phase 1 by June 2002, phase 2 by March 2003',
    'One EHO appointed July 2004. Second appointee failed to start',
    'Programmes by Smith 2002',
  ])('%j names no single month to be done by: not read as a date', (text) => {
    expect(parseDate(text, uk).kind).not.toBe('date');
  });

  it('reads a phrase of 120 characters, but not one of 121', () => {
    const at = (length: number) => `${'x'.repeat(length - 'Report by June 2024'.length - 1)} Report by June 2024`;
    expect(parseDate(at(120), uk).kind).toBe('date');
    expect(parseDate(at(121), uk).kind).not.toBe('date');
  });
});

describe('parseDate: what it cannot read', () => {
  it.each([
    '31/02/2010',
    '30 February 2011',
    '29/02/2011',
    '13/13/2010',
    'Q3 2010/12',
    '2010/12',
    'sometime',
    '=1+1',
    '__proto__',
    '1 March 2010x',
    '0/0/0000',
    '13/24',
    '03/12',
    '2022-2020',
  ])('%s is unreadable', (text) => {
    expect(parseDate(text, uk)).toEqual({ kind: 'unreadable', text, expected: DATE_EXPECTED });
  });

  it('reports an Excel error value by its code', () => {
    expect(parseDate({ error: '#REF!' }, uk)).toEqual({
      kind: 'unreadable',
      text: '#REF!',
      expected: DATE_EXPECTED,
    });
  });

  it('treats TRUE/FALSE as unreadable and empty cells as blank', () => {
    expect(parseDate(true, uk)).toMatchObject({ kind: 'unreadable', text: 'TRUE' });
    expect(parseDate(null, uk)).toEqual({ kind: 'blank' });
    expect(parseDate('   \n\t ', uk)).toEqual({ kind: 'blank' });
    expect(parseDate('', uk)).toEqual({ kind: 'blank' });
  });

  it('returns from 32,767-character hostile cells', () => {
    const hostile: string[] = [
      '1/2 '.repeat(8192).slice(0, 32767),
      '1'.repeat(32767),
      '/'.repeat(32767),
      ` ${'-'.repeat(32765)}x`,
      `1st ${'March '.repeat(5460)}`.slice(0, 32767),
      `${'by '.repeat(10922)}x`,
      `${'.'.repeat(32766)}1`,
      'Q'.repeat(32767),
    ];
    for (const text of hostile) {
      const result: DateParse = parseDate(text, uk);
      expect(result.kind).toBe('unreadable');
    }
  });

  it('keeps a note of any length after a real date', () => {
    const text = `1 March 2010 ${'x'.repeat(32000)}`;
    expect(dateOf(text).note).toHaveLength(32000);
  });
});

describe('parseDate: deadlines that name no date', () => {
  const uk = { date1904: false };
  it.each([
    'Annual review in May',
    'Reviewed quarterly',
    'Every six months',
    'Feb & Oct',
    'The action plan has targets for the next eighteen months.',
    'A later meeting',
    'To a future Board',
    '3-6months',
    '6-12months',
    '3 Months (dependant on University survey results)',
    'Start now',
    'Medium term',
    'Medium to long term',
  ])('"%s" is vague', (text) => {
    expect(parseDate(text, uk).kind).toBe('vague');
  });

  it.each(['End of April 2019', 'By 31 March 2025 at the latest'])('"%s" is still a date', (text) => {
    expect(parseDate(text, uk).kind).toBe('date');
  });

  it.each([
    ['May / June', '2000-06-30'],
    ['May - June', '2000-06-30'],
    ['Sept/Oct', '2000-10-31'],
  ])('"%s", one month to the next with no year, is a span done by the later, in the year read', (text, iso) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso, yearless: true });
  });

  it.each(['Feb & Oct', 'Feb and Oct', 'June / May'])(
    '"%s" is no span: two months a year, or running backwards',
    (text) => {
      expect(parseDate(text, uk).kind).not.toBe('date');
    },
  );

  it('a measure in days is no span from now: "9.5 days" is not vague, "9 days" and "within 9 days" are', () => {
    expect(parseDate('9.5 days', uk).kind).not.toBe('vague');
    expect(parseDate('2.4 weeks', uk).kind).not.toBe('vague');
    expect(parseDate('9 days', uk).kind).toBe('vague');
    expect(parseDate('within 9 days', uk).kind).toBe('vague');
  });

  it('four words with no date are unreadable, five make a sentence; a name is not a sentence', () => {
    expect(parseDate('Soon after the election', uk).kind).toBe('unreadable');
    expect(parseDate('Soon after the next election', uk).kind).toBe('vague');
    expect(parseDate('Clerk + Cllr Hooper', uk).kind).toBe('unreadable');
  });
});

describe('parseDate and resolveYear: a date written without its year', () => {
  const uk = { date1904: false };
  const resolved = (text: string, asOf: string) => {
    const d = parseDate(text, uk);
    return d.kind === 'date' ? resolveYear(d, asOf).iso : d.kind;
  };

  it('takes the year that puts the date nearest the as-of date', () => {
    expect(resolved('14 Aug', '2012-07-04')).toBe('2012-08-14');
    expect(resolved('June', '2012-07-04')).toBe('2012-06-30');
    expect(resolved('30 Sept', '2013-01-10')).toBe('2012-09-30');
    expect(resolved('1st March', '2010-12-20')).toBe('2011-03-01');
  });

  it('the month first, the day with its ordinal ("Due Oct 12th."), is a day; "Mar 11" may be a year', () => {
    expect(resolved('Due Oct 12th.', '2011-10-25')).toBe('2011-10-12');
    expect(resolved('Oct 12th', '2011-10-25')).toBe('2011-10-12');
    expect(resolved('Mar 11', '2011-10-25')).toBe('2011-03-31');
    expect(resolved('June 2nd 2025', '2011-10-25')).toBe('2025-06-02');
  });

  it('a month named with its quarter of the financial year ("Q3 - Oct") is that month', () => {
    expect(resolved('Q3 - Oct', '2011-06-07')).toBe('2011-10-31');
    expect(resolved('Q2 - Sept', '2011-06-07')).toBe('2011-09-30');
    expect(resolved('Q4 – Mar', '2011-06-07')).toBe('2011-03-31');
    // Each quarter's first and last month, and the months either side of them.
    expect(resolved('Q1 - Apr', '2011-06-07')).toBe('2011-04-30');
    expect(resolved('Q1 - Jun', '2011-06-07')).toBe('2011-06-30');
    expect(resolved('Q1 - Mar', '2011-06-07')).toBe('unreadable');
    expect(resolved('Q1 - Jul', '2011-06-07')).toBe('unreadable');
    expect(resolved('Q1 - Jan', '2011-06-07')).toBe('unreadable');
  });

  it('either side of the half-year: the nearer of the two years wins', () => {
    // As of 1 July 2012: 1 January 2012 is 182 days back, 1 January 2013 is 184 ahead.
    expect(resolved('1 Jan', '2012-07-01')).toBe('2012-01-01');
    // As of 3 July 2012: 1 January 2013 is 182 days ahead, 1 January 2012 is 184 back.
    expect(resolved('1 Jan', '2012-07-03')).toBe('2013-01-01');
  });

  it('a dated text is not resolved, and only a whole cell, or one with a note in brackets, reads without a year', () => {
    const d = parseDate('14 Aug 2011', uk);
    expect(d.kind === 'date' && resolveYear(d, '2020-01-01').iso).toBe('2011-08-14');
    expect(parseDate('14 Aug Board', uk).kind).toBe('unreadable');
    expect(resolved('29 October (provisional date)', '2017-12-15')).toBe('2017-10-29');
  });

  it('the day of the week named with it settles the year, where a year near has that day', () => {
    // As of 15 December 2017, 29 October 2017 is nearer; but it was a Sunday, and 29 October 2018 a Monday.
    expect(resolved('29 October', '2017-12-15')).toBe('2017-10-29');
    expect(resolved('Monday 29 October', '2017-12-15')).toBe('2018-10-29');
    expect(resolved('Sunday 29 October', '2017-12-15')).toBe('2017-10-29');
    expect(resolved('To be considered at Full Council on Monday 17 September', '2017-12-15')).toBe('2018-09-17');
    // (29 February fell on a Saturday in 2020 and a Thursday in 2024, never on a Tuesday between 2017
    // and 2025: the nearest stands.)
    expect(resolved('Thursday 29 February', '2021-06-01')).toBe('2024-02-29');
    expect(resolved('Tuesday 29 February', '2021-06-01')).toBe('2020-02-29');
  });
});

describe('parseDate: progress written where the deadline goes', () => {
  const uk = { date1904: false };
  it('a sentence that mentions a date is vague, not a deadline', () => {
    expect(parseDate('One EHO appointed July 2004. Second appointee failed to start work', uk).kind).toBe('vague');
  });
  it('a date with a short note after it is still the date', () => {
    expect(parseDate('1st March 2010 (next Shared Services Board)', uk).kind).toBe('date');
  });
  it('a financial year in three words or more is a period, vague; in two it is unreadable', () => {
    expect(parseDate('Action plan covers 2015-16', uk).kind).toBe('vague');
    expect(parseDate('Actions completed as timetabled throughout 2015/16', uk).kind).toBe('vague');
    expect(parseDate('Plan covers 2015-16', uk).kind).toBe('unreadable');
  });
  it('seven words with a date inside are unreadable, eight make a sentence', () => {
    expect(parseDate('Appointed in July 2004 after a long delay', uk).kind).toBe('unreadable');
    expect(parseDate('Appointed in July 2004 after a very long delay', uk).kind).toBe('vague');
  });
});

describe('timePhrase', () => {
  it.each([
    ['It was agreed to fill the post within the next eight weeks', 'within the next eight weeks'],
    ['The site is due to go live by the end of the month. It will be monitored', 'by the end of the month'],
    ['Standing orders will be finalised by the AGM in May.', 'by the AGM in May'],
    ['The notice board to be repaired by the clerk.', null],
    ['Reviewed before the meeting of the board', null],
  ])('%s → %s', (text, phrase) => {
    expect(timePhrase(text)).toBe(phrase);
  });
});

describe('parseDate: a short phrase ending in the date it is done by', () => {
  it.each([
    ['Survey by End Dec 21.', '2021-12-31'],
    ['Final improvements by Q4 2021/22.', '2022-03-31'],
    ['Individual site assessments ongoing to end 2019/20', '2020-03-31'],
  ])('%j is done by %s', (text, iso) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso });
  });

  it('two steps each by a date name no single one', () => {
    expect(parseDate('Assessment by Q2 2021/22. Final improvements by Q4 2021/22.', uk).kind).not.toBe('date');
  });

  it('reads a phrase of 120 characters, but not one of 121', () => {
    const at = (length: number) => `${'x'.repeat(length - 'Survey by Q4 2021/22'.length - 1)} Survey by Q4 2021/22`;
    expect(parseDate(at(120), uk).kind).toBe('date');
    expect(parseDate(at(121), uk).kind).not.toBe('date');
  });
});

describe('parseDate: milestones each a verb and its month', () => {
  it('"Establish Dec 21" then "Report April 22": done by the last', () => {
    expect(parseDate('Establish Dec 21\nReport April 22', uk)).toMatchObject({ kind: 'date', iso: '2022-04-30' });
  });

  it('a step said to be done, or begun, dates nothing to be done', () => {
    expect(parseDate('Completed Dec 21\nReview April 22', uk)).toMatchObject({
      iso: '2022-04-30',
      note: 'the one dated milestone',
    });
    expect(parseDate('Started Dec 21', uk).kind).not.toBe('date');
  });

  it('a verb before a season or a bare year is no month to be done by', () => {
    expect(parseDate('Establish 2011\nFinalise Summer 2012', uk).kind).not.toBe('date');
    expect(parseDate('Establish Dec 2011\nFinalise Summer 2012', uk)).toMatchObject({ iso: '2011-12-31' });
  });
});

describe('parseDate: a date put back to a later one', () => {
  it.each([
    ['August Deferred to 2012/13', '2013-03-31'],
    ['Deferred to March 2013', '2013-03-31'],
    ['Postponed to Q3 2012/13', '2012-12-31'],
  ])('%j is due by the date it was put back to, %s', (text, iso) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso });
  });

  it('put back to no date is still no date', () => {
    expect(parseDate('Deferred to next year', uk).kind).not.toBe('date');
  });
});

describe('a day and its month in figures, with no year ("20/02")', () => {
  it.each([
    ['13/02', '2000-02-13'],
    ['20/02', '2000-02-20'],
    ['31/12', '2000-12-31'],
  ])('%s, whose day cannot be a month, is that day in a year the as-of date settles', (text, iso) => {
    expect(parseDate(text, uk)).toMatchObject({ kind: 'date', iso, precision: 'day', yearless: true });
  });

  it.each(['12/02', '32/12', '20/13', '30/02'])('%s is no such day', (text) => {
    expect(parseDate(text, uk).kind).toBe('unreadable');
  });

  test('two years running are still a financial year ("20/21")', () => {
    expect(parseDate('20/21', uk)).toMatchObject({ kind: 'date', iso: '2021-03-31', precision: 'year' });
  });
});
