#!/usr/bin/env node
/**
 * Builds examples/shared-services.xlsx from the council papers in shared/reference/seeds:
 *  - "Action plan": the Audit Commission's Appendix 1 action plan (Shared Services Review,
 *    Bromsgrove DC and Redditch BC, February 2010), R1–R6 with deadlines exactly as written;
 *  - "Recommendations": the Joint Worcestershire Hub scrutiny recommendations with Wyre Forest's
 *    responses (no owners and no dates, as in the paper);
 *  - "Savings": the savings and cost-sharing figures from the papers (single management team
 *    £246,000 in 2010/11; CCTV, Lifeline and ICT £120k on an activity-based split; WETT £150,000 in
 *    2011/12; payroll £40k a year; £40,000 match funding from each council; costs shared equally
 *    under the concordat), laid out with the mess real trackers have: title rows, a units note,
 *    mixed money formats, a totals row that leaves a line out;
 *  - "Concordat settings": the profile the workbook carries (as-of date of the Performance
 *    Management Board, 14 June 2010; the partners; the concordat's bases for costs and savings).
 *
 * Usage: node examples/build-examples.js [output.xlsx]
 */
const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');

const hub = require('./data/hub-recommendations.json');

const ACTION_PLAN = [
  ['R1', 'Risks should be discussed at the Shared Service Board meetings, not only around the level of significance and impact, but to identify new risks.', 3, 'Risk register will be submitted to every Shared Services Board. The Board will be asked to consider any new risks explicitly when discussing the Risk Register.', 'Kevin Dicks', '1st March 2010 (next Shared Services Board)'],
  ['R2', 'The Councils should set out their contingency position for either a fall back or exit strategy. The initial starting point for this could be to discuss at the Chief Executives reference group to see how other councils have managed this process.', 3, 'Kevin Dicks to discuss this at next Action Learning Set for Shared Chief Executives and then bring any possible options back to the Shared Services Board for consideration. Overarching secondment agreement and dispute resolution protocol being developed which will also set out how any issues can be resolved.', 'Kevin Dicks', '1st June 2010'],
  ['R3', 'To provide a full set of working papers at full Council meetings where decisions on shared service are made. This will reflect the significance of the decisions taken and enable full and informed debates.', 3, 'Full papers are sent to all members of both councils however we will make sure that papers are also provided at both full council meetings when considering items on shared services.', 'Kevin Dicks', 'Immediately'],
  ['R4', 'The Councils should review the governance arrangements of the Shared Services Board and whether it is appropriate for this Board to continue with its current role as an advisory body or whether it should have a decision making role.', 3, 'As more and more services are shared between the 2 council it may be more appropriate to consider moving to a formal Joint Committee in the future. This has initially been discounted by the Shared Services Board but will be revisited in 12 months time.', 'Kevin Dicks', 'March 2011'],
  ['R5', 'The Councils should develop a performance management process for shared services. The Councils will need to consider what information is needed for the single management team to manage performance and what information will be needed to enable councillors to manage and scrutinise performance.', 3, 'The Director of Policy, Performance and Partnerships will review the Performance Management arrangements across both councils and will ensure that this addresses any specific issues in a shared environment.', 'Hugh Bennett', 'September 2010'],
  ['R6', 'The Councils should review the expected costs and savings, ensure that they are realistic and monitor their delivery. The Councils should also ensure that any outstanding legal issues are resolved.', 3, 'The Shared Services Board has received updates with regard to financial savings however it is acknowledged that this needs to happen more frequently. Quarterly reports will be produced in the future. Both councils have reviewed the level of savings to be achieved from sharing services and realistic amounts included in both Councils Medium Term Financial Plans. The Councils monitoring officer will address any legal issues as they arise, and take the appropriate advice where needed, to ensure all issues are resolved.', 'Jayne Pickering Clare Felton', 'Immediately'],
];

// Service, year, basis, BDC %, RBC %, BDC activity, RBC activity, one-off cost, saving target, BDC £, RBC £, achieved/forecast, lead officer
const SAVINGS = [
  ['Single management team', '2010/11', 'Equal', 0.5, 0.5, null, null, null, '£246,000', 126000, 120000, 246000, 'Kevin Dicks'],
  ['CCTV, Lifeline and ICT', '2010/11', 'Activity based (calls handled)', 0.35, 0.65, 3100, 4900, null, '£120k', 42000, 78000, 96000, 'Kevin Dicks'],
  ['WETT programme (Regulatory Services)', '2011/12', null, 0.6, 0.4, null, null, null, '£150,000', 90000, 60000, null, null],
  ['Payroll (transfer to RBC)', '2009/10', 'Equal', 0.5, 0.5, null, null, null, '£40k savings per annum', 20000, 20000, 40000, 'Jayne Pickering'],
  ['Business case match funding', '2008/09', 'Concordat 6.2 - equal', 0.5, 0.5, null, null, 80000, null, 40000, 40000, null, 'Kevin Dicks'],
  ['West Midlands LGA support for business case', '2008/09', null, null, null, null, null, null, '£30,000 £40,000', null, null, null, 'Kevin Dicks'],
  ['ICT shared platform implementation', '2010/11', 'Equal', 0.4, 0.6, null, null, 20000, null, 8000, 12000, null, 'Head of ICT'],
];

