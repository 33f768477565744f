/**
 * Realistic synthetic workbooks for the benchmarks and the performance tests, as the
 * WorkbookSnapshot a host would hand to the core. Pure and seeded: the same arguments give the
 * same workbook on every machine. `writeXlsx` (in workbooks/xlsx.ts) saves one as a file for the CLI benchmark.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { SETTINGS_SHEET } from '../../src/core/snapshot';
import { actionPlanSheet } from './action-plan';
import { Random } from './random';
import type { FormulaCell } from './savings';
import { savingsSheet } from './savings';

export type WorkbookKind = 'action-plan' | 'savings' | 'both';

export interface GenerateOptions {
  kind: WorkbookKind;
  /** Item rows per table (totals rows and title rows come on top). */
  rows: number;
  seed?: number;
}

export interface GeneratedWorkbook {
  snapshot: WorkbookSnapshot;
  /** Totals cells that an .xlsx file would hold as formulas (their cached results are in the snapshot). */
  formulas: Map<string, FormulaCell[]>;
}

const ACTION_PLAN_SHEET = 'Action plan';
const SAVINGS_SHEET = 'Savings';
/** The as-of date the generated workbooks carry: the Performance Management Board of 14 June 2010. */
export const GENERATED_AS_OF = '2010-06-14';

/** The profile the workbook carries, so the CLI and the in-memory check read the same partners and date. */
function settingsSheet(): SheetSnapshot {
  return {
    name: SETTINGS_SHEET,
    originRow: 1,
    originCol: 1,
    values: [
      ['Setting', 'Value'],
      ['As of', '14/06/2010'],
      ['Partners', 'Bromsgrove (BDC, Bromsgrove District Council); Redditch (RBC, Redditch Borough Council)'],
      ['Cost basis', 'equal'],
      ['Savings basis', 'case-by-case'],
    ],
  };
}

export function generateWorkbook(options: GenerateOptions): GeneratedWorkbook {
  const rnd = new Random(options.seed ?? 20100614);
  const sheets: SheetSnapshot[] = [];
  const formulas = new Map<string, FormulaCell[]>();
  if (options.kind !== 'savings') sheets.push(actionPlanSheet(ACTION_PLAN_SHEET, options.rows, rnd));
  if (options.kind !== 'action-plan') {
    const savings = savingsSheet(SAVINGS_SHEET, options.rows, rnd);
    sheets.push(savings.sheet);
    formulas.set(SAVINGS_SHEET, savings.formulas);
  }
  sheets.push(settingsSheet());
  return { snapshot: { sheets, date1904: false }, formulas };
}

/** Just the snapshot, for callers that do not write files. */
export function generateSnapshot(options: GenerateOptions): WorkbookSnapshot {
  return generateWorkbook(options).snapshot;
}
