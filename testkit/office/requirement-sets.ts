/**
 * Which requirement sets the fake host supports (`{ ExcelApi: '1.8', DialogApi: '1.2' }`), as
 * `Office.context.requirements.isSetSupported` reports them. An Excel API member newer than the
 * host's ExcelApi is still there in JavaScript, as in Office.js (the library is the same on every
 * host), but the request that uses it fails with ApiNotFound, as Excel's does.
 */
import { officeError } from './office-errors';

export type Requirements = Readonly<Record<string, string>>;

/** Everything the add-in can use: the newest sets its code knows. */
export const ALL_REQUIREMENTS: Requirements = { ExcelApi: '1.13', DialogApi: '1.2' };

/** "1.13" ≥ "1.9": versions compare part by part, as numbers. */
function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

export function isSetSupported(requirements: Requirements, name: string, version = '1.1'): boolean {
  const have = requirements[name];
  return have !== undefined && versionAtLeast(have, version);
}

/** Fails the request as Excel does when `member` needs a newer ExcelApi than the host has. */
export function requireExcelApi(requirements: Requirements, version: string | undefined, member: string): void {
  if (version !== undefined && !isSetSupported(requirements, 'ExcelApi', version))
    throw officeError('ApiNotFound', undefined, member);
}
