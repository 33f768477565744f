/** The adapter's pure parts: read planning, addresses, grids, earlier output, messages. */
import type { Finding } from '../../src/core/findings';
import { FLAGS_HEADER, REPORT_SHEET, WorkbookSnapshot } from '../../src/core/snapshot';
import { decodeOutcome, describeOutcome, encodeOutcome } from '../../src/commands/summary-text';
import { chunkAddresses } from '../../src/excel/addresses';
import { cellLinkTarget, LOG_HEADERS, quoteSheetName } from '../../src/core/output/sheets';
import { toCellValue } from '../../src/excel/cells';
import { ConcordatError } from '../../src/core/errors';
import { toExcelWriteError } from '../../src/excel/errors';
import { findExistingOutput } from '../../src/excel/existing-output';
import { flagColumnGrid, logGrid, reportGrid } from '../../src/excel/grids';
import { mergeBlocks, planFirstBatches, planReadBatches, READ_LIMITS, splitBatch } from '../../src/excel/read-plan';
import { fixedPiece, jsonBytes, planWriteBatches, WritePiece } from '../../src/excel/write-plan';
import { groupFindings } from '../../src/taskpane/grouping';

describe('planReadBatches', () => {
  const sheet = (sheetIndex: number, rowCount: number, columnCount: number) => ({
    sheetIndex,
    rowIndex: 2,
    columnIndex: 1,
    rowCount,
    columnCount,
  });

  test('reads a workbook that fits in one batch, one block per sheet', () => {
    expect(planReadBatches([sheet(0, 500, 12), sheet(1, 40, 8)])).toEqual([[sheet(0, 500, 12), sheet(1, 40, 8)]]);
  });

  test('skips empty sheets', () => {
    expect(planReadBatches([sheet(0, 0, 0)])).toEqual([]);
  });

  test('splits a sheet over the budget into row blocks that cover it exactly', () => {
    const limits = { ...READ_LIMITS, maxBytesPerRequest: READ_LIMITS.bytesPerCell * 1000 };
    const batches = planReadBatches([sheet(0, 950, 10), sheet(1, 30, 10)], limits);
    expect(batches.every((batch) => batch.reduce((n, b) => n + b.rowCount * b.columnCount, 0) <= 1000)).toBe(true);
    const rows = batches.flat().filter((b) => b.sheetIndex === 0);
    expect(rows[0].rowIndex).toBe(2);
    expect(rows.reduce((n, b) => n + b.rowCount, 0)).toBe(950);
    expect(batches).toHaveLength(10);
  });

  test('the default budget keeps a 5,000-row, 12-column action plan in one request', () => {
    expect(planReadBatches([sheet(0, 5000, 12)])).toHaveLength(1);
  });

  test('joins the blocks left to read back into extents, to plan them again', () => {
    const limits = { ...READ_LIMITS, maxBytesPerRequest: READ_LIMITS.bytesPerCell * 1000 };
    const extents = [sheet(0, 950, 10), sheet(1, 30, 10)];
    expect(mergeBlocks(planReadBatches(extents, limits).flat())).toEqual(extents);
    expect(mergeBlocks(planReadBatches(extents, limits).slice(3).flat())).toEqual([
      { ...sheet(0, 650, 10), rowIndex: 302 },
      sheet(1, 30, 10),
    ]);
  });

  test('packs rows by what each sheet’s rows cost, up to the byte budget', () => {
    const limits = { ...READ_LIMITS, maxBytesPerRequest: 10_000 };
    const cost = (extent: { sheetIndex: number }) => (extent.sheetIndex === 0 ? 100 : 25);
    const batches = planReadBatches([sheet(0, 150, 10), sheet(1, 400, 10)], limits, cost);
    // 100 rows of the first sheet fill a request; then 50 of its rows (5,000 bytes) and 200 of the
    // second's (5,000 bytes); then the second's last 200.
    expect(batches.map((batch) => batch.map((block) => block.rowCount))).toEqual([[100], [50, 200], [200]]);
  });

  test('the first batch takes the same share of every sheet, within the budget, and the rest covers them exactly', () => {
    const limits = { ...READ_LIMITS, maxBytesPerRequest: 10_000 };
    const cost = (extent: { sheetIndex: number }) => (extent.sheetIndex === 0 ? 100 : 25);
    const extents = [sheet(0, 150, 10), sheet(1, 400, 10)];
    const [first, ...rest] = planFirstBatches(extents, limits, cost);
    // 25,000 bytes in all: 40% of each sheet's rows.
    expect(first).toEqual([sheet(0, 60, 10), sheet(1, 160, 10)]);
    expect(first.reduce((sum, block) => sum + block.rowCount * cost(block), 0)).toBeLessThanOrEqual(10_000);
    expect(mergeBlocks([...first, ...rest.flat()])).toEqual(extents);
    // A workbook under the budget is one batch, whole.
    expect(planFirstBatches(extents, { ...limits, maxBytesPerRequest: 25_000 }, cost)).toEqual([extents]);
  });

  test('halves a rejected batch, down to single rows', () => {
    expect(splitBatch([sheet(0, 5, 3)])).toEqual([[{ ...sheet(0, 3, 3) }], [{ ...sheet(0, 2, 3), rowIndex: 5 }]]);
    expect(splitBatch([sheet(0, 1, 3)])).toBeUndefined();
  });
});

