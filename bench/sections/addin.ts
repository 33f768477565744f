/**
 * The add-in's check path as src/excel/run-check.ts runs it (readWorkbook → checkWorkbook →
 * applyFlagPlan in one request context), over the fake Excel the add-in tests use
 * (testkit/office/fake-excel.ts), which measures each request's JSON both ways and, like
 * Excel on the web, rejects one over 5 MB. runCheck itself is not called: it bundles the rule
 * packs with webpack's require.context, which Node does not have.
 */
import type { RulePackSource } from '../../src/core/prepare';
import { prepareCheck } from '../../src/core/prepare';
import { checkWorkbook } from '../../src/core/check';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { isCellError } from '../../src/core/snapshot';
import { applyFlagPlan } from '../../src/excel/apply-flag-plan';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { readWorkbook } from '../../src/excel/read-workbook';
import { ACTION_BYTES, MAX_REQUEST_BYTES } from '../../src/excel/write-plan';
import { FewestSyncs, fewestSyncs } from '../../testkit/office/fewest-syncs';
import { FakeExcel } from '../../testkit/office/fake-excel';
import { WEB_PAYLOAD_LIMIT } from '../../testkit/office/payload-limits';
import type { CellInput } from '../../testkit/office/fake-workbook';
import { FakeWorkbook } from '../../testkit/office/fake-workbook';
import { generateSnapshot } from '../../testkit/workbooks/generate';
import type { Section } from '../report';
import { megabytes, whole } from '../timing';

export interface AddinOptions {
  /** Item rows per workbook, split evenly between an action plan and a savings tracker. */
  sizes: number[];
  packs: RulePackSource[];
  log: (line: string) => void;
}

function cellInput(value: CellValue, format: string | null | undefined): CellInput {
  if (value === null) return null;
  if (isCellError(value)) return { error: value.error };
  if (typeof value === 'number' && format) return { value, format };
  return value;
}

/** The generated workbook as the add-in tests' in-memory Excel workbook. */
function fakeWorkbookOf(snapshot: WorkbookSnapshot): FakeWorkbook {
  const workbook = new FakeWorkbook();
  workbook.date1904 = snapshot.date1904;
  for (const sheet of snapshot.sheets) {
    const rows = sheet.values.map((row, r) => row.map((v, c) => cellInput(v, sheet.numberFormats?.[r]?.[c])));
    workbook.addSheet(sheet.name, rows, sheet.originRow - 1, sheet.originCol - 1);
  }
  return workbook;
}

/** The snapshot read through the adapter must hold the generated workbook's cells. */
function sameCells(expected: SheetSnapshot[], actual: WorkbookSnapshot): boolean {
  return expected.every((sheet) => {
    const read = actual.sheets.find((s) => s.name === sheet.name);
    if (!read) return false;
    return sheet.values.every((row, r) =>
      row.every(
        (v, c) =>
          JSON.stringify(v) ===
          JSON.stringify(
            read.values[r + sheet.originRow - read.originRow]?.[c + sheet.originCol - read.originCol] ?? null,
          ),
      ),
    );
  });
}

interface Run {
  readSyncs: number;
  writeSyncs: number;
  /** Requests Excel refused for size (and the adapter retried smaller), while reading and while writing. */
  rejectedReads: number;
  rejectedWrites: number;
  largestRequest: number;
  largestResponse: number;
  proxies: number;
  /** What the read came to, which the pane passes to its next check. */
  readBytes: number;
  readMatches: boolean;
  /** The fewest syncs the bytes this check carried allow: under Excel on the web's 5 MB, and under the adapter's budget. */
  fewestAtLimit: FewestSyncs;
  fewestAtBudget: FewestSyncs;
}

async function check(snapshot: WorkbookSnapshot, options: AddinOptions, expectedBytes?: number): Promise<Run> {
  const excel = new FakeExcel(fakeWorkbookOf(snapshot));
  const read = await readWorkbook(excel.context, { capabilities: ALL_CAPABILITIES, expectedBytes });
  const readSyncs = excel.syncCount;
  const result = await checkWorkbook(read.snapshot, prepareCheck(options.packs), {
    now: new Date('2010-06-14T09:00:00Z'),
  });
  await applyFlagPlan(excel.context, result.plan, { read, capabilities: ALL_CAPABILITIES, writeReport: true });
  const accepted = excel.payloads.filter((p) => !p.rejected);
  // Each report row's link is set on a range of its own: two actions the fake's byte count leaves out.
  const links = result.plan.report.length * 2 * ACTION_BYTES;
  return {
    readSyncs,
    writeSyncs: excel.syncCount - readSyncs,
    rejectedReads: excel.payloads.slice(0, readSyncs).filter((p) => p.rejected).length,
    rejectedWrites: excel.payloads.slice(readSyncs).filter((p) => p.rejected).length,
    largestRequest: Math.max(0, ...accepted.map((p) => p.requestBytes)),
    largestResponse: Math.max(0, ...accepted.map((p) => p.responseBytes)),
    proxies: excel.proxyCount,
    readBytes: read.bytes,
    readMatches: sameCells(snapshot.sheets, read.snapshot),
    fewestAtLimit: fewestSyncs(excel.payloads, readSyncs, WEB_PAYLOAD_LIMIT, links),
    fewestAtBudget: fewestSyncs(excel.payloads, readSyncs, MAX_REQUEST_BYTES, links),
  };
}

