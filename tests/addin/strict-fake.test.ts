/**
 * The fake Excel (testkit/office) is as strict as Excel, so that a mistake only real Excel would
 * show fails here too: properties read before they are loaded and synced, items and null objects
 * before the request that brings them, writes that wait for the sync, the 5 MB payload limit, the
 * five-million-cell get limit, requirement sets, protection and hidden sheets. Each strictness is
 * shown on the fake itself, then with the adapter meeting it.
 */
/* The tests make, on purpose, the mistakes the Office.js lint rules look for, to show the fake refuses them. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import { ConcordatError } from '../../src/core/errors';
import { ACCEPTED_SHEET, entryFor } from '../../src/core/accepted/sheet';
import type { Finding } from '../../src/core/findings';
import { applyFlagPlan } from '../../src/excel/apply-flag-plan';
import { ALL_CAPABILITIES, detectCapabilities } from '../../src/excel/capabilities';
import { readWorkbook } from '../../src/excel/read-workbook';
import { selectCell } from '../../src/excel/select-cell';
import { writeAcceptance } from '../../src/excel/write-acceptance';
import { FakeExcel, FakeExcelOptions } from '../../testkit/office/fake-excel';
import { installOffice } from '../../testkit/office/fake-office';
import type { FakeWorkbook } from '../../testkit/office/fake-workbook';
import { jsonBytes, WEB_PAYLOAD_LIMIT } from '../../testkit/office/payload-limits';
import { councilWorkbook, NO_CAPABILITIES, planFor } from './support/fixtures';

/** A 2-D grid of text that comes to exactly `bytes` of JSON: one row of long cells (each under Excel's 32,767). */
function gridOfBytes(bytes: number): string[][] {
  const row = Array.from({ length: 200 }, () => 'x'.repeat(25_000));
  row[row.length - 1] = '';
  row[row.length - 1] = 'y'.repeat(bytes - jsonBytes([row]));
  expect(jsonBytes([row])).toBe(bytes);
  return [row];
}

/** Everything a user could see of a workbook, to compare before and after. */
function everything(workbook: FakeWorkbook): string {
  return JSON.stringify(
    workbook.sheets.map((sheet) => [sheet.name, sheet.visibility, [...sheet.cells], sheet.conditionalFormats]),
  );
}

const notLoaded = expect.objectContaining({ code: 'PropertyNotLoaded' });

