/**
 * The HTML report in a real browser: it renders its findings and charts with every network
 * request blocked (and none attempted), and the screenshot in docs/ is taken from it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser } from 'playwright-core';
import { checkWorkbook } from '../../src/core/check';
import { renderHtml } from '../../src/cli/reports/html-report';
import type { RunReport } from '../../src/cli/reports/run-report';
import { snapshotOf } from '../../src/cli/read/snapshot-of';
import { loadWorkbookBytes } from '../../src/cli/workbook-file';
import { requireProgram, CHROMIUM_ARGS } from '../support/programs';
import { shippedPacks } from '../support/packs';
import { handRun } from './support/hand-result';

const CHROMIUM = '/usr/bin/chromium';
const available = requireProgram(CHROMIUM, 'Chromium');
const EXAMPLE = path.resolve(__dirname, '../../examples/shared-services.xlsx');
// The README's screenshot is refreshed only on request (CONCORDAT_UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const SCREENSHOT = process.env.CONCORDAT_UPDATE_SCREENSHOTS
  ? path.resolve(__dirname, '../../docs/report.png')
  : path.resolve(__dirname, '../.tmp/screenshots/report.png');

/** The shipped example checked for real when it is there; the hand-made result otherwise. */
async function reportRun(): Promise<RunReport> {
  if (!existsSync(EXAMPLE)) return handRun();
  const { read } = loadWorkbookBytes(readFileSync(EXAMPLE));
  const now = new Date('2011-03-31T09:00:00Z');
  const result = await checkWorkbook(snapshotOf(read), {
    packs: shippedPacks(),
    asOf: '2011-03-31',
    now,
  });
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
    executablePath: CHROMIUM,
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
  await context.close();
});
