/**
 * Quirks of published tables of figures: a total named for the whole the lines are parts of
 * ("Scotland" under Scotland's councils), and fractions ("6/9") under a header that could name shares.
 */
import type { CellValue } from '../../src/core/snapshot';
import { parseMoney } from '../../src/core/parse/money';
import { check, loud, sheet, workbook } from './support/workbooks';
import { checkCorpusWorkbook, loadCorpus } from '../corpus/load';

const run = (rows: CellValue[][]) => check(workbook(sheet('Table', rows)), { asOf: '2007-06-30' });

describe('a model that notes beside each line how it is worked out ("= total of rows 3-5")', () => {
  // A district's landfill allowance model, as published: the notes are no figures, nor formulas
  // left unworked, though the cumulative lines below make the rows a table of figures with totals.
  const model = () =>
    run([
      [
        'Row',
        null,
        null,
        '2005-06 Actuals',
        '2006-07 Model',
        '2006-07 Predicted',
        '2007-08 Model',
        '2007-08 Predicted',
      ],
      [1, 'Projected MSW arisings (tonnes)', null, 37648, 38777, 31898, 39941, 29250],
      [2, 'Predicted BMW in waste (tonnes)', '= 68% row 1', 25601, 26368, 21691, 27160, 19890],
      [3, 'Paper/Card/Books recycled (tonnes)', null, 4603, 4742, 5023, 4884, 6359],
      [4, 'Green waste, Kitchen Waste and Wood (tonnes)', null, 725, 747, 3463, 769, 5294],
      [5, 'Textiles/Footware reused/recycled', null, 198, 203, 223, 210, 240],
      [6, 'Planned total BMW removal (tonnes)', '= total of rows 3-5', 5427, 5591, 8598, 5758, 11773],
      [7, 'Calculated BMW in waste to landfill', '= row 2-row 6', 20174, 20778, 13093, 21402, 8117],
      [8, 'BMW permitted To landfill (tonnes)', null, 18750, 17960, 17960, 16097, 16097],
      [9, 'Performance against target', '= row 7 -', 1424, 2818, -4867, 5305, -7980],
      [null, '(Figure in brackets is cumulative total)', 'row 8', null, '(4,242)', '-(3,443)', '(9,546)', '-(11,423)'],
    ]);

  test('the notes column is no column of figures: nothing in it is flagged', async () => {
    expect(loud(await model()).filter((f) => /@C\d+$/.test(f))).toEqual([]);
  });
});

describe('a total named for the whole the lines are parts of', () => {
  const councils = (last: string, total: number): CellValue[][] => [
    ['Share of £168.3 million efficiency savings'],
    [null, '£ million'],
    ['Aberdeen City', 5.1],
    ['Aberdeenshire', 5.9],
    ['Angus', 2.4],
    [last, total],
  ];

  test('"Scotland" on the last line, £1m off the sum of the councils above, is a total that does not add up', async () => {
    expect(loud(await run(councils('Scotland', 14.4)))).toEqual(['totals.row-mismatch@B6']);
    expect(loud(await run(councils('Scotland', 13.4)))).toEqual([]);
  });

  test('"Whole District" under its parishes is their total, as "Whole Borough" is; "Whole Foods" is a line', async () => {
    const parishes = (last: string, total: number): CellValue[][] => [
      ['PARISH/TOWN', 'TAXBASE 16/17'],
      ['Beaulieu', 561.2],
      ['Boldre', 1061.8],
      ['Bramshaw', 334.9],
      [last, total],
    ];
    expect(loud(await run(parishes('Whole District', 1948.9)))).toEqual(['totals.row-mismatch@B5']);
    expect(loud(await run(parishes('Whole District', 1957.9)))).toEqual([]);
    expect(loud(await run(parishes('Whole Borough', 1948.9)))).toEqual(['totals.row-mismatch@B5']);
    expect(loud(await run(parishes('Whole Foods', 1948.9)))).toEqual([]);
  });

  test('"All Local Authorities:" under councils listed "Name: | amount" is their total; "All Saints:" is a line', async () => {
    // Transport Scotland's bus fund: each council's allocation, then the whole fund.
    const fund = (last: string, total: number): CellValue[][] => [
      ['2025-26 Bus Infrastructure Fund Tier 1 Allocations to each Local Authority'],
      ['Aberdeen City:', 5000],
      ['Aberdeenshire:', 510000],
      ['Angus:', 191000],
      ['Argyll & Bute:', 414000],
      [last, total],
    ];
    expect(loud(await run(fund('All Local Authorities:', 1120000)))).toEqual([]);
    const out = await run(fund('All Local Authorities:', 1117000));
    expect(loud(out)).toEqual(['totals.row-mismatch@B6']);
    // (The slip is from all four lines, not from the last three, £1,115,000, which come nearer by chance.)
    expect(out.findings[0].message).toContain('the sum of the 4 items it covers is £1,120,000');
    expect(loud(await run(fund('All Saints:', 1117000)))).toEqual([]);
  });

  test('"ENGLAND (Total 14 Regions)‡" is the whole, its note in brackets and its footnote mark aside', async () => {
    const staff = (last: string, total: number): CellValue[][] => [
      ['Regional Health Authority', 'Directly employed staff'],
      ['1. Northern', 53947],
      ['2. Yorkshire', 61120],
      ['3. Trent', 73811],
      ['4. East Anglian', 30214],
      [last, total],
    ];
    expect(loud(await run(staff('ENGLAND (Total 14 Regions)‡', 219092)))).toEqual([]);
    expect(loud(await run(staff('ENGLAND (Total 14 Regions)‡', 219192)))).toEqual(['totals.row-mismatch@B6']);
    // ("England (5)": its note says what more it takes in, bodies no line lists.)
    expect(loud(await run(staff('England (5)', 219192)))).toEqual([]);
  });

  test('a nation among nations is a line like the others, not their total', async () => {
    const nations: CellValue[][] = [
      ['Spending by nation'],
      [null, '£ million'],
      ['England', 120],
      ['Wales', 8],
      ['Scotland', 11],
    ];
    expect(loud(await run(nations))).toEqual([]);
  });

  test('a line of figures below it makes it a line like the others', async () => {
    const rows = [...councils('Scotland', 14.4), ['Orkney', 1.2]];
    expect(loud(await run(rows))).toEqual([]);
  });

  test('a figure for the whole more than twice the lines is the whole they were picked from, not their total', async () => {
    // Aberdeen City, Aberdeenshire and Angus add up to 13.4: twice that is 26.8.
    expect(loud(await run(councils('Scotland', 168.3)))).toEqual([]);
    expect(loud(await run(councils('Scotland', 26.9)))).toEqual([]);
    expect(loud(await run(councils('Scotland', 26.7)))).toEqual(['totals.row-mismatch@B6']);
  });

  test('a figure for the whole among the lines is their average (Band C tax for Wales); above them, a sum', async () => {
    // Between the lowest and highest line no sum of them can lie: 4.9 is Scotland's average.
    expect(loud(await run(councils('Scotland', 4.9)))).toEqual([]);
    expect(loud(await run(councils('Scotland', 2.4)))).toEqual([]);
    expect(loud(await run(councils('Scotland', 6.0)))).toEqual(['totals.row-mismatch@B6']);
  });
});

describe('fractions under a header that could name shares', () => {
  const bands = (ratios: string[]): CellValue[][] => [
    ['Your Council Tax bands 2024-2025'],
    [
      'Tax band',
      'Value range',
      'Proportion of Band D',
      'Council tax £',
      'Single Adult Council Tax (25% discount) £',
      'Per cent increase',
    ],
    ...ratios.map((ratio, i) => [
      String.fromCharCode(65 + i),
      `band ${i + 1}`,
      ratio,
      1480 + 247 * i,
      1110 + 185 * i,
      5.12,
    ]),
  ];

  test('"6/9", "7/9", "8/9" are fractions of band D, not splits between partners', async () => {
    expect(loud(await run(bands(['6/9', '7/9', '8/9', '9/9'])))).toEqual([]);
  });

  test('where half the rows add up to 100% the column is a split, and the others are flagged', async () => {
    const result = await run(bands(['60/40', '50/50', '6/9', '7/9']));
    expect(loud(result).filter((f) => f.startsWith('shares'))).toHaveLength(2);
  });

  test('where fewer than half do, it is not', async () => {
    expect(loud(await run(bands(['60/40', '6/9', '7/9', '8/9'])))).toEqual([]);
  });
});

describe('"Tax allocation" over the services\' names: a header that could name a split', () => {
  // Mid Sussex's "Our finances": each service's gross spend and its share of the budget.
  const services = (labels: CellValue[]): CellValue[][] => [
    ['The money we collect pays for these services:'],
    ['Tax allocation', '2017-2018 gross', '%', '2016-2017 gross', '%'],
    ...labels.map((label, i) => [label, 4.91 + i, 0.08, 6.23 + i, 0.1]),
  ];
  const names = ['Leisure centres and outdoor facilities', 'Refuse and recycling', 'Housing', 'Other services'];

  test('names with no digit among them are the lines, not splits to read', async () => {
    expect(loud(await run(services(names)))).toEqual([]);
  });

  test('one split among them keeps the column a split, its unreadable names flagged', async () => {
    const result = await run(services([...names.slice(0, 3), '60%/40%']));
    expect(loud(result).filter((f) => f.startsWith('cell.unreadable'))).toHaveLength(3);
  });
});

describe('a header Concordat does not know over the row labels', () => {
  /** The Green Book's libraries page: each council's population, its share (formatted 0%) and its amount. */
  const greenBook = (figureColumns: number) => {
    const rows: CellValue[][] = [
      ['Libraries'],
      ['indicators', 'Adjusted Population', 'Share', 'GAE (£000s)'],
      ['Aberdeen City', 237792, 0.4, 400],
      ['Aberdeenshire', 252572, 0.35, 350],
      ['Angus', 113043, 0.25, 290],
    ].map((row) => row.slice(0, 1 + figureColumns));
    const table = sheet('Table', rows);
    table.numberFormats = rows.map((row) => row.map((_, c) => (c === 2 ? '0%' : null)));
    return check(workbook(table), { asOf: '2007-06-30' });
  };

  test('"indicators" over names beside columns of figures is the label column: the rows share the total', async () => {
    const result = await greenBook(3);
    expect(result.readings[0].columns[0]).toMatchObject({ header: 'indicators', meaning: 'service' });
    // Angus's £290k against a 25% share of the £1,040k: the amount does not match the share.
    expect(loud(result)).toContain('amounts.split-mismatch@D5');
  });

  test('beside two columns of figures it is read as the labels; beside one, it is not', async () => {
    expect((await greenBook(2)).readings[0]?.columns[0]?.meaning).toBe('service');
    expect((await greenBook(1)).readings[0]?.columns[0]?.meaning).not.toBe('service');
  });
});

describe('lines typed in a column of their own: "Gross Expenditure", "Gross Income" and the net line', () => {
  const fmt = (v: number): CellValue => v;
  /** Each directorate on three lines, then a total of each type; `incomeTotal` as printed. */
  const monitoring = (directorates: number, incomeTotal: number): CellValue[][] => {
    const rows: CellValue[][] = [
      ['Annex 1'],
      ['Ref', 'Directorate', null, 'Original Budget', 'Latest Budget'],
      [null, null, null, '£000', '£000'],
    ];
    let spend = 0;
    let income = 0;
    for (let d = 0; d < directorates; d++) {
      const [s, i] = [1000 + 100 * d, -(400 + 10 * d)];
      spend += s;
      income += i;
      rows.push([`D${d}`, `Directorate ${d}`, 'Gross Expenditure', fmt(s), fmt(s)]);
      rows.push([null, null, 'Gross Income', fmt(i), fmt(i)]);
      rows.push([null, null, null, fmt(s + i), fmt(s + i)]);
    }
    rows.push([null, 'Directorate Expenditure Total', null, spend, spend]);
    rows.push([null, 'Directorate Income Total', null, income, incomeTotal === 0 ? income : incomeTotal]);
    rows.push([null, 'Directorate Total Net', null, spend + income, spend + income]);
    return rows;
  };

  test('each total adds up the lines of its own type, and says so; one unit off is within rounding, two is not', async () => {
    expect(loud(await run(monitoring(3, 0)))).toEqual([]);
    const income = -(400 + 410 + 420);
    expect(loud(await run(monitoring(3, income - 1)))).toEqual([]);
    const off = await run(monitoring(3, income - 2));
    expect(loud(off)).toEqual(['totals.row-mismatch@E14']);
    expect(off.findings.find((f) => f.ruleId === 'totals.row-mismatch')?.message).toContain('the 3 items it covers');
  });

  test('two typed lines of each kind are enough to type them; one of a kind is a subtotal as before', async () => {
    // Two directorates: four typed lines, each type twice.
    const two = await run(monitoring(2, 0));
    expect(two.readings[0].subtotalRows).toEqual([]);
    expect(loud(two)).toEqual([]);
    // One directorate: "Gross Expenditure" and "Gross Income" read as subtotals, as any such label.
    expect((await run(monitoring(1, 0))).readings[0].subtotalRows).toEqual([4, 5]);
  });
});