const refused = (n: number): string => (n > 0 ? `, ${n} refused for size and retried` : '');
const syncs = (r: Run): string =>
  `${r.readSyncs} + ${r.writeSyncs}${r.rejectedReads + r.rejectedWrites > 0 ? ` (${r.rejectedReads + r.rejectedWrites} refused)` : ''}`;
const fewest = (f: FewestSyncs): string => `${f.read} + ${f.write}`;
/** The adapter's request budget, as the README writes it. */
const BUDGET = `${MAX_REQUEST_BYTES / 1_000_000} MB`;

export async function addinSection(options: AddinOptions): Promise<Section> {
  const rows: { size: number; first: Run; again: Run }[] = [];
  for (const size of options.sizes) {
    const snapshot = generateSnapshot({ kind: 'both', rows: size / 2 });
    const first = await check(snapshot, options);
    // The pane remembers how big the read was, so a second check of a big workbook reads size-first at once.
    const again = await check(snapshot, options, first.readBytes);
    rows.push({ size, first, again });
    options.log(
      `  ${whole(size)} rows: ${syncs(first)} syncs, then ${syncs(again)}; fewest ${fewest(again.fewestAtLimit)} at 5 MB, ${fewest(again.fewestAtBudget)} at the budget`,
    );
  }
  const notes: string[] = [];
  if (rows.some((r) => !r.first.readMatches))
    notes.push('THE SNAPSHOT READ THROUGH THE ADAPTER DIFFERS FROM THE GENERATED WORKBOOK.');
  const over = rows.filter((r) => Math.max(r.first.largestRequest, r.first.largestResponse) >= WEB_PAYLOAD_LIMIT);
  if (over.length > 0)
    notes.push(`A request Excel accepted was over 5 MB at ${over.map((r) => whole(r.size)).join(', ')} rows.`);
  notes.push(
    'Sizes are the JSON the fake counts (values assigned and addresses out, grids loaded back), without Office.js\'s per-action envelope. Capabilities are ExcelApi 1.9+; the report sheet is written (as the ribbon command does). "Refused" requests were over the limit and retried in smaller pieces.',
    `"Fewest" is the fewest syncs the bytes of the next check allow (read + write): the sheet list, then one request for everything if the cells fit, else a size request and the cells in as few full requests as they fill; the write's bytes in as few full requests as they fill. At 5 MB that is Excel on the web's limit with nothing to spare; the adapter packs to its ${BUDGET} budget, leaving room for the envelope the fake does not count.`,
  );
  return {
    title: 'Add-in requests (fake Excel)',
    method:
      "readWorkbook, checkWorkbook and applyFlagPlan from src/excel and src/core, over testkit/office/fake-excel.ts with Excel on the web's 5 MB limit; each workbook holds an action plan and a savings tracker with half the rows each.",
    tables: [
      {
        headers: [
          'Rows',
          'Syncs, first check (read + write)',
          'Syncs, next check',
          'Fewest, 5 MB limit',
          `Fewest, ${BUDGET} budget`,
          'Largest request',
          'Largest response',
          'Proxies',
        ],
        rows: rows.map(({ size, first, again }) => [
          whole(size),
          syncs(first),
          syncs(again),
          fewest(again.fewestAtLimit),
          fewest(again.fewestAtBudget),
          megabytes(first.largestRequest),
          megabytes(first.largestResponse),
          whole(first.proxies),
        ]),
      },
    ],
    notes,
    headlines: rows.map(({ size, first, again }) => {
      const total = (r: Run): number => r.readSyncs + r.writeSyncs;
      const next = total(again) !== total(first) ? `; ${total(again)} on the next check` : '';
      return `Add-in, ${whole(size)} rows: ${total(first)} syncs (${first.readSyncs} read${refused(first.rejectedReads)}; ${first.writeSyncs} write${refused(first.rejectedWrites)}${next}); fewest possible ${again.fewestAtLimit.total} at 5 MB, ${again.fewestAtBudget.total} within the ${BUDGET} budget; largest request ${megabytes(first.largestRequest)}, largest response ${megabytes(first.largestResponse)}.`;
    }),
  };
}
