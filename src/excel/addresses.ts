/** Address lists the adapter hands to Excel. */

/** Longest comma-separated address list handed to `getRanges`; Excel rejects some lists near 8,192. */
const MAX_AREAS_ADDRESS_LENGTH = 2000;

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
