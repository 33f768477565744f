/**
 * The corpus read again after changes a council's own copy of the same table could well have:
 * the table moved down and right, notes below it, headers in capitals, with footnote marks or
 * wrapped onto two lines, an empty spacer column, a blank row under the header, dates typed as
 * words or as dd/mm/yyyy text, figures pasted as text ("12,345", "£12,345", "402"), percentages typed as
 * text, trailing and non-breaking spaces, short words in capitals, empty columns between the
 * columns, a merged title, a cover sheet first, a column numbering the lines. None of these
 * changes what a reader would find, so the findings must not change either (rows move with the table). A difference points at reading that
 * depends on where a table sits or how a header is dressed, which unseen workbooks will expose.
 */
import type { CheckResult } from '../../src/core/result';
import { a1, columnNumber } from '../../src/core/snapshot';
import type { CorpusCell, CorpusWorkbook } from './load';
import { checkCorpusWorkbook, loadCorpus } from './load';

const corpus = loadCorpus();

const check = checkCorpusWorkbook;

/** Findings as "Sheet!row rule" (warnings and errors), with rows mapped back through `row`. */
function findingKeys(result: CheckResult, row: (sheet: string, r: number) => number = (_s, r) => r): string[] {
  return result.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.sheet}!${row(f.sheet, f.row)} ${f.ruleId}`)
    .sort();
}

/**
 * Sheets where the change put a row above a list with no header that starts on the sheet's first
 * row. Such a list has no row for the heading of its flags column, so it is left alone (a known
 * limit); given a row above it, it is read. Only on those sheets may the findings differ.
 */
function headerRowGiven(
  original: CheckResult,
  perturbed: CheckResult,
  row: (sheet: string, r: number) => number = (_s, r) => r,
): Set<string> {
  const read = new Set(original.readings.map((r) => r.sheet));
  return new Set(
    perturbed.readings.filter((r) => !read.has(r.sheet) && row(r.sheet, r.headerRows[0]) < 1).map((r) => r.sheet),
  );
}

interface Perturbation {
  name: string;
  apply(wb: CorpusWorkbook, original: CheckResult): CorpusWorkbook;
  /** A perturbed row number back to the original's. */
  rowBack?: (sheet: string, r: number) => number;
}

/** A sheet's merged areas where its cells went: each corner moved as its cell was. */
function movedMerges(
  merges: string[] | undefined,
  row: (r: number) => number,
  col: (c: number) => number = (c) => c,
): { merges?: string[] } {
  if (!merges) return {};
  return {
    merges: merges.map((range) =>
      range
        .split(':')
        .map((ref) => {
          const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
          return a1(row(Number(digits)), col(columnNumber(letters)));
        })
        .join(':'),
    ),
  };
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

function mapCells(
  wb: CorpusWorkbook,
  f: (cell: CorpusCell, sheet: string, r: number, c: number) => CorpusCell,
): CorpusWorkbook {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row, r) => (row ?? []).map((cell, c) => f(cell, s.name, r + 1, c + 1))),
    })),
  };
}

/** The header rows the original reading found, by sheet (only each header's top row if asked). */
function headerRows(result: CheckResult, topOnly = false): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const r of result.readings) {
    const rows = out.get(r.sheet) ?? new Set<number>();
    for (let h = r.headerRows[0]; h <= (topOnly ? r.headerRows[0] : r.headerRows[1]); h++) rows.add(h);
    out.set(r.sheet, rows);
  }
  return out;
}

const PERTURBATIONS: Perturbation[] = [
  {
    name: 'table moved two rows down and one column right',
    apply: (wb) => ({
      ...wb,
      sheets: wb.sheets.map((s) => ({
        ...s,
        rows: [[], [], ...s.rows.map((row) => [null, ...(row ?? [])])],
        ...movedMerges(
          s.merges,
          (r) => r + 2,
          (c) => c + 1,
        ),
      })),
    }),
    rowBack: (_s, r) => r - 2,
  },
  {
    name: 'a title and the date of the paper above everything',
    apply: (wb) => ({
      ...wb,
      sheets: wb.sheets.map((s) => ({
        ...s,
        rows: [['Appendix 3'], ['Position as reported to committee'], [], ...s.rows],
        ...movedMerges(s.merges, (r) => r + 3),
      })),
    }),
    rowBack: (_s, r) => r - 3,
  },
  {
    name: 'notes below the table',
    apply: (wb) => ({
      ...wb,
      sheets: wb.sheets.map((s) => ({
        ...s,
        rows: [
          ...s.rows,
          [],
          ['Note: figures are provisional and subject to audit.'],
          ['Source: finance system, month 9.'],
        ],
      })),
    }),
  },
  {
    name: 'headers in capitals',
    apply: (wb, original) => {
      const headers = headerRows(original);
      return mapCells(wb, (cell, sheet, r) =>
        typeof cell === 'string' && headers.get(sheet)?.has(r) ? cell.toUpperCase() : cell,
      );
    },
  },
  {
    name: 'footnote marks on the headers',
    apply: (wb, original) => {
      // One mark a heading: on its top line where the header is stacked over several rows.
      const headers = headerRows(original, true);
      return mapCells(wb, (cell, sheet, r) =>
        // Marks go on headings' words, not on a unit row's "£'000".
        typeof cell === 'string' && /[a-z]{3}/i.test(cell) && headers.get(sheet)?.has(r) ? `${cell} *` : cell,
      );
    },
  },
  {
    name: 'an empty spacer column after the first column',
    apply: (wb) => ({
      ...wb,
      sheets: wb.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((row) => ((row ?? []).length > 1 ? [row[0], null, ...row.slice(1)] : (row ?? []))),
        ...movedMerges(
          s.merges,
          (r) => r,
          (c) => (c > 1 ? c + 1 : c),
        ),
      })),
    }),
  },
  {
    name: 'dates typed as words',
    apply: (wb) =>
      mapCells(wb, (cell) => {
        if (cell === null || typeof cell !== 'object' || !('date' in cell)) return cell;
        const [y, m, d] = cell.date.split('-').map(Number);
        return `${d} ${MONTHS[m - 1]} ${y}`;
      }),
  },
  {
    name: 'header words wrapped onto two lines',
    apply: (wb, original) => {
      const headers = headerRows(original);
      return mapCells(wb, (cell, sheet, r) =>
        typeof cell === 'string' && headers.get(sheet)?.has(r) && !cell.includes('\n') ? cell.replace(' ', '\n') : cell,
      );
    },
  },
  {
    name: 'whole numbers pasted as text with their thousands separated',
    apply: (wb) =>
      mapCells(wb, (cell) =>
        typeof cell === 'number' && Number.isInteger(cell) && Math.abs(cell) >= 1000
          ? cell.toLocaleString('en-GB')
          : cell,
      ),
  },
  {
    name: 'negative whole numbers typed in brackets with their thousands separated',
    apply: (wb) =>
      mapCells(wb, (cell) =>
        typeof cell === 'number' && Number.isInteger(cell) && cell <= -10
          ? `(${(-cell).toLocaleString('en-GB')})`
          : cell,
      ),
  },
  {
    name: 'trailing spaces in every text cell',
    apply: (wb) => mapCells(wb, (cell) => (typeof cell === 'string' ? `${cell}  ` : cell)),
  },
  {
    name: 'non-breaking spaces in the text, as pasted from a web page',
    apply: (wb) => mapCells(wb, (cell) => (typeof cell === 'string' ? cell.replace(/ /g, '\u00a0') : cell)),
  },
  {
    name: 'short words in the body typed in capitals',
    apply: (wb, original) => {
      const headers = headerRows(original);
      return mapCells(wb, (cell, sheet, r) =>
        typeof cell === 'string' && cell.length <= 20 && !headers.get(sheet)?.has(r) ? cell.toUpperCase() : cell,
      );
    },
  },
  {
    name: 'percentages typed as text',
    apply: (wb) =>
      mapCells(wb, (cell) =>
        cell !== null && typeof cell === 'object' && 'format' in cell && cell.format.includes('%')
          ? `${Number((cell.value * 100).toFixed(6))}%`
          : cell,
      ),
  },
  {
    name: 'dates typed as dd/mm/yyyy text',
    apply: (wb) =>
      mapCells(wb, (cell) => {
        if (cell === null || typeof cell !== 'object' || !('date' in cell)) return cell;
        const [y, m, d] = cell.date.split('-');
        return `${d}/${m}/${y}`;
      }),
  },
  {
    name: 'whole numbers of 10 or more typed as text without separators',
    apply: (wb) =>
      mapCells(wb, (cell) =>
        typeof cell === 'number' && Number.isInteger(cell) && Math.abs(cell) >= 10 ? String(cell) : cell,
      ),
  },
  {
    name: 'whole numbers of £1,000 or more typed as text with a pound sign',
    apply: (wb) =>
      mapCells(wb, (cell) =>
        typeof cell === 'number' && Number.isInteger(cell) && Math.abs(cell) >= 1000
          ? `${cell < 0 ? '-' : ''}£${Math.abs(cell).toLocaleString('en-GB')}`
          : cell,
      ),
  },
  {
    name: 'an empty column between every two columns',
    apply: (wb) => ({
      ...wb,
      sheets: wb.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((row) => (row ?? []).flatMap((c, i) => (i === 0 ? [c] : [null, c]))),
        ...movedMerges(
          s.merges,
          (r) => r,
          (c) => 2 * c - 1,
        ),
      })),
    }),
  },
  {
    name: 'a title merged across the sheet above everything',
    apply: (wb) => ({
      ...wb,
      sheets: wb.sheets.map((s) => {
        const width = Math.min(26, Math.max(1, ...s.rows.map((r) => (r ?? []).length)));
        const moved = movedMerges(s.merges, (r) => r + 2).merges ?? [];
        return {
          ...s,
          rows: [['Appendix A: position at the end of the quarter'], [], ...s.rows],
          merges: [`A1:${a1(1, width).replace(/\d+$/, '')}1`, ...moved],
        };
      }),
    }),
    rowBack: (_s, r) => r - 2,
  },
  {
    name: 'a cover sheet of prose before the others',
    apply: (wb) => ({
      ...wb,
      sheets: [
        {
          name: 'Cover',
          rows: [
            ['Report to committee'],
            ['This appendix sets out the position at the end of the quarter.'],
            [],
            ['Contact: Head of Finance, 01234 567890'],
          ],
        },
        ...wb.sheets,
      ],
    }),
  },
];

/** Where the last workbook's blank rows went in, by sheet: rows after them map back one up each. */
let inserted = new Map<string, number[]>();
const blankAfterHeader: Perturbation = {
  name: 'a blank row under each header',
  rowBack: (sheet, r) => r - (inserted.get(sheet) ?? []).filter((at) => at < r).length,
  apply: (wb, original) => {
    const bottoms = new Map<string, number[]>();
    for (const r of original.readings) bottoms.set(r.sheet, [...(bottoms.get(r.sheet) ?? []), r.headerRows[1]]);
    inserted = new Map(
      [...bottoms].map(([sheet, rows]) => [sheet, [...rows].sort((a, b) => a - b).map((row, k) => row + k + 1)]),
    );
    return {
      ...wb,
      sheets: wb.sheets.map((s) => {
        const at = new Set(bottoms.get(s.name) ?? []);
        const rows: (CorpusCell[] | null)[] = [];
        s.rows.forEach((row, i) => {
          rows.push(row);
          if (at.has(i + 1)) rows.push([]);
        });
        const below = (r: number) => [...at].filter((b) => b < r).length;
        return { ...s, rows: rows as typeof s.rows, ...movedMerges(s.merges, (r) => r + below(r)) };
      }),
    };
  },
};
PERTURBATIONS.push(blankAfterHeader);

/**
 * A number column ("No." over 1, 2, 3…) put in before each table checked, under a one-row header
 * a reader would number (printed headings, not minutes or records) and over three items or more:
 * two lines numbered 1 and 2 are too few to tell a count from references, and where the number
 * goes in a stacked header (top row or bottom) varies.
 */
const runningNumbers: Perturbation = {
  name: "a running number column ('No.' over 1, 2, 3…) before each table",
  apply: (wb, original) => {
    const at = new Map<string, number>();
    const numbers = new Map<string, Map<number, number | string>>();
    for (const r of original.readings) {
      const [from, to] = r.range.split(':');
      const col = columnNumber(/^[A-Z]+/.exec(from)![0]);
      const headed = r.columns.filter((c) => c.evidence.startsWith('header word')).length >= 2;
      if (r.kind === 'skipped' || !headed || r.headerRows[0] !== r.headerRows[1]) continue;
      if (/minutes|records/.test(r.kindReason) || (at.has(r.sheet) && at.get(r.sheet) !== col)) continue;
      const notItems = new Set([...r.totalsRows, ...r.subtotalRows, ...r.skippedRows.map((k) => k.row)]);
      const rows = wb.sheets.find((s) => s.name === r.sheet)!.rows;
      const cells = new Map<number, number | string>([[r.headerRows[0], 'No.']]);
      let n = 0;
      for (let row = r.headerRows[1] + 1; row <= Number(/\d+$/.exec(to)![0]); row++) {
        const filled = (rows[row - 1] ?? []).some((c) => c !== null && c !== '');
        if (filled && !notItems.has(row)) cells.set(row, ++n);
      }
      if (n < 3) continue;
      at.set(r.sheet, col);
      numbers.set(r.sheet, new Map([...(numbers.get(r.sheet) ?? []), ...cells]));
    }
    return {
      ...wb,
      sheets: wb.sheets.map((s) => {
        const col = at.get(s.name);
        if (col === undefined) return s;
        const cells = numbers.get(s.name)!;
        return {
          ...s,
          rows: s.rows.map((row, i) => {
            const out = [...(row ?? [])];
            while (out.length < col - 1) out.push(null);
            out.splice(col - 1, 0, cells.get(i + 1) ?? null);
            return out;
          }),
          ...movedMerges(
            s.merges,
            (r) => r,
            (c) => (c >= col ? c + 1 : c),
          ),
        };
      }),
    };
  },
};
PERTURBATIONS.push(runningNumbers);

describe('the corpus read again after harmless changes', () => {
  const originals = new Map<string, CheckResult>();
  beforeAll(async () => {
    for (const wb of corpus) originals.set(wb.file, await check(wb));
  });

  it.each(PERTURBATIONS.map((p) => [p.name, p] as const))('%s: the same findings', async (_name, p) => {
    const changed: string[] = [];
    for (const wb of corpus) {
      const original = originals.get(wb.file) as CheckResult;
      const perturbed = await check(p.apply(wb, original));
      const given = headerRowGiven(original, perturbed, p.rowBack);
      const kept = (k: string) => !given.has(k.slice(0, k.lastIndexOf('!')));
      const before = findingKeys(original).filter(kept);
      const after = findingKeys(perturbed, p.rowBack).filter(kept);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        const lost = before.filter((k) => !after.includes(k));
        const gained = after.filter((k) => !before.includes(k));
        changed.push(`${wb.file}: lost ${lost.join(', ') || '-'}; gained ${gained.join(', ') || '-'}`);
      }
    }
    if (changed.length > 0) console.log(`${p.name}: ${changed.length} workbooks differ\n  ${changed.join('\n  ')}`);
    expect(changed).toEqual([]);
  });
});
