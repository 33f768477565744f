/**
 * The HTML report in a real browser: it renders its findings and charts with every network
 * request blocked (and none attempted), passes axe-core's WCAG 2.2 AA checks, and prints as a
 * committee pack. The screenshot and the printed page in docs/ are taken from it.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser } from 'playwright-core';
import { checkWorkbook } from '../../src/core/check';
import { renderHtml } from '../../src/cli/reports/html-report';
import type { RunReport } from '../../src/cli/reports/run-report';
import { snapshotOf } from '../../src/cli/read/snapshot-of';
import { loadWorkbookBytes } from '../../src/cli/workbook-file';
import { requireProgram, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../testkit/programs';
import { shippedCheck } from '../../testkit/packs';

const examples = require('../../examples/build-examples.js') as { build(file: string): Promise<string> };

const PDFTOPPM = '/usr/bin/pdftoppm';
const available = requireProgram(CHROMIUM_PATH, 'Chromium');
// The README's pictures are refreshed only on request (CONCORDAT_UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const DOCS = process.env.CONCORDAT_UPDATE_SCREENSHOTS
  ? path.resolve(__dirname, '../../docs')
  : path.resolve(__dirname, '../.tmp/screenshots');
const SCREENSHOT = path.join(DOCS, 'report.png');
/** The first page of the printed report, as `npm run demo` makes it. */
const PRINTED_PAGE = path.join(DOCS, 'report-printed');

/** The example workbook (as `npm run demo` builds it) checked as of its own date, 14 June 2010. */
async function reportRun(): Promise<RunReport> {
  const example = await examples.build(path.join(dir, 'shared-services.xlsx'));
  const { read } = loadWorkbookBytes(readFileSync(example));
  const now = new Date('2010-06-14T09:00:00Z');
  const result = await checkWorkbook(snapshotOf(read), shippedCheck(), { now });
  return {
    tool: 'concordat',
    version: '0.1.0',
    asOf: result.asOf,
    ranAt: now.toISOString(),
    failOn: 'error',
    error: null,
    files: [
      {
        file: 'shared-services.xlsx',
        output: 'examples/out/shared-services.checked.xlsx',
        result,
        error: null,
        warnings: [],
      },
    ],
  };
}

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!available) return;
  dir = mkdtempSync(path.join(tmpdir(), 'concordat-html-'));
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

(available ? test : test.skip)('renders findings and charts offline, requesting nothing', async () => {
  const run = await reportRun();
  const file = path.join(dir, 'report.html');
  writeFileSync(file, renderHtml(run));
  const pageUrl = pathToFileURL(file).href;

  const context = await browser.newContext({ viewport: { width: 1240, height: 1750 }, deviceScaleFactor: 1 });
  const attempted: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === pageUrl) return route.continue();
    attempted.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  await page.goto(pageUrl, { waitUntil: 'load' });

  expect(attempted).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await expect(page.title()).resolves.toBe('Concordat check: shared-services.xlsx');

  const table = page.locator('table.findings').first();
  expect(await table.isVisible()).toBe(true);
  const findingRows = await page.locator('table.findings tbody tr:not(.full-value)').count();
  expect(findingRows).toBe(run.files[0].result?.findings.length);

  const charts = page.locator('figure svg');
  expect(await charts.count()).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < (await charts.count()); i++) {
    const box = await charts.nth(i).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    expect(await charts.nth(i).locator('rect, path').count()).toBeGreaterThan(3); // bars drawn, not an empty frame
  }

  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  expect(readFileSync(SCREENSHOT).subarray(1, 4).toString('ascii')).toBe('PNG');

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await context.close();
});

/** Pages in a PDF as Chromium writes it: one page object each. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

(available ? test : test.skip)(
  'prints the example as a committee pack of four A4 pages, numbered, titled',
  async () => {
    const run = await reportRun();
    const file = path.join(dir, 'print.html');
    writeFileSync(file, renderHtml(run));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // Summary and the charts of where the findings are on page 1; the savings charts and the
    // findings (long values once a row) on 2 and 3; how each table was read, an appendix, on 4.
    // It was 9 pages before the print stylesheet.
    expect(pdfPages(pdf)).toBe(4);
    const pdfFile = path.join(dir, 'report.pdf');
    writeFileSync(pdfFile, pdf);
    if (requireProgram(PDFTOPPM, 'pdftoppm')) {
      mkdirSync(DOCS, { recursive: true });
      const made = spawnSync(PDFTOPPM, ['-png', '-r', '60', '-f', '1', '-l', '2', pdfFile, PRINTED_PAGE]);
      expect(made.status).toBe(0);
      // Page numbers in the bottom margin, the running title from page 2 on: as printed text, read back.
      const text = spawnSync('/usr/bin/pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).stdout;
      const pages = text.split('\f');
      expect(pages[0]).toContain('Page 1 of 4');
      expect(pages[0]).toContain('Where the findings are');
      expect(pages[1]).toContain('Concordat check: shared-services.xlsx · as of 14 June 2010');
      expect(pages[3]).toContain('How Concordat read this workbook');
      expect(text).toContain('35%');
      expect(text).not.toMatch(/\b0\.35\b/);
    }
    await context.close();
  },
);
