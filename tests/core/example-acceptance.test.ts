/**
 * Acceptance: examples/shared-services.xlsx, built from the council papers, checked with the
 * profile it carries (as of 14 June 2010, the Performance Management Board). The expected findings
 * were worked out by hand from the papers; see the comments for the arithmetic.
 */
import * as path from 'path';
import { readFileSync } from 'fs';
import { snapshotOf } from '../safety/support/check-both';
import { checkWorkbook } from '../../src/core/check';
import type { CheckResult } from '../../src/core/result';
import { shippedCheck } from '../../testkit/packs';

const { build } = require('../../examples/build-examples.js') as { build: (out: string) => Promise<string> };

let result: CheckResult;

beforeAll(async () => {
  const file = await build(path.join(__dirname, '../.tmp/acceptance/shared-services.xlsx'));
  result = await checkWorkbook(await snapshotOf(readFileSync(file)), shippedCheck(), {
    now: new Date('2026-11-23T10:00:00Z'),
  });
});

const on = (sheet: string) => result.findings.filter((f) => f.sheet === sheet).map((f) => `${f.ruleId}@${f.address}`);

test('the workbook carries its own as-of date (14 June 2010) and every sheet is recognised', () => {
  expect(result.asOf).toBe('2010-06-14');
  expect(result.tables.map((t) => [t.sheet, t.kind, t.headerRow])).toEqual([
    ['Action plan', 'action-plan', 4],
    ['Recommendations', 'action-plan', 3],
    ['Savings', 'savings', 4],
  ]);
  expect(result.skippedSheets).toEqual([]);
});

test('Action plan R1–R6: slipped, vague and shared-ownership findings, worked out by hand', () => {
  expect(on('Action plan')).toEqual([
    // R1 "1st March 2010 (next Shared Services Board)": 105 days before 14 June 2010.
    'deadline.slipped@F5',
    // R2 "1st June 2010": 13 days before.
    'deadline.slipped@F6',
    // R3 "Immediately": not a date.
    'deadline.vague@F7',
    // R4 "March 2011" (31 March 2011) and R5 "September 2010" (30 September 2010) are in the future.
    // R6: "Jayne Pickering Clare Felton" is two officers, and "Immediately" is not a date.
    'owner.multiple@E10',
    'deadline.vague@F10',
  ]);
  const r1 = result.findings.find((f) => f.address === 'F5');
  expect(r1?.message).toBe(
    'R1 was due by 1 March 2010 (read from "1st March 2010 (next Shared Services Board)") and is 105 days overdue at 14 June 2010.',
  );
  expect(result.findings.find((f) => f.address === 'F6')?.message).toContain('13 days overdue');
});

test('Recommendations: the Hub tracker has no owner or date column, said once on its header row, not 44 times', () => {
  // An absent column is not a blank cell: one note for the table, never a finding on every row.
  expect(on('Recommendations')).toEqual(['table.checks-skipped@A3']);
  const note = result.findings.find((f) => f.sheet === 'Recommendations');
  expect(note?.severity).toBe('info');
  expect(note?.message).toBe(
    'This action plan has no lead officer or deadline column: owner and deadline checks were skipped.',
  );
});

test('Savings: every line whose split or figures break the rules', () => {
  expect(on('Savings')).toEqual([
    // Single management team: £246,000 split 50/50 is £123,000 each, but BDC shows £126,000 and RBC £120,000.
    'amounts.split-mismatch@J5',
    // CCTV, Lifeline and ICT: calls 3,100 / 4,900 imply 38.75% / 61.25%, 3.75 points from the stated 35% / 65%.
    'shares.driver-mismatch@D6',
    // …and £96,000 achieved against £120k: £24,000 short.
    'savings.shortfall@L6',
    // WETT: a 60/40 saving split with no stated basis (Concordat §6.1: case by case), and no lead officer.
    'shares.basis-missing@C7',
    'owner.missing@M7',
    // West Midlands LGA support "£30,000 £40,000": a range, not a figure.
    'savings.range-not-figure@I10',
    // ICT implementation cost split 40/60 although its basis says equal (Concordat §6.2).
    'shares.basis-equal@D11',
    // Across the sheet, costs of £100,000 fall 48% / 52%, not equally (Concordat §6.2).
    'costs.unbalanced@H12',
    // Totals row: saving target £516,000, but the four lines add up to £556,000 (payroll left out).
    'totals.row-mismatch@I12',
  ]);
});

test('the savings summary carries the partner shares and the years for the report charts', () => {
  const savings = result.tables.find((t) => t.kind === 'savings')?.savings;
  expect(savings?.partners).toEqual(['Bromsgrove', 'Redditch']);
  expect(savings?.costShares?.map((s) => Math.round(s * 1000) / 1000)).toEqual([0.48, 0.52]);
  expect(savings?.agreedCostShares).toEqual([0.5, 0.5]);
  expect(savings?.byYear.map((y) => y.year)).toEqual(['2009/10', '2010/11', '2011/12']);
});
