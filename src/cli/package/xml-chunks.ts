/**
 * A big part's XML built as UTF-8 a piece at a time: texts are gathered into a string of about a
 * megabyte, encoded and let go, so the whole part is never held as one JavaScript string (which
 * takes two bytes a character once it holds one past Latin-1, as a report's flag marks are).
 * Each piece is handed to the deflater as it is made, so the part is compressed on the thread
 * pool while the rest of it is built.
 */
import { PieceDeflater } from '../zip/parallel-deflate';
import type { BuiltPart } from './workbook-package';

const PIECE_CHARS = 1 << 20;

export class XmlChunks {
  private text = '';
  private readonly pieces: Buffer[] = [];
  private readonly deflater = new PieceDeflater();

  add(text: string): void {
    this.text += text;
    if (this.text.length >= PIECE_CHARS) this.encode();
  }

  /** The part: all that was added, in order, and its deflating. */
  finish(): BuiltPart {
    this.encode();
    const bytes = this.pieces.length === 1 ? this.pieces[0] : Buffer.concat(this.pieces);
    return { bytes, deflated: this.deflater.finish() };
  }

  private encode(): void {
    if (this.text === '') return;
    const piece = Buffer.from(this.text, 'utf8');
    this.pieces.push(piece);
    this.deflater.push(piece);
    this.text = '';
  }
}
