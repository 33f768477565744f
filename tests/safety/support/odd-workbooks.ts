/**
 * Odd but readable workbooks, built with exceljs the way the catalogue needs them: each one is a
 * shape councils' trackers really take (titles above the header, merged headers, totals rows,
 * formula errors, text dates…) or one a careless export produces (1,000 columns, a full cell).
 */
import * as ExcelJS from 'exceljs';
import { saveToBuffer } from '../../../testkit/cli/realistic-workbook';

export const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

const ACTION_HEADERS = ['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status'];

/** A workbook with one sheet of rows; Date cells get a UK date format. */
function sheetOf(
  name: string,
  rows: ExcelJS.CellValue[][],
  wb: ExcelJS.Workbook = new ExcelJS.Workbook(),
): ExcelJS.Workbook {
  const ws = wb.addWorksheet(name);
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  return wb;
}

const save = (wb: ExcelJS.Workbook): Promise<Buffer> => saveToBuffer(wb);

export function noHeaderRow(): Promise<Buffer> {
  return save(
    sheetOf('Data', [
      ['R1', 'Agree a single management team', 'Kevin Dicks', utc(2010, 3, 1)],
      ['R2', 'Report savings quarterly', '', 'Immediately'],
    ]),
  );
}

export function headerBelowTitles(): Promise<Buffer> {
  const wb = sheetOf('Action plan', [
    ['Shared Services Action Plan 2010/11'],
    [],
    ['Prepared for the Shared Services Board, 21 January 2010'],
    ACTION_HEADERS,
    ['R1', 'Agree a single management team', '', utc(2011, 9, 30), 'In progress'],
    ['R2', 'Report savings to the board', 'Jayne Pickering', utc(2010, 3, 1), 'In progress'],
    ['R3', 'Publish the business case', 'Clare Felton', utc(2011, 1, 31), 'Complete'],
  ]);
  (wb.getWorksheet('Action plan') as ExcelJS.Worksheet).mergeCells('A1:E1');
  return save(wb);
}

export function blankAndDuplicateHeaders(): Promise<Buffer> {
  return save(
    sheetOf('Plan', [
      ['Ref', '', 'Action', 'Owner', 'Owner', 'Deadline', null, 'Status'],
      ['R1', 'x', 'Agree a team', '', 'Kevin Dicks', utc(2011, 9, 30), 'stray', 'In progress'],
      ['R2', 'y', 'Publish the case', 'Clare Felton', '', utc(2011, 9, 30), null, 'In progress'],
    ]),
  );
}

export function mergedHeaderCells(): Promise<Buffer> {
  const wb = sheetOf('Plan', [
    ['Ref', 'Action', 'Officer responsible', null, 'Deadline', 'Status'],
    ['R1', 'Agree a team', '', 'deputy: Kevin Dicks', utc(2011, 9, 30), 'In progress'],
    ['R2', 'Publish the case', 'Clare Felton', '', utc(2011, 9, 30), 'In progress'],
  ]);
  (wb.getWorksheet('Plan') as ExcelJS.Worksheet).mergeCells('C1:D1');
  return save(wb);
}

export function raggedRows(): Promise<Buffer> {
  return save(
    sheetOf('Plan', [
      ACTION_HEADERS,
      ['R1'],
      ['R2', 'Publish the case', 'Clare Felton', utc(2011, 9, 30), 'In progress', undefined, 'a note far to the right'],
      ['R3', 'Review the principles', 'Kevin Dicks'],
    ]),
  );
}

export function blankRowsInside(): Promise<Buffer> {
  return save(
    sheetOf('Plan', [
      ACTION_HEADERS,
      ['R1', 'Agree a team', 'Kevin Dicks', utc(2011, 9, 30), 'In progress'],
      [],
      [null, '', '   '],
      ['R2', 'Publish the case', '', utc(2011, 9, 30), 'In progress'],
    ]),
  );
}

export function totalsAndSubtotals(): Promise<Buffer> {
  return save(
    sheetOf('Savings', [
      ['Service', 'Year', 'Officer responsible', 'Saving target', 'Achieved'],
      ['Single management team', '2010/11', 'Kevin Dicks', 246000, 246000],
      ['Payroll', '2010/11', 'Jayne Pickering', 40000, 40000],
      ['Subtotal 2010/11', null, null, 286000, 286000],
      ['CCTV and Lifeline', '2011/12', 'Clare Felton', 120000, 120000],
      ['Subtotal 2011/12', null, null, 120000, 120000],
      ['Total', null, null, 416000, { formula: 'E3+E4+E6', result: 406000 }],
    ]),
  );
}

