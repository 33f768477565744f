/**
 * A problem with what the user gave the CLI (a file, an option), with its code from the core's
 * catalogue: reported in one line (`concordat: <file>: <message>; <fix> [<code>]`), never with a
 * stack trace, and the run exits with code 2.
 */
import { ConcordatError, type ErrorCode } from '../core/errors';

export class InputError extends ConcordatError {
  /** The file the problem is about, named before the message when it is printed. */
  readonly file?: string;

  constructor(code: ErrorCode, message: string, options: { file?: string; fix?: string } = {}) {
    super(code, message, options.fix);
    this.name = 'InputError';
    this.file = options.file;
  }
}

/** Bytes as a person reads them: "512 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
