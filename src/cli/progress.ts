/**
 * A one-line progress bar on stderr, redrawn in place with a carriage return. Used only when
 * stderr is a terminal (a bar in a log file or CI output is noise) and the user did not ask for quiet.
 */
import { forTerminal } from './terminal-text';

export interface ProgressStream {
  write(chunk: string): unknown;
  columns?: number;
}

const BAR_WIDTH = 24;

export class ProgressBar {
  private lastLine = '';

  constructor(
    private readonly stream: ProgressStream,
    private readonly files: number,
  ) {}

  /** `fileIndex` is 0-based; `fraction` is how far through that file (0…1). */
  update(fileIndex: number, fraction: number, label: string): void {
    this.show((fileIndex + Math.min(1, Math.max(0, fraction))) / Math.max(1, this.files), label);
  }

  /** How far through all the files (0…1), however many are under way at once. */
  show(fraction: number, label: string): void {
    const overall = Math.min(1, Math.max(0, fraction));
    const filled = Math.round(overall * BAR_WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.round(overall * 100)).padStart(3)}%`;
    const columns = this.stream.columns && this.stream.columns > 0 ? this.stream.columns : 80;
    const width = Math.max(40, columns - 1);
    const line = `${bar} ${forTerminal(label)}`.slice(0, width);
    if (line === this.lastLine) return;
    this.stream.write(`\r${line.padEnd(this.lastLine.length)}`);
    this.lastLine = line;
  }

  /** Wipes the bar so the next output starts on a clean line. */
  done(): void {
    if (this.lastLine === '') return;
    this.stream.write(`\r${' '.repeat(this.lastLine.length)}\r`);
    this.lastLine = '';
  }
}
