/**
 * Sends a write: one request per batch from planWriteBatches, so one request for any write under
 * the budget and as few as the 5 MB limit allows for a very large one.
 */
import { MAX_REQUEST_BYTES, planWriteBatches, WritePiece } from './write-plan';

export interface SendOptions {
  /** ExcelApi 1.6: hold recalculation while the request runs (the flags never feed a formula). */
  suspendCalculation: boolean;
  maxRequestBytes?: number;
}

export async function sendPieces(
  context: Excel.RequestContext,
  pieces: readonly WritePiece[],
  options: SendOptions,
): Promise<void> {
  const batches = planWriteBatches(pieces, options.maxRequestBytes ?? MAX_REQUEST_BYTES);
  // A sync per batch is the point: only writes over the request budget have more than one.
  for (const batch of batches) {
    if (options.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    for (const slice of batch) slice.piece.queue(slice.start, slice.end);
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop
  }
}
