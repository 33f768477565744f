/**
 * The flags patch tokenises only the rows it changes (package/cut-text.ts): with the other rows'
 * contents cut out, every edit lands where it lands in the whole part, and the patched part is
 * the same character for character.
 */
import { idleRows } from '../../src/cli/idle-rows';
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
  // Cuts side by side: after them, or (for the end of a replaced range) where the first began.
  const adjacent = cutSpans(whole, [
    [2, 4],
    [4, 6],
  ]);
  expect(adjacent.text).toBe('016789');
  expect([adjacent.original(2), adjacent.original(2, true), adjacent.original(3, true)]).toEqual([6, 2, 7]);
});

test('patching with the untouched rows cut out gives the part the whole-text patch gives', () => {
  const rows: string[] = [];
  for (let r = 1; r <= 40; r++) {
    // Row 20 is not in the part (its flag makes a new row between idle ones); row 30 styles its empty cells.
    if (r === 20) continue;
    const cells = `<x:c r="A${r}" s="1"><x:v>${r}</x:v></x:c><x:c r="B${r}" t="inlineStr"><x:is><x:t>row ${r} &amp; more</x:t></x:is></x:c>`;
    const style = r === 30 ? ' s="1" customFormat="1"' : '';
    rows.push(r % 9 === 0 ? `<x:row r="${r}"/>` : `<x:row r="${r}" spans="1:2"${style}>${cells}</x:row>`);
  }
  const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows.join('')}</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`;
  const changes = (): SheetChanges => {
    const cells = new Map<number, Map<number, CellOp>>();
    for (const r of [1, 3, 9, 10, 20, 27, 30, 41, 45])
      cells.set(r, new Map([[4, { kind: 'write', text: `flag ${r}`, style: 'flag' }]]));
    cells.set(1, new Map([[4, { kind: 'write', text: 'Concordat flags', style: 'header-left' }]]));
    return { cells, columns: [{ column: 4, mode: 'set', width: 60, hidden: false }], highlights: [] };
  };
  const read = readSheet(xml, 'sheet1.xml', { strings: [], formats: [], date1904: false, relTargets: new Map() });
  const sheet = { ...read, name: 'Plan', state: 'visible' as const, part: 'sheet1.xml' };
  const idle = idleRows(sheet, xml, changes());
  expect(idle.length).toBeGreaterThan(30);
  expect(idle.some((row) => row.number === 1)).toBe(false);
  const whole = patchSheet(xml, 'sheet1.xml', changes(), new StyleBook(EMPTY_STYLES, 'styles.xml')).xml;
  const cut = patchSheet(xml, 'sheet1.xml', changes(), new StyleBook(EMPTY_STYLES, 'styles.xml'), idle).xml;
  expect(cut).toBe(whole);
  expect(whole).toContain('flag 27');
  expect(whole.indexOf('flag 20')).toBeLessThan(whole.indexOf('row 21'));
  expect(whole).toMatch(/<x:row r="30"[^>]*>.*?<x:c r="D30" s="(\d+)"/);
});
