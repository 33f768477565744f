/**
 * The fake Excel.RequestContext: a queue of actions (loads, property assignments, method calls)
 * that `sync()` sends as one request. A request over the payload limit is refused before anything
 * in it runs; otherwise its actions run in order against the workbook, and an action that fails
 * stops the request there, leaving what ran before it done (Excel does not roll a request back)
 * and delivering nothing it loaded. A response over the limit fails the same way, after the work.
 */
import type { FakeWorkbook } from './fake-workbook';
import { officeError } from './office-errors';
import type { SyncPayload } from './payload-limits';
import type { Requirements } from './requirement-sets';
import { ApplicationProxy, WorkbookProxy } from './workbook-proxies';

/** How the fake host behaves: its limits, and the failures and delays a test asks for. */
export interface HostLimits {
  /** Largest request or response accepted, in bytes of JSON: 5 MB (Excel on the web) by default. */
  readonly maxPayloadBytes: number;
  /** Refuse a request loading more cells than this (a small stand-in for the payload limit). */
  readonly maxCellsPerSync?: number;
  /** The most cells one range may be got in: five million, as in Excel, unless a test wants a smaller stand-in. */
  readonly maxCellsPerGet: number;
  /**
   * What getting more cells than that does: fail the request with RangeExceedsLimit (the default), or
   * come back as null grids without an error, as Excel builds since 2024 have been seen to do.
   */
  readonly oversizedGet: 'RangeExceedsLimit' | 'null';
  /** Make this request (1-based) fail after it has run, as a batch Excel stops part-way. */
  readonly failSyncAfterWrites?: { sync: number; code: string };
  /** Milliseconds each request takes, to watch progress in the browser. */
  readonly syncDelay: number;
}

/** What the contexts of one fake Excel share: the workbook, the host's limits and the counters. */
export interface ExcelHost {
  readonly workbook: FakeWorkbook;
  readonly requirements: Requirements;
  readonly limits: HostLimits;
  syncCount: number;
  proxyCount: number;
  suspendCalls: number;
  readonly payloads: SyncPayload[];
}

export interface Action {
  /** Bytes of JSON the action carries out (values assigned, addresses given). */
  requestBytes: number;
  run(request: RunningRequest): void;
}

/** A request while it runs: what it loaded so far, delivered to the proxies only if it all succeeds. */
export class RunningRequest {
  constructor(readonly host: ExcelHost) {}

  responseBytes = 0;
  cellsLoaded = 0;
  private readonly onSuccesses: (() => void)[] = [];
  private readonly counted = new Set<object>();

  /** Cells a range's grids bring back: counted once a range, however many of its grids are loaded. */
  countCells(range: object, cells: number): void {
    if (this.counted.has(range)) return;
    this.counted.add(range);
    this.cellsLoaded += cells;
  }

  onSuccess(deliver: () => void): void {
    this.onSuccesses.push(deliver);
  }

  /** A proxy's object was reached: once the request succeeds, its `isNullObject` is known. */
  reached(known: () => void): void {
    this.onSuccesses.push(known);
  }

  succeed(): void {
    for (const deliver of this.onSuccesses) deliver();
  }
}

function pause(ms: number): Promise<void> {
  if (ms <= 0 && typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class RequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  private queue: Action[] = [];
  /** Counts the requests sent, so a load can tell whether the one it joins is still being built. */
  generation = 0;

  constructor(readonly host: ExcelHost) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get hasQueued(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const host = this.host;
    const limits = host.limits;
    host.syncCount += 1;
    const sync = host.syncCount;
    const actions = this.queue;
    this.queue = [];
    this.generation += 1;
    const payload: SyncPayload = {
      requestBytes: actions.reduce((sum, action) => sum + action.requestBytes, 0),
      responseBytes: 0,
      rejected: false,
    };
    host.payloads.push(payload);
    await pause(limits.syncDelay);
    if (payload.requestBytes > limits.maxPayloadBytes) {
      payload.rejected = true;
      throw officeError('RequestPayloadSizeLimitExceeded');
    }
    const request = new RunningRequest(host);
    for (const action of actions) action.run(request);
    payload.responseBytes = request.responseBytes;
    if (limits.maxCellsPerSync !== undefined && request.cellsLoaded > limits.maxCellsPerSync) {
      payload.rejected = true;
      throw officeError('RequestPayloadSizeLimitExceeded');
    }
    if (payload.responseBytes > limits.maxPayloadBytes) {
      payload.rejected = true;
      throw officeError('ResponsePayloadSizeLimitExceeded');
    }
    if (limits.failSyncAfterWrites?.sync === sync) throw officeError(limits.failSyncAfterWrites.code);
    request.succeed();
  }
}
