/** Turns anything thrown while handling a file into the one line the user sees. */
import { ConcordatInputError } from '../core/errors';
import { InputError } from './input-error';

export interface Problem {
  message: string;
  /** A file the message is about, when the error named one apart from its message. */
  file?: string;
  /** A bug rather than bad input: worth a stack trace when CONCORDAT_DEBUG is set. */
  internal: boolean;
}

export function describeProblem(err: unknown): Problem {
  if (err instanceof InputError) return { message: err.message, file: err.file, internal: false };
  if (err instanceof ConcordatInputError) return { message: err.message, internal: false };
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return { message: `unexpected error: ${message}`, internal: true };
}
