/**
 * Merged cells read as a person reads them: a reference, an owner or a deadline merged down over
 * several action rows belongs to each row; a figure merged down is counted once.
 */
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { carriedFrom, namesAGroup, withMergesCarried } from '../../src/core/tables/merges';
import { check, ids, sheet, workbook } from './support/workbooks';

const DATE = 'dd/mm/yyyy';

/** An audit follow-up plan: recommendation 1 has three actions under one merged reference and owner. */
function followUp(merges: string[]): SheetSnapshot {
  const values: CellValue[][] = [
    ['Internal Audit follow-up: Payroll'],
    ['Ref', 'Recommendation', 'Agreed action', 'Responsible officer', 'Target date', 'Status'],
    ['1', 'Starters are checked against signed contracts', 'Monthly contract check', 'Payroll Manager', 40543, 'Open'],
    [null, null, 'Sample of ten leavers each quarter', null, null, 'Open'],
    [null, null, 'Report exceptions to the Head of HR', null, null, 'Open'],
    ['2', 'Overtime claims are authorised', 'Authorisation by line managers', 'HR Business Partner', 40724, 'Open'],
  ];
  const formats = values.map((row) => row.map((_, c) => (c === 4 ? DATE : null)));
  return { ...sheet('Follow-up', values), numberFormats: formats, merges };
}

describe('merged cells carried down to the rows they cover', () => {
  test('without the merges the three actions of recommendation 1 lack an owner and a date', async () => {
    const result = await check(workbook(followUp([])));
    expect(ids(result)).toEqual(expect.arrayContaining(['owner.missing@D4', 'owner.missing@D5']));
  });

  test('with them, every action has its owner and date and the reference is not a duplicate', async () => {
    const result = await check(workbook(followUp(['A3:A5', 'B3:B5', 'D3:D5', 'E3:E5'])));
    const problems = result.findings.filter((f) => f.severity !== 'info' && f.row >= 3 && f.row <= 5);
    expect(problems.map((f) => `${f.ruleId}@${f.address}`)).toEqual([]);
  });

  test('a merged date is read as each row’s deadline, so a slipped date is flagged on every action', async () => {
    const s = followUp(['A3:A5', 'B3:B5', 'D3:D5', 'E3:E5']);
    s.values[2][4] = 40300; // 30/04/2010, before the as-of date
    const found = ids(await check(workbook(s)));
    expect(found).toEqual(
      expect.arrayContaining(['deadline.slipped@E3', 'deadline.slipped@E4', 'deadline.slipped@E5']),
    );
  });

  test('the carried cells are known, and the host’s snapshot is left as it was', () => {
    const s = followUp(['D3:D5']);
    const carried = withMergesCarried(s);
    expect(carried.values[3][3]).toBe('Payroll Manager');
    expect(carriedFrom(carried, 4, 4)).toBe(3);
    expect(carriedFrom(carried, 3, 4)).toBeUndefined();
    expect(s.values[3][3]).toBeNull();
  });

  test('a plain figure merged over two lines is one figure: the total of the lines still adds up', async () => {
    const values: CellValue[][] = [
      ['Savings plan 2010/11'],
      ['Saving', 'Lead officer', 'Target £', 'Achieved £'],
      ['Merge revenues teams', 'Head of Revenues', 50000, 50000],
      ['Single benefits system', 'Head of Revenues', null, null],
      ['Shared procurement', 'Head of Finance', 20000, 20000],
      ['Total', null, 70000, 70000],
    ];
    const s: SheetSnapshot = { ...sheet('Savings', values), merges: ['C3:C4', 'D3:D4', 'B3:B4'] };
    const carried = withMergesCarried(s);
    expect(carried.values[3][2]).toBeNull();
    expect(carried.values[3][1]).toBe('Head of Revenues');
    const found = ids(await check(workbook(s)));
    expect(found.filter((f) => f.startsWith('totals.'))).toEqual([]);
  });

  test('a row blank but for the merge stays blank: no item, no missing owner', () => {
    const s = followUp(['D3:D6']);
    s.values.splice(5, 0, [null, null, null, null, null, null]); // a spacer row 6 under the merge
    const carried = withMergesCarried(s);
    expect(carried.values[5][3]).toBeNull();
    expect(carriedFrom(carried, 6, 4)).toBeUndefined();
  });

  test('a header merged down over two header rows is read once', async () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Deadline', 'Progress'],
      [null, null, null, null, 'RAG'],
      ['A1', 'Review the scheme of delegation', 'Monitoring Officer', 'March 2011', 'G'],
    ];
    const s: SheetSnapshot = { ...sheet('Plan', values), merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2'] };
    const result = await check(workbook(s));
    const reading = result.readings.find((r) => r.sheet === 'Plan');
    const headers = reading?.columns.map((c) => c.header) ?? [];
    expect(headers).toEqual(expect.arrayContaining(['Ref', 'Action', 'Lead', 'Deadline']));
  });

  test('merges outside the grid, one row high or malformed are ignored; overlapping ones cost one visit a cell', () => {
    const s = followUp(['A1:F1', 'Z99:Z120', 'nonsense', 'D3', 'D3:D5', 'D3:D1048576']);
    const carried = withMergesCarried(s);
    expect(carried.values[0]).toEqual(['Internal Audit follow-up: Payroll']);
    expect(carried.values[4][3]).toBe('Payroll Manager');
    const many = followUp(Array.from({ length: 20_000 }, () => 'D3:D1048576'));
    expect(withMergesCarried(many).values[4][3]).toBe('Payroll Manager');
  });
});

