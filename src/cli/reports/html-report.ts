/**
 * The HTML report: one self-contained file (inline CSS, charts as inline SVG, no script), with a
 * Content-Security-Policy that forbids any request, so it can be emailed or attached to a paper.
 * Every string from a workbook is escaped.
 */
import type { Finding } from '../../core/findings';
import { SEVERITIES, isAccepted } from '../../core/findings';
import { acceptanceNote } from '../../core/accepted/wording';
import type { Chart } from './charts';
import { findingsByRuleChart, findingsBySheetChart, partnerSharesChart, targetByYearChart } from './charts';
import { REPORT_CSS, runningTitleCss } from './html-style';
import type { TableReading } from '../../core/reading';
import { clip, confidenceText, kindPhrase, sentence, skippedRowsPhrase, tableFacts, tableRef } from './reading-wording';
import { problemText } from '../problem';
import type { FileOutcome, RunReport } from './run-report';
import { allFindings, describeCounts, runFails, totalCounts } from './run-report';
import { SEVERITY_HEADING, SEVERITY_LABEL, longDate, longTimestamp, sheetsInOrder, sinceCell } from './wording';
import type { ReportedResult } from './run-report';
import { findingChange, sinceFor, sinceSentence } from '../../core/since';
import { formatPercent, formatPounds } from '../../core/facts/format';
import { NO_PARTNER, findingsByPartner, portfolioCosts, schedulesText, totalChangesText } from './portfolio';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const h = escapeHtml;

function figure(chart: Chart): string {
  return `<figure role="group" aria-label="${h(chart.title)}"><figcaption>${h(chart.title)}</figcaption>${chart.svg}<p>${h(chart.description)}</p></figure>`;
}

function cards(run: RunReport): string {
  const total = totalCounts(run);
  const card = (cls: string, n: number, label: string) =>
    `<div class="card ${cls}"><span class="n">${n}</span><span class="l">${label}</span></div>`;
  return `<div class="cards">${SEVERITIES.map((s) => card(s, total[s], SEVERITY_HEADING[s])).join('')}${total.accepted > 0 ? card('accepted', total.accepted, 'Accepted') : ''}${card('files', run.files.length, run.files.length === 1 ? 'Workbook' : 'Workbooks')}</div>`;
}

/** "<th class="num">Errors</th>…" for the three severities. */
const severityHeads = (): string => SEVERITIES.map((s) => `<th class="num">${SEVERITY_HEADING[s]}</th>`).join('');

