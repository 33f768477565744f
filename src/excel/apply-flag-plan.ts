/**
 * Writes a FlagPlan into the open workbook. One request when the caller passes the read it just
 * checked (readWorkbook in the same request context) and the write fits Excel's request limit:
 * the old output is removed and the new added in the same batch. A bare snapshot costs one more
 * request (to find Concordat's old highlight rules, protection and column widths); a write over
 * the limit goes in as few requests as it needs (writePlan.ts).
 */
import type { FlagPlan } from '../core/flagplan';
import { freeName } from '../core/owned-names';
import { emptyRecord, RECORD_SHEET, type OwnedRecord } from '../core/owned-record';
import { LOG_SHEET, REPORT_SHEET, WorkbookSnapshot } from '../core/snapshot';
import { detectCapabilities, ExcelCapabilities } from './capabilities';
import { clearConcordat } from './clear-concordat';
import { columnKey, type Discovery } from './discover';
import { toExcelWriteError } from './errors';
import type { ExistingOutput } from './existing-output';
import { prepareWrite } from './prepare-write';
import { clearActions, queueClear } from './queue-clear';
import { flagPieces, logPiece, reportPieces, reportSheet } from './queue-writes';
import type { WorkbookRead } from './read-workbook';
import { recordPieces } from './record';
import { sendPieces } from './send-pieces';
import { assertSheetsWritable, assertStructureEditable } from './write-guards';
import { fixedPiece, WritePiece } from './write-plan';

export interface ApplyOptions {
  /** The read the plan was made from, in this request context: the write then needs no read of its own. */
  read?: WorkbookRead;
  /** A snapshot without the write's facts: one more request. With neither, the workbook is read again. */
  snapshot?: WorkbookSnapshot;
  /** Write the `Concordat report` sheet too (the ribbon command does; the pane does it on request). */
  writeReport?: boolean;
  /** Show the report sheet once written (the ribbon command's way of presenting its result). */
  activateReport?: boolean;
  capabilities?: ExcelCapabilities;
  /** Request budget in bytes (tests make it small to see a write split). */
  maxRequestBytes?: number;
}

const ACTION = 'write its flags into the workbook';

export async function applyFlagPlan(
  context: Excel.RequestContext,
  plan: FlagPlan,
  options: ApplyOptions = {},
): Promise<void> {
  const capabilities = options.capabilities ?? detectCapabilities();
  const writeReport = options.writeReport ?? true;
  const { existing, discovery } = await prepareWrite(context, { ...options, capabilities }, plan.sheets, ACTION);
  assertWritable(plan, existing, discovery, writeReport);

  const names = outputNames(existing, discovery);
  const record = recordPieces(
    context,
    { name: names.record, sheet: existing.recordSheet ? discovery.worksheets.get(existing.recordSheet) : undefined },
    newRecord(plan, discovery, names, writeReport),
    plan.history,
  );
  const pieces: WritePiece[] = [
    fixedPiece(discovery.highlightFormats.length + clearActions(existing) + 3, 0, () =>
      queueClear(existing, discovery, { keepLog: true, reuseReportSheet: writeReport }),
    ),
    // The record goes first, so that whatever part of the write Excel applies is known to be Concordat's.
    record.record,
  ];
  for (const flags of plan.sheets) {
    const sheet = discovery.worksheets.get(flags.sheet) ?? context.workbook.worksheets.getItem(flags.sheet);
    pieces.push(...flagPieces(sheet, flags, discovery, capabilities));
  }
  if (writeReport) {
    const sheet = reportSheet(context, discovery, names.report);
    pieces.push(...reportPieces(sheet, plan.report, capabilities));
    if (options.activateReport) pieces.push(fixedPiece(1, 0, () => sheet.activate()));
  }
  pieces.push(
    logPiece(context, discovery, plan.log, {
      name: names.log,
      exists: existing.hasLogSheet,
      nextRow: existing.logNextRow,
    }),
    ...record.history,
  );
  try {
    await sendPieces(context, pieces, {
      suspendCalculation: capabilities.suspendCalculation,
      maxRequestBytes: options.maxRequestBytes,
    });
  } catch (error) {
    await removePartialOutput(context, existing, capabilities);
    throw toExcelWriteError(error, ACTION);
  }
}

/** The names of Concordat's sheets: those its record gives, else free ones ("Concordat report (2)" beside the user's). */
function outputNames(existing: ExistingOutput, discovery: Discovery): { report: string; log: string; record: string } {
  const taken = [...discovery.worksheets.keys()];
  const report = existing.reportSheet ?? freeName(REPORT_SHEET, taken);
  const log = (existing.hasLogSheet && existing.logSheet) || freeName(LOG_SHEET, [...taken, report]);
  const record = existing.recordSheet ?? freeName(RECORD_SHEET, [...taken, report, log]);
  return { report, log, record };
}

/**
 * What this write makes Concordat's: its sheets, and each flags column from its header down, with
 * the width it had in points (null when Concordat sizes it, so a clear gives it the standard width).
 */
function newRecord(
  plan: FlagPlan,
  discovery: Discovery,
  names: { report: string; log: string },
  writeReport: boolean,
): OwnedRecord {
  const record = emptyRecord();
  if (writeReport) record.sheets.push({ role: 'report', name: names.report });
  record.sheets.push({ role: 'log', name: names.log });
  for (const flags of plan.sheets) {
    const key = columnKey(flags);
    const width = discovery.widths.owned.has(key) ? null : (discovery.widths.points.get(key) ?? null);
    const { sheet, column, headerRow, header } = flags;
    record.columns.push({ sheet, column, headerRow, header, width, widthUnit: 'points', hidden: false });
    record.blanks.push({ sheet, column, firstRow: headerRow, lastRow: headerRow + flags.texts.length });
  }
  return record;
}

/** Every sheet the write touches must be unprotected, and the workbook too if sheets come or go. */
function assertWritable(plan: FlagPlan, existing: ExistingOutput, discovery: Discovery, writeReport: boolean): void {
  const touched = new Set([...plan.sheets.map((s) => s.sheet), ...existing.flagColumns.map((c) => c.sheet)]);
  if (existing.hasLogSheet && existing.logSheet) touched.add(existing.logSheet);
  if (existing.reportSheet && writeReport) touched.add(existing.reportSheet);
  if (existing.recordSheet) touched.add(existing.recordSheet);
  assertSheetsWritable(discovery, touched, ACTION);
  const addsOrRemovesSheets =
    !existing.hasLogSheet || writeReport !== existing.hasReportSheet || existing.recordSheet === undefined;
  assertStructureEditable(discovery, addsOrRemovesSheets, ACTION);
}

/**
 * Excel keeps whatever part of a failed request it had applied (and a large write is several
 * requests): take Concordat's output out again, including this run's log row (or the log sheet, if
 * this run created it).
 */
async function removePartialOutput(
  context: Excel.RequestContext,
  before: ExistingOutput,
  capabilities: ExcelCapabilities,
): Promise<void> {
  try {
    await clearConcordat(context, {
      keepLog: before.hasLogSheet,
      dropLogRow: before.hasLogSheet ? before.logNextRow : undefined,
      capabilities,
    });
  } catch {
    // The original error is the one worth reporting; a second failure here adds nothing for the user.
  }
}
