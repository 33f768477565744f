/** How amounts read in finding messages (src/core/facts/format.ts). */
import fc from 'fast-check';
import { formatPounds, roundPenceAsShown } from '../../src/core/facts/format';

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

describe('roundPenceAsShown', () => {
  test.each([
    [50.005, 50.01],
    [123000.00000000001, 123000],
    [33.300000000000004, 33.3],
    [-24000.004, -24000],
    [1234.565, 1234.57],
    // No sum to the penny shows as these do: kept as they are.
    [999999.995, 999999.995],
    [-0.001, -0.001],
  ])('%p is %p', (value, rounded) => {
    expect(roundPenceAsShown(value)).toBe(rounded);
  });

  test('a sum to the penny that the message shows exactly as it shows the sum itself', () => {
    const amount = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((pence) => pence / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((tenths) => tenths / 1000 + 0.005),
      fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1000 })).map(([p, d]) => p / 100 / d),
    );
    fc.assert(
      fc.property(amount, (value) => {
        const rounded = roundPenceAsShown(value);
        return (
          formatPounds(rounded) === formatPounds(value) &&
          Math.abs(rounded - value) <= 0.0051 * Math.max(1, Math.abs(value) / 1e12)
        );
      }),
      { seed: 20100614, numRuns: 50000 },
    );
  });
});