describe('reading before Excel has answered fails, as in Office.js', () => {
  test('a property not loaded, or loaded but not yet synced, throws PropertyNotLoaded', async () => {
    const excel = new FakeExcel(councilWorkbook(2));
    const range = excel.context.workbook.worksheets.getItem('Action plan').getRange('A2:B2');
    expect(() => range.values).toThrow(notLoaded);
    range.load('values');
    expect(() => range.values).toThrow(notLoaded);
    await excel.context.sync();
    expect(range.values).toEqual([['Ref', 'Recommendation']]);
    // Only what was asked for came back.
    expect(() => range.numberFormat).toThrow(notLoaded);
    expect(() => range.format.columnWidth).toThrow(notLoaded);
  });

  test("a collection's items exist only after the sync that loaded them, with only the properties asked for", async () => {
    const excel = new FakeExcel(councilWorkbook(2));
    const sheets = excel.context.workbook.worksheets;
    sheets.load('items/name');
    // The mistake the old mock hid: its items were there before the sync.
    expect(() => sheets.items).toThrow(notLoaded);
    await excel.context.sync();
    expect(sheets.items.map((sheet) => sheet.name)).toEqual(['Action plan', 'Savings', 'Notes']);
    expect(() => sheets.items[0].visibility).toThrow(notLoaded);
  });

  test('isNullObject is known only after the sync, for a sheet and for a used range', async () => {
    const excel = new FakeExcel(councilWorkbook(2));
    const sheets = excel.context.workbook.worksheets;
    const missing = sheets.getItemOrNullObject('Old plan');
    const present = sheets.getItemOrNullObject('SAVINGS');
    const blank = sheets.getItem('Notes').getUsedRangeOrNullObject(true);
    expect(() => missing.isNullObject).toThrow(notLoaded);
    await excel.context.sync();
    expect([missing.isNullObject, present.isNullObject, blank.isNullObject]).toEqual([true, false, true]);
  });

  test("a method's plain result (getColumnProperties) has its value only after the sync", async () => {
    const excel = new FakeExcel(councilWorkbook(2));
    const widths = excel.context.workbook.worksheets
      .getItem('Action plan')
      .getRange('A1:B1')
      .getColumnProperties({ columnIndex: true, format: { columnWidth: true } });
    expect(() => widths.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
    await excel.context.sync();
    expect(widths.value).toEqual([
      { columnIndex: 0, format: { columnWidth: 48 } },
      { columnIndex: 1, format: { columnWidth: 48 } },
    ]);
  });
});

describe('writes wait for the sync, and run in the order they were queued', () => {
  test('a value assigned, a sheet added and one deleted reach the workbook at the sync, not before', async () => {
    const workbook = councilWorkbook(2);
    const excel = new FakeExcel(workbook);
    const sheets = excel.context.workbook.worksheets;
    const cell = sheets.getItem('Notes').getRange('B2');
    cell.values = [['Chased']];
    sheets.add('Minutes');
    sheets.getItem('Savings').delete();
    // As on an Office.js proxy, what the code set can be read back at once; the workbook has not changed.
    expect(cell.values).toEqual([['Chased']]);
    expect(workbook.sheet('Notes')?.get(1, 1)).toBeUndefined();
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Action plan', 'Savings', 'Notes']);
    await excel.context.sync();
    expect(workbook.sheet('Notes')?.get(1, 1)?.value).toBe('Chased');
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Action plan', 'Notes', 'Minutes']);
  });

  test('in order: the Text format before the value keeps "0012" as text; after it, Excel has typed a number', async () => {
    const workbook = councilWorkbook(2);
    const excel = new FakeExcel(workbook);
    const notes = excel.context.workbook.worksheets.getItem('Notes');
    const formatFirst = notes.getRange('A1');
    formatFirst.numberFormat = [['@']];
    formatFirst.values = [['0012']];
    const valueFirst = notes.getRange('A2');
    valueFirst.values = [['0012']];
    valueFirst.numberFormat = [['@']];
    await excel.context.sync();
    expect(workbook.sheet('Notes')?.get(0, 0)).toMatchObject({ value: '0012', type: 'String' });
    expect(workbook.sheet('Notes')?.get(1, 0)).toMatchObject({ value: 12, type: 'Double' });
  });

  test('a request that fails part-way keeps what ran before the failure, and delivers nothing it loaded', async () => {
    const workbook = councilWorkbook(2);
    const excel = new FakeExcel(workbook);
    const sheets = excel.context.workbook.worksheets;
    const before = sheets.getItem('Notes').getRange('A1');
    before.values = [['written']];
    before.load('address');
    sheets.getItem('Old plan').getRange('A1').values = [['never']];
    sheets.getItem('Notes').getRange('A2').values = [['never either']];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound', name: 'RichApi.Error' });
    expect(workbook.sheet('Notes')?.grid()).toEqual([['written']]);
    expect(() => before.address).toThrow(notLoaded);
  });
});

describe("Excel on the web's 5 MB limit", () => {
  test('a request of exactly 5 MB is sent; one byte more is refused whole, before anything in it runs', async () => {
    const workbook = councilWorkbook(2);
    const excel = new FakeExcel(workbook);
    const notes = excel.context.workbook.worksheets.getItem('Notes');
    notes.getRangeByIndexes(0, 0, 1, 200).values = gridOfBytes(WEB_PAYLOAD_LIMIT);
    await excel.context.sync();
    notes.getRange('A3').values = [['queued before the big write']];
    notes.getRangeByIndexes(1, 0, 1, 200).values = gridOfBytes(
      WEB_PAYLOAD_LIMIT + 1 - jsonBytes([['queued before the big write']]),
    );
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.payloads.map((p) => [p.requestBytes, p.rejected])).toEqual([
      [WEB_PAYLOAD_LIMIT, false],
      [WEB_PAYLOAD_LIMIT + 1, true],
    ]);
    expect(workbook.sheet('Notes')?.grid()).toHaveLength(1);
  });

  test('a response of exactly 5 MB comes back; one byte more is refused; Excel for Windows or Mac takes any size', async () => {
    const read = async (bytes: number, options: FakeExcelOptions = {}) => {
      const workbook = councilWorkbook(2);
      workbook.sheet('Notes')?.fill(gridOfBytes(bytes));
      const excel = new FakeExcel(workbook, options);
      const used = excel.context.workbook.worksheets.getItem('Notes').getUsedRange(true);
      used.load('values');
      await excel.context.sync();
      return excel.payloads[0].responseBytes;
    };
    await expect(read(WEB_PAYLOAD_LIMIT)).resolves.toBe(WEB_PAYLOAD_LIMIT);
    await expect(read(WEB_PAYLOAD_LIMIT + 1)).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    await expect(read(WEB_PAYLOAD_LIMIT + 1, { maxPayloadBytes: Infinity })).resolves.toBe(WEB_PAYLOAD_LIMIT + 1);
  });
});

