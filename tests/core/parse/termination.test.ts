/**
 * Every cell parser comes back, whatever a cell holds. Short texts drawn from the characters that
 * figures, dates, shares and names are written in (with letters typed for digits, "O.2", "3I5.41")
 * are where a scan can stand still; each parser must answer each of them.
 */
import fc from 'fast-check';
import { parseDate } from '../../../src/core/parse/dates';
import { parseDrivers } from '../../../src/core/parse/drivers';
import { parseMoney } from '../../../src/core/parse/money';
import { parseOwner } from '../../../src/core/parse/owners';
import { parseShare, parseSplit } from '../../../src/core/parse/shares';

const SEED = 20261205;
const RUNS = 3000;

/** Digits, the letters most often typed for them, and the marks figures, dates and splits use. */
const CHARACTERS = [...'0129OolI.,;:/-–()£%kmxQs &'];
const cellText = fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 12 });

test.each([
  ['parseMoney', (t: string) => parseMoney(t)],
  ['parseMoney in £000', (t: string) => parseMoney(t, 1000)],
  ['parseDate', (t: string) => parseDate(t, { date1904: false })],
  ['parseShare', (t: string) => parseShare(t)],
  ['parseSplit', (t: string) => parseSplit(t, 2)],
  ['parseDrivers', (t: string) => parseDrivers(t, 2)],
  ['parseOwner', (t: string) => parseOwner(t)],
])('%s answers every short text of figures and marks', (_, parse) => {
  fc.assert(
    fc.property(cellText, (text) => typeof parse(text).kind === 'string'),
    { seed: SEED, numRuns: RUNS },
  );
});
