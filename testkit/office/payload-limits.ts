/**
 * How big a request is, as the fake measures it, and the limits Excel puts on requests: Excel on
 * the web rejects a request or a response over 5 MB, and every host refuses to get more than
 * five million cells of one range at once.
 *
 * The fake counts the JSON of what a request carries that grows with the workbook: every value
 * assigned and every address list given to `getRanges` out; the cell grids loaded (values,
 * valueTypes, numberFormat, formulas) and column properties back. Office.js's envelope for each
 * action (ids, names, types) is not counted.
 */

/** Excel on the web rejects a request or a response over 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Excel refuses to get more cells than this of one range. */
export const MAX_CELLS_PER_GET = 5_000_000;

/** Bytes of JSON one request carried each way. */
export interface SyncPayload {
  requestBytes: number;
  responseBytes: number;
  rejected: boolean;
}

/** Bytes of `value` as UTF-8 JSON, counted without building the encoded copy. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: four bytes for two UTF-16 units
      i += 1;
    } else if (code > 0x7ff) bytes += 2;
    else if (code > 0x7f) bytes += 1;
  }
  return bytes;
}
