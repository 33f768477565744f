/**
 * The flags column: where it goes, its header, its width, and what each of its cells says.
 *
 * A flag cell holds one short line (the severity mark and rule id of each finding on the row, as
 * many as fit), never the whole message: a long message in a narrow column either wraps, and the
 * user's row must then grow (a change to their sheet that Excel, LibreOffice and the printer each
 * measure differently), or runs over the rows and columns beside it on screen and on paper. The
 * full message is on the report sheet, one click from the flagged cell.
 */
import type { Finding } from '../findings';
import { SEVERITY_RANK } from '../findings';
import type { Table } from '../tables/types';
import { SEVERITY_MARK } from './styles';
import { EXCEL_COLUMNS } from '../limits';

export { FLAGS_HEADER } from '../snapshot';

/** Width of the flags column, in characters (widths.ts). */
export const FLAGS_COLUMN_WIDTH = 40;

/** Most characters in a flag cell: fits FLAGS_COLUMN_WIDTH on one line, in any font a spreadsheet substitutes. */
export const FLAG_TEXT_CHARS = 34;

/**
 * The flags column: the first column right of the table that is empty on every row of the sheet,
 * so no user value is ever overwritten. Concordat's earlier flags are not in the snapshot the core
 * reads (user-view.ts), so a re-run finds the same column. Null when every column from the table
 * to the sheet's last (XFD) is in use: there is nowhere to write flags without overwriting.
 */
export function flagsColumn(table: Table): number | null {
  const { sheet } = table;
  const used = new Set<number>();
  for (const row of sheet.values) {
    for (let i = Math.max(0, table.lastColumn + 1 - sheet.originCol); i < row.length; i++) {
      const v = row[i];
      if (v !== null && !(typeof v === 'string' && v === '')) used.add(sheet.originCol + i);
    }
  }
  let column = table.lastColumn + 1;
  while (used.has(column)) column += 1;
  return column <= EXCEL_COLUMNS ? column : null;
}

function tag(f: Pick<Finding, 'severity' | 'ruleId'>): string {
  return `${SEVERITY_MARK[f.severity]} ${f.ruleId}`;
}

/**
 * One row's flag: its findings worst first, each as mark and rule id, as many as fit in
 * FLAG_TEXT_CHARS, then "+N" for the rest. '' for a row with none.
 */
export function flagCellText(findings: readonly Pick<Finding, 'severity' | 'ruleId'>[]): string {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  let text = '';
  for (let i = 0; i < sorted.length; i++) {
    const next = text === '' ? tag(sorted[i]) : `${text}  ${tag(sorted[i])}`;
    const rest = sorted.length - i - 1;
    const more = rest > 0 ? ` +${rest}` : '';
    if (next.length + more.length <= FLAG_TEXT_CHARS) {
      text = next;
      continue;
    }
    if (text !== '') return `${text} +${sorted.length - i}`;
    // One rule id too long to fit: cut it, keeping room for the count of the rest.
    return `${next.slice(0, FLAG_TEXT_CHARS - more.length - 1)}…${more}`;
  }
  return text;
}

/** The flag of a row whose findings are all accepted: the acceptance, cut to FLAG_TEXT_CHARS. */
export function acceptedFlagText(text: string): string {
  return text.length <= FLAG_TEXT_CHARS ? text : `${text.slice(0, FLAG_TEXT_CHARS - 1)}…`;
}
