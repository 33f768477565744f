/** Errors a user can act on: they name the file or sheet, the place, and what was expected. */

export class ConcordatInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConcordatInputError';
  }
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
