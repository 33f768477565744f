/**
 * A run killed mid-write (kill -9) leaves its temporary file, as large as the workbook (issue 15,
 * item 4). The next run that writes into that folder removes such files of ours whose process is
 * gone, and keeps those of a run still going, anything not named exactly as ours, and its inputs.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { cpSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { folderContents, runCli, scratchDir, writeFixture } from '../../testkit/cli/run-cli';

let scratch: { dir: string; remove: () => void };
let dir: string;
let sleeper: ChildProcess;
let deadPid: number;

beforeEach(async () => {
  scratch = scratchDir();
  dir = scratch.dir;
  await writeFixture(dir, 'plan.xlsx');
  sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
  deadPid = spawnSync(process.execPath, ['-e', '']).pid as number;
  expect(() => process.kill(deadPid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
});
afterEach(() => {
  sleeper.kill();
  scratch.remove();
});

/** A leftover as tempPathFor names it, a megabyte long. */
function leftover(folder: string, target: string, pid: number, hex = '0badf00d'): string {
  const name = `.${target}.${pid}.${hex}.tmp`;
  writeFileSync(path.join(folder, name), Buffer.alloc(1 << 20));
  return name;
}

const names = (folder: string) => [...folderContents(folder).keys()];

test('a dead run’s temporary files are removed from the folders this run writes; a live run’s stay', async () => {
  const dead = leftover(dir, 'plan.checked.xlsx', deadPid);
  const deadOther = leftover(dir, 'budget.checked.xlsx', deadPid, 'deadbeef');
  const live = leftover(dir, 'plan.checked.xlsx', sleeper.pid as number);
  mkdirSync(path.join(dir, 'reports'));
  const deadReport = leftover(path.join(dir, 'reports'), 'plan.md', deadPid);
  mkdirSync(path.join(dir, 'elsewhere'));
  const untouched = leftover(path.join(dir, 'elsewhere'), 'plan.checked.xlsx', deadPid);

  const r = await runCli(['check', 'plan.xlsx', '--report', 'reports/plan.md', '--format', 'md'], { cwd: dir });
  expect(r.stderr).toBe('');
  const left = names(dir);
  expect(left).not.toContain(dead);
  expect(left).not.toContain(deadOther);
  expect(left).toContain(live);
  expect(names(path.join(dir, 'reports'))).not.toContain(deadReport);
  expect(names(path.join(dir, 'elsewhere'))).toEqual([untouched]);
});

test('names not exactly ours, and the run’s own inputs, are kept', async () => {
  const near = [
    `.plan.checked.xlsx.${deadPid}.tmp`,
    `.plan.checked.xlsx.${deadPid}.0BADF00D.tmp`,
    `plan.checked.xlsx.${deadPid}.0badf00d.tmp`,
    `.plan.checked.xlsx.${deadPid}.0badf00d.tmp.bak`,
  ];
  for (const name of near) writeFileSync(path.join(dir, name), 'keep');
  // A workbook someone saved under a name like ours is an input here, and stays.
  const input = `.plan.xlsx.${deadPid}.0badf00d.tmp`;
  cpSync(path.join(dir, 'plan.xlsx'), path.join(dir, input));
  await runCli(['check', input, '--out', 'copy.xlsx'], { cwd: dir });
  expect(names(dir)).toEqual(expect.arrayContaining([...near, input]));
});
