/**
 * How many requests a whole check makes (read, then write in the same request context, as
 * runCheck does) and how big each is, from 1,000 to 100,000 rows. The council workbook's action
 * plan is five columns of short text, so 10,000 rows still fit in one request and 100,000 do not.
 */
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { applyFlagPlan } from '../../src/excel/apply-flag-plan';
import { readWorkbook } from '../../src/excel/read-workbook';
import { councilWorkbook, planFor } from './support/fixtures';
import { FakeExcel, FakeExcelOptions } from '../../testkit/office/fake-excel';
import { WEB_PAYLOAD_LIMIT } from '../../testkit/office/payload-limits';

const capabilities = ALL_CAPABILITIES;

/** Cells a snapshot's used ranges hold, empty ones included: how much a read of it carried. */
function snapshotCells(snapshot: { sheets: readonly { values: readonly (readonly unknown[])[] }[] }): number {
  return snapshot.sheets.reduce(
    (sum, sheet) => sum + sheet.values.length * sheet.values.reduce((widest, row) => Math.max(widest, row.length), 0),
    0,
  );
}

interface Measured {
  readSyncs: number;
  writeSyncs: number;
  /** Largest request or response Excel accepted, in bytes of JSON. */
  largestPayload: number;
  rejected: number;
  cells: number;
  bytes: number;
}

async function wholeCheck(
  rows: number,
  options: { writeReport?: boolean; host?: FakeExcelOptions; expectedBytes?: number } = {},
): Promise<Measured> {
  const excel = new FakeExcel(councilWorkbook(rows), options.host);
  const read = await readWorkbook(excel.context, { capabilities, expectedBytes: options.expectedBytes });
  const readSyncs = excel.syncCount;
  await applyFlagPlan(excel.context, planFor(rows), { read, capabilities, writeReport: options.writeReport ?? false });
  return {
    readSyncs,
    writeSyncs: excel.syncCount - readSyncs,
    largestPayload: excel.largestPayloadBytes,
    rejected: excel.payloads.filter((payload) => payload.rejected).length,
    cells: snapshotCells(read.snapshot),
    bytes: read.bytes,
  };
}

const measured = new Map<number, Measured>();
const at = (rows: number): Measured => {
  const found = measured.get(rows);
  if (!found) throw new Error(`${rows} rows not measured`);
  return found;
};

describe('requests for a whole check on Excel on the web (5 MB limit)', () => {
  beforeAll(async () => {
    for (const rows of [1_000, 10_000, 100_000]) measured.set(rows, await wholeCheck(rows));
  });

  test('three requests (two to read, one to write) while the workbook fits in one', () => {
    expect(at(1_000)).toMatchObject({ readSyncs: 2, writeSyncs: 1, rejected: 0 });
    expect(at(10_000)).toMatchObject({ readSyncs: 2, writeSyncs: 1, rejected: 0 });
  });

  test('no request over 5 MB at any size', () => {
    for (const rows of [1_000, 10_000, 100_000]) expect(at(rows).largestPayload).toBeLessThan(WEB_PAYLOAD_LIMIT);
  });

  test('at 100,000 rows the cells alone are over 5 MB: one refused read, then row blocks, never a request per row', () => {
    const big = at(100_000);
    expect(big.rejected).toBe(1);
    expect(big.bytes).toBeGreaterThan(3 * WEB_PAYLOAD_LIMIT);
    // Names, the refused read, sizes, then 6 blocks: the first at the cautious guess of a cell's size,
    // the others at what each sheet's rows cost (the fewest for 20.6 MB of cells is 5). The flags
    // column's width came with the sizes, so the write is one request.
    expect(big).toMatchObject({ readSyncs: 9, writeSyncs: 1 });
  });

  test('a second check of a workbook known to be big goes size-first without the refused request', async () => {
    const again = await wholeCheck(100_000, { expectedBytes: at(100_000).bytes });
    // Names, sizes, and the 5 blocks that 20.6 MB of cells need at 4.5 MB a request.
    expect(again).toMatchObject({ rejected: 0, readSyncs: 7, writeSyncs: 1 });
  });

  test('the ribbon command’s write with the report sheet is split into requests under 5 MB', async () => {
    const withReport = await wholeCheck(100_000, { writeReport: true, expectedBytes: at(100_000).bytes });
    expect(withReport.largestPayload).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(withReport.writeSyncs).toBeGreaterThan(2);
  });
});

describe('requests for a whole check on Excel for Windows or Mac (no payload limit)', () => {
  test('three requests from 1,000 to 100,000 rows, at the price of one very large response', async () => {
    for (const rows of [1_000, 10_000, 100_000]) {
      const desktop = await wholeCheck(rows, { host: { maxPayloadBytes: Infinity } });
      expect(desktop).toMatchObject({ readSyncs: 2, writeSyncs: 1, rejected: 0 });
      if (rows === 100_000) expect(desktop.largestPayload).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    }
  });
});
