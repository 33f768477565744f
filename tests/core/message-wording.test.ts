/**
 * The messages the rules word from facts (placeholders with formats, phrases chosen by a fact's
 * value), one workbook per branch of the wording. Each expected message is what the facts stages
 * wrote before the wording moved to the rules, so the move changed no message a user sees.
 */
import type { CellValue } from '../../src/core/snapshot';
import type { CheckResult } from '../../src/core/result';
import { check, sheet, workbook } from './support/workbooks';
import { savingsTracker } from '../../testkit/workbooks/savings';

const messages = (result: CheckResult): string[] =>
  result.findings.filter((f) => f.ruleId !== 'cell.unreadable').map((f) => `${f.ruleId}@${f.address}: ${f.message}`);

const profile = (json: object) => ({ profile: { source: 'test profile', json } });
const BDC_RBC = {
  partners: [
    { name: 'Bromsgrove', aliases: ['BDC'] },
    { name: 'Redditch', aliases: ['RBC'] },
  ],
};
const CUMBRIA = { partners: [{ name: 'Allerdale' }, { name: 'Carlisle' }, { name: 'Copeland' }] };

test('owner.missing says why nobody is named: a blank cell, or what the cell says instead (cut at 60 characters)', async () => {
  const plan = (owner: CellValue, id: string): CellValue[] => [id, 'Review risks', owner, null, 'Open'];
  const result = await check(
    workbook(
      sheet('Plan', [
        ['No.', 'Recommendation', 'Officer responsible', 'Implement by when', 'Status'],
        plan('TBC', 'R1'),
        plan(42, 'R2'),
        plan('-'.repeat(70), 'R3'),
        plan(null, 'R4'),
        plan('Jayne Pickering, Clare Felton and Kevin Dicks', 'R5'),
      ]),
    ),
  );
  expect(messages(result).filter((m) => m.startsWith('owner'))).toEqual([
    'owner.missing@C2: No officer responsible for R1: the officer responsible cell says "TBC", which names nobody.',
    'owner.missing@C3: No officer responsible for R2: the officer responsible cell says "42", which names nobody.',
    `owner.missing@C4: No officer responsible for R3: the officer responsible cell says "${'-'.repeat(60)}…", which names nobody.`,
    'owner.missing@C5: No officer responsible for R4: the officer responsible cell is blank.',
    'owner.multiple@C6: R5 names more than one officer (Jayne Pickering, Clare Felton and Kevin Dicks), so no single person is accountable.',
  ]);
  expect(result.findings.find((f) => f.address === 'C2')?.facts).toEqual({
    label: 'R1',
    ownerAbsence: 'names-nobody',
    ownerColumnPresent: true,
    ownerText: 'TBC',
  });
  expect(messages(result)).toContain('deadline.missing@D2: No deadline for R1: the deadline cell is blank.');
});

test('table.checks-skipped names the absent columns in words and the checks by name', async () => {
  const plan = await check(
    workbook(
      sheet('Plan', [
        ['No.', 'Recommendation', 'Status'],
        ['R1', 'Review risks', 'Open'],
      ]),
    ),
  );
  expect(messages(plan)).toEqual([
    'table.checks-skipped@A1: This action plan has no lead officer or deadline column: owner and deadline checks were skipped.',
  ]);
  const tracker = await check(
    workbook(
      sheet('Savings', [
        ['Service', 'BDC %', 'RBC %', 'Saving target', 'Achieved'],
        ['Payroll', 0.5, 0.5, 40000, 40000],
      ]),
    ),
    profile(BDC_RBC),
  );
  expect(messages(tracker)).toEqual([
    'table.checks-skipped@A1: This savings tracker has no lead officer or year column: owner and year checks were skipped.',
  ]);
});

