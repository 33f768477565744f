/**
 * The workbooks of one `concordat check`, one after another or, with more than one worker, several
 * at once on worker threads (check-pool.ts). Either way a workbook that cannot be checked is one
 * line on stderr and an outcome with its error, and the run goes on to the next.
 */
import * as path from 'path';
import { checkInWorkers, type CheckSources } from '../check-pool';
import type { CliIo } from '../cli-io';
import { ProgressBar } from '../progress';
import type { FileOutcome } from '../reports/run-report';
import type { PlannedOutput } from '../run-outputs';
import { problemLine } from '../problem';
import { checkFile, type CheckFileOptions } from './check-file';

export interface ManyOptions {
  /** One planned output per file, in order. */
  targets: readonly PlannedOutput[];
  inPlace?: boolean;
  core: CheckFileOptions['core'];
  /** The packs and profile `core.prepared` was made from: each worker thread prepares its own from them. */
  sources: CheckSources;
  /** Workbooks checked at once: 1 checks them in turn on this thread. */
  workers: number;
  /** Show a progress bar on stderr. */
  progress: boolean;
}

async function inTurn(files: readonly string[], options: ManyOptions, io: CliIo): Promise<FileOutcome[]> {
  const bar = options.progress ? new ProgressBar(io.stderr, files.length) : null;
  const outcomes: FileOutcome[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    try {
      outcomes.push(
        await checkFile(
          file,
          {
            target: options.targets[i],
            inPlace: options.inPlace,
            core: options.core,
            progress: bar
              ? (fraction, stage) => bar.update(i, fraction, `${path.basename(file)}: ${stage}`)
              : undefined,
            alwaysShowProgress: files.length > 1,
          },
          io,
        ),
      );
      bar?.done();
    } catch (err) {
      bar?.done();
      outcomes.push({ file, output: null, result: null, error: problemLine(io, err, file), warnings: [] });
    }
  }
  return outcomes;
}

async function atOnce(files: readonly string[], options: ManyOptions, io: CliIo): Promise<FileOutcome[]> {
  const bar = options.progress ? new ProgressBar(io.stderr, files.length) : null;
  // How far each workbook is (0…1): the bar shows their sum, and how many are done.
  const done = new Array<number>(files.length).fill(0);
  // A prepared check holds functions, which cannot cross to a thread: each worker prepares its own.
  const core = { asOf: options.core.asOf, now: options.core.now, limits: options.core.limits };
  const jobs = files.map((file, index) => ({
    index,
    file,
    options: { target: options.targets[index], inPlace: options.inPlace, alwaysShowProgress: true },
    core,
    sources: options.sources,
    cwd: io.cwd,
    env: io.env,
    progress: bar !== null,
  }));
  const outcomes = await checkInWorkers(jobs, options.workers, io, {
    progress: bar
      ? (index, fraction, stage) => {
          done[index] = fraction;
          const finished = done.filter((f) => f >= 1).length;
          const label = `${finished} of ${files.length} workbooks · ${path.basename(files[index])}: ${stage}`;
          bar.show(done.reduce((a, b) => a + b, 0) / files.length, label);
        }
      : undefined,
    print: (text) => {
      bar?.done();
      io.stderr.write(text);
    },
  });
  bar?.done();
  return outcomes;
}

export function checkMany(files: readonly string[], options: ManyOptions, io: CliIo): Promise<FileOutcome[]> {
  return options.workers > 1 && files.length > 1 ? atOnce(files, options, io) : inTurn(files, options, io);
}
