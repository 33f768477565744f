/** The file adapter hands the core what an add-in would: real row numbers, serial dates, cached results. */
import * as ExcelJS from 'exceljs';
import { InputError } from '../../src/cli/input-error';
import { dateSerial } from '../../src/cli/read/sheet-read';
import { snapshotOf as readSnapshot } from '../../src/cli/read/snapshot-of';
import { loadWorkbookBytes } from '../../src/cli/workbook-file';
import { buildRealisticWorkbook, saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { buildZip } from '../../testkit/cli/zip-bytes';
import type { SheetSnapshot } from '../../src/core/snapshot';

async function snapshotOf(wb: ExcelJS.Workbook) {
  return readSnapshot(loadWorkbookBytes(await saveToBuffer(wb)).read);
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
  const { read } = loadWorkbookBytes(await saveToBuffer(wb));
  expect(() => readSnapshot(read, undefined, 10_000)).toThrow(InputError);
  expect(() => readSnapshot(read, undefined, 10_000)).toThrow("sheet 'Stray' uses A1:Z2000 (52,000 cells)");
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A one-sheet package as another writer might make it: a prefix on every element, inline text, a link part. */
function handWritten(sheetData: string, extra = '', strings?: { rels: string; sst: string }): Buffer {
  const sst = strings
    ? [
        { name: 'xl/sharedStrings.xml', data: strings.sst },
        {
          name: 'xl/_rels/workbook.xml.rels',
          data: `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/plan.xml"/><Relationship Id="rId3" Type="${strings.rels}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
        },
      ]
    : [
        {
          name: 'xl/_rels/workbook.xml.rels',
          data: `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/plan.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
        },
      ];
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="0"/><x:sheets><x:sheet name="Plan" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    },
    ...sst,
    {
      name: 'xl/styles.xml',
      data: `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\/mm\\/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    },
    {
      name: 'xl/worksheets/_rels/plan.xml.rels',
      data: `<Relationships xmlns="${PKG_REL}"><Relationship Id="rL" Type="${REL}/hyperlink" Target="https://example.org/plan" TargetMode="External"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/plan.xml',
      data: `<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheetData>${sheetData}</x:sheetData>${extra}</x:worksheet>`,
    },
  ]);
}

test('cells as any writer may write them: inline and rich text, shared formulas, errors, links, escapes', () => {
  const xml = handWritten(
    '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>Bold</x:t></x:r><x:r><x:t xml:space="preserve"> text</x:t></x:r></x:is></x:c>' +
      '<x:c r="C2"><x:f t="shared" ref="C2:C3" si="0">A2*2</x:f><x:v>0</x:v></x:c><x:c r="D2" s="1"><x:v>40238.5</x:v></x:c>' +
      '<x:c r="E2" t="e"><x:v>#N/A</x:v></x:c><x:c r="F2" t="b"><x:v>1</x:v></x:c><x:c r="G2"><x:v>7</x:v></x:c></x:row>' +
      '<x:row r="3" hidden="1"><x:c r="B3" t="str"><x:f>"a"&amp;"b"</x:f><x:v>Tom &amp;amp; Jerry</x:v></x:c><x:c r="C3"><x:f t="shared" si="0"/><x:v>14</x:v></x:c>' +
      '<x:c r="D3" s="2"><x:f>TODAY()</x:f><x:v>40633</x:v></x:c><x:c r="E3" t="inlineStr"><x:is><x:t>line_x000D_</x:t></x:is></x:c><x:c r="F3" s="1"/><x:c><x:v>3</x:v></x:c></x:row>',
    '<x:hyperlinks><x:hyperlink ref="G2" r:id="rL"/></x:hyperlinks>',
  );
  const sheet = readSnapshot(loadWorkbookBytes(xml).read).sheets[0];
  expect([sheet.originRow, sheet.originCol]).toEqual([2, 2]);
  expect(sheet.values).toEqual([
    ['Bold text', 0, 40238.5, { error: '#N/A' }, true, 'https://example.org/plan'],
    ['Tom & Jerry', 14, 40633, 'line\r', null, 3],
  ]);
  expect(sheet.numberFormats?.[0][2]).toBe('dd/mm/yyyy');
  expect(sheet.numberFormats?.[1][2]).toBe('mm-dd-yy');
  expect(sheet.hiddenRows).toEqual([3]);
});

test('shared strings are found through a Strict Open XML relationship too, phonetic guides left out', () => {
  const xml = handWritten(
    '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>',
    '',
    {
      rels: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
      sst: `<sst xmlns="${MAIN}"><si><t>Kevin Dicks</t></si><si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>`,
    },
  );
  expect(readSnapshot(loadWorkbookBytes(xml).read).sheets[0].values).toEqual([['Kevin Dicks', '東京']]);
});

test('dates reach the core as the serial a date held to the millisecond gives back', () => {
  // exceljs read serial 1 as 31 Dec 1899 (it ignores Excel's 1900 leap-year quirk); the serial comes back as it went in.
  expect(dateSerial(1, false)).toBe(1);
  expect(dateSerial(1, true)).toBe(1);
  expect(dateSerial(40633.5, false)).toBe(40633.5);
  expect(dateSerial(40633.000000001, false)).toBe(40633);
});
