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

/** zlib's own default level (6), and its fastest (1). */
export const DEFAULT_LEVEL = zlib.constants.Z_DEFAULT_COMPRESSION;
export const FASTEST_LEVEL = zlib.constants.Z_BEST_SPEED;

function deflatePiece(raw: Buffer, last: boolean, level: number): Promise<Buffer> {
  return deflateRaw(raw, {
    level,
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

/**
 * A part deflated as its bytes come: each full piece goes to the thread pool as soon as more bytes
 * follow it, so a part being built is compressed while the rest of it is made. The pieces fall
 * where deflateInPieces puts them, so the result is the same byte for byte.
 */
export class PieceDeflater {
  private readonly pieces: Promise<Buffer>[] = [];
  private held: Buffer[] = [];
  private heldBytes = 0;
  private crc = 0;
  private size = 0;

  constructor(private readonly level: number = DEFAULT_LEVEL) {}

  push(bytes: Buffer): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    // A piece is sent only once a byte follows it: the last piece is the one finished.
    if (this.heldBytes <= DEFLATE_PIECE) return;
    // Bytes that came a whole piece at a time (xml-chunks.ts) go as they are, without a copy.
    while (this.held.length > 1 && this.held[0].length === DEFLATE_PIECE) {
      this.pieces.push(deflatePiece(this.held.shift() as Buffer, false, this.level));
      this.heldBytes -= DEFLATE_PIECE;
    }
    if (this.heldBytes <= DEFLATE_PIECE) return;
    let rest = this.held.length === 1 ? this.held[0] : Buffer.concat(this.held);
    while (rest.length > DEFLATE_PIECE) {
      this.pieces.push(deflatePiece(rest.subarray(0, DEFLATE_PIECE), false, this.level));
      rest = rest.subarray(DEFLATE_PIECE);
    }
    this.held = [rest];
    this.heldBytes = rest.length;
  }

  async finish(): Promise<DeflatedPart> {
    const last = this.held.length === 1 ? this.held[0] : Buffer.concat(this.held);
    this.pieces.push(deflatePiece(last, true, this.level));
    return { data: Buffer.concat(await Promise.all(this.pieces)), crc: this.crc, size: this.size };
  }
}

export function deflateInPieces(raw: Buffer): Promise<DeflatedPart> {
  const deflater = new PieceDeflater();
  deflater.push(raw);
  return deflater.finish();
}
