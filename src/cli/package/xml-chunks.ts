/**
 * A big part's XML built as UTF-8 a piece at a time: texts are gathered a few thousand characters
 * at a time (few calls into the encoder) and encoded straight into a buffer of one deflate piece,
 * so the part is never gathered into one JavaScript string (which takes two bytes a character once
 * it holds one past Latin-1, as a report's flag marks are, and costs a second pass to flatten
 * before encoding). Each buffer is filled to the byte, so it is handed to the deflater as it is
 * and compressed on the thread pool while the rest of the part is built; the part's bytes are
 * joined only if something asks for them.
 */
import { DEFAULT_LEVEL, DEFLATE_PIECE, PieceDeflater } from '../zip/parallel-deflate';
import type { BuiltPart } from './workbook-package';

/** UTF-8 takes at most three bytes for each UTF-16 unit of a string (four for a pair of two). */
const MOST_BYTES_A_UNIT = 3;
/** Characters gathered before they are encoded. */
const BATCH_CHARS = 1 << 14;

export class XmlChunks {
  private buffer = Buffer.allocUnsafe(DEFLATE_PIECE);
  private used = 0;
  private batch = '';
  private readonly pieces: Buffer[] = [];
  private readonly deflater: PieceDeflater;

  /** `level`: zlib's deflate level for the part (parallel-deflate.ts names the two in use). */
  constructor(level: number = DEFAULT_LEVEL) {
    this.deflater = new PieceDeflater(level);
  }

  /** Adds a text; a surrogate pair is never split between two texts (xml-text.ts drops lone halves). */
  add(text: string): void {
    this.batch += text;
    if (this.batch.length >= BATCH_CHARS) this.encode();
  }

  /** Adds bytes that are UTF-8 already (a stretch of a part kept as it was), after what came before. */
  addBytes(bytes: Buffer): void {
    this.encode();
    this.copy(bytes);
  }

  /** The part: all that was added, in order, and its deflating. */
  finish(): BuiltPart {
    this.encode();
    this.endPiece();
    const pieces = this.pieces;
    let whole: Buffer | undefined;
    return {
      get bytes() {
        whole ??= pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
        return whole;
      },
      deflated: this.deflater.finish(),
    };
  }

  private encode(): void {
    const text = this.batch;
    if (text === '') return;
    this.batch = '';
    if (text.length * MOST_BYTES_A_UNIT <= DEFLATE_PIECE - this.used) {
      this.used += this.buffer.write(text, this.used, 'utf8');
      return;
    }
    // Near the end of a piece: the text's bytes fill it up and go on into the next.
    this.copy(Buffer.from(text, 'utf8'));
  }

  private copy(bytes: Buffer): void {
    let rest = bytes;
    while (rest.length > 0) {
      const n = rest.copy(this.buffer, this.used);
      this.used += n;
      rest = rest.subarray(n);
      if (this.used === DEFLATE_PIECE) this.endPiece();
    }
  }

  private endPiece(): void {
    if (this.used === 0) return;
    const piece = this.buffer.subarray(0, this.used);
    this.pieces.push(piece);
    this.deflater.push(piece);
    this.buffer = Buffer.allocUnsafe(DEFLATE_PIECE);
    this.used = 0;
  }
}
