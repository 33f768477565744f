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

/** Hands each piece of the edited text, in order, to `put`. */
function eachPiece(source: string, edits: readonly Edit[], put: (text: string) => void): void {
  // A stable sort: insertions at one offset keep their order.
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos) throw new Error('overlapping edits to one part');
    put(source.slice(pos, edit.start));
    put(edit.text);
    pos = edit.end;
  }
  put(source.slice(pos));
}

/** The text with the edits made; edits must not overlap (insertions at one offset keep their order). */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return source;
  const pieces: string[] = [];
  eachPiece(source, edits, (text) => pieces.push(text));
  return pieces.join('');
}

/** The same text handed to `out` a piece at a time, for a big part never made into one string (xml-chunks.ts). */
export function writeEdited(source: string, edits: readonly Edit[], out: { add(text: string): void }): void {
  eachPiece(source, edits, (text) => out.add(text));
}
