/**
 * A worker thread of `concordat check` with several workbooks (check-pool.ts): checks the workbooks
 * it is sent one at a time, as the main thread would, and sends back each outcome with what it
 * would have written on stderr, for the main thread to print in the workbooks' order.
 */
import { parentPort } from 'worker_threads';
import { writeAndSync } from './atomic-write';
import type { CliIo } from './cli-io';
import { checkFile } from './commands/check-file';
import { problemLine } from './problem';
import type { WorkerJob, WorkerMessage } from './check-pool';
import { prepareCheck, type PreparedCheck } from '../core/prepare';

const port = parentPort;

/** Prepared from the first job's sources, which every job of the run shares; a worker lives for one run. */
let prepared: PreparedCheck | undefined;

async function run(job: WorkerJob): Promise<WorkerMessage> {
  let stderr = '';
  const io: CliIo = {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: job.env,
    cwd: job.cwd,
    now: () => job.core.now,
    tempWriter: writeAndSync,
    cores: 1,
  };
  const progress = job.progress
    ? (fraction: number, stage: string) =>
        port?.postMessage({ kind: 'progress', index: job.index, fraction, stage } satisfies WorkerMessage)
    : undefined;
  try {
    prepared ??= prepareCheck(job.sources.packs, job.sources.profile);
    const core = { ...job.core, prepared };
    const outcome = await checkFile(job.file, { ...job.options, core, progress }, io);
    return { kind: 'done', index: job.index, outcome, stderr };
  } catch (err) {
    const error = problemLine(io, err, job.file);
    return {
      kind: 'done',
      index: job.index,
      outcome: { file: job.file, output: null, result: null, error, warnings: [] },
      stderr,
    };
  }
}

port?.on('message', (job: WorkerJob) => {
  void run(job).then((message) => port.postMessage(message));
});
