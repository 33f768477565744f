/** A saved workbook's parts, for comparing packages part by part. */
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';

export function partsOf(bytes: Buffer): Map<string, Buffer> {
  const pkg = WorkbookPackage.open(bytes, DEFAULT_LIMITS);
  return new Map(pkg.names.map((name) => [name, pkg.bytes(name) as Buffer] as const));
}

/** Names of the parts whose bytes differ between two packages, or that only one has. */
export function changedParts(before: Buffer, after: Buffer): string[] {
  const a = partsOf(before);
  const b = partsOf(after);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name)).sort();
}
