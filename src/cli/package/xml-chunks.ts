/**
 * A big part's XML built as UTF-8 a piece at a time: texts are gathered into a string of about a
 * megabyte, encoded and let go, so the whole part is never held as one JavaScript string (which
 * takes two bytes a character once it holds one past Latin-1, as a report's flag marks are).
 */
const PIECE_CHARS = 1 << 20;

export class XmlChunks {
  private text = '';
  private readonly pieces: Buffer[] = [];

  add(text: string): void {
    this.text += text;
    if (this.text.length >= PIECE_CHARS) this.encode();
  }

  /** The part's bytes, all that was added in order. */
  toBuffer(): Buffer {
    this.encode();
    return this.pieces.length === 1 ? this.pieces[0] : Buffer.concat(this.pieces);
  }

  private encode(): void {
    if (this.text === '') return;
    this.pieces.push(Buffer.from(this.text, 'utf8'));
    this.text = '';
  }
}
