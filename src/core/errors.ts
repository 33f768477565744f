/**
 * Errors a user can act on. Each has a stable code from error-codes.json (the catalogue, published
 * as docs/errors.md), a message naming the file, sheet or cell and what was expected, and a fix
 * saying what to do. Both hosts raise and report them the same way: the command line as one line
 * and in its JSON report, the add-in in the task pane.
 */
import CATALOGUE from './error-codes.json';

export type ErrorCode = keyof typeof CATALOGUE;

/** An error as a report carries it: `fix` is a clause ("remove the password…"), as `message` is. */
export interface ErrorReport {
  code: ErrorCode;
  message: string;
  fix: string;
}

export const ERROR_CODES = Object.keys(CATALOGUE) as ErrorCode[];

/** The catalogue's fix for a code, for any error of that kind. */
export function fixFor(code: ErrorCode): string {
  return CATALOGUE[code].fix;
}

export class ConcordatError extends Error {
  readonly fix: string;

  /** `fix` narrows the catalogue's fix to this case ("give a folder instead"); by default it is the catalogue's. */
  constructor(
    readonly code: ErrorCode,
    message: string,
    fix?: string,
  ) {
    super(message);
    this.name = 'ConcordatError';
    this.fix = fix ?? fixFor(code);
  }
}

/**
 * Anything thrown, as a report: a ConcordatError as it is, anything else as `internal` (a fault
 * in Concordat rather than in what it was given), which a host may want to say more about.
 */
export function describeError(err: unknown): { report: ErrorReport; internal: boolean } {
  if (err instanceof ConcordatError)
    return { report: { code: err.code, message: err.message, fix: err.fix }, internal: false };
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return {
    report: { code: 'internal', message: `unexpected error: ${message}`, fix: fixFor('internal') },
    internal: true,
  };
}

/** The fix as a sentence, for a host that shows it on a line of its own. */
export function fixSentence(fix: string): string {
  return `${fix.charAt(0).toUpperCase()}${fix.slice(1)}.`;
}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  /** A union's failed branches, each with paths relative to the union (zod's invalid_union). */
  errors?: readonly (readonly IssueLike[])[];
  /** Why a record's key was refused (zod's invalid_key). */
  issues?: readonly IssueLike[];
}

const deepest = (issues: readonly IssueLike[]): number => Math.max(...issues.map((i) => i.path.length));

/**
 * A union (a condition is a leaf, all, any or not) fails as a bare "Invalid input" at the union;
 * the branch that got furthest into the input says what is really wrong and where, so its issues
 * are reported instead: "$.rules[0].conditions.all[0].operator: Invalid option…".
 */
function specificIssues(issue: IssueLike): IssueLike[] {
  // A refused key says only "Invalid key in record"; the key's own issue says what was expected.
  if (issue.code === 'invalid_key' && issue.issues && issue.issues.length > 0) {
    return [{ path: issue.path, message: `invalid key (${issue.issues[0].message})` }];
  }
  if (issue.code !== 'invalid_union' || !issue.errors || issue.errors.length === 0) return [issue];
  let best: IssueLike[] = [issue];
  for (const branch of issue.errors) {
    if (branch.length === 0) continue;
    const expanded = branch.flatMap((i) => specificIssues({ ...i, path: [...issue.path, ...i.path] }));
    if (best[0] === issue || deepest(expanded) > deepest(best)) best = expanded;
  }
  return best;
}

/** "$.rules[2].event.params.severity: expected one of error, warning, info". */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function describeZodIssues(given: readonly IssueLike[], max = 5): string {
  const issues = given.flatMap(specificIssues);
  const parts = issues.slice(0, max).map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
  if (issues.length > max) parts.push(`and ${issues.length - max} more`);
  return parts.join('; ');
}