export function formulaErrors(): Promise<Buffer> {
  const wb = sheetOf('Plan', [
    ACTION_HEADERS,
    ['R1', 'Agree a team', { error: '#REF!' }, utc(2011, 9, 30), 'In progress'],
    ['R2', 'Publish the case', 'Clare Felton', { formula: '1/0', result: { error: '#DIV/0!' } }, 'In progress'],
    [
      'R3',
      'Review the principles',
      'Kevin Dicks',
      utc(2011, 9, 30),
      { formula: 'VLOOKUP(A4,X:Y,2,0)', result: { error: '#N/A' } },
    ],
  ]);
  sheetOf(
    'Savings',
    [
      ['Service', 'Year', 'Officer responsible', 'Saving target'],
      ['Payroll', '2010/11', 'Jayne Pickering', { formula: 'B2*2', result: { error: '#VALUE!' } }],
    ],
    wb,
  );
  return save(wb);
}

export function formulasWithoutCachedValues(): Promise<Buffer> {
  return save(
    sheetOf('Plan', [
      ACTION_HEADERS,
      [
        'R1',
        'Agree a team',
        { formula: 'Staff!B2' } as ExcelJS.CellFormulaValue,
        { formula: 'DATE(2011,9,30)' } as ExcelJS.CellFormulaValue,
        'In progress',
      ],
      [
        'R2',
        'Publish the case',
        'Clare Felton',
        utc(2011, 9, 30),
        { formula: 'IF(A3="","","Complete")' } as ExcelJS.CellFormulaValue,
      ],
    ]),
  );
}

export function wrongTypes(): Promise<Buffer> {
  const wb = sheetOf('Plan', [
    ACTION_HEADERS,
    ['R1', 'Agree a team', 42, utc(2011, 9, 30), 'In progress'],
    ['R2', 'Publish the case', 'Clare Felton', utc(2011, 9, 30), 7],
    ['R3', 'Review the principles', true, utc(2011, 9, 30), 'In progress'],
  ]);
  sheetOf(
    'Savings',
    [
      ['Service', 'Year', 'Officer responsible', 'Saving target', 'Achieved'],
      ['Payroll', '2010/11', 'Jayne Pickering', 'TBC', 'about half'],
      ['CCTV', 2011, 'Clare Felton', '£120k', 'Yes'],
    ],
    wb,
  );
  return save(wb);
}

export function datesAsText(): Promise<Buffer> {
  const deadlines = [
    '1st March 2010 (next Shared Services Board)',
    '31/03/2011',
    'March 2011',
    'Immediately',
    '2010-06-30',
    '30.06.10',
    'Q4 2010/11',
    'TBC',
    '31/02/2011',
  ];
  return save(
    sheetOf('Plan', [
      ACTION_HEADERS,
      ...deadlines.map((d, i) => [`R${i + 1}`, `Action ${i + 1}`, 'Kevin Dicks', d, 'In progress']),
    ]),
  );
}

export function phantomLeapDay(): Promise<Buffer> {
  const wb = sheetOf('Plan', [ACTION_HEADERS, ['R1', 'Agree a team', 'Kevin Dicks', 60, 'In progress']]);
  (wb.getWorksheet('Plan') as ExcelJS.Worksheet).getCell('D2').numFmt = 'dd/mm/yyyy';
  return save(wb);
}

export function date1904(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  sheetOf(
    'Plan',
    [
      ACTION_HEADERS,
      ['R1', 'Agree a team', 'Kevin Dicks', utc(2010, 3, 1), 'In progress'],
      ['R2', 'Publish the case', 'Clare Felton', utc(2011, 4, 14), 'In progress'],
    ],
    wb,
  );
  return save(wb);
}

