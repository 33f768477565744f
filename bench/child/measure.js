/**
 * One measured run in its own process, so each gets a clean heap and its own peak memory:
 *
 *   node bench/child/measure.js floor <in.xlsx> <out.xlsx>   exceljs alone: read the file, write it back
 *   node bench/child/measure.js cli   <in.xlsx> <out.xlsx>   `concordat check` (lib/, as bin/concordat.js runs it)
 *   node bench/child/measure.js folder <dir> <out dir> <workers>   `concordat check DIR --workers N`
 *
 * Prints one JSON line: elapsed milliseconds of the work (process start-up excluded), the CPU the
 * whole process used (start-up included), and the
 * process's peak resident memory (ru_maxrss, the kernel's own high-water mark, so no sampling
 * interval can miss a peak during synchronous work). Plain JavaScript on purpose: loading the
 * TypeScript compiler here would add its own memory to the figure.
 */
/* global require, process, __dirname, Buffer */
const fs = require('fs');
const path = require('path');

// Promise chains rather than async functions: the lint config parses plain .js files as ES2015.
function floor(input, output) {
  const ExcelJS = require('exceljs');
  const workbook = new ExcelJS.Workbook();
  return fs.promises
    .readFile(input)
    .then((bytes) => workbook.xlsx.load(bytes))
    .then(() => workbook.xlsx.writeBuffer())
    .then((out) => fs.promises.writeFile(output, Buffer.from(out)))
    .then(() => 0);
}

function cli(input, output) {
  const { main } = require(path.resolve(__dirname, '../../lib/cli/main.js'));
  return main(['check', input, '--out', output, '--quiet', '--fail-on', 'never']);
}

function folder(input, output, workers) {
  const { main } = require(path.resolve(__dirname, '../../lib/cli/main.js'));
  return main(['check', input, '--out', `${output}/`, '--quiet', '--fail-on', 'never', '--workers', workers]);
}

function run() {
  const [mode, input, output, workers] = process.argv.slice(2);
  const work = { floor, cli, folder }[mode];
  const usage = 'usage: measure.js floor|cli <in.xlsx> <out.xlsx>, or folder <dir> <out dir> <workers>';
  if (!work || !input || !output) return Promise.reject(new Error(usage));
  const started = process.hrtime.bigint();
  return work(input, output, workers).then((exitCode) => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const outBytes = fs.existsSync(output) ? fs.statSync(output).size : 0;
    // CPU of every thread of the process (worker threads and the thread pool included).
    const cpu = process.cpuUsage();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    process.stdout.write(`${JSON.stringify({ mode, ms, cpuMs, peakRssMb, exitCode, outBytes })}\n`);
  });
}

run().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
