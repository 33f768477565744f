/** Remembered parser answers (src/core/parse/memo.ts) and the parsers that use them. */
import { memoByText } from '../../../src/core/parse/memo';
import { parseDate } from '../../../src/core/parse/dates';
import { parseMoney } from '../../../src/core/parse/money';
import { parseOwner } from '../../../src/core/parse/owners';

describe('memoByText', () => {
  test('reads each short text once, and shares a frozen answer', () => {
    const seen: string[] = [];
    const parse = memoByText((text) => {
      seen.push(text);
      return { names: text.split(' and ') };
    });
    const first = parse('Kevin Dicks and Phil Street');
    const again = parse('Kevin Dicks and Phil Street');
    expect(again).toBe(first);
    expect(seen).toEqual(['Kevin Dicks and Phil Street']);
    expect(Object.isFrozen(first) && Object.isFrozen(first.names)).toBe(true);
  });

  test('reads long texts every time, and starts afresh when full', () => {
    let calls = 0;
    const parse = memoByText((text) => {
      calls += 1;
      return text.length;
    });
    const long = 'x'.repeat(500);
    parse(long);
    parse(long);
    expect(calls).toBe(2);
    calls = 0;
    for (let i = 0; i < 6000; i++) parse(`owner ${i}`);
    parse('owner 0'); // forgotten when the memory started afresh
    parse('owner 5999'); // still kept
    expect(calls).toBe(6001);
  });
});

describe('parsers with a memory', () => {
  test('give the same answers the second time as the first', () => {
    for (const owner of ['Jayne Pickering Clare Felton', 'Head of Financial Services and S151 Officer', 'TBC'])
      expect(parseOwner(owner)).toEqual(parseOwner(`${owner}`));
    expect(parseDate('end of March 2011', { date1904: false })).toEqual(
      parseDate('end of March 2011', { date1904: false }),
    );
    // The scale is part of what an amount means: £120k under a £'000 header is not £120k.
    expect(parseMoney('120', 1)).toMatchObject({ kind: 'amount', value: 120 });
    expect(parseMoney('120', 1000)).toMatchObject({ kind: 'amount', value: 120000 });
    expect(parseMoney('120', 1)).toMatchObject({ kind: 'amount', value: 120 });
  });
});
