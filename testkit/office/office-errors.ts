/**
 * The errors the fake Office throws, shaped as Office.js's OfficeExtension.Error is: `name`
 * 'RichApi.Error', a `code` from Excel.ErrorCodes or OfficeExtension.ErrorCodes, Excel's own
 * message for that code, and `debugInfo` saying where it happened.
 */

/** Excel's message for each code the fake uses, as Office's error-handling article lists them. */
const MESSAGES: Record<string, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of the Office application.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
};

export class OfficeExtensionError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** An error Excel raises while running a request: its code, Excel's message (or `detail`), where. */
export function officeError(code: string, detail?: string, errorLocation?: string): OfficeExtensionError {
  return new OfficeExtensionError(code, detail ?? MESSAGES[code] ?? code, errorLocation);
}

/** What Office.js throws on reading a property that was not loaded, or not yet synced. */
export function propertyNotLoaded(type: string, property: string): OfficeExtensionError {
  return new OfficeExtensionError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}

/** What Office.js throws on reading a ClientResult's value before the request that fills it has run. */
export function valueNotLoaded(): OfficeExtensionError {
  return new OfficeExtensionError(
    'ValueNotLoaded',
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}
