/** Turning what Office.js returns for a block of cells into the core's plain cell values. */
import type { CellValue } from '../core/snapshot';

/** Office.js reports error cells as their text (`#REF!`) with value type `Error`. */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { error: String(value) };
  if (valueType === 'Empty' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** `General` carries no information for the core (it only needs date-like formats), so it becomes null. */
function toNumberFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' && format !== 'General' ? format : null;
}

export function toCellRows(values: unknown[][], valueTypes: string[][]): CellValue[][] {
  return values.map((row, r) => row.map((value, c) => toCellValue(value, valueTypes[r]?.[c])));
}

export function toFormatRows(formats: unknown[][]): (string | null)[][] {
  return formats.map((row) => row.map(toNumberFormat));
}
