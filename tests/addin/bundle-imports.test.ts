/**
 * What the add-in's pages import, followed from webpack's entry points: json-rules-engine (the
 * reference evaluator the differential test and the benchmark run) must not be among it, so it
 * stays out of the task pane's and the ribbon's bundles.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const ENTRIES = ['src/taskpane/taskpane.ts', 'src/commands/commands.ts', 'src/commands/summary.ts'];

/** Every file and package reached from `entries` by static imports and re-exports (type-only ones included). */
function reached(entries: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => path.join(root, e));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) {
        packages.add(fileName);
        continue;
      }
      const base = path.resolve(path.dirname(file), fileName);
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => existsSync(f));
      if (found) queue.push(found);
    }
  }
  return { files, packages };
}

test('the add-in imports neither json-rules-engine nor the reference evaluator', () => {
  const { files, packages } = reached(ENTRIES);
  expect(files.has(path.join(root, 'src/core/check.ts'))).toBe(true); // the walk reaches the core
  expect([...files].map((f) => path.relative(root, f))).not.toContain(
    path.join('src', 'core', 'rules', 'reference-engine.ts'),
  );
  expect([...packages]).not.toContain('json-rules-engine');
});