const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } };

function styleHeader(row) {
  row.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = BORDER;
  });
}

function styleBody(row) {
  row.eachCell((cell) => {
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = BORDER;
  });
}

function addActionPlan(wb) {
  const ws = wb.addWorksheet('Action plan');
  ws.addRow(['Shared Services Review — Bromsgrove District Council and Redditch Borough Council']).font = { bold: true, size: 14 };
  ws.addRow(['Audit 2009/10, February 2010. Appendix 1 – Action plan']).font = { italic: true };
  ws.addRow([]);
  styleHeader(ws.addRow(['No.', 'Recommendation', 'Priority', 'Action to be taken', 'Officer\nresponsible', 'Implement by when']));
  for (const r of ACTION_PLAN) styleBody(ws.addRow(r));
  ws.columns = [{ width: 6 }, { width: 60 }, { width: 9 }, { width: 60 }, { width: 18 }, { width: 26 }];
  ws.views = [{ state: 'frozen', ySplit: 4 }];
}

function addRecommendations(wb) {
  const ws = wb.addWorksheet('Recommendations');
  ws.addRow(['Summary of Joint Worcestershire Hub Scrutiny Recommendations and Wyre Forest District Council Responses']).font = { bold: true, size: 13 };
  ws.addRow([]);
  styleHeader(ws.addRow(['Recommendation', 'WFDC Response']));
  for (const r of hub) styleBody(ws.addRow([r.recommendation, r.response]));
  ws.columns = [{ width: 80 }, { width: 70 }];
}

function addSavings(wb) {
  const ws = wb.addWorksheet('Savings');
  ws.addRow(['Shared services savings and cost sharing — Bromsgrove DC (BDC) and Redditch BC (RBC)']).font = { bold: true, size: 14 };
  ws.addRow(['Sources: Performance Management Board 14 June 2010; Shared Services Board 2008; Concordat for joint working §6. Figures in £.']).font = { italic: true };
  ws.addRow([]);
  styleHeader(
    ws.addRow(['Service', 'Year', 'Basis of split', 'BDC %', 'RBC %', 'BDC activity', 'RBC activity', 'One-off cost', 'Saving target', 'BDC £', 'RBC £', 'Achieved / forecast', 'Lead officer']),
  );
  for (const r of SAVINGS) styleBody(ws.addRow(r));
  // The totals row, typed in by hand as these often are: its saving target leaves out the payroll line.
  const total = ws.addRow(['Total', null, null, null, null, null, null, 100000, 516000, 326000, 330000, 382000, null]);
  total.font = { bold: true };
  styleBody(total);
  for (const col of [4, 5]) ws.getColumn(col).numFmt = '0%';
  for (const col of [6, 7]) ws.getColumn(col).numFmt = '#,##0';
  for (const col of [8, 10, 11, 12]) ws.getColumn(col).numFmt = '£#,##0';
  ws.columns.forEach((c, i) => (c.width = [34, 9, 26, 8, 8, 11, 11, 12, 22, 11, 11, 14, 18][i]));
}

function addSettings(wb) {
  const ws = wb.addWorksheet('Concordat settings');
  styleHeader(ws.addRow(['Setting', 'Value']));
  const rows = [
    ['Profile name', 'Bromsgrove and Redditch shared services'],
    ['As of', new Date(Date.UTC(2010, 5, 14))],
    ['Partners', 'Bromsgrove (BDC, Bromsgrove District Council); Redditch (RBC, Redditch Borough Council)'],
    ['Cost basis', 'equal'],
    ['Savings basis', 'case-by-case'],
    ['Driver tolerance', '3%'],
    ['Due soon days', 30],
  ];
  for (const r of rows) styleBody(ws.addRow(r));
  ws.getCell('B3').numFmt = 'dd/mm/yyyy';
  ws.columns = [{ width: 22 }, { width: 90 }];
}

async function build(outFile) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Concordat examples';
  wb.created = new Date(Date.UTC(2010, 5, 14));
  wb.modified = wb.created;
  addActionPlan(wb);
  addRecommendations(wb);
  addSavings(wb);
  addSettings(wb);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await wb.xlsx.writeFile(outFile);
  return outFile;
}

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, 'shared-services.xlsx'));
  build(out)
    .then((file) => console.log(`Built ${path.relative(process.cwd(), file)}`))
    .catch((err) => {
      console.error(`examples: ${err.message}`);
      process.exitCode = 1;
    });
}

module.exports = { build };
