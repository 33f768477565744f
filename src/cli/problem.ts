/** Turns anything thrown while handling a file into the report and the one line the user sees. */
import { describeError, type ErrorReport } from '../core/errors';
import { reportProblem, type CliIo } from './cli-io';
import { InputError } from './input-error';

interface Problem {
  report: ErrorReport;
  /** A file the message is about, when the error named one apart from its message. */
  file?: string;
  /** A bug rather than bad input: worth a stack trace when CONCORDAT_DEBUG is set. */
  internal: boolean;
}

function describeProblem(err: unknown): Problem {
  const { report, internal } = describeError(err);
  return { report, file: err instanceof InputError ? err.file : undefined, internal };
}

/** The message, what to do and the code to look up in docs/errors.md, in one line. */
export function problemText(report: ErrorReport): string {
  return `${report.message}; ${report.fix} [${report.code}]`;
}

/** Prints what went wrong in one line on stderr, and returns it for the report of `file`. */
export function problemLine(io: CliIo, err: unknown, file?: string): ErrorReport {
  const problem = describeProblem(err);
  if (problem.internal && io.env.CONCORDAT_DEBUG && err instanceof Error && err.stack)
    io.stderr.write(`${err.stack}\n`);
  reportProblem(io, problemText(problem.report), problem.file ?? file);
  return problem.report;
}

/** As problemLine, for a run that stopped before any workbook: the report has no file beside it, so its message names it. */
export function runProblemLine(io: CliIo, err: unknown): ErrorReport {
  const report = problemLine(io, err);
  const { file } = describeProblem(err);
  return file ? { ...report, message: `${file}: ${report.message}` } : report;
}
