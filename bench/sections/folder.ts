/**
 * `concordat check DIR` on a folder of generated workbooks, with one worker and with two: files a
 * second, and how much the second core adds. Each run is its own child process (measure.js
 * folder), the checked copies going to a folder of their own that the next run leaves out.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateWorkbook, type WorkbookKind } from '../../testkit/workbooks/generate';
import type { Section } from '../report';
import { pendingSection } from '../report';
import { median, perSecond, ratio, seconds, timeAsync, whole } from '../timing';
import { Random } from '../../testkit/workbooks/random';
import { writeXlsx } from '../../testkit/workbooks/xlsx';
import { CLI_ENTRY } from './cli';

const CHILD = path.resolve(__dirname, '../child/measure.js');
const WORKERS = [1, 2];

export interface FolderOptions {
  /** How many workbooks the folder holds. */
  files: number;
  workDir: string;
  log: (line: string) => void;
}

interface FolderRun {
  ms: number;
  cpuMs: number;
  exitCode: number;
  peakRssMb: number;
}

function runFolder(dir: string, out: string, workers: number): Promise<FolderRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CHILD, 'folder', dir, out, String(workers)],
      { maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`folder run failed: ${stderr || error.message}`));
        try {
          resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as FolderRun);
        } catch {
          reject(new Error(`folder run printed no result: ${stdout}${stderr}`));
        }
      },
    );
  });
}

/** A council's folder: mostly small trackers of 20 to 400 rows, each an action plan, a savings tracker or both. */
async function writeFolder(dir: string, files: number): Promise<{ rows: number; bytes: number }> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rnd = new Random(14);
  const kinds: WorkbookKind[] = ['action-plan', 'savings', 'both'];
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const items = 20 + Math.floor(rnd.next() * 380);
    const kind = kinds[i % kinds.length];
    // A folder per partner council, as a shared service keeps them.
    const file = path.join(dir, `partner-${(i % 4) + 1}`, `tracker-${String(i + 1).padStart(3, '0')}.xlsx`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await writeXlsx(
      generateWorkbook({ kind, rows: kind === 'both' ? Math.ceil(items / 2) : items, seed: i + 1 }),
      file,
    );
    rows += items;
    bytes += fs.statSync(file).size;
  }
  return { rows, bytes };
}

export async function folderSection(options: FolderOptions): Promise<Section> {
  const title = 'Many workbooks at once';
  if (!fs.existsSync(CLI_ENTRY)) return pendingSection(title, 'lib/cli/main.js not built (run npm run build:cli)');
  const dir = path.join(options.workDir, 'folder');
  const out = path.join(options.workDir, 'folder-checked');
  const written = await timeAsync(() => writeFolder(dir, options.files));
  options.log(`  wrote ${options.files} workbooks (${whole(written.value.rows)} rows) in ${seconds(written.ms)}`);
  // Three runs at each worker count, alternating: a shared machine's noise is a second or two.
  const runs = new Map<number, FolderRun[]>(WORKERS.map((w) => [w, []]));
  for (let i = 0; i < 3; i++) {
    for (const workers of WORKERS) {
      fs.rmSync(out, { recursive: true, force: true });
      const run = await runFolder(dir, out, workers);
      runs.get(workers)?.push(run);
      options.log(`  ${workers} worker${workers === 1 ? '' : 's'}: ${seconds(run.ms)}`);
    }
  }
  // The 1, 5 and 15-minute load averages as the runs end: what else the cores were doing meanwhile.
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const ms = (workers: number) => median((runs.get(workers) ?? []).map((r) => r.ms));
  const cpu = (workers: number) => median((runs.get(workers) ?? []).map((r) => r.cpuMs));
  const peak = (workers: number) => Math.max(...(runs.get(workers) ?? []).map((r) => r.peakRssMb));
  const failed = [...runs.values()].flat().filter((r) => r.exitCode === 2).length;
  const rate = (workers: number) => perSecond(options.files, ms(workers));
  return {
    title,
    method: `\`concordat check DIR --out OUT --workers N\` on a folder of ${options.files} generated workbooks in four subfolders (${whole(written.value.rows)} rows in all, 20 to 400 a workbook; action plans, savings trackers and both), run from lib/ in a child process, three times at each worker count, alternating; the table gives the median. With one worker the workbooks are checked in turn on the main thread; with two, on two worker threads.`,
    tables: [
      {
        headers: ['Workers', 'Files', 'Whole run', 'Files/s', 'Speed-up', 'CPU', 'Peak RSS'],
        rows: WORKERS.map((w) => [
          String(w),
          whole(options.files),
          seconds(ms(w)),
          rate(w).toFixed(1),
          ratio(ms(1), ms(w)),
          seconds(cpu(w)),
          `${whole(peak(w))} MiB`,
        ]),
      },
    ],
    notes: [
      ...(failed > 0 ? [`${failed} run(s) exited 2: a workbook could not be checked.`] : []),
      `CPU is every thread of the run's process, start-up included. Two workers can only be faster when a second core is free: the machine's load average was ${load} while this ran (${os.cpus().length} cores).`,
    ],
    headlines: [
      `Folder of ${options.files} workbooks: ${rate(1).toFixed(1)} files/s with one worker, ${rate(2).toFixed(1)} with two (${ratio(ms(1), ms(2))}).`,
    ],
  };
}
