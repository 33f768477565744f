/** Deflate in pieces (src/cli/zip/parallel-deflate.ts): the pieces together must be one stream. */
import { constants, deflateRawSync, inflateRawSync } from 'zlib';
import {
  crc32,
  DEFLATE_PIECE,
  deflateInPieces,
  FASTEST_LEVEL,
  PieceDeflater,
} from '../../src/cli/zip/parallel-deflate';

/** Text like a sheet's XML, long enough to need several pieces, with some multi-byte characters. */
function sheetLike(rows: number): string {
  let xml = '';
  for (let r = 1; r <= rows; r++)
    xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>R${r} · £${(r * 37) % 1000}k — owner ${r % 97}</t></is></c></row>`;
  return xml;
}

describe('deflate in pieces', () => {
  const text = sheetLike(150_000);
  const raw = Buffer.from(text, 'utf8');

  test('the pieces inflate back to the part, with its CRC and size', async () => {
    expect(raw.length).toBeGreaterThan(2 * DEFLATE_PIECE);
    const part = await deflateInPieces(raw);
    expect(inflateRawSync(part.data).equals(raw)).toBe(true);
    expect(part.crc).toBe(crc32(raw));
    expect(part.size).toBe(raw.length);
    expect(part.data.length).toBeLessThan(raw.length / 5);
  });

  test("at the fastest level (Concordat's own sheets) the pieces are zlib's level-1 stream, still one stream", async () => {
    const piece = raw.subarray(0, DEFLATE_PIECE);
    const deflater = new PieceDeflater(FASTEST_LEVEL);
    deflater.push(piece);
    const fast = await deflater.finish();
    expect(fast.data.equals(deflateRawSync(piece, { level: 1, finishFlush: constants.Z_FINISH }))).toBe(true);
    expect(fast.data.equals((await deflateInPieces(piece)).data)).toBe(false);
    const whole = new PieceDeflater(FASTEST_LEVEL);
    whole.push(raw);
    expect(inflateRawSync((await whole.finish()).data).equals(raw)).toBe(true);
  });

  test('an empty part and a part of one piece are whole streams too', async () => {
    for (const small of [Buffer.alloc(0), Buffer.from('<sheetData/>')]) {
      const part = await deflateInPieces(small);
      expect(inflateRawSync(part.data).equals(small)).toBe(true);
      expect(part.crc).toBe(crc32(small));
    }
  });

  test('a part fed a bit at a time deflates to the same bytes as the whole at once', async () => {
    for (const whole of [raw, raw.subarray(0, 2 * DEFLATE_PIECE)]) {
      const deflater = new PieceDeflater();
      for (let at = 0; at < whole.length; at += 777_777) deflater.push(whole.subarray(at, at + 777_777));
      const fed = await deflater.finish();
      const once = await deflateInPieces(whole);
      expect(fed.data.equals(once.data)).toBe(true);
      expect([fed.crc, fed.size]).toEqual([once.crc, whole.length]);
    }
  });

  test('a CRC continued over two halves is the CRC of the whole', () => {
    const half = raw.length >> 1;
    expect(crc32(raw.subarray(half), crc32(raw.subarray(0, half)))).toBe(crc32(raw));
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
