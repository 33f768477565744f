/** `concordat check`: checks workbooks, writes checked copies, prints or saves a report, sets the exit code. */
import * as path from 'path';
import { typedAsOf } from '../../core/as-of';
import { hostProfile, prepareCheck, type PreparedCheck } from '../../core/prepare';
import type { CliIo } from '../cli-io';
import { colourAllowed } from '../cli-io';
import { describeFsError } from '../fs-errors';
import { InputError } from '../input-error';
import { workbooksNamed } from '../folder-files';
import { checkOutputChoice, resolveOut, workbookFiles } from '../output-path';
import { packageVersion, DEFAULT_RULES_DIR } from '../package-info';
import { runProblemLine } from '../problem';
import type { ReportFormat } from '../reports';
import { renderReport } from '../reports';
import { renderText } from '../reports/text-report';
import type { FailOn, RunReport } from '../reports/run-report';
import { runFails } from '../reports/run-report';
import { displayPath, readProfile, readProfilePacks, readRulePacks, type JsonSource } from '../rule-sources';
import { planRunOutputs, writePlannedOutput, type PlannedOutput, type RunFile } from '../run-outputs';
import { forTerminal } from '../terminal-text';
import { checkMany } from './check-many';

export interface CheckCommandOptions {
  asOf?: string;
  profile?: string;
  rules?: string;
  out?: string;
  inPlace?: boolean;
  report?: string;
  format: ReportFormat;
  failOn: FailOn;
  quiet?: boolean;
  /** Workbooks checked at once, on worker threads (default: one per core). */
  workers?: number;
}

/** Exit codes: 0 clean (below --fail-on), 1 findings at or above it, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The rule packs and profile a run reads, and the check prepared from them. */
export interface CheckInputs {
  packs: JsonSource[];
  profile: JsonSource | undefined;
  prepared: PreparedCheck;
}

/**
 * The rule packs and profile a run uses, read and prepared once before any workbook is opened
 * (a bad pack or profile is reported once). Shared by `check` and `explain`.
 */
export async function readCheckInputs(opts: { rules?: string; profile?: string }, io: CliIo): Promise<CheckInputs> {
  const rulesDir = opts.rules ? path.resolve(io.cwd, opts.rules) : DEFAULT_RULES_DIR;
  const packs = await readRulePacks(rulesDir, io.cwd);
  const profile = opts.profile ? await readProfile(opts.profile, io.cwd) : undefined;
  const host = profile ? hostProfile(profile) : undefined;
  if (host && opts.profile) {
    const extra = await readProfilePacks(opts.profile, host.profile.packs, io.cwd);
    for (const pack of extra) packs.push(pack);
  }
  return { packs, profile, prepared: prepareCheck(packs, host) };
}

/** A report on stdout: JSON's own escapes keep it exact, so it is always made safe; other formats on a terminal only. */
export function forStdout(format: ReportFormat, document: string, io: CliIo): string {
  if (format === 'text') return document; // escaped piece by piece as it was rendered
  return format === 'json' || io.stdout.isTTY === true ? forTerminal(document, { document: true }) : document;
}

/** Every file the run reads besides the workbooks: no output may replace one. */
function settingsFiles(packs: readonly JsonSource[], profile: JsonSource | undefined): RunFile[] {
  const files = packs.map((p) => ({ file: p.file, role: `the rule pack ${p.source}` }));
  return profile ? [{ file: profile.file, role: `the profile ${profile.source}` }, ...files] : files;
}

async function writeReport(report: PlannedOutput, body: string, given: string, io: CliIo): Promise<void> {
  try {
    await writePlannedOutput(report, Buffer.from(body, 'utf8'), io.tempWriter);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('write.failed', `could not write the report (${describeFsError(err)})`, { file: given });
  }
}

/** What a run settles before it reads any workbook. */
interface RunSetup {
  asOf: string | undefined;
  inputs: CheckInputs;
  /** The workbooks to check: the files given, with each folder replaced by the workbooks under it. */
  names: string[];
  targets: PlannedOutput[];
  reportFile: string | undefined;
}