describe('more figures and a further total after the total and a blank row', () => {
  const outturn = (gap: number, reserves: number): CellValue[][] => [
    ['Capital Programme Provisional Outturn 2020/21'],
    [null, 'Original Capital Programme', 'Actual Capital Expenditure'],
    [null, '£000', '£000'],
    ['Pupil Places', 41620, 38025],
    ['Major Infrastructure', 40854, 33212],
    ['ICT', 5414, 4015],
    ['Total Strategy Programmes Expenditure', 87888, 75252],
    ...Array.from({ length: gap }, () => [] as CellValue[]),
    ['Earmarked Reserves', 12170, 0],
    ['Total Capital Programme Expenditure', 87888 + reserves, 75252],
  ];

  test('the further total adds the first total and the lines after it', async () => {
    expect(loud(await run(outturn(1, 12170)))).toEqual([]);
    expect(loud(await run(outturn(2, 12170)))).toEqual([]);
    expect(loud(await run(outturn(1, 12180)))).toEqual(['totals.row-mismatch@B10']);
  });

  test('three blank rows end the table: what follows stands on its own', async () => {
    const result = await run(outturn(3, 12180));
    expect(result.readings[0].range).toBe('A2:C7');
  });
});

describe("a second section under its own heading after the first section's total and a blank row", () => {
  // The Isle of Wight's car park budgets: "INCOME" … "TOTAL INCOME", blank, "EXPENDITURE" … "TOTAL EXPENDITURE".
  const budgets = (premisesActual: number, last = 'TOTAL EXPENDITURE'): CellValue[][] => [
    ['Car Park Budgets'],
    [],
    [null, null, 'BUDGET', 'ACTUAL', null],
    [null, null, '2004-05', '2004-05', 'Difference'],
    ['INCOME'],
    [null, 'Car Park Income', 3146780, 3199273, 52493],
    [null, 'Administration Income', 47788, 43091, -4697],
    ['TOTAL INCOME', null, 3194568, 3242364, 47796],
    [],
    ['EXPENDITURE'],
    [null, 'Employee costs', 401209, 391510, 9699],
    [null, 'Premises costs', 73715, premisesActual, 4253],
    [null, 'Maintenance Costs', 71645, 103108, -31463],
    [last, null, 546569, 564080, -17511],
  ];
  const runAt = (rows: CellValue[][]) => check(workbook(sheet('Appendix 2', rows)), { asOf: '2005-12-13' });

  test("reads on under the header above: each line's difference is its budget less its actual", async () => {
    expect(loud(await runAt(budgets(69462)))).toEqual([]);
    // Its actual mistyped: the line's difference and the column's total are both out.
    expect(loud(await runAt(budgets(64962))).sort()).toEqual(['amounts.parts-vs-total@E12', 'totals.row-mismatch@D14']);
  });

  test('a section whose lines reach no total of their own is left a table apart, as before', async () => {
    // (Under no header, no line's difference is known.)
    expect(loud(await runAt(budgets(64962, 'Net')))).toEqual([]);
  });
});

describe('a total printed to whole thousands over lines to one place', () => {
  const summary = (total: number): CellValue[][] => [
    ['Service', 'Expenditure to date £000'],
    ['Planning', 551.7],
    ['Archaeology', 114.5],
    ['Events', 1694.2],
    ['Totals', total],
  ];

  test('is their sum rounded to its own unit: up to half a thousand off passes, more does not', async () => {
    // The lines add up to 2,360.4: 2,360 is £400 off, 2,361 £600.
    expect(loud(await run(summary(2360)))).toEqual([]);
    expect(loud(await run(summary(2361)))).toEqual(['totals.row-mismatch@B5']);
    // (Printed to one place, a total is held to the lines' own rounding.)
    expect(loud(await run(summary(2360.6)))).toEqual(['totals.row-mismatch@B5']);
    expect(loud(await run(summary(2360.5)))).toEqual([]);
  });
});

describe('Excel errors in a table of figures', () => {
  const withErrors = (pct: CellValue, spend: CellValue): CellValue[][] => [
    ['Service', 'Expenditure £000', '%'],
    ['Planning', 551.7, 0.65],
    ['Archaeology', spend, pct],
    ['Events', 1693.9, 0.63],
    ['Totals', 2360.1, 0.7],
  ];

  test('are said on their cell, typed as the error or pasted as its text', async () => {
    expect(loud(await run(withErrors(0.82, 114.5)))).toEqual([]);
    expect(loud(await run(withErrors('#DIV/0!', 114.5)))).toEqual(['cell.unreadable@C3']);
    expect(loud(await run(withErrors(0.82, { error: '#REF!' })))).toContain('cell.unreadable@B3');
  });

  // A management account whose lookups broke: most of its figures show #N/A, a few lines still carry theirs.
  const brokenAccount = (income: CellValue, afterTax: CellValue): CellValue[][] => [
    ['MANAGEMENT REPORTING FOR PERIOD ENDED 31st January 2010'],
    ["All figures in '000"],
    [null, 'Annual Budget', 'Annual Forecast', 'Variance from Budget'],
    ['Management fee', '#N/A', '#N/A', '#N/A'],
    ['Other Income', income, '#N/A', '#N/A'],
    ['People costs', -7281, '#N/A', '#N/A'],
    ['Vacancy Factor', 417, 0, -417],
    [null],
    ['Surplus/(Deficit) before Tax', '#N/A', '#N/A', '#N/A'],
    [null],
    ['Corporation Tax', 0, 481, null],
    [null],
    ['Revised Surplus/(Deficit) after Tax', afterTax, '#N/A', '#N/A'],
  ];
  const rowsSaid = (findings: string[]) => [...new Set(findings.map((f) => f.replace(/^cell\.unreadable@[A-Z]+/, '')))];

  test('most figures showing an error still make a table of figures, each broken line said, totals too', async () => {
    const found = loud(await run(brokenAccount(207, '#N/A')));
    expect(found.every((f) => f.startsWith('cell.unreadable@'))).toBe(true);
    expect(rowsSaid(found)).toEqual(['4', '5', '6', '9', '13']);
  });

  test('a bottom line spaced a blank row below a line after the total belongs to the table', async () => {
    expect(rowsSaid(loud(await run(brokenAccount(207, 0))))).toEqual(['4', '5', '6', '9', '13']);
    // With figures where the errors were, nothing is said.
    const mended = brokenAccount(207, 0).map((r) => r.map((v) => (v === '#N/A' ? 0 : v)));
    expect(loud(await run(mended)).filter((f) => f.startsWith('cell.unreadable'))).toEqual([]);
  });
});

describe('a formula kept as text, or a note, where a figure goes', () => {
  // A Scottish answer's capital allocations: a Word field code printed in the subtotal.
  const boards = (line: CellValue, subtotal: CellValue): CellValue[][] => [
    ['NHS Board', '2008-09 £ Million', '2009-10 £ Million'],
    ['State Hospital', 20.263, 26.552],
    ['Scottish Ambulance Service', 15.18, line],
    ['National Services Scotland', 5.75, 6],
    ['Total', 41.193, subtotal],
  ];

  test('is said on its cell, on a line or a total', async () => {
    expect(loud(await run(boards(13.2, 45.752)))).toEqual([]);
    expect(loud(await run(boards(13.2, '=SUM(ABOVE) 45.752')))).toEqual(['cell.unreadable@C5']);
    expect(loud(await run(boards('Note 1', 32.552)))).toEqual(['cell.unreadable@C3']);
  });

  test("a note's number is never read as the figure", async () => {
    // Read as £1m, "Note 1" would make the total £1m short.
    const result = await run(boards('Note 1', 33.552));
    expect(loud(result)).toEqual(['cell.unreadable@C3', 'totals.row-mismatch@C5']);
  });
});

describe('totals that are not sums of the lines above', () => {
  test('"Average/ Total": a figure among its lines is their average; beyond them it is checked as a sum', async () => {
    const precepts = (bandD: number): CellValue[][] => [
      ['Authority', 'Council Tax at Band D £', 'Total Precept Income £M'],
      ['Dyfed – Powys', 150.21, 29.861],
      ['Gwent', 152.32, 30.11],
      ['South Wales', 126.42, 56.538],
      ['North Wales', 166.89, 45.018],
      ['Average/ Total', bandD, 161.527],
    ];
    expect(loud(await run(precepts(145.07)))).toEqual([]);
    expect(loud(await run(precepts(166.89)))).toEqual([]);
    expect(loud(await run(precepts(166.9)))).toEqual(['totals.row-mismatch@B6']);
  });

  test('a net line under spending and income printed positive is the one less the other', async () => {
    const levy = (net: number): CellValue[][] => [
      ['Type of income, spending or cost', 'Amount for 2024/25 £m'],
      ['Authority operating expenditure', 15.3],
      ['Authority operating income', 7.8],
      ['Net service operating costs (spending minus income)', net],
      ['Financing costs', 2.2],
      ['Total net expenditure', net + 2.2],
    ];
    expect(loud(await run(levy(7.5)))).toEqual([]);
    expect(loud(await run(levy(7.7)))).toEqual(['totals.row-mismatch@B4']);
  });

  test('an opening total over the lines that add to it is stated, not a heading of them', async () => {
    const build = (closing: number): CellValue[][] => [
      [null, 'Redbridge £'],
      ['Total council tax 2023/24', 1541.61],
      ['Increase in Redbridge council tax 2.99%', 46.03],
      ['Increase in Adult Social Care Precept', 30.83],
      ['Total council tax 2024/25', closing],
    ];
    expect(loud(await run(build(1618.47)))).toEqual([]);
    expect(loud(await run(build(1628.47)))).toEqual(['totals.row-mismatch@B5']);
  });
});

test('bare figures under a section of one line total that section, where bare figures total the others', async () => {
  const monitor = (reportTotal: number): CellValue[][] => [
    [null, null, 'Spend + Commitment', 'Budget'],
    ['8NC1', 'Refurbishment of TICs', 0, 20000],
    [null, null, 0, 20000],
    ['Sports & Recreation'],
    ['8GJH', 'Medina - Replace Heat Pumps', 0, 22400],
    ['8GR9', 'Heights - New Filter System', 0, 2000],
    ['8GT1', 'Browns - Floodlighting', 4000, 4000],
    ['8GT2', 'Shanklin Esplanade - Floodlighting', 0, 4500],
    ['8GU1', 'Heights - Chemical Store', 0, 15000],
    [null, null, 4000, 47900],
    ['Report Total', null, 4000, reportTotal],
  ];
  const result = await run(monitor(67900));
  expect(result.readings[0].subtotalRows).toEqual([3, 10]);
  expect(loud(result)).toEqual([]);
  expect(loud(await run(monitor(87900)))).toEqual(['totals.row-mismatch@D11']);
});

test('"Total Comprehensive Income and Expenditure" in a movement in reserves is a line, not a total', async () => {
  const mirs: CellValue[][] = [
    [null, 'General Fund Balance £000', 'Earmarked Reserves £000'],
    ['Balance at 31 March 2019 carried forward', 5576, 4763],
    ['Movement in Reserves during 2019/20'],
    ['Total Comprehensive Income and Expenditure', -14029, 0],
    ['Adjustments between accounting basis and funding basis', 13440, 0],
    ['Transfers to / from Earmarked Reserves', 2, -2],
    ['Balance at 31 March 2020 carried forward', 4989, 4761],
  ];
  const result = await run(mirs);
  expect(loud(result)).toEqual([]);
  expect(result.readings[0].totalsRows).not.toContain(4);
});

