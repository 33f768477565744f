/** Message templates (src/core/rules/template.ts): placeholders, their formats, and phrases chosen by a fact. */
import { readFileSync } from 'fs';
import * as path from 'path';
import {
  caseKey,
  compileWordings,
  fillTemplate,
  MAX_QUOTED_CHARS,
  type WordingSource,
} from '../../src/core/rules/template';
import { MESSAGE_FORMATS } from '../../src/core/rules/message-formats';
import type { FactValue } from '../../src/core/facts/subject';

const fill = (template: string, facts: Record<string, FactValue>, wording?: Record<string, WordingSource>) =>
  fillTemplate(template, facts, compileWordings(wording));

describe('formats', () => {
  test.each([
    ['{n|pounds}', { n: 246000 }, '£246,000'],
    ['{n|pounds}', { n: -12.5 }, '-£12.50'],
    ['{n|count}', { n: 2699040 }, '2,699,040'],
    ['{n|percent}', { n: 0.755 }, '75.5%'],
    ['{n|abs|pounds}', { n: -10000 }, '£10,000'],
    ['{d|date}', { d: '2010-03-01' }, '1 March 2010'],
    ['{t|short}', { t: 'x'.repeat(61) }, `${'x'.repeat(60)}…`],
    ['{t|short}', { t: 'x'.repeat(60) }, 'x'.repeat(60)],
    [
      '{names|and}',
      { names: ['Jayne Pickering', 'Clare Felton', 'Kevin Dicks'] },
      'Jayne Pickering, Clare Felton and Kevin Dicks',
    ],
    ['{names|and}', { names: ['Jayne Pickering', 'Clare Felton'] }, 'Jayne Pickering and Clare Felton'],
    ['{names|and}', { names: ['Jayne Pickering'] }, 'Jayne Pickering'],
  ])('%s of %j reads %p', (template, facts, text) => {
    expect(fill(template, facts)).toBe(text);
  });

  test('a list is shown item by item, joined with " / ", each item formatted', () => {
    expect(fill('{shares|percent}', { shares: [0.6, 0.4] })).toBe('60% / 40%');
    expect(fill('{partners}', { partners: ['Bromsgrove', 'Redditch'] })).toBe('Bromsgrove / Redditch');
    expect(fill('{sums|pounds}', { sums: [1000, 2500.5] })).toBe('£1,000 / £2,500.50');
  });

  test('a value a format does not apply to is shown as it is; null as nothing', () => {
    expect(fill('[{t|pounds}] [{n|date}] [{x|percent}] [{b|abs}]', { t: 'tbc', n: 12, x: null, b: true })).toBe(
      '[tbc] [12] [] [yes]',
    );
  });

  test('unformatted numbers: whole as they are, others to two places', () => {
    expect(fill('{a} {b}', { a: 110, b: 33.3333 })).toBe('110 33.33');
  });

  test('a name that is neither a fact nor a phrase, or a format nobody knows, is left as written', () => {
    expect(fill('{labl} {label|calendar} {label}', { label: 'R1' })).toBe('{labl} {label|calendar} R1');
  });

  test('the rule catalogue documents every format as the renderer describes it', () => {
    const catalogue = readFileSync(path.resolve(__dirname, '../../rules/README.md'), 'utf8');
    for (const [name, what] of Object.entries(MESSAGE_FORMATS)) expect(catalogue).toContain(`\`${name}\` (${what})`);
  });
});

describe('phrases', () => {
  const where: Record<string, WordingSource> = {
    where: {
      by: 'absence',
      cases: { 'blank-cell': 'the cell is blank', 'names-nobody': 'the cell says "{text|short}"' },
      else: 'no column',
    },
  };

  test('the case the fact selects, else the `else`', () => {
    expect(fill('No owner: {where}.', { absence: 'blank-cell' }, where)).toBe('No owner: the cell is blank.');
    expect(fill('No owner: {where}.', { absence: 'names-nobody', text: 'TBC' }, where)).toBe(
      'No owner: the cell says "TBC".',
    );
    expect(fill('No owner: {where}.', { absence: 'no-column' }, where)).toBe('No owner: no column.');
    expect(fill('No owner: {where}.', {}, where)).toBe('No owner: no column.');
  });

  test('no case and no `else`: nothing', () => {
    expect(fill('[{p}]', { k: 'other' }, { p: { by: 'k', cases: { one: 'x' } } })).toBe('[]');
  });

  test('cases are the value as text: numbers, true/false, "" for null, a list joined by commas', () => {
    expect([
      caseKey(12),
      caseKey(0.5),
      caseKey(true),
      caseKey(null),
      caseKey(undefined),
      caseKey(['owner', 'year']),
    ]).toEqual(['12', '0.5', 'true', '', '', 'owner,year']);
    const columns = { by: 'absent', cases: { owner: 'lead officer', 'owner,year': 'lead officer or year' } };
    expect(fill('no {cols} column', { absent: ['owner', 'year'] }, { cols: columns })).toBe(
      'no lead officer or year column',
    );
  });

  test('a phrase may name other phrases and take formats', () => {
    const wording: Record<string, WordingSource> = {
      outer: { by: 'kind', cases: { a: 'in {inner}' } },
      inner: { by: 'header', cases: { '': 'the total column' }, else: '{header}' },
    };
    expect(fill('{outer}', { kind: 'a', header: '' }, wording)).toBe('in the total column');
    expect(fill('{outer}', { kind: 'a', header: 'Saving target' }, wording)).toBe('in Saving target');
    expect(fill('{inner|short}', { header: 'y'.repeat(70) }, wording)).toBe(`${'y'.repeat(60)}…`);
  });

  test('a phrase is quoted as a whole, as a fact is: no longer than a fact may be', () => {
    const text = fill(
      '<{long}>',
      { cell: 'z'.repeat(150) },
      { long: { by: 'x', cases: {}, else: '{cell} and {cell}' } },
    );
    expect(text).toBe(`<${`${'z'.repeat(150)} and ${'z'.repeat(150)}`.slice(0, MAX_QUOTED_CHARS - 1)}…>`);
  });

  test('phrases that name each other in a circle are refused', () => {
    expect(() =>
      compileWordings({ a: { by: 'x', cases: {}, else: '{b}' }, b: { by: 'x', cases: { y: '{a}' } } }),
    ).toThrow(/a → b → a/);
  });
});
