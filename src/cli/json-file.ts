/** Reading a JSON file the user wrote (profile, rule pack), with errors that say where. */
import { InputError } from './input-error';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax';
import { MAX_JSON_BYTES } from './limits';
import { readRegularFile } from './regular-file';

/** The syntax error's place, or null when it cannot be found (nesting too deep to scan, say). */
function whereJsonGoesWrong(body: string): ReturnType<typeof findJsonSyntaxError> {
  try {
    return findJsonSyntaxError(body);
  } catch {
    return null; // the scanner recurses; a hostile file nested a million deep overflows it
  }
}

/** What a JSON file is read as: a bad one is refused with its kind's code. */
export type JsonKind = 'pack.invalid' | 'profile.invalid';

function parseJsonText(text: string, file: string, kind: JsonKind): unknown {
  const body = text.replace(/^\uFEFF/, ''); // Notepad saves UTF-8 with a byte-order mark
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    const found = whereJsonGoesWrong(body);
    if (!found) throw new InputError(kind, `is not valid JSON (${(err as Error).message})`, { file });
    const { line, column } = lineAndColumn(body, found.offset);
    throw new InputError(kind, `is not valid JSON: line ${line}, column ${column}: expected ${found.expected}`, {
      file,
    });
  }
}

/** `shownAs` is how errors name the file (the path as the user typed it, or relative to the folder). */
export async function readJsonFile(file: string, kind: JsonKind, shownAs: string = file): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, {
      maxBytes: MAX_JSON_BYTES,
      noun: 'JSON file',
      tooLarge: () => 'is too large for a JSON settings file',
    });
  } catch (err) {
    if (err instanceof InputError) throw new InputError(err.code, err.message, { file: shownAs, fix: err.fix });
    throw err;
  }
  return parseJsonText(bytes.toString('utf8'), shownAs, kind);
}