describe('a figure that looks like a year', () => {
  const donations = (format: string | null, total = 2290) => {
    const rows: CellValue[][] = [
      ['Budget 2020-21'],
      ['Subs & Donations'],
      ['Memorial Hall', 2100],
      ['Avon LC Association', 106],
      ['Open Spaces', 47],
      ['CPRE', 37],
      ['Total (Subs & Donations)', total],
    ];
    const s = sheet('Budget', rows);
    s.numberFormats = rows.map((r) => r.map((v) => (typeof v === 'number' ? format : null)));
    return check(workbook(s), { asOf: '2020-06-29' });
  };

  test('£2,100 formatted as money is a line of the section, which then adds up', async () => {
    expect(loud(await donations('£#,##0'))).toEqual([]);
  });

  test('2100 with no format is a line too where the total counts it; a total £5 off it is then flagged', async () => {
    expect(loud(await donations(null))).toEqual([]);
    expect(loud(await donations(null, 2295))).toEqual(['totals.row-mismatch@B7']);
  });
});

describe('numbered section headings among budget lines', () => {
  const summary = (subtotal: number) =>
    run([
      ['REVENUE EXPENDITURE SUMMARY as at end of July 2002'],
      ['SERVICE', 'BUDGET £000', 'TO DATE £000', 'REMAINING £000'],
      ['1. Service Strategy', 207, 80, 127],
      ['2.Childrens Services'],
      ['Commissioning & Social Work', 1368, 498, 870],
      ['Children Looked After', 3510, 921, 2589],
      ['Youth Justice', 243, 55, 188],
      [null, 5121, subtotal, 3647],
      ['3. Adult Services'],
      ['Older People (Aged 65+)', 17636, 5293, 12343],
      ['Supported Employment', 411, 144, 267],
      [null, 18047, 5437, 12610],
      [],
      ['1. Following discussions with boards, the allocations were adjusted from the indicatives.'],
    ]);

  test('"2.Childrens Services" and "3. Adult Services" open sections: each subtotal covers its own', async () => {
    expect(loud(await summary(1474))).toEqual([]);
    // (The slipped figure leaves its own line out too: the budget less it is no longer what remains.)
    expect(loud(await summary(1484))).toEqual(['totals.row-mismatch@C8', 'amounts.parts-vs-total@D8']);
  });
});

describe("a parish's budget closed by its net requirement", () => {
  const budget = (net: number) =>
    run([
      ['Parish council precepts'],
      [],
      ['Bromyard and Winslow Town Council', '2018/19 £', '2019/20 £'],
      ['Administration', 100376, 104410],
      ['Grants', 6000, 4200],
      ['Civic centre and car parks', 46570, 55275],
      ['Closed churchyard', 13080, 13000],
      ['Net requirement', 166026, net],
      ['Precept', 166026, net],
      ['Band D equivalent properties', 1395, 1403],
    ]);

  test('"Net requirement" is the sum of the lines above it', async () => {
    expect(loud(await budget(176885))).toEqual([]);
    expect(loud(await budget(173885))).toEqual(['totals.row-mismatch@C8']);
  });
});

describe("a parish's precept built from its services, then a grant and the borough's own expenses", () => {
  // After a borough council's council tax leaflet: the larger parishes' precepts.
  const precept = (label: string, net: number) =>
    run([
      [null, 'Wootton and Billing 2013/14 £000'],
      ['Footway and Lighting', 8],
      ['Leisure and Recreation', 40],
      ['Parks and Open Spaces', 46],
      ['Other Services', 57],
      ['Contribution to/from Reserves', -21],
      [label, net],
      ['Grant to NBC for Parish Purposes', 18],
      ['Total Expenditure', net + 18],
    ]);

  test('"Net Precept for Parish Purposes" is the sum of the services above it', async () => {
    expect(loud(await precept('Net Precept for Parish Purposes', 130))).toEqual([]);
    expect(loud(await precept('Net Precept for Parish Purposes', 124))).toEqual(['totals.row-mismatch@B7']);
  });

  test('"Precept for Parish Purposes", not said to be net, is a line of its own', async () => {
    expect(loud(await precept('Precept for Parish Purposes', 124))).toEqual([]);
  });
});

describe("a fire authority's budget closed by its budget requirement", () => {
  const outturn = (label: string, projection: number) =>
    run([
      ['REVENUE BUDGET'],
      [null, '2019/20 Budget £', '2019/20 Projection £'],
      ['Employee Costs', 27176, 26933],
      ['Premises', 2243, 2533],
      ['Transport', 1019, projection],
      ['Income', -2852, -2862],
      [label, 27586, 27641],
    ]);

  test.each(['Budget requirement', 'Net budget requirement', 'Revenue budget requirement'])(
    '"%s" is the sum of the lines above it',
    async (label) => {
      expect(loud(await outturn(label, 1037))).toEqual([]);
      expect(loud(await outturn(label, 1073))).toEqual(['totals.row-mismatch@C7']);
    },
  );

  test('"Requirement" alone says no more than a line', async () => {
    // (Its projection 2.3% under its lines', so the word alone decides: within 2%, see reading-line-totals.)
    expect(loud(await outturn('Requirement', 1700))).toEqual([]);
  });
});

describe('a row of dates alone under a table of figures', () => {
  // A fire authority's efficiencies, then "A table showing the reduction in FTE posts" headed by dates.
  const efficiencies = () => loadCorpus().find((w) => w.file.startsWith('ul-devon-somerset-fra-efficiencies'));

  test.each([
    ['dates', (d: string) => ({ date: d })],
    ['dates typed as text', (d: string) => `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`],
  ])('heads a table of its own (%s): the FTE lines are neither items above nor a total', async (_, write) => {
    const wb = efficiencies();
    if (!wb) throw new Error('corpus workbook missing');
    const rows = wb.sheets[0].rows.map((r) =>
      (r ?? []).map((c) => (c !== null && typeof c === 'object' && 'date' in c ? write(c.date) : c)),
    );
    const result = await checkCorpusWorkbook({ ...wb, sheets: [{ ...wb.sheets[0], rows }] });
    expect(result.findings.filter((f) => f.row > 30)).toEqual([]);
  });
});

describe("gross lines opening a service's figures", () => {
  // A district's support services: gross costs and income first, then charges, then the net line.
  const service = (net: number, first = 'Gross Direct Costs'): CellValue[][] => [
    ['CUSTOMER SERVICES SERVICE AREA'],
    [null, '2011/12 Actual', '2012/13 Revised Budget'],
    ['It - Support Services'],
    [first, 869235, 904246],
    ['Gross Direct Income', -230, -410],
    ['Capital Charges', 62896, 62898],
    ['Support Service Charges', 109381, 128060],
    ['Support Service Recharges', -1041282, -1094794],
    ['Net Expenditure', net, 0],
  ];

  test('are lines the net line adds in, not subtotals of nothing above them', async () => {
    expect(loud(await run(service(0)))).toEqual([]);
    expect(loud(await run(service(1000)))).toEqual(['totals.row-mismatch@B9']);
  });

  test('after lines of their own, a gross line is their subtotal, checked', async () => {
    const lines = (gross: number): CellValue[][] => [
      [null, '2011/12 Actual'],
      ['Tourism'],
      ['Employees', 500000],
      ['Premises', 369235],
      ['Gross Direct Costs', gross],
      ['Gross Direct Income', -230],
      ['Net Expenditure', gross - 230],
    ];
    expect(loud(await run(lines(869235)))).toEqual([]);
    expect(loud(await run(lines(869000)))).toContain('totals.row-mismatch@B5');
  });
});

describe('lines under a heading of their own after the totals', () => {
  // A budget book page: the service's lines and totals, then an analysis by activity.
  const page = (income: number): CellValue[][] => [
    ['CHIEF EXECUTIVE SERVICES', '2007/08 Actual £', '2009/10 Original £'],
    ['Employees Expenses', 646478, 537080],
    ['Supplies & Services', 54401, 1424890],
    ['Total Expenditure', 700879, 1961970],
    ['Recharges', -840201, -1851250],
    ['Net Expenditure', -139322, 110720],
    [],
    ['ANALYSIS: Inclusive of recharges between services'],
    [],
    ['Corporate Management/Administration'],
    ['Expenditure', 494010, 424230],
    ['Income', income, 0],
  ];

  test('are lines of that heading, not a total carried forward', async () => {
    expect(loud(await run(page(0)))).toEqual([]);
  });

  test('with no heading between, the last line after a total carries it only where its figures show it does', async () => {
    const rows = (last: CellValue[]) => [...page(0).slice(0, 6), [], ['Expenditure', 494010, 424230], last];
    expect(loud(await run(rows(['Income', 0, 0])))).toEqual([]);
    // (354,688 is the net expenditure and the line since: carried; 534,000 in the next column is not.)
    expect(loud(await run(rows(['Net after analysis', 354688, 534000])))).toEqual(['totals.row-mismatch@C9']);
  });
});

describe("a budget book page: a header of four rows, then the cost centre's headings over its lines", () => {
  const page = (salaries: number, spacer = false): CellValue[][] => {
    const rows: CellValue[][] = [
      ['Tamworth Borough Council'],
      [],
      [null, null, 'Base', 'Policy', 'Total'],
      [null, null, 'Budget', 'Changes', 'Budget'],
      [null, null, '2007/08', null, '2008/09'],
      [null, null, '£', '£', '£'],
      ['GC0101', 'Chief Executive'],
      [null, 'Expenditure'],
      [null, 'Employees'],
      ['00101', 'Salaries', salaries, -470, salaries - 470],
      [null, 'Supplies And Services'],
      ['33040', 'Telephones', 760, 0, 760],
      ['34040', 'Conference Expenses', 1500, 0, 1500],
      [null, 'Total Expenditure', 144410, -470, 143940],
    ];
    return spacer ? rows.map((r) => (r.length > 1 ? [r[0], null, ...r.slice(1)] : r)) : rows;
  };

  test('the header is the four rows over the units; the headings under it head the lines', async () => {
    const result = await run(page(142150));
    expect(result.readings[0].headerRows).toEqual([3, 6]);
    expect(loud(result)).toEqual([]);
    expect(loud(await run(page(142600)))).toEqual(['totals.row-mismatch@C14', 'totals.row-mismatch@E14']);
  });

  test('an empty column between the code and the name changes nothing', async () => {
    expect(loud(await run(page(142600, true)))).toEqual(['totals.row-mismatch@D14', 'totals.row-mismatch@F14']);
  });
});

describe('a column headed only by its unit of money, printed again where it runs on', () => {
  const table = (heading: string): CellValue[][] => [
    ['Table A Distribution of Estimated Revenue Balances 1987–88'],
    [null, heading],
    ['Inner London'],
    ['Camden', 1066273],
    ['Greenwich', 1277872],
    [null, heading],
    ['Hackney', 1108238],
    ['Total Inner London', 3452383],
  ];

  test.each(['Balances £', 'Balances £ *', "Balances £'000"])(
    '"%s" heads the figures and is no gap among them',
    async (h) => {
      const result = await run(table(h));
      expect(result.readings[0].headerRows).toEqual([2, 2]);
      expect(loud(result)).toEqual([]);
    },
  );
});

describe('figures whose format prints their unit ("£85.2m")', () => {
  const M = '"£"0.0"m"';
  const funding = (total: number, witnesses: [number, string] = [1.4, M]) => {
    const rows: CellValue[][] = [
      ['Funding for police', '2019/20 Actual'],
      ['Funding from Government', 85.2],
      ['Council tax precept', 38.7],
      ['Council tax grants', 7.6],
      ['Specific grants', 5.8],
      ['Witnesses and Victims Funding', witnesses[0]],
      ['Fees, Charges and Partnerships', 2.8],
      ['Special Grant', 3.4],
      ['Total funding', total],
    ];
    const formats = rows.map((_, i) => [null, i === 0 ? null : i === 5 ? witnesses[1] : M]);
    return check(workbook({ ...sheet('Table', rows), numberFormats: formats }), { asOf: '2020-04-01' });
  };

  test('hold millions: a total one printed unit (£0.1m) from its lines is rounding, two are a slip', async () => {
    expect(loud(await funding(145.0))).toEqual([]);
    const slip = await funding(145.1);
    expect(loud(slip)).toEqual(['totals.row-mismatch@B9']);
    expect(slip.findings.find((f) => f.ruleId === 'totals.row-mismatch')?.message).toContain('£145,100,000');
  });

  test('a line printed in whole pounds among them ("£664,000") is read as pounds', async () => {
    expect(loud(await funding(145.1, [664000, '"£"#,##0']))).toEqual(['totals.row-mismatch@B9']);
    expect(loud(await funding(144.2, [664000, '"£"#,##0']))).toEqual([]);
  });
});

