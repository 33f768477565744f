/**
 * An action-plan sheet added to a workbook's package by editing its parts as text, as a test's
 * set-up: the workbook's own parts stay as their writer made them, exceljs never touches them.
 */
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';

/** exceljs reads worksheets only from parts named sheetN.xml, as Excel names them. */
export const PLAN_PART = 'xl/worksheets/sheet90.xml';
export const PLAN_SHEET = 'Action plan';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const str = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Four items: one with no officer, two long overdue at 31 March 2011, one with no status. */
function actionPlanXml(extra: { beforeSheetData?: string; afterSheetData?: string } = {}): string {
  const rows = [
    ['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status'],
    ['R1', 'Agree a single management team', 'Kevin Dicks', '1 March 2010', 'In progress'],
    ['R2', 'Report savings to the board', '', '1 June 2010', 'Not started'],
    ['R3', 'Merge the two help desks', 'Clare Felton', '30 September 2011', 'In progress'],
    ['R4', 'Publish the business case', 'Jayne Pickering', '31 December 2011', ''],
  ];
  const body = rows
    .map((cells, r) => {
      const n = r + 1;
      const xml = cells.map((text, c) => (text === '' ? '' : str(`${'ABCDE'[c]}${n}`, text))).join('');
      return `<row r="${n}">${xml}</row>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">` +
    `${extra.beforeSheetData ?? ''}<sheetData>${body}</sheetData>${extra.afterSheetData ?? ''}</worksheet>`
  );
}

function insertBefore(text: string, closing: string, insert: string): string {
  const at = text.lastIndexOf(closing);
  if (at < 0) throw new Error(`no ${closing} to insert before`);
  return text.slice(0, at) + insert + text.slice(at);
}

/** The workbook with the action-plan sheet added as its last sheet. */
export async function withActionPlan(bytes: Buffer, sheetXml: string = actionPlanXml()): Promise<Buffer> {
  const pkg = WorkbookPackage.open(bytes, DEFAULT_LIMITS);
  pkg.set(PLAN_PART, sheetXml);
  const edit = (part: string, closing: string, insert: string) =>
    pkg.set(part, insertBefore(pkg.text(part) as string, closing, insert));
  edit(
    '[Content_Types].xml',
    '</Types>',
    `<Override PartName="/${PLAN_PART}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  edit(
    'xl/_rels/workbook.xml.rels',
    '</Relationships>',
    '<Relationship Id="rIdPlan" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet90.xml"/>',
  );
  edit('xl/workbook.xml', '</sheets>', `<sheet name="${PLAN_SHEET}" sheetId="90" r:id="rIdPlan"/>`);
  return pkg.save();
}
