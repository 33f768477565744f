/**
 * Concordat's record of what it wrote is edited text in the workbook (issue 15, item 9). It is
 * checked before it is trusted: a checksum of what was written, ranges inside the flags columns and
 * the sheet, styles of the shapes exceljs reads and no other. When it does not match, `clear` and
 * `check` refuse in one line, exit 2, and write nothing.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { findRecord, sha256 } from '../../src/cli/undo-state';
import { loadWorkbookBytes } from '../../src/cli/workbook-file';
import {
  RECORD_TITLE,
  formatRecord,
  parseRecord,
  type OwnedRecord,
  type RecordCell,
} from '../../src/core/owned-record';
import { parseRecordedStyle } from '../../src/core/recorded-style';
import { describeWorkbook } from '../../testkit/cli/describe-workbook';
import { buildRealisticWorkbook, loadFromBuffer, saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { refusalLine, runCli, scratchDir } from '../../testkit/cli/run-cli';

let scratch: { dir: string; remove: () => void };
let original: Buffer;
let checked: Buffer;
beforeAll(async () => {
  scratch = scratchDir();
  original = await saveToBuffer(buildRealisticWorkbook());
  writeFileSync(path.join(scratch.dir, 'plan.xlsx'), original);
  expect((await runCli(['check', 'plan.xlsx', '--quiet'], { cwd: scratch.dir })).code).toBe(1);
  checked = readFileSync(path.join(scratch.dir, 'plan.checked.xlsx'));
});
afterAll(() => scratch.remove());

const cli = (args: string[]) => runCli(args, { cwd: scratch.dir });
const file = (name: string) => path.join(scratch.dir, name);

/** The checked copy with its record's sheet rewritten by `edit`, saved under `name`. */
async function tampered(name: string, edit: (wb: ExcelJS.Workbook, state: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = await loadFromBuffer(checked);
  edit(wb, wb.getWorksheet('Concordat state') as ExcelJS.Worksheet);
  writeFileSync(file(name), await saveToBuffer(wb));
}

/** The checked copy with a record rebuilt from `change` and a checksum that fits it: a forger's copy. */
async function forged(name: string, change: (record: OwnedRecord) => void): Promise<void> {
  await tampered(name, (wb, state) => {
    const found = findRecord(loadWorkbookBytes(checked).read);
    if (!found) throw new Error('the checked copy has no record');
    change(found.record);
    wb.removeWorksheet(state.id);
    // Written again, with a good checksum, as a forger who read this code would.
    const forged = wb.addWorksheet(state.name, { state: 'veryHidden' });
    for (const row of formatRecord(found.record, sha256)) forged.addRow(row);
  });
}

/** The rows a format-2 record (no checksum) would hold. */
function legacyRows(...records: RecordCell[][]): RecordCell[][] {
  return [[RECORD_TITLE, 2], ['column', 'Action plan', 7, 3, null, false], ...records];
}

async function refusedByBoth(name: string, reason: string): Promise<void> {
  const stem = name.replace(/\.xlsx$/, '');
  const before = readFileSync(file(name));
  for (const command of ['clear', 'check']) {
    const r = await cli([command, name, '--quiet']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: refusalLine(
        `${name}: the hidden sheet 'Concordat state', Concordat's record of what it wrote, ${reason}; Concordat cannot tell its own output from yours, so nothing was written`,
        'record.invalid',
      ),
    });
  }
  expect(existsSync(file(`${stem}.cleared.xlsx`))).toBe(false);
  expect(existsSync(file(`${stem}.checked.xlsx`))).toBe(false);
  expect(readFileSync(file(name)).equals(before)).toBe(true);
}

describe('an edited record', () => {
  test('is refused: a shortened range would have left flags behind', async () => {
    await tampered('edited.xlsx', (_wb, state) => {
      state.eachRow((row) => {
        if (row.getCell(1).value === 'blank') row.getCell(3).value = 'G3:G4';
      });
    });
    await refusedByBoth(
      'edited.xlsx',
      'does not match its checksum: its records were edited after Concordat wrote them',
    );
  });

  test('a second record sheet is refused', async () => {
    await tampered('two.xlsx', (wb, state) => {
      const copy = wb.addWorksheet('Concordat state (2)', { state: 'veryHidden' });
      state.eachRow((row) => copy.addRow((row.values as unknown[]).slice(1)));
    });
    const r = await cli(['clear', 'two.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      refusalLine(
        "two.xlsx: has 2 hidden sheets claiming to be Concordat's record ('Concordat state', 'Concordat state (2)'); Concordat cannot tell which output is its own, so nothing was written",
        'record.invalid',
      ),
    );
  });
});

