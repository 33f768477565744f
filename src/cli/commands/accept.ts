/**
 * `concordat accept`: records that a finding is accepted, as a row on the workbook's `Concordat
 * accepted` sheet (made if the workbook has none). The workbook is checked first, and a rule and
 * cell with no such finding in that check are refused. The input is never changed unless
 * --in-place is given; by default the copy is `<name>.accepted.xlsx`.
 */
import * as path from 'path';
import { acceptedLayout, parseCellReference } from '../../core/accepted/read';
import { entryFor, findAcceptedSheet } from '../../core/accepted/sheet';
import { acceptedText } from '../../core/accepted/wording';
import { asOfFromText, typedAsOf } from '../../core/as-of';
import { cellLinkTarget } from '../../core/output/sheets';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { addAcceptance, type AcceptedSheetLayout } from '../accepted-sheet';
import type { CliIo } from '../cli-io';
import { InputError } from '../input-error';
import { checkOutputChoice, resolveOut, workbookFiles, type OutputChoice } from '../output-path';
import { displayPath } from '../rule-sources';
import { planRunOutputs } from '../run-outputs';
import { forTerminal } from '../terminal-text';
import { loadWorkbookBytes } from '../workbook-file';
import { assertUnchanged, readAndCheck, writeOrExplain } from './check-file';
import { problemLine } from '../problem';
import { EXIT_OK, EXIT_USAGE, readCheckInputs } from './check';

export interface AcceptCommandOptions extends OutputChoice {
  rule: string;
  cell: string;
  reason: string;
  by?: string;
  until?: string;
  asOf?: string;
  profile?: string;
  rules?: string;
  quiet?: boolean;
}

function usage(message: string, fix: string): InputError {
  return new InputError('usage.invalid', message, { fix });
}

/** The options as the row needs them, refused before any workbook is read. */
function vetted(opts: AcceptCommandOptions): { cell: { sheet: string; address: string }; until: string | null } {
  const cell = parseCellReference(opts.cell);
  if (!cell)
    throw usage(`--cell "${opts.cell}" is not a cell`, 'give one as the reports name it, such as "\'Action plan\'!E8"');
  if (opts.reason.trim() === '') throw usage('--reason is empty', 'say why the finding is accepted');
  const until = opts.until === undefined ? null : asOfFromText(opts.until);
  if (opts.until !== undefined && until === null)
    throw usage(`--until "${opts.until}" is not a day`, 'give one such as 2027-03-31 or 31/03/2027');
  return { cell, until };
}

async function acceptIn(file: string, opts: AcceptCommandOptions, io: CliIo): Promise<string> {
  const { cell, until } = vetted(opts);
  const asOf = opts.asOf === undefined ? undefined : typedAsOf(opts.asOf);
  checkOutputChoice(opts, 1);
  const { prepared } = await readCheckInputs(opts, io);
  const out = opts.out === undefined ? undefined : resolveOut(opts.out, io.cwd);
  const workbooks = await workbookFiles([file], { out, inPlace: opts.inPlace }, '.accepted', io.cwd);
  const [target] = await planRunOutputs(workbooks.inputs, workbooks.outputs, io.cwd);
  const absolute = path.resolve(io.cwd, file);
  let snapshot: WorkbookSnapshot | undefined;
  const now = io.now();
  const { loaded, result } = await readAndCheck(
    absolute,
    { prepared, now, asOf },
    { beforeCheck: (s) => (snapshot = s) },
  );

  const where = cellLinkTarget(cell.sheet, cell.address);
  const atCell = result.findings.filter(
    (f) => f.sheet.toLowerCase() === cell.sheet.toLowerCase() && f.address === cell.address,
  );
  const finding = atCell.find((f) => f.ruleId === opts.rule);
  if (!finding) {
    const there = atCell.length > 0 ? `; the findings there are ${atCell.map((f) => f.ruleId).join(', ')}` : '';
    throw new InputError(
      'accept.no-finding',
      `no ${opts.rule} finding at ${where} in this workbook's check as of ${result.asOf}${there}`,
    );
  }

  const sheet = snapshot ? findAcceptedSheet(snapshot) : undefined;
  let layout: AcceptedSheetLayout | null = null;
  if (sheet) {
    const found = acceptedLayout(sheet);
    if (!found)
      throw new InputError(
        'accept.sheet-invalid',
        `sheet '${sheet.name}' has no header row (Rule, Cell, Reason…), so a row cannot be added to it`,
      );
    layout = { name: sheet.name, columns: found.columns, lastRow: sheet.originRow + sheet.values.length - 1 };
  }
  const entry = entryFor(finding, {
    reason: opts.reason.trim(),
    by: (opts.by ?? io.env.USER ?? io.env.USERNAME ?? '').trim(),
    on: now.toISOString().slice(0, 10),
    until,
  });
  // The check cleared Concordat's output from its copy of the package: the row goes into the workbook as it is.
  const original = loadWorkbookBytes(loaded.bytes);
  addAcceptance(original.pkg, entry, layout);
  const bytes = await original.pkg.save();
  if (opts.inPlace) await assertUnchanged(absolute, loaded.bytes);
  await writeOrExplain(target, bytes, opts.inPlace, 'the copy', io);
  const written = opts.inPlace ? file : displayPath(target.file, io.cwd);
  return `${forTerminal(file)}: ${finding.ruleId} at ${forTerminal(cellLinkTarget(finding.sheet, finding.address))}: ${forTerminal(acceptedText(entry))}; written to ${forTerminal(written)}`;
}

export async function acceptCommand(file: string, opts: AcceptCommandOptions, io: CliIo): Promise<number> {
  try {
    const line = await acceptIn(file, opts, io);
    if (!opts.quiet) io.stdout.write(`${line}\n`);
    return EXIT_OK;
  } catch (err) {
    problemLine(io, err, file);
    return EXIT_USAGE;
  }
}
