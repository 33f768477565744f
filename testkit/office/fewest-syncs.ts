/**
 * The fewest requests a check could take when no request or response may be over `budget` bytes,
 * from the bytes the fake measured: what the packing of src/excel is held to, in the add-in tests
 * and in the benchmark.
 *
 * A read is the sheet list, then either one request for everything (when the cells fit) or a
 * request for the used ranges' sizes and the cells in as few budget-sized requests as they fill.
 * A write is the bytes it sent in as few budget-sized requests as they fill (at least one), with
 * `envelopeBytes` for the actions it cannot do without that the fake does not count (a report
 * row's link is set on its own range: two actions a row, src/excel/queue-writes.ts).
 */
import type { SyncPayload } from './payload-limits';

export interface FewestSyncs {
  read: number;
  write: number;
  total: number;
}

/** Bytes of JSON a run of requests carried, the larger way: out for a write, back for a read. */
function carried(payloads: readonly SyncPayload[]): number {
  const accepted = payloads.filter((payload) => !payload.rejected);
  const out = accepted.reduce((sum, payload) => sum + payload.requestBytes, 0);
  const back = accepted.reduce((sum, payload) => sum + payload.responseBytes, 0);
  return Math.max(out, back);
}

/** `payloads` of a check's requests, the first `readSyncs` of them its read. */
export function fewestSyncs(
  payloads: readonly SyncPayload[],
  readSyncs: number,
  budget: number,
  envelopeBytes = 0,
): FewestSyncs {
  const readBytes = carried(payloads.slice(0, readSyncs));
  const writeBytes = carried(payloads.slice(readSyncs)) + envelopeBytes;
  const read = readBytes <= budget ? 2 : 2 + Math.ceil(readBytes / budget);
  const write = Math.max(1, Math.ceil(writeBytes / budget));
  return { read, write, total: read + write };
}
