/**
 * Saves a generated workbook as .xlsx with exceljs, the way a council's file would hold it: dates
 * as serial numbers with a date format, totals as formulas with their cached results, error cells
 * as errors. The file host reading it back gets the same snapshot the generator made.
 */
import * as ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/snapshot';
import { isCellError } from '../../src/core/snapshot';
import type { GeneratedWorkbook } from './generate';

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isCellError(value)) return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

/** Streams the workbook to `file` (rows are committed as written, so 100,000 rows stay cheap). */
export async function writeXlsx(generated: GeneratedWorkbook, file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  for (const sheet of generated.snapshot.sheets) {
    const ws = writer.addWorksheet(sheet.name);
    const formulas = new Map<number, Map<number, string>>();
    for (const f of generated.formulas.get(sheet.name) ?? []) {
      const row = formulas.get(f.row) ?? new Map<number, string>();
      row.set(f.col, f.formula);
      formulas.set(f.row, row);
    }
    sheet.values.forEach((cells, r) => {
      const row = ws.getRow(sheet.originRow + r);
      cells.forEach((value, c) => {
        if (value === null) return;
        const cell = row.getCell(sheet.originCol + c);
        const formula = formulas.get(r)?.get(c);
        cell.value = formula && typeof value === 'number' ? { formula, result: value } : excelValue(value);
        const format = sheet.numberFormats?.[r]?.[c];
        if (format) cell.numFmt = format;
      });
      row.commit();
    });
    ws.commit();
  }
  await writer.commit();
}
