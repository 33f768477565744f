/**
 * `concordat explain`: how Concordat read each workbook — every table it found (and those it
 * looked at and left alone), what each column was taken to mean and why, and which rows it did
 * not check — so a user who disagrees can see what to correct. Reads and checks exactly as
 * `check` does, but writes nothing.
 */
import * as path from 'path';
import type { ErrorReport } from '../../core/errors';
import type { ColumnReading, TableReading } from '../../core/reading';
import type { CliIo } from '../cli-io';
import { packageVersion } from '../package-info';
import { problemText } from '../problem';
import { clip, confidenceText, kindPhrase, skippedRowsPhrase, tableFacts, tableRef } from '../reports/reading-wording';
import { forTerminal } from '../terminal-text';
import { forStdout, readCheckInputs, EXIT_OK, EXIT_USAGE, type CheckInputs } from './check';
import { problemLine, runProblemLine } from '../problem';
import { readAndCheck, warnUnreadSheets } from './check-file';

export const EXPLAIN_FORMATS = ['text', 'json'] as const;
type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

export interface ExplainCommandOptions {
  profile?: string;
  format: ExplainFormat;
}

/** One workbook's readings, or why it could not be read. */
interface Explanation {
  file: string;
  error: ErrorReport | null;
  readings: TableReading[];
  /** Sheets with no table Concordat recognises and nothing it looked at either. */
  emptySheets: string[];
}

const HEADER_WIDTH = 28;
const MEANING_WIDTH = 30;

function columnLines(columns: readonly ColumnReading[]): string[] {
  const headers = columns.map((c) => forTerminal(c.header ? clip(c.header, HEADER_WIDTH) : '(blank)'));
  const meanings = columns.map((c) => forTerminal(clip(c.meaning, MEANING_WIDTH)));
  const hw = Math.max(0, ...headers.map((s) => s.length));
  const mw = Math.max(0, ...meanings.map((s) => s.length));
  const lw = Math.max(0, ...columns.map((c) => c.letter.length));
  return columns.map((c, i) => {
    const tail = [confidenceText(c.confidence), forTerminal(c.evidence)].filter(Boolean).join('  ');
    return `    ${c.letter.padEnd(lw)}  ${headers[i].padEnd(hw)} → ${meanings[i].padEnd(mw)}  ${tail}`.trimEnd();
  });
}

function readingLines(r: TableReading): string[] {
  const lines = [`  ${forTerminal(tableRef(r))} — ${forTerminal(kindPhrase(r))}`];
  lines.push(`    ${forTerminal(tableFacts(r))}`);
  lines.push(...columnLines(r.columns));
  const skipped = skippedRowsPhrase(r.skippedRows);
  if (skipped) lines.push(`    not checked: ${forTerminal(skipped)}`);
  return lines;
}

/** The plain-text explanation of several workbooks, as `concordat explain` prints it. */
function renderExplainText(explanations: readonly Explanation[]): string {
  const out: string[] = [];
  explanations.forEach((e, i) => {
    if (i > 0) out.push('');
    if (e.error !== null) {
      out.push(`${forTerminal(e.file)}: not read: ${forTerminal(problemText(e.error))}`);
      return;
    }
    out.push(forTerminal(e.file));
    if (e.readings.length === 0 && e.emptySheets.length === 0) out.push('  no tables found');
    for (const r of e.readings) out.push(...readingLines(r));
    for (const sheet of e.emptySheets) out.push(`  ${forTerminal(sheet)} — no table found`);
  });
  return `${out.join('\n')}\n`;
}

/** The JSON explanation: each workbook's readings array (src/core/reading.ts); `error` when the run stopped before any workbook. */
function renderExplainJson(explanations: readonly Explanation[], error: ErrorReport | null = null): string {
  const report = {
    tool: 'concordat',
    version: packageVersion(),
    error,
    files: explanations.map((e) => ({
      file: e.file,
      error: e.error,
      readings: e.readings,
      emptySheets: e.emptySheets,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export async function explainCommand(files: string[], opts: ExplainCommandOptions, io: CliIo): Promise<number> {
  const json = opts.format === 'json';
  let inputs: CheckInputs;
  try {
    inputs = await readCheckInputs({ profile: opts.profile }, io);
  } catch (err) {
    const error = runProblemLine(io, err);
    if (json) io.stdout.write(forStdout('json', renderExplainJson([], error), io));
    return EXIT_USAGE;
  }
  const { prepared } = inputs;
  const now = io.now();
  const explanations: Explanation[] = [];
  for (const file of files) {
    try {
      const { result, loaded } = await readAndCheck(path.resolve(io.cwd, file), { prepared, now });
      warnUnreadSheets(io, file, loaded.unreadSheets);
      const readSheets = new Set(result.readings.map((r) => r.sheet));
      explanations.push({
        file,
        error: null,
        readings: result.readings,
        emptySheets: result.skippedSheets.filter((s) => !readSheets.has(s)),
      });
    } catch (err) {
      explanations.push({ file, error: problemLine(io, err, file), readings: [], emptySheets: [] });
    }
  }
  // With no workbook read, the text would only repeat the lines already on stderr.
  if (json) io.stdout.write(forStdout('json', renderExplainJson(explanations), io));
  else if (explanations.some((e) => e.error === null)) io.stdout.write(renderExplainText(explanations));
  return explanations.some((e) => e.error !== null) ? EXIT_USAGE : EXIT_OK;
}
