/**
 * Sheets read line by line (forward plans as records, minutes with action lines) with more items
 * than a function call takes arguments: read without a stack or argument-count failure.
 */
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { actionCellMinutes, minutesTable } from '../../src/core/tables/minutes';
import { slippedNumbering } from '../../src/core/tables/numbering';
import { recordTable } from '../../src/core/tables/record-blocks';
import { TableReader } from '../../src/core/tables/reader';
import { resolveProfile } from '../../src/core/prepare';

const ITEMS = 200_000;

function sheetOf(values: CellValue[][]): SheetSnapshot {
  return { name: 'Plan', originRow: 1, originCol: 1, values };
}

test('minutes with 200,000 action lines', () => {
  const values: CellValue[][] = [];
  for (let i = 0; i < ITEMS; i++) values.push([`The clerk will write by the end of the month (${i}).`], ['Action SH']);
  const read = minutesTable(sheetOf(values));
  expect(read?.table.rows.length).toBe(ITEMS);
});

test('a forward plan of 200,000 records', () => {
  const values: CellValue[][] = [['No.', 'Item']];
  for (let i = 0; i < ITEMS; i++)
    values.push(
      [`${i + 1}.`, `Item ${i}`],
      [null, 'Decision due:', '01/06/2024'],
      [null, 'Lead officer:', 'Ann McIntyre'],
    );
  const reader = new TableReader(resolveProfile({ sheets: [], date1904: false }));
  const read = recordTable(sheetOf(values), reader);
  expect(read?.table.rows.length).toBe(ITEMS);
});

test('minutes kept with an Action cell, 200,000 lines long', () => {
  const values: CellValue[][] = [];
  for (let i = 0; i < ITEMS; i++)
    values.push([`${(i % 90) + 10}/22`, `The clerk reported on the matter raised at the last meeting (${i}).`, null]);
  values.push(['99/22', 'The clerk is to write to the highways authority about the drains.', 'Action GP']);
  values.push(['99/23', 'The chair is to speak to the landowner about the hedge.', 'Action RG']);
  const read = actionCellMinutes(sheetOf(values));
  expect(read?.table.rows.length).toBe(2);
});

test('a numbered list 200,000 lines long, one number used twice', () => {
  const values: CellValue[][] = [];
  for (let i = 0; i < ITEMS; i++) values.push([`342.${i === 6 ? 6 : i + 1}`, `Decision on item ${i}`]);
  expect(slippedNumbering(sheetOf(values))?.rows.length).toBe(ITEMS);
});