describe('a figure whose point was struck as a slash ("146/235")', () => {
  const police = (southWales: CellValue, allWales: number): CellValue[][] => [
    ['Table B—Police authority provisional expenditure allocations 1995–96'],
    ['£ Million'],
    [null, 'Grant £', 'SSA £', 'Total £'],
    ['Dyfed-Powys', 22.557, 21.66, 44.217],
    ['Gwent', 24.136, 23.26, 47.396],
    ['North Wales', 32.211, 30.64, 62.851],
    ['South Wales', 74.775, 71.46, southWales],
    ['All Wales', 153.679, 147.02, allWales],
  ];

  test('is said on its cell, and the total over it is not called wrong for want of it', async () => {
    expect(loud(await run(police(146.235, 300.699)))).toEqual([]);
    expect(loud(await run(police('146/235', 300.699)))).toEqual(['cell.unreadable@D7']);
  });

  test('a total over a line reading "n/a" is still checked', async () => {
    expect(loud(await run(police('n/a', 300.699)))).toEqual(['totals.row-mismatch@D8']);
  });
});

describe('an amount like a year among the lines of a list of grants', () => {
  const grants = (total: number) =>
    check(
      workbook(
        sheet('Grants 2018-19', [
          ['GRANTS PAID FROM 2018/19 BUDGET'],
          ['Date Paid', 'Beneficiary', 'Purpose', 'Amount £'],
          ['16 April 2018', 'Wivelsfield Village Hall', 'Outdoor maintenance grant', 600],
          ['16 April & 2 July 2018', 'Wivelsfield Cricket Club', 'Cricket pitch maintenance grant', 700],
          ['14 May 2018', 'Wivelsfield Village Day', 'Contribution towards the annual summer event', 2000],
          ['9 July 2018', 'Junior Wicked', 'Grant towards equipment for youth group', 500],
          ['30 July 2018', 'Wivelsfield Bonfire Society', 'Grant towards fireworks at Bonfire event', 250],
          ['Total of Grants Paid', null, null, total],
        ]),
      ),
    );

  test('is one of the lines the total adds up (2,000 granted, not the year 2000)', async () => {
    expect(loud(await grants(4050))).toEqual([]);
  });

  test('and the total is held to all of them', async () => {
    expect(loud(await grants(4052))).toEqual(['totals.row-mismatch@D8']);
  });
});

describe('"All Services" under the service groups', () => {
  const groups = (last: string, total: number) =>
    run([
      ['£ million'],
      [null, '1985–86', '1986–87'],
      ['1. Education, Arts and Libraries', 11093, 11618],
      ['2. Personal Social', 2366, 2553],
      ['3. Law and Order', 2008, 2152],
      ['4. Transport', 1733, 1929],
      [last, 17200, total],
    ]);

  test('is their total, and checked: 64 out is a slip', async () => {
    expect(loud(await groups('All Services', 18252))).toEqual([]);
    expect(loud(await groups('ALL SERVICES', 18316))).toEqual(['totals.row-mismatch@C7']);
  });

  test('"All other services" is one more line, not a total', async () => {
    // (2.5% over the groups' 18,252 in 1986–87, so the name alone decides.)
    expect(loud(await groups('All other services', 18700))).toEqual([]);
  });
});

describe('a section heading straight under a header of two rows', () => {
  const budgets = (gap: boolean, total: number) =>
    run([
      [null, '1982–83 Budget', '1982–83 Guideline', 'Excess', null],
      [null, '£ million', '£ million', '£ million', 'Per cent.'],
      ...(gap ? [[]] : []),
      ['Regional Councils'],
      ['Borders', 42.44, 42.0, 0.44, 1.0],
      ['Central', 109.19, 102.75, 6.44, 6.3],
      ['Fife', 135.31, 127.5, 7.81, 6.1],
      ['ALL REGIONS', total, 272.25, 14.69, 5.4],
      ['Islands Councils'],
      ['Orkney', 14.74, 10.92, 3.82, 35.0],
      ['Shetland', 23.33, 13.0, 10.33, 79.5],
      ['ALL ISLANDS', 38.07, 23.92, 14.15, 59.2],
    ]);

  test('heads the first section: the header keeps its units and its per cent column', async () => {
    expect(loud(await budgets(false, 286.94))).toEqual([]);
    expect(loud(await budgets(false, 286.96))).toEqual(['totals.row-mismatch@B7']);
  });

  test('and does so with a blank row between it and the header', async () => {
    expect(loud(await budgets(true, 286.94))).toEqual([]);
    expect(loud(await budgets(true, 286.96))).toEqual(['totals.row-mismatch@B8']);
  });
});

describe("a section heading under a header whose last row is one heading's last word", () => {
  // After a unitary council's capital programme cashflow forecast.
  const forecast = (lastWord: string | null, seed: number) =>
    run([
      ['CAPITAL PROGRAMME - CASHFLOW FORECAST'],
      ['2003/04', 'ORIGINAL', 'LATEST', 'Forecast Spend', 'Forecast Spend', 'Total Forecast'],
      [null, 'BUDGET', 'REVISED', '1st Half', '2nd Half', 'Spend'],
      [null, null, lastWord],
      ['EDUCATION'],
      ['Seed Challenge', 224, 224, 35, seed, 150],
      ['Access Initiative', 293, 293, 50, 243, 293],
      ['Staff Workplaces', 95, 95, 15, 80, 95],
      ['TOTAL EDUCATION', 612, 612, 100, 438, 538],
    ]);

  test('"BUDGET" alone under "REVISED" ends the header, and "EDUCATION" heads the first section', async () => {
    expect(loud(await forecast('BUDGET', 115))).toEqual([]);
    expect(loud(await forecast('BUDGET', 125))).toEqual(['amounts.parts-vs-total@F6', 'totals.row-mismatch@E9']);
  });

  test("a word alone in the first column there is a heading of its own, not the header's", async () => {
    const result = await run([
      ['CAPITAL PROGRAMME - CASHFLOW FORECAST'],
      ['2003/04', 'ORIGINAL', 'LATEST', 'Forecast Spend', 'Forecast Spend', 'Total Forecast'],
      [null, 'BUDGET', 'REVISED', '1st Half', '2nd Half', 'Spend'],
      ['SCHOOLS'],
      ['EDUCATION'],
      ['Seed Challenge', 224, 224, 35, 125, 150],
      ['Access Initiative', 293, 293, 50, 243, 293],
      ['Staff Workplaces', 95, 95, 15, 80, 95],
      ['TOTAL EDUCATION', 612, 612, 100, 448, 538],
    ]);
    // (The header is then read from the lone line under it, as before.)
    expect(result.readings[0].headerRows).toEqual([5, 5]);
  });
});

describe('targets and proposals side by side, the targets headed with the rate they were set at', () => {
  const targets = (regeneration: number, heading = 'ORIGINAL Targets issued to Departments @ 22%') =>
    run([
      [null, heading, null, null, null, null, 'SUMMARY PROPOSALS'],
      [null, '2015/16', '2016/17', '2017/18', 'TOTAL', null, '2015/16', '2016/17', '2017/18', 'Total'],
      [null, "'000", "'000", "'000", "'000", null, "'000", "'000", "'000", "'000"],
      ['Chief Executive', 541, 557, 489, 1587, null, 541, 396, 208, 1145],
      ['Regeneration & Leisure', 691, regeneration, 713, 2217, null, 763, 756, 713, 2232],
      ['Resources', 846, 798, 700, 2344, null, 923, 941, 481, 2345],
      [null, 2078, 2168, 1902, 6148, null, 2227, 2093, 1402, 5722],
    ]);

  test('"@ 22%" is a rate the heading quotes: the figures under it are added up like the others', async () => {
    expect(loud(await targets(813))).toEqual([]);
    expect(loud(await targets(831))).toEqual(['amounts.parts-vs-total@E5', 'totals.row-mismatch@C7']);
  });

  test('a heading of percentages is not added up', async () => {
    expect(loud(await targets(831, 'Share of budget %'))).not.toContain('totals.row-mismatch@C7');
  });

  test('figures under "Summary proposals" are no row labels: the first column is', async () => {
    const result = await targets(813);
    const meanings = result.readings[0].columns.map((c) => [c.letter, c.meaning]);
    expect(meanings).toContainEqual(['A', 'service']);
    expect(meanings).toContainEqual(['G', 'not used']);
  });
});

describe("a pensions authority's operational budget: each head's budget carried to next year's by its movements", () => {
  // Heads of service with last year's budget, the movements across the line, and the new budget;
  // a subtotal, capital and a levy, a subtotal before reserves, the reserves' own total, the grand total.
  const budget = (salaries: CellValue, ict: number, reserves = -28000): CellValue[][] => [
    // prettier-ignore
    ['Operational Budget', '2024/25 Budget', 'Salaries Budget Movement', 'Other Budget Movements', '2025/26 Approved Budget'],
    ['1) Pensions Administration', 3646910, salaries, -119580, 3897370],
    ['2) Investment Strategy', 656400, -13880, 24110, 666630],
    ['3) Resources', 1434760, 192310, 22880, 1649950],
    ['4) ICT', 1495590, 179970, 109500, ict],
    ['Subtotal Revenue Expenditure', 7233660, 728440, 36910, 7999010],
    ['Capital Expenditure', 98500, 0, 36500, 135000],
    ['Levy on District Councils', -332000, 0, 20000, -312000],
    ['Subtotal before transfers to / (from) reserves', 7000160, 728440, 93410, 7822010],
    ['Appropriations to/(from) Reserves Total', reserves, 0, -66650, reserves - 66650],
    ['Grand Total', 7000160 + reserves, 728440, 26760, 7822010 + reserves - 66650],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Budget', rows)), { asOf: '2025-02-13' });

  test('as printed, nothing is out: the reserves total stands on its own and the grand total counts it', async () => {
    expect(loud(await run(budget(370040, 1785060)))).toEqual([]);
  });

  test('a head whose new budget is not last year moved by its movements is flagged on its line', async () => {
    // 1,495,590 + 179,970 + 109,500 = 1,785,060, printed 1,758,060; the subtotal and the grand
    // total, which count the line as 1,785,060, are then out of its lines too.
    expect(loud(await run(budget(370040, 1758060)))).toEqual([
      'amounts.parts-vs-total@E5',
      'totals.row-mismatch@E6',
      'totals.row-mismatch@E11',
    ]);
  });

  test('"370.040" among whole figures, which the subtotal counts as 370,040, is said on its cell alone', async () => {
    expect(loud(await run(budget('370.040', 1785060)))).toEqual(['cell.unreadable@C2']);
  });

  test('"370.040" that no total counts so is left as printed', async () => {
    const noTotals = budget('370.040', 1785060).slice(0, 5);
    expect(loud(await run(noTotals)).filter((f) => f.startsWith('cell.'))).toEqual([]);
  });

  test('a total under a subtotal that is near a sum of the lines is still held to it', async () => {
    // Half the subtotal or more, of its sign: a slip in a sum, not a section of its own.
    expect(loud(await run(budget(370040, 1785060, 4000000)))).toContain('totals.row-mismatch@B10');
  });
});

describe('accounts in two columns: "12.097" among the lines, their total in the outer column', () => {
  // A parish's income and expenditure account: lines in the inner "£" column, each run's total beside the last.
  const account = (playing: CellValue, total: number): CellValue[][] => [
    ['INCOME AND EXPENDITURE ACCOUNT FOR THE YEAR ENDED 31 MARCH 2017'],
    [null, 'Note', '2017', null, '2016'],
    [null, null, '£', '£', '£'],
    ['INCOME'],
    ['Precepts', null, 88600, null, 87600],
    ['Grants', 11, 11385, null, 2162],
    ['Bank deposit interest', null, 438, null, 613],
    [null, null, null, 100423, 90375],
    [],
    ['EXPENSES'],
    ['General administration', null, 13739, null, 12855],
    ['Staff costs', null, 32859, null, 31039],
    ['Playing fields/recreation', null, playing, null, 13031],
    ['Burial ground', null, 1696, null, 1322],
    ['Highways expenses', null, 4693, null, 3518],
    [null, null, null, total, 61765],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('I&E Account', rows)), { asOf: '2017-05-01' });

  test('the outer total counts it as 12,097: said on its cell alone, the total left as it adds up', async () => {
    expect(loud(await run(account(12097, 65084)))).toEqual([]);
    expect(loud(await run(account('12.097', 65084)))).toEqual(['cell.unreadable@C13']);
  });

  test('where the total is two pounds out, the total is out and the cell is not read as 12,097', async () => {
    expect(loud(await run(account(12097, 65086)))).toEqual(['totals.row-mismatch@D16']);
    expect(loud(await run(account('12.097', 65086)))).not.toContain('cell.unreadable@C13');
  });
});