describe("Excel's five-million-cell limit on getting a range", () => {
  test('getting more cells than that fails the request (or, as some builds do, comes back null)', async () => {
    const strict = new FakeExcel(councilWorkbook(2));
    strict.context.workbook.worksheets.getItem('Notes').getRange().load('values');
    await expect(strict.context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
    const lenient = new FakeExcel(councilWorkbook(2), { oversizedGet: 'null' });
    const whole = lenient.context.workbook.worksheets.getItem('Notes').getRange();
    whole.load('values');
    await lenient.context.sync();
    expect(whole.values).toBeNull();
  });

  test.each(['RangeExceedsLimit', 'null'] as const)(
    'the adapter reads a used range over the limit in blocks under it, whether Excel fails or answers %s',
    async (oversizedGet) => {
      // A limit of 200 cells stands in for five million: the 62-row, 5-column action plan is over it.
      const limits = { bytesPerCell: 72, maxBytesPerRequest: 4_500_000, maxCellsPerRequest: 200 };
      const expected = await readWorkbook(new FakeExcel(councilWorkbook(60)).context, {
        capabilities: ALL_CAPABILITIES,
      });
      const excel = new FakeExcel(councilWorkbook(60), { maxCellsPerGet: 200, oversizedGet });
      const read = await readWorkbook(excel.context, { capabilities: ALL_CAPABILITIES, limits });
      expect(read.snapshot).toEqual(expected.snapshot);
      expect(excel.syncCount).toBeGreaterThan(4);
    },
  );
});

describe('requirement sets: the adapter uses only what the host has, and its fallbacks give the same flags', () => {
  /** A whole check as runCheck makes it, the capabilities detected from the host as in Office. */
  async function checkOn(excelApi: string) {
    const workbook = councilWorkbook(8);
    workbook.sheet('Action plan')?.merges.push('A1:E1');
    const excel = new FakeExcel(workbook, { requirements: { ExcelApi: excelApi } });
    const uninstall = installOffice(excel.office);
    try {
      const read = await readWorkbook(excel.context);
      await applyFlagPlan(excel.context, planFor(8), { read });
      const plan = workbook.sheet('Action plan');
      return {
        merges: read.snapshot.sheets[0].merges,
        flags: [...(plan?.cells ?? [])].filter(([key]) => key.endsWith(',5')),
        rules: plan?.conditionalFormats.map((rule) => rule.appliesTo),
        formulas: new Set(plan?.conditionalFormats.map((rule) => rule.formula)),
        printSetUp: workbook.sheet('Concordat report')?.pageLayout,
        syncs: excel.syncCount,
        suspends: excel.suspendCalls,
      };
    } finally {
      uninstall();
    }
  }

  test('at 1.13 every optional set is used; 1.12 has no merged areas; 1.8 and 1.7 (the manifest floor) none of 1.9', async () => {
    const full = await checkOn('1.13');
    expect(full).toMatchObject({ merges: ['A1:E1'], rules: ['C5,C9', 'D3,D7'], syncs: 3, suspends: 1 });
    expect(full.printSetUp).toMatchObject({ orientation: 'Landscape', titleRows: '$1:$1' });

    const noMerges = await checkOn('1.12');
    expect(noMerges.merges).toBeUndefined();
    expect(noMerges.flags).toEqual(full.flags);

    for (const old of ['1.8', '1.7']) {
      const fallback = await checkOn(old);
      // One rule per flagged range rather than one over RangeAreas, the flags column's width in a request
      // of its own rather than with the read, and the report printed as Excel's defaults.
      expect(fallback).toMatchObject({ rules: ['C5', 'C9', 'D3', 'D7'], syncs: 4, suspends: 1 });
      expect(fallback.formulas).toEqual(full.formulas);
      expect(fallback.flags).toEqual(full.flags);
      expect(fallback.printSetUp).toEqual({});
    }
  });

  test('a member newer than the host fails the request with ApiNotFound; the adapter then takes its part-way output out', async () => {
    const excel = new FakeExcel(councilWorkbook(2), { requirements: { ExcelApi: '1.8' } });
    excel.context.workbook.worksheets.getItem('Action plan').getRanges('C3, D4');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });

    // Told wrongly that a 1.8 host has RangeAreas: the write fails where it first uses them, after Excel
    // has applied the part of the request before; the adapter takes that part out again.
    const workbook = councilWorkbook(8);
    const before = everything(workbook);
    const wrong = new FakeExcel(workbook, { requirements: { ExcelApi: '1.8' } });
    const capabilities = { ...NO_CAPABILITIES, rangeAreas: true };
    const read = await readWorkbook(wrong.context, { capabilities });
    const attempt = applyFlagPlan(wrong.context, planFor(8), { read, capabilities });
    await expect(attempt).rejects.toMatchObject({ code: 'excel.failed', excelCode: 'ApiNotFound' });
    expect(everything(workbook)).toBe(before);
  });

  test("capabilities are read from the host's sets, down to none below 1.6", () => {
    const detected = (ExcelApi: string) => {
      const uninstall = installOffice(new FakeExcel(councilWorkbook(1), { requirements: { ExcelApi } }).office);
      try {
        return detectCapabilities();
      } finally {
        uninstall();
      }
    };
    expect(detected('1.13')).toEqual(ALL_CAPABILITIES);
    expect(detected('1.9')).toEqual({ ...ALL_CAPABILITIES, mergedAreas: false });
    expect(detected('1.7')).toEqual({ ...NO_CAPABILITIES, suspendCalculation: true });
    expect(detected('1.5')).toEqual(NO_CAPABILITIES);
  });
});

