/**
 * Checks several workbooks at once, each on one of a few worker threads (check-worker.ts), so a
 * folder of workbooks takes the machine's cores. Workbooks are handed out in order as workers come
 * free; what each would print on stderr is held back and printed in the workbooks' order, so the
 * output is the same whatever the number of workers and whichever finishes first.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import { fixFor, type ErrorReport } from '../core/errors';
import { reportProblem, type CliIo } from './cli-io';
import type { CheckFileOptions, CoreOptions } from './commands/check-file';
import type { ProfileSource, RulePackSource } from '../core/prepare';
import { problemText } from './problem';
import type { FileOutcome } from './reports/run-report';

/** The packs and profile of a run, as read: what a worker prepares its check from. */
export interface CheckSources {
  packs: RulePackSource[];
  profile: ProfileSource | undefined;
}

/** One workbook for a worker: what checkFile takes, but its functions. */
export interface WorkerJob {
  index: number;
  file: string;
  options: Omit<CheckFileOptions, 'progress' | 'core'>;
  core: Pick<CoreOptions, 'asOf' | 'now' | 'limits'>;
  /** The same for every job of a run: the worker prepares the check from them once. */
  sources: CheckSources;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Send the workbook's progress (only when a bar shows it: each message costs a copy between threads). */
  progress: boolean;
}

export type WorkerMessage =
  | { kind: 'progress'; index: number; fraction: number; stage: string }
  | { kind: 'done'; index: number; outcome: FileOutcome; stderr: string };

export interface PoolHooks {
  /** A workbook's progress (0…1), as a worker reports it. */
  progress?: (index: number, fraction: number, stage: string) => void;
  /** Writes what a workbook's check printed on stderr (a progress bar is wiped first). */
  print?: (text: string) => void;
  /** The worker's code, when not check-worker's (a worker that fails in a given way). */
  script?: string;
}

/**
 * The worker's script. Run from the compiled lib/, it is check-worker.js; run from the TypeScript
 * source (the tests), the worker compiles each file as it loads it, as the benchmark does.
 */
function workerScript(): string {
  const entry = path.join(__dirname, `check-worker${path.extname(__filename)}`);
  const compile = entry.endsWith('.ts')
    ? `require(${JSON.stringify(path.resolve(__dirname, '../../bench/register.js'))});`
    : '';
  return `${compile}require(${JSON.stringify(entry)});`;
}

/** The outcome of each job, in the jobs' order; stderr is written in that order as outcomes arrive. */
export async function checkInWorkers(
  jobs: readonly WorkerJob[],
  workers: number,
  io: CliIo,
  hooks: PoolHooks = {},
): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(jobs.length);
  const held: (string | undefined)[] = new Array(jobs.length);
  let printed = 0;
  let next = 0;
  const script = hooks.script ?? workerScript();

  return new Promise<FileOutcome[]>((resolve) => {
    let running = 0;
    const finish = (index: number, outcome: FileOutcome, stderr: string) => {
      outcomes[index] = outcome;
      held[index] = stderr;
      // Print what the workbooks before have printed, in order.
      while (printed < jobs.length && held[printed] !== undefined) {
        if (held[printed]) (hooks.print ?? ((text: string) => io.stderr.write(text)))(held[printed] as string);
        held[printed] = '';
        printed += 1;
      }
    };
    const start = (): void => {
      const worker = new Worker(script, { eval: true });
      let current: WorkerJob | undefined;
      let ended = false;
      running += 1;
      const end = () => {
        ended = true;
        running -= 1;
        if (running === 0 && next >= jobs.length) resolve(outcomes as FileOutcome[]);
      };
      const give = () => {
        current = jobs[next];
        if (current === undefined) {
          end();
          void worker.terminate();
          return;
        }
        next += 1;
        worker.postMessage(current);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'progress') {
          hooks.progress?.(message.index, message.fraction, message.stage);
          return;
        }
        finish(message.index, message.outcome, message.stderr);
        give();
      });
      // A worker that dies (an error, or an exit while it had a workbook) takes only that workbook
      // with it: it is reported, and the rest go on in a new worker.
      const lost = (reason: string) => {
        if (ended) return;
        if (current) {
          const error: ErrorReport = {
            code: 'internal',
            message: `unexpected error: ${reason}`,
            fix: fixFor('internal'),
          };
          let line = '';
          reportProblem(
            { ...io, stderr: { write: (text: string) => (line += text) } },
            problemText(error),
            current.file,
          );
          finish(current.index, { file: current.file, output: null, result: null, error, warnings: [] }, line);
          current = undefined;
        }
        if (next < jobs.length) start();
        end();
      };
      worker.on('error', (err) => lost(err.message.split('\n')[0]));
      worker.on('exit', (code) => lost(`the worker checking it stopped (exit code ${code})`));
      give();
    };
    for (let i = 0; i < Math.min(workers, jobs.length); i++) start();
  });
}
