/**
 * How a table reading (src/core/reading.ts) is put into words for `concordat explain`, the
 * Markdown report and the HTML report. Plain text only: each caller escapes it for its format.
 */
import type { SkippedRowReason, TableReading } from '../../core/reading';
import { TABLE_KIND_LABEL } from '../../core/reading';

const LAYOUT: Record<TableReading['partnerLayout'], string> = {
  columns: 'one column each',
  rows: 'one row each',
  'split cell': 'split in one cell',
  none: '',
};

/** "Savings!A4:M12". */
export function tableRef(r: Pick<TableReading, 'sheet' | 'range'>): string {
  return `${r.sheet}!${r.range}`;
}

/** "savings tracker (partner columns beside target)" or "left alone: not an action plan… (…)". */
export function kindPhrase(r: Pick<TableReading, 'kind' | 'kindReason'>): string {
  if (r.kind === 'skipped') return r.kindReason ? `left alone: ${r.kindReason}` : 'left alone';
  return r.kindReason ? `${TABLE_KIND_LABEL[r.kind]} (${r.kindReason})` : TABLE_KIND_LABEL[r.kind];
}

function rowList(word: string, rows: readonly number[]): string {
  return `${word} row${rows.length === 1 ? '' : 's'} ${rows.join(', ')}`;
}

/** "header rows 3–4". */
function headerRowsPhrase(r: Pick<TableReading, 'headerRows'>): string {
  const [first, last] = r.headerRows;
  return first === last ? `header row ${first}` : `header rows ${first}–${last}`;
}

/** "partners Bromsgrove, Redditch (one column each)", or '' when the table names none. */
function partnersPhrase(r: Pick<TableReading, 'partners' | 'partnerLayout'>): string {
  if (r.partners.length === 0 || r.partnerLayout === 'none') return '';
  const layout = LAYOUT[r.partnerLayout];
  return `partner${r.partners.length === 1 ? '' : 's'} ${r.partners.join(', ')}${layout ? ` (${layout})` : ''}`;
}

/**
 * The facts about a table on one line: "header rows 3–4; partners A, B (one column each);
 * year 2023/24 (from the title); 7 items; totals row 12".
 */
export function tableFacts(r: TableReading): string {
  const parts = [headerRowsPhrase(r)];
  const partners = partnersPhrase(r);
  if (partners) parts.push(partners);
  if (r.contextYear) parts.push(`year ${r.contextYear} (from the title)`);
  if (r.kind !== 'skipped') parts.push(`${r.itemRows} item${r.itemRows === 1 ? '' : 's'}`);
  if (r.totalsRows.length > 0) parts.push(rowList('totals', r.totalsRows));
  if (r.subtotalRows.length > 0) parts.push(rowList('subtotal', r.subtotalRows));
  return parts.join('; ');
}

/** The first letter capitalised, for a phrase shown as a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Two decimals, as `explain` and the reports show it: "0.95". */
export function confidenceText(confidence: number): string {
  return Number.isFinite(confidence) ? confidence.toFixed(2) : '';
}

/** Text cut to `max` characters with an ellipsis, on one line. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const ROW_REASON: Record<SkippedRowReason, string> = {
  'section heading': 'section heading',
  'date heading': 'date heading (the date of the items below)',
  note: 'note',
  key: 'key',
  'repeated header': 'repeated header',
  decision: 'decision recorded',
  'nothing asked': 'no further action',
  update: 'update on the item above',
  continued: 'more of the item above (its cells merged over both)',
  blank: 'blank',
};

/**
 * Rows not checked as items: `row 9 section heading "Place directorate"; row 14 note "* includes…"`.
 * Blank rows are left out (they are never worth mentioning); more than `max` are summarised.
 */
export function skippedRowsPhrase(rows: TableReading['skippedRows'], max = 8): string {
  const shown = rows.filter((r) => r.reason !== 'blank');
  const parts = shown
    .slice(0, max)
    .map((r) => `row ${r.row} ${ROW_REASON[r.reason] ?? r.reason}${r.text.trim() ? ` "${clip(r.text, 40)}"` : ''}`);
  if (shown.length > max) parts.push(`and ${shown.length - max} more`);
  return parts.join('; ');
}
