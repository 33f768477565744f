/**
 * A workbook like the ones councils keep: a title row above the header, dates, money formats,
 * a totals formula with its cached result, fills, borders, a note, a drop-down list, a merged
 * title, column widths, a hidden row, a defined name, links, and the user's own conditional format.
 */
import * as ExcelJS from 'exceljs';
import type { FlagPlan } from '../../src/core/flagplan';
import { FLAGS_HEADER } from '../../src/core/snapshot';

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9AA5B1' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export function buildRealisticWorkbook(options: { date1904?: boolean } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Action plan', { views: [{ state: 'frozen', ySplit: 3 }] });

  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = 'Shared Services Action Plan 2010/11';
  ws.getCell('A1').font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
  ws.getCell('A2').value = {
    richText: [
      { text: 'Agreed by the ', font: { italic: true } },
      { text: 'Shared Services Board', font: { bold: true, italic: true } },
    ],
  };

  const headers = ['Ref', 'Recommendation', 'Responsible officer', 'Deadline', 'Status', 'Cost (£)'];
  headers.forEach((text, i) => {
    const cell = ws.getCell(3, i + 1);
    cell.value = text;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    cell.border = box;
  });
  const rows: ExcelJS.CellValue[][] = [
    ['R1', 'Agree a single management team', 'Kevin Dicks', utc(2010, 3, 1), 'In progress', 246000],
    ['R2', 'Report savings to the board quarterly', '', utc(2010, 6, 1), 'Not started', 120000],
    ['R3', 'Review the cost-sharing principles', 'Jayne Pickering Clare Felton', 'Immediately', 'In progress', 35000.5],
    ['R4', 'Publish the business case', 'Clare Felton', utc(2011, 3, 31), 'Complete', 0],
    ['R5', '=HYPERLINK("x") looks like a formula but is text', 'Tracy Lake', utc(2010, 9, 30), '', 12000],
  ];
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      const cell = ws.getCell(4 + r, c + 1);
      cell.value = value;
      cell.border = box;
      if (c === 3 && value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      if (c === 5) cell.numFmt = '"£"#,##0.00;[Red]-"£"#,##0.00';
    });
  });
  ws.getCell('A4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  ws.getCell('B4').note = 'Agreed at the Shared Services Board, 21 January 2010';
  for (let r = 4; r <= 8; r++) {
    ws.getCell(`E${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"Complete,In progress,Not started"'],
    };
  }
  ws.getCell('E9').value = 'Total';
  ws.getCell('E9').font = { bold: true };
  ws.getCell('F9').value = { formula: 'SUM(F4:F8)', result: 413000.5 };
  ws.getCell('F9').numFmt = '£#,##0';
  ws.getCell('A11').value = { text: 'Audit report', hyperlink: 'https://example.org/audit-2010.pdf' };
  ws.getCell('A12').value = { text: 'Savings sheet', hyperlink: "#'Savings'!A1" };
  ws.getRow(7).hidden = true;
  [8, 48, 28, 14, 14, 16].forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.addConditionalFormatting({
    ref: 'E4:E8',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: 'Complete',
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
      },
    ],
  });
  wb.definedNames.add("'Action plan'!$F$4:$F$8", 'ActionCosts');

  const savings = wb.addWorksheet('Savings');
  savings.addRow(['Saving', 'Total', 'Bromsgrove %', 'Redditch %', 'Agreed on']);
  savings.addRow(['Single management team', 246000, 0.5, 0.5, utc(2010, 1, 21)]);
  savings.addRow(['CCTV and Lifeline', 120000, 0.35, 0.65, utc(2010, 4, 1)]);
  savings.getColumn(2).numFmt = '£#,##0';
  savings.getColumn(3).numFmt = '0%';
  savings.getColumn(4).numFmt = '0%';
  savings.getColumn(5).numFmt = 'd mmmm yyyy';
  savings.getColumn(1).width = 30;
  savings.getCell('F2').value = { formula: 'B2*C2' }; // never calculated: no cached result
  savings.getCell('F3').value = { error: '#REF!' };
  savings.getCell('G2').value = true;

  const notes = wb.addWorksheet('Notes');
  notes.getCell('B3').value = 'Figures from the Shared Services Board papers, January 2010.';
  return wb;
}

/** A plan like the core's for the workbook above: flags in column G, beside the table. */
export function handPlan(): FlagPlan {
  return {
    sheets: [
      {
        sheet: 'Action plan',
        column: 7,
        headerRow: 3,
        header: FLAGS_HEADER,
        texts: [
          '',
          '✖ owner.missing: No officer responsible for R2.',
          '▲ owner.multiple: R3 names two officers.',
          '',
          '=SUM(1) ℹ starts like a formula',
        ],
        highlights: { error: ['C5'], warning: ['C6', 'D6'], info: ['B8'] },
        muted: [],
      },
    ],
    report: [
      {
        severity: 'error',
        ruleId: 'owner.missing',
        sheet: 'Action plan',
        address: 'C5',
        header: 'Responsible officer',
        value: '',
        message: 'No officer responsible for R2.',
        hint: 'Name one officer.',
        change: 'first check',
        acceptance: '',
      },
      {
        severity: 'warning',
        ruleId: 'owner.multiple',
        sheet: 'Action plan',
        address: 'C6',
        header: 'Responsible officer',
        value: 'Jayne Pickering Clare Felton',
        message: 'Two officers.',
        hint: '=cmd|calc',
        change: 'first check',
        acceptance: '',
      },
    ],
    log: {
      ranAt: '2011-03-31T09:00:00.000Z',
      asOf: '2011-03-31',
      packs: ['action-plan@1.0.0'],
      rulesHash: 'ab'.repeat(32),
      errors: 1,
      warnings: 1,
      infos: 0,
      sheetsChecked: 1,
      lastCheckAsOf: null,
      changes: null,
      accepted: 0,
    },
    history: { ranAt: '2011-03-31T09:00:00.000Z', asOf: '2011-03-31', open: [] },
  };
}

/** A test workbook built with exceljs, saved by exceljs (the command line itself never saves through exceljs). */
export async function saveToBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Read by exceljs as it comes, for comparing workbooks in tests: everything exceljs sees, data
 * validations included (the command line hides those from exceljs, see workbook-file.ts).
 */
export async function loadFromBuffer(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}
