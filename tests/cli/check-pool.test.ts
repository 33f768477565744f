/**
 * The worker pool of `concordat check DIR`: a worker that throws or exits while it holds a workbook
 * takes only that workbook with it (reported as an internal fault, in the workbooks' order), and
 * the rest are checked by a new worker.
 */
import { writeAndSync } from '../../src/cli/atomic-write';
import { checkInWorkers, type WorkerJob } from '../../src/cli/check-pool';
import type { CliIo } from '../../src/cli/cli-io';

/** A worker that checks nothing: it answers each workbook at once, but throws on "throws.xlsx" and exits on "exits.xlsx". */
const FAILING_WORKER = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (job) => {
  if (job.file === 'throws.xlsx') throw new Error('cannot read this one');
  if (job.file === 'exits.xlsx') process.exit(7);
  const outcome = { file: job.file, output: job.file + '.checked', result: null, error: null, warnings: [] };
  parentPort.postMessage({ kind: 'done', index: job.index, outcome, stderr: 'checked ' + job.file + '\\n' });
});
`;

function testIo(): { io: CliIo; stderr: () => string } {
  let err = '';
  const io: CliIo = {
    stdout: { write: () => true },
    stderr: { write: (text: string) => ((err += text), true), isTTY: false },
    env: {},
    cwd: '/tmp',
    now: () => new Date('2026-12-02T09:00:00Z'),
    tempWriter: writeAndSync,
    cores: 2,
  };
  return { io, stderr: () => err };
}

function jobs(files: string[]): WorkerJob[] {
  return files.map((file, index) => ({
    index,
    file,
    options: {} as WorkerJob['options'],
    core: { now: new Date('2026-12-02T09:00:00Z') },
    sources: { packs: [], profile: undefined },
    cwd: '/tmp',
    env: {},
    progress: false,
  }));
}

test.each([1, 2])('with %i worker(s), a worker lost to a throw or an exit costs only its workbook', async (workers) => {
  const { io, stderr } = testIo();
  const files = ['a.xlsx', 'throws.xlsx', 'b.xlsx', 'exits.xlsx', 'c.xlsx'];
  const outcomes = await checkInWorkers(jobs(files), workers, io, { script: FAILING_WORKER });
  expect(outcomes.map((o) => o.file)).toEqual(files);
  expect(outcomes.map((o) => o.output)).toEqual(['a.xlsx.checked', null, 'b.xlsx.checked', null, 'c.xlsx.checked']);
  expect(outcomes[1].error).toMatchObject({ code: 'internal', message: 'unexpected error: cannot read this one' });
  expect(outcomes[3].error).toMatchObject({
    code: 'internal',
    message: 'unexpected error: the worker checking it stopped (exit code 7)',
  });
  // What each printed, in the workbooks' order whichever finished first.
  const lines = stderr().trimEnd().split('\n');
  expect(lines.map((l) => l.replace(/:.*/, ''))).toEqual([
    'checked a.xlsx',
    'concordat',
    'checked b.xlsx',
    'concordat',
    'checked c.xlsx',
  ]);
  expect(lines[1]).toMatch(/^concordat: throws\.xlsx: unexpected error: cannot read this one; .* \[internal\]$/);
});
