/**
 * The Markdown report: a summary a committee paper can quote, then the findings as tables, one
 * per sheet. Workbook text is escaped so a pipe or an HTML tag in a cell cannot break the layout.
 */
import type { Finding, FindingCounts } from '../../core/findings';
import { SEVERITIES, isAccepted } from '../../core/findings';
import { acceptanceNote } from '../../core/accepted/wording';
import { SEVERITY_MARK } from '../../core/output/styles';
import type { TableReading } from '../../core/reading';
import { clip, confidenceText, kindPhrase, sentence, skippedRowsPhrase, tableFacts, tableRef } from './reading-wording';
import { problemText } from '../problem';
import type { FileOutcome, RunReport } from './run-report';
import { allFindings, describeCounts, tally, tallyTotal, totalCounts } from './run-report';
import { SEVERITY_HEADING, SEVERITY_LABEL, longDate, longTimestamp, sheetsInOrder, sinceCell } from './wording';
import type { ReportedResult } from './run-report';
import { formatPercent, formatPounds } from '../../core/facts/format';
import { NO_PARTNER, findingsByPartner, portfolioCosts, schedulesText, totalChangesText } from './portfolio';
import { findingChange, sinceFor, sinceSentence } from '../../core/since';

/** Text safe inside a Markdown table cell: HTML neutralised, Markdown punctuation escaped, one line. */
export function mdText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .replace(/\r?\n|\r/g, '<br>');
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function countCells(c: Pick<FindingCounts, 'error' | 'warning' | 'info'>): number[] {
  return [c.error, c.warning, c.info];
}

function tallyTable(
  title: string,
  label: string,
  entries: Map<string, Record<'error' | 'warning' | 'info', number>>,
): string[] {
  if (entries.size === 0) return [];
  const lines = [
    `### ${title}`,
    '',
    row([label, ...SEVERITIES.map((s) => SEVERITY_HEADING[s])]),
    row(['---', '---:', '---:', '---:']),
  ];
  for (const [key, counts] of entries) lines.push(row([mdText(key), ...countCells(counts)]));
  lines.push('');
  return lines;
}

export function renderMarkdown(run: RunReport): string {
  const names = run.files.map((f) => mdText(f.file)).join(', ');
  const total = totalCounts(run);
  const out: string[] = [`# Concordat check: ${names}`, ''];
  out.push(
    `As of **${longDate(run.asOf)}**. Checked ${longTimestamp(run.ranAt)} with Concordat ${mdText(run.version)}.`,
    '',
  );
  out.push('## Summary', '');
  out.push(`${describeCounts(total)} in ${run.files.length} workbook${run.files.length === 1 ? '' : 's'}.`, '');
  out.push(
    row(['Workbook', ...SEVERITIES.map((s) => SEVERITY_HEADING[s]), 'Since last check', 'Checked copy']),
    row(['---', '---:', '---:', '---:', '---', '---']),
  );
  for (const f of run.files) {
    if (f.result)
      out.push(
        row([
          mdText(f.file),
          ...countCells(f.result.counts),
          sinceCell(f.result.since),
          f.output ? mdText(f.output) : '—',
        ]),
      );
    else
      out.push(
        row([
          mdText(f.file),
          '—',
          '—',
          '—',
          '—',
          `not checked: ${mdText(f.error ? problemText(f.error) : 'unknown error')}`,
        ]),
      );
  }
  out.push('');
  const findings = allFindings(run)
    .map((x) => x.finding)
    .filter((x) => !isAccepted(x));
  out.push(
    ...tallyTable(
      'By sheet',
      'Sheet',
      tally(findings, (f) => f.sheet),
    ),
  );
  const byRule = [...tally(findings, (f) => f.title)].sort((a, b) => tallyTotal(b[1]) - tallyTotal(a[1]));
  out.push(...tallyTable('By rule', 'Rule', new Map(byRule)));
  if (run.files.length > 1) out.push(...portfolioSection(run));

  for (const f of run.files) {
    if (!f.result) continue;
    out.push(`## Findings: ${mdText(f.file)}`, '');
    const log = f.result.plan.log;
    out.push(
      `Rule packs ${mdText(log.packs.join(', ') || 'none')}; rules and profile hash \`${log.rulesHash.slice(0, 16)}\`.`,
      '',
    );
    if (f.result.skippedSheets.length > 0)
      out.push(`Sheets with no table Concordat recognises: ${f.result.skippedSheets.map(mdText).join(', ')}.`, '');
    for (const w of f.warnings) out.push(`> Note: ${mdText(w)}`, '');
    out.push(sinceSentence(f.result.since), '');
    out.push(...resolvedTable(f.result));
    const accepted = f.result.findings.filter(isAccepted);
    const open = f.result.findings.filter((x) => !isAccepted(x));
    if (open.length === 0) {
      out.push(accepted.length > 0 ? 'No findings but those accepted.' : 'No findings.', '');
      out.push(...acceptedTable(accepted));
      continue;
    }
    // The change column only once there is a last check: on a first, every finding would be "new".
    const changes = f.result.since.last !== null;
    const asOf = f.result.asOf;
    // A column saying why an acceptance no longer holds, only when one does not.
    const lapsed = open.some((x) => x.acceptance);
    for (const sheet of sheetsInOrder(open)) {
      out.push(`### ${mdText(sheet)}`, '');
      const heads = ['Cell', 'Severity', 'Rule', 'Column', 'Value', 'Finding', 'How to fix'];
      if (changes) heads.push('Since last check');
      if (lapsed) heads.push('Acceptance');
      out.push(row(heads), row(heads.map(() => '---')));
      for (const x of open.filter((y) => y.sheet === sheet)) {
        const cells = [
          x.address,
          `${SEVERITY_MARK[x.severity]} ${SEVERITY_LABEL[x.severity]}`,
          mdText(x.title),
          mdText(x.header),
          mdText(x.value),
          mdText(x.message),
          mdText(x.hint),
        ];
        if (changes) cells.push(x.isNew ? '**new**' : findingChange(x, asOf));
        if (lapsed) cells.push(mdText(acceptanceNote(x)));
        out.push(row(cells));
      }
      out.push('');
    }
    out.push(...acceptedTable(accepted));
  }
  out.push(...readingSection(run));
  return `${out.join('\n').trimEnd()}\n`;
}

