/** A1 references and formulas the adapter builds from sheet names and addresses. */

/** A sheet name as a formula reference needs it: always quoted, apostrophes doubled. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A formula string literal: double quotes doubled. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A HYPERLINK formula that jumps to a cell in this workbook. Used for the report's Cell column
 * because a formula column is written in one request, whereas `range.hyperlink` needs one proxy per cell.
 */
export function hyperlinkFormula(sheet: string, address: string): string {
  return `=HYPERLINK(${formulaString(`#${quoteSheetName(sheet)}!${address}`)},${formulaString(address)})`;
}

/** Longest comma-separated address list handed to `getRanges`; Excel rejects some lists near 8,192. */
export const MAX_AREAS_ADDRESS_LENGTH = 2000;

/** Splits addresses into comma-joined lists, each short enough for one `getRanges` call. */
export function chunkAddresses(addresses: readonly string[], maxLength = MAX_AREAS_ADDRESS_LENGTH): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current !== '' && current.length + 1 + address.length > maxLength) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? address : `${current},${address}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