export function sharesFractionsAndPercentages(): Promise<Buffer> {
  const wb = sheetOf('Savings', [
    ['Service', 'Year', 'Officer responsible', 'Cost', 'Basis', 'Bromsgrove share', 'Redditch share'],
    ['Single management team', '2010/11', 'Kevin Dicks', 246000, 'Equal', 0.5, 0.5],
    ['Payroll', '2010/11', 'Jayne Pickering', 40000, 'Equal', '50%', '50%'],
    ['ICT', '2010/11', 'Clare Felton', 80000, 'Equal', 50, 50],
    ['CCTV and Lifeline', '2010/11', 'Tracy Lake', 120000, 'Activity', 0.7, '40%'],
  ]);
  const ws = wb.getWorksheet('Savings') as ExcelJS.Worksheet;
  ws.getCell('F3').numFmt = '0%';
  return save(wb);
}

export function thousandColumns(): Promise<Buffer> {
  const headers = [...ACTION_HEADERS, ...Array.from({ length: 995 }, (_, i) => `Extra ${i + 6}`)];
  const row = (ref: string, owner: string) => [
    ref,
    'Agree a team',
    owner,
    utc(2011, 9, 30),
    'In progress',
    ...Array.from({ length: 995 }, (_, i) => i),
  ];
  return save(sheetOf('Wide', [headers, row('R1', ''), row('R2', 'Kevin Dicks')]));
}

/** Excel's largest cell (32,767 characters) in the status column and in the action column. */
export const EXCEL_MAX_CELL = 32_767;
export function fullCell(): Promise<Buffer> {
  const status = `Queried ${'x'.repeat(EXCEL_MAX_CELL - 8)}`;
  return save(
    sheetOf('Plan', [ACTION_HEADERS, ['R1', 'a'.repeat(EXCEL_MAX_CELL), 'Kevin Dicks', utc(2011, 9, 30), status]]),
  );
}

export function hiddenAndFilteredRows(): Promise<Buffer> {
  const wb = sheetOf('Plan', [
    ACTION_HEADERS,
    ['R1', 'Agree a team', 'Kevin Dicks', utc(2011, 9, 30), 'Complete'],
    ['R2', 'Publish the case', '', utc(2011, 9, 30), 'In progress'],
    ['R3', 'Review the principles', 'Clare Felton', utc(2011, 9, 30), 'Complete'],
  ]);
  const ws = wb.getWorksheet('Plan') as ExcelJS.Worksheet;
  ws.autoFilter = 'A1:E4';
  ws.getRow(3).hidden = true; // filtered out: only "Complete" rows shown
  return save(wb);
}

export function tableAndPlainRange(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Table');
  ws.addTable({
    name: 'Actions',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: ACTION_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: [
      ['R1', 'Agree a team', '', utc(2011, 9, 30), 'In progress'],
      ['R2', 'Publish the case', 'Clare Felton', utc(2011, 9, 30), 'In progress'],
    ],
  });
  sheetOf('Range', [ACTION_HEADERS, ['R1', 'Agree a team', '', utc(2011, 9, 30), 'In progress']], wb);
  return save(wb);
}

export async function protectedSheet(): Promise<Buffer> {
  const wb = sheetOf('Plan', [ACTION_HEADERS, ['R1', 'Agree a team', '', utc(2011, 9, 30), 'In progress']]);
  await (wb.getWorksheet('Plan') as ExcelJS.Worksheet).protect('board-2010', {
    spinCount: 1000,
    selectLockedCells: true,
  });
  return save(wb);
}

export function namesAndLinks(): Promise<Buffer> {
  const wb = sheetOf('Plan', [
    ACTION_HEADERS,
    [
      'R1',
      { text: 'Agree a team', hyperlink: 'https://example.org/board-2010.pdf' },
      { text: 'Kevin Dicks', hyperlink: 'mailto:kevin@example.org' },
      utc(2011, 9, 30),
      'In progress',
    ],
    ['R2', { text: 'See the notes', hyperlink: "#'Notes'!A1" }, '', utc(2011, 9, 30), 'In progress'],
  ]);
  sheetOf('Notes', [['Figures from the board papers']], wb);
  wb.definedNames.add("'Plan'!$A$1:$E$3", 'Actions');
  wb.definedNames.add("'Plan'!$C$2:$C$3", 'Owners');
  return save(wb);
}

export function nothingRecognisable(): Promise<Buffer> {
  const wb = sheetOf('Cover', [['Shared Services Board'], ['Papers for 21 January 2010']]);
  sheetOf(
    'Chart data',
    [
      [2008, 2009, 2010],
      [1.5, 2.25, 3],
    ],
    wb,
  );
  return save(wb);
}
