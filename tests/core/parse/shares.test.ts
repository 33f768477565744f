import {
  EQUAL_SPLIT_EXPECTED,
  parseShare,
  parseSplit,
  SHARE_EXPECTED,
  sharesSum,
  SPLIT_EXPECTED,
} from '../../../src/core/parse/shares';

describe('parseShare', () => {
  it.each([
    [0.5, 0.5],
    [0, 0],
    [1, 1],
    [50, 0.5],
    [100, 1],
    [33.3, 0.333],
    [0.25, 0.25],
  ])('number %d → %d', (value, share) => {
    expect(parseShare(value)).toMatchObject({ kind: 'share', value: share });
  });

  it.each([
    ['50%', 0.5],
    ['50', 0.5],
    ['0.5', 0.5],
    ['50 %', 0.5],
    ['33.3%', 0.333],
    ['100%', 1],
    ['0.5%', 0.005],
    ['75 per cent', 0.75],
    [' 25% ', 0.25],
    ['almost 77%', 0.77],
    ['roughly 11%', 0.11],
    ['approx. 40%', 0.4],
    // A dash or "Nil" where a source gave nothing: nought.
    ['—', 0],
    ['-', 0],
    ['Nil', 0],
  ])('text %s → %d', (text, share) => {
    expect(parseShare(text)).toEqual({ kind: 'share', value: share, text: text.trim() });
  });

  it.each([-0.5, -50, 100.5, 250, NaN, Infinity])('refuses number %d', (n) => {
    expect(parseShare(n)).toMatchObject({ kind: 'unreadable', expected: SHARE_EXPECTED });
  });

  it.each(['-5%', '150%', 'half', '50/50', '=1+1', '__proto__', 'Equal', '--5', '— 5'])('refuses %s', (text) => {
    expect(parseShare(text)).toEqual({ kind: 'unreadable', text, expected: SHARE_EXPECTED });
  });

  it('handles errors, booleans and blanks', () => {
    expect(parseShare({ error: '#DIV/0!' })).toMatchObject({ kind: 'unreadable', text: '#DIV/0!' });
    expect(parseShare(true)).toMatchObject({ kind: 'unreadable', text: 'TRUE' });
    expect(parseShare(null)).toEqual({ kind: 'blank' });
    expect(parseShare('   ')).toEqual({ kind: 'blank' });
  });
});

describe('sharesSum', () => {
  it('adds shares without float noise', () => {
    expect(sharesSum([0.333, 0.333, 0.334])).toBe(1);
    expect(sharesSum([0.1, 0.2])).toBe(0.3);
    expect(sharesSum([0.75, 0.2])).toBe(0.95);
    expect(sharesSum([])).toBe(0);
  });
});

