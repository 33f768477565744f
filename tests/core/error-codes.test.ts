/**
 * The error catalogue (src/core/error-codes.json): its page is up to date, every code is raised
 * somewhere and asserted by some test, and every entry reads as the hosts show it.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { ConcordatError, describeError, ERROR_CODES, fixFor, fixSentence } from '../../src/core/errors';
// The page's generator is a plain Node script, run by hand and by CI with --check.
const { render, TARGET } = require('../../scripts/errors-catalogue.js') as { render: () => string; TARGET: string };

const ROOT = path.resolve(__dirname, '../..');

/** Every .ts and .js file under `dir`, by path, but those `skip` leaves out. */
function texts(dir: string, skip: (file: string) => boolean): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (skip(file)) continue;
    if (statSync(file).isDirectory()) for (const [f, t] of texts(file, skip)) found.set(f, t);
    else if (/\.(ts|js)$/.test(name)) found.set(file, readFileSync(file, 'utf8'));
  }
  return found;
}

test('docs/errors.md is what scripts/errors-catalogue.js writes from the catalogue', () => {
  expect(readFileSync(TARGET, 'utf8')).toBe(render());
});

test('every code in the catalogue is raised somewhere in the source', () => {
  const source = [...texts(path.join(ROOT, 'src'), () => false).values()].join('\n');
  expect(ERROR_CODES.filter((code) => !source.includes(`'${code}'`))).toEqual([]);
});

test('every code is asserted by some test', () => {
  const here = path.resolve(__filename);
  const tests = [...texts(path.join(ROOT, 'tests'), (f) => f === here || f.includes(`${path.sep}.tmp`)).values()];
  const all = tests.join('\n');
  // Quoted ('sheet.protected'), or as the end of a refusal line in a regular expression (\[write\.failed\]).
  const asserted = (code: string) => all.includes(`'${code}'`) || all.includes(`\\[${code.replace(/\./g, '\\.')}\\]`);
  expect(ERROR_CODES.filter((code) => !asserted(code))).toEqual([]);
});

test.each(ERROR_CODES)('%s: a title that is a sentence, and a fix that is a clause to follow the message', (code) => {
  const fix = fixFor(code);
  // The command line prints "<message>; <fix>"; the pane and the page make a sentence of it.
  expect(fix).toMatch(/^[a-z]/);
  expect(fix).not.toMatch(/[.;\s]$/);
  expect(fixSentence(fix)).toMatch(/^[A-Z].*[^.]\.$/);
});

test('a ConcordatError carries its code, its message and the catalogue fix unless it gives its own', () => {
  expect(describeError(new ConcordatError('limit.cells', "sheet 'Plan' takes the workbook over"))).toEqual({
    report: { code: 'limit.cells', message: "sheet 'Plan' takes the workbook over", fix: fixFor('limit.cells') },
    internal: false,
  });
  expect(new ConcordatError('usage.invalid', '--out names one file', 'give a folder instead').fix).toBe(
    'give a folder instead',
  );
});

test('anything else thrown is an internal fault, its first line kept', () => {
  expect(describeError(new TypeError('x is undefined\n    at f (a.ts:1)'))).toEqual({
    report: { code: 'internal', message: 'unexpected error: x is undefined', fix: fixFor('internal') },
    internal: true,
  });
  expect(describeError('a string').report.message).toBe('unexpected error: a string');
});
