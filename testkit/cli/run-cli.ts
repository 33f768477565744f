/** Runs the CLI's main() in-process with captured output, in a scratch folder. */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { fixFor, type ErrorCode } from '../../src/core/errors';
import type { CliIo } from '../../src/cli/cli-io';
import { writeAndSync } from '../../src/cli/atomic-write';
import { main } from '../../src/cli/main';
import { buildRealisticWorkbook, saveToBuffer } from './realistic-workbook';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string | undefined>;
  tempWriter?: CliIo['tempWriter'];
}

export async function runCli(args: string[], options: RunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrTTY ?? false, columns: 100 },
    env: options.env ?? {},
    cwd: options.cwd,
    now: () => new Date('2011-03-31T09:00:00Z'),
    tempWriter: options.tempWriter ?? writeAndSync,
    // One workbook at a time unless a test asks for more (--workers): the same on every machine.
    cores: 1,
  });
  return { code, stdout, stderr };
}

export function scratchDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'concordat-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An action plan with nothing wrong at 31 March 2011. */
export async function cleanWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.addRow(['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status']);
  ws.addRow(['R1', 'Agree a single management team', 'Kevin Dicks', new Date(Date.UTC(2011, 8, 30)), 'In progress']);
  ws.addRow(['R2', 'Publish the business case', 'Clare Felton', new Date(Date.UTC(2011, 0, 31)), 'Complete']);
  ws.getColumn(4).numFmt = 'dd/mm/yyyy';
  return saveToBuffer(wb);
}

export async function writeFixture(dir: string, name: string, bytes?: Buffer): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes ?? (await saveToBuffer(buildRealisticWorkbook())));
  return file;
}

/** A refusal as the user sees it: one line on stderr, `concordat: …`, no stack trace. */
export function oneLineError(stderr: string): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^concordat: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/**
 * Everything in a folder, for "nothing was written": each entry's path and what it is (a regular
 * file's bytes in hex, a link's target, a folder, or the kind of a special file).
 */
export function folderContents(dir: string, under = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, under)).sort()) {
    const rel = path.join(under, name);
    const stat = lstatSync(path.join(dir, rel));
    if (stat.isSymbolicLink()) found.set(rel, `link to ${readlinkSync(path.join(dir, rel))}`);
    else if (stat.isFile()) found.set(rel, readFileSync(path.join(dir, rel)).toString('hex'));
    else if (stat.isDirectory()) {
      found.set(rel, 'folder');
      for (const [inner, what] of folderContents(dir, rel)) found.set(inner, what);
    } else found.set(rel, stat.isFIFO() ? 'fifo' : 'special');
  }
  return found;
}

/** The one line a refusal prints: `concordat: <file>: <message>; <fix> [<code>]`, the fix the catalogue's unless given. */
export function refusalLine(message: string, code: ErrorCode, fix: string = fixFor(code)): string {
  return `concordat: ${message}; ${fix} [${code}]\n`;
}

/** The message in a refusal's line about `file`, once its ending (the code's catalogue fix and the code) is checked. */
export function refusalMessage(stderr: string, file: string, code: ErrorCode): string {
  const prefix = `concordat: ${file}: `;
  const ending = `; ${fixFor(code)} [${code}]\n`;
  expect(stderr.startsWith(prefix) && stderr.endsWith(ending) ? 'as expected' : stderr).toBe('as expected');
  return stderr.slice(prefix.length, -ending.length);
}

/**
 * Runs the CLI in `dir`, expecting exactly `message` (after `concordat: `) with the code's fix and
 * the code as a one-line refusal (exit 2) that left the folder as it was.
 */
export async function expectRefusal(
  args: string[],
  message: string,
  code: ErrorCode,
  dir: string,
  fix?: string,
): Promise<void> {
  const before = folderContents(dir);
  const r = await runCli(args, { cwd: dir });
  expect(r.stderr).toBe(refusalLine(message, code, fix));
  oneLineError(r.stderr);
  expect(r.code).toBe(2);
  expect(folderContents(dir)).toEqual(before);
}
