/**
 * Text written straight into a growing byte buffer. A part of tens of megabytes built from many
 * small strings then needs no array of pieces kept alive until a join, and no second copy when it
 * is encoded for the zip.
 */
export class ByteWriter {
  private buf: Buffer;
  private written = 0;

  get length(): number {
    return this.written;
  }

  constructor(initialBytes = 1 << 16) {
    this.buf = Buffer.allocUnsafe(Math.max(16, initialBytes));
  }

  write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit, so this bound needs no measuring pass.
    const most = text.length * 3;
    if (this.written + most > this.buf.length) this.grow(this.written + most);
    this.written += this.buf.write(text, this.written, 'utf8');
  }

  /** Copies bytes `start`…`end` of `from`. */
  copy(from: Buffer, start: number, end: number): void {
    if (this.written + (end - start) > this.buf.length) this.grow(this.written + (end - start));
    this.written += from.copy(this.buf, this.written, start, end);
  }

  private grow(needed: number): void {
    const next = Buffer.allocUnsafe(Math.max(needed, this.buf.length * 2));
    this.buf.copy(next, 0, 0, this.written);
    this.buf = next;
  }

  /** The bytes written (a view of the buffer, not a copy). */
  finish(): Buffer {
    return this.buf.subarray(0, this.written);
  }
}
