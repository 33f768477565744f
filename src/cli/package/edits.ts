import { isAscii } from 'buffer';

/**
 * Changes to a part's text as a list of replaced ranges: everything between them is copied as
 * it was, character for character.
 */
export interface Edit {
  start: number;
  /** Equal to start for an insertion. */
  end: number;
  text: string;
}

/** Hands each stretch of the source kept (by its offsets) and each edit's text, in order, to `keep` and `put`. */
function eachPiece(
  source: string,
  edits: readonly Edit[],
  keep: (start: number, end: number) => void,
  put: (text: string) => void,
): void {
  // A stable sort: insertions at one offset keep their order.
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos) throw new Error('overlapping edits to one part');
    keep(pos, edit.start);
    put(edit.text);
    pos = edit.end;
  }
  keep(pos, source.length);
}

/** The text with the edits made; edits must not overlap (insertions at one offset keep their order). */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return source;
  const pieces: string[] = [];
  const put = (text: string) => pieces.push(text);
  eachPiece(source, edits, (start, end) => put(source.slice(start, end)), put);
  return pieces.join('');
}

/** Where a big part's XML goes a piece at a time (xml-chunks.ts). */
export interface XmlOut {
  add(text: string): void;
  /** Bytes that are UTF-8 already. */
  addBytes(bytes: Buffer): void;
}

/**
 * The same text handed to `out` a piece at a time, never made into one string. `bytes`, the
 * source's own UTF-8, is copied from for what is kept when it is all ASCII (a byte a character,
 * as a sheet whose text is in the shared strings is): those stretches are not encoded again.
 */
export function writeEdited(source: string, edits: readonly Edit[], out: XmlOut, bytes?: Buffer): void {
  const copy = bytes !== undefined && bytes.length === source.length && isAscii(bytes);
  const keep = copy
    ? (start: number, end: number) => out.addBytes(bytes.subarray(start, end))
    : (start: number, end: number) => out.add(source.slice(start, end));
  eachPiece(source, edits, keep, (text) => out.add(text));
}