describe("the sheet's last column, XFD", () => {
  test('a range reaching past XFD fails the request; a bounding rectangle and an intersection stay on the sheet', async () => {
    const excel = new FakeExcel(councilWorkbook(2));
    const sheet = excel.context.workbook.worksheets.getItem('Action plan');
    sheet.getRange('XFD1').getResizedRange(0, 1).load('address');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    const bounding = sheet.getRange('C3').getBoundingRect(sheet.getRange('A1'));
    const shared = sheet.getRange('A1:C3').getIntersection('B2:XFD9');
    bounding.load('address');
    shared.load('address');
    await excel.context.sync();
    expect([bounding.address, shared.address]).toEqual(["'Action plan'!A1:C3", "'Action plan'!B2:C3"]);
    sheet.getRange('A1').getIntersection('B2').load('address');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('a value in column XFD is read, and the flags land where they do without it', async () => {
    const flagsOf = async (stray: boolean) => {
      const workbook = councilWorkbook(8);
      // In the last row of the plan, so the used range runs from column A to XFD.
      if (stray) workbook.sheet('Action plan')?.fill([['stray']], 9, 16_383);
      const excel = new FakeExcel(workbook);
      const read = await readWorkbook(excel.context, { capabilities: ALL_CAPABILITIES });
      await applyFlagPlan(excel.context, planFor(8), { read, capabilities: ALL_CAPABILITIES });
      return [...(workbook.sheet('Action plan')?.cells ?? [])].filter(([key]) => key.endsWith(',5'));
    };
    const flags = await flagsOf(false);
    expect(flags.length).toBeGreaterThan(0);
    expect(await flagsOf(true)).toEqual(flags);
  });
});

describe('protection', () => {
  test('a protected sheet refuses a write with AccessDenied at the sync; what ran before it stays', async () => {
    const workbook = councilWorkbook(2);
    const savings = workbook.sheet('Savings');
    if (savings) savings.protected = true;
    const excel = new FakeExcel(workbook);
    const sheets = excel.context.workbook.worksheets;
    sheets.getItem('Notes').getRange('A1').values = [['before']];
    sheets.getItem('Savings').getRange('B2').format.font.bold = true;
    sheets.getItem('Notes').getRange('A2').values = [['after']];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(workbook.sheet('Notes')?.grid()).toEqual([['before']]);
    expect(savings?.get(1, 1)?.bold).toBeUndefined();
  });

  test('a protected workbook structure refuses adding, deleting and hiding sheets', async () => {
    const workbook = councilWorkbook(2);
    workbook.structureProtected = true;
    const excel = new FakeExcel(workbook);
    const sheets = excel.context.workbook.worksheets;
    for (const change of [
      () => sheets.add('More'),
      () => sheets.getItem('Notes').delete(),
      () => (sheets.getItem('Notes').visibility = 'Hidden'),
    ]) {
      change();
      await expect(excel.context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(workbook.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['Action plan', 'Visible'],
      ['Savings', 'Visible'],
      ['Notes', 'Visible'],
    ]);
  });

  /** An acceptance of the first error of the council workbook, as the pane's Accept makes it. */
  function acceptance(workbook: FakeWorkbook) {
    const finding = {
      ruleId: 'owner.missing',
      sheet: 'Action plan',
      address: 'C5',
      value: '',
      fingerprint: 'f'.repeat(16),
    } as unknown as Finding;
    return writeAcceptance(
      new FakeExcel(workbook).context,
      entryFor(finding, { reason: 'Agreed', by: 'Audit', on: '2010-06-14', until: null }),
    );
  }

  test('Accept into a protected accepted sheet is refused, naming the sheet, with a code and nothing written', async () => {
    const workbook = councilWorkbook(2);
    await acceptance(workbook);
    const accepted = workbook.sheet(ACCEPTED_SHEET);
    if (accepted) accepted.protected = true;
    const before = everything(workbook);
    await expect(acceptance(workbook)).rejects.toMatchObject({
      code: 'sheet.protected',
      excelCode: 'AccessDenied',
      sheet: ACCEPTED_SHEET,
      message: `Excel would not let Concordat add the acceptance because the sheet '${ACCEPTED_SHEET}' is protected or read-only.`,
    });
    expect(everything(workbook)).toBe(before);
  });

  test('Accept with no accepted sheet yet and the structure protected names the workbook, not a sheet that is not there', async () => {
    const workbook = councilWorkbook(2);
    workbook.structureProtected = true;
    await expect(acceptance(workbook)).rejects.toMatchObject({
      code: 'workbook.protected',
      excelCode: 'AccessDenied',
      message: 'Excel would not let Concordat add the acceptance because the workbook is protected or read-only.',
    });
    expect(workbook.sheet(ACCEPTED_SHEET)).toBeUndefined();
  });
});

describe('hidden sheets', () => {
  test('Excel will not activate a hidden sheet, select on one, or hide the last visible sheet', async () => {
    const workbook = councilWorkbook(2);
    const savings = workbook.sheet('Savings');
    if (savings) savings.visibility = 'Hidden';
    const excel = new FakeExcel(workbook);
    const sheets = excel.context.workbook.worksheets;
    sheets.getItem('Savings').activate();
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    sheets.getItem('Savings').getRange('C3').select();
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidSelection' });
    sheets.getItem('Notes').visibility = 'Hidden';
    await excel.context.sync();
    sheets.getItem('Action plan').visibility = 'VeryHidden';
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(workbook.selection).toBeUndefined();
  });

  test('going to a finding on a hidden sheet says the sheet is hidden and what to do, with a code', async () => {
    const workbook = councilWorkbook(2);
    const savings = workbook.sheet('Savings');
    if (savings) savings.visibility = 'Hidden';
    const attempt = selectCell(new FakeExcel(workbook).context, 'Savings', 'C3');
    await expect(attempt).rejects.toBeInstanceOf(ConcordatError);
    await expect(attempt).rejects.toMatchObject({
      code: 'sheet.hidden',
      message: "The sheet 'Savings' is hidden, so Excel cannot go to C3.",
      fix: 'unhide the sheet (right-click any sheet tab, then Unhide), then choose the finding again',
    });
    expect(workbook.selection).toBeUndefined();
  });
});
