/**
 * Lists of two columns, "Targets | Timing", with short headings alone on a line over their targets.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][]) => check(workbook(sheet('Targets', rows)), { asOf: '2015-03-31' });
const targets = (housing: CellValue[], water: CellValue[]): CellValue[][] => [
  ['Targets', 'Timing'],
  ['Emissions'],
  ['Borough to reduce greenhouse gas emissions by 34%', 'By 2020'],
  ['Borough to reduce greenhouse gas emissions by 80%', 'By 2050'],
  housing,
  ['Green Deal Community Fund to achieve 160 Green Deal Energy Plans', 'By Sep 2015'],
  ['Subject to legislation we will develop a scheme to support home energy advice', null],
  water,
  ['Reduce water use in council buildings by a fifth', 'By Mar 2016'],
];

test('short words alone over the targets are headings; a target alone is missing its date', async () => {
  const result = await run(targets(['Housing'], ['Water']));
  expect(result.readings[0].skippedRows.filter((s) => s.reason === 'section heading').map((s) => s.row)).toEqual([
    2, 5, 8,
  ]);
  expect(loud(result)).toEqual(['deadline.missing@B7']);
});

test('a heading of five words, or one with a full stop, is a target with no date', async () => {
  expect(loud(await run(targets(['Housing'], ['Water in council owned buildings'])))).toEqual([
    'deadline.missing@B7',
    'deadline.missing@B8',
  ]);
  expect(loud(await run(targets(['Housing'], ['Save water.'])))).toEqual([
    'deadline.missing@B7',
    'deadline.missing@B8',
  ]);
});

test('one short line alone is no pattern of headings: it is an item with its date missing', async () => {
  const rows = targets(['Housing'], ['Water']).filter((r) => r[0] !== 'Emissions' && r[0] !== 'Water');
  expect(loud(await run(rows))).toEqual(['deadline.missing@B4', 'deadline.missing@B6']);
});
