/** What the CLI touches outside itself, gathered so tests can run `main()` in-process. */
import * as os from 'os';
import type { TempWriter } from './atomic-write';
import { writeAndSync } from './atomic-write';
import { forTerminal } from './terminal-text';

export interface CliStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
  /** Writes the temporary file of an atomic save; a test swaps in one that fails part-way. */
  tempWriter: TempWriter;
  /** Processor cores to check workbooks on: how many are checked at once unless --workers says. */
  cores: number;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    tempWriter: writeAndSync,
    cores: os.availableParallelism(),
  };
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export function colourAllowed(io: CliIo, stream: CliStream): boolean {
  const noColour = io.env.NO_COLOR;
  return stream.isTTY === true && (noColour === undefined || noColour === '');
}

/** Writes one line per message on stderr: `concordat: <file>: <reason>`, escaped so it stays one line. */
export function reportProblem(io: CliIo, message: string, file?: string): void {
  io.stderr.write(`concordat: ${file ? `${forTerminal(file)}: ` : ''}${forTerminal(message)}\n`);
}