describe("a leisure trust's monitoring: a ratio line among lines in £000", () => {
  const site = (variance: number): CellValue[][] => [
    ['Haslingden Sports Centre', 'Year to date', null, null, 'Full Year'],
    [null, 'Actual', 'Budget', 'Variance', 'Budget'],
    [null, '£000', '£000', '£000', '£000'],
    ['Revenue', 214.5, 222.8, -8.3, 702.2],
    ['Gross profit', 93.0, 99.3, -6.3, 333.5],
    ['Gross profit %', 0.43, 0.45, 0.76, 0.47],
    ['Overheads', 80.0, 95.8, variance, 327.7],
    ['Net Profit / (Loss)', 13.0, 3.5, 9.5, 5.8],
  ];
  const run = (rows: CellValue[][]) => {
    const s = sheet('Appendix', rows);
    s.numberFormats = rows.map((r, i) => r.map((v) => (typeof v === 'number' ? (i === 5 ? '0%' : '0.0') : null)));
    return check(workbook(s), { asOf: '2009-05-31' });
  };

  test('the percentage line is no sum: its variance is not checked as one', async () => {
    expect(loud(await run(site(-15.8)))).toEqual([]);
  });

  test('a money line beside it is still held to its variance', async () => {
    expect(loud(await run(site(-18.5)))).toEqual(['amounts.parts-vs-total@D7']);
  });
});

describe('a revenue summary whose totals row leaves the net and variance columns blank', () => {
  // Expenditure and income to date and budget, the net of each, and the variance: net budget less net to date.
  const line = (
    name: string,
    spend: number,
    income: number,
    budget: number,
    budgetIncome: number,
    variance?: number,
  ) => {
    const [net, netBudget] = [spend + income, budget + budgetIncome];
    return [
      name,
      spend,
      budget,
      income,
      budgetIncome,
      net,
      netBudget,
      variance ?? Math.round((netBudget - net) * 10) / 10,
    ];
  };
  const summary = (coroner: number, lines = 5): CellValue[][] => {
    const items = [
      line('Fire & Rescue', 5234.5, -116.4, 5283.4, -127.0),
      line('Emergency Planning', 119.3, -72.1, 125.1, -72.1),
      line('Community Safety', 243.4, -137.4, 351.8, -153.6),
      line('Cemeteries', 293.9, -151.9, 337.6, -199.5),
      line('Licensing', 136.3, -194.6, 135.2, -155.3),
    ].slice(0, lines);
    items.push(line('Coroner', 239.4, 0, 221.0, 0, coroner));
    const total = (i: number) => Math.round(items.reduce((a, l) => a + (l[i] as number), 0) * 10) / 10;
    return [
      // prettier-ignore
      ['Service', 'Expenditure To Date £000', 'Expenditure Budget £000', 'Income To Date £000', 'Income Budget £000', 'Net To Date £000', 'Net Budget £000', 'Variance £000'],
      ...items,
      ['Committee Total', total(1), total(2), total(3), total(4)],
    ];
  };
  const run = (rows: CellValue[][]) => check(workbook(sheet('Appendix 1', rows)), { asOf: '2004-03-31' });

  test('each line is still held to its net and variance', async () => {
    expect(loud(await run(summary(-18.4)))).toEqual([]);
    expect(loud(await run(summary(-21.4)))).toEqual(['amounts.parts-vs-total@H7']);
  });

  test('where every other line varies one way round, three at least, a variance with its sign lost is out', async () => {
    expect(loud(await run(summary(18.4)))).toEqual(['amounts.parts-vs-total@H7']);
    expect(loud(await run(summary(18.4, 3)))).toEqual(['amounts.parts-vs-total@H5']);
    // With two lines beside it there is no telling which way round the column runs.
    expect(loud(await run(summary(18.4, 2)))).toEqual([]);
  });
});

describe("a county's revenue annex: 'Net Service Spending' and the nets under the year's heading", () => {
  // The header's first row names the year over the first four columns, as printed, stacked over the rest.
  const annex = (planningGross: number, total = 31472): CellValue[][] => [
    [null, '21/22 Revenue Budget', null, null],
    ['Service', 'Gross Exp Budget', 'Gross Income Budget', 'Net Exp Budget'],
    [null, "£'000", "£'000", "£'000"],
    ['Emergency Management', 374, 0, 374],
    ['County Highways', 20265, -6106, 14159],
    ['Planning Delivery', planningGross, -4017, 491],
    ['Transport Delivery', 38751, -29677, 9074],
    ['Net Service Spending', total, -39800, 24098],
  ];
  const run = (rows: CellValue[][]) => {
    const s = sheet('Environment Services', rows);
    s.merges = ['B1:D1'];
    return check(workbook(s), { asOf: '2021-09-30' });
  };

  test('as printed, every line nets and the totals add up', async () => {
    expect(loud(await run(annex(4508, 63898)))).toEqual([]);
  });

  test('a gross figure typed wrong is out on its line and in the total of the column', async () => {
    expect(loud(await run(annex(4580, 63898)))).toEqual(['amounts.parts-vs-total@D6', 'totals.row-mismatch@B8']);
  });
});

test('"Position before Transfers to Reserves" under the service lines is their total', async () => {
  const rows = (total: number): CellValue[][] => [
    [null, 'Annual Budget £m', 'Forecast for Year £m'],
    ['Performance and Support', 8.056, 7.756],
    ['Children and Families', 36.449, 36.757],
    ['Adults and Older People', 127.134, 127.177],
    [null],
    ['Position before Transfers to Reserves', 171.639, total],
  ];
  const run = (r: CellValue[][]) => check(workbook(sheet('Social Work', r)), { asOf: '2021-01-29' });
  expect(loud(await run(rows(171.69)))).toEqual([]);
  expect(loud(await run(rows(171.79)))).toEqual(['totals.row-mismatch@C6']);
});