describe('planWriteBatches', () => {
  /** A grid piece of `rows` rows of `bytes` each, recording what it was asked to queue. */
  const grid = (rows: number, bytes: number, queued: [number, number][] = []): WritePiece => ({
    rowBytes: Array.from({ length: rows }, () => bytes),
    queue: (start, end) => queued.push([start, end]),
  });
  const sizes = (batches: ReturnType<typeof planWriteBatches>) =>
    batches.map((batch) => batch.map(({ start, end }) => end - start));

  test('a write under the budget is one batch with every piece whole', () => {
    const pieces = [fixedPiece(3, 0, () => undefined), grid(1000, 40), fixedPiece(1, 10, () => undefined)];
    expect(sizes(planWriteBatches(pieces, 100_000))).toEqual([[1, 1000, 1]]);
  });

  test('splits a grid between rows where the budget runs out, and keeps the order', () => {
    const queued: [number, number][] = [];
    const pieces = [fixedPiece(1, 0, () => undefined), grid(1000, 100, queued), fixedPiece(1, 0, () => undefined)];
    const batches = planWriteBatches(pieces, 30_000);
    expect(batches.flat().map((slice) => slice.piece)).toEqual([
      pieces[0],
      pieces[1],
      pieces[1],
      pieces[1],
      pieces[1],
      pieces[2],
    ]);
    for (const batch of batches) {
      const bytes = batch.reduce(
        (sum, slice) => sum + 300 + slice.piece.rowBytes.slice(slice.start, slice.end).reduce((a, b) => a + b, 0),
        0,
      );
      expect(bytes).toBeLessThanOrEqual(30_000);
    }
    for (const batch of batches) for (const slice of batch) slice.piece.queue(slice.start, slice.end);
    // Every row exactly once, in order.
    expect(queued.flatMap(([start, end]) => Array.from({ length: end - start }, (_, i) => start + i))).toEqual(
      Array.from({ length: 1000 }, (_, i) => i),
    );
  });

  test('a row bigger than the whole budget still goes, alone', () => {
    expect(sizes(planWriteBatches([grid(1, 50), grid(1, 5000), grid(1, 50)], 1000))).toEqual([[1], [1], [1]]);
  });

  test('counts characters beyond ASCII generously, as Office.js may escape them', () => {
    expect(jsonBytes(['abc'])).toBe(7);
    expect(jsonBytes(['✖'])).toBe(4 + 6);
  });
});