describe('parseSplit', () => {
  it.each([
    ['75%/25%', [0.75, 0.25]],
    ['75% / 25%', [0.75, 0.25]],
    ['50/50', [0.5, 0.5]],
    ['60:40', [0.6, 0.4]],
    ['33.3/33.3/33.4', [0.333, 0.333, 0.334]],
    ['50% BDC / 50% RBC', [0.5, 0.5]],
    ['BDC 74% / RBC 26%', [0.74, 0.26]],
    ['0.75/0.25', [0.75, 0.25]],
    ['75%/25% (see note 3)', [0.75, 0.25]],
    ['100%/0%', [1, 0]],
    ['75/25 BDC/RBC', [0.75, 0.25]],
    ['Bromsgrove 50% Redditch 50%', [0.5, 0.5]],
    ['75% Bromsgrove, 25% Redditch', [0.75, 0.25]],
  ])('%s → %j', (text, shares) => {
    expect(parseSplit(text)).toEqual({ kind: 'split', shares, text });
  });

  it('reads several splits in one cell', () => {
    expect(parseSplit('100%/0% 80%/20% 70%/30%')).toEqual({
      kind: 'several',
      splits: [
        [1, 0],
        [0.8, 0.2],
        [0.7, 0.3],
      ],
      text: '100%/0% 80%/20% 70%/30%',
    });
    expect(parseSplit('Year 1: 100%/0%\nYear 2: 80%/20%')).toMatchObject({
      kind: 'several',
      splits: [
        [1, 0],
        [0.8, 0.2],
      ],
    });
  });

  it('reads a dated change with the split it replaced', () => {
    const text = '82%/18% with effect from 3 October 2022 (previously 74%/26%)';
    expect(parseSplit(text)).toEqual({
      kind: 'dated',
      shares: [0.82, 0.18],
      previous: [0.74, 0.26],
      effective: '2022-10-03',
      text,
    });
  });

  it('reads a dated split without a previous one, and a previous one without a date', () => {
    expect(parseSplit('60/40 from 1/4/2023')).toEqual({
      kind: 'dated',
      shares: [0.6, 0.4],
      effective: '2023-04-01',
      text: '60/40 from 1/4/2023',
    });
    expect(parseSplit('wef 1 April 2011 60/40')).toMatchObject({
      kind: 'dated',
      shares: [0.6, 0.4],
      effective: '2011-04-01',
    });
    expect(parseSplit('60/40 (previously 50/50)')).toEqual({
      kind: 'dated',
      shares: [0.6, 0.4],
      previous: [0.5, 0.5],
      text: '60/40 (previously 50/50)',
    });
  });

  it('does not take partner names after "from" for a date', () => {
    expect(parseSplit('75% from BDC / 25% from RBC')).toMatchObject({
      kind: 'split',
      shares: [0.75, 0.25],
    });
  });

  it('reads "Equal" when the number of partners is known', () => {
    expect(parseSplit('Equal', 2)).toEqual({ kind: 'split', shares: [0.5, 0.5], text: 'Equal' });
    expect(parseSplit('equally', 4)).toMatchObject({ shares: [0.25, 0.25, 0.25, 0.25] });
    const thirds = parseSplit('Equal shares', 3);
    expect(thirds.kind === 'split' && sharesSum(thirds.shares)).toBe(1);
    expect(parseSplit('Equal')).toEqual({
      kind: 'unreadable',
      text: 'Equal',
      expected: EQUAL_SPLIT_EXPECTED,
    });
    expect(parseSplit('Equal', 0).kind).toBe('unreadable');
  });

  it.each(['75%', '75% (previously 60%)', '0.5', 'half each', '01/04/2022', '150/50', '=1+1', '__proto__', '50, 50'])(
    '%s is not a split',
    (text) => {
      expect(parseSplit(text)).toEqual({ kind: 'unreadable', text, expected: SPLIT_EXPECTED });
    },
  );

  it('refuses numbers, errors and booleans; blanks are blank', () => {
    expect(parseSplit(0.75, 2)).toMatchObject({ kind: 'unreadable', text: '0.75' });
    expect(parseSplit({ error: '#N/A' })).toMatchObject({ kind: 'unreadable', text: '#N/A' });
    expect(parseSplit(false).kind).toBe('unreadable');
    expect(parseSplit(null)).toEqual({ kind: 'blank' });
    expect(parseSplit(' \n ')).toEqual({ kind: 'blank' });
  });

  it('reads one split said on each line for services sharing a row as that split', () => {
    expect(parseSplit('75%/25%\n75%/25%')).toEqual({ kind: 'split', shares: [0.75, 0.25], text: '75%/25%\n75%/25%' });
    expect(parseSplit('75%/25%\n71%/29%').kind).toBe('several');
  });

  it('returns from 32,767-character hostile cells', () => {
    // The same split said 8,000 times is still that split.
    expect(parseSplit('1/2 '.repeat(8192).slice(0, 32767)).kind).toBe('split');
    expect(parseSplit('1/2 1/3 '.repeat(4096).slice(0, 32767)).kind).toBe('several');
    expect(parseSplit('9'.repeat(32767)).kind).toBe('unreadable');
    expect(parseSplit('/'.repeat(32767)).kind).toBe('unreadable');
    expect(parseSplit(`50/${'50/'.repeat(10921)}`).kind).toBe('split');
    expect(parseSplit(`from ${'1 '.repeat(16380)}`).kind).toBe('unreadable');
  });
});
