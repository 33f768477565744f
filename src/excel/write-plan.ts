/**
 * Splitting a write into requests under Excel on the web's 5 MB limit. Output is described as
 * pieces that know their size in the request, row by row; pieces are packed into batches in
 * order, and a piece too big for the room left is split between rows. A plan that fits is one
 * batch, so one request.
 */
import type { Grid } from './grids';

/** Office.js describes each queued action (ids, type, name) in roughly this many bytes. */
export const ACTION_BYTES = 100;

/** Budget for one request: below 5 MB, to leave room for what the estimates miss. */
export const MAX_REQUEST_BYTES = 4_500_000;

export interface WritePiece {
  /** Request bytes of each row: a grid has one entry per row, anything else a single entry. */
  rowBytes: readonly number[];
  /** Queues rows [start, end) of the piece (no sync). */
  queue(start: number, end: number): void;
}

export interface WriteSlice {
  piece: WritePiece;
  start: number;
  end: number;
}

/** Each slice of a split piece is its own range proxy with its own assignments. */
const SLICE_BYTES = 3 * ACTION_BYTES;

export function planWriteBatches(pieces: readonly WritePiece[], maxBytes = MAX_REQUEST_BYTES): WriteSlice[][] {
  const batches: WriteSlice[][] = [];
  let current: WriteSlice[] = [];
  let room = maxBytes;
  const close = (): void => {
    if (current.length > 0) batches.push(current);
    current = [];
    room = maxBytes;
  };
  for (const piece of pieces) {
    let start = 0;
    while (start < piece.rowBytes.length) {
      let end = start;
      let bytes = SLICE_BYTES;
      while (end < piece.rowBytes.length && bytes + piece.rowBytes[end] <= room) bytes += piece.rowBytes[end++];
      if (end === start && current.length > 0) {
        close();
        continue;
      }
      // A single row bigger than the whole budget still goes, alone: Excel decides.
      if (end === start) bytes += piece.rowBytes[end++];
      current.push({ piece, start, end });
      room -= bytes;
      start = end;
    }
  }
  close();
  return batches;
}

/** A piece with a fixed cost that is queued whole. */
export function fixedPiece(actions: number, payloadBytes: number, queue: () => void): WritePiece {
  return { rowBytes: [actions * ACTION_BYTES + payloadBytes], queue: () => queue() };
}

/**
 * Bytes a value takes as JSON in a request. Characters beyond ASCII count six bytes, as if sent
 * escaped (\uXXXX), so the estimate never falls short whichever way Office.js encodes them.
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

/** A 2-D write that can be split between rows; `write` queues rows [start, end) of the grid. */
export function gridPiece(grid: Grid, write: (start: number, end: number, rows: Grid) => void): WritePiece {
  return {
    // Each row also costs the comma that separates it from the next, in both arrays.
    rowBytes: grid.values.map((row, r) => jsonBytes(row) + jsonBytes(grid.numberFormat[r]) + 2),
    queue: (start, end) =>
      write(start, end, { values: grid.values.slice(start, end), numberFormat: grid.numberFormat.slice(start, end) }),
  };
}
