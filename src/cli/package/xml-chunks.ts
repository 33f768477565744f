/**
 * A big part's XML built as UTF-8 a piece at a time: each text is encoded straight into a buffer
 * of a megabyte as it is added, so the part is never gathered into one JavaScript string (which
 * takes two bytes a character once it holds one past Latin-1, as a report's flag marks are, and
 * costs a second pass to flatten before encoding). Each full buffer is handed to the deflater, so
 * the part is compressed on the thread pool while the rest of it is built.
 */
import { PieceDeflater } from '../zip/parallel-deflate';
import type { BuiltPart } from './workbook-package';

const PIECE_BYTES = 1 << 20;
/** UTF-8 takes at most three bytes for each UTF-16 unit of a string (four for a pair of two). */
const MOST_BYTES_A_UNIT = 3;

export class XmlChunks {
  private buffer = Buffer.allocUnsafe(PIECE_BYTES);
  private used = 0;
  private readonly pieces: Buffer[] = [];
  private readonly deflater = new PieceDeflater();

  /** Adds a text; a surrogate pair is never split between two texts (xml-text.ts drops lone halves). */
  add(text: string): void {
    if (text.length * MOST_BYTES_A_UNIT > PIECE_BYTES - this.used) {
      this.endPiece();
      if (text.length * MOST_BYTES_A_UNIT > PIECE_BYTES) {
        this.keep(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** The part: all that was added, in order, and its deflating. */
  finish(): BuiltPart {
    this.endPiece();
    const bytes = this.pieces.length === 1 ? this.pieces[0] : Buffer.concat(this.pieces);
    return { bytes, deflated: this.deflater.finish() };
  }

  private keep(piece: Buffer): void {
    this.pieces.push(piece);
    this.deflater.push(piece);
  }

  private endPiece(): void {
    if (this.used === 0) return;
    this.keep(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(PIECE_BYTES);
    this.used = 0;
  }
}
