/**
 * Text written straight into a growing byte buffer. A part of tens of megabytes built from many
 * small strings then needs no array of pieces kept alive until a join, and no second copy when it
 * is encoded for the zip. Small texts are gathered into a few kilobytes before each encoding: a
 * call into the encoder per cell cost more than the encoding.
 */
const GATHER_UP_TO = 4096;

export class ByteWriter {
  private buf: Buffer;
  private written = 0;
  private pending = '';

  constructor(initialBytes = 1 << 16) {
    this.buf = Buffer.allocUnsafe(Math.max(16, initialBytes));
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length > GATHER_UP_TO) this.flush();
  }

  /** Copies bytes `start`…`end` of `from`. */
  copy(from: Buffer, start: number, end: number): void {
    this.flush();
    if (this.written + (end - start) > this.buf.length) this.grow(this.written + (end - start));
    this.written += from.copy(this.buf, this.written, start, end);
  }

  private flush(): void {
    if (this.pending === '') return;
    // UTF-8 takes at most three bytes per UTF-16 unit, so this bound needs no measuring pass.
    const most = this.pending.length * 3;
    if (this.written + most > this.buf.length) this.grow(this.written + most);
    this.written += this.buf.write(this.pending, this.written, 'utf8');
    this.pending = '';
  }

  private grow(needed: number): void {
    const next = Buffer.allocUnsafe(Math.max(needed, this.buf.length * 2));
    this.buf.copy(next, 0, 0, this.written);
    this.buf = next;
  }

  /** The bytes written (a view of the buffer, not a copy). */
  finish(): Buffer {
    this.flush();
    return this.buf.subarray(0, this.written);
  }
}