describe('a savings tracker', () => {
  test('each line worded from its shares, amounts, basis and target', async () => {
    const result = await check(
      savingsTracker(
        ['Payroll', '2010/11', 'Equal', 0.6, 0.4, null, 40000, 24000, 16000, 40000, 'TBC'],
        ['Legal', '2010/11', null, 0.6, 0.4, 80000, null, 48000, 32000, null, 'Jayne Pickering'],
        ['Audit', '2010/11', null, 0.6, 0.4, null, 40000, 24000, 16000, 40000, 'Jayne Pickering'],
        ['Halves', '2010/11', 'Equal', 0.5, 0.5, null, 100.01, 40, 60.01, 100.01, 'Jayne Pickering'],
        ['Quirk', '2010/11', 'Equal', 0.5, 0.5, null, 1999999.99, 900000, 1099999.99, 1999999.99, 'Jayne Pickering'],
        ['Sums', '2010/11', 'Equal', 0.5, 0.5, null, 40000, 20000, 30000, 40000, 'Jayne Pickering'],
        ['Range', '2010/11', 'Equal', 0.5, 0.5, null, '£30,000 to £40,000', null, null, null, 'Jayne Pickering'],
        ['Short', '2010/11', 'Equal', 0.5, 0.5, null, 40000, 20000, 20000, 10000, 'Jayne Pickering'],
      ),
      profile({ ...BDC_RBC, basis: { costs: 'equal', savings: 'equal' } }),
    );
    expect(messages(result)).toEqual([
      'costs.unbalanced@F2: Across the sheet the partners (Bromsgrove / Redditch) bear 60% / 40% of the costs (£80,000), not the agreed 50% / 50%.',
      'shares.basis-equal@D3: Payroll is split 60% / 40%, but the stated basis "Equal" is equal shares.',
      'owner.missing@K3: No lead officer for Payroll: the lead officer cell says "TBC", which names nobody.',
      'shares.basis-equal@D4: Legal is split 60% / 40%, but the agreed default basis for costs (equal) is equal shares.',
      'shares.basis-equal@D5: Audit is split 60% / 40%, but the agreed default basis for savings (equal) is equal shares.',
      // Half a penny is rounded up, as the message has always shown it (and the fact agrees).
      'amounts.split-mismatch@H6: For Halves, Bromsgrove £40 should be £50.01 (50% of £100.01 in Saving target).',
      'amounts.split-mismatch@H7: For Quirk, Bromsgrove £900,000 should be £1,000,000.00 (50% of £1,999,999.99 in Saving target).',
      'amounts.partners-vs-total@H8: Partner amounts for Sums add up to £50,000, not the line total £40,000 in Saving target.',
      'amounts.split-mismatch@H8: For Sums, Redditch £30,000 should be £20,000 (50% of £40,000 in Saving target).',
      'savings.range-not-figure@G9: Range gives a range (£30,000 to £40,000) rather than a single figure.',
      'savings.shortfall@J10: Short has achieved or forecast 10000 against a target of 40000: £30,000 short.',
    ]);
    const halves = result.findings.find((f) => f.address === 'H6');
    expect(halves?.facts).toMatchObject({ amountsActual: 40, amountsExpected: 50.01, amountsTotal: 100.01 });
    const range = result.findings.find((f) => f.ruleId === 'savings.range-not-figure');
    expect(range?.facts).toMatchObject({ targetLow: 30000, targetHigh: 40000 });
  });

  test('an unequal split with no basis where the default is not equal', async () => {
    const result = await check(
      savingsTracker(['Audit', '2010/11', null, 0.6, 0.4, null, 40000, 24000, 16000, 40000, 'Jayne Pickering']),
      profile({ ...BDC_RBC, basis: { costs: 'activity', savings: 'activity' } }),
    );
    expect(messages(result)).toEqual([
      'shares.basis-missing@C3: Audit is split 60% / 40% with no stated basis for the split.',
    ]);
  });

  test('activity figures that imply another split', async () => {
    const result = await check(
      workbook(
        sheet('Savings', [
          ['Service', 'Year', 'Basis', 'BDC %', 'RBC %', 'BDC calls', 'RBC calls', 'Cost', 'Lead officer'],
          ['CCTV', '2010/11', 'Activity', 0.5, 0.5, 300, 700, 10000, 'Kevin Dicks'],
        ]),
      ),
      profile(BDC_RBC),
    );
    expect(messages(result)).toEqual([
      'shares.driver-mismatch@D2: Activity figures for CCTV imply a split of 30% / 70%, but the stated split is 50% / 50%.',
    ]);
  });
});

describe('a schedule with a row per partner', () => {
  test('each partner its amount against its share of the total, and its share against its population', async () => {
    const result = await check(
      workbook(
        sheet('Levy', [
          ['Partner', 'Share %', 'Contribution £', 'Population'],
          ['Allerdale', 0.25, 130000, 96000],
          ['Carlisle', 0.4, 200000, 108000],
          ['Copeland', 0.35, 175000, 70000],
          ['Total', 1, 505000, 274000],
        ]),
      ),
      profile(CUMBRIA),
    );
    expect(messages(result)).toEqual([
      'shares.driver-mismatch@B2: Activity figures for Allerdale imply a split of 35%, but the stated split is 25%.',
      'amounts.split-mismatch@C2: For Allerdale, £130,000 should be £126,250 (25% of £505,000 in Contribution £).',
      'amounts.split-mismatch@C3: For Carlisle, £200,000 should be £202,000 (40% of £505,000 in Contribution £).',
      'shares.driver-mismatch@B4: Activity figures for Copeland imply a split of 25.5%, but the stated split is 35%.',
      'amounts.split-mismatch@C4: For Copeland, £175,000 should be £176,750 (35% of £505,000 in Contribution £).',
    ]);
  });

  test('shares that do not add up down the column, said once for the partners together', async () => {
    const result = await check(
      workbook(
        sheet('Levy', [
          ['Partner', 'Share %', 'Contribution £'],
          ['Allerdale', 0.25, 126250],
          ['Carlisle', 0.4, 202000],
          ['Copeland', 0.3, 151500],
          ['Total', 0.95, 505000],
        ]),
      ),
      profile(CUMBRIA),
    );
    expect(messages(result)).toContain(
      'shares.sum@B5: Partner shares for the partners together add up to 95%, not 100% (25% / 40% / 30%).',
    );
  });
});

test('a total of a count is worded as a count, not in pounds', async () => {
  const result = await check(
    workbook(
      sheet('Figures', [
        ['Authority', 'Population', 'Levy £'],
        ['Allerdale', 96000, 125000],
        ['Carlisle', 108000, 135000],
        ['Copeland', 70000, 90000],
        ['Total', 284000, 350000],
      ]),
    ),
  );
  expect(messages(result)).toEqual([
    'totals.row-mismatch@B5: Total shows 284,000 for Population, but the sum of the 3 items it covers is 274,000 (a difference of 10,000).',
  ]);
  expect(result.findings[0].facts).toMatchObject({ unit: 'count', total: 284000, itemsSum: 274000, difference: 10000 });
});