describe('addresses and formulas', () => {
  test('quotes sheet names for references', () => {
    expect(quoteSheetName("O'Brien's plan")).toBe("'O''Brien''s plan'");
  });

  test('links a report row to its cell as a place in the workbook, whatever the sheet is called', () => {
    expect(cellLinkTarget('Action plan', 'E7')).toBe(`'Action plan'!E7`);
    expect(cellLinkTarget('O\'Brien\'s "Big" one', 'A1')).toBe(`'O''Brien''s "Big" one'!A1`);
  });

  test('chunks address lists under the length Excel accepts', () => {
    const addresses = Array.from({ length: 1000 }, (_, i) => `C${i + 1}`);
    const chunks = chunkAddresses(addresses, 200);
    expect(chunks.every((chunk) => chunk.length <= 200)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(addresses);
    expect(chunkAddresses([])).toEqual([]);
  });
});

describe('grids', () => {
  test('the flags column neutralises formula-like text and is formatted as text', () => {
    const grid = flagColumnGrid({
      sheet: 'S',
      column: 6,
      headerRow: 2,
      header: FLAGS_HEADER,
      texts: ['=1+1', '', '@SUM(A1)'],
      highlights: { error: [], warning: [], info: [] },
      muted: [],
    });
    expect(grid.values).toEqual([[FLAGS_HEADER], ["'=1+1"], [''], ["'@SUM(A1)"]]);
    expect(grid.numberFormat.flat()).toEqual(['@', '@', '@', '@']);
  });

  test('the report shows each cell address, with a link to that cell in the workbook', () => {
    const grid = reportGrid([
      {
        severity: 'error',
        ruleId: 'shares.sum',
        sheet: 'Savings',
        address: 'D5',
        header: 'Share',
        value: '-10%',
        message: 'Shares add up to 90%.',
        hint: '+ check the split',
        change: 'new',
        acceptance: '',
      },
    ]);
    expect(grid.values[1]).toEqual([
      'error',
      'shares.sum',
      'Savings',
      'D5',
      'Share',
      "'-10%",
      'Shares add up to 90%.',
      "'+ check the split",
      'new',
      '',
    ]);
    expect(grid.numberFormat[1][3]).toBe('@');
    expect(grid.links).toEqual([{ documentReference: `'Savings'!D5`, textToDisplay: 'D5' }]);
  });

  test('the log row keeps counts as numbers', () => {
    const log = {
      ranAt: '2010-03-01T10:00:00Z',
      asOf: '2010-03-01',
      packs: ['a@1', 'b@2'],
      rulesHash: 'f'.repeat(64),
      errors: 1,
      warnings: 2,
      infos: 3,
      sheetsChecked: 4,
      lastCheckAsOf: '2010-02-01',
      changes: { new: 1, resolved: 0, stillOpen: 5 },
      accepted: 2,
    };
    expect(logGrid(log).values).toEqual([
      LOG_HEADERS,
      ['2010-03-01T10:00:00Z', '2010-03-01', 'a@1, b@2', 'f'.repeat(64), 1, 2, 3, 4, '2010-02-01', 1, 0, 5, 2],
    ]);
  });
});

describe('findExistingOutput', () => {
  test("takes what the record says is Concordat's, and nothing by its name or header", () => {
    const snapshot: WorkbookSnapshot = {
      date1904: false,
      sheets: [
        {
          name: 'Plan',
          originRow: 3,
          originCol: 2,
          values: [
            ['Ref', FLAGS_HEADER],
            ['R1', 'x'],
            ['R2', null],
          ],
        },
        { name: REPORT_SHEET, originRow: 1, originCol: 1, values: [[FLAGS_HEADER]] },
        { name: 'Log (2)', originRow: 1, originCol: 1, values: [['Run at'], ['2010']] },
      ],
    };
    const column = {
      sheet: 'Plan',
      column: 3,
      headerRow: 3,
      header: FLAGS_HEADER,
      width: null,
      widthUnit: 'points' as const,
      hidden: false,
    };
    const clear = {
      sheet: 'Plan',
      column: 3,
      empty: [[3, 5]] as [number, number][],
      restyle: [],
      width: null,
      hidden: false,
    };
    expect(findExistingOutput(snapshot, { columns: [] })).toMatchObject({
      flagColumns: [],
      hasReportSheet: false,
      hasLogSheet: false,
      logNextRow: 1,
    });
    expect(
      findExistingOutput(snapshot, {
        recordSheet: 'State',
        logSheet: 'Log (2)',
        columns: [{ column, clear }],
      }),
    ).toEqual({
      sheetNames: ['Plan', REPORT_SHEET, 'Log (2)'],
      flagColumns: [{ sheet: 'Plan', headerRow: 3, column: 3, clear }],
      reportSheet: undefined,
      logSheet: 'Log (2)',
      recordSheet: 'State',
      hasReportSheet: false,
      hasLogSheet: true,
      logNextRow: 3,
    });
  });
});

describe('cells and errors', () => {
  test('turns Office.js values into core cell values', () => {
    expect(toCellValue('#N/A', 'Error')).toEqual({ error: '#N/A' });
    expect(toCellValue('', 'Empty')).toBeNull();
    expect(toCellValue(0, 'Double')).toBe(0);
    expect(toCellValue(false, 'Boolean')).toBe(false);
  });

  test.each([
    ['InvalidOperationInCellEditMode', undefined, 'excel.busy', /Excel is busy editing a cell/, /^press Enter or Esc/],
    ['AccessDenied', 'Savings', 'sheet.protected', /the sheet 'Savings' is protected/, /^unprotect the sheet/],
    ['AccessDenied', undefined, 'workbook.protected', /the workbook is protected/, /^unprotect the workbook/],
    ['ItemNotFound', 'Savings', 'sheet.gone', /'Savings' was renamed or deleted/, /^run the check again$/],
    [
      'ResponsePayloadSizeLimitExceeded',
      undefined,
      'limit.excel-request',
      /too large for Excel on the web/,
      /Excel for Windows or Mac/,
    ],
    ['GeneralException', undefined, 'excel.failed', /Excel could not write its flags \(GeneralException\)/, /editing/],
  ])('Excel error %s (sheet %s) is %s, with a message and a fix', (excelCode, sheet, code, message, fix) => {
    const error = toExcelWriteError({ code: excelCode }, 'write its flags', sheet);
    expect(error).toMatchObject({ code, excelCode, fix: expect.stringMatching(fix) });
    expect(error.message).toMatch(message);
  });

  test("the core's own errors pass through an Excel batch as they are", () => {
    const core = new ConcordatError('settings.invalid', 'Concordat settings!B3: expected a number, found "x"');
    expect(toExcelWriteError(core, 'read the workbook')).toBe(core);
  });
});

describe('the ribbon command summary', () => {
  test('round-trips the counts through the dialog URL', () => {
    const outcome = {
      kind: 'checked' as const,
      counts: { error: 2, warning: 1, info: 0, total: 3, accepted: 0 },
      tables: 2,
      since: { last: null, counts: { new: 0, resolved: 0, stillOpen: 0 } },
    };
    expect(decodeOutcome(`?${encodeOutcome(outcome)}`)).toEqual(outcome);
    expect(describeOutcome(outcome).title).toBe('2 errors, 1 warning, 0 notes');
    expect(describeOutcome(outcome).detail).toMatch(/First check of this workbook/);
  });

  test('says what changed since the last check', () => {
    const outcome = {
      kind: 'checked' as const,
      counts: { error: 2, warning: 1, info: 0, total: 3, accepted: 0 },
      tables: 2,
      since: { last: { asOf: '2026-11-03' }, counts: { new: 1, resolved: 2, stillOpen: 2 } },
    };
    expect(decodeOutcome(encodeOutcome(outcome))).toEqual(outcome);
    expect(describeOutcome(outcome).detail).toMatch(
      /Since the last check \(as of 3 Nov 2026\): 1 new, 2 resolved, 2 still open\./,
    );
  });

  test('carries a failure as text: its message, fix and code', () => {
    const error = {
      code: 'sheet.protected' as const,
      message: "The sheet 'A&B <Plan>' is protected.",
      fix: 'unprotect the sheet (Review > Unprotect Sheet), then try again',
    };
    const outcome = { kind: 'failed' as const, error };
    expect(decodeOutcome(encodeOutcome(outcome))).toEqual(outcome);
    expect(describeOutcome(outcome)).toEqual({ title: 'Concordat could not finish the check', detail: error.message });
  });

  test('a code the dialog does not know is shown as an internal error, never trusted as given', () => {
    const decoded = decodeOutcome('failed=Boom&fix=do+this&code=made.up');
    expect(decoded).toEqual({ kind: 'failed', error: { code: 'internal', message: 'Boom', fix: 'do this' } });
  });
});

describe('groupFindings', () => {
  const finding = (sheet: string, ruleId: string, severity: Finding['severity'], row: number): Finding => ({
    ruleId,
    title: `Title of ${ruleId}`,
    severity,
    sheet,
    row,
    column: 3,
    header: 'Owner',
    address: `C${row}`,
    value: '',
    message: 'm',
    hint: 'h',
    pack: 'p',
  });

  test('groups by sheet, then by rule with errors first, honouring the severity filter', () => {
    const findings = [
      finding('Plan', 'deadline.vague', 'warning', 3),
      finding('Plan', 'deadline.due-soon', 'info', 3),
      finding('Plan', 'owner.missing', 'error', 4),
      finding('Plan', 'deadline.vague', 'warning', 5),
      finding('Plan', 'deadline.slipped', 'error', 6),
    ];
    const groups = groupFindings(findings, new Set(['error', 'warning', 'info']));
    expect(groups[0].rules.map((r) => [r.title, r.findings.map((f) => f.row)])).toEqual([
      ['Title of owner.missing', [4]],
      ['Title of deadline.slipped', [6]],
      ['Title of deadline.vague', [3, 5]],
      ['Title of deadline.due-soon', [3]],
    ]);
  });

  test('groups by sheet then rule in the order found, honouring the severity filter', () => {
    const findings = [
      finding('Plan', 'owner.missing', 'error', 3),
      finding('Plan', 'deadline.vague', 'warning', 4),
      finding('Plan', 'owner.missing', 'error', 7),
      finding('Savings', 'shares.sum', 'error', 5),
    ];
    const groups = groupFindings(findings, new Set(['error']));
    expect(groups.map((g) => [g.sheet, g.count, g.rules.map((r) => [r.ruleId, r.findings.length])])).toEqual([
      ['Plan', 2, [['owner.missing', 2]]],
      ['Savings', 1, [['shares.sum', 1]]],
    ]);
  });
});
