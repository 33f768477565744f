/**
 * The command line end to end (read .xlsx → check → write the checked copy), against the floor
 * of reading and writing the same file with exceljs alone. Each run is its own child process
 * (bench/child/measure.js), so time and peak memory are not shared between them.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { generateWorkbook } from '../../testkit/workbooks/generate';
import type { Section } from '../report';
import { pendingSection } from '../report';
import { median, megabytes, ratio, seconds, timeAsync, whole } from '../timing';
import { writeXlsx } from '../../testkit/workbooks/xlsx';

export const CLI_ENTRY = path.resolve(__dirname, '../../lib/cli/main.js');
const CHILD = path.resolve(__dirname, '../child/measure.js');

export interface CliOptions {
  /** Item rows per workbook, split evenly between an action plan and a savings tracker. */
  sizes: number[];
  workDir: string;
  log: (line: string) => void;
}

interface ChildResult {
  mode: string;
  ms: number;
  peakRssMb: number;
  exitCode: number;
  outBytes: number;
}

function runChild(mode: 'floor' | 'cli', input: string, output: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CHILD, mode, input, output], { maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${mode} run failed: ${stderr || error.message}`));
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as ChildResult);
      } catch {
        reject(new Error(`${mode} run printed no result: ${stdout}${stderr}`));
      }
    });
  });
}

interface Pair {
  rows: number;
  fileBytes: number;
  floor: ChildResult;
  cli: ChildResult;
}

/** Median time and the highest peak over the runs (memory should not flatter either side). */
function combine(runs: ChildResult[]): ChildResult {
  return { ...runs[0], ms: median(runs.map((r) => r.ms)), peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
}

async function measure(rows: number, options: CliOptions): Promise<Pair> {
  const input = path.join(options.workDir, `shared-services-${rows}.xlsx`);
  const written = await timeAsync(() => writeXlsx(generateWorkbook({ kind: 'both', rows: rows / 2 }), input));
  options.log(`  wrote ${path.basename(input)} in ${seconds(written.ms)}`);
  // Three runs each, alternating, at every size: a shared machine's noise is seconds at 100k.
  const repeats = 3;
  const floors: ChildResult[] = [];
  const clis: ChildResult[] = [];
  for (let i = 0; i < repeats; i++) {
    floors.push(await runChild('floor', input, path.join(options.workDir, `floor-${rows}.xlsx`)));
    clis.push(await runChild('cli', input, path.join(options.workDir, `checked-${rows}.xlsx`)));
  }
  const pair = { rows, fileBytes: fs.statSync(input).size, floor: combine(floors), cli: combine(clis) };
  options.log(`  ${whole(rows)} rows: exceljs ${seconds(pair.floor.ms)}, concordat check ${seconds(pair.cli.ms)}`);
  return pair;
}

export async function cliSection(options: CliOptions): Promise<Section> {
  const title = 'Command line vs exceljs floor';
  if (!fs.existsSync(CLI_ENTRY)) return pendingSection(title, 'lib/cli/main.js not built (run npm run build:cli)');
  fs.mkdirSync(options.workDir, { recursive: true });
  const pairs: Pair[] = [];
  for (const rows of options.sizes) pairs.push(await measure(rows, options));
  const failed = pairs.filter((p) => p.cli.exitCode === 2);
  const timeRatios = pairs.map((p) => p.cli.ms / p.floor.ms);
  const memoryRatios = pairs.map((p) => p.cli.peakRssMb / p.floor.peakRssMb);
  return {
    title,
    method:
      'Each workbook holds an action plan and a savings tracker with half the rows each, plus its settings sheet, written by testkit/workbooks/xlsx.ts. "exceljs" loads the file and writes it back unchanged; "concordat check" is `concordat check FILE --out COPY` run from lib/ as bin/concordat.js runs it. Each is run three times, alternating; the table gives the median time and the highest peak memory. Times exclude process start-up; peak memory is the child process\'s ru_maxrss.',
    tables: [
      {
        headers: [
          'Rows',
          'File',
          'exceljs read + write',
          'concordat check',
          'Time ratio',
          'Peak RSS exceljs',
          'Peak RSS check',
          'Memory ratio',
          'Output exceljs / check',
        ],
        rows: pairs.map((p) => [
          whole(p.rows),
          megabytes(p.fileBytes),
          seconds(p.floor.ms),
          seconds(p.cli.ms),
          ratio(p.cli.ms, p.floor.ms),
          `${whole(p.floor.peakRssMb)} MiB`,
          `${whole(p.cli.peakRssMb)} MiB`,
          ratio(p.cli.peakRssMb, p.floor.peakRssMb),
          `${megabytes(p.floor.outBytes)} / ${megabytes(p.cli.outBytes)}`,
        ]),
      },
    ],
    notes: [
      ...(failed.length > 0
        ? [`concordat check exited 2 (could not check) at ${failed.map((p) => whole(p.rows)).join(', ')} rows.`]
        : []),
      "The checked copy is larger than the floor's because it carries the report sheet (one row per finding), the flags column and the undo state.",
      "The floor is exceljs as it comes: its save deflates with JSZip's JavaScript deflate. concordat check reads the package's parts with saxes straight into its snapshot (src/cli/README.md, \"Reading\") and never writes through a library's model of the workbook: it patches its output into the package's own parts, copies the rest as they were, and deflates the changed parts with Node's native zlib on the thread pool (src/cli/README.md, \"Writing back\").",
    ],
    headlines: [
      `Command line end to end: ${ratio(Math.min(...timeRatios), 1)}–${ratio(Math.max(...timeRatios), 1)} the time and ${ratio(Math.min(...memoryRatios), 1)}–${ratio(Math.max(...memoryRatios), 1)} the peak memory of reading and writing the same file with exceljs alone.`,
    ],
  };
}