/** Several workbooks as one portfolio: the changes, the findings by partner, the partners' share of all costs. */
function portfolioSection(run: RunReport): string[] {
  const out: string[] = [];
  const changes = totalChangesText(run);
  if (changes) out.push(`${mdText(changes)}.`, '');
  const partners = findingsByPartner(run);
  if ([...partners.keys()].some((k) => k !== NO_PARTNER)) out.push(...tallyTable('By partner', 'Partner', partners));
  const costs = portfolioCosts(run);
  if (!costs) return out;
  out.push(
    "### Partners' share of costs",
    '',
    `Each partner's share of the costs ${mdText(schedulesText(costs))}, weighed by each schedule's costs${costs.agreed ? ', against the agreed basis' : ''}.`,
    '',
    row(['Partner', 'Share of costs', 'Costs', 'Agreed basis']),
    row(['---', '---:', '---:', '---:']),
  );
  costs.partners.forEach((p, i) =>
    out.push(
      row([
        mdText(p),
        formatPercent(costs.shares[i]),
        formatPounds(costs.shares[i] * costs.total),
        costs.agreed ? formatPercent(costs.agreed[i]) : '—',
      ]),
    ),
  );
  out.push('');
  return out;
}

/** Accepted findings, apart: not counted, each with who accepted it, why and until when. */
function acceptedTable(accepted: readonly Finding[]): string[] {
  if (accepted.length === 0) return [];
  const lines = [
    '### Accepted (not counted)',
    '',
    row(['Sheet', 'Cell', 'Severity', 'Rule', 'Value', 'Finding', 'Acceptance']),
    row(['---', '---', '---', '---', '---', '---', '---']),
  ];
  for (const x of accepted)
    lines.push(
      row([
        mdText(x.sheet),
        x.address,
        SEVERITY_LABEL[x.severity],
        `\`${x.ruleId}\``,
        mdText(x.value),
        mdText(x.message),
        mdText(acceptanceNote(x)),
      ]),
    );
  lines.push('');
  return lines;
}

/** The findings the last check left open that this one did not find. */
function resolvedTable(r: ReportedResult): string[] {
  if (r.since.resolved.length === 0) return [];
  const lines = [
    '### Resolved since the last check',
    '',
    row(['Rule', 'Sheet', 'Row', 'Column', 'Severity', 'Had been open']),
    row(['---', '---', '---', '---', '---', '---']),
  ];
  for (const x of r.since.resolved)
    lines.push(
      row([
        `\`${x.ruleId}\``,
        mdText(x.sheet),
        mdText(x.where),
        mdText(x.column),
        SEVERITY_LABEL[x.severity],
        sinceFor(x.firstSeen, r.asOf),
      ]),
    );
  lines.push('');
  return lines;
}

function readingTable(r: TableReading): string[] {
  const lines = [
    `#### ${mdText(tableRef(r))} — ${mdText(kindPhrase(r))}`,
    '',
    `${mdText(sentence(tableFacts(r)))}.`,
    '',
  ];
  lines.push(row(['Column', 'Header', 'Read as', 'Confidence', 'Evidence']), row(['---', '---', '---', '---:', '---']));
  for (const c of r.columns)
    lines.push(
      row([
        c.letter,
        c.header ? mdText(clip(c.header, 60)) : '(blank)',
        mdText(c.meaning),
        confidenceText(c.confidence),
        mdText(c.evidence),
      ]),
    );
  lines.push('');
  const skipped = skippedRowsPhrase(r.skippedRows);
  if (skipped) lines.push(`Not checked: ${mdText(skipped)}.`, '');
  return lines;
}

function fileReading(f: FileOutcome, heading: string): string[] {
  if (!f.result) return [];
  const readings = f.result.readings;
  const out = [heading, ''];
  const checked = readings.filter((r) => r.kind !== 'skipped');
  const left = readings.filter((r) => r.kind === 'skipped');
  if (readings.length === 0) out.push('No tables found.', '');
  for (const r of checked) out.push(...readingTable(r));
  if (left.length > 0) {
    out.push('#### Tables left alone', '', row(['Table', 'Why']), row(['---', '---']));
    for (const r of left) out.push(row([mdText(tableRef(r)), mdText(r.kindReason)]));
    out.push('');
  }
  return out;
}

/**
 * "How Concordat read this workbook": each table's kind and why, and what each column was read
 * as, with the evidence, so a reader who disagrees can see what to correct.
 */
function readingSection(run: RunReport): string[] {
  const files = run.files.filter((f) => f.result);
  if (files.length === 0) return [];
  const title = files.length === 1 ? 'this workbook' : 'these workbooks';
  return [`## How Concordat read ${title}`, '', ...files.flatMap((f) => fileReading(f, `### ${mdText(f.file)}`))];
}
