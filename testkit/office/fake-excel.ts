/**
 * The fake Excel the add-in's adapter is tested against, in Jest and (bundled by
 * build-browser-host.ts) in the browser: an in-memory FakeWorkbook behind Office.js-shaped request
 * contexts that are as strict as Excel's (see client-object.ts and request-context.ts).
 *
 *   const excel = new FakeExcel(workbook, { requirements: { ExcelApi: '1.8' } });
 *   await readWorkbook(excel.context);
 *   excel.syncCount, excel.proxyCount, excel.payloads   // what the requests were
 *
 * Excel on the web's 5 MB limit applies unless `maxPayloadBytes` says otherwise (Infinity for
 * Excel on Windows or Mac). `office` is the matching Office namespace (requirement sets, document
 * settings, dialogs), which installOffice puts where the adapter looks for it.
 */
import type { FakeWorkbook } from './fake-workbook';
import { FakeOffice, FakeOfficeOptions } from './fake-office';
import { MAX_CELLS_PER_GET, SyncPayload, WEB_PAYLOAD_LIMIT } from './payload-limits';
import { ExcelHost, HostLimits, RequestContext } from './request-context';
import { ALL_REQUIREMENTS, Requirements } from './requirement-sets';

/** The host's limits and test failures (request-context.ts), each defaulting as Excel on the web behaves. */
export interface FakeExcelOptions extends FakeOfficeOptions, Partial<HostLimits> {}

export class FakeExcel implements ExcelHost {
  readonly requirements: Requirements;
  readonly limits: HostLimits;
  readonly office: FakeOffice;
  syncCount = 0;
  /** Proxies made by method calls (getRange, getItem, add, …) and items of loaded collections. */
  proxyCount = 0;
  suspendCalls = 0;
  /** Excel.run calls. */
  runs = 0;
  /** One entry per request, refused ones included. */
  readonly payloads: SyncPayload[] = [];
  private defaultContext?: RequestContext;

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeExcelOptions = {},
  ) {
    this.requirements = options.requirements ?? ALL_REQUIREMENTS;
    this.limits = {
      maxPayloadBytes: options.maxPayloadBytes ?? WEB_PAYLOAD_LIMIT,
      maxCellsPerSync: options.maxCellsPerSync,
      maxCellsPerGet: options.maxCellsPerGet ?? MAX_CELLS_PER_GET,
      oversizedGet: options.oversizedGet ?? 'RangeExceedsLimit',
      failSyncAfterWrites: options.failSyncAfterWrites,
      syncDelay: options.syncDelay ?? 0,
    };
    this.office = new FakeOffice({ ...options, requirements: this.requirements });
  }

  /** A request context over the workbook, the same one each time (as one Excel.run gives one). */
  get context(): Excel.RequestContext {
    this.defaultContext ??= new RequestContext(this);
    return this.defaultContext as unknown as Excel.RequestContext;
  }

  /** Excel.run: a new context for `batch`, and what it left queued sent when it is done. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs += 1;
    const context = new RequestContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.hasQueued) await context.sync();
    return result;
  }

  /** The biggest request or response Excel accepted, in bytes of JSON. */
  get largestPayloadBytes(): number {
    return Math.max(
      0,
      ...this.payloads.filter((p) => !p.rejected).map((p) => Math.max(p.requestBytes, p.responseBytes)),
    );
  }
}
