/**
 * Issue 12 §1: edits made with a real XML tokenizer survive what writers other than Excel (and
 * Excel itself) put in a sheet: a namespace prefix on every element, single-quoted attributes, '>'
 * inside attribute values, mc:AlternateContent, shared formulas, rich text, x14 extensions, and
 * validations over a whole column or the whole sheet, which cost what their XML costs. Custom
 * document properties, custom XML, structure protection and a named formula are kept.
 */
import { FLAGS_COLUMN_WIDTH } from '../../src/core/output/flags-column';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { FLAGS_HEADER } from '../../src/core/snapshot';
import { changedParts, partsOf } from '../../testkit/cli/package-parts';
import { PLAN_PART, PLAN_SHEET, withActionPlan } from '../../testkit/cli/action-plan-part';
import { runCli, scratchDir } from '../../testkit/cli/run-cli';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';
import { loadWorkbookBytes } from '../../src/cli/workbook-file';
import { SheetCells } from '../../src/cli/read/sheet-cells';
import type { ReadSheet } from '../../src/cli/read/workbook-read';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const s = (ref: string, text: string) => `<x:c r='${ref}' t='inlineStr'><x:is><x:t>${text}</x:t></x:is></x:c>`;

/** An action plan written with the prefix x: throughout, single quotes, and the awkward parts. */
function awkwardSheet(validation: string): string {
  const rows = [
    `<x:row r='1' spans='1:6'>${s('A1', 'Ref')}${s('B1', 'Action')}${s('C1', 'Responsible officer')}${s('D1', 'Deadline')}${s('E1', 'Status')}${s('F1', 'Cost')}</x:row>`,
    `<x:row r='2' spans='1:6'>${s('A2', 'R1')}<x:c r='B2' t='inlineStr'><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>Agree</x:t></x:r><x:r><x:t xml:space='preserve'> a single team</x:t></x:r></x:is></x:c>${s('C2', 'Kevin Dicks')}${s('D2', '1 March 2010')}${s('E2', 'In progress')}<x:c r='F2'><x:v>100</x:v></x:c></x:row>`,
    `<x:row r='3' spans='1:6'>${s('A3', 'R2')}${s('B3', 'Report savings')}${s('D3', '1 June 2010')}${s('E3', 'Not started')}<x:c r='F3'><x:f t='shared' ref='F3:F4' si='0'>F2*2</x:f><x:v>200</x:v></x:c></x:row>`,
    `<x:row r='4' spans='1:6'>${s('A4', 'R3')}${s('B4', 'Merge help desks')}${s('C4', 'Clare Felton')}${s('D4', '30 September 2011')}${s('E4', 'In progress')}<x:c r='F4'><x:f t='shared' si='0'/><x:v>400</x:v></x:c></x:row>`,
  ].join('');
  return (
    `<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n` +
    `<x:worksheet xmlns:x='${MAIN}' xmlns:mc='${MC}' xmlns:x14='${X14}' xmlns:xm='http://schemas.microsoft.com/office/excel/2006/main' mc:Ignorable='x14'>` +
    `<x:sheetPr><x:tabColor rgb='FF00B050'/></x:sheetPr><x:dimension ref='A1:F4'/>` +
    `<x:sheetFormatPr defaultRowHeight='15'/><x:cols><x:col min='1' max='16384' width='12.5' customWidth='1'/></x:cols>` +
    `<x:sheetData>${rows}</x:sheetData>` +
    `<x:conditionalFormatting sqref='F2:F4'><x:cfRule type='cellIs' priority='1' operator='greaterThan'><x:formula>150</x:formula></x:cfRule></x:conditionalFormatting>` +
    `<x:dataValidations count='1'><x:dataValidation type='list' allowBlank='1' sqref='${validation}' promptTitle='a > b'><x:formula1>"Complete,In progress,Not started"</x:formula1></x:dataValidation></x:dataValidations>` +
    `<x:pageMargins left='0.7' right='0.7' top='0.75' bottom='0.75' header='0.3' footer='0.3'/>` +
    `<mc:AlternateContent><mc:Choice Requires='x14'><x:controls/></mc:Choice><mc:Fallback/></mc:AlternateContent>` +
    `<x:extLst><x:ext uri='{78C0D931-6437-407d-A8EE-F0AAD7539E65}'><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type='dataBar' id='{1}' priority='7'/><xm:sqref>F2:F4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></x:ext></x:extLst>` +
    `</x:worksheet>`
  );
}

/** Custom properties (where sensitivity labels live), custom XML, structure protection, a named formula. */
async function withWorkbookExtras(bytes: Buffer): Promise<Buffer> {
  const pkg = WorkbookPackage.open(bytes, DEFAULT_LIMITS);
  const put = (part: string, closing: string, insert: string) => {
    const text = pkg.text(part) as string;
    const at = text.lastIndexOf(closing);
    pkg.set(part, text.slice(0, at) + insert + text.slice(at));
  };
  pkg.set(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Classification"><vt:lpwstr>OFFICIAL-SENSITIVE</vt:lpwstr></property></Properties>',
  );
  pkg.set('customXml/item1.xml', '<?xml version="1.0"?><labels><label>OFFICIAL-SENSITIVE</label></labels>');
  put(
    '[Content_Types].xml',
    '</Types>',
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
  );
  put(
    '_rels/.rels',
    '</Relationships>',
    '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>',
  );
  put('xl/workbook.xml', '<bookViews>', '<workbookProtection lockStructure="1"/>');
  put('xl/workbook.xml', '<calcPr', '<definedNames><definedName name="VAT_RATE">0.2</definedName></definedNames>');
  return pkg.save();
}

