/**
 * Accepted findings in the add-in, through the adapter over the Office fake: the pane's Accept
 * (writeAcceptance) makes the `Concordat accepted` sheet with its header, then adds rows under it;
 * the next check counts those findings apart and writes their flags in grey; an acceptance past
 * its until date, or whose cell changed, brings its finding back; Clear flags leaves the sheet. The
 * command line reads the rows the add-in wrote, with the same result.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { decodeOutcome, describeOutcome, encodeOutcome } from '../../src/commands/summary-text';
import { ACCEPTED_HEADERS, ACCEPTED_SHEET, entryFor } from '../../src/core/accepted/sheet';
import type { Finding } from '../../src/core/findings';
import { MUTED_COLOUR } from '../../src/core/output/styles';
import type { CheckResult } from '../../src/core/result';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { clearConcordat } from '../../src/excel/clear-concordat';
import { writeAcceptance } from '../../src/excel/write-acceptance';
import { runCli } from '../../testkit/cli/run-cli';
import { checkInAddin } from './support/check-in-addin';
import { exampleInScratch } from './support/example-in-scratch';
import { FakeExcel } from '../../testkit/office/fake-excel';
import { toFakeCell, type FakeWorksheet, type FakeWorkbook } from '../../testkit/office/fake-workbook';
import { xlsxFromFake } from './support/xlsx-from-fake';
import { workbookFromXlsx } from './support/xlsx-host';

const AS_OF = '2010-06-14';
const UNTIL = '2010-06-30';

const scratch = exampleInScratch();

const slipped = (r: CheckResult, address: string) =>
  r.findings.find((f) => f.ruleId === 'deadline.slipped' && f.address === address) as Finding;

/** The flags column's cell on the row of a finding (0-based indexes, as the fake keeps them). */
function flagCell(workbook: FakeWorkbook, result: CheckResult, f: Finding) {
  const flags = result.plan.sheets.find((s) => s.sheet === f.sheet)!;
  return (workbook.sheet(f.sheet) as FakeWorksheet).get(f.row - 1, flags.column - 1);
}

async function accept(workbook: FakeWorkbook, f: Finding, until: string | null): Promise<number> {
  const entry = entryFor(f, { reason: `Agreed for ${f.address}`, by: 'Internal Audit', on: '2010-06-14', until });
  return writeAcceptance(new FakeExcel(workbook).context, entry);
}

describe('accepting in the add-in', () => {
  let workbook: FakeWorkbook;
  let first: CheckResult;
  beforeAll(async () => {
    workbook = workbookFromXlsx(scratch.example);
    first = await checkInAddin(workbook, AS_OF);
    expect(await accept(workbook, slipped(first, 'F5'), UNTIL)).toBe(2);
    expect(await accept(workbook, slipped(first, 'F6'), null)).toBe(3);
  });

  test('makes the visible sheet with its header, then adds a row under the last', () => {
    const sheet = workbook.sheet(ACCEPTED_SHEET) as FakeWorksheet;
    expect(sheet.visibility).toBe('Visible');
    const grid = sheet.grid();
    expect(grid[0]).toEqual([...ACCEPTED_HEADERS]);
    expect(sheet.get(0, 0)?.bold).toBe(true);
    expect(grid.slice(1).map((r) => r.slice(0, 7))).toEqual([
      [
        'deadline.slipped',
        "'Action plan'!F5",
        slipped(first, 'F5').value,
        'Agreed for F5',
        'Internal Audit',
        '2010-06-14',
        UNTIL,
      ],
      [
        'deadline.slipped',
        "'Action plan'!F6",
        slipped(first, 'F6').value,
        'Agreed for F6',
        'Internal Audit',
        '2010-06-14',
        null,
      ],
    ]);
    expect(grid[1][7]).toBe(slipped(first, 'F5').fingerprint);
  });

  test('the next check counts them apart and writes their flags in grey', async () => {
    const second = await checkInAddin(workbook, AS_OF);
    expect(second.counts).toMatchObject({ error: first.counts.error - 2, accepted: 2 });
    for (const address of ['F5', 'F6']) {
      const cell = flagCell(workbook, second, slipped(second, address));
      expect(cell?.value).toMatch(/^Accepted: Agreed for F/);
      expect(cell?.colour).toBe(`#${MUTED_COLOUR}`);
    }
    const open = second.findings.find((f) => f.ruleId === 'deadline.vague') as Finding;
    expect(flagCell(workbook, second, open)?.colour).toBeUndefined();
  });

  test('on the until day it holds; the day after, and with a value changed, the findings are back', async () => {
    expect((await checkInAddin(workbook, UNTIL)).counts.accepted).toBe(2);
    const later = await checkInAddin(workbook, '2010-07-01');
    expect(slipped(later, 'F5').acceptance?.state).toBe('expired');
    expect(flagCell(workbook, later, slipped(later, 'F5'))?.colour).toBeUndefined();
    const plan = workbook.sheet('Action plan') as FakeWorksheet;
    const f6 = slipped(later, 'F6');
    plan.set(f6.row - 1, f6.column - 1, toFakeCell(`${f6.value}!`));
    const edited = await checkInAddin(workbook, AS_OF);
    expect(slipped(edited, 'F6').acceptance?.state).toBe('value-changed');
    plan.set(f6.row - 1, f6.column - 1, toFakeCell(f6.value));
  });

  test('the command line reads the rows the add-in wrote, with the same counts', async () => {
    const inAddin = await checkInAddin(workbook, AS_OF);
    const file = path.join(scratch.dir, 'from-addin.xlsx');
    writeFileSync(file, xlsxFromFake(workbook));
    const run = await runCli(['check', file, '--as-of', AS_OF, '--format', 'json', '--out', `${file}.out.xlsx`], {
      cwd: scratch.dir,
    });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files[0].counts).toEqual(inAddin.counts);
  });

  test('Clear flags leaves the accepted sheet as it is', async () => {
    const before = (workbook.sheet(ACCEPTED_SHEET) as FakeWorksheet).grid();
    await clearConcordat(new FakeExcel(workbook).context, { keepLog: false, capabilities: ALL_CAPABILITIES });
    expect(workbook.sheet('Concordat report')).toBeUndefined();
    expect((workbook.sheet(ACCEPTED_SHEET) as FakeWorksheet).grid()).toEqual(before);
  });
});

test('a sheet of that name with no header row is refused, naming it', async () => {
  const workbook = workbookFromXlsx(scratch.example);
  workbook.addSheet(ACCEPTED_SHEET, [['just a note']]);
  const result = await checkInAddin(workbook, AS_OF);
  await expect(accept(workbook, slipped(result, 'F5'), null)).rejects.toMatchObject({
    code: 'accept.sheet-invalid',
    message: expect.stringContaining(`sheet '${ACCEPTED_SHEET}' has no header row`),
  });
});

test("the ribbon command's dialog says how many findings are accepted and not counted", () => {
  const counts = { error: 0, warning: 1, info: 0, total: 1, accepted: 2 };
  const since = { last: null, counts: { new: 0, resolved: 0, stillOpen: 0 } };
  const outcome = decodeOutcome(encodeOutcome({ kind: 'checked', counts, tables: 1, since }));
  expect(outcome).toMatchObject({ counts });
  expect(describeOutcome(outcome).detail).toContain('Concordat checked 1 table. 2 accepted findings are not counted.');
});
