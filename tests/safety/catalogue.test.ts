/**
 * The catalogue of bad and odd workbooks: what Concordat does with each, as a table that reads as
 * documentation. Every workbook is built by the test (no binary fixtures) and checked twice: by the
 * command line, in-process, and by the core on the snapshot the file gives (and on a ragged copy of
 * it, as a host may hand rows of different lengths). Each row says exactly which findings come out,
 * or which one-line refusal; stderr never carries a stack trace.
 */
import { mkdirSync, readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { ConcordatError, type ErrorCode } from '../../src/core/errors';
import { FLAGS_HEADER } from '../../src/core/snapshot';
import { EXCEL_MAX_CELL_CHARS } from '../../src/core/limits';
import { MAX_QUOTED_CHARS } from '../../src/core/rules/template';
import { loadFromBuffer } from '../../testkit/cli/realistic-workbook';
import { scratchDir, writeFixture } from '../../testkit/cli/run-cli';
import * as bad from './support/bad-files';
import * as odd from './support/odd-workbooks';
import {
  checkSnapshot,
  checkWithCli,
  expectOneLine,
  label,
  raggedCopy,
  snapshotOf,
  type CliOutcome,
} from './support/check-both';

interface Checked {
  dir: string;
  cli: CliOutcome;
  /** The checked copy the command line wrote, read back. */
  copy: () => Promise<ExcelJS.Workbook>;
}

interface Findings {
  exit: 0 | 1;
  findings: string[];
  skipped?: string[];
  /** What else the row promises, checked on the command line's output. */
  also?: (checked: Checked) => Promise<void> | void;
}

interface Refusal {
  exit: 2;
  /** The error's code in the catalogue (docs/errors.md). */
  code: ErrorCode;
  /** The message, which the line after `concordat: <file>: ` starts with. */
  error: RegExp;
  /** The core's own message for the same workbook, when the core sees it (past the file layer). */
  core?: RegExp;
}

type Case = [what: string, file: string, build: () => Promise<Buffer>, outcome: Findings | Refusal];

const sheetOf = async (c: Checked, name: string): Promise<ExcelJS.Worksheet> =>
  (await c.copy()).getWorksheet(name) as ExcelJS.Worksheet;

const CATALOGUE: Case[] = [
  ['no header row', 'no-header.xlsx', odd.noHeaderRow, { exit: 0, findings: [], skipped: ['Data'] }],
  [
    'header below a merged title and notes',
    'titles.xlsx',
    odd.headerBelowTitles,
    {
      exit: 1,
      findings: ['owner.missing@Action plan!C5', 'deadline.slipped@Action plan!D6'],
      also: async (c) => expect((await sheetOf(c, 'Action plan')).getCell('F4').value).toBe(FLAGS_HEADER),
    },
  ],
  [
    'blank and duplicate headers (the first "Owner" column is the one read)',
    'duplicates.xlsx',
    odd.blankAndDuplicateHeaders,
    { exit: 1, findings: ['owner.missing@Plan!D2'] },
  ],
  [
    'merged header cells',
    'merged-header.xlsx',
    odd.mergedHeaderCells,
    {
      exit: 1,
      findings: ['owner.missing@Plan!C2'],
      also: async (c) => expect((await sheetOf(c, 'Plan')).getCell('G1').value).toBe(FLAGS_HEADER),
    },
  ],
  [
    'ragged rows, and a note to the right of the table (the flags column goes round it)',
    'ragged.xlsx',
    odd.raggedRows,
    {
      exit: 1,
      findings: [
        'owner.missing@Plan!C2',
        'deadline.missing@Plan!D2',
        'status.missing@Plan!E2',
        'deadline.missing@Plan!D4',
        'status.missing@Plan!E4',
      ],
      also: async (c) => {
        const ws = await sheetOf(c, 'Plan');
        expect(ws.getCell('F1').value).toBe(FLAGS_HEADER);
        expect(ws.getCell('G3').value).toBe('a note far to the right');
      },
    },
  ],
  [
    'blank rows inside a table',
    'blank-rows.xlsx',
    odd.blankRowsInside,
    { exit: 1, findings: ['owner.missing@Plan!C5'] },
  ],
  [
    'totals and subtotal rows (a hand-typed total that does not add up)',
    'totals.xlsx',
    odd.totalsAndSubtotals,
    { exit: 1, findings: ['totals.row-mismatch@Savings!D7'] },
  ],
  [
    'formula errors #REF!, #DIV/0!, #N/A and #VALUE! (an owner that is an error also counts as no owner)',
    'errors.xlsx',
    odd.formulaErrors,
    {
      exit: 1,
      findings: [
        'owner.missing@Plan!C2',
        'cell.unreadable@Plan!C2',
        'cell.unreadable@Plan!D3',
        'cell.unreadable@Plan!E4',
        'status.unknown@Plan!E4',
        'cell.unreadable@Savings!D2',
      ],
    },
  ],
  [
    'formulas with no cached value (read as blank, as Excel would before calculating; kept on the copy)',
    'uncalculated.xlsx',
    odd.formulasWithoutCachedValues,
    {
      exit: 1,
      findings: ['owner.missing@Plan!C2', 'deadline.missing@Plan!D2', 'status.missing@Plan!E3'],
      also: async (c) => expect((await sheetOf(c, 'Plan')).getCell('C2').value).toEqual({ formula: 'Staff!B2' }),
    },
  ],
  [
    'text in number columns, numbers in text columns (a number is not an officer; a status of 7 reads as 7%)',
    'wrong-types.xlsx',
    odd.wrongTypes,
    {
      exit: 1,
      findings: [
        'owner.missing@Plan!C2',
        'owner.missing@Plan!C4',
        'cell.unreadable@Savings!D2',
        'cell.unreadable@Savings!E2',
        'cell.unreadable@Savings!E3',
      ],
    },
  ],
  [
    'dates as text: ordinal, UK, month only, ISO, dotted, quarter, words, an impossible date',
    'text-dates.xlsx',
    odd.datesAsText,
    {
      exit: 1,
      findings: [
        'deadline.slipped@Plan!D2',
        'deadline.due-soon@Plan!D3',
        'deadline.due-soon@Plan!D4',
        'deadline.vague@Plan!D5',
        'deadline.slipped@Plan!D6',
        'deadline.slipped@Plan!D7',
        'deadline.due-soon@Plan!D8',
        'deadline.vague@Plan!D9',
        'cell.unreadable@Plan!D10',
      ],
      also: (c) => {
        const messages = c.cli.report?.files[0].findings.map((f) => f.message) ?? [];
        expect(messages[0]).toContain('due by 1 March 2010 (read from "1st March 2010 (next Shared Services Board)")');
        expect(messages[5]).toContain('due by 30 June 2010 (read from "30.06.10")');
        expect(messages[6]).toContain('due by 31 March 2011 (read from "Q4 2010/11")');
      },
    },
  ],
  [
    "the 1900-02-29 serial (60), Excel's phantom leap day, read as 28 February 1900",
    'leap-1900.xlsx',
    odd.phantomLeapDay,
    {
      exit: 1,
      findings: ['deadline.slipped@Plan!D2'],
      also: (c) => expect(c.cli.report?.files[0].findings[0].message).toContain('due by 28 February 1900'),
    },
  ],
  [
    'a 1904-date-system workbook',
    'dates-1904.xlsx',
    odd.date1904,
    {
      exit: 1,
      findings: ['deadline.slipped@Plan!D2', 'deadline.due-soon@Plan!D3'],
      also: (c) =>
        expect(c.cli.report?.files[0].findings.map((f) => f.message)).toEqual([
          'R1 was due by 1 March 2010 (read from "1 March 2010") and is 395 days overdue at 31 March 2011.',
          'R2 is due by 14 April 2011 (read from "14 April 2011"), 14 days after 31 March 2011.',
        ]),
    },
  ],
  [
    'shares as fractions, percentages and points in one sheet (only the 70% / 40% line is wrong)',
    'mixed-shares.xlsx',
    odd.sharesFractionsAndPercentages,
    { exit: 1, findings: ['shares.sum@Savings!F5'] },
  ],
  [
    'a sheet with 1,000 columns (flags go in column 1,001)',
    'wide.xlsx',
    odd.thousandColumns,
    {
      exit: 1,
      findings: ['owner.missing@Wide!C2'],
      also: async (c) => expect((await sheetOf(c, 'Wide')).getCell('ALM1').value).toBe(FLAGS_HEADER),
    },
  ],
  [
    'cells of 32,767 characters, the most Excel holds (messages quote the start; no written cell exceeds the limit)',
    'full-cell.xlsx',
    odd.fullCell,
    {
      exit: 0,
      findings: ['status.unknown@Plan!E2'],
      also: async (c) => {
        const finding = c.cli.report?.files[0].findings[0];
        expect(finding?.message.length).toBeLessThan(MAX_QUOTED_CHARS + 200);
        const wb = await c.copy();
        for (const ws of wb.worksheets) {
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              if (typeof cell.value === 'string') expect(cell.value.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
            }),
          );
        }
        // The flag names the rule; the message, quoting the start of the cell, is on the report.
        expect((wb.getWorksheet('Plan') as ExcelJS.Worksheet).getCell('F2').value).toBe('▲ status.unknown');
        expect(finding?.message).toMatch(/^Status "Queried x+…" for R1/);
      },
    },
  ],
  [
    'hidden and filtered rows are checked too',
    'filtered.xlsx',
    odd.hiddenAndFilteredRows,
    { exit: 1, findings: ['owner.missing@Plan!C3'] },
  ],
  [
    'an Excel table (ListObject) and a plain range',
    'table.xlsx',
    odd.tableAndPlainRange,
    {
      exit: 1,
      findings: ['owner.missing@Table!C2', 'owner.missing@Range!C2'],
      also: async (c) => expect((await sheetOf(c, 'Table')).getTable('Actions')).toBeDefined(),
    },
  ],
  [
    'a protected sheet (flags are written; the protection stays)',
    'protected.xlsx',
    odd.protectedSheet,
    {
      exit: 1,
      findings: ['owner.missing@Plan!C2'],
      // exceljs keeps the sheet's protection in an untyped property.
      also: async (c) =>
        expect(((await sheetOf(c, 'Plan')) as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({
          sheet: true,
          algorithmName: 'SHA-512',
          spinCount: 1000,
        }),
    },
  ],
  [
    'defined names and hyperlinks (links read as their text; names and links kept)',
    'names-links.xlsx',
    odd.namesAndLinks,
    {
      exit: 1,
      findings: ['owner.missing@Plan!C3'],
      skipped: ['Notes'],
      also: async (c) => {
        const wb = await c.copy();
        expect(wb.definedNames.model.map((d) => d.name).sort()).toEqual(['Actions', 'Owners']);
        expect((wb.getWorksheet('Plan') as ExcelJS.Worksheet).getCell('C2').value).toEqual({
          text: 'Kevin Dicks',
          hyperlink: 'mailto:kevin@example.org',
        });
        expect((wb.getWorksheet('Plan') as ExcelJS.Worksheet).getCell('B3').value).toEqual({
          text: 'See the notes',
          hyperlink: "#'Notes'!A1",
        });
      },
    },
  ],
  [
    'no recognisable sheet',
    'cover.xlsx',
    odd.nothingRecognisable,
    { exit: 0, findings: [], skipped: ['Cover', 'Chart data'] },
  ],

  ['an empty file', 'empty.xlsx', bad.emptyFile, { exit: 2, code: 'input.damaged', error: /^is empty \(0 bytes\)$/ }],
  [
    'a truncated zip (a workbook cut short)',
    'cut.xlsx',
    bad.truncatedWorkbook,
    { exit: 2, code: 'input.damaged', error: /^is truncated or damaged \(/ },
  ],
  [
    'a zip that is not a workbook',
    'papers.xlsx',
    bad.zipOfSomethingElse,
    {
      exit: 2,
      code: 'input.not-a-workbook',
      error: /^is a zip file but not an Excel workbook \(it has no xl\/workbook\.xml\)$/,
    },
  ],
  [
    'an .xls renamed .xlsx',
    'old.xlsx',
    bad.renamedXls,
    { exit: 2, code: 'input.not-a-workbook', error: /^is an old-format \.xls workbook$/ },
  ],
  [
    'an .ods renamed .xlsx',
    'calc.xlsx',
    bad.renamedOds,
    { exit: 2, code: 'input.not-a-workbook', error: /^is an OpenDocument spreadsheet \(\.ods\)$/ },
  ],
  [
    'a .csv renamed .xlsx',
    'export.xlsx',
    bad.renamedCsv,
    { exit: 2, code: 'input.not-a-workbook', error: /^is a text file \(perhaps CSV\) renamed as \.xlsx/ },
  ],
  [
    'an encrypted workbook (OLE file with an EncryptionInfo stream)',
    'locked.xlsx',
    bad.encryptedWorkbook,
    { exit: 2, code: 'input.encrypted', error: /^is password-protected \(encrypted\)$/ },
  ],
  [
    'a zip bomb declaring 4 GB',
    'bomb.xlsx',
    bad.declaredBomb,
    {
      exit: 2,
      code: 'limit.package',
      error: /^would expand to \d+ MB, over the 500 MB limit; refusing it \(possible zip bomb\)$/,
    },
  ],
  [
    'a zip bomb that lies about its size',
    'liar.xlsx',
    bad.lyingBomb,
    {
      exit: 2,
      code: 'input.zip-bomb',
      error:
        /^zip entry xl\/worksheets\/sheet1\.xml expands beyond the size it declares; refusing it \(possible zip bomb\)$/,
    },
  ],
  [
    'a cell longer than Excel allows (40,000 characters)',
    'overlong.xlsx',
    bad.overlongCell,
    {
      exit: 2,
      code: 'limit.cell-length',
      error: /^Plan!B2 holds 40,000 characters, more than the 32,767 a cell can hold in Excel$/,
      core: /^Plan!B2 holds 40,000 characters/,
    },
  ],
  [
    'a stray value in the last cell of the sheet (XFD1048576)',
    'stray.xlsx',
    bad.strayLastCell,
    {
      exit: 2,
      code: 'limit.cells',
      error:
        /^sheet 'Plan' uses A1:XFD1048576 \([\d,]+ cells\), which takes the workbook over the 5,000,000-cell limit$/,
    },
  ],
];

let scratch: { dir: string; remove: () => void };
beforeAll(() => {
  scratch = scratchDir();
});
afterAll(() => scratch.remove());

describe.each(CATALOGUE)('%s (%s)', (_what, file, build, outcome) => {
  let bytes: Buffer;
  let cli: CliOutcome;
  const dir = () => path.join(scratch.dir, file.replace(/\.xlsx$/, ''));

  beforeAll(async () => {
    bytes = await build();
    mkdirSync(dir(), { recursive: true });
    await writeFixture(dir(), file, bytes);
    cli = await checkWithCli(dir(), file);
  });

  if (outcome.exit === 2) {
    const refusal = outcome;
    test('the command line refuses it in one line naming the file, its fix and code, exit 2, and writes nothing', () => {
      expect(cli.code).toBe(2);
      expectOneLine(cli.stderr, file);
      const error = cli.report?.files[0].error;
      expect(error).toEqual({
        code: refusal.code,
        message: expect.stringMatching(refusal.error),
        fix: expect.any(String),
      });
      expect(cli.stderr).toBe(`concordat: ${file}: ${error?.message}; ${error?.fix} [${refusal.code}]\n`);
      expect(cli.report?.files[0]).toMatchObject({ file, output: null, findings: [] });
      expect(readdirSync(dir())).toEqual([file]);
    });
    test(
      refusal.core
        ? 'the core refuses its snapshot with the same message'
        : 'the core never sees it: the file layer refuses it first',
      async () => {
        if (!refusal.core) {
          await expect(snapshotOf(bytes)).rejects.toMatchObject({
            code: refusal.code,
            message: expect.stringMatching(refusal.error),
          });
          return;
        }
        const snapshot = await snapshotOf(bytes);
        await expect(checkSnapshot(snapshot)).rejects.toThrow(ConcordatError);
        await expect(checkSnapshot(snapshot)).rejects.toMatchObject({
          code: refusal.code,
          message: expect.stringMatching(refusal.core),
        });
      },
    );
    return;
  }

  const expected = outcome;
  test(`the command line exits ${expected.exit} with exactly these findings and nothing on stderr`, () => {
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(expected.exit);
    const report = cli.report?.files[0];
    expect(report?.error).toBeNull();
    expect(report?.findings.map(label)).toEqual(expected.findings);
    expect(report?.skippedSheets).toEqual(expected.skipped ?? []);
  });

  test('the core finds the same on the snapshot, and on a ragged copy of it', async () => {
    const snapshot = await snapshotOf(bytes);
    const result = await checkSnapshot(snapshot);
    expect(result.findings.map(label)).toEqual(expected.findings);
    expect(result.skippedSheets).toEqual(expected.skipped ?? []);
    expect((await checkSnapshot(raggedCopy(snapshot))).findings.map(label)).toEqual(expected.findings);
  });

  if (expected.also) {
    const also = expected.also;
    test('and what else the row promises', async () => {
      const copyPath = path.join(dir(), file.replace(/\.xlsx$/, '.checked.xlsx'));
      await also({ dir: dir(), cli, copy: () => loadFromBuffer(readFileSync(copyPath)) });
    });
  }
});
