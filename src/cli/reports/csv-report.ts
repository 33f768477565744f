/**
 * The CSV report: one finding a row, RFC 4180 quoting and CRLF line ends, UTF-8 with a byte-order
 * mark so Excel shows £ and the severity marks correctly. Every text cell is neutralised so a
 * value such as "=HYPERLINK(…)" copied from a workbook is shown, never evaluated, when opened.
 */
import { SEVERITY_WORDS } from '../../core/findings';
import { neutraliseFormulaText } from '../../core/flagplan';
import { changeCell, resolvedCells } from '../../core/since';
import { isAccepted } from '../../core/findings';
import { acceptanceNote } from '../../core/accepted/wording';
import type { RunReport } from './run-report';

export const CSV_HEADERS = [
  'File',
  'Sheet',
  'Cell',
  'Severity',
  'Rule',
  'Column',
  'Value',
  'Message',
  'How to fix',
  'Rule pack',
  'Since last check',
  'Accepted',
] as const;

function csvField(text: string): string {
  const safe = neutraliseFormulaText(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(run: RunReport): string {
  const lines = [CSV_HEADERS.map(csvField).join(',')];
  for (const f of run.files) {
    const result = f.result;
    if (!result) continue;
    const { asOf } = result;
    // Open findings, then the accepted ones apart, as on the report sheet.
    const ordered = [...result.findings.filter((x) => !isAccepted(x)), ...result.findings.filter(isAccepted)];
    for (const x of ordered) {
      const cells = [
        f.file,
        x.sheet,
        x.address,
        SEVERITY_WORDS[x.severity][0],
        x.ruleId,
        x.header,
        x.value,
        x.message,
        x.hint,
        x.pack,
      ];
      lines.push([...cells, changeCell(x, asOf), acceptanceNote(x)].map(csvField).join(','));
    }
    // Then, as on the report sheet, the findings resolved since the last check (no cell, no value).
    for (const r of result.since.resolved) {
      const { message, change } = resolvedCells(r, asOf);
      lines.push(
        [f.file, r.sheet, '', SEVERITY_WORDS[r.severity][0], r.ruleId, r.column, '', message, '', '', change, '']
          .map(csvField)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
