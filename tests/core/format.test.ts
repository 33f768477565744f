/** How amounts read in finding messages (src/core/facts/format.ts). */
import fc from 'fast-check';
import { formatPounds } from '../../src/core/facts/format';

/** What the messages have always said: Intl's en-GB grouping, pence only when there are any. */
function intlPounds(value: number): string {
  const abs = Math.abs(value);
  const body =
    Math.abs(abs - Math.round(abs)) < 0.005
      ? Math.round(abs).toLocaleString('en-GB')
      : abs.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${value < 0 ? '-' : ''}£${body}`;
}

describe('formatPounds', () => {
  test.each([
    [246000, '£246,000'],
    [-24000, '-£24,000'],
    [1234.5, '£1,234.50'],
    [1234.565, '£1,234.57'],
    [999999.995, '£1,000,000.00'],
    [0.004, '£0'],
    [2e21, '£2,000,000,000,000,000,000,000'],
  ])('%p reads %p', (value, text) => {
    expect(formatPounds(value)).toBe(text);
  });

  test('reads exactly as Intl does for any finite amount', () => {
    const amount = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((pence) => pence / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((tenths) => tenths / 1000 + 0.005),
    );
    fc.assert(
      fc.property(amount, (value) => formatPounds(value) === intlPounds(value)),
      { seed: 20100614, numRuns: 20000 },
    );
  });
});
