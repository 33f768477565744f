/**
 * Random workbooks for the property tests: one to three sheets, each with title rows, a header row
 * drawn from the wordings councils use, and cells of every kind (numbers, text that starts like a
 * formula, dates, booleans, blanks, formulas with results) under random styles, plus a note, a
 * merge, a drop-down and column widths on each sheet and a defined name in the workbook. Notes,
 * styles and merges may land right of the table, where the flags column goes.
 */
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';

const ACTION_HEADERS = [
  'Ref',
  'Recommendation',
  'Action',
  'Responsible officer',
  'Owner',
  'Deadline',
  'Target date',
  'Status',
  'Priority',
  'Revised date',
  'Progress update',
];
const SAVINGS_HEADERS = [
  'Service',
  'Year',
  'Saving target',
  'Achieved',
  'Cost',
  'Basis',
  'Bromsgrove share',
  'Redditch share',
  'Officer responsible',
];
const SHEET_NAMES = ['Action plan', 'Savings', 'Notes', 'R&D', "Officers' list", '2010-11', 'Hub <scrutiny>'];

/** Text a spreadsheet could take for a formula, and text councils really type. */
const HOSTILE_TEXT = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://example.org","x")',
  '+44 1527 881288',
  '-5',
  '@SUM(A1:A2)',
  '\tTabbed in',
  "'quoted",
];
const REAL_TEXT = [
  'Kevin Dicks',
  'Jayne Pickering Clare Felton',
  'CMT/Cabinet',
  'Immediately',
  '1st March 2010',
  'March 2011',
  'Complete',
  'In progress',
  '£120k',
  '50%',
  '2010/11',
  'TBC',
  'Equal',
];

type CellSpec =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'date'; days: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'blank' }
  | { kind: 'formula'; formula: string; result: number };

interface SheetSpec {
  name: string;
  titleRows: number;
  headers: string[];
  rows: { cell: CellSpec; style: number }[][];
  note: { row: number; col: number; text: string };
  merge: { row: number; col: number };
  validation: { row: number; col: number };
  widths: (number | null)[];
}

export interface WorkbookSpec {
  date1904: boolean;
  sheets: SheetSpec[];
}

const STYLES: Partial<ExcelJS.Style>[] = [
  {},
  { font: { bold: true, color: { argb: 'FF1F4E79' } } },
  { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } },
  { border: { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } } },
  { numFmt: '£#,##0.00' },
  { alignment: { wrapText: true, vertical: 'top' } },
];

const cellSpec: fc.Arbitrary<CellSpec> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((value) => ({ kind: 'number' as const, value })),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    .map((value) => ({ kind: 'number' as const, value })),
  fc.constantFrom(...HOSTILE_TEXT, ...REAL_TEXT).map((value) => ({ kind: 'text' as const, value })),
  fc.string({ minLength: 1, maxLength: 24 }).map((value) => ({ kind: 'text' as const, value })),
  fc.integer({ min: 0, max: 20_000 }).map((days) => ({ kind: 'date' as const, days })),
  fc.boolean().map((value) => ({ kind: 'boolean' as const, value })),
  fc.constant({ kind: 'blank' as const }),
  fc.integer({ min: 0, max: 1000 }).map((n) => ({ kind: 'formula' as const, formula: `${n}*2`, result: n * 2 })),
);

function sheetSpec(name: string): fc.Arbitrary<SheetSpec> {
  return fc
    .tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(ACTION_HEADERS, SAVINGS_HEADERS))
    .chain(([titleRows, pool]) =>
      fc.shuffledSubarray(pool, { minLength: 2, maxLength: 6 }).chain((headers) => {
        const width = headers.length;
        const lastRow = titleRows + 1 + 8;
        // Places anywhere in the table or just right of it, where the flags column will go.
        const place = fc.record({
          row: fc.integer({ min: 1, max: lastRow }),
          col: fc.integer({ min: 1, max: width + 1 }),
        });
        return fc.record({
          name: fc.constant(name),
          titleRows: fc.constant(titleRows),
          headers: fc.constant(headers),
          rows: fc.array(
            fc.array(fc.record({ cell: cellSpec, style: fc.integer({ min: 0, max: STYLES.length - 1 }) }), {
              minLength: width,
              maxLength: width,
            }),
            { maxLength: 8 },
          ),
          note: fc.record({
            row: place.map((p) => p.row),
            col: place.map((p) => p.col),
            text: fc.constantFrom('Agreed at the board', '=not a formula', 'See the minutes'),
          }),
          merge: place,
          validation: place,
          widths: fc.array(fc.option(fc.integer({ min: 6, max: 40 }), { nil: null }), {
            minLength: width + 1,
            maxLength: width + 1,
          }),
        });
      }),
    );
}

export const workbookSpec: fc.Arbitrary<WorkbookSpec> = fc.record({
  date1904: fc.boolean(),
  sheets: fc
    .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
    .chain((names) => fc.tuple(...names.map(sheetSpec))),
});

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1995, 0, 1);

function cellValue(spec: CellSpec): ExcelJS.CellValue {
  switch (spec.kind) {
    case 'number':
    case 'boolean':
    case 'text':
      return spec.value;
    case 'date':
      return new Date(FIRST_DAY + spec.days * DAY_MS);
    case 'blank':
      return null;
    case 'formula':
      return { formula: spec.formula, result: spec.result };
  }
}

function buildSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name);
  for (let r = 1; r <= spec.titleRows; r++)
    ws.getCell(r, 1).value = r === 1 ? `${spec.name} 2010/11` : 'Prepared for the Shared Services Board';
  const headerRow = spec.titleRows + 1;
  spec.headers.forEach((text, i) => {
    ws.getCell(headerRow, i + 1).value = text;
  });
  spec.rows.forEach((cells, r) => {
    cells.forEach(({ cell, style }, c) => {
      const target = ws.getCell(headerRow + 1 + r, c + 1);
      target.value = cellValue(cell);
      if (STYLES[style] !== STYLES[0])
        (target as unknown as { style: Partial<ExcelJS.Style> }).style = { ...STYLES[style] };
      if (cell.kind === 'date') target.numFmt = 'dd/mm/yyyy';
    });
  });
  ws.getCell(spec.note.row, spec.note.col).note = spec.note.text;
  ws.getCell(spec.validation.row, spec.validation.col).dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"Complete,In progress,Not started"'],
  };
  // A two-cell merge, moved down a row if it would swallow the header row.
  const mergeRow = spec.merge.row === headerRow ? headerRow + 1 : spec.merge.row;
  ws.mergeCells(mergeRow, spec.merge.col, mergeRow, spec.merge.col + 1);
  spec.widths.forEach((width, i) => {
    if (width !== null) ws.getColumn(i + 1).width = width;
  });
}

export function buildWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = spec.date1904;
  for (const sheet of spec.sheets) buildSheet(wb, sheet);
  const first = spec.sheets[0];
  const quoted = `'${first.name.replace(/'/g, "''")}'`;
  wb.definedNames.add(`${quoted}!$A$${first.titleRows + 1}:$B$${first.titleRows + 2}`, 'Checked_area');
  return wb;
}