async function setUpRun(files: string[], opts: CheckCommandOptions, io: CliIo): Promise<RunSetup> {
  const asOf = opts.asOf === undefined ? undefined : typedAsOf(opts.asOf);
  checkOutputChoice(opts, files.length);
  const inputs = await readCheckInputs(opts, io);
  const { packs, profile } = inputs;
  const out = opts.out === undefined ? undefined : resolveOut(opts.out, io.cwd);
  // A folder stands for every workbook under it.
  const named = await workbooksNamed(files, io.cwd, out);
  const names = named.map((n) => n.file);
  checkOutputChoice(opts, names.length);
  const under = named.map((n) => n.under);
  const workbooks = await workbookFiles(names, { out, inPlace: opts.inPlace }, '.checked', io.cwd, under);
  // `--report -` is standard output, as for most command-line tools.
  const reportFile = opts.report === undefined || opts.report === '-' ? undefined : opts.report;
  const reportOutput = reportFile ? [{ file: path.resolve(io.cwd, reportFile), role: 'the report' }] : [];
  const targets = await planRunOutputs(
    [...workbooks.inputs, ...settingsFiles(packs, profile)],
    [...workbooks.outputs, ...reportOutput],
    io.cwd,
  );
  return { asOf, inputs, names, targets, reportFile };
}

/**
 * A run that stopped before reading any workbook: the line on stderr, and with --format json a
 * report on stdout whose `error` says why, so a script learns the code as it would for a workbook.
 */
function runFailed(err: unknown, opts: CheckCommandOptions, io: CliIo): number {
  const error = runProblemLine(io, err);
  if (opts.format === 'json') {
    const run: RunReport = {
      tool: 'concordat',
      version: packageVersion(),
      asOf: null,
      ranAt: io.now().toISOString(),
      failOn: opts.failOn,
      files: [],
      error,
    };
    io.stdout.write(forStdout('json', renderReport('json', run, { colour: false }), io));
  }
  return EXIT_USAGE;
}

export async function checkCommand(files: string[], opts: CheckCommandOptions, io: CliIo): Promise<number> {
  let setup: RunSetup;
  try {
    setup = await setUpRun(files, opts, io);
  } catch (err) {
    return runFailed(err, opts, io);
  }
  const { asOf, inputs, names, targets, reportFile } = setup;

  const now = io.now();
  const outcomes = await checkMany(
    names,
    {
      targets,
      inPlace: opts.inPlace,
      core: { prepared: inputs.prepared, asOf, now },
      // A worker thread prepares its own check from these, once.
      sources: { packs: inputs.packs, profile: inputs.profile },
      workers: Math.min(opts.workers ?? io.cores, names.length),
      progress: io.stderr.isTTY === true && !opts.quiet,
    },
    io,
  );

  const run: RunReport = {
    tool: 'concordat',
    version: packageVersion(),
    asOf: outcomes.find((o) => o.result)?.result?.asOf ?? asOf ?? null,
    ranAt: now.toISOString(),
    failOn: opts.failOn,
    files: outcomes,
    error: null,
  };
  const colour = colourAllowed(io, io.stdout);
  // With no workbook checked, text on stdout would only repeat the lines already on stderr.
  const textSaysMore = outcomes.some((o) => o.result !== null);
  if (reportFile) {
    await writeReport(targets[names.length], renderReport(opts.format, run, { colour: false }), reportFile, io);
    if (!opts.quiet && textSaysMore)
      io.stdout.write(
        renderText(run, { colour, short: true, reportPath: displayPath(targets[names.length].file, io.cwd) }),
      );
  } else if (opts.format !== 'text' || (textSaysMore && (opts.report === '-' || !opts.quiet))) {
    io.stdout.write(
      forStdout(opts.format, renderReport(opts.format, run, { colour: opts.format === 'text' && colour }), io),
    );
  }

  if (outcomes.some((o) => o.error !== null)) return EXIT_USAGE;
  return runFails(run) ? EXIT_FINDINGS : EXIT_OK;
}
