/** Flag cells written into a saved sheet's XML (src/cli/zip/flag-cells.ts). */
import * as ExcelJS from 'exceljs';
import { insertCells as insertIntoBytes, type CellText } from '../../src/cli/zip/flag-cells';
import { ZipParts } from '../../src/cli/zip/zip-parts';
import { applyFlagPlan } from '../../src/cli/apply-plan';
import { snapshotFromWorkbook } from '../../src/cli/snapshot-from-exceljs';
import { workbookToBuffer } from '../../src/cli/workbook-file';
import { checkWorkbook } from '../../src/core/check';
import { shippedPacks } from '../support/packs';
import { loadFromBuffer } from './support/realistic-workbook';

const HEAD = '<worksheet><dimension ref="A1:C6"/><sheetData>';
const TAIL = '</sheetData><pageMargins left="0.7"/></worksheet>';

function sheet(rows: string): string {
  return `${HEAD}${rows}${TAIL}`;
}

const STYLE = ' s="3"';

function insertCells(xml: string, cells: CellText[], style: string): string | undefined {
  return insertIntoBytes(Buffer.from(xml, 'utf8'), cells, style)?.toString('utf8');
}

describe('insertCells', () => {
  test('puts each cell in its row, in column order, and widens the row spans', () => {
    const xml = sheet(
      '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
        '<row r="2" spans="1:4"><c r="A2"><v>5</v></c><c r="D2" t="s"><v>2</v></c></row>',
    );
    const out = insertCells(
      xml,
      [
        { row: 1, column: 3, text: 'first' },
        { row: 2, column: 3, text: 'second' },
      ],
      STYLE,
    );
    expect(out).toBe(
      sheet(
        '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
          '<c r="C1" s="3" t="inlineStr"><is><t>first</t></is></c></row>' +
          '<row r="2" spans="1:4"><c r="A2"><v>5</v></c>' +
          '<c r="C2" s="3" t="inlineStr"><is><t>second</t></is></c><c r="D2" t="s"><v>2</v></c></row>',
      ),
    );
  });

  test('adds rows that were not written, in row order, and opens self-closed rows', () => {
    const xml = sheet('<row r="2" ht="30" customHeight="1"/><row r="5"><c r="A5"><v>1</v></c></row>');
    const out = insertCells(
      xml,
      [
        { row: 1, column: 2, text: 'a' },
        { row: 2, column: 2, text: 'b' },
        { row: 3, column: 2, text: 'c' },
        { row: 7, column: 2, text: 'd' },
      ],
      '',
    );
    expect(out).toBe(
      sheet(
        '<row r="1"><c r="B1" t="inlineStr"><is><t>a</t></is></c></row>' +
          '<row r="2" ht="30" customHeight="1"><c r="B2" t="inlineStr"><is><t>b</t></is></c></row>' +
          '<row r="3"><c r="B3" t="inlineStr"><is><t>c</t></is></c></row>' +
          '<row r="5"><c r="A5"><v>1</v></c></row>' +
          '<row r="7"><c r="B7" t="inlineStr"><is><t>d</t></is></c></row>',
      ),
    );
  });

  test('fills an empty sheetData', () => {
    const out = insertCells(
      `${HEAD.replace('<sheetData>', '<sheetData/>')}<pageMargins/></worksheet>`,
      [{ row: 4, column: 1, text: 'x < y & "z"' }],
      '',
    );
    expect(out).toContain(
      '<sheetData><row r="4"><c r="A4" t="inlineStr"><is><t>x &lt; y &amp; &quot;z&quot;</t></is></c></row></sheetData>',
    );
  });

  test('refuses to write over a cell that is already there', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"/></row>');
    expect(insertCells(xml, [{ row: 1, column: 2, text: 'flag' }], '')).toBeUndefined();
    expect(insertCells('<worksheet/>', [{ row: 1, column: 2, text: 'flag' }], '')).toBeUndefined();
  });

  test('what it writes reads back in a spreadsheet library, next to the cells exceljs wrote', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = 'ID';
    ws.getCell('C1').value = 'Owner';
    ws.getCell('A3').value = 'Café – R2';
    const zip = new ZipParts(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const part = 'xl/worksheets/sheet1.xml';
    const out = insertIntoBytes(
      zip.bytes(part)!,
      [
        { row: 1, column: 2, text: 'between' },
        { row: 2, column: 4, text: '✖ £120k short' },
        { row: 3, column: 2, text: ' padded ' },
      ],
      '',
    );
    zip.replace(part, out!);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await zip.save()) as unknown as ArrayBuffer);
    const read = back.getWorksheet('Plan')!;
    expect(read.getCell('A1').value).toBe('ID');
    expect(read.getCell('B1').value).toBe('between');
    expect(read.getCell('C1').value).toBe('Owner');
    expect(read.getCell('D2').value).toBe('✖ £120k short');
    expect(read.getCell('B3').value).toBe(' padded ');
    expect(read.getCell('A3').value).toBe('Café – R2');
  });
});

describe('a checked copy of a sheet whose name XML must escape', () => {
  test('has every flag, written through exceljs or into the saved part', async () => {
    const name = "Council's plan & R&D <2010>";
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(name);
    ws.addRow(['Ref', 'Recommendation', 'Responsible officer', 'Deadline', 'Status']);
    for (let i = 1; i <= 6; i++)
      ws.addRow([`R${i}`, `Recommendation ${i}`, i % 2 ? '' : 'Kevin Dicks', '', 'Not started']);
    const loaded = await loadFromBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const result = await checkWorkbook(snapshotFromWorkbook(loaded), {
      packs: shippedPacks(),
      asOf: '2010-06-14',
      now: new Date('2010-06-14T09:00:00Z'),
    });
    const flags = result.plan.sheets.find((s) => s.sheet === name)!;
    expect(flags.texts.filter((t) => t !== '').length).toBe(6);
    applyFlagPlan(loaded, result.plan);
    const back = (await loadFromBuffer(await workbookToBuffer(loaded))).getWorksheet(name)!;
    flags.texts.forEach((text, i) => {
      expect(back.getCell(flags.headerRow + 1 + i, flags.column).value).toBe(text);
    });
  });
});
