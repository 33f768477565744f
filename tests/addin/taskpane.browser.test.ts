/**
 * The built add-in in Chromium: the task pane and the ribbon command run against the fake Office
 * (testkit/office, bundled from the same source as the adapter tests use and served in place of
 * Microsoft's Office.js CDN) over an in-memory copy of the council workbook. All other network
 * requests are refused.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'fs';
import path from 'path';
import { asOfMessage } from '../../src/core/as-of';
import { fixFor, fixSentence, type ErrorCode } from '../../src/core/errors';
import { FLAGS_HEADER, LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { emptyRecord, formatRecord, RECORD_SHEET as STATE_SHEET } from '../../src/core/owned-record';
import type { BrowserHostConfig } from '../../testkit/office/browser-host';
import { ensureBrowserHostBuilt } from '../../testkit/office/build-browser-host';
import { requireProgram, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../testkit/programs';
import { ensureAddinBuilt } from './support/build-addin';
import { serveDirectory, StaticServer } from './support/static-server';
import { COUNCIL_WORKBOOK, FakeSheet } from '../../testkit/fixtures/council-workbook';

// The README's screenshot is refreshed only on request (CONCORDAT_UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const SCREENSHOT = process.env.CONCORDAT_UPDATE_SCREENSHOTS
  ? path.resolve(__dirname, '../../docs/taskpane.png')
  : path.resolve(__dirname, '../.tmp/screenshots/taskpane.png');

declare global {
  interface Window {
    __announced: string[];
  }
}

const hasChromium = requireProgram(CHROMIUM_PATH, 'Chromium');
const describeInBrowser = hasChromium ? describe : describe.skip;

describeInBrowser('Concordat add-in in Chromium with the fake Office host', () => {
  let browser: Browser;
  let server: StaticServer;
  let fakeOffice: string;

  beforeAll(async () => {
    fakeOffice = await ensureBrowserHostBuilt();
    server = await serveDirectory(ensureAddinBuilt());
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a built page with the fake Office standing in for Office.js; collects page errors and CSP reports. */
  async function open(file: string, config: BrowserHostConfig): Promise<{ page: Page; problems: string[] }> {
    // A context of its own (not browser.newPage): axe-core opens a page beside it to gather its results.
    const context = await browser.newContext({ viewport: { width: 320, height: 960 }, locale: 'en-GB' });
    const page = await context.newPage();
    // (A context still closing when the browser goes rejects with nothing to say: not a failure.)
    page.on('close', () => void context.close().catch(() => undefined));
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('https://appsforoffice.microsoft.com/')) {
        return route.fulfill({ path: fakeOffice, contentType: 'application/javascript' });
      }
      return url.startsWith(server.origin) ? route.continue() : route.abort();
    });
    await page.addInitScript((fake: BrowserHostConfig) => {
      window.__FAKE_OFFICE__ = fake;
    }, config);
    await page.goto(`${server.origin}/${file}`);
    return { page, problems };
  }

  /** WCAG 2.2 A and AA, as axe-core checks them, in the page as it is now: no violation. */
  async function expectAccessible(page: Page, state: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const found = violations.map((v) => `${state}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found).toEqual([]);
  }

  /** What the focused element is: its id, else its tag and text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active?.id || `${active?.tagName.toLowerCase()}: ${active?.textContent?.trim().slice(0, 40)}`;
    });

  /** Presses Tab (or Shift+Tab) until `id` has focus, failing past `most` presses; returns how many it took. */
  async function tabTo(page: Page, id: string, most: number, back = false): Promise<number> {
    for (let presses = 1; presses <= most; presses++) {
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      if ((await focused(page)) === id) return presses;
    }
    throw new Error(
      `#${id} not reached in ${most} presses of ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${await focused(page)}`,
    );
  }

  /** Keeps everything the live region says, in order, from now on. */
  const recordAnnouncements = (page: Page) =>
    page.evaluate(() => {
      window.__announced = [];
      const region = document.getElementById('announcer');
      if (!region) throw new Error('no live region');
      new MutationObserver(() => window.__announced.push((region.textContent ?? '').trim())).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  const announced = (page: Page) => page.evaluate(() => window.__announced);

  const dump = (page: Page, sheet: string) => page.evaluate((name) => window.__fakeExcel.dump(name), sheet);
  const syncs = (page: Page) => page.evaluate(() => window.__fakeExcel.stats.syncs);
  const userSheets = async (page: Page) =>
    Promise.all(['Action plan', 'Savings', 'Notes', 'Concordat settings'].map((name) => dump(page, name)));

  /** The council workbook with its Savings sheet protected. */
  const protectedSavings = () => ({
    sheets: COUNCIL_WORKBOOK.sheets.map((sheet) => (sheet.name === 'Savings' ? { ...sheet, protected: true } : sheet)),
  });

  /** Runs the ribbon command on a page of commands.html, closes its dialog, and returns the dialog's address. */
  async function runRibbonCommand(page: Page): Promise<URL> {
    await page.waitForFunction(() => typeof window.__fakeExcel.actions.checkWorkbookCommand === 'function');
    const completed = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          void window.__fakeExcel.actions.checkWorkbookCommand({ completed: () => resolve(true) });
        }),
    );
    await page.waitForFunction(() => window.__fakeExcel.dialogs.length > 0);
    const url = new URL(await page.evaluate(() => window.__fakeExcel.dialogs[0].url));
    await page.evaluate(() => window.__fakeExcel.closeDialog());
    await expect(completed).resolves.toBe(true);
    return url;
  }

  /** An error as the pane and the dialog show it: the message, what to do (the catalogue's fix) and the code. */
  async function expectProblem(page: Page, scope: string, code: ErrorCode, message: RegExp): Promise<void> {
    await expect(page.locator(`${scope} .problem-message`).textContent()).resolves.toMatch(message);
    await expect(page.locator(`${scope} .problem-fix`).textContent()).resolves.toBe(
      `What to do: ${fixSentence(fixFor(code))}`,
    );
    await expect(page.locator(`${scope} .problem-code`).textContent()).resolves.toBe(`Error code: ${code}`);
  }

  test('checks the workbook, lists the findings, jumps to a cell, writes the report and clears the flags', async () => {
    // As if the command line had checked the file before: its record sits in a very hidden sheet.
    const state: FakeSheet = { name: STATE_SHEET, rows: formatRecord(emptyRecord()), visibility: 'VeryHidden' };
    const workbook = { sheets: [...COUNCIL_WORKBOOK.sheets, state] };
    const { page, problems } = await open('taskpane.html', { workbook, syncDelay: 150 });
    const check = page.getByRole('button', { name: 'Check workbook' });
    await expect(check.isEnabled()).resolves.toBe(true);
    const before = await userSheets(page);

    await page.getByLabel('As of').fill('2010-06-14');
    const syncsBefore = await syncs(page);
    await check.click();
    // While Excel works, the pane shows progress and the button cannot be pressed twice.
    await page.getByRole('progressbar', { name: 'Checking the workbook' }).waitFor();
    await expect(page.locator('#check-button').getAttribute('aria-disabled')).resolves.toBe('true');
    // Unavailable, not disabled: it keeps focus, and a press does nothing.
    await page.locator('#check-button').click({ force: true });
    await page.waitForSelector('.finding, .empty, .status--error');
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await page.locator('.status--error').count()).toBe(0);

    // Read (2 requests) and write (1) for a workbook that fits in one request: the second click did nothing.
    expect((await syncs(page)) - syncsBefore).toBe(3);
    await expect(page.locator('#profile').textContent()).resolves.toBe('Bromsgrove and Redditch shared services');
    const findings = page.locator('.finding');
    const total = await findings.count();
    expect(total).toBeGreaterThan(0);
    const badges = await page.locator('.severity-filters .badge').allTextContents();
    const counted = badges.map((text) => Number(/(\d+)/.exec(text)?.[1] ?? NaN));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await page.locator('.sheet-group > summary .sheet-name').allTextContents()).toEqual([
      'Action plan',
      'Savings',
    ]);

    // The workbook now has a flags column, Concordat's highlight rules and a log row; no report yet.
    const plan = await dump(page, 'Action plan');
    expect(plan?.cells.some(([, value, , , bold]) => value === FLAGS_HEADER && bold)).toBe(true);
    expect(plan?.formats.length).toBeGreaterThan(0);
    expect(plan?.formats.every((rule) => rule.formula.includes('"concordat:'))).toBe(true);
    expect(await dump(page, LOG_SHEET)).not.toBeNull();
    expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).not.toContain(REPORT_SHEET);
    expect(await page.evaluate(() => window.__fakeExcel.settings['concordat.asOf'])).toBe('2010-06-14');
    // The read's size is kept with the document, for the next check to plan its requests by.
    expect(await page.evaluate(() => window.__fakeExcel.settings['concordat.readBytes'])).toBeGreaterThan(0);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Clicking a finding selects its cell; so does Enter on a focused finding.
    const first = findings.first();
    await first.click();
    const target = { sheet: await first.getAttribute('data-sheet'), address: await first.getAttribute('data-address') };
    await page.waitForFunction((address) => window.__fakeExcel.workbook.selection?.address === address, target.address);
    expect(await page.evaluate(() => window.__fakeExcel.workbook.selection)).toEqual(target);
    expect(await page.evaluate(() => window.__fakeExcel.workbook.activeSheet)).toBe(target.sheet);
    const last = findings.last();
    const lastAddress = await last.getAttribute('data-address');
    await last.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((address) => window.__fakeExcel.workbook.selection?.address === address, lastAddress);

    // The severity badges filter the list.
    const errorBadge = page.locator('.badge--error');
    await errorBadge.click();
    await expect(page.locator('.badge--error').getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await page.locator('.finding--error').count()).toBe(0);
    await page.locator('.badge--error').click();
    expect(await page.locator('.finding').count()).toBe(total);

    // Write report sheet: every finding, with a link to its cell, and the sheet is shown.
    await page.getByRole('button', { name: 'Write report sheet' }).click();
    await page.locator('#status', { hasText: 'report sheet is written' }).waitFor();
    const report = await dump(page, REPORT_SHEET);
    const linkCells = report?.cells.filter(([, , , , , link]) => link !== null) ?? [];
    expect(linkCells).toHaveLength(total);
    expect(linkCells.map(([, , , , , link]) => link)).toContain(`'${target.sheet}'!${target.address}`);
    expect(report?.pageLayout).toMatchObject({ orientation: 'Landscape', titleRows: '$1:$1' });
    expect(await page.evaluate(() => window.__fakeExcel.workbook.activeSheet)).toBe(REPORT_SHEET);

    // Clear flags: the workbook's own sheets are back as they were; the log stays; the command
    // line's undo state, stale now, goes. Read (2 requests) and clear (1).
    expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).toContain(STATE_SHEET);
    const syncsBeforeClear = await syncs(page);
    await page.locator('#clear-button').click();
    await page.getByRole('dialog', { name: 'Clear the flags?' }).getByRole('button', { name: 'Clear flags' }).click();
    await page.locator('#status', { hasText: 'Flags cleared' }).waitFor();
    expect((await syncs(page)) - syncsBeforeClear).toBe(3);
    expect(await userSheets(page)).toEqual(before);
    const names = await page.evaluate(() => window.__fakeExcel.sheetNames());
    expect(names).not.toContain(REPORT_SHEET);
    expect(names).not.toContain(STATE_SHEET);
    expect(names).toContain(LOG_SHEET);
    expect(await page.locator('#results').isHidden()).toBe(true);

    expect(problems).toEqual([]);
    await page.close();
  });

  test('works by keyboard alone: focus stays on or moves to what the user needs, and the pane says what happens', async () => {
    const { page, problems } = await open('taskpane.html', { workbook: COUNCIL_WORKBOOK, syncDelay: 150 });
    await page.locator('#check-button').waitFor();
    await recordAnnouncements(page);
    await expectAccessible(page, 'before a check');

    // The as-of date, typed; then Check workbook is the next stop.
    // The native date field's segments follow the browser's language, not the page's, so the date is filled in.
    await tabTo(page, 'as-of', 1);
    await page.locator('#as-of').fill('2010-06-14');
    await expect(page.locator('#as-of').inputValue()).resolves.toBe('2010-06-14');
    await tabTo(page, 'check-button', 4);
    // Write report sheet says why it does nothing yet, in its description rather than a tooltip.
    await expect(page.locator('#report-button').getAttribute('aria-describedby')).resolves.toBe('report-needs-check');
    expect(await page.locator('[title]').count()).toBe(0);

    await page.keyboard.press('Enter');
    await page.getByRole('progressbar').waitFor();
    // While Excel works, focus stays on the button, which is unavailable but not disabled.
    expect(await focused(page)).toBe('check-button');
    await expect(page.locator('#check-button').getAttribute('aria-disabled')).resolves.toBe('true');
    await expectAccessible(page, 'while checking');
    await page.locator('#findings-heading').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'findings-heading');
    const total = await page.locator('.finding').count();
    const counts = await page.evaluate(() =>
      ['error', 'warning', 'info'].map((s) => document.querySelectorAll(`.finding--${s}`).length),
    );
    const said = await announced(page);
    expect(said[0]).toBe('Checking the workbook…');
    expect(said).toContain('Reading the workbook…');
    expect(said).toContain('Writing flags into the workbook…');
    expect(said.at(-1)).toBe(
      `Check complete: ${counts[0]} errors, ${counts[1]} warnings, ${counts[2]} note${counts[2] === 1 ? '' : 's'}. Flags are in the workbook.`,
    );
    expect(await page.locator('#report-button').getAttribute('aria-describedby')).toBeNull();
    await expectAccessible(page, 'findings');

    // Findings: by sheet, errors first, under plain titles; short names, the message and fix as description.
    const firstSheetSeverities = await page
      .locator('.sheet-group')
      .first()
      .locator('.rule-group')
      .evaluateAll((groups) => groups.map((g) => /rule-group--(\w+)/.exec(g.className)?.[1]));
    expect(firstSheetSeverities).toEqual(
      [...firstSheetSeverities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a ?? '') - ['error', 'warning', 'info'].indexOf(b ?? ''),
      ),
    );
    expect(await page.locator('.rule-title').allTextContents()).toContain('Deadline passed');
    expect(await page.locator('.rule-title').allTextContents()).not.toContain('deadline.slipped');
    const names = await page
      .locator('.finding')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    expect(names).toContain('F5 · Implement by when, error: Deadline passed');
    const slipped = page.getByRole('button', { name: 'F5 · Implement by when, error: Deadline passed' });
    await expect(slipped.getAttribute('aria-describedby')).resolves.toMatch(/-message .*-hint$/);
    expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(80);
    await expect(page.locator('.sheet-group summary').first().textContent()).resolves.toMatch(
      /^Action plan, \d+ findings$/,
    );

    // The actions are two stops back from the findings, however many findings there are.
    await tabTo(page, 'clear-button', 1, true);
    await tabTo(page, 'report-button', 1, true);
    const barTop = await page.locator('.action-bar').evaluate((bar) => bar.getBoundingClientRect().top);
    await page.locator('.finding').last().scrollIntoViewIfNeeded();
    expect(await page.locator('.action-bar').evaluate((bar) => bar.getBoundingClientRect().top)).toBeLessThanOrEqual(
      barTop,
    );
    await expect(page.locator('#report-button').isVisible()).resolves.toBe(true);

    // A severity filter keeps focus and says what is left; the first filter is the next stop after the actions.
    await tabTo(page, 'clear-button', 1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-severity'))).toBe('error');
    await page.keyboard.press('Space');
    await expect(page.locator('.badge--error').getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-severity'))).toBe('error');
    expect((await announced(page)).at(-1)).toBe(`Showing ${total - counts[0]} of ${total} findings; errors hidden.`);
    await expectAccessible(page, 'errors filtered out');
    await page.keyboard.press('Space');
    expect((await announced(page)).at(-1)).toBe(`Showing ${total} of ${total} findings.`);

    // Enter on a finding selects its cell.
    await page.locator('.finding').first().focus();
    const address = await page.locator('.finding').first().getAttribute('data-address');
    await page.keyboard.press('Enter');
    await page.waitForFunction((a) => window.__fakeExcel.workbook.selection?.address === a, address);

    // How the workbook was read opens from the keyboard.
    await page.locator('details.reading > summary').last().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details.reading').last().getAttribute('open')).resolves.toBe('');
    await expectAccessible(page, 'how the workbook was read');

    // Write report sheet: focus goes to the status that says it is done.
    await page.locator('#findings-heading').focus();
    await tabTo(page, 'report-button', 2, true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'status');
    await expect(page.locator('#status').textContent()).resolves.toBe('The Concordat report sheet is written.');
    await expectAccessible(page, 'report sheet written');

    // Clear flags asks first; Escape keeps everything and returns to the button.
    await tabTo(page, 'clear-button', 1, true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Clear the flags?' });
    await dialog.waitFor();
    expect(await focused(page)).toBe('cancel-clear-button');
    await expectAccessible(page, 'asked to clear');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe('clear-button');
    expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).toContain(REPORT_SHEET);
    // Confirmed, it clears, and focus goes to the status.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, 'confirm-clear-button', 1, true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'status');
    await expect(page.locator('#status').textContent()).resolves.toMatch(/^Flags cleared/);
    expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).not.toContain(REPORT_SHEET);
    await expect(page.locator('#report-button').getAttribute('aria-disabled')).resolves.toBe('true');
    await expectAccessible(page, 'cleared');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('follows the Office theme and the system colour scheme, and keeps the bar and marks in forced colours', async () => {
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // Office's Black theme: the dark palette, whatever the system says.
    const dark = await open('taskpane.html', {
      workbook: COUNCIL_WORKBOOK,
      theme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff' },
    });
    await dark.page.getByLabel('As of').fill('2010-06-14');
    await dark.page.locator('#check-button').click();
    await dark.page.locator('#findings-heading').waitFor();
    await expect(dark.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(background(dark.page)).resolves.toBe('rgb(41, 41, 41)');
    await expectAccessible(dark.page, 'Office dark theme');
    expect(dark.problems).toEqual([]);
    await dark.page.close();

    // No Office theme: the system's dark scheme.
    const system = await open('taskpane.html', { workbook: COUNCIL_WORKBOOK });
    await system.page.emulateMedia({ colorScheme: 'dark' });
    await system.page.getByLabel('As of').fill('2010-06-14');
    await system.page.locator('#check-button').click();
    await system.page.locator('#findings-heading').waitFor();
    await expect(background(system.page)).resolves.toBe('rgb(41, 41, 41)');
    await expectAccessible(system.page, 'system dark scheme');
    // An Office light theme wins over a dark system.
    await system.page.close();
    const light = await open('taskpane.html', {
      workbook: COUNCIL_WORKBOOK,
      theme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#262626' },
    });
    await light.page.emulateMedia({ colorScheme: 'dark' });
    await light.page.locator('#check-button').waitFor();
    await expect(background(light.page)).resolves.toBe('rgb(255, 255, 255)');
    await light.page.close();

    // Forced colours: the progress bar and the severity marks are drawn in system colours, not erased.
    const forced = await open('taskpane.html', { workbook: COUNCIL_WORKBOOK, syncDelay: 150 });
    await forced.page.emulateMedia({ forcedColors: 'active' });
    await forced.page.getByLabel('As of').fill('2010-06-14');
    await forced.page.locator('#check-button').click();
    const bar = forced.page.locator('.progress-bar');
    await forced.page.waitForFunction(
      () => (document.querySelector('.progress-bar') as HTMLElement | null)?.offsetWidth,
    );
    const barStyle = await bar.evaluate((b) => getComputedStyle(b).forcedColorAdjust);
    expect(barStyle).toBe('none');
    await forced.page.locator('#findings-heading').waitFor();
    const marks = await forced.page
      .locator('.finding-mark')
      .first()
      .evaluate((m) => [getComputedStyle(m).forcedColorAdjust, getComputedStyle(m).borderTopStyle]);
    expect(marks).toEqual(['none', 'solid']);
    expect(forced.problems).toEqual([]);
    await forced.page.close();
  });

  test('says what changed since the last check: new, resolved, and how long each has been open', async () => {
    const { page, problems } = await open('taskpane.html', { workbook: COUNCIL_WORKBOOK });
    const checkAsOf = async (asOf: string, done: string) => {
      await page.getByLabel('As of').fill(asOf);
      await page.getByRole('button', { name: 'Check workbook' }).click();
      await page.locator('.since-line', { hasText: done }).waitFor();
    };
    await checkAsOf('2026-11-03', 'First check of this workbook');
    const total = await page.locator('.finding').count();
    // A first check calls nothing new.
    expect(await page.locator('.finding-change').count()).toBe(0);

    // R6 is given one officer; R4's officer is deleted.
    await page.evaluate(() =>
      Excel.run(async (context) => {
        const plan = context.workbook.worksheets.getItem('Action plan');
        plan.getRange('E10').values = [['Jayne Pickering']];
        plan.getRange('E8').values = [['']];
        await context.sync();
      }),
    );
    await checkAsOf('2026-12-02', 'Since the last check');
    await expect(page.locator('.since-line').textContent()).resolves.toBe(
      `Since the last check (as of 3 Nov 2026): 1 new, 1 resolved, ${total - 1} still open.`,
    );
    const fresh = page.locator('.finding-card', { has: page.locator('.finding-change--new') });
    expect(await fresh.count()).toBe(1);
    await expect(fresh.locator('.finding').getAttribute('data-address')).resolves.toBe('E8');
    const open29 = page.locator('.finding-change', { hasText: 'open since 3 Nov 2026, 29 days' });
    expect(await open29.count()).toBe(total - 1);
    const resolved = page.locator('details.resolved');
    await resolved.locator('summary').click();
    await expect(resolved.locator('li').allTextContents()).resolves.toEqual([
      'owner.multiple on Action plan, R6 (Officer responsible)had been open since 3 Nov 2026, 29 days',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('accepts a finding from the keyboard: a labelled form, a reason required, shown apart at once', async () => {
    const { page, problems } = await open('taskpane.html', { workbook: COUNCIL_WORKBOOK });
    await page.getByLabel('As of').fill('2010-06-14');
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.waitForSelector('.finding');
    const errorBadge = async () => page.locator('.badge--error').textContent();
    const errorsBefore = await errorBadge();

    // The first error's Accept button opens its form, focused on the reason.
    const item = page.locator('.finding-list li', { has: page.locator('.finding--error') }).first();
    const address = await item.locator('.finding').getAttribute('data-address');
    const toggle = item.getByRole('button', { name: 'Accept…' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const reason = item.getByLabel('Reason (required)');
    await expect(reason.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await expectAccessible(page, 'the Accept form open');

    // Sent with no reason: refused beside the field, nothing written.
    await item.getByRole('button', { name: 'Accept finding' }).press('Enter');
    await expect(item.getByRole('alert').textContent()).resolves.toBe('Say why the finding is accepted.');
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).not.toContain('Concordat accepted');

    await reason.focus();
    await page.keyboard.type('Agreed at audit committee');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Internal Audit');
    await item.getByLabel('Until (optional)').fill('2010-12-31');
    await item.getByRole('button', { name: 'Accept finding' }).press('Enter');
    await page.locator('#status', { hasText: 'Accepted: Agreed at audit committee' }).waitFor();
    // Focus goes to the status, as after writing or clearing, and the result is announced.
    expect(await focused(page)).toBe('status');
    await expect(page.locator('#announcer').textContent()).resolves.toMatch(/Accepted: Agreed at audit committee/);

    // The finding is shown apart, muted, with its reason, and no longer counted.
    const count = (text: string | null) => Number(/(\d+)/.exec(text ?? '')?.[1]);
    const accepted = page.locator('.accepted-group');
    expect(count(await accepted.locator('.count').textContent())).toBe(1);
    await expect(accepted.locator('.finding-accepted').allTextContents()).resolves.toEqual([
      'Accepted: Agreed at audit committee (by Internal Audit, until 31 Dec 2010)',
    ]);
    expect(count(await errorBadge())).toBe(count(errorsBefore) - 1);
    const sheet = await dump(page, 'Concordat accepted');
    const row2 = (sheet?.cells ?? []).filter(([cell]) => /^[A-G]2$/.test(cell)).map(([, value]) => value);
    expect(row2).toEqual([
      expect.stringMatching(/^[a-z]+\.[a-z-]+$/),
      `'Action plan'!${address}`,
      expect.any(String),
      'Agreed at audit committee',
      'Internal Audit',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      '2010-12-31',
    ]);
    await accepted.locator('summary').click();
    await expectAccessible(page, 'a finding accepted, the accepted findings open');

    // The next check reads the row back: still accepted, and Clear flags leaves the sheet.
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.locator('#status', { hasText: 'Check complete' }).waitFor();
    expect(count(await page.locator('.accepted-group .count').textContent())).toBe(1);
    await page.locator('#clear-button').click();
    await page.getByRole('dialog', { name: 'Clear the flags?' }).getByRole('button', { name: 'Clear flags' }).click();
    await page.locator('#status', { hasText: 'Flags cleared' }).waitFor();
    expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).toContain('Concordat accepted');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('says which sheet is protected, what to do and the code, instead of half-writing the flags', async () => {
    const { page } = await open('taskpane.html', { workbook: protectedSavings() });
    const before = await userSheets(page);
    await page.getByRole('button', { name: 'Check workbook' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.status--error');
    await expectProblem(page, '.status--error', 'sheet.protected', /the sheet 'Savings' is protected\.$/);
    // Focus stays on the button that acted; the error is in the status and was announced.
    expect(await focused(page)).toBe('check-button');
    await expect(page.locator('#announcer').textContent()).resolves.toMatch(/the sheet 'Savings' is protected\.$/);
    await expectAccessible(page, 'a check that could not finish');
    expect(await userSheets(page)).toEqual(before);
    expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).not.toContain(LOG_SHEET);
    await page.close();
  });

  test('a finding on a hidden sheet: going to it says the sheet is hidden, what to do and the code', async () => {
    const hiddenSavings = {
      sheets: COUNCIL_WORKBOOK.sheets.map((sheet) =>
        sheet.name === 'Savings' ? { ...sheet, visibility: 'Hidden' as const } : sheet,
      ),
    };
    const { page, problems } = await open('taskpane.html', { workbook: hiddenSavings });
    await page.getByLabel('As of').fill('2010-06-14');
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.locator('#status', { hasText: 'Check complete' }).waitFor();
    const finding = page.locator('.finding[data-sheet="Savings"]').first();
    const address = await finding.getAttribute('data-address');
    await finding.click();
    await page.waitForSelector('.status--error');
    await expectProblem(
      page,
      '.status--error',
      'sheet.hidden',
      new RegExp(`^The sheet 'Savings' is hidden, so Excel cannot go to ${address}\\.$`),
    );
    expect(await page.evaluate(() => window.__fakeExcel.workbook.selection)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  test("refuses an as-of date outside Excel's calendar before reading the workbook, with the core's message", async () => {
    const { page, problems } = await open('taskpane.html', { workbook: COUNCIL_WORKBOOK });
    const before = await userSheets(page);
    const syncsBefore = await syncs(page);
    await page.getByLabel('As of').fill('0211-03-31');
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.waitForSelector('.status--error');
    await expect(page.locator('.status--error .problem-message').textContent()).resolves.toBe(
      asOfMessage('0211-03-31'),
    );
    await expectProblem(page, '.status--error', 'as-of.invalid', /^as-of date "0211-03-31"/);
    expect(await syncs(page)).toBe(syncsBefore);
    expect(await userSheets(page)).toEqual(before);
    expect(await page.evaluate(() => window.__fakeExcel.settings['concordat.asOf'])).toBeUndefined();

    // The first day of the window is checked as usual.
    await page.getByLabel('As of').fill('1900-01-01');
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.locator('#status', { hasText: 'Check complete' }).waitFor();
    expect(await page.locator('.status--error').count()).toBe(0);
    expect(await page.evaluate(() => window.__fakeExcel.settings['concordat.asOf'])).toBe('1900-01-01');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('explains itself when opened outside Excel', async () => {
    const { page, problems } = await open('taskpane.html', { workbook: COUNCIL_WORKBOOK, host: null });
    await expect(page.getByText('Open Concordat from Excel').isVisible()).resolves.toBe(true);
    expect(await page.locator('#check-button').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the ribbon command checks the workbook, shows the report sheet and the counts', async () => {
    const { page, problems } = await open('commands.html', { workbook: COUNCIL_WORKBOOK });
    const dialogUrl = await runRibbonCommand(page);

    expect(await page.evaluate(() => window.__fakeExcel.workbook.activeSheet)).toBe(REPORT_SHEET);
    const query = dialogUrl.searchParams;
    expect(dialogUrl.pathname).toBe('/summary.html');
    const errors = Number(query.get('errors'));
    expect(errors).toBeGreaterThan(0);
    const report = await dump(page, REPORT_SHEET);
    const severities = report?.cells.filter(([address]) => /^A\d+$/.test(address) && address !== 'A1') ?? [];
    expect(severities.filter(([, value]) => value === 'error')).toHaveLength(errors);
    expect(problems).toEqual([]);

    const dialog = await open(`summary.html?${query.toString()}`, { workbook: COUNCIL_WORKBOOK });
    await expect(dialog.page.locator('h1').textContent()).resolves.toMatch(/^\d+ errors?, \d+ warnings?, \d+ notes?$/);
    await expect(dialog.page.getByRole('button', { name: 'Close' }).isVisible()).resolves.toBe(true);
    expect(dialog.problems).toEqual([]);
    await dialog.page.close();
    await page.close();
  });

  test("the ribbon command's dialog says what went wrong, what to do and the code", async () => {
    const { page, problems } = await open('commands.html', { workbook: protectedSavings() });
    const query = (await runRibbonCommand(page)).searchParams;
    expect(query.get('code')).toBe('sheet.protected');
    expect(problems).toEqual([]);

    const dialog = await open(`summary.html?${query.toString()}`, { workbook: COUNCIL_WORKBOOK });
    await expect(dialog.page.locator('h1').textContent()).resolves.toBe('Concordat could not finish the check');
    await expectProblem(dialog.page, '#summary', 'sheet.protected', /'Savings' is protected/);
    expect(dialog.problems).toEqual([]);
    await dialog.page.close();
    await page.close();
  });
});
