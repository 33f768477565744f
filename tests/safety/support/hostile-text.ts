/**
 * A workbook whose text is written to hurt whoever reads Concordat's output: a sheet named like an
 * HTML tag with an event handler, a reference holding script, a deadline breaking out of an
 * attribute, and statuses and references that a
 * spreadsheet or CSV reader would take for formulas (=, +, -, @, tab, carriage return).
 */
import * as ExcelJS from 'exceljs';
import { DEFAULT_LIMITS } from '../../../src/cli/limits';
import { WorkbookPackage } from '../../../src/cli/package/workbook-package';
import { saveToBuffer } from '../../../testkit/cli/realistic-workbook';
import { runCli, writeFixture, type CliRun } from '../../../testkit/cli/run-cli';

export const HOSTILE_SHEET = '<img src=x onerror=alert(1)>';
export const SCRIPT_TEXT = '<script>alert(1)</script>';
export const ATTRIBUTE_TEXT = '" onmouseover="alert(2)';
/** A reference the deadline.slipped message starts with, so the message itself starts with "=". */
export const FORMULA_REF = "=cmd|' /C calc'!A0";

/** Status texts, each a formula to a naive reader: the values (2, 5, 1, 3) must never appear as results. */
export const FORMULA_STATUSES = ['=1+1', '+2+3', '-2+3', '@SUM(1,2)', '\t=1+1', '\r=1+1'];

export async function hostileTextWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(HOSTILE_SHEET);
  ws.addRow(['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status']);
  ws.addRow([FORMULA_REF, 'Agree a single management team', 'Kevin Dicks', '1 March 2010', 'In progress']);
  ws.addRow([SCRIPT_TEXT, 'Publish the business case', '', ATTRIBUTE_TEXT, 'In progress']);
  FORMULA_STATUSES.forEach((status, i) =>
    ws.addRow([`R${i + 3}`, 'Review the principles', 'Clare Felton', '30/09/2011', status]),
  );
  return saveToBuffer(wb);
}

/** Writes the hostile workbook into `dir` as hostile.xlsx. */
export async function writeHostileWorkbook(dir: string): Promise<void> {
  await writeFixture(dir, 'hostile.xlsx', await hostileTextWorkbook());
}

/** Checks hostile.xlsx in `dir` as of 31 March 2011, with these further arguments. */
export function checkHostileWorkbook(dir: string, ...args: string[]): Promise<CliRun> {
  return runCli(['check', 'hostile.xlsx', '--as-of', '2011-03-31', ...args], { cwd: dir });
}

/**
 * A sheet name written to fool a terminal: a line break and a fake verdict, the one-byte form of a
 * terminal command (C1 CSI; XML cannot carry ESC itself) and a right-to-left override. Excel's own
 * dialogs refuse such a name, but the XML can carry it as character references, so the workbook is
 * saved under a placeholder and its workbook.xml edited.
 */
export const TERMINAL_SHEET = 'P\nALL CHECKS PASSED\u009b\u202Eexe.doc';

export async function terminalTextWorkbook(): Promise<Buffer> {
  const placeholder = 'PLACEHOLDER';
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(placeholder);
  ws.addRow(['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status']);
  ws.addRow(['R1\u202E', 'Agree a single management team', '', '1 March 2010', 'In progress']);
  const pkg = WorkbookPackage.open(await saveToBuffer(wb), DEFAULT_LIMITS);
  const asXml = [...TERMINAL_SHEET].map((ch) => (/[\w ]/.test(ch) ? ch : `&#${ch.codePointAt(0)};`)).join('');
  pkg.set('xl/workbook.xml', pkg.text('xl/workbook.xml')!.replace(`name="${placeholder}"`, `name="${asXml}"`));
  return pkg.save();
}
