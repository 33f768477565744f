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

/** The text with the edits made; edits must not overlap (insertions at one offset keep their order). */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return source;
  const sorted = edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.i - b.i)
    .map((x) => x.edit);
  const pieces: string[] = [];
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos) throw new Error('overlapping edits to one part');
    pieces.push(source.slice(pos, edit.start), edit.text);
    pos = edit.end;
  }
  pieces.push(source.slice(pos));
  return pieces.join('');
}
