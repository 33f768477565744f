/** The file adapter hands the core what an add-in would: real row numbers, serial dates, cached results. */
import * as ExcelJS from 'exceljs';
import { dateToSerial, snapshotFromWorkbook, snapshotValue } from '../../src/cli/snapshot-from-exceljs';
import { InputError } from '../../src/cli/input-error';
import { buildRealisticWorkbook, loadFromBuffer, saveToBuffer } from './support/realistic-workbook';
import type { SheetSnapshot } from '../../src/core/snapshot';

async function snapshotOf(wb: ExcelJS.Workbook) {
  return snapshotFromWorkbook(await loadFromBuffer(await saveToBuffer(wb)));
}

function cell(sheet: SheetSnapshot, row: number, col: number) {
  return sheet.values[row - sheet.originRow]?.[col - sheet.originCol];
}

describe('a saved realistic workbook', () => {
  test('keeps real row numbers, the merged title once, rich text flattened, hidden rows', async () => {
    const snap = await snapshotOf(buildRealisticWorkbook());
    expect(snap.date1904).toBe(false);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Action plan', 'Savings', 'Notes']);
    const plan = snap.sheets[0];
    expect([plan.originRow, plan.originCol]).toEqual([1, 1]);
    expect(cell(plan, 1, 1)).toBe('Shared Services Action Plan 2010/11');
    expect([2, 3, 4, 5, 6].map((c) => cell(plan, 1, c))).toEqual([null, null, null, null, null]);
    expect(cell(plan, 2, 1)).toBe('Agreed by the Shared Services Board');
    expect(cell(plan, 3, 3)).toBe('Responsible officer');
    expect(plan.hiddenRows).toEqual([7]);
  });

  test('lists merged areas as Excel gives them, the value in the top-left cell only', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Follow-up');
    ws.addRows([
      ['Ref', 'Action', 'Responsible officer'],
      ['1', 'Monthly contract check', 'Payroll Manager'],
      [null, 'Sample of leavers'],
    ]);
    ws.mergeCells('A2:A3');
    ws.mergeCells('C2:C3');
    const sheet = (await snapshotOf(wb)).sheets[0];
    expect(sheet.merges).toEqual(['A2:A3', 'C2:C3']);
    expect(cell(sheet, 3, 3)).toBeNull();
  });

  test('gives dates as 1900-system serials with their formats, formulas as cached results, links as text', async () => {
    const plan = (await snapshotOf(buildRealisticWorkbook())).sheets[0];
    expect(cell(plan, 4, 4)).toBe(40238); // 1 March 2010
    expect(plan.numberFormats?.[4 - plan.originRow][3]).toBe('dd/mm/yyyy');
    expect(cell(plan, 6, 4)).toBe('Immediately');
    expect(cell(plan, 6, 6)).toBe(35000.5);
    expect(plan.numberFormats?.[6 - plan.originRow][5]).toBe('"£"#,##0.00;[Red]-"£"#,##0.00');
    expect(cell(plan, 9, 6)).toBe(413000.5);
    expect(cell(plan, 11, 1)).toBe('Audit report');
    expect(cell(plan, 12, 1)).toBe('Savings sheet');
  });

  test('gives an uncalculated formula as blank, errors as error values, booleans as booleans', async () => {
    const savings = (await snapshotOf(buildRealisticWorkbook())).sheets[1];
    expect(cell(savings, 2, 6)).toBeNull();
    expect(cell(savings, 3, 6)).toEqual({ error: '#REF!' });
    expect(cell(savings, 2, 7)).toBe(true);
    expect(cell(savings, 2, 5)).toBe(40199); // 21 January 2010, formatted through its column
    expect(savings.numberFormats?.[1][4]).toBe('d mmmm yyyy');
  });

  test('gives 1904-system serials for a 1904 workbook', async () => {
    const snap = await snapshotOf(buildRealisticWorkbook({ date1904: true }));
    expect(snap.date1904).toBe(true);
    expect(cell(snap.sheets[0], 4, 4)).toBe(40238 - 1462);
  });
});

test('the used area starts at the first used cell, not A1', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Offset');
  ws.getCell('C5').value = 'Ref';
  ws.getCell('D7').value = 42;
  const sheet = (await snapshotOf(wb)).sheets[0];
  expect([sheet.originRow, sheet.originCol]).toEqual([5, 3]);
  expect(sheet.values).toEqual([
    ['Ref', null],
    [null, null],
    [null, 42],
  ]);
  expect(sheet.numberFormats).toBeUndefined();
});

test('an empty sheet is listed with no cells', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Blank');
  expect((await snapshotOf(wb)).sheets).toEqual([{ name: 'Blank', originRow: 1, originCol: 1, values: [] }]);
});

test('a used area over the cell limit is refused with the sheet and range named', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Stray');
  ws.getCell('A1').value = 'Ref';
  ws.getCell('Z2000').value = 'stray';
  const loaded = await loadFromBuffer(await saveToBuffer(wb));
  expect(() => snapshotFromWorkbook(loaded, 10_000)).toThrow(InputError);
  expect(() => snapshotFromWorkbook(loaded, 10_000)).toThrow("sheet 'Stray' uses A1:Z2000 (52,000 cells)");
});

test('value conversions', () => {
  expect(
    snapshotValue(
      {
        text: { richText: [{ text: 'Bold' }, { text: ' link' }] },
        hyperlink: 'https://x',
      } as unknown as ExcelJS.CellValue,
      false,
    ),
  ).toBe('Bold link');
  expect(snapshotValue({ sharedFormula: 'A1', result: 7 } as ExcelJS.CellValue, false)).toBe(7);
  expect(snapshotValue({ formula: 'NOW()', result: new Date(Date.UTC(2011, 2, 31, 12)) }, false)).toBe(40633.5);
  expect(snapshotValue({ formula: 'NA()', result: { error: '#N/A' } }, false)).toEqual({ error: '#N/A' });
  // exceljs reads serial 1 as 31 Dec 1899 (it ignores Excel's 1900 leap-year quirk); inverting it exactly gives 1 back.
  expect(dateToSerial(new Date(Date.UTC(1899, 11, 31)), false)).toBe(1);
  expect(dateToSerial(new Date(Date.UTC(1904, 0, 2)), true)).toBe(1);
});
