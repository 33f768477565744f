/**
 * Text written to be slow stays cheap. Each case is a worst case for one step that reads user
 * text, sized so that the step as it was took a minute or more (a regular expression that rescanned
 * the rest of a cell from each character, or a settings sheet copied once per row); each must now
 * finish within a few seconds, far inside the run-time budget. The rewritten patterns are also
 * held to read exactly as the old ones did, on random text too short to be slow.
 */
import fc from 'fast-check';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { replaceAsides } from '../../src/core/parse/text';
import { councilNameIn, withoutUnitsAndAsides } from '../../src/core/tables/partners';
import { headerWords } from '../../src/core/tables/header-words';
import { checkSnapshot } from './support/check-both';

/** Generous: each case took a minute or more before, and takes well under a second now. */
const BOUND_MS = 5000;
const LONG = 32_000;

const HEADER: CellValue[] = ['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status'];
const ITEM: CellValue[] = ['R1', 'Agree a single management team', 'Kevin Dicks', '30/09/2011', 'In progress'];
const book = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets, date1904: false });
const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, originRow: 1, originCol: 1, values });

async function elapsed(run: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await run().catch(() => undefined);
  return Date.now() - started;
}

describe('within the budget, through the core', () => {
  test('a column of 80 cells of a figure, spaces and no split', async () => {
    const odd = `1${' '.repeat(LONG)}x`;
    const rows = Array.from({ length: 80 }, (_, i) => [...ITEM.slice(0, 4), 'In progress', i % 2 ? odd : 5]);
    const wb = book(sheet('Plan', [[...HEADER, 'Share'], ...rows]));
    expect(await elapsed(() => checkSnapshot(wb))).toBeLessThan(BOUND_MS);
  });

  test('a settings sheet of 40,000 rule rows is read, not refused', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => [`Rule owner.x${i}`, i % 2 ? 'off' : 'warning']);
    const wb = book(sheet('Plan', [HEADER, ITEM]), sheet('Concordat settings', rows));
    let findings = -1;
    const ms = await elapsed(async () => {
      findings = (await checkSnapshot(wb)).findings.length;
    });
    expect(ms).toBeLessThan(BOUND_MS);
    expect(findings).toBe(0);
  });

  test('40 settings rows of Partners, each a name and a long run of spaces, are refused quickly', async () => {
    const rows = Array.from({ length: 40 }, () => ['Partners', `Bromsgrove${' '.repeat(LONG)}x`]);
    const wb = book(sheet('Plan', [HEADER, ITEM]), sheet('Concordat settings', rows));
    let refusal = '';
    const ms = await elapsed(() => checkSnapshot(wb).catch((err: Error) => (refusal = err.message)));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(refusal).toMatch(/^Concordat settings sheet: not a valid profile: \$\.partners\[0\]\.name: Too big/);
  });

  test('a tolerance of a figure and a long run of spaces, on eight settings sheets, is refused quickly each time', async () => {
    const keys = ['Share tolerance', 'Driver tolerance', 'Savings shortfall tolerance', 'Cost balance tolerance'];
    const refusals: string[] = [];
    const ms = await elapsed(async () => {
      for (const key of [...keys, ...keys]) {
        const wb = book(sheet('Plan', [HEADER, ITEM]), sheet('Concordat settings', [[key, `1${' '.repeat(LONG)}x`]]));
        await checkSnapshot(wb).catch((err: Error) => refusals.push(err.message));
      }
    });
    expect(ms).toBeLessThan(BOUND_MS);
    expect(refusals).toHaveLength(8);
    expect(refusals[0]).toMatch(/^Concordat settings!B1: expected a percentage/);
  });
});

/**
 * The table reader hands header matching a few hundred characters at most (a cell over 160 is no
 * header), so these are held to their cost directly, on cells as long as Excel allows.
 */
describe('within the budget, header matching on 20 cells as long as a cell can be', () => {
  test.each<[string, string]>([
    ['"(" repeated (brackets never closed)', '('.repeat(LONG)],
    ['"£" and spaces', `£${' '.repeat(LONG)}x`],
    ['"£" and line breaks', `£${'\n'.repeat(LONG)}`],
    ['a run of dashes inside a word', `x${'-'.repeat(LONG)}x`],
    ['two alternatives and spaces', `a/b${' '.repeat(LONG)}x`],
  ])('%s', (_what, text) => {
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      headerWords(text);
      councilNameIn(text);
    }
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });
});

describe('the rewritten patterns read as the old ones did', () => {
  const text = (chars: string) => fc.string({ unit: fc.constantFrom(...chars.split('')), maxLength: 40 });

  test('asides in brackets', () => {
    fc.assert(
      fc.property(text('()a -'), (s) => {
        expect(replaceAsides(s, ' ')).toBe(s.replace(/\([^)]*\)/g, ' '));
      }),
    );
  });

  test("units and asides in a council's name", () => {
    fc.assert(
      fc.property(text("£'0sk()% a"), (s) => {
        expect(withoutUnitsAndAsides(s)).toBe(s.replace(/£\s*'?\s*000s?|£\s*(?:k|m|bn)\b|£|%|\([^)]*\)/gi, ' '));
      }),
      { numRuns: 5000 },
    );
  });

  test.each<[string, RegExp, RegExp, string]>([
    [
      'money units',
      /£\s*'?\s*000'?s?|£\s*(?:k|m|bn)\b|'000'?s?|\b000'?s\b|£/gi,
      /£\s*(?:'\s*)?000'?s?|£\s*(?:k|m|bn)\b|'000'?s?|\b000'?s\b|£/gi,
      "£ '0sk\nm",
    ],
    [
      'alternatives',
      /([a-z])\s*\/\s*[a-z][a-z ]*?(?=\s*(?:£|$|\(|\d))/g,
      /([a-z])\s*\/\s*[a-z]+(?: +[a-z]+)*(?=\s*(?:£|$|\(|\d))/g,
      'ab/ \n£(1',
    ],
    ['dashes', /(^|\s)-+|-+(\s|$)/g, /(^|\s)-+|(?<!-)-+(\s|$)/g, '-a \n'],
    ['split text', /\d\s*%?\s*[/:]\s*\d+(?:\.\d+)?\s*%/, /\d\s*(?:%\s*)?[/:]\s*\d+(?:\.\d+)?\s*%/, '1% /:.a'],
    ['a percentage setting', /^\s*(-?\d+(?:\.\d+)?)\s*(%)?\s*$/, /^\s*(-?\d+(?:\.\d+)?)\s*(?:(%)\s*)?$/, '1-. %x'],
    [
      'partners and aliases',
      /^([^()]+?)\s*(?:\(([^)]*)\))?$/,
      /^([^()\s]+(?:\s+[^()\s]+)*)\s*(?:\(([^)]*)\))?$/,
      'ab ()\n',
    ],
  ])('%s', (_name, old, now, chars) => {
    fc.assert(
      fc.property(text(chars), (s) => {
        if (old.global) expect(s.replace(now, '<$1>')).toBe(s.replace(old, '<$1>'));
        else expect(now.exec(s.trim())?.map((g) => g?.trim())).toEqual(old.exec(s.trim())?.map((g) => g?.trim()));
      }),
      { numRuns: 2000 },
    );
  });
});
