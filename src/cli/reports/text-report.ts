/**
 * The text output: a summary (counts by severity, sheet and rule), then each sheet's findings
 * with their cells, and where the checked copy went. Colour only when the caller says the
 * terminal takes it (stdout is a TTY and NO_COLOR is unset). Every text from a workbook, a rule pack
 * or a file name goes through forTerminal, so nothing in it can move the cursor or start a line.
 */
import type { Finding, Severity } from '../../core/findings';
import { SEVERITY_WORDS, isAccepted } from '../../core/findings';
import { acceptanceNote } from '../../core/accepted/wording';
import { SEVERITY_MARK } from '../../core/output/styles';
import type { FileOutcome, RunReport } from './run-report';
import { describeCounts, tally, tallyTotal, totalCounts } from './run-report';
import { problemText } from '../problem';
import { forTerminal } from '../terminal-text';
import {
  NO_PARTNER,
  costSharesText,
  findingsByPartner,
  portfolioCosts,
  schedulesText,
  totalChangesText,
} from './portfolio';
import type { ReportedResult } from './run-report';
import { findingChange, resolvedAfter, resolvedWhere, sinceSentence } from '../../core/since';
import { longDate, sheetsInOrder } from './wording';

export interface TextOptions {
  colour: boolean;
  /** Only the counts and where things went (used when the full report went to a file). */
  short?: boolean;
  /** Path of the report file, to say where it went. */
  reportPath?: string;
}

const ANSI: Record<Severity | 'bold' | 'dim', string> = { error: '31', warning: '33', info: '36', bold: '1', dim: '2' };

function paint(text: string, style: keyof typeof ANSI, on: boolean): string {
  return on ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
}

function tallyLine(findings: readonly Finding[], key: (f: Finding) => string): string {
  return [...tally(findings, key)]
    .sort((a, b) => tallyTotal(b[1]) - tallyTotal(a[1]))
    .map(([k, counts]) => `${forTerminal(k)} ${tallyTotal(counts)}`)
    .join(' · ');
}

const RULE_WIDTH = 26;
/** Where the message starts: indent, cell, severity and rule columns. */
const MESSAGE_INDENT = 4 + 7 + 10 + RULE_WIDTH + 1;

function findingLines(f: Finding, asOf: string, colour: boolean): string[] {
  const mark = paint(`${SEVERITY_MARK[f.severity]} ${SEVERITY_WORDS[f.severity][0].padEnd(7)}`, f.severity, colour);
  const lines = [
    `    ${f.address.padEnd(6)} ${mark} ${forTerminal(f.ruleId).padEnd(RULE_WIDTH)} ${forTerminal(f.message)}`,
  ];
  if (f.hint) lines.push(`${' '.repeat(MESSAGE_INDENT)}${paint(`→ ${forTerminal(f.hint)}`, 'dim', colour)}`);
  // Nothing on a first check: every finding would otherwise read "new".
  const change = findingChange(f, asOf);
  if (change) lines.push(`${' '.repeat(MESSAGE_INDENT)}${paint(change, f.isNew ? 'bold' : 'dim', colour)}`);
  // An acceptance that no longer holds says why the finding is back.
  const lapsed = acceptanceNote(f);
  if (lapsed) lines.push(`${' '.repeat(MESSAGE_INDENT)}${forTerminal(lapsed)}`);
  return lines;
}

/** Accepted findings, apart from the rest and dimmed: where, the rule, and the acceptance. */
function acceptedLines(accepted: readonly Finding[], colour: boolean): string[] {
  if (accepted.length === 0) return [];
  const lines = ['', `  ${paint(`Accepted (${accepted.length}, not counted)`, 'bold', colour)}`];
  for (const f of accepted) {
    const where = `${forTerminal(f.sheet)}!${f.address}`;
    lines.push(paint(`    ${where}  ${forTerminal(f.ruleId)}  ${forTerminal(acceptanceNote(f))}`, 'dim', colour));
  }
  return lines;
}

/** What changed since the workbook's last check: a sentence, then (in full) each finding resolved. */
function sinceLines(r: ReportedResult, short: boolean): string[] {
  const lines = [`  ${sinceSentence(r.since)}`];
  if (short) return lines;
  for (const x of r.since.resolved)
    lines.push(`    resolved: ${forTerminal(resolvedWhere(x))}; ${resolvedAfter(x, r.asOf)}`);
  return lines;
}

function fileLines(f: FileOutcome, options: TextOptions): string[] {
  const c = options.colour;
  if (!f.result)
    return [
      `${paint(forTerminal(f.file), 'bold', c)}: ${paint('not checked', 'error', c)}: ${forTerminal(f.error ? problemText(f.error) : '')}`,
    ];
  const r = f.result;
  const lines = [`${paint(forTerminal(f.file), 'bold', c)}: ${describeCounts(r.counts)}`];
  const open = r.findings.filter((x) => !isAccepted(x));
  if (open.length > 0) {
    lines.push(`  Sheets:  ${tallyLine(open, (x) => x.sheet)}`);
    lines.push(`  Rules:   ${tallyLine(open, (x) => x.ruleId)}`);
  }
  if (r.skippedSheets.length > 0)
    lines.push(`  Skipped: ${r.skippedSheets.map((s) => forTerminal(s)).join(', ')} (no table recognised)`);
  lines.push(...sinceLines(r, options.short === true));
  if (!options.short) {
    for (const sheet of sheetsInOrder(open)) {
      lines.push('', `  ${paint(forTerminal(sheet), 'bold', c)}`);
      for (const x of open.filter((y) => y.sheet === sheet)) lines.push(...findingLines(x, r.asOf, c));
    }
    lines.push(...acceptedLines(r.findings.filter(isAccepted), c));
    if (r.findings.length > 0) lines.push('');
  }
  if (f.output) lines.push(`  Checked copy: ${forTerminal(f.output)}`);
  for (const w of f.warnings) lines.push(`  ${paint('Note:', 'warning', c)} ${forTerminal(w)}`);
  return lines;
}

/** Several workbooks as one portfolio: the totals, the changes, the findings by partner and the partners' costs. */
function portfolioLines(run: RunReport): string[] {
  const failed = run.files.filter((f) => !f.result).length;
  const lines = [
    `Total: ${describeCounts(totalCounts(run))} in ${run.files.length} workbooks${failed > 0 ? ` (${failed} not checked)` : ''}`,
  ];
  const changes = totalChangesText(run);
  if (changes) lines.push(`${changes}.`);
  const partners = findingsByPartner(run);
  if ([...partners.keys()].some((k) => k !== NO_PARTNER))
    lines.push(`By partner: ${[...partners].map(([p, c]) => `${forTerminal(p)} ${tallyTotal(c)}`).join(' · ')}`);
  const costs = portfolioCosts(run);
  if (costs) lines.push(`Partners' share of costs ${schedulesText(costs)}: ${forTerminal(costSharesText(costs))}`);
  return lines;
}

export function renderText(run: RunReport, options: TextOptions): string {
  const lines = [`Concordat ${run.version} · as of ${longDate(run.asOf)}`, ''];
  run.files.forEach((f, i) => {
    if (i > 0) lines.push('');
    // A loop, not push(...): a big workbook has more lines than a call may take arguments.
    for (const line of fileLines(f, options)) lines.push(line);
  });
  if (run.files.length > 1) lines.push('', ...portfolioLines(run));
  if (options.reportPath) lines.push('', `Report: ${forTerminal(options.reportPath)}`);
  return `${lines.join('\n')}\n`;
}
