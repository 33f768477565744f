import { formatMoneyScale, headerMoneyScale, MONEY_EXPECTED, parseMoney } from '../../../src/core/parse/money';
import type { CellValue } from '../../../src/core/snapshot';

function amountOf(value: CellValue, scale?: number): number {
  const result = parseMoney(value, scale);
  if (result.kind !== 'amount') throw new Error(`expected an amount from ${String(value)}, got ${result.kind}`);
  return result.value;
}

describe('headerMoneyScale', () => {
  it.each([
    ["Savings £'000", 1000],
    ['Savings £000', 1000],
    ['Cost (£000s)', 1000],
    ['Cost £k', 1000],
    ['Saving (£k)', 1000],
    ['Budget £ thousands', 1000],
    ["Budget '000", 1000],
    ['Budget £\u2019000', 1000],
    ["Saving (£'000s)", 1000],
    ["£'000", 1000],
    ['Budget £m', 1_000_000],
    ['Budget (£M)', 1_000_000],
    ['Budget £ million', 1_000_000],
    ['Savings £', 1],
    ['Saving', 1],
    ['Cost to each partner', 1],
    ['Comments (kept)', 1],
    ['Manager', 1],
  ])('%s → × %d', (header, scale) => {
    expect(headerMoneyScale(header)).toBe(scale);
  });
});

describe('formatMoneyScale', () => {
  it.each([
    ['"£"0.0"m"', 1_000_000], // £85.2m: the cell holds millions
    ['"£"0.0" million"', 1_000_000],
    ['0.0\\m', 1_000_000],
    ['"£"#,##0"k";("£"#,##0"k")', 1000],
    ['"£"0.00"bn"', 1e9],
    ['#,##0.0,,"m"', null], // scaled down by the commas: the cell holds pounds
    ['#,##0,"k"', null],
    ['"£"#,##0', null],
    ['0%', null],
    ['dd/mm/yyyy', null],
    [null, null],
  ])('%s → %s', (format, scale) => {
    expect(formatMoneyScale(format)).toBe(scale);
  });
});

describe('parseMoney: numbers', () => {
  it('takes numbers as they are, times the scale', () => {
    expect(parseMoney(246000)).toEqual({ kind: 'amount', value: 246000, text: '246000' });
    expect(amountOf(246, 1000)).toBe(246000);
    expect(amountOf(1.2, 1_000_000)).toBe(1_200_000);
    expect(amountOf(-4000)).toBe(-4000);
    expect(amountOf(0)).toBe(0);
  });

  it('rounds to pennies without float noise', () => {
    expect(amountOf(0.1 + 0.2)).toBe(0.3);
    expect(amountOf(1.005, 1000)).toBe(1005);
    expect(amountOf(12.3456)).toBe(12.35);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %d', (n) => {
    expect(parseMoney(n).kind).toBe('unreadable');
  });

  it('refuses a number that overflows when scaled', () => {
    expect(parseMoney(1e306, 1000).kind).toBe('unreadable');
  });
});

