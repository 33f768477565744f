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

export function parseJsonText(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, ''); // Notepad saves UTF-8 with a byte-order mark
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    const found = whereJsonGoesWrong(body);
    if (!found) throw new InputError(`is not valid JSON (${(err as Error).message})`, file);
    const { line, column } = lineAndColumn(body, found.offset);
    throw new InputError(`is not valid JSON: line ${line}, column ${column}: expected ${found.expected}`, file);
  }
}

/** `shownAs` is how errors name the file (the path as the user typed it, or relative to the folder). */
export async function readJsonFile(file: string, shownAs: string = file): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, {
      maxBytes: MAX_JSON_BYTES,
      noun: 'JSON file',
      tooLarge: () => 'is too large for a JSON settings file',
    });
  } catch (err) {
    throw new InputError((err as Error).message, shownAs);
  }
  return parseJsonText(bytes.toString('utf8'), shownAs);
}
