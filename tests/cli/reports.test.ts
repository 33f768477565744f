/** Report formats: structure, and that no workbook string can break out of its place. */
import { renderCsv } from '../../src/cli/reports/csv-report';
import { escapeHtml, renderHtml } from '../../src/cli/reports/html-report';
import { buildJsonReport } from '../../src/cli/reports/json-report';
import { mdText, renderMarkdown } from '../../src/cli/reports/markdown-report';
import { renderText } from '../../src/cli/reports/text-report';
import { HOSTILE_SHEET, handRun } from './support/hand-result';

describe('html', () => {
  test('escapes workbook strings everywhere, including inside the chart SVGs', () => {
    const html = renderHtml(handRun({ hostile: true }));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml(HOSTILE_SHEET));
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBe(4); // by rule, by sheet, partners' shares, target by year
    // The hostile strings appear only as escaped text, never as elements or attributes.
    for (const svg of svgs) expect(svg).not.toMatch(/<(script|img|foreignObject|iframe)\b|<[^>]*\son\w+=/i);
    expect(svgs.some((svg) => svg.includes('&lt;img src=x onerror=alert(1)&gt;'))).toBe(true);
    expect(svgs.some((svg) => svg.includes('&lt;script&gt;'))).toBe(true);
  });

  test('is self-contained: no script, no external reference, a CSP that forbids requests', () => {
    const html = renderHtml(handRun());
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/<script|<link\b|<iframe|@import|url\(\s*['"]?http/i);
    const urls = html.match(/\b(?:src|href)="[^"]*"/g) ?? [];
    expect(urls.filter((u) => !u.includes('"#') && !u.includes('data:'))).toEqual([]);
  });

  test('has the summary, the findings table per sheet and the savings charts', () => {
    const html = renderHtml(handRun());
    expect(html).toContain('<h1>shared-services.xlsx</h1>');
    expect(html).toContain('As of 31 March 2011');
    expect(html).toContain('<h3>Action plan</h3>');
    expect(html).toContain('<h3>Savings</h3>');
    expect(html).toContain('Savings: partners&#39; shares');
    expect(html).toContain('Bromsgrove: 48% of costs, 45% of savings');
    expect(html).toContain('2011/12: target £150,000, achieved not recorded');
  });
});

describe('markdown', () => {
  test('escapes pipes, HTML and Markdown punctuation', () => {
    expect(mdText('a | b <i>x</i> *y* _z_ [l](u)\nnext')).toBe(
      'a \\| b &lt;i&gt;x&lt;/i&gt; \\*y\\* \\_z\\_ \\[l\\](u)<br>next',
    );
    const md = renderMarkdown(handRun({ hostile: true }));
    expect(md).not.toContain('<script');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('`owner.multiple`'));
    expect(rows).toHaveLength(1);
    expect(rows[0].split(/(?<!\\)\|/).length).toBe(9); // 7 columns: the pipe in the message did not add one
  });
});

describe('csv', () => {
  test('quotes per RFC 4180 and neutralises text a spreadsheet would run', () => {
    const csv = renderCsv(handRun({ hostile: true }));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(6 + 2);
    expect(csv).toContain(`"${HOSTILE_SHEET.replace(/"/g, '""')}"`);
    expect(csv).toContain(",'=SUM(J5:K5) should equal the total,");
    expect(csv).toContain('"Bromsgrove £126,000 should be £123,000 (50% of £246,000)."');
  });
});

describe('json', () => {
  test('counts and groups by rule', () => {
    const json = buildJsonReport(handRun());
    expect(json.summary.counts).toEqual({ error: 3, warning: 2, info: 1, total: 6 });
    expect(json.summary.byRule['owner.missing']).toBe(1);
    expect(json.files[0].rulesHash).toBe('c0ffee'.repeat(10) + 'abcd');
    expect(json.files[0].tables[1].savings?.partners).toEqual(['Bromsgrove', 'Redditch']);
  });
});

describe('text', () => {
  test('summarises by severity, sheet and rule, then lists findings with cells', () => {
    const text = renderText(handRun(), { colour: false });
    expect(text).toContain('shared-services.xlsx: 3 errors, 2 warnings, 1 info');
    expect(text).toContain('Sheets:  Action plan 4 · Savings 2');
    expect(text).toMatch(/\n {4}C5 {5}✖ error {3}owner\.missing {14}No officer responsible for R2\./);
    expect(text).toContain('Skipped: Notes (no table recognised)');
    expect(text).toContain('Checked copy: out/shared-services.checked.xlsx');
  });

  test('control characters from a workbook cannot reach the terminal', () => {
    const run = handRun();
    const result = run.files[0].result;
    if (result) result.findings[0].message = 'evil \u001b[2J clear';
    expect(renderText(run, { colour: false })).not.toContain('\u001b');
  });
});
