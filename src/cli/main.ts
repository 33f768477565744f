/**
 * The `concordat` command line: check, explain, clear and rules. `main()` returns the exit code instead of
 * exiting, so tests run it in-process; bin/concordat.js calls `run()`.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConcordatError } from '../core/errors';
import type { CliIo } from './cli-io';
import { processIo, reportProblem } from './cli-io';
import { checkCommand, EXIT_USAGE, type CheckCommandOptions } from './commands/check';
import { clearCommand, type ClearCommandOptions } from './commands/clear';
import { EXPLAIN_FORMATS, explainCommand, type ExplainCommandOptions } from './commands/explain';
import { rulesCommand, type RulesCommandOptions } from './commands/rules';
import { packageVersion } from './package-info';
import { problemLine, problemText } from './problem';
import { REPORT_FORMATS } from './reports';
import { forTerminal } from './terminal-text';

/** Most workbooks checked at once: each worker holds a whole workbook in memory. */
const MAX_WORKERS = 64;

function workersOption(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_WORKERS)
    throw new InvalidArgumentError(`--workers takes a whole number from 1 to ${MAX_WORKERS}, not "${value}"`);
  return n;
}

const CHECK_HELP = `
Exit codes:
  0  no findings at or above --fail-on
  1  findings at or above --fail-on (with new: an error or warning the last check did not find)
  2  bad usage, or a workbook, rule pack or profile that could not be read

The input is never changed: a checked copy <name>.checked.xlsx is written beside it
(or into --out), unless --in-place is given, which replaces the file atomically.

A folder stands for every .xlsx and .xlsm workbook under it, in every subfolder, but
Concordat's own checked and cleared copies and the --out folder. Several workbooks are
checked at once, one per core (--workers), into one combined report; one that cannot be
read is one line on stderr, the rest are still checked, and the exit code is then 2.

Examples:
  concordat check plan.xlsx
  concordat check plan.xlsx --as-of 2011-03-31 --report plan.html --format html
  concordat check *.xlsx --out checked/ --format json --fail-on warning
  concordat check plan.xlsx --in-place --fail-on new
  concordat check trackers/ --out checked/ --report portfolio.html --format html`;

const EXPLAIN_HELP = `
Exit codes:
  0  every workbook was read
  2  bad usage, or a workbook or profile that could not be read

Disagree with a column's reading? Name the header on the "Concordat settings" sheet
(a row "Header deadline" | "Timetable") or in a profile: {"headers": {"deadline": ["Timetable"]}}.

Examples:
  concordat explain plan.xlsx
  concordat explain plan.xlsx --profile partnership.json --format json`;

/** Commander's message as one line: it quotes what was typed, which may hold anything. */
function commanderProblem(message: string): string {
  const line = message
    .replace(/^error: /, '')
    .replace(/\n(?=\(Did you mean)/, ' ')
    .replace(/\n$/, '')
    .replace(/\.$/, ''); // the fix follows after "; "
  return forTerminal(line);
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('concordat');
  program
    .description(
      'Checks shared-service action plans and savings trackers in .xlsx workbooks and writes the problems it finds back into a copy.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's refusals are usage errors, told in the same one line as every other error.
      outputError: (s, write) =>
        write(`concordat: ${problemText(new ConcordatError('usage.invalid', commanderProblem(s)))}\n`),
    });

  program
    .command('check')
    .description('check workbooks and write flagged copies')
    .argument('<workbooks...>', '.xlsx files, or folders of them, to check')
    .option('--as-of <date>', 'date the checks use for "overdue" (YYYY-MM-DD or DD/MM/YYYY; default today)')
    .option('--profile <file>', 'profile JSON: partners, agreed bases, tolerances, rule switches')
    .option('--rules <dir>', "folder of rule packs (*.json); default: Concordat's own")
    .option('--out <file|dir>', 'where to write the checked copy (a folder for several workbooks)')
    .option('--in-place', 'replace the workbook itself (atomically) instead of writing a copy')
    .option(
      '--report <file>',
      'write the report to this file (a regular file; - for stdout); stdout then gets a short summary',
    )
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('text'))
    .addOption(
      new Option(
        '--fail-on <severity>',
        'lowest severity that makes the exit code 1; new: an error or warning the last check did not find',
      )
        .choices(['error', 'warning', 'new', 'never'])
        .default('error'),
    )
    .option('-q, --quiet', 'no progress bar, notes or text summary (errors are still printed)')
    .option(
      '--workers <n>',
      'workbooks to check at once, each on its own thread (default: one per core)',
      workersOption,
    )
    .addHelpText('after', CHECK_HELP)
    .action(async (files: string[], opts: CheckCommandOptions) => setExit(await checkCommand(files, opts, io)));

  program
    .command('explain')
    .description('show how each table was read: its kind, what each column means and why')
    .argument('<workbooks...>', '.xlsx files to explain (nothing is written)')
    .option('--profile <file>', 'profile JSON: partners, header wordings, rule switches')
    .addOption(new Option('--format <format>', 'output format').choices(EXPLAIN_FORMATS).default('text'))
    .addHelpText('after', EXPLAIN_HELP)
    .action(async (files: string[], opts: ExplainCommandOptions) => setExit(await explainCommand(files, opts, io)));

  program
    .command('clear')
    .description('remove Concordat flags, highlights, report and log from workbooks')
    .argument('<workbooks...>', 'checked .xlsx files')
    .option('--out <file|dir>', 'where to write the cleared copy (default <name>.cleared.xlsx beside it)')
    .option('--in-place', 'replace the workbook itself (atomically)')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (files: string[], opts: ClearCommandOptions) => setExit(await clearCommand(files, opts, io)));

  program
    .command('rules')
    .description('list the rule catalogue: id, severity, on/off, pack, description')
    .option('--rules <dir>', "folder of rule packs (*.json); default: Concordat's own")
    .option('--profile <file>', 'profile JSON whose rule switches and severities to apply')
    .action(async (opts: RulesCommandOptions) => setExit(await rulesCommand(opts, io)));

  return program;
}

/** Runs the CLI on `argv` (the user's arguments, without node and the script). Never throws. */
export async function main(argv: string[], overrides: Partial<CliIo> = {}): Promise<number> {
  const io: CliIo = { ...processIo(), ...overrides };
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      const done =
        err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      return done && err.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    problemLine(io, err);
    return EXIT_USAGE;
  }
}

/** Entry point for bin/concordat.js. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      reportProblem(processIo(), err instanceof Error ? err.message : String(err));
      process.exitCode = EXIT_USAGE;
    },
  );
}
