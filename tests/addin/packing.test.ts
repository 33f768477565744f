/**
 * How close a check over the request budget comes to the fewest requests the budget allows
 * (support/fewest-syncs.ts), with a budget of 40,000 bytes standing in for Excel on the web's
 * 5 MB so that a workbook of a few thousand rows needs many requests. The workbook has two sheets
 * whose rows cost very different amounts (long recommendations, short figures), so that packing by
 * the workbook's average cell would leave requests half full or overfill them.
 */
import { ACTION_BYTES } from '../../src/excel/write-plan';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { applyFlagPlan } from '../../src/excel/apply-flag-plan';
import { readWorkbook, WorkbookRead } from '../../src/excel/read-workbook';
import { councilWorkbook, planFor } from './support/fixtures';
import { fewestSyncs } from '../../testkit/office/fewest-syncs';
import { FakeExcel } from '../../testkit/office/fake-excel';
import type { FakeWorkbook } from '../../testkit/office/fake-workbook';

const ROWS = 1_500;
const BUDGET = 40_000;
/** Like Excel on the web's 5 MiB over the adapter's 4.5 MB budget. */
const HOST_LIMIT = Math.floor((BUDGET * 5 * 1024 * 1024) / 4_500_000);
const LIMITS = { bytesPerCell: 72, maxBytesPerRequest: BUDGET, maxCellsPerRequest: 5_000_000 };
const capabilities = ALL_CAPABILITIES;
/**
 * Requests a write may take beyond the fewest the measured bytes allow: the packer counts each
 * fixed action (a column's width, the log row's layout) at ACTION_BYTES and each slice at three,
 * more than the fake measures, so a write whose bytes end just under a multiple of the budget
 * (as this one's do, 383,531 of 400,000) can take one request more.
 */
const WRITE_SLACK = 1;
/** The report's links, each set on a range of its own: two actions a row the fake's byte count leaves out. */
const LINK_ENVELOPES = planFor(ROWS).report.length * 2 * ACTION_BYTES;

function workbook(): FakeWorkbook {
  const book = councilWorkbook(ROWS);
  const figures = Array.from({ length: ROWS }, (_, i) => Array.from({ length: 8 }, (_, c) => i * 8 + c));
  book.addSheet('Figures', [['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'], ...figures]);
  return book;
}

interface Check {
  excel: FakeExcel;
  read: WorkbookRead;
  readSyncs: number;
}

async function check(options: { expectedBytes?: number; budget?: number; hostLimit?: number }): Promise<Check> {
  const excel = new FakeExcel(workbook(), { maxPayloadBytes: options.hostLimit ?? Infinity });
  const limits = { ...LIMITS, maxBytesPerRequest: options.budget ?? Infinity };
  const read = await readWorkbook(excel.context, { capabilities, limits, expectedBytes: options.expectedBytes });
  const readSyncs = excel.syncCount;
  const plan = planFor(ROWS);
  await applyFlagPlan(excel.context, plan, { read, capabilities, writeReport: true, maxRequestBytes: options.budget });
  return { excel, read, readSyncs };
}

/** Everything a check leaves in the workbook that a user could see. */
function outcome(book: FakeWorkbook): unknown {
  return book.sheets.map((sheet) => ({
    name: sheet.name,
    cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
    conditionalFormats: sheet.conditionalFormats,
    widths: [...sheet.widths],
    frozenRows: sheet.frozenRows,
  }));
}

describe('requests for a check over the budget, against the fewest it allows', () => {
  let oneRequest: Check;
  beforeAll(async () => {
    oneRequest = await check({});
  });

  test('the workbook is several requests’ worth each way', () => {
    expect(oneRequest.excel.syncCount).toBe(3);
    const fewest = fewestSyncs(oneRequest.excel.payloads, oneRequest.readSyncs, BUDGET, LINK_ENVELOPES);
    expect(fewest.read).toBeGreaterThanOrEqual(2 + 8);
    expect(fewest.write).toBeGreaterThanOrEqual(5);
  });

  test('a check that knows the workbook’s size reads and writes in the fewest requests the budget allows', async () => {
    const { excel, read, readSyncs } = await check({
      expectedBytes: oneRequest.read.bytes,
      budget: BUDGET,
      hostLimit: HOST_LIMIT,
    });
    const fewest = fewestSyncs(excel.payloads, readSyncs, BUDGET, LINK_ENVELOPES);
    expect(excel.payloads.every((payload) => !payload.rejected)).toBe(true);
    expect(excel.largestPayloadBytes).toBeLessThanOrEqual(BUDGET);
    expect(readSyncs).toBe(fewest.read);
    expect(excel.syncCount - readSyncs).toBeLessThanOrEqual(fewest.write + WRITE_SLACK);
    expect(read.snapshot).toEqual(oneRequest.read.snapshot);
    expect(outcome(excel.workbook)).toEqual(outcome(oneRequest.excel.workbook));
  });

  test('a first check reads in at most two more: the refused one-request read, and a first block at the cautious guess', async () => {
    const { excel, read, readSyncs } = await check({ budget: BUDGET, hostLimit: HOST_LIMIT });
    const fewest = fewestSyncs(excel.payloads, readSyncs, BUDGET, LINK_ENVELOPES);
    expect(excel.payloads.map((payload) => payload.rejected).filter(Boolean)).toEqual([true]);
    expect(excel.payloads[1].rejected).toBe(true);
    expect(excel.largestPayloadBytes).toBeLessThanOrEqual(BUDGET);
    expect(readSyncs).toBeLessThanOrEqual(fewest.read + 2);
    expect(excel.syncCount - readSyncs).toBeLessThanOrEqual(fewest.write + WRITE_SLACK);
    expect(read.snapshot).toEqual(oneRequest.read.snapshot);
    expect(outcome(excel.workbook)).toEqual(outcome(oneRequest.excel.workbook));
  });
});