describe('parseMoney: text figures', () => {
  it.each([
    ['£246,000', 246000],
    ['246000', 246000],
    ['£120k', 120000],
    ['£120K', 120000],
    ['£1.2m', 1200000],
    ['£1.2M', 1200000],
    ['1.2 million', 1200000],
    ['£150,000', 150000],
    ['£40k savings per annum', 40000],
    ['£40k a year', 40000],
    ['£150,000 in 2011/12', 150000],
    ['£150,000 in 2011-12', 150000],
    ['match funding of £40,000 per Council', 40000],
    ['£246,000 (£82k per partner)', 246000],
    ['£0.50', 0.5],
    ['(4,000)', -4000],
    ['(£4,000)', -4000],
    ['£(4,000)', -4000],
    ['£1.5 m', 1500000],
    ['£2bn', 2000000000],
    ['£1,234.56', 1234.56],
    ['c.£40k', 40000],
    ['-£4,000', -4000],
    ['£-4,000', -4000],
    ['\u2212£4,000', -4000],
    ['nil', 0],
    ['Nil', 0],
    ['£nil', 0],
    ['-', 0],
    ['\u2014', 0],
    ['\u2013', 0],
    ['Nil saving', 0],
    ['NIL', 0],
    ['Nil.', 0],
    ['Nil - no saving this year', 0],
    ['£ nil', 0],
    // Excel's accounting format shows zero as "£ -"; pasted as text it keeps the space.
    ['£ -', 0],
    ['£  \u2013', 0],
    ['(3,000)', -3000],
    ['(£3k)', -3000],
    ['-£3,000', -3000],
    ['\u20133,000', -3000],
    ['\u2013 3,000', -3000],
    ['\u2013£3,000', -3000],
    ['£450k', 450000],
    ['£1.2m', 1200000],
  ])('%s → %d', (text, value) => {
    expect(parseMoney(text)).toEqual({ kind: 'amount', value, text });
  });

  it('applies the header scale to plain figures only', () => {
    expect(amountOf('246', 1000)).toBe(246000);
    expect(amountOf('£246', 1000)).toBe(246000);
    expect(amountOf('£120k', 1000)).toBe(120000);
    expect(amountOf('£1.2m', 1000)).toBe(1200000);
  });

  it.each([
    ['£30,000 to £40,000', 30000, 40000],
    ['£30,000 - £40,000', 30000, 40000],
    ['£30,000 \u2013 £40,000', 30000, 40000],
    ['£30k\u2013£40k', 30000, 40000],
    ['£30k-£40k', 30000, 40000],
    ['between £30,000 and £40,000', 30000, 40000],
    ['£30,000 £40,000', 30000, 40000],
    ['£30-40k', 30000, 40000],
    ['30,000-40,000', 30000, 40000],
    ['£40,000 to £30,000', 30000, 40000],
    ['-£10k to -£5k', -10000, -5000],
    ['Up to £187.0k', 0, 187000],
    ['up to 55,000', 0, 55000],
  ])('%s is a range %d–%d', (text, low, high) => {
    expect(parseMoney(text)).toEqual({ kind: 'range', low, high, text });
  });

  it('scales both ends of a plain range', () => {
    expect(parseMoney('30 to 40', 1000)).toMatchObject({ kind: 'range', low: 30000, high: 40000 });
  });

  it.each([
    'to be confirmed',
    'TBC',
    'tbc',
    'TBA',
    'Nail',
    '10%',
    '£50,000 in 2011 and £60,000 in 2012',
    '30000 40000',
    '31/03/2011',
    '__proto__',
    '£',
    'Q3',
  ])('%s is unreadable', (text) => {
    expect(parseMoney(text)).toEqual({ kind: 'unreadable', text, expected: MONEY_EXPECTED });
  });

  it.each([
    ['=1+1', 'a formula kept as text'],
    ['=SUM(ABOVE) 54.269', 'a formula kept as text'],
    ['=B2*0.68', 'a formula kept as text'],
    ['= $C$4 - C5', 'a formula kept as text'],
    ['Note 1', 'the note beside it'],
    ['see note 3', 'the note beside it'],
    ['see note', 'the note beside it'],
    ['Footnote (a)', 'the note beside it'],
    ['Notes 12', 'the note beside it'],
    ['6,410.781.480', 'commas and point in place'],
    ['6.222.704,254', 'commas and point in place'],
    ['5,951.063,379', 'commas and point in place'],
    ['146/235', 'commas and point in place'],
    ['257,', 'commas and point in place'],
    [',039', 'commas and point in place'],
    ['1,191,', 'commas and point in place'],
    ['-22,', 'commas and point in place'],
    ['4,.008', 'commas and point in place'],
    ['4..008', 'commas and point in place'],
    ['£691,3201', 'commas and point in place'],
    ['12,34', 'commas and point in place'],
    ['(1,2345.50)', 'commas and point in place'],
    ['Linked to above', 'the line above counts it'],
    ['Included in above', 'the line above counts it'],
    ['see above', 'the line above counts it'],
  ])('%s stands where a figure goes: unreadable, saying why', (text, why) => {
    const read = parseMoney(text);
    expect(read).toMatchObject({ kind: 'unreadable', text });
    expect(read.kind === 'unreadable' && read.expected).toContain(why);
  });

  it.each(['O.2', 'a.5', '12O.2', '3I5.41', '(7,2OO)', '£2.l', 'x.1.2.3', '£5,OOO', '1,OOO', 'l,000', '£23,3O1'])(
    '%j: a letter typed where a digit goes makes no figure (and the reading moves past it)',
    (text) => {
      expect(parseMoney(text)).toMatchObject({ kind: 'unreadable', text });
    },
  );

  it.each([
    ['£5,000', 5000],
    ['Total, 1,000', 1000],
  ])('%j: a comma beside a word or a space is no letter typed for a digit', (text, value) => {
    expect(parseMoney(text)).toMatchObject({ kind: 'amount', value });
  });

  it.each([
    ['Q3 2.5', 2.5],
    ['£2.5m.', 2500000],
    ['S151 £40k', 40000],
  ])('%j: digits inside a word are skipped, the figure after them read', (text, value) => {
    expect(parseMoney(text)).toEqual({ kind: 'amount', value, text });
  });

  it.each(['= total of rows 3-5', '= 68% row 1', '= row 2-row 6', '= row 9 X £12'])(
    '%j is a note of how a line is worked out, not a formula: no figure, and not called one',
    (text) => {
      expect(parseMoney(text)).toEqual({ kind: 'unreadable', text, expected: MONEY_EXPECTED });
    },
  );

  it.each(['2022I', '2023 I', '1999l', '2021l'])(
    "%j, a year heading with a scan's stroke after it, is no sum",
    (text) => {
      expect(parseMoney(text).kind).toBe('blank');
    },
  );

  it.each(['2022II', '202I', '20221', '3022I'])('%j is not a marked year', (text) => {
    expect(parseMoney(text).kind).not.toBe('blank');
  });

  it('a label with a date in it ("Total as at 01.04.20") is no figure whose points slipped', () => {
    expect(parseMoney('Total as at 01.04.20')).not.toMatchObject({
      expected: expect.stringContaining('commas and point'),
    });
    expect(parseMoney('01.04.20')).toMatchObject({ kind: 'unreadable' });
  });

  it('"Included in rent" is a sum counted elsewhere: nothing here, where "Included in above" points at the line above', () => {
    expect(parseMoney('Included in rent').kind).toBe('blank');
    expect(parseMoney('Incl. within staffing').kind).toBe('blank');
    expect(parseMoney('Included in rent £5k').kind).not.toBe('blank');
  });

  it.each([
    ['Note 123', 'a number of three figures is no note'],
    ['Notes: 1,200 from reserves', 'a sentence'],
    ['6,410,781,480.50', 'a figure written right'],
  ])('%s is not taken for a pointer to a note (%s)', (text) => {
    const read = parseMoney(text);
    expect(read.kind === 'unreadable' && read.expected).not.toContain('the note beside it');
  });

  it.each([
    ['£691,320', 691320],
    ['(1,234.50)', -1234.5],
    ['12,345,678', 12345678],
  ])('%s marks off its thousands with its commas, and is read', (text, value) => {
    expect(parseMoney(text)).toMatchObject({ kind: 'amount', value });
  });

  it.each(['6/9', '12/40', '1466/235', '146/2350'])('%s is no figure with its point struck as a slash', (text) => {
    const read = parseMoney(text);
    expect(read.kind === 'unreadable' && read.expected).not.toContain('commas and point in place');
  });

  it.each([
    ['As above', 'the same figure again, read as the line above says'],
    ['Linked to above scheme costs', 'a sentence'],
  ])('%s is not taken for a pointer to the line above (%s)', (text) => {
    const read = parseMoney(text);
    expect(read.kind === 'unreadable' && read.expected).not.toContain('the line above counts it');
  });

  it('reports an Excel error by its code and TRUE as text', () => {
    expect(parseMoney({ error: '#REF!' })).toEqual({
      kind: 'unreadable',
      text: '#REF!',
      expected: MONEY_EXPECTED,
    });
    expect(parseMoney(false)).toMatchObject({ kind: 'unreadable', text: 'FALSE' });
  });

  it('treats empty and whitespace cells as blank', () => {
    expect(parseMoney(null)).toEqual({ kind: 'blank' });
    expect(parseMoney('  \n ')).toEqual({ kind: 'blank' });
  });

  it.each(['n/a', 'N/A', 'N/A.', 'n.a.', 'NA', 'Not applicable', 'N/A - shared post', ' n/a '])(
    '%j says no sum belongs here, so is blank',
    (text) => {
      expect(parseMoney(text, 1000)).toEqual({ kind: 'blank' });
    },
  );

  it('reads a figure written after N/A', () => {
    expect(parseMoney('N/A: £5k one-off')).toMatchObject({ kind: 'amount', value: 5000 });
  });

  it('asks for the sum a TBC cell still owes', () => {
    expect(parseMoney('TBC', 1000)).toEqual({ kind: 'unreadable', text: 'TBC', expected: MONEY_EXPECTED });
  });

  it("applies a £'000 scale to brackets and dashes but not to nil", () => {
    expect(amountOf('(3)', headerMoneyScale("Saving £'000"))).toBe(-3000);
    expect(amountOf('\u20133', headerMoneyScale("Saving £'000"))).toBe(-3000);
    expect(amountOf('-', headerMoneyScale("Saving £'000"))).toBe(0);
    expect(amountOf('£1.2m', headerMoneyScale("Saving £'000"))).toBe(1200000);
  });

  it('returns from 32,767-character hostile cells', () => {
    expect(parseMoney('9'.repeat(32767)).kind).toBe('unreadable');
    expect(parseMoney(`£${'1,'.repeat(16382)}1`).kind).toBe('unreadable');
    expect(parseMoney('1/2 '.repeat(8192).slice(0, 32767)).kind).toBe('unreadable');
    expect(parseMoney(`${'.'.repeat(32766)}x`).kind).toBe('unreadable');
    expect(parseMoney(`£1 ${'£2 '.repeat(10920)}`).kind).toBe('unreadable');
    expect(parseMoney(`£40k ${'x'.repeat(32000)}`)).toMatchObject({ kind: 'amount', value: 40000 });
  });
});

describe('parseMoney: a bracket without its pair', () => {
  it.each(['0.062)', '(1,234', '(8.209', '250)'])('"%s" cannot be read: a credit or a debit?', (text) => {
    const result = parseMoney(text);
    expect(result.kind).toBe('unreadable');
    if (result.kind === 'unreadable') expect(result.expected).toContain('with both brackets or neither');
  });

  it.each([
    ['(1,234)', -1234],
    ['1,234', 1234],
  ])('"%s" with both brackets or neither is a figure', (text, pounds) => {
    expect(amountOf(text)).toBe(pounds);
  });

  it('"1)" numbers a list: it is no figure struck wrong', () => {
    expect(parseMoney('1)').kind).not.toBe('unreadable');
  });
});