describe('a forged record with a fitting checksum', () => {
  test('a range over the whole column is bounded by the sheet: no bloat, the original back', async () => {
    await forged('range.xlsx', (record) => {
      record.blanks = [{ sheet: 'Action plan', column: 7, firstRow: 3, lastRow: 1_048_576 }];
    });
    const r = await cli(['clear', 'range.xlsx']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    // Before, every row to 1,048,576 was made a cell: 11 s and a file 450 times the size.
    expect(statSync(file('range.cleared.xlsx')).size).toBeLessThan(2 * original.length);
    const cleared = await loadFromBuffer(readFileSync(file('range.cleared.xlsx')));
    expect(describeWorkbook(cleared)).toEqual(describeWorkbook(await loadFromBuffer(original)));
  });

  test('a format-2 record (no checksum) with such a range is bounded the same way', async () => {
    await tampered('legacy-range.xlsx', (wb, state) => {
      wb.removeWorksheet(state.id);
      const old = wb.addWorksheet('Concordat state', { state: 'veryHidden' });
      for (const row of legacyRows(['blank', 'Action plan', 'G3:G1048576'])) old.addRow(row);
    });
    expect((await cli(['clear', 'legacy-range.xlsx'])).code).toBe(0);
    expect(statSync(file('legacy-range.cleared.xlsx')).size).toBeLessThan(2 * original.length);
    const cleared = await loadFromBuffer(readFileSync(file('legacy-range.cleared.xlsx')));
    expect(describeWorkbook(cleared)).toEqual(describeWorkbook(await loadFromBuffer(original)));
  });

  test('a style of a shape exceljs never reads is refused, not written into styles.xml', async () => {
    await forged('style.xlsx', (record) => {
      record.styled.push({
        sheet: 'Action plan',
        row: 5,
        column: 7,
        style: { font: { name: 'Calibri', evil: '<x/>' } } as never,
      });
    });
    await refusedByBoth('style.xlsx', 'row 5 has a style Concordat never records at font (Unrecognized key: "evil")');
  });

  test('a cell outside the flags column is refused', async () => {
    await forged('outside.xlsx', (record) => {
      record.blanks.push({ sheet: 'Action plan', column: 1, firstRow: 4, lastRow: 4 });
    });
    await refusedByBoth('outside.xlsx', 'row 5 names Action plan!A4, outside the flags columns the record lists');
  });
});

describe('a record that no longer matches the workbook', () => {
  test('a flags header overwritten while flags stay below it is refused, naming the cell', async () => {
    await tampered('header.xlsx', (wb) => {
      (wb.getWorksheet('Action plan') as ExcelJS.Worksheet).getCell('G3').value = 'My column';
    });
    const r = await cli(['clear', 'header.xlsx']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: refusalLine(
        "header.xlsx: Action plan!G3 no longer holds the flags header 'Concordat flags' that Concordat's record names, yet G4 still holds a flag; nothing was written",
        'record.flags-header-gone',
        'put the header back (or delete the column), then clear again',
      ),
    });
    expect(existsSync(file('header.cleared.xlsx'))).toBe(false);
  });

  test('a flags column the user deleted is let go, and said so', async () => {
    await tampered('deleted.xlsx', (wb) => {
      (wb.getWorksheet('Action plan') as ExcelJS.Worksheet).spliceColumns(7, 1);
    });
    const r = await cli(['clear', 'deleted.xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Note: Action plan!G3: Concordat's flags header is gone (the column deleted?); nothing to clear there",
    );
  });
});

describe("the record's bounds, each just inside and just outside", () => {
  const base = (): OwnedRecord => ({
    sheets: [{ role: 'report', name: 'Concordat report' }],
    columns: [
      {
        sheet: 'Plan',
        column: 7,
        headerRow: 3,
        header: 'Concordat flags',
        width: null,
        widthUnit: 'chars',
        hidden: false,
      },
    ],
    styled: [],
    blanks: [{ sheet: 'Plan', column: 7, firstRow: 3, lastRow: 9 }],
  });
  const problem = (change: (r: OwnedRecord) => void): string | null => {
    const record = base();
    change(record);
    try {
      parseRecord(formatRecord(record));
      return null;
    } catch (err) {
      return (err as Error).message;
    }
  };

  test('a round trip gives the record back', () => {
    expect(parseRecord(formatRecord(base()))).toEqual({ record: base(), legacy: false, history: null });
  });

  test('sheet names up to 31 characters', () => {
    expect(problem((r) => (r.sheets[0].name = 'x'.repeat(31)))).toBeNull();
    expect(problem((r) => (r.sheets[0].name = 'x'.repeat(32)))).toBe('row 2 does not name a sheet');
  });

  test("rows up to Excel's 1,048,576 and columns up to its 16,384", () => {
    expect(problem((r) => (r.blanks[0].lastRow = 1_048_576))).toBeNull();
    expect(problem((r) => (r.blanks[0].lastRow = 1_048_577))).toBe(
      'row 4 names Plan!G1048577, outside its flags column',
    );
    expect(problem((r) => (r.columns[0].headerRow = 1_048_576))).toMatch(/outside its flags column/);
    const column = (n: number) => (r: OwnedRecord) => {
      r.columns[0].column = n;
      r.blanks = [];
    };
    expect(problem(column(16_384))).toBeNull();
    expect(problem(column(16_385))).toBe('row 3 has no column number');
  });

  test('widths up to 2,000', () => {
    expect(problem((r) => (r.columns[0].width = 2000))).toBeNull();
    expect(problem((r) => (r.columns[0].width = 2000.5))).toBe('row 3 has a width Excel does not allow');
  });

  test('style text up to 255 characters', () => {
    expect(parseRecordedStyle(JSON.stringify({ numFmt: '0'.repeat(255) }))).toEqual({
      style: { numFmt: '0'.repeat(255) },
    });
    expect(parseRecordedStyle(JSON.stringify({ numFmt: '0'.repeat(256) }))).toMatchObject({
      problem: expect.stringMatching(/^a style Concordat never records at numFmt/),
    });
    expect(
      parseRecordedStyle(JSON.stringify({ font: { name: 'Arial' }, fill: { type: 'pattern', pattern: 'solid' } })),
    ).toEqual({
      style: { font: { name: 'Arial' }, fill: { type: 'pattern', pattern: 'solid' } },
    });
  });
});
