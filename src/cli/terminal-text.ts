/**
 * Text from a workbook, a file name or an option reaches the user's terminal only through
 * `forTerminal`: a terminal obeys control characters (a newline starts a fake line, ESC starts a
 * colour or cursor command) and bidirectional controls reorder what is shown, so a sheet named
 * "Plan\nALL CHECKS PASSED" or a file name with U+202E could print something it is not. Each such
 * character is shown as a visible escape instead: `\n`, `\r`, `\t`, or `\uXXXX`.
 */

/* eslint-disable no-control-regex -- matching control characters is the point of this file */
/** C0 and C1 controls, DEL, bidirectional marks, embeddings, overrides and isolates, line/paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, less the line breaks and tabs a whole document is laid out with. */
const UNSAFE_IN_DOCUMENT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(ch: string): string {
  return SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` with every control and bidirectional character escaped, so it prints on one line as it is.
 * `document: true` keeps line breaks and tabs, for a whole report (Markdown, CSV, JSON) whose own
 * layout uses them; its escapes (`\u202E`) are also valid inside JSON strings, so JSON stays JSON.
 */
export function forTerminal(text: string, options: { document?: boolean } = {}): string {
  return text.replace(options.document ? UNSAFE_IN_DOCUMENT : UNSAFE, visible);
}
