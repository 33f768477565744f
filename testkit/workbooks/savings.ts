/**
 * A generated savings tracker / cost-sharing schedule for two partners: shares written three ways,
 * splits that do not add up, activity drivers, partner amounts that do not reconcile, money as
 * typed ("£120k", ranges), subtotal rows every few dozen lines and a grand total, some of them wrong.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { financialYear, moneyCell, shareCell } from './cells';
import { ownerCell } from './action-plan';
import type { Random } from './random';
import { ACTIVITY_BASES, EQUAL_BASES, OTHER_BASES, SERVICES } from './vocabulary';

export const SAVINGS_HEADER = [
  'Service',
  'Year',
  'Basis',
  'BDC %',
  'RBC %',
  'BDC activity',
  'RBC activity',
  'Cost',
  'Saving target',
  'BDC £',
  'RBC £',
  'Achieved',
  'Lead officer',
];

/** The columns of the small trackers tests write by hand: SAVINGS_HEADER without the activity drivers. */
const TRACKER_HEADER = SAVINGS_HEADER.filter((header) => !header.endsWith(' activity'));

/** A workbook of one 'Savings' sheet: a title row, TRACKER_HEADER, then these lines. */
export function savingsTracker(...lines: CellValue[][]): WorkbookSnapshot {
  const values = [['Savings tracker 2010/11'], [...TRACKER_HEADER], ...lines];
  return { sheets: [{ name: 'Savings', originRow: 1, originCol: 1, values }], date1904: false };
}

/** Column indexes (0-based) of the money columns a totals row sums. */
const COST = 7;
const TARGET = 8;
const BDC_AMOUNT = 9;
const RBC_AMOUNT = 10;
const ACHIEVED = 11;
const SUMMED = [COST, TARGET, BDC_AMOUNT, RBC_AMOUNT, ACHIEVED];

/** A cell formula the .xlsx writer keeps (a totals row as Excel would hold it), with its cached result. */
export interface FormulaCell {
  /** 0-based row and column within the sheet's values. */
  row: number;
  col: number;
  formula: string;
}

export interface GeneratedSavings {
  sheet: SheetSnapshot;
  formulas: FormulaCell[];
}

interface LineFigures {
  /** Pounds the core will read from each summed column (null when the cell holds no single figure). */
  read: (number | null)[];
}

function split(rnd: Random): { bdc: number; rbc: number; equal: boolean } | null {
  switch (rnd.weighted({ equal: 52, sixtyForty: 10, activity: 16, allToOne: 3, badSum: 7, blank: 12 })) {
    case 'equal':
      return { bdc: 0.5, rbc: 0.5, equal: true };
    case 'sixtyForty':
      return { bdc: 0.6, rbc: 0.4, equal: false };
    case 'activity':
      return { bdc: 0.35, rbc: 0.65, equal: false };
    case 'allToOne':
      return { bdc: 1, rbc: 0, equal: false };
    case 'badSum':
      return { bdc: 0.6, rbc: 0.5, equal: false };
    default:
      return null;
  }
}

function basisFor(rnd: Random, equal: boolean | null): CellValue {
  if (equal === true) return rnd.chance(0.85) ? rnd.pick(EQUAL_BASES) : null;
  switch (rnd.weighted({ activity: 60, equal: 14, blank: 16, other: 10 })) {
    case 'activity':
      return rnd.pick(ACTIVITY_BASES);
    case 'equal':
      return rnd.pick(EQUAL_BASES);
    case 'other':
      return rnd.pick(OTHER_BASES);
    default:
      return null;
  }
}

function yearCell(rnd: Random): CellValue {
  if (rnd.chance(0.03)) return null;
  if (rnd.chance(0.05)) return rnd.int(2009, 2012);
  return financialYear(rnd.int(2008, 2012));
}

/** The saving or cost figure of a line, rounded to £1,000 as trackers usually are. */
function lineAmount(rnd: Random): number {
  return rnd.chance(0.3) ? rnd.pick([40000, 120000, 150000, 246000, 80000]) : rnd.int(5, 500) * 1000;
}

