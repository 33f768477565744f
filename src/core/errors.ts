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

export function describeZodIssues(issues: readonly IssueLike[], max = 5): string {
  const parts = issues.slice(0, max).map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
  if (issues.length > max) parts.push(`and ${issues.length - max} more`);
  return parts.join('; ');
}
