/**
 * Deflate split into pieces that compress at the same time on Node's thread pool. Each piece but
 * the last ends on a sync flush (a byte boundary, no final-block bit) and the last on a finish, so
 * the pieces laid end to end are one valid deflate stream: what parallel gzip tools do. Pieces of
 * a few megabytes lose next to nothing in size.
 */
import * as zlib from 'zlib';
import { promisify } from 'util';

const deflateRaw = promisify(zlib.deflateRaw);

/** Bytes a piece: big enough that the lost dictionary does not matter, small enough to share out. */
export const DEFLATE_PIECE = 1 << 22;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of `data`, continuing from `previous` (the CRC of what came before it). */
export function crc32(data: Buffer, previous = 0): number {
  // zlib's own (Node 20.15 and later) is native: the report sheet's part is tens of megabytes.
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data, previous) >>> 0;
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function deflatePiece(raw: Buffer, last: boolean): Promise<Buffer> {
  return deflateRaw(raw, {
    finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    // Room for a sheet's whole output at once (XML deflates to about a tenth): with the default
    // 16 KiB, each chunk of output would wait for the main thread to ask for the next.
    chunkSize: Math.max(1 << 16, raw.length >> 2),
  });
}

/** A part's bytes deflated, its CRC-32 and its size before deflating: what a zip entry records. */
export interface DeflatedPart {
  data: Buffer;
  crc: number;
  size: number;
}

export async function deflateInPieces(raw: Buffer, crc = crc32(raw)): Promise<DeflatedPart> {
  const pieces: Promise<Buffer>[] = [];
  let start = 0;
  do {
    const end = Math.min(raw.length, start + DEFLATE_PIECE);
    pieces.push(deflatePiece(raw.subarray(start, end), end === raw.length));
    start = end;
  } while (start < raw.length);
  return { data: Buffer.concat(await Promise.all(pieces)), crc, size: raw.length };
}