describe("fees and charges: last year's budget, the variance and this year's budget", () => {
  const fees = (recycling: number, mark = ''): CellValue[][] => [
    [null, '2014/15', 'Budget Variance', '2015/16'],
    [null, `Original Budget${mark}`, null, `Original Budget${mark}`],
    ['Cemeteries', -215750, -1250, -217000],
    ['Domestic Waste', -7550, -121, -7671],
    ['Recycling Banks', -14400, 9500, recycling],
    ['Kerbside Recycling', -7720, -6093, -13813],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Fees', rows)), { asOf: '2015-02-01' });

  test('a budget that is not last year moved by the variance is said once, footnote mark or none', async () => {
    expect(loud(await run(fees(-4900)))).toEqual([]);
    const found = loud(await run(fees(-5900)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^amounts\.parts-vs-total@[CD]5$/);
    expect(loud(await run(fees(-5900, ' *')))).toEqual(found);
  });
});

test('"Savings Identified" against "Savings Required" is what was found: a year short of it is a shortfall', async () => {
  const rows = (identified: number): CellValue[][] => [
    ['Year', 'Savings Required £000', 'Savings Identified £000'],
    ['2013/14', 2150, identified],
    ['2014/15', 838, 838],
    ['2015/16', 1700, 1776],
  ];
  const run = (r: CellValue[][]) => check(workbook(sheet('Savings', r)), { asOf: '2014-02-06' });
  expect(loud(await run(rows(2150)))).toEqual([]);
  expect(loud(await run(rows(2040)))).toContain('savings.shortfall@C2');
});

describe("a capital budget summary: month 9's budget moved to month 12's, and the outturn's variance", () => {
  // Most services have nothing in them: lines of noughts say nothing of how the columns relate.
  const summary = (schoolsVariance: number, variations = 440): CellValue[][] => [
    // prettier-ignore
    ['Service', 'Reported Budget Month 9 £000', 'IFRS Changes £000', 'Variations, Slippages & Reprofiles £000', 'Reported Budget Month 12 £000', 'Provisional Outturn £000', 'Provisional Variance £000'],
    ['Director of Families', 0, 0, 0, 0, 0, 0],
    ['Education & Skills', 15030, -612, 697, 15115, 15115, 0],
    ['Schools', 290, 0, -222, 68, 66, schoolsVariance],
    ["Children's Safeguarding", 35, 0, -35, 0, 0, 0],
    ['Quality Assurance', 0, 0, 0, 0, 0, 0],
    ['Total Families, Children & Learning', 15355, -612, variations, 15183, 15181, -2],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Capital Summary', rows)), { asOf: '2022-03-31' });

  test('as printed, every line and total holds', async () => {
    expect(loud(await run(summary(-2)))).toEqual([]);
  });

  test('a variance that is not the outturn less the budget is out, though most lines are noughts', async () => {
    // (The total of the variances, -2, then no longer adds up the lines either.)
    expect(loud(await run(summary(-20)))).toEqual(['amounts.parts-vs-total@G4', 'totals.row-mismatch@G7']);
  });

  test("a total of variations that does not carry month 9's budget to month 12's is out on the line and in the column", async () => {
    const found = loud(await run(summary(-2, 404)));
    expect(found).toContain('totals.row-mismatch@D7');
    expect(found).toContain('amounts.parts-vs-total@E7');
  });
});

describe("police grant by authority: last year's, this year's and the percentage change", () => {
  const grants = (derbyshire: number): CellValue[][] => [
    ['Police Authority', 'Adjusted 2007-08 Formula Allocation', '2008-09 Allocation', 'Change on 2007-08 %'],
    [null, '£m', '£m', '%'],
    ['Avon & Somerset', 167.8, 173.7, 0.035],
    ['Bedfordshire', 66.3, 68.5, 0.033],
    ['Cambridgeshire', 76.4, 78.7, 0.03],
    ['Derbyshire', 105.8, derbyshire, 0.032],
  ];
  const run = (rows: CellValue[][]) => {
    const s = sheet('Police Grant', rows);
    s.numberFormats = rows.map((r) => r.map((v, c) => (typeof v === 'number' ? (c === 3 ? '0.0%' : '0.0') : null)));
    return check(workbook(s), { asOf: '2007-12-06' });
  };

  test('each percentage is the change from one year to the next, to its printed place', async () => {
    // 109.2 over 105.8 is 3.21%, printed 3.2%.
    expect(loud(await run(grants(109.2)))).toEqual([]);
  });

  test('a figure that puts its line out of step with the printed change is flagged on the percentage', async () => {
    const found = await run(grants(119.2));
    expect(loud(found)).toEqual(['amounts.parts-vs-total@D6']);
    expect(found.findings.find((f) => f.address === 'D6')?.message).toContain('is 12.7%, but');
  });

  test("the figures' own rounding is allowed for: 0.1 in 105.8 is another 0.09%", async () => {
    // 109.3 gives 3.31% against 3.2% printed, within 0.05% + 0.09%; 109.4 gives 3.40%, beyond it.
    expect(loud(await run(grants(109.3)))).toEqual([]);
    expect(loud(await run(grants(109.4)))).toEqual(['amounts.parts-vs-total@D6']);
  });
});

describe('a percentage change written as plain numbers ("-3.1") under a heading in per cent', () => {
  // Government support for the Welsh unitary authorities, £ thousands, each line's change to one place.
  const support = (powys: number, header = 'Percentage change') =>
    check(
      workbook(
        sheet('Table', [
          ['Unitary authority', '1995-96', '1996-97', header],
          ['Anglesey', 48805, 47280, -3.1],
          ['Caernarfonshire and Merionethshire', 84787, 84493, -0.3],
          ['Aberconwy and Colwyn', 68819, 67493, -1.9],
          ['Denbighshire', 61226, 63680, 4.0],
          ['Powys', 92555, powys, -2.4],
        ]),
      ),
      { asOf: '1996-02-08' },
    );

  test('is read in per cent: -2.4 holds for 90,351 on 92,555 (-2.38%), and is flagged for 93,051 (+0.5%)', async () => {
    expect(loud(await support(90351))).toEqual([]);
    const out = await support(93051);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@D6']);
    expect(out.findings[0].message).toContain('is 0.5%, but Percentage change shows -2.4%');
  });

  test('to its printed place: -2.44% printed -2.4 holds, -2.46% does not', async () => {
    // 92,555 less 2.44% is 90,297; less 2.46%, 90,278.
    expect(loud(await support(90297))).toEqual([]);
    expect(loud(await support(90278))).toEqual(['amounts.parts-vs-total@D6']);
  });

  test('a heading naming no per cent ("Change") over plain numbers is not read as one', async () => {
    expect(loud(await support(93051, 'Change'))).toEqual([]);
  });
});

test('"Var (Under)/Over" beside last year\'s and this year\'s budget is their difference on each line', async () => {
  const budget = (market: number): CellValue[][] => [
    [null, 'Budget', '2009/2010 Budget', 'Var (Under)/Over'],
    ['Precept', 466947, 479246, 12299],
    ['Market', 60098, market, 2132],
    ['Rents', 5200, 5000, -200],
    ['Interest on Investments', 10000, 5000, -5000],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Summary', rows)), { asOf: '2009-01-13' });
  expect(loud(await run(budget(62230)))).toEqual([]);
  expect(loud(await run(budget(62320)))).toEqual(['amounts.parts-vs-total@D3']);
});

describe('a unit alone over the lines\' names: "£\'000 | 2007/08 | 2008/09 | Total for 3 years"', () => {
  const borrowing = (corner: string) =>
    run([
      [corner, '2007/08', '2008/09', 'Total for 3 years'],
      ['Revised Approved Budget', 10095, 8665, 18760],
      ['Under-spends', -1383, 807, -576],
      ['Total', 8712, 9482, 18184],
    ]);

  test('is the unit of every column, the years as well as the total', async () => {
    const messages = (await borrowing("£'000")).findings.map((f) => `${f.address} ${f.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^C4 .*shows £9,482,000 for 2008\/09, but the sum of the 2 items it covers is £9,472,000/),
      'D4 Total: 2007/08 and 2008/09 add up to £18,194,000, but Total for 3 years shows £18,184,000 (a difference of £10,000).',
    ]);
  });

  test('a corner with words beside the unit names the lines, and gives no unit', async () => {
    const messages = (await borrowing('Scheme')).findings.map((f) => `${f.address} ${f.message}`);
    expect(messages[0]).toMatch(/^C4 .*shows £9,482 for 2008\/09/);
  });
});

describe('"TOTAL" over its own block of typed lines: "Expenditure", "Income", "Net Expenditure"', () => {
  // After a London borough's corporate budget monitoring: each directorate on three typed lines.
  const blocks: [string, number, number][] = [
    ['Adults', 116880, -14685],
    ['Chief Executive', 26686, -9669],
    ['Children', 162096, -67204],
    ['Development', 127375, -47981],
  ];
  const monitoring = (netTotal: number): CellValue[][] => {
    const spend = blocks.reduce((a, b) => a + b[1], 0);
    const income = blocks.reduce((a, b) => a + b[2], 0);
    return [
      ['CORPORATE QUARTERLY BUDGET MONITORING - DECEMBER 2010'],
      [null, null, 'Latest Budget'],
      [null, null, "£'000"],
      ...blocks.flatMap(([name, s, i]): CellValue[][] => [
        [name, 'Expenditure', s],
        [null, 'Income', i],
        [null, 'Net Expenditure', s + i],
      ]),
      ['TOTAL', 'Expenditure', spend],
      [null, 'Income', income],
      [null, 'Net Expenditure', netTotal],
    ];
  };

  // ("TOTAL" merged down the block's three lines, as the paper prints it.)
  const runMerged = (rows: CellValue[][]) =>
    check(workbook({ ...sheet('Appendix 2', rows), merges: ['A16:A18'] }), { asOf: '2011-02-28' });

  test('each line of the total block adds up the lines of its own type, the net line the net lines', async () => {
    expect(loud(await runMerged(monitoring(293498)))).toEqual([]);
    expect(loud(await runMerged(monitoring(294498)))).toEqual(['totals.row-mismatch@C18']);
  });
});

describe('"In Progress Audits – Planned Days" over days: figures, not updates on progress', () => {
  // After a county council's internal audit progress summary, a running number before each line.
  const summary = (notStarted: number) =>
    run([
      [
        'No.',
        'Corporate Objective',
        'Planned Days',
        'Completed Audits – Planned Days',
        'In Progress Audits – Planned Days',
        'Not Started Audits – Planned Days',
      ],
      [1, '2.3.1 Regeneration', 155, 22, 93, 40],
      [2, '2.3.2 Health and well being', 80, 13, 35, 32],
      [3, '2.3.3 Safer communities', 40, '-', 20, 20],
      [4, '2.3.4 Outcomes for children', 153, 3, 35, 115],
      [5, '2.4.1 High performance', 877, 195, 355, 197],
      [null, 'TOTAL', '1175*', 233, 538, notStarted],
    ]);

  test('a table of days by objective, its totals checked, not a plan of numbered actions', async () => {
    expect(loud(await summary(404))).toEqual([]);
    expect(loud(await summary(405))).toEqual(['totals.row-mismatch@F7']);
  });
});

describe("councils' bids, the sums allocated and each allocation as a percentage of its bid", () => {
  // After a written answer listing councils' bids for reorganisation costs, the percentages formatted as such.
  const lines: CellValue[][] = [
    ['Hartlepool Borough Council', 3638, 2150, 0.59],
    ['Redcar and Cleveland Council', 3980, 3400, 0.85],
    ['Middlesbrough Borough Council', 3200, 2750, 0.86],
    ['Stockton on Tees Borough Council', 7209, 3250, 0.45],
  ];
  const answer = (ratioHeader: string) => {
    const rows: CellValue[][] = [[null, 'Bid', 'Allocation', ratioHeader], ...lines];
    const numberFormats = rows.map((r, i) => r.map((_v, c) => (i > 0 && c === 3 ? '0%' : null)));
    return check(workbook({ ...sheet('Answer', rows), numberFormats }), { asOf: '1996-01-22' });
  };

  test('"Allocation" over sums is the amount allocated, and "as percentage of bid" no share of a whole', async () => {
    expect(loud(await answer('Allocation as percentage of bid'))).toEqual([]);
  });

  test("percentages headed as each council's share of the whole are shares, and must add up to 100%", async () => {
    expect(loud(await answer('Percentage share'))).toContain('shares.sum@D5');
  });
});

describe('"NIL" where a line\'s figures go, as a parish\'s explanation of variances writes it', () => {
  // The annual return's boxes, this year and last and the variance, with a box that held nothing.
  const variances = (nil: CellValue, last: CellValue[]): CellValue[][] => [
    ['Section 2', '2020/21 £', '2021/22 £', 'Variance £', 'Variance %', 'Detailed explanation of variance'],
    ['Box 2 Precept or Rates and Levies', 8160, 8323, -163, -2, 'n/a'],
    ['Box 3 Total other receipts', 13835, 7178, 6657, 48.18, 'CIL receipts were much higher.'],
    ['Box 4 Staff costs', 3356, 2969, 387, 11.53, 'n/a'],
    ['Box 5 Loan interest/ capital repayments', nil, nil, nil, nil, 'n/a'],
    ['Box 6 All other payments', 19951, 6822, 13219, 65.81, 'Refurbishment of the village hall.'],
    last,
  ];
  const borrowings = ['Box 10 Total borrowings', 'NIL', 'NIL', 'NIL', 'NIL', 'n/a'];

  test('is a line of the table: the lines below it, and a last line of nothing, are read too', async () => {
    const result = await check(workbook(sheet('Variances', variances('NIL', borrowings))), { asOf: '2022-06-10' });
    expect(result.readings[0].range).toBe('A1:F7');
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D6']);
  });

  test('so is "Nil", and "tbc" in every figure: a line whose figures are still to come', async () => {
    const nil = await check(workbook(sheet('Variances', variances('Nil', borrowings))), { asOf: '2022-06-10' });
    expect(nil.readings[0].range).toBe('A1:F7');
    expect(loud(nil)).toEqual(['amounts.parts-vs-total@D6']);
    const unknown = await check(workbook(sheet('Variances', variances('tbc', borrowings))), { asOf: '2022-06-10' });
    expect(unknown.readings[0].range).toBe('A1:F7');
    expect(loud(unknown)).toEqual(['amounts.parts-vs-total@D6']);
  });

  test('words that are no figure and no placeholder ("see note") end the table there', async () => {
    const words = await check(workbook(sheet('Variances', variances('see note', borrowings))), {
      asOf: '2022-06-10',
    });
    expect(words.readings[0].range).toBe('A1:F4');
  });
});

describe('"Total deficit | Total surplus | Net Reserves": each year\'s net the surplus less the deficit', () => {
  const reserves = (net2009: number, heading = 'Net Reserves (£)'): CellValue[][] => [
    ['Period', 'Total deficit (£)', 'Total surplus (£)', heading],
    ['2006-07', -157355905, 1827554781, 1670198876],
    ['2007-08', -120094299, 2038862929, 1918768630],
    ['2008-09', -139185467, 1921159168, 1781973701],
    ['2009-10', -161418942, 1826696816, net2009],
  ];

  test('a net that is not the surplus less the deficit is flagged; one that is, is not', async () => {
    expect(loud(await run(reserves(1665277874)))).toEqual([]);
    expect(loud(await run(reserves(1701277874)))).toEqual(['amounts.parts-vs-total@D5']);
  });

  test('under a heading naming no net, the columns are not read as net of each other', async () => {
    expect(loud(await run(reserves(1701277874, 'Reserves (£)')))).toEqual([]);
  });
});

describe('a line over its bulleted parts: "Income" over "o Precept", "o Other"', () => {
  // Corby Glen's budget summary: the balance brought forward, the year's income and its parts,
  // the spending, and the balance carried forward.
  const summary = (other: number) =>
    run([
      ['CGPC 2024 / 25 Budget – Summary'],
      [null, '2023-24', '2024-25'],
      ['Balance b/f at start of year', 14406, 13813],
      ['Income', 16581, 18029],
      ['o Precept', 14300, 17000],
      ['o Other', other, 1029],
      ['Predicted Expenditure', 17174, 19177],
      ['Expected Balance c/f at year end', 13813, 12665],
    ]);

  test('the parts are counted in their line, not again: the balance carried forward agrees', async () => {
    expect(loud(await summary(2281))).toEqual([]);
  });

  test('two parts a pound out from their line (half a pound each) are still its parts; two pounds out, lines of their own', async () => {
    expect(loud(await summary(2282))).toEqual([]);
    expect(loud(await summary(2283))).not.toEqual([]);
  });
});

describe('a figure typed with a letter for a nought or a one', () => {
  const budget = (mileage: CellValue) =>
    run([
      ['Item', 'Cost (£)'],
      ['Insurance', 600],
      ['External Auditors', 500],
      ['Membership', 150],
      ['Mileage Claims', mileage],
      ['TOTAL', 1300],
    ]);

  test('is said to be unreadable where it stands ("5O.00", "1l0")', async () => {
    expect(loud(await budget('5O.00'))).toContain('cell.unreadable@B5');
    expect(loud(await budget('1l0'))).toContain('cell.unreadable@B5');
  });

  test('a figure, or words with those letters in them, are not', async () => {
    expect(loud(await budget('50.00'))).toEqual([]);
    expect(loud(await budget(50))).toEqual([]);
    // ("Oil" is no figure: the total is then out by the 50 it would have been.)
    expect(loud(await budget('Oil'))).toEqual(['totals.row-mismatch@B6']);
  });
});

describe("figures a scan's copy stacked one to a line in a cell", () => {
  // After a charity's balance sheet: the fixed assets' three lines, their notes and their figures
  // each in one cell, as the copy of the scan holds them.
  const balanceSheet = (notes: string, figures: string) =>
    run([
      [null, 'Notes', '2022', '2021'],
      ['Intangible assets\nTangible assets\nInvestments', notes, figures, '30,208\n100,989\n246,945'],
      ['Debtors', null, 12000, 11000],
      ['Cash at bank', null, 40000, 35000],
      ['Total', null, 52000, 46000],
    ]);

  test("each line a figure, one written out with its thousands, or notes' numbers: no figure is broken", async () => {
    expect(loud(await balanceSheet('14\n15\n16', '56,595\n78,547\n240,806'))).toEqual([]);
  });

  test("a figure among notes' numbers is no stack of them, and is said", async () => {
    expect(loud(await balanceSheet('14\n15\n1600', '56,595\n78,547'))).toEqual(['cell.unreadable@B2']);
  });
});

describe("a scan's copy that runs several lines of an account into one row", () => {
  // After a school's statement of financial activities as its scanned copy holds it: two income
  // lines under their heading in one cell, their figures stacked beside them, and the total below.
  const statement = (label: string, fees: string, total: number) =>
    run([
      [null, 'Unrestricted funds', 'Total 2022', 'Total 2021'],
      ['Income from:'],
      [label, fees, fees, '8,328,266\n525,331'],
      ['Other incoming resources', 44396, 44396, 488193],
      ['Investment income', 8867, 8867, 2998],
      ['Total incoming resources', total, total, 9344788],
    ]);
  const lines = 'Charitable activities\nSchool fees\nAncillary trading';

  test('counts each stacked figure as its line, so the total below is judged on them all', async () => {
    expect(loud(await statement(lines, '9,835,752\n689,410', 10578425))).toEqual([]);
    expect(loud(await statement(lines, '9,835,752\n689,410', 10579425))).toEqual([
      'totals.row-mismatch@B6',
      'totals.row-mismatch@C6',
    ]);
  });

  test('beside as many lines of the label, with no heading line, the same', async () => {
    expect(loud(await statement('School fees\nAncillary trading', '9,835,752\n689,410', 10579425))).toEqual([
      'totals.row-mismatch@B6',
      'totals.row-mismatch@C6',
    ]);
  });

  test('one figure more than the lines takes the line of words above it as the first', async () => {
    const moved = (above: string | null, total: number) =>
      run([
        [null, 'Unrestricted funds', 'Total 2023', 'Total 2022'],
        [null, '£', '£', '£'],
        ['Income from:'],
        ['Donations and legacies', 66807, 79451, 52487],
        [above],
        ['Investment income\nCharitable activities', '31,787\n580,109\n286497', '31,787\n583,629\n286,497', 2000],
        ['Total income', total, 981364, 54487],
      ]);
    expect(loud(await moved('Fundraising activities', 965200))).toEqual([]);
    expect(loud(await moved('Fundraising activities', 966200))).toEqual(['totals.row-mismatch@B7']);
    // (With no line above, which line the first figure is of is not said: the total is not judged.)
    expect(loud(await moved(null, 966200))).toEqual([]);
  });

  test('beside two lines more than its figures, which are whose is not said: the total is not judged', async () => {
    expect(loud(await statement(`Heading\n${lines}`, '9,835,752\n689,410', 10579425))).toEqual([]);
  });

  test('a stack of figures is no one figure, however written: "(71)⏎(992)⏎576" is not 71', async () => {
    expect(parseMoney('(71)\n(992)\n576').kind).toBe('unreadable');
    expect(parseMoney('46,627\n44,108').kind).toBe('unreadable');
    expect(parseMoney('(71)')).toMatchObject({ kind: 'amount', value: -71 });
  });
});

describe('"£nanm" where a figure failed to compute, on the first line of a web page\'s table', () => {
  const reserves = (first: string) =>
    run([
      ['Financial year ending', 'General fund', 'Earmarked reserves', 'Total resource reserves'],
      ['Mar 2018', first, first, first],
      ['Mar 2017', 13.2, 66.5, 79.8],
      ['Mar 2016', 13.1, 54.3, 67.5],
      ['Mar 2015', 12.5, 59.3, 71.8],
      ['Mar 2012', 38.3, 15.6, 55.9],
    ]);

  test('is an unreadable figure, not a row of headings: the table is read and its slip found', async () => {
    expect(loud(await reserves('£nanm'))).toEqual([
      'cell.unreadable@B2',
      'cell.unreadable@C2',
      'cell.unreadable@D2',
      'amounts.parts-vs-total@D6',
    ]);
  });

  test('"Not yet published" there is a line whose figures are to come: the table is still read', async () => {
    expect(loud(await reserves('Not yet published'))).toEqual(['amounts.parts-vs-total@D6']);
  });
});

describe('a figure broken by a space in a table of figures with no total', () => {
  // Police spending assessments by force (£ million), as a written answer prints them.
  const forces: [string, number, number][] = [
    ['Bedfordshire Police', 27.861, 28.589],
    ['Cambridgeshire Police', 31.593, 33.09],
    ['Cheshire Police', 46.851, 48.982],
    ['Cleveland Police', 35.606, 36.544],
    ['Cumbria Police', 27.241, 28.456],
    ['Derbyshire Police', 44.524, 46.15],
    ['Dorset Police', 31.619, 32.348],
  ];
  /** `lines` forces, Cleveland's first figure printed `cleveland`. */
  const assessments = (cleveland: CellValue, lines = forces.length) =>
    run([
      ['£ million'],
      ['Police authority', '1995–96', '1996–97'],
      ...forces.slice(0, lines).map(([f, a, b]) => [f, f === 'Cleveland Police' ? cleveland : a, b]),
    ]);

  test('"35 .606" among the forces\' figures is said: a figure is there, but not which', async () => {
    expect(loud(await assessments('35 .606'))).toEqual(['cell.unreadable@B6']);
    expect(loud(await assessments('22.5 47'))).toEqual(['cell.unreadable@B6']);
    expect(loud(await assessments(35.606))).toEqual([]);
  });

  test('on the first line, just under the header, it is a line, not part of the header', async () => {
    const first = await run([
      ['Directorate', '£m'],
      ['Finance and Customer Services', '21.3 49'],
      ['Children and Young People', 65.06],
      ['Regeneration and Environment', 54.825],
      ['Central Services', 55.444],
      ['Total Net Budget', 196.678],
    ]);
    // (The total counts it as the 21.349 it was meant for.)
    expect(loud(first)).toEqual(['cell.unreadable@B2']);
    expect(first.readings.find((r) => r.kind !== 'skipped')?.headerRows).toEqual([1, 1]);
  });

  test('thousands set apart by spaces ("2 293 347") are a figure as printed, not a broken one', async () => {
    expect(loud(await assessments('2 293 347'))).toEqual([]);
  });

  test('it stands out among six figures of its column, not among five', async () => {
    // (Cleveland is the fourth line: with seven lines six others are figures; with six, five.)
    expect(loud(await assessments('35 .606', 7))).toEqual(['cell.unreadable@B6']);
    expect(loud(await assessments('35 .606', 6))).toEqual([]);
  });
});

describe('a heading run onto a second line alone, over a row of units: "Provisional" over "Year -End Figure"', () => {
  // A district's housing maintenance bulletin: each budget, its provisional year-end figure, and the adjustment.
  const bulletin = (kitchens: number) =>
    run([
      ['Programmed maintenance – housing revenue account funded'],
      ['Type Of Work', 'Reported Budget', 'Provisional', 'Adjustment'],
      [null, null, 'Year -End Figure'],
      [null, '£', '£', '£'],
      ['Planned Maintenance Programme'],
      ['Heating Replacements – Gas', 500000, 535850, 35850],
      ['Electrical Rewiring/Smoke Detectors', 150000, 154150, 4150],
      ['Rendering', 150000, 50000, -100000],
      ['Older Persons', 105000, 164500, 59500],
      ['Kitchen & Bathroom Modernisations', 1530000, kitchens, 10300],
      ['Estate Improvements', 200000, 200000, 0],
      ['Planned Maintenance Total', 2635000, 2644800, 9800],
    ]);

  test('heads its column with the words above it, so the adjustment is read as the difference', async () => {
    const right = await bulletin(1540300);
    expect(loud(right)).toEqual([]);
    expect(right.readings[0].columns.map((c) => c.header)).toContain('Provisional Year -End Figure £');
    expect(loud(await bulletin(1450300))).toEqual(['amounts.parts-vs-total@D10', 'totals.row-mismatch@C12']);
  });
});

describe('two columns of a run of years headed the same year ("1995–96 | 1995–96")', () => {
  // A written answer: each trust's interest and dividends, year by year (£000), and their total.
  const lines: [string, number, number, number][] = [
    ['Bishop Auckland Hospitals', 1062, 691, 668],
    ['Bromley Hospitals', 3329, 3372, 3874],
    ['Calderdale Healthcare', 1984, 1925, 1906],
    ['Carlisle Hospitals', 1559, 1072, 1145],
  ];
  const trusts = (headings: string[], count = 4, copied = false) => {
    const shown = lines
      .slice(0, count)
      .map(([t, a, b, c]): [string, number, number, number] => [t, a, b, copied ? b : c]);
    const sum = (k: 1 | 2 | 3) => shown.reduce((a, l) => a + l[k], 0);
    return run([['NHS Trust', ...headings], ...shown, ['Total', sum(1), sum(2), sum(3)]]);
  };
  const years = ['1994–95 total interest', '1995–96 total interest', '1996–97 total interest'];
  const repeated = ['1994–95 total interest', '1995–96 total interest', '1995–96 total interest'];

  test('is said once, on the heading of the second, when their figures differ', async () => {
    expect(loud(await trusts(years))).toEqual([]);
    const result = await trusts(repeated);
    expect(loud(result)).toEqual(['year.repeated@D1']);
    expect(result.findings.find((f) => f.ruleId === 'year.repeated')?.message).toBe(
      'Columns C and D are each headed "1995–96 total interest" but hold different figures: one heading is probably wrong (another year, or a budget beside its outturn).',
    );
  });

  test('the same figures under both are one column printed twice; three lines of figures at least', async () => {
    expect(loud(await trusts(repeated, 4, true))).toEqual([]);
    expect(loud(await trusts(repeated, 3))).toEqual(['year.repeated@D1']);
    expect(loud(await trusts(repeated, 2))).toEqual([]);
  });

  test('other words beside the year, or a price base, make headings that may repeat it', async () => {
    expect(loud(await trusts(['1994–95 total interest', 'Budget 1995–96', 'Outturn 1995–96']))).toEqual([]);
    expect(loud(await trusts(['Cash', 'at 1995–96 prices', 'at 1995–96 prices']))).toEqual([]);
  });
});

describe('a scanned figure with a stray mark among its digits ("925@52", "1,&54", "43,72S")', () => {
  // A charity's statement of financial activities as an OCR copy prints it.
  const sofa = (other: CellValue) =>
    run([
      [null, 'Unrestricted funds £', 'Total funds 2022 £'],
      ['EXPENDITURE ON'],
      ['Grants', 50000, 50000],
      ['Repairs', 1200, 1200],
      ['Other', 1854, other],
      ['Total', 53054, 53054],
    ]);

  test('is said, and the total over it is not judged', async () => {
    for (const scanned of ['1,&54', '18@54', '1,85?', '1,8S4'])
      expect([scanned, loud(await sofa(scanned))]).toEqual([scanned, ['cell.unreadable@C5']]);
    expect(loud(await sofa(1854))).toEqual([]);
  });

  test('a letter or two scanned for digits in any group of a figure marked in thousands is said', async () => {
    for (const scanned of ['1,8t4', 't,854', '1,85s', '1,8E4', '12,8s4'])
      expect([scanned, loud(await sofa(scanned))]).toEqual([scanned, ['cell.unreadable@C5']]);
  });

  test('three letters, or letters as many as its digits, make no scanned figure', async () => {
    for (const written of ['l,tts', '1t,ss4'])
      expect([written, loud(await sofa(written))]).not.toEqual([written, ['cell.unreadable@C5']]);
  });

  test("a footnote's mark, a reference or a range is no scanned figure", async () => {
    // ("1,854*" is the figure with its note's mark; "12A" and "18-54" give no figure to add, so the
    // total is out by the line.)
    expect(loud(await sofa('1,854*'))).toEqual([]);
    for (const written of ['12A', '18-54'])
      expect([written, loud(await sofa(written))]).toEqual([written, ['totals.row-mismatch@C6']]);
  });
});

describe('a figure whose thousands a copy set apart with a space ("344 373")', () => {
  // A charity's statement of financial activities from its text copy, the figures whole pounds.
  const sofa = (other: CellValue, investments: CellValue = 2042) =>
    run([
      [null, 'Unrestricted funds £', 'Total funds 2022 £'],
      ['INCOME FROM'],
      ['Donations and legacies', 45076, 45076],
      ['Investment income', investments, investments],
      ['Charitable activities', 9652, 9652],
      ['Other income', 344373, other],
      ['Total income', 401143, 401143],
    ]);

  test('among whole figures is said, and the total over it is not judged', async () => {
    expect(loud(await sofa(344373))).toEqual([]);
    expect(loud(await sofa('344 373'))).toEqual(['cell.unreadable@C6']);
  });

  test('among figures with decimals it is a point lost, not said', async () => {
    expect(loud(await sofa('344 373', 2042.5))).not.toContain('cell.unreadable@C6');
  });
});

describe('a figure a copy cut at a comma ("257,", ",039", "1,191,")', () => {
  // A finance paper's table as a web copy prints it, each figure's digits run apart at a comma.
  const summary = (drugs: CellValue[], oxygen: CellValue[]) =>
    run([
      [null, 'YTD Budget', 'YTD Actual', 'YTD Variance', 'Annual Budget', 'Forecast Outturn'],
      ['BDUC', 1762032, 1760859, -1173, 2643058, 2659030],
      ['Central Drugs', ...drugs],
      ['Home Oxygen', ...oxygen],
      ['Other Primary Care', 50784, 48292, -2492, 76182, 73117],
      ['Grand Total', 1814243, 1817606, 3363, 3394416, 3408253],
    ]);
  const drugs: CellValue[] = [427, 140, -287, 675000, 676000];
  const oxygen: CellValue[] = [1000, 8315, 7315, 176, 106];

  test('is said where each figure was, and the row of cut figures is a line, not a header', async () => {
    const result = await summary(['257,', ',039', '1,191,', ',606', '-22,'], ['128,', ',455', '26,', ',676', ',008']);
    expect(result.readings.map((r) => `${r.range} ${r.kind}`)).toEqual(['A1:F6 figures']);
    expect(loud(result)).toEqual(
      [3, 4].flatMap((row) => ['B', 'C', 'D', 'E', 'F'].map((col) => `cell.unreadable@${col}${row}`)),
    );
  });

  test('a figure whole, marked in thousands, or with three digits after each comma is read', async () => {
    expect(loud(await summary(drugs, oxygen))).toEqual([]);
    for (const text of ['427', '1,427', '1,191,427'])
      expect([text, loud(await summary([text, 140, -287, 675000, 676000], oxygen))]).toEqual([
        text,
        text === '427' ? [] : ['amounts.parts-vs-total@D3', 'totals.row-mismatch@B6'],
      ]);
  });
});

describe('a figure with a letter typed for a digit ("45.OOO", "2O7")', () => {
  // Fire service PFI allocations (£ million), as a written answer prints them, with no total.
  const schemes = (london: CellValue, lines = 5) =>
    run(
      [
        ['Scheme', 'Allocation (£ million)', 'Purpose'],
        ['London', london, 'Management and maintenance of vehicles'],
        ['Avon/Somerset/Gloucestershire', 16.9, 'Joint training centre'],
        ['Greater Manchester', 4.79, 'Fire station/divisional headquarters'],
        ['North Yorkshire', 6.36, 'Fire station/training centre'],
        ['Wiltshire', 8.7, 'Fire stations'],
      ].slice(0, lines + 1),
    );

  test('among three figures of its column it is said, wherever the letters stand', async () => {
    for (const typed of ['45.OOO', '4O.5', '(5.O)', '4l.2'])
      expect([typed, loud(await schemes(typed))]).toEqual([typed, ['cell.unreadable@B2']]);
    expect(loud(await schemes(45))).toEqual([]);
  });

  test('among two, a table that short shows no column of figures, but the slip is said among the figures', async () => {
    expect(loud(await schemes('45.OOO', 4))).toEqual(['cell.unreadable@B2']);
    // (Said by the sheet's typed slips: a figure with a letter for a digit among figures, wherever it stands.)
    expect(loud(await schemes('45.OOO', 3))).toEqual(['cell.unreadable@B2']);
    expect(loud(await schemes(45, 3))).toEqual([]);
  });

  test('a code opening with a letter ("O1") is no figure', async () => {
    expect(loud(await schemes('O1'))).toEqual([]);
  });

  test('an S for a 5 ("24S") is said; so is a small l opening two digits or more ("l4.9"), not one ("l4")', async () => {
    for (const typed of ['24S', '2S.4', 'l4.9', 'l83'])
      expect([typed, loud(await schemes(typed))]).toEqual([typed, ['cell.unreadable@B2']]);
    for (const typed of ['l4', 'I12', 'S4', '£000S']) expect([typed, loud(await schemes(typed))]).toEqual([typed, []]);
  });

  test('an l, I or S before a comma and its thousands ("l,838", "S,257") is said; before fewer digits it is not', async () => {
    for (const typed of ['l,838', 'I,205', 'S,257'])
      expect([typed, loud(await schemes(typed))]).toEqual([typed, ['cell.unreadable@B2']]);
    for (const typed of ['S,25', 'l,8'])
      expect([typed, loud(await schemes(typed))]).not.toContain('cell.unreadable@B2');
  });

  test('an O before the point ("O.9") is said; so is a B or a G between digits ("16.8B2", "3.9G5")', async () => {
    for (const typed of ['O.9', 'O.558', '16.8B2', '-27B.3', '3.9G5'])
      expect([typed, loud(await schemes(typed))]).toEqual([typed, ['cell.unreadable@B2']]);
    // (A letter after the digits is a flat's or a plot's number, "24B"; an O alone is no figure.)
    for (const typed of ['24B', 'B12', 'O', 'OB']) expect([typed, loud(await schemes(typed))]).toEqual([typed, []]);
  });

  test('just under the header it is the first line, not part of the header, and the total counts it as meant', async () => {
    // Regional health authorities' costs (£ thousands), the first mistyped, with a total.
    const regions = (total: number, northern = '2O7') =>
      run([
        ['Regional Health Authority', 'Amount in £ thousands'],
        ['Northern', northern],
        ['Yorkshire', 223],
        ['Trent', 264],
        ['East Anglian', 116],
        ['Total', total],
      ]);
    const right = await regions(810);
    expect(loud(right)).toEqual(['cell.unreadable@B2']);
    expect(right.readings.find((r) => r.kind !== 'skipped')?.headerRows).toEqual([1, 1]);
    // (810 less 207 is 603; the four lines as meant come to 810, so 800 is out.)
    expect(loud(await regions(800))).toEqual(['cell.unreadable@B2', 'totals.row-mismatch@B6']);
  });

  test('"2S7" may be 257 or 287: it is not counted as either, so the total is judged on the rest', async () => {
    const regions = (total: number) =>
      run([
        ['Regional Health Authority', 'Amount in £ thousands'],
        ['Northern', '2S7'],
        ['Yorkshire', 223],
        ['Trent', 264],
        ['East Anglian', 116],
        ['Total', total],
      ]);
    expect(loud(await regions(603))).toEqual(['cell.unreadable@B2']);
    expect(loud(await regions(860))).toEqual(['cell.unreadable@B2', 'totals.row-mismatch@B6']);
  });
});

describe('a grants list whose sums look like years, or carry a stray mark', () => {
  // A city's talented athlete grants, as a committee report prints them under their own header.
  const grants = (donald: number, total: number) =>
    run([
      ['That the committee approves the following recommendations:'],
      ['Applicant', 'Sport', 'Funding Recommended'],
      ['A McGovern', 'Swimming', 850],
      ['R Kelsey', 'Curling', 1500],
      ['S Butt', 'Swimming', 2000],
      ['G Donald', 'Skiing', donald],
      ['R Tipping', 'Archery', '£850`'],
      ['J Erskine', 'Cycling', 200],
      ['Total Award', null, total],
    ]);

  test('"2000" under 1,500 is a sum, "£850`" a figure: the header above them heads the list', async () => {
    const result = await grants(2000, 7400);
    expect(result.readings[0].headerRows).toEqual([2, 2]);
    expect(loud(result)).toEqual([]);
    expect(loud(await grants(2000, 7500))).toEqual(['totals.row-mismatch@C9']);
  });

  test('a year-like sum under another runs on from the figures above them both', async () => {
    // (1999 under 2000 under 1,500: it runs on from figures within three rows.)
    const result = await grants(1999, 7399);
    expect(result.readings[0].headerRows).toEqual([2, 2]);
    expect(loud(result)).toEqual([]);
  });
});

describe('a list of figures under headings Concordat does not know, with no total, one typed with a letter', () => {
  // A written answer's allocations by district (£000), as printed, with no total.
  const allocations = (aberconwy: CellValue, lines = 6, heading: CellValue[] = ['District', '£000']) =>
    run(
      [
        ['Discretionary renovation grant SCA allocation'],
        heading,
        ['Aberconwy', aberconwy],
        ['Alyn and Deeside', 157],
        ['Arfon', 233],
        ['Blaenau Gwent', 433],
        ['Brecknock', 166],
        ['Cardiff', 949],
      ].slice(0, lines + 2),
    );

  test('the figure no sum can count is said; the list of right figures says nothing', async () => {
    expect(loud(await allocations('l58'))).toEqual(['cell.unreadable@B3']);
    // ("1O8": a letter for a nought, which would otherwise leave the 8 or the 180 read as the sum.)
    expect(loud(await allocations('1O8,180'))).toEqual(['cell.unreadable@B3']);
    expect(loud(await allocations(158))).toEqual([]);
  });

  test('five lines make a list; four are too few to show a column of figures, but the slip is said among them', async () => {
    expect(loud(await allocations('l58', 5))).toEqual(['cell.unreadable@B3']);
    expect(loud(await allocations('l58', 4))).toEqual(['cell.unreadable@B3']);
    expect(loud(await allocations(158, 4))).toEqual([]);
  });

  test('with no headings over the lines, nothing says they are a list, but the slip is said among them', async () => {
    expect(loud(await allocations('l58', 6, []))).toEqual(['cell.unreadable@B3']);
    expect(loud(await allocations(158, 6, []))).toEqual([]);
  });

  test("a section's heading on its own line, under the headings or among the lines, is part of it", async () => {
    const councils = await run([
      ['Authority', 'Supplementary credit approvals (SCAs)'],
      ['County Councils'],
      ['Cambridgeshire County Council', 250],
      ['Cheshire County Council', '2,2l7'],
      ['Devon County Council', 765],
      ['District Councils'],
      ['Exeter City Council', 120],
      ['Mid Devon District Council', 85],
    ]);
    expect(loud(councils)).toEqual(['cell.unreadable@B4']);
  });

  test('"£0001", the unit with a note\'s mark run on, heads the figures: it is no figure of the lines', async () => {
    // A written answer's police budgets by force, the years and the unit marked for notes.
    const budgets = (unit: string) =>
      run([
        ['The available information is set out in the following table.'],
        [unit, 'Dyfed Powys', 'Gwent', 'North Wales', 'South Wales'],
        ['1990–12,3', 44554, 47084, 62966, 148702],
        ['1991–922', 46890, 48475, 67099, 156126],
        ['1992–932', 50335, '5O,206', 71907, 164102],
        ['1993–942', 52056, 51682, 72853, 163391],
        ['1994–952', 54935, 52964, 75505, 163944],
      ]);
    expect(loud(await budgets('£0001'))).toEqual(['cell.unreadable@C5']);
    // ("£1", a pound, is a figure: the row is a line, with no headings above the list; the slip
    // among its figures is said all the same.)
    expect(loud(await budgets('£1'))).toEqual(['cell.unreadable@C5']);
  });
});

describe('figures year by year under a lone "£", one typed with a letter for a digit', () => {
  // A written answer's grant in aid to a sports council since 1979, at constant prices.
  const grant = (label8384: string, figure8687: CellValue = 4135000, unit = '£') =>
    run([
      ['The grant-in-aid allocation to the Sports Council for Wales since 1979 was as follows:'],
      [unit],
      ['1979–80', 3349000],
      ['1980–81', 3519000],
      ['1981–82', 3614000],
      ['1982–83', 3769000],
      ['1983–84', 3482000],
      [label8384, 3430000],
      ['1985–86', 3812000],
      ['1986–87', figure8687],
      ['1987–88', 4355000],
    ]);

  test('the unit alone heads the lines: a year out of its run is said, and the mistyped figure too', async () => {
    expect(loud(await grant('1984–85'))).toEqual([]);
    expect(loud(await grant('1984–85', '4,135,O00'))).toEqual(['cell.unreadable@B10']);
    expect(loud(await grant('1983–84', '4,135,O00'))).toEqual(['year.out-of-sequence@A8', 'cell.unreadable@B10']);
  });

  test('a line of words over the lines, not a unit, heads nothing; the slip among the figures is said', async () => {
    expect(loud(await grant('1984–85', '4,135,O00', 'Grant in aid'))).toEqual(['cell.unreadable@B10']);
    expect(loud(await grant('1984–85', 4135000, 'Grant in aid'))).toEqual([]);
  });
});
