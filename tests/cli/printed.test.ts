/**
 * A checked copy on paper, as LibreOffice prints it: converted to PDF, no two words on any page
 * overlap (a flag running over its neighbours, or text drawn over the row below, would), the report
 * sheet prints landscape with its header row on every page, and money reads as money. One page of
 * the report is kept as an image for the README (refreshed with CONCORDAT_UPDATE_SCREENSHOTS=1).
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { REPORT_COLUMNS } from '../../src/core/output/sheets';
import { requireProgram } from '../../testkit/programs';
import { libreOffice, SOFFICE, type LibreOffice } from '../../testkit/cli/libreoffice';
import { saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { runCli, scratchDir, writeFixture } from '../../testkit/cli/run-cli';

const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFTOPPM = '/usr/bin/pdftoppm';
const available =
  requireProgram(SOFFICE, 'LibreOffice (soffice)') &&
  requireProgram(PDFTOTEXT, 'pdftotext (poppler-utils)') &&
  requireProgram(PDFTOPPM, 'pdftoppm (poppler-utils)');
const maybe = available ? test : test.skip;

const IMAGE = process.env.CONCORDAT_UPDATE_SCREENSHOTS
  ? path.resolve(__dirname, '../../docs/printed-report.png')
  : path.resolve(__dirname, '../.tmp/screenshots/printed-report.png');

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Page {
  width: number;
  height: number;
  words: Word[];
}

/** Every page's size and word boxes, from pdftotext's -bbox XHTML. */
function pages(pdf: string): Page[] {
  const html = execFileSync(PDFTOTEXT, ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [
        ...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ].map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5] }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

/**
 * Pairs of words whose boxes overlap: across by more than a sliver, and down by more than a
 * quarter of a line (a glyph box runs from the font's ascent to its descent, so lines touch).
 */
function overlaps(page: Page): string[] {
  const SLIVER = 0.5;
  const found: string[] = [];
  const words = [...page.words].sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length && words[j].x0 < words[i].x1 - SLIVER; j++) {
      const a = words[i];
      const b = words[j];
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const line = Math.min(a.y1 - a.y0, b.y1 - b.y0);
      if (across > SLIVER && down > line / 4)
        found.push(`'${a.text}' and '${b.text}' at ${a.x0.toFixed(0)},${a.y0.toFixed(0)}`);
    }
  }
  return found;
}

let scratch: { dir: string; remove: () => void };
let office: LibreOffice;
beforeAll(() => {
  scratch = scratchDir();
  office = libreOffice();
});
afterAll(() => {
  scratch.remove();
  office.remove();
});

/** A longer plan: enough findings for the report to run over several printed pages. */
async function longPlan(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.addRow(['Ref', 'Recommendation', 'Responsible officer', 'Deadline', 'Status', "Saving (£'000)"]);
  for (let i = 1; i <= 150; i++) {
    ws.addRow([
      `R${i}`,
      `Agree the shared ${['ICT', 'payroll', 'CCTV', 'Lifeline'][i % 4]} arrangements with both councils and report to the board`,
      i % 3 === 0 ? null : 'Head of Transformation',
      i % 2 === 0 ? 'Immediately' : new Date(Date.UTC(2010, 2, 1)),
      i % 5 === 0 ? 'Ongoing' : 'Open',
      120 * i,
    ]);
  }
  ws.getColumn(4).numFmt = 'dd/mm/yyyy';
  // The user's own columns wide enough for what they hold, so what is tested is Concordat's output.
  [6, 90, 24, 12, 10, 14].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  return saveToBuffer(wb);
}

maybe(
  'LibreOffice prints a checked copy with no overlapping text, and the report landscape with its header on every page',
  async () => {
    await writeFixture(scratch.dir, 'long.xlsx', await longPlan());
    const r = await runCli(['check', 'long.xlsx', '--quiet', '--fail-on', 'never'], { cwd: scratch.dir });
    expect(r.stderr).toBe('');
    const out = path.join(scratch.dir, 'pdf');
    office.convert(path.join(scratch.dir, 'long.checked.xlsx'), 'pdf', out);
    const pdf = path.join(out, 'long.checked.pdf');
    const all = pages(pdf);
    expect(all.length).toBeGreaterThan(2);
    expect(all.flatMap((page, i) => overlaps(page).map((o) => `page ${i + 1}: ${o}`))).toEqual([]);

    // The report's pages: landscape, each starting with the header row.
    const report = all.filter((page) => page.words.some((w) => w.text === 'fix') && page.width > page.height);
    expect(report.length).toBeGreaterThan(1);
    for (const page of report) {
      const top = Math.min(...page.words.map((w) => w.y0));
      const first = page.words.filter((w) => w.y0 - top < 4).map((w) => w.text);
      expect(first).toEqual(expect.arrayContaining(REPORT_COLUMNS.map((c) => c.header.split(' ')[0])));
    }
    // One page wide: the last column's header is on the page with the first's.
    expect(report[0].words.some((w) => w.text === 'Severity')).toBe(true);

    mkdirSync(path.dirname(IMAGE), { recursive: true });
    const index = all.indexOf(report[0]) + 1;
    const prefix = path.join(out, 'report');
    execFileSync(PDFTOPPM, ['-f', String(index), '-l', String(index), '-png', '-r', '60', '-singlefile', pdf, prefix]);
    copyFileSync(`${prefix}.png`, IMAGE);
    expect(readFileSync(IMAGE).subarray(1, 4).toString()).toBe('PNG');
  },
  240_000,
);