let scratch: ReturnType<typeof scratchDir>;
beforeAll(() => {
  scratch = scratchDir();
});
afterAll(() => scratch.remove());

const FIXTURE = path.join(__dirname, 'fixtures', 'parts', 'inventory-table.xlsx');
const PATCHED = ['[Content_Types].xml', PLAN_PART, 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'];

describe.each([
  ['a drop-down over the rest of a column', 'E2:E1048576'],
  ['a drop-down over the whole sheet', 'A1:XFD1048576'],
])('%s (%s)', (_what, sqref) => {
  const name = `awkward-${sqref.replace(':', '-')}.xlsx`;
  const checkedName = name.replace('.xlsx', '.checked.xlsx');
  let original: Buffer;
  let sheet: string;
  beforeAll(async () => {
    original = await withWorkbookExtras(await withActionPlan(readFileSync(FIXTURE), awkwardSheet(sqref)));
    sheet = partsOf(original).get(PLAN_PART)?.toString('utf8') as string;
    writeFileSync(path.join(scratch.dir, name), original);
  });

  test('a check writes the flags and keeps every awkward piece exactly, in a few seconds at most', async () => {
    const started = process.hrtime.bigint();
    const r = await runCli(['check', name, '--as-of', '2011-03-31', '--quiet'], { cwd: scratch.dir });
    // Re-serialised through exceljs, the whole-sheet drop-down did not finish in five minutes.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(10);
    expect([r.code, r.stderr]).toEqual([1, '']);
    const checked = readFileSync(path.join(scratch.dir, checkedName));
    const changed = changedParts(original, checked).filter((p) => partsOf(original).has(p));
    expect(changed).toEqual([...PATCHED].sort());
    const parts = partsOf(checked);
    const patched = parts.get(PLAN_PART)?.toString('utf8') as string;
    // Everything of the user's, as their writer wrote it, quotes and prefixes included.
    for (const piece of [
      // Row 2 with its rich text, up to where its flag now follows.
      /<x:row r='2'.*?<x:c r='F2'><x:v>100<\/x:v><\/x:c>/.exec(sheet)?.[0] ?? 'row 2',
      "<x:c r='F4'><x:f t='shared' si='0'/><x:v>400</x:v></x:c>",
      /<x:dataValidations.*<\/x:dataValidations>/.exec(sheet)?.[0] ?? 'validations',
      /<mc:AlternateContent.*<\/mc:AlternateContent>/.exec(sheet)?.[0] ?? 'alternate content',
      /<x:extLst.*<\/x:extLst>/.exec(sheet)?.[0] ?? 'extensions',
      "<x:conditionalFormatting sqref='F2:F4'>",
    ])
      expect(patched).toContain(piece);
    // Concordat's own elements in the sheet's namespace prefix, its rules after the highest priority (7).
    expect(patched).toMatch(/<x:c r="G3" s="\d+" t="inlineStr"><x:is><x:t>✖ owner\.missing/);
    expect(patched).toMatch(
      /<x:conditionalFormatting sqref="C3 D2:D3"><x:cfRule type="expression" dxfId="\d+" priority="8">/,
    );
    expect(patched.indexOf('<x:conditionalFormatting sqref="C3 D2:D3">')).toBeLessThan(
      patched.indexOf('<x:dataValidations'),
    );
    const workbook = parts.get('xl/workbook.xml')?.toString('utf8');
    expect(workbook).toContain('<workbookProtection lockStructure="1"/>');
    expect(workbook).toContain('<definedName name="VAT_RATE">0.2</definedName>');
    // Read as the command line reads (plain exceljs cannot read a prefixed sheet).
    const plan = loadWorkbookBytes(checked).read.sheets.find((s) => s.name === PLAN_SHEET);
    expect(new SheetCells(plan as ReadSheet).value(1, 7)).toBe(FLAGS_HEADER);
    expect(plan?.cols.find((c) => c.min <= 7 && 7 <= c.max)?.width).toBe(FLAGS_COLUMN_WIDTH);
    expect(plan?.cols.find((c) => c.min <= 8 && 8 <= c.max)?.width).toBe(12.5);
  });

  test('clear gives the sheet back as it was, and every other part but the styles byte for byte', async () => {
    const r = await runCli(['clear', checkedName, '--quiet'], { cwd: scratch.dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const cleared = readFileSync(path.join(scratch.dir, name.replace('.xlsx', '.cleared.xlsx')));
    expect(changedParts(original, cleared)).toEqual(['xl/styles.xml', PLAN_PART]);
    // The column range split for the flags is joined again; only its quotes differ.
    const back = partsOf(cleared).get(PLAN_PART)?.toString('utf8');
    expect(back).toBe(
      sheet.replace(
        `<x:col min='1' max='16384' width='12.5' customWidth='1'/>`,
        '<x:col min="1" max="16384" width="12.5" customWidth="1"/>',
      ),
    );
  });
});
