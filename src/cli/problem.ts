/** Turns anything thrown while handling a file into the report and the one line the user sees. */
import { describeError, type ErrorReport } from '../core/errors';
import { InputError } from './input-error';

export interface Problem {
  report: ErrorReport;
  /** A file the message is about, when the error named one apart from its message. */
  file?: string;
  /** A bug rather than bad input: worth a stack trace when CONCORDAT_DEBUG is set. */
  internal: boolean;
}

export function describeProblem(err: unknown): Problem {
  const { report, internal } = describeError(err);
  return { report, file: err instanceof InputError ? err.file : undefined, internal };
}

/** The message, what to do and the code to look up in docs/errors.md, in one line. */
export function problemText(report: ErrorReport): string {
  return `${report.message}; ${report.fix} [${report.code}]`;
}