function workbookTable(run: RunReport): string {
  const rows = run.files.map((f) => {
    if (!f.result)
      return `<tr><td>${h(f.file)}</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="failed">Not checked: ${h(f.error ? problemText(f.error) : '')}</td></tr>`;
    const c = f.result.counts;
    return `<tr><td>${h(f.file)}</td><td class="num">${c.error}</td><td class="num">${c.warning}</td><td class="num">${c.info}</td><td>${h(sinceCell(f.result.since))}</td><td>${f.output ? h(f.output) : '—'}</td></tr>`;
  });
  return `<table><thead><tr><th>Workbook</th>${severityHeads()}<th>Since last check</th><th>Checked copy</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Most characters of a value a findings table shows in its narrow Value column. */
const VALUE_CHARS = 40;

const isLong = (value: string): boolean => value.length > VALUE_CHARS;
const shortValue = (value: string): string => (isLong(value) ? clip(value, VALUE_CHARS) : value);

/** A finding's row; `asOf` is set once there is a last check to compare with (a first check adds no column). */
function findingRow(f: Finding, asOf: string | null): string {
  const change =
    asOf === null ? '' : `<td>${f.isNew ? '<span class="badge new">New</span>' : h(findingChange(f, asOf))}</td>`;
  return (
    `<tr><td class="cell">${h(f.address)}</td><td><span class="badge ${f.severity}">${SEVERITY_LABEL[f.severity]}</span></td>` +
    `<td><strong class="title">${h(f.title)}</strong> ${h(f.message)}<div class="hint">${h(f.hint)}</div>${lapsedNote(f)}</td>` +
    `<td>${h(f.header)}</td><td class="value">${h(shortValue(f.value))}</td>${change}</tr>`
  );
}

/**
 * A sheet's findings, a group of table rows for each of its rows. A long value (a recommendation,
 * an action) is shortened in each finding and given in full once, above its row's findings.
 */
function findingsTable(findings: readonly Finding[], asOf: string | null): string {
  const columns = asOf === null ? 5 : 6;
  const groups: string[] = [];
  for (const rowFindings of byRow(findings)) {
    const long = new Map<string, string>();
    for (const f of rowFindings) if (isLong(f.value)) long.set(f.address, `${f.header || f.address}: ${f.value}`);
    const full = [...long.values()]
      .map((text) => `<tr class="full-value"><td colspan="${columns}">${h(text)}</td></tr>`)
      .join('');
    groups.push(`<tbody>${full}${rowFindings.map((f) => findingRow(f, asOf)).join('')}</tbody>`);
  }
  const changeHead = asOf === null ? '' : '<th>Since last check</th>';
  return `<table class="findings"><thead><tr><th>Cell</th><th>Severity</th><th>Finding and how to fix</th><th>Column</th><th>Value</th>${changeHead}</tr></thead>${groups.join('')}</table>`;
}

/** Findings in runs of one sheet row (the core sorts them by row). */
function byRow(findings: readonly Finding[]): Finding[][] {
  const runs: Finding[][] = [];
  for (const f of findings) {
    const last = runs[runs.length - 1];
    if (last && last[0].row === f.row) last.push(f);
    else runs.push([f]);
  }
  return runs;
}

/** Why an acceptance of the finding no longer holds, under its message; '' when none names it. */
function lapsedNote(f: Finding): string {
  return f.acceptance && !isAccepted(f) ? `<div class="lapsed">${h(acceptanceNote(f))}</div>` : '';
}

/** Accepted findings, apart and muted: not counted, each with who accepted it, why and until when. */
function acceptedTable(accepted: readonly Finding[]): string {
  if (accepted.length === 0) return '';
  const rows = accepted
    .map(
      (x) =>
        `<tr><td>${h(x.sheet)}</td><td class="cell">${h(x.address)}</td><td>${SEVERITY_LABEL[x.severity]}</td>` +
        `<td><strong class="title">${h(x.title)}</strong> ${h(x.message)}</td><td class="value">${h(shortValue(x.value))}</td><td>${h(acceptanceNote(x))}</td></tr>`,
    )
    .join('');
  return `<h3>Accepted (not counted)</h3><table class="findings accepted"><thead><tr><th>Sheet</th><th>Cell</th><th>Severity</th><th>Finding</th><th>Value</th><th>Acceptance</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Several workbooks as one portfolio: the changes, the findings by partner, the partners' share of all costs. */
function portfolioSection(run: RunReport): string {
  const parts = ['<section><h2>Portfolio</h2>'];
  const changes = totalChangesText(run);
  if (changes) parts.push(`<p class="since">${h(changes)}.</p>`);
  const partners = findingsByPartner(run);
  if ([...partners.keys()].some((k) => k !== NO_PARTNER)) {
    const rows = [...partners]
      .map(
        ([p, c]) =>
          `<tr><td>${h(p)}</td><td class="num">${c.error}</td><td class="num">${c.warning}</td><td class="num">${c.info}</td></tr>`,
      )
      .join('');
    parts.push(
      `<h3>Findings by partner</h3><table><thead><tr><th>Partner</th>${severityHeads()}</tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  const costs = portfolioCosts(run);
  if (costs) {
    const rows = costs.partners
      .map(
        (p, i) =>
          `<tr><td>${h(p)}</td><td class="num">${formatPercent(costs.shares[i])}</td><td class="num">${h(formatPounds(costs.shares[i] * costs.total))}</td><td class="num">${costs.agreed ? formatPercent(costs.agreed[i]) : '—'}</td></tr>`,
      )
      .join('');
    const chart = partnerSharesChart('All cost-sharing schedules', {
      partners: costs.partners,
      costShares: costs.shares,
      costTotal: costs.total,
      savingShares: null,
      agreedCostShares: costs.agreed,
      partnerColumns: [],
      byYear: [],
    });
    parts.push(
      `<h3>Partners' share of costs</h3><p class="note">Each partner's share of the costs ${h(schedulesText(costs))}, weighed by each schedule's costs${costs.agreed ? ', against the agreed basis' : ''}.</p>` +
        `<table><thead><tr><th>Partner</th><th class="num">Share of costs</th><th class="num">Costs</th><th class="num">Agreed basis</th></tr></thead><tbody>${rows}</tbody></table>`,
      chart ? `<div class="charts">${figure(chart)}</div>` : '',
    );
  }
  parts.push('</section>');
  return parts.join('');
}

/** The findings the last check left open that this one did not find. */
function resolvedTable(r: ReportedResult): string {
  if (r.since.resolved.length === 0) return '';
  const rows = r.since.resolved
    .map(
      (x) =>
        `<tr><td class="rule"><code>${h(x.ruleId)}</code></td><td>${h(x.sheet)}</td><td>${h(x.where)}</td><td>${h(x.column)}</td>` +
        `<td><span class="badge ${x.severity}">${SEVERITY_LABEL[x.severity]}</span></td><td>${h(sinceFor(x.firstSeen, r.asOf))}</td></tr>`,
    )
    .join('');
  return `<h3>Resolved since the last check</h3><table class="findings"><thead><tr><th>Rule</th><th>Sheet</th><th>Row</th><th>Column</th><th>Severity</th><th>Had been open</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function fileSection(f: FileOutcome): string {
  if (!f.result) return '';
  const r = f.result;
  const parts = [`<section><h2>Findings: ${h(f.file)}</h2>`];
  parts.push(
    `<p class="note">${describeCounts(r.counts)}. Rule packs ${h(r.plan.log.packs.join(', ') || 'none')}; rules and profile hash <code>${h(r.plan.log.rulesHash.slice(0, 16))}</code>.</p>`,
  );
  if (r.skippedSheets.length > 0)
    parts.push(`<p class="note">Sheets with no table Concordat recognises: ${h(r.skippedSheets.join(', '))}.</p>`);
  for (const w of f.warnings) parts.push(`<p class="note">Note: ${h(w)}</p>`);
  parts.push(`<p class="since">${h(sinceSentence(r.since))}</p>`, resolvedTable(r));
  const charts = r.tables.flatMap((t) =>
    t.savings ? [partnerSharesChart(t.sheet, t.savings), targetByYearChart(t.sheet, t.savings)] : [],
  );
  const shown = charts.filter((c): c is Chart => c !== null);
  if (shown.length > 0) parts.push(`<div class="charts">${shown.map(figure).join('')}</div>`);
  const open = r.findings.filter((x) => !isAccepted(x));
  if (open.length === 0)
    parts.push(r.findings.length > 0 ? '<p>No findings but those accepted.</p>' : '<p>No findings.</p>');
  const asOf = r.since.last ? r.asOf : null;
  for (const sheet of sheetsInOrder(open)) {
    parts.push(
      `<h3>${h(sheet)}</h3>${findingsTable(
        open.filter((x) => x.sheet === sheet),
        asOf,
      )}`,
    );
  }
  parts.push(acceptedTable(r.findings.filter(isAccepted)), '</section>');
  return parts.join('');
}

function readingTable(r: TableReading): string {
  const rows = r.columns
    .map(
      (c) =>
        `<tr><td class="cell">${h(c.letter)}</td><td>${c.header ? h(c.header) : '<span class="hint">(blank)</span>'}</td>` +
        `<td>${h(c.meaning)}</td><td class="num">${h(confidenceText(c.confidence))}</td><td class="hint">${h(c.evidence)}</td></tr>`,
    )
    .join('');
  const skipped = skippedRowsPhrase(r.skippedRows);
  return (
    `<h4>${h(tableRef(r))} — ${h(kindPhrase(r))}</h4><p class="note">${h(sentence(tableFacts(r)))}.</p>` +
    `<table class="reading"><thead><tr><th>Column</th><th>Header</th><th>Read as</th><th class="num">Confidence</th><th>Evidence</th></tr></thead><tbody>${rows}</tbody></table>` +
    (skipped ? `<p class="note">Not checked: ${h(skipped)}.</p>` : '')
  );
}

function fileReading(f: FileOutcome): string {
  if (!f.result) return '';
  const readings = f.result.readings;
  const parts = [`<h3>${h(f.file)}</h3>`];
  if (readings.length === 0) parts.push('<p class="note">No tables found.</p>');
  for (const r of readings.filter((x) => x.kind !== 'skipped')) parts.push(readingTable(r));
  const left = readings.filter((x) => x.kind === 'skipped');
  if (left.length > 0) {
    const rows = left
      .map((r) => `<tr><td class="cell">${h(tableRef(r))}</td><td>${h(r.kindReason)}</td></tr>`)
      .join('');
    parts.push(
      `<h4>Tables left alone</h4><table class="reading"><thead><tr><th>Table</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  return parts.join('');
}

/** "How Concordat read this workbook": each table's kind and why, and each column's reading with its evidence. */
function readingSection(run: RunReport): string {
  const files = run.files.filter((f) => f.result);
  if (files.length === 0) return '';
  const title = files.length === 1 ? 'this workbook' : 'these workbooks';
  return `<section class="readings"><h2>How Concordat read ${title}</h2>${files.map(fileReading).join('')}</section>`;
}

export function renderHtml(run: RunReport): string {
  const names = run.files.map((f) => f.file).join(', ');
  const findings = allFindings(run)
    .map((x) => x.finding)
    .filter((x) => !isAccepted(x));
  const overview = [findingsByRuleChart(findings), findingsBySheetChart(findings)].filter(
    (c): c is Chart => c !== null,
  );
  const verdict = !runFails(run)
    ? ''
    : run.failOn === 'new'
      ? '<p class="failed">Errors or warnings new since the last check need attention before this goes to committee.</p>'
      : `<p class="failed">Findings at or above “${h(run.failOn)}” severity need attention before this goes to committee.</p>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Concordat ${h(run.version)}">
<title>Concordat check: ${h(names)}</title>
<style>${REPORT_CSS}${runningTitleCss(`Concordat check: ${names} · as of ${longDate(run.asOf)}`)}</style>
</head>
<body>
<main>
<header><p class="eyebrow">Concordat check</p><h1>${h(names)}</h1><p class="meta">As of ${h(longDate(run.asOf))} · checked ${h(longTimestamp(run.ranAt))}</p></header>
<section><h2>Summary</h2>${cards(run)}${verdict}${workbookTable(run)}</section>
${run.files.length > 1 ? portfolioSection(run) : ''}
${overview.length > 0 ? `<section><h2>Where the findings are</h2><div class="charts">${overview.map(figure).join('')}</div></section>` : ''}
${run.files.map(fileSection).join('\n')}
${readingSection(run)}
<footer>Produced by Concordat ${h(run.version)}. Flags are also written into the checked copy of each workbook: a “Concordat flags” column, highlighted cells and a “Concordat report” sheet.</footer>
</main>
</body>
</html>
`;
}