/** Writes one line into `row`; returns what each summed column reads as. */
function fillLine(rnd: Random, row: CellValue[]): LineFigures {
  const read: (number | null)[] = SUMMED.map(() => null);
  const put = (col: number, value: CellValue, pounds: number | null): void => {
    row[col] = value;
    read[SUMMED.indexOf(col)] = pounds;
  };
  row[0] = rnd.pick(SERVICES);
  row[1] = yearCell(rnd);
  const shares = split(rnd);
  row[2] = basisFor(rnd, shares ? shares.equal : null);
  const style = rnd.pick(['fraction', 'fraction', 'percent', 'text'] as const);
  if (shares) {
    row[3] = shareCell(shares.bdc, style);
    row[4] = shareCell(shares.rbc, style);
  }
  // Activity drivers on most activity-based lines: calls or cases that should imply the shares.
  if (shares && !shares.equal && rnd.chance(0.5)) {
    const total = rnd.int(20, 200) * 100;
    const skew = rnd.chance(0.25) ? 0.05 : 0;
    row[5] = Math.round(total * (shares.bdc + skew));
    row[6] = Math.round(total * (shares.rbc - skew));
  }
  const isCost = rnd.chance(0.12);
  const amount = lineAmount(rnd);
  const targetForm = isCost ? 'none' : rnd.weighted({ figure: 94, range: 3, unreadable: 1.5, blank: 1.5 });
  if (isCost) put(COST, amount, amount);
  if (targetForm === 'figure') put(TARGET, moneyCell(amount, rnd), amount);
  else if (targetForm === 'range')
    put(TARGET, `£${(amount - 10000).toLocaleString('en-GB')} to £${amount.toLocaleString('en-GB')}`, null);
  else if (targetForm === 'unreadable') put(TARGET, rnd.pick(['lots', 'TBC', 'see business case']), null);

  // Partner amounts: total × share, sometimes off (the "£126,000 / £120,000" kind of slip), sometimes left out.
  const splitsAmount = isCost || targetForm === 'figure';
  if (shares && splitsAmount && rnd.chance(0.85)) {
    const slip = rnd.chance(0.1) ? rnd.pick([3000, -3000, 500]) : 0;
    const bdc = Math.round(amount * shares.bdc) + slip;
    const rbc = Math.round(amount * shares.rbc);
    put(BDC_AMOUNT, bdc, bdc);
    put(RBC_AMOUNT, rbc, rbc);
  }
  if (!isCost) {
    const achieved = rnd.weighted({ met: 55, short: 20, blank: 24, error: 1 });
    if (achieved === 'met' && targetForm === 'figure') put(ACHIEVED, amount, amount);
    else if (achieved === 'short' && targetForm === 'figure') {
      const got = Math.round(amount * rnd.pick([0.8, 0.9, 0.5]));
      put(ACHIEVED, got, got);
    } else if (achieved === 'error') put(ACHIEVED, { error: '#N/A' }, null);
  }
  row[12] = ownerCell(rnd);
  return { read };
}

function columnLetter(col: number): string {
  return String.fromCharCode(65 + col);
}

export function savingsSheet(name: string, items: number, rnd: Random): GeneratedSavings {
  const values: CellValue[][] = [
    ['Shared services savings tracker 2010/11 – 2012/13'],
    ['Bromsgrove DC and Redditch BC: costs shared equally (Concordat §6.2), savings case by case (§6.1)'],
    [],
  ];
  values.push([...SAVINGS_HEADER]);
  const formulas: FormulaCell[] = [];
  const sinceSubtotal = SUMMED.map(() => 0);
  const all = SUMMED.map(() => 0);
  let groupStart = values.length;
  let nextSubtotal = rnd.int(25, 60);

  const totalsRow = (label: string, sums: number[], start: number): void => {
    const rowIndex = values.length;
    const row: CellValue[] = new Array<CellValue>(SAVINGS_HEADER.length).fill(null);
    row[0] = label;
    const wrong = rnd.chance(label === 'Grand total' ? 0.3 : 0.12) ? rnd.int(0, SUMMED.length - 1) : -1;
    SUMMED.forEach((col, i) => {
      if (sums[i] === 0) return;
      if (i === wrong) {
        row[col] = sums[i] + rnd.pick([-10000, 5000, 1000]); // typed over the formula
        return;
      }
      row[col] = sums[i];
      // SUBTOTAL(9, …) skips the subtotals inside its range, so the grand total can span them all.
      const letter = columnLetter(col);
      formulas.push({ row: rowIndex, col, formula: `SUBTOTAL(9,${letter}${start + 1}:${letter}${rowIndex})` });
    });
    values.push(row);
  };

  for (let i = 0; i < items; i++) {
    const row: CellValue[] = new Array<CellValue>(SAVINGS_HEADER.length).fill(null);
    const { read } = fillLine(rnd, row);
    values.push(row);
    read.forEach((pounds, k) => {
      if (pounds === null) return;
      sinceSubtotal[k] += pounds;
      all[k] += pounds;
    });
    if (--nextSubtotal === 0 && i < items - 1) {
      totalsRow('Subtotal', sinceSubtotal, groupStart);
      sinceSubtotal.fill(0);
      groupStart = values.length;
      nextSubtotal = rnd.int(25, 60);
    }
  }
  totalsRow('Grand total', all, 4);
  values.push([]);
  values.push(['Note: figures for 2012/13 are estimates and will be revised after the Joint Committee.']);
  return { sheet: { name, originRow: 1, originCol: 1, values }, formulas };
}
