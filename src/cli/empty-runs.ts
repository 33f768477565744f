/**
 * A rich-text run may hold no text at all (`<r></r>`, or a run with only its formatting): valid
 * in a workbook, and read so by exceljs, which then fails when it writes the run back ("Cannot
 * read properties of undefined"). An empty run adds nothing to the text, so it is given the
 * empty text it stands for, in cell values, formatted hyperlink text and notes.
 */
import type * as ExcelJS from 'exceljs';

function fillRuns(runs: unknown): void {
  if (!Array.isArray(runs)) return;
  for (const run of runs as unknown[]) {
    if (typeof run === 'object' && run !== null && typeof (run as { text?: unknown }).text !== 'string')
      (run as { text: string }).text = '';
  }
}

/** A property of a loaded value, when the value is an object. */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

export function fillEmptyRuns(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const value: unknown = cell.value;
        fillRuns(field(value, 'richText'));
        fillRuns(field(field(value, 'text'), 'richText'));
        fillRuns(field(cell.note, 'texts'));
      });
    });
  }
}
