/**
 * Workbooks and flag plans shaped like the council papers: an action plan with free-text deadlines
 * and owners, a savings tracker with £ figures, and the plan a check of them would produce.
 */
import type { FlagPlan, ReportRow, SheetFlags } from '../../../src/core/flagplan';
import { formatRecord, RECORD_SHEET, type OwnedRecord } from '../../../src/core/owned-record';
import { FLAGS_HEADER } from '../../../src/core/snapshot';
import type { Severity } from '../../../src/core/findings';
import type { ExcelCapabilities } from '../../../src/excel/capabilities';
import { CellInput, FakeWorkbook } from '../../../testkit/office/fake-workbook';

export const ACTION_HEADERS = ['Ref', 'Recommendation', 'Owner', 'Deadline', 'Status'];
const DATE_FORMAT = 'dd/mm/yyyy';

/** None of the optional sets: how the adapter behaves on the oldest hosts the manifest allows. */
export const NO_CAPABILITIES: ExcelCapabilities = {
  rangeAreas: false,
  columnProperties: false,
  suspendCalculation: false,
  mergedAreas: false,
  pageLayout: false,
};

/** Row i of the action plan (0-based item index). */
function actionRow(i: number): CellInput[] {
  const owners = ['Head of Finance', 'Jane Smith / Tom Jones', '', 'Chief Executive'];
  const deadlines: CellInput[] = [
    'Immediately',
    '1st March 2010 (next Shared Services Board)',
    { value: 40238, format: DATE_FORMAT },
    'March 2011',
  ];
  return [
    `R${i + 1}`,
    `Agree the shared ICT service specification (${i + 1})`,
    owners[i % 4],
    deadlines[i % 4],
    'Open',
  ];
}

/** Sheets: 'Action plan' (header in row 2, items below), 'Savings' and an empty 'Notes'. */
export function councilWorkbook(actionRows: number): FakeWorkbook {
  const workbook = new FakeWorkbook();
  workbook.addSheet('Action plan', [
    ['Shared Services Action Plan 2010/11'],
    ACTION_HEADERS,
    ...Array.from({ length: actionRows }, (_, i) => actionRow(i)),
  ]);
  workbook.addSheet(
    'Savings',
    [
      ['Service', 'Saving target', 'Council A share', 'Council B share'],
      ['CCTV', '£246,000', 0.5, 0.5],
      ['Lifeline', '£120k', 0.6, { error: '#REF!' }],
    ],
    1,
    1,
  );
  workbook.addSheet('Notes');
  return workbook;
}

/** Every fourth item has no owner (error); deadline text that is vague is a warning. */
export function planFor(actionRows: number, options: { sheet?: string; formulaLikeText?: boolean } = {}): FlagPlan {
  const sheet = options.sheet ?? 'Action plan';
  const texts: string[] = [];
  const highlights: Record<Severity, string[]> = { error: [], warning: [], info: [] };
  const report: ReportRow[] = [];
  for (let i = 0; i < actionRows; i++) {
    const row = i + 3;
    if (i % 4 === 2) {
      texts.push('✖ owner.missing: no owner named');
      highlights.error.push(`C${row}`);
      report.push(reportRow('error', 'owner.missing', sheet, `C${row}`, 'Owner', '', 'No owner is named.'));
    } else if (i % 4 === 0) {
      texts.push('▲ deadline.vague: "Immediately" is not a date');
      highlights.warning.push(`D${row}`);
      report.push(reportRow('warning', 'deadline.vague', sheet, `D${row}`, 'Deadline', 'Immediately', 'Not a date.'));
    } else {
      texts.push('');
    }
  }
  if (options.formulaLikeText && texts.length > 1) texts[1] = '=HYPERLINK("http://example.com")';
  const flags: SheetFlags = { sheet, column: 6, headerRow: 2, header: FLAGS_HEADER, texts, highlights, muted: [] };
  return {
    sheets: [flags],
    report,
    log: {
      ranAt: '2010-02-15T09:30:00.000Z',
      asOf: '2010-02-15',
      packs: ['action-plan@1.0.0'],
      rulesHash: 'ab'.repeat(32),
      errors: highlights.error.length,
      warnings: highlights.warning.length,
      infos: 0,
      sheetsChecked: 2,
      lastCheckAsOf: null,
      changes: null,
      accepted: 0,
    },
    history: { ranAt: '2010-02-15T09:30:00.000Z', asOf: '2010-02-15', open: [] },
  };
}

function reportRow(
  severity: Severity,
  ruleId: string,
  sheet: string,
  address: string,
  header: string,
  value: string,
  message: string,
): ReportRow {
  return {
    severity,
    ruleId,
    sheet,
    address,
    header,
    value,
    message,
    hint: 'Name one accountable officer.',
    change: 'first check',
    acceptance: '',
  };
}

/**
 * Adds Concordat's record, as the command line writes it, on a very hidden sheet: by default a
 * flags column in F under the action plan's header row, the column Concordat flags it in.
 */
export function addRecord(
  workbook: FakeWorkbook,
  record: Partial<OwnedRecord> = {},
  name = RECORD_SHEET,
): FakeWorkbook {
  const full: OwnedRecord = {
    sheets: [],
    columns: [
      {
        sheet: 'Action plan',
        column: 6,
        headerRow: 2,
        header: FLAGS_HEADER,
        width: null,
        widthUnit: 'chars',
        hidden: false,
      },
    ],
    styled: [],
    blanks: [],
    ...record,
  };
  workbook.addSheet(name, formatRecord(full)).visibility = 'VeryHidden';
  return workbook;
}
