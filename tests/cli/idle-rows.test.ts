/**
 * The flags patch tokenises only the rows it changes (package/cut-text.ts): with the other rows'
 * contents cut out, every edit lands where it lands in the whole part, and the patched part is
 * the same character for character.
 */
import { cutSpans } from '../../src/cli/package/cut-text';
import { patchSheet, type CellOp, type SheetChanges } from '../../src/cli/package/sheet-patch';
import { EMPTY_STYLES, StyleBook } from '../../src/cli/package/styles';
import { readSheet } from '../../src/cli/read/sheet-read';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

test('an offset in the cut text maps back to the same place in the whole', () => {
  const whole = '0123456789';
  const cut = cutSpans(whole, [
    [2, 4],
    [6, 9],
  ]);
  expect(cut.text).toBe('01459');
  expect([0, 1, 2, 3, 4, 5].map((at) => cut.original(at))).toEqual([0, 1, 4, 5, 9, 10]);
  expect(cutSpans(whole, []).text).toBe(whole);
});

test('patching with the untouched rows cut out gives the part the whole-text patch gives', () => {
  const rows: string[] = [];
  for (let r = 1; r <= 40; r++) {
    const cells = `<x:c r="A${r}" s="1"><x:v>${r}</x:v></x:c><x:c r="B${r}" t="inlineStr"><x:is><x:t>row ${r} &amp; more</x:t></x:is></x:c>`;
    rows.push(r % 9 === 0 ? `<x:row r="${r}"/>` : `<x:row r="${r}" spans="1:2">${cells}</x:row>`);
  }
  const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows.join('')}</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`;
  const changes = (): SheetChanges => {
    const cells = new Map<number, Map<number, CellOp>>();
    for (const r of [1, 3, 9, 10, 27, 41, 45])
      cells.set(r, new Map([[4, { kind: 'write', text: `flag ${r}`, style: 'flag' }]]));
    cells.set(1, new Map([[4, { kind: 'write', text: 'Concordat flags', style: 'header-left' }]]));
    return { cells, columns: [{ column: 4, mode: 'set', width: 60, hidden: false }], highlights: [] };
  };
  const read = readSheet(xml, 'sheet1.xml', { strings: [], formats: [], date1904: false, relTargets: new Map() });
  const idle = read.rows
    .filter((row) => row.contentStart >= 0 && row.number !== 1)
    .map((row): [number, number] => [row.contentStart, row.contentEnd]);
  expect(idle.length).toBeGreaterThan(30);
  const whole = patchSheet(xml, 'sheet1.xml', changes(), new StyleBook(EMPTY_STYLES, 'styles.xml')).xml;
  const cut = patchSheet(xml, 'sheet1.xml', changes(), new StyleBook(EMPTY_STYLES, 'styles.xml'), idle).xml;
  expect(cut).toBe(whole);
  expect(whole).toContain('flag 27');
});
