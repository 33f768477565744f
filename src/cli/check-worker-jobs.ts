/**
 * What a worker thread of `concordat check` does with each workbook it is sent (check-pool.ts):
 * checks it as the main thread would, and answers with the outcome and what it would have written
 * on stderr. The check is prepared once, from the first job's sources, which every job of the run
 * shares (a worker lives for one run); check-worker.ts wires this to the thread.
 */
import { writeAndSync } from './atomic-write';
import type { CliIo } from './cli-io';
import { checkFile } from './commands/check-file';
import { problemLine } from './problem';
import type { WorkerJob, WorkerMessage } from './check-pool';
import { prepareCheck, type PreparedCheck } from '../core/prepare';

/**
 * A worker's handler of jobs. `post` sends a workbook's progress to the main thread; `prepare` is
 * prepareCheck, or a test's count of its calls.
 */
export function workerJobs(
  post: (message: WorkerMessage) => void,
  prepare: typeof prepareCheck = prepareCheck,
): (job: WorkerJob) => Promise<WorkerMessage> {
  let prepared: PreparedCheck | undefined;
  return async (job) => {
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
      ? (fraction: number, stage: string) => post({ kind: 'progress', index: job.index, fraction, stage })
      : undefined;
    try {
      prepared ??= prepare(job.sources.packs, job.sources.profile);
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
  };
}
