/**
 * The CSV report: one finding a row, RFC 4180 quoting and CRLF line ends, UTF-8 with a byte-order
 * mark so Excel shows £ and the severity marks correctly. Every text cell is neutralised so a
 * value such as "=HYPERLINK(…)" copied from a workbook is shown, never evaluated, when opened.
 */
import { neutraliseFormulaText } from '../../core/flagplan';
import type { RunReport } from './run-report';
import { allFindings } from './run-report';

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
] as const;

export function csvField(text: string): string {
  const safe = neutraliseFormulaText(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(run: RunReport): string {
  const lines = [CSV_HEADERS.map(csvField).join(',')];
  for (const { file, finding: f } of allFindings(run)) {
    lines.push(
      [file, f.sheet, f.address, f.severity, f.ruleId, f.header, f.value, f.message, f.hint, f.pack]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
