/**
 * What a reader's programs make of Concordat's output for a hostile workbook
 * (support/hostile-text.ts): Chromium renders the HTML report with the sheet name and cell text as
 * text (no dialog fires, no element is injected, no request is made), and LibreOffice shows the
 * checked copy's report sheet with every formula-like value as typed, never evaluated.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium } from 'playwright-core';
import { REPORT_HEADERS } from '../../src/core/output/sheets';
import { REPORT_SHEET } from '../../src/core/snapshot';
import { requireProgram, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../testkit/programs';
import { SOFFICE } from '../../testkit/cli/libreoffice';
import { parseCsv } from '../../testkit/csv-rows';
import {
  ATTRIBUTE_TEXT,
  FORMULA_REF,
  FORMULA_STATUSES,
  HOSTILE_SHEET,
  SCRIPT_TEXT,
  checkHostileWorkbook,
  writeHostileWorkbook,
} from './support/hostile-text';

/** Every sheet to CSV (last token -1), UTF-8, cells as shown, as `<name>-<sheet>.csv`. */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

const hasChromium = requireProgram(CHROMIUM_PATH, 'Chromium');
const hasLibreOffice = requireProgram(SOFFICE, 'LibreOffice (soffice)');

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'concordat-rendered-'));
  await writeHostileWorkbook(dir);
  const r = await checkHostileWorkbook(dir, '--format', 'html', '--report', 'report.html', '--quiet');
  expect(r.stderr).toBe('');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

(hasChromium ? test : test.skip)(
  'Chromium shows the hostile text as text: no dialog, no injected element, no request',
  async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    try {
      const context = await browser.newContext();
      const pageUrl = pathToFileURL(path.join(dir, 'report.html')).href;
      const requested: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === pageUrl) return route.continue();
        requested.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(pageUrl, { waitUntil: 'load' });
      await page.mouse.move(200, 400); // would trigger an injected onmouseover
      await page.waitForTimeout(300);

      expect(dialogs).toEqual([]);
      expect(requested).toEqual([]);
      const injected = await page.evaluate(() => ({
        elements: document.querySelectorAll('body img, body script, body iframe, body object, body embed').length,
        handlers: [...document.querySelectorAll('*')].filter((e) =>
          [...e.attributes].some((a) => a.name.startsWith('on')),
        ).length,
      }));
      expect(injected).toEqual({ elements: 0, handlers: 0 });
      const text = await page.evaluate(() => document.body.innerText);
      for (const shown of [HOSTILE_SHEET, SCRIPT_TEXT, ATTRIBUTE_TEXT, FORMULA_REF, '@SUM(1,2)'])
        expect(text).toContain(shown);
      expect(await page.locator('h3', { hasText: HOSTILE_SHEET }).count()).toBe(1);
    } finally {
      await browser.close();
    }
  },
);

(hasLibreOffice ? test : test.skip)(
  'LibreOffice shows the report sheet with formula-like values as typed, never evaluated',
  () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'concordat-lo-profile-'));
    const out = path.join(dir, 'lo');
    try {
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--convert-to',
          CSV_ALL_SHEETS,
          '--outdir',
          out,
          path.join(dir, 'hostile.checked.xlsx'),
        ],
        {
          timeout: 120_000,
          stdio: 'pipe',
        },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const reportCsv = readdirSync(out).find((name) => name.endsWith(`-${REPORT_SHEET}.csv`));
    expect(reportCsv).toBeDefined();
    const rows = parseCsv(readFileSync(path.join(out, reportCsv as string), 'utf8'));
    expect(rows[0]).toEqual([...REPORT_HEADERS]);
    const value = REPORT_HEADERS.indexOf('Value');
    const message = REPORT_HEADERS.indexOf('Message');
    // Evaluated, these would read 2, 5, 1 and 3.
    expect(rows.slice(4, 10).map((r) => r[value])).toEqual(FORMULA_STATUSES.map((s) => s.replace(/\r/g, '\n')));
    expect(rows[1][message].startsWith(`${FORMULA_REF} was due`)).toBe(true);
    expect(rows[1][REPORT_HEADERS.indexOf('Sheet')]).toBe(HOSTILE_SHEET);
  },
);
