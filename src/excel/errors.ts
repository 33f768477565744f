/**
 * Errors from Excel, translated into the core's codes (src/core/error-codes.json) with messages a
 * council officer can act on. Office.js reports a failed batch as an OfficeExtension.Error with a
 * `code`; the adapter never relies on the class itself (it is not defined outside Office), only on
 * that code, which is kept as `excelCode`.
 */
import { ConcordatError, type ErrorCode } from '../core/errors';

export class ExcelWriteError extends ConcordatError {
  override readonly name = 'ExcelWriteError';

  constructor(
    code: ErrorCode,
    message: string,
    /** Excel's error code (`AccessDenied`, `ItemNotFound`, …), or `Unknown` when it gave none. */
    readonly excelCode: string,
    /** The sheet the failed step was about, when known. */
    readonly sheet?: string,
  ) {
    super(code, message);
  }
}

/** Excel's error code, if `error` looks like an OfficeExtension.Error. */
function excelErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function where(sheet: string | undefined): string {
  return sheet ? `the sheet '${sheet}'` : 'the workbook';
}

/** What went wrong, in the core's terms, for each code Excel commonly returns. */
function explain(excelCode: string, sheet: string | undefined, action: string): [ErrorCode, string] {
  switch (excelCode) {
    case 'AccessDenied':
      return [
        sheet ? 'sheet.protected' : 'workbook.protected',
        `Excel would not let Concordat ${action} because ${where(sheet)} is protected or read-only.`,
      ];
    case 'ItemNotFound':
      return [
        'sheet.gone',
        `Concordat could not ${action}: ${where(sheet)} was renamed or deleted while it was working.`,
      ];
    case 'InvalidOperationInCellEditMode':
    case 'EditModeCellEditing':
      return ['excel.busy', `Concordat could not ${action}: Excel is busy editing a cell.`];
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return ['limit.excel-request', `The workbook is too large for Excel on the web to ${action} in one go.`];
    default:
      return ['excel.failed', `Excel could not ${action} (${excelCode}).`];
  }
}

/** Wraps anything thrown by a batch into an ExcelWriteError; the core's own errors pass through as they are. */
export function toExcelWriteError(error: unknown, action: string, sheet?: string): ConcordatError {
  if (error instanceof ConcordatError) return error;
  const excelCode = excelErrorCode(error) ?? 'Unknown';
  const [code, message] = explain(excelCode, sheet, action);
  return new ExcelWriteError(code, message, excelCode, sheet);
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