describe('a group’s name merged down beside its lines’ own names', () => {
  /**
   * Council tax arrears by authority (£ thousand), as a statistics table prints them: "Authority"
   * merged over two header rows, "Total debit for year" over its three parts, and the group's
   * name merged down beside each authority's. Outstanding is the total debit less what was
   * received and written off.
   */
  function arrears(groupRows: number): SheetSnapshot {
    const authorities: [string, number, number, number, number][] = [
      ['Isle of Anglesey', 2685, -604, 147, 27],
      ['Gwynedd', 3794, -1210, 176, 184],
      ['Conwy', 3643, -348, 1024, 146],
      ['Denbighshire', 2458, -16, 967, 74],
      ['Flintshire', 2751, -169, 1056, 202],
    ];
    const lines: CellValue[][] = authorities.map(([name, brought, inYear, received, written], i) => [
      i === 0 ? 'Total Unitary Authorities' : null,
      name,
      brought,
      inYear,
      brought + inYear,
      received,
      written,
      brought + inYear - received - written,
    ]);
    const sum = (c: number) => lines.reduce((a, l) => a + (l[c] as number), 0);
    const values: CellValue[][] = [
      ['Arrears of council tax, by billing authority (£ thousand)'],
      [
        'Authority',
        null,
        'Total debit for year',
        null,
        null,
        'Amounts received during year',
        'Amounts written off during year',
        'Amounts outstanding at 31 March',
      ],
      [null, null, 'Arrears brought forward at 1 April', 'In-year council tax debit for year', 'Total debit for year'],
      ['Total Unitary Authorities', null, ...[2, 3, 4, 5, 6, 7].map(sum)],
      ...lines,
    ];
    return { ...sheet('Arrears', values), merges: ['A2:B3', 'C2:E2', 'A4:B4', `A5:A${4 + groupRows}`] };
  }

  test('merged over more than three rows, it names the group: its lines are not totals', async () => {
    const s = arrears(5);
    s.values[6][7] = (s.values[6][7] as number) + 2; // Conwy's outstanding two out
    const result = await check(workbook(s));
    expect(ids(result).filter((f) => f.startsWith('totals.'))).toEqual(['totals.row-mismatch@H4']);
    expect(ids(result)).toContain('amounts.parts-vs-total@E7');
    const conwy = result.findings.find((f) => f.address === 'E7');
    expect(conwy?.message).toMatch(/^Conwy: /);
  });

  test('the sub-headings under the group label are the header’s second row, however long', async () => {
    const result = await check(workbook(arrears(5)));
    const headers = result.readings.find((r) => r.sheet === 'Arrears')?.columns.map((c) => c.header) ?? [];
    expect(headers).toEqual(
      expect.arrayContaining([
        'Total debit for year Arrears brought forward at 1 April',
        'Amounts outstanding at 31 March',
      ]),
    );
  });

  test('over four rows it is a group’s name; over three, each row’s own (a total over its kinds)', () => {
    const four = withMergesCarried(arrears(4));
    const three = withMergesCarried(arrears(3));
    expect(namesAGroup(four, 5, 1, 8)).toBe(true);
    expect(namesAGroup(four, 8, 1, 8)).toBe(true);
    expect(namesAGroup(three, 5, 1, 8)).toBe(false);
    // (With no words of the row's own after it, the merged name is the row's.)
    expect(namesAGroup(four, 5, 2, 8)).toBe(false);
  });
});
