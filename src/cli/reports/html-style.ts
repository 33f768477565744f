/** The HTML report's stylesheet, inlined so the file stands alone: a plain committee-paper look that prints well. */
import { HIGHLIGHT_STYLE } from '../../core/output/styles';

const sev = HIGHLIGHT_STYLE;

export const REPORT_CSS = `
:root { --ink: #1F2A44; --muted: #5B6475; --rule: #D9DEE7; --band: #F5F7FA; --accent: #1F4E79; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #EEF1F5; color: var(--ink); font: 15px/1.5 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; }
main { max-width: 1080px; margin: 24px auto; background: #fff; padding: 40px 48px 32px; box-shadow: 0 1px 3px rgba(31, 42, 68, .12); }
header { border-bottom: 3px solid var(--accent); padding-bottom: 16px; margin-bottom: 24px; }
.eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--accent); font-weight: 600; }
h1 { margin: 4px 0 6px; font: 600 28px/1.25 Georgia, 'Times New Roman', serif; word-break: break-word; }
h2 { margin: 32px 0 12px; font: 600 21px/1.3 Georgia, 'Times New Roman', serif; border-bottom: 1px solid var(--rule); padding-bottom: 6px; word-break: break-word; }
h3 { margin: 24px 0 8px; font-size: 16px; word-break: break-word; }
h4 { margin: 16px 0 4px; font-size: 14px; word-break: break-word; }
table.reading { font-size: 12.5px; }
table.reading td { word-break: break-word; }
.meta, .note { color: var(--muted); margin: 0; }
.note { margin: 6px 0; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0 20px; }
.card { flex: 1 1 140px; border: 1px solid var(--rule); border-top-width: 4px; padding: 10px 14px; }
.card .n { font-size: 28px; font-weight: 600; display: block; }
.card .l { color: var(--muted); font-size: 13px; }
.card.error { border-top-color: #${sev.error.font}; }
.card.warning { border-top-color: #${sev.warning.font}; }
.card.info { border-top-color: #${sev.info.font}; }
.card.files { border-top-color: var(--accent); }
.card.accepted { border-top-color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13.5px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--rule); }
th { background: var(--band); font-weight: 600; border-bottom: 2px solid var(--rule); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.cell { font-family: Consolas, 'Courier New', monospace; white-space: nowrap; }
td.value { overflow-wrap: break-word; min-width: 6em; }
.findings .title { font-weight: 600; }
tr.full-value td { background: var(--band) !important; color: var(--muted); font-size: 12.5px; border-bottom: 0; }
tbody tr:nth-child(even) td { background: #FAFBFC; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.badge.error { background: #${sev.error.fill}; color: #${sev.error.font}; }
.badge.warning { background: #${sev.warning.fill}; color: #${sev.warning.font}; }
.badge.info { background: #${sev.info.fill}; color: #${sev.info.font}; }
.hint { color: var(--muted); }
.badge.new { background: var(--accent); color: #fff; }
.lapsed { color: var(--ink); font-weight: 600; margin-top: 2px; }
table.accepted td { color: var(--muted); }
.since { font-weight: 600; margin: 8px 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 16px; align-items: start; }
figure { margin: 0; border: 1px solid var(--rule); padding: 12px; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-weight: 600; margin-bottom: 6px; }
figure p { color: var(--muted); font-size: 12.5px; margin: 6px 0 0; }
.failed { color: #${sev.error.font}; }
footer { margin-top: 32px; padding-top: 12px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12.5px; }
@media (max-width: 700px) { main { padding: 20px; margin: 0; } .charts { grid-template-columns: 1fr; } }
@media print {
  .badge, .card, tr.full-value td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10pt; line-height: 1.35; }
  main { box-shadow: none; margin: 0; max-width: none; padding: 0; }
  header { padding-bottom: 8px; margin-bottom: 12px; }
  h1 { font-size: 18pt; }
  h2 { font-size: 14pt; margin: 16px 0 8px; }
  h3 { font-size: 11pt; margin: 12px 0 4px; }
  .cards { margin: 4px 0 10px; }
  .card { padding: 4px 10px; }
  .card .n { font-size: 18pt; }
  table { font-size: 8.5pt; margin: 4px 0 10px; }
  th, td { padding: 3px 5px; }
  table.reading { font-size: 8pt; }
  /* Two charts abreast, so the summary and its charts open the pack. */
  .charts { grid-template-columns: 1fr 1fr; gap: 8px; }
  figure { padding: 6px; }
  figure p { font-size: 8pt; }
  /* A row's findings (and its full text) stay together; a page break falls between rows. */
  tr, figure, tbody { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  /* How each table was read is an appendix: it starts a page of its own. */
  .readings { break-before: page; }
  .readings h2 { margin-top: 0; }
  footer { margin-top: 12px; }
}
@page {
  size: A4;
  margin: 16mm 14mm 18mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Segoe UI', Arial, sans-serif; color: #5B6475; }
}
`;

/** Text as a CSS string: quotes and backslashes escaped, and nothing that could close the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The running title printed at the top of every page after the first. */
export function runningTitleCss(title: string): string {
  return `@page { @top-left { content: ${cssString(title)}; font: 8pt 'Segoe UI', Arial, sans-serif; color: #5B6475; } } @page :first { @top-left { content: none; } }`;
}
