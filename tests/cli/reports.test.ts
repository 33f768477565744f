/** Report formats: structure, and that no workbook string can break out of its place. */
import { renderCsv } from '../../src/cli/reports/csv-report';
import { escapeHtml, renderHtml } from '../../src/cli/reports/html-report';
import { buildJsonReport } from '../../src/cli/reports/json-report';
import { mdText, renderMarkdown } from '../../src/cli/reports/markdown-report';
import { renderText } from '../../src/cli/reports/text-report';
import type { RunReport } from '../../src/cli/reports/run-report';
import { HOSTILE_SHEET, handReadings, handRun } from '../../testkit/cli/hand-result';

/** The hand run with how its tables were read (the hand result itself carries no readings). */
function runWithReadings(options: { hostile?: boolean } = {}): RunReport {
  const run = handRun(options);
  const result = run.files[0].result;
  if (result) result.readings = handReadings(options);
  return run;
}

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

describe('how Concordat read the workbook', () => {
  test('html ends with a table per table checked and the tables left alone, with reasons', () => {
    const html = renderHtml(runWithReadings());
    const at = html.indexOf('<h2>How Concordat read this workbook</h2>');
    expect(at).toBeGreaterThan(html.indexOf('<h2>Findings: shared-services.xlsx</h2>'));
    const section = html.slice(at, html.indexOf('</section>', at));
    expect(section).toContain('<h4>Action plan!A3:F8 — action plan (owner, deadline, status columns)</h4>');
    expect(section).toContain(
      '<th>Column</th><th>Header</th><th>Read as</th><th class="num">Confidence</th><th>Evidence</th>',
    );
    expect(section).toContain(
      '<tr><td class="cell">C</td><td>Responsible officer</td><td>owner</td><td class="num">0.95</td><td class="hint">header word &#39;officer&#39;; 5 of 5 cells are names</td></tr>',
    );
    expect(section).toContain('partner amount: Bromsgrove');
    expect(section).toContain(
      'Header rows 3–4; partners Bromsgrove, Redditch (one column each); year 2010/11 (from the title); 7 items; totals row 12.',
    );
    expect(section).toContain('Not checked: row 6 section heading &quot;Place directorate&quot;.');
    expect(section).toContain('<h4>Tables left alone</h4>');
    expect(section).toContain(
      '<td class="cell">Notes!A1:D8</td><td>not an action plan or savings tracker (year, cost)',
    );
    // A left-alone table gets no column table of its own.
    expect(section).not.toContain('Notes!A1:D8 — ');
  });

  test('html escapes workbook text in the section and keeps the report self-contained', () => {
    const html = renderHtml(runWithReadings({ hostile: true }));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>|');
    expect(html).toContain('Officer &lt;b&gt;| responsible');
    expect(html).not.toMatch(/<script|<link\b|<iframe/i);
  });

  test('markdown ends with the same section, its tables intact', () => {
    const md = renderMarkdown(runWithReadings({ hostile: true }));
    const at = md.indexOf('## How Concordat read this workbook');
    expect(at).toBeGreaterThan(md.indexOf('## Findings: shared-services.xlsx'));
    const section = md.slice(at);
    expect(section).toContain('| Column | Header | Read as | Confidence | Evidence |');
    expect(section).toContain("| A | Ref | id | 1.00 | header word 'ref' |");
    expect(section).toContain('#### Savings!A4:M12 — savings tracker (partner columns beside target, achieved)');
    expect(section).toContain('Not checked: row 11 note "\\* includes one-off costs".');
    expect(section).toContain('#### Tables left alone');
    expect(section).toContain('| Notes!A1:D8 | not an action plan or savings tracker (year, cost)');
    const hostile = section.split('\n').filter((l) => l.startsWith('| C |'));
    expect(hostile).toHaveLength(1);
    expect(hostile[0]).not.toContain('<b>');
    expect(hostile[0].split(/(?<!\\)\|/).length).toBe(7); // 5 columns: the pipe in the header did not add one
  });

  test('json carries each file’s readings', () => {
    const json = buildJsonReport(runWithReadings());
    expect(json.files[0].readings.map((r) => [r.sheet, r.kind])).toEqual([
      ['Action plan', 'action-plan'],
      ['Savings', 'savings'],
      ['Notes', 'skipped'],
    ]);
    expect(buildJsonReport(handRun()).files[0].readings).toEqual([]);
  });
});

describe('markdown', () => {
  test('escapes pipes, HTML and Markdown punctuation', () => {
    expect(mdText('a | b <i>x</i> *y* _z_ [l](u)\nnext')).toBe(
      'a \\| b &lt;i&gt;x&lt;/i&gt; \\*y\\* \\_z\\_ \\[l\\](u)<br>next',
    );
    const md = renderMarkdown(handRun({ hostile: true }));
    expect(md).not.toContain('<script');
    const rows = md.split('\n').filter((l) => l.startsWith('| C6 ') && l.includes('Title of owner.multiple'));
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
    expect(json.summary.counts).toEqual({ error: 3, warning: 2, info: 1, total: 6, accepted: 0 });
    expect(json.summary.byRule['owner.missing']).toBe(1);
    expect(json.files[0].rulesHash).toBe('c0ffee'.repeat(10) + 'abcd');
    expect(json.files[0].tables[1].savings?.partners).toEqual(['Bromsgrove', 'Redditch']);
  });
});

describe('text', () => {
  test('summarises by severity, sheet and rule, then lists findings with cells', () => {
    const text = renderText(handRun(), { colour: false });
    expect(text).toContain('shared-services.xlsx: 3 errors, 2 warnings, 1 note');
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
