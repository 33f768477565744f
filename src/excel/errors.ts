/**
 * Errors from Excel, translated into messages a council officer can act on. Office.js reports a
 * failed batch as an OfficeExtension.Error with a `code`; the adapter never relies on the class
 * itself (it is not defined outside Office), only on that code.
 */

export class ExcelWriteError extends Error {
  override readonly name = 'ExcelWriteError';

  constructor(
    message: string,
    /** Excel's error code (`AccessDenied`, `ItemNotFound`, …) or `Unknown`. */
    readonly code: string,
    /** The sheet the failed step was about, when known. */
    readonly sheet?: string,
  ) {
    super(message);
  }
}

/** Excel's error code, if `error` looks like an OfficeExtension.Error. */
export function excelErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function where(sheet: string | undefined): string {
  return sheet ? `the sheet '${sheet}'` : 'the workbook';
}

/** What went wrong and what to do about it, for each code Excel commonly returns. */
function explain(code: string, sheet: string | undefined, action: string): string {
  switch (code) {
    case 'AccessDenied':
      return `Excel would not let Concordat ${action} because ${where(sheet)} is protected or read-only. Unprotect it (Review › Unprotect Sheet) or open an editable copy, then try again.`;
    case 'ItemNotFound':
      return `Concordat could not ${action}: ${where(sheet)} was renamed or deleted while it was working. Run the check again.`;
    case 'InvalidOperationInCellEditMode':
    case 'EditModeCellEditing':
      return `Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.`;
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return `The workbook is too large for Excel on the web to ${action} in one go. Try Excel for Windows or Mac, or run the Concordat command-line check on a copy of the file.`;
    default:
      return `Excel could not ${action} (${code}). Check that the workbook is editable, then try again.`;
  }
}

/** Wraps anything thrown by a batch into an ExcelWriteError (an ExcelWriteError passes through). */
export function toExcelWriteError(error: unknown, action: string, sheet?: string): ExcelWriteError {
  if (error instanceof ExcelWriteError) return error;
  const code = excelErrorCode(error) ?? 'Unknown';
  return new ExcelWriteError(explain(code, sheet, action), code, sheet);
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
