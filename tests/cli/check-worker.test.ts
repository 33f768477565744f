/**
 * A worker thread of `concordat check DIR` (check-worker-jobs.ts) prepares the check once, from
 * the first workbook's sources, and checks every later workbook it is sent with that same
 * preparation: the packs are validated and compiled once per worker, not once per file.
 */
import * as path from 'path';
import { existsSync } from 'fs';
import { workerJobs } from '../../src/cli/check-worker-jobs';
import type { WorkerJob, WorkerMessage } from '../../src/cli/check-pool';
import { planRunOutputs } from '../../src/cli/run-outputs';
import { prepareCheck, type PreparedCheck } from '../../src/core/prepare';
import { shippedPacks } from '../../testkit/packs';
import { cleanWorkbook, scratchDir, writeFixture } from '../../testkit/cli/run-cli';

let scratch: { dir: string; remove: () => void };
beforeEach(() => {
  scratch = scratchDir();
});
afterEach(() => scratch.remove());

/** Jobs as check-many.ts makes them for workers: one per workbook, all with the run's sources. */
async function jobsFor(names: string[]): Promise<WorkerJob[]> {
  const files = await Promise.all(names.map(async (name) => writeFixture(scratch.dir, name, await cleanWorkbook())));
  const targets = await planRunOutputs(
    files.map((file) => ({ file, role: `the workbook ${path.basename(file)}` })),
    files.map((file) => ({
      file: file.replace(/\.xlsx$/, '.checked.xlsx'),
      role: 'the checked copy',
      from: { file, role: `the workbook ${path.basename(file)}` },
    })),
    scratch.dir,
  );
  const now = new Date('2011-03-31T09:00:00Z');
  const sources = { packs: shippedPacks(), profile: undefined };
  return files.map((file, index) => ({
    index,
    file,
    options: { target: targets[index], alwaysShowProgress: true },
    core: { now },
    sources,
    cwd: scratch.dir,
    env: {},
    progress: false,
  }));
}

test('a worker prepares the check once and checks each workbook it is sent with it', async () => {
  const made: PreparedCheck[] = [];
  let uses = 0;
  const counted = (...args: Parameters<typeof prepareCheck>): PreparedCheck => {
    const prepared = prepareCheck(...args);
    made.push(prepared);
    // Each workbook's check asks the preparation for its rules: counted, to see every check used this one.
    return { ...prepared, runnersFor: (profile) => ((uses += 1), prepared.runnersFor(profile)) };
  };
  const run = workerJobs(() => undefined, counted);
  const jobs = await jobsFor(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  const answers: WorkerMessage[] = [];
  for (const job of jobs) answers.push(await run(job));

  expect(made).toHaveLength(1);
  expect(uses).toBeGreaterThanOrEqual(jobs.length);
  for (const [i, answer] of answers.entries()) {
    expect(answer).toMatchObject({ kind: 'done', index: i, outcome: { error: null } });
    const outcome = answer.kind === 'done' ? answer.outcome : null;
    expect(outcome?.result?.findings).toEqual(expect.any(Array));
    expect(existsSync(path.resolve(scratch.dir, outcome?.output ?? 'none'))).toBe(true);
  }
});

test('a worker whose preparation fails says so for each workbook, and tries again for the next', async () => {
  let calls = 0;
  const failing = (): PreparedCheck => {
    calls += 1;
    throw new Error('no packs today');
  };
  const run = workerJobs(() => undefined, failing);
  const jobs = await jobsFor(['a.xlsx', 'b.xlsx']);
  for (const job of jobs) {
    const answer = await run(job);
    expect(answer.kind === 'done' && answer.outcome.error?.message).toMatch(/no packs today/);
  }
  expect(calls).toBe(2);
});
