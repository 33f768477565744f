/**
 * A rich-text run with no text (`<r></r>`, or only its formatting) is valid in a workbook, but
 * exceljs could not write it back and the run ended in "unexpected error: Cannot read properties
 * of undefined". An empty run adds nothing: the cell reads as the text its other runs hold, in a
 * shared string, an inline string and a note, and `check` and `clear` both write their copies.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { loadFromBuffer, saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { cleanWorkbook, runCli, scratchDir } from '../../testkit/cli/run-cli';
import { rezip } from '../../testkit/cli/zip-bytes';
import { checkWithCli, label } from './support/check-both';

const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
/** A run with its formatting and no text, as Excel can leave after an edit. */
const EMPTY_RUN = '<r><rPr><b/></rPr></r>';

let scratch: { dir: string; remove: () => void };
let clean: Buffer;
beforeAll(async () => {
  scratch = scratchDir();
  clean = await cleanWorkbook();
});
afterAll(() => scratch.remove());

async function findingsOf(name: string, bytes: Buffer): Promise<string[]> {
  writeFileSync(path.join(scratch.dir, name), bytes);
  const r = await checkWithCli(scratch.dir, name, ['--fail-on', 'never']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(existsSync(path.join(scratch.dir, name.replace(/\.xlsx$/, '.checked.xlsx')))).toBe(true);
  return (r.report?.files[0].findings ?? []).map(label);
}

test('a shared string with an empty run before its text reads as that text', async () => {
  const bytes = rezip(clean, {
    [STRINGS]: (xml) => xml.replace('<si><t>Kevin Dicks</t></si>', `<si>${EMPTY_RUN}<r><t>Kevin Dicks</t></r></si>`),
  });
  expect(await findingsOf('shared.xlsx', bytes)).toEqual(await findingsOf('clean.xlsx', clean));
});

test('an inline string of one empty run reads as a blank cell', async () => {
  const bytes = rezip(clean, {
    [SHEET]: (xml) =>
      xml.replace(/<c r="C2"([^>]*) t="s"><v>\d+<\/v><\/c>/, '<c r="C2"$1 t="inlineStr"><is><r></r></is></c>'),
  });
  const wb = await loadFromBuffer(clean);
  (wb.getWorksheet('Action plan') as ExcelJS.Worksheet).getCell('C2').value = null;
  const blank = await findingsOf('blank.xlsx', await saveToBuffer(wb));
  expect(blank).toContain('owner.missing@Action plan!C2');
  expect(await findingsOf('inline.xlsx', bytes)).toEqual(blank);
});

test('a note with an empty run: check and clear both write their copies, and the note keeps its text', async () => {
  const wb = await loadFromBuffer(clean);
  (wb.getWorksheet('Action plan') as ExcelJS.Worksheet).getCell('B2').note = 'NOTE';
  const bytes = rezip(await saveToBuffer(wb), {
    'xl/comments1.xml': (xml) =>
      xml.replace(/<r>(?:(?!<\/r>).)*NOTE(?:(?!<\/r>).)*<\/r>/, `<r></r>${EMPTY_RUN}<r><t>Agreed at the board</t></r>`),
  });
  await findingsOf('note.xlsx', bytes);
  const copy = await loadFromBuffer(readFileSync(path.join(scratch.dir, 'note.checked.xlsx')));
  const note = (copy.getWorksheet('Action plan') as ExcelJS.Worksheet).getCell('B2').note as ExcelJS.Comment;
  expect(note.texts?.map((run) => run.text).join('')).toBe('Agreed at the board');
  const cleared = await runCli(['clear', 'note.checked.xlsx'], { cwd: scratch.dir });
  expect(cleared.stderr).toBe('');
  expect(cleared.code).toBe(0);
  expect(readdirSync(scratch.dir).filter((n) => /^note.*\.cleared\.xlsx$/.test(n))).toHaveLength(1);
});
