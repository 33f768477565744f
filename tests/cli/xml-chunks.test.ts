/** A big part built a piece at a time (src/cli/package/xml-chunks.ts): the same bytes as the whole text encoded at once. */
import { inflateRawSync } from 'zlib';
import { XmlChunks } from '../../src/cli/package/xml-chunks';

test('texts added one by one come out as the whole text in UTF-8, deflated alongside', async () => {
  const texts: string[] = [];
  for (let i = 0; i < 60_000; i++) texts.push(`<row r="${i}"><c><is><t>✖ £${i} 𝄞 café</t></is></c></row>`);
  texts.push('x'.repeat(1_500_000), '<end/>'); // longer than a piece on its own
  const chunks = new XmlChunks();
  for (const text of texts) chunks.add(text);
  const part = chunks.finish();
  const whole = Buffer.from(texts.join(''), 'utf8');
  expect(part.bytes.equals(whole)).toBe(true);
  const deflated = await part.deflated;
  expect(inflateRawSync(deflated.data).equals(whole)).toBe(true);
  expect(deflated.size).toBe(whole.length);
});
