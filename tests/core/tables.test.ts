/** Finding the table on messy sheets: titles, notes, multi-line and two-row headers, totals, blank rows. */
import { TableReader, detectTables } from '../../src/core/tables/detect';
import { defaultProfile, mergeProfiles } from '../../src/core/profile';
import type { Profile } from '../../src/core/profile';
import { sheet } from './support/workbooks';
import type { CellValue } from '../../src/core/snapshot';

function detect(values: CellValue[][], profile: Profile = defaultProfile()) {
  return detectTables(sheet('Sheet1', values), new TableReader(profile)).tables[0];
}

const partnersProfile = mergeProfiles(
  defaultProfile(),
  {
    partners: [
      { name: 'Bromsgrove', aliases: ['BDC'] },
      { name: 'Redditch', aliases: ['RBC'] },
    ],
  },
  'test',
);

describe('header row and sheet kind', () => {
  test('finds the header below title rows, notes and blank rows, with multi-line header text', () => {
    const t = detect([
      ['Shared Services Review'],
      ['Appendix 1 – Action plan'],
      [],
      ['Note: deadlines agreed at the Board'],
      ['No.', 'Recommendation', 'Priority', 'Action to be taken', 'Officer\nresponsible', 'Implement by\nwhen'],
      ['R1', 'Discuss risks', 3, 'Submit register', 'Kevin Dicks', 'Immediately'],
    ]);
    expect(t?.kind).toBe('action-plan');
    expect(t?.headerRow).toBe(5);
    expect(t?.columns.owner).toEqual({ column: 5, header: 'Officer responsible' });
    expect(t?.columns.deadline?.column).toBe(6);
  });

  test('columns in any order, with synonyms from the profile', () => {
    const profile = mergeProfiles(defaultProfile(), { headers: { owner: ['Accountable manager'] } }, 'test');
    const t = detect([['Due date', 'Accountable manager', 'Action', 'RAG']], profile);
    expect(t?.columns.deadline?.column).toBe(1);
    expect(t?.columns.owner?.column).toBe(2);
    expect(t?.columns.action?.column).toBe(3);
    expect(t?.columns.status?.column).toBe(4);
  });

  test('a council-named response column and the SRO column', () => {
    const t = detect([['Recommendation', 'WFDC Response', 'SRO', 'Target date']]);
    expect(Object.keys(t?.columns ?? {}).sort()).toEqual(['deadline', 'owner', 'recommendation', 'response']);
  });

  test('a savings tracker with wide partner columns', () => {
    const t = detect(
      [['Service', 'Basis of split', 'BDC %', 'RBC %', 'BDC £', 'RBC £', 'RBC caseload', 'BDC caseload']],
      partnersProfile,
    );
    expect(t?.kind).toBe('savings');
    expect(t?.partners.map((p) => [p.name, p.share?.column, p.amount?.column, p.driver?.column])).toEqual([
      ['Bromsgrove', 3, 5, 8],
      ['Redditch', 4, 6, 7],
    ]);
  });

  test('partner names taken from the headers when the profile names none', () => {
    const t = detect([['Service', 'Bromsgrove share', 'Redditch share', 'Saving target']]);
    expect(t?.partners.map((p) => p.name)).toEqual(['Bromsgrove', 'Redditch']);
  });

  test('a one-cell split names its partner order in the header', () => {
    const t = detect([['Service', 'Allocation SHDC/WDBC', 'Cost']]);
    expect(t?.kind).toBe('savings');
    expect(t?.columns.split?.column).toBe(2);
    expect(t?.splitPartners).toEqual(['SHDC', 'WDBC']);
  });

  test('a two-row header: partner names over merged cells, "Share" and "£" below', () => {
    const t = detect(
      [
        ['', '', 'Bromsgrove', null, 'Redditch', null],
        ['Service', 'Saving target', 'Share', '£', 'Share', '£'],
      ],
      partnersProfile,
    );
    expect(t?.headerRow).toBe(2);
    expect(t?.partners.map((p) => [p.name, p.share?.column, p.amount?.column])).toEqual([
      ['Bromsgrove', 3, 4],
      ['Redditch', 5, 6],
    ]);
  });

  test('a sheet with no recognisable header is not a table', () => {
    expect(detect([['Minutes of the meeting'], ['Present: the Leader']])).toBeUndefined();
    expect(detect([])).toBeUndefined();
  });
});

describe('rows', () => {
  test('blank rows are skipped, totals and subtotals recognised, notes after a grand total left out', () => {
    const t = detect([
      ['Service', 'Saving target', 'Achieved'],
      ['Payroll', 40000, 40000],
      [],
      ['CCTV', 120000, 96000],
      ['Sub-total', 160000, 136000],
      ['WETT', 150000, null],
      ['Grand total', 310000, 136000],
      ['Note: figures from the MTFP'],
    ]);
    expect(t?.rows.map((r) => [r.row, r.kind])).toEqual([
      [2, 'item'],
      [4, 'item'],
      [5, 'subtotal'],
      [6, 'item'],
      [7, 'total'],
    ]);
  });

  test.each([
    ['Overall spend', true],
    ['Overall net expenditure', true],
    ['Overall aims', false],
  ])('"%s" under the lines, not adding them up, is a total: %s', (label, total) => {
    const t = detect([
      ['Service provision', '2016/17', '2017/18'],
      ['Treatment for alcohol misuse', 202777, 186803],
      ['Treatment for drug misuse', 425345, 393017],
      [label, 628222, 579920],
    ]);
    expect(t?.rows.find((r) => r.row === 4)?.kind === 'total').toBe(total);
  });

  test("£'000 in the header or in a units note above scales money columns", () => {
    const own = detect([['Service', "Saving target £'000", 'Achieved']]);
    expect(own?.moneyScale.get(2)).toBe(1000);
    expect(own?.moneyScale.get(3)).toBe(1);
    const note = detect([["All figures £'000"], ['Service', 'Saving target', 'Achieved']]);
    expect(note?.moneyScale.get(2)).toBe(1000);
    expect(note?.moneyScale.get(3)).toBe(1000);
  });

  test("a column headed 'Concordat flags' is read like any other (Concordat's own never reaches the tables)", () => {
    const t = detect([
      ['Recommendation', 'Officer responsible', 'Concordat flags'],
      ['Do it', '', 'my note'],
    ]);
    expect(t?.lastColumn).toBe(3);
  });
});
