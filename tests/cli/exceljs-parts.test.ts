/** exceljs's parts rendered without its zip (src/cli/exceljs-parts.ts) and the save built on them. */
import * as ExcelJS from 'exceljs';
import { applyFlagPlan } from '../../src/cli/apply-plan';
import { renderParts } from '../../src/cli/exceljs-parts';
import { workbookToBuffer } from '../../src/cli/workbook-file';
import { ZipParts } from '../../src/cli/zip/zip-parts';
import { buildRealisticWorkbook, handPlan, loadFromBuffer, saveToBuffer } from './support/realistic-workbook';
import { describeWorkbook } from './support/describe-workbook';

/** Part name → text, leaving out docProps/core.xml, whose timestamps are those of the moment of saving. */
function partTexts(zip: ZipParts): Map<string, string> {
  const names = zip.names.filter((n) => n !== 'docProps/core.xml' && !n.endsWith('/'));
  return new Map(names.map((n) => [n, zip.text(n) ?? '']));
}

describe('renderParts', () => {
  test('gives the parts exceljs itself saves, in the same order and with the same contents', async () => {
    const wb = await loadFromBuffer(await saveToBuffer(buildRealisticWorkbook()));
    applyFlagPlan(wb, handPlan());
    const parts = await renderParts(wb);
    const saved = new ZipParts(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(parts).toBeDefined();
    // JSZip adds an entry for each folder; Excel itself writes none.
    expect([...parts!.keys()]).toEqual(saved.names.filter((n) => !n.endsWith('/')));
    const rendered = new Map([...parts!].map(([name, bytes]) => [name, bytes.toString('utf8')]));
    rendered.delete('docProps/core.xml');
    expect(rendered).toEqual(partTexts(saved));
  });

  test('says so when exceljs lacks a step', async () => {
    const wb = await loadFromBuffer(await saveToBuffer(buildRealisticWorkbook()));
    (wb.xlsx as unknown as Record<string, unknown>).addTables = 'not a step';
    expect(await renderParts(wb)).toBeUndefined();
  });

  test('a save through exceljs’s own zip, the fallback, gives the same workbook', async () => {
    const original = await saveToBuffer(buildRealisticWorkbook());
    const described = async (bytes: Buffer) => describeWorkbook(await loadFromBuffer(bytes), {});
    const viaParts = await loadFromBuffer(original);
    const viaExceljs = await loadFromBuffer(original);
    applyFlagPlan(viaParts, handPlan());
    applyFlagPlan(viaExceljs, handPlan());
    const fallback = await workbookToBuffer(viaExceljs, async () => undefined);
    // exceljs's own zip has an entry for each folder; the parts' zip has none.
    expect(new ZipParts(fallback).names).toContain('xl/');
    expect(await described(fallback)).toEqual(await described(await workbookToBuffer(viaParts)));
  });

  test('keeps images added to a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = 'Logo below';
    // A 1×1 PNG, as a base64 data URL (exceljs's third way of holding an image).
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    ws.addImage(wb.addImage({ base64: png, extension: 'png' }), 'B2:C3');
    const zip = new ZipParts(await workbookToBuffer(wb));
    const media = zip.names.filter((n) => n.startsWith('xl/media/'));
    expect(media).toHaveLength(1);
    expect(zip.bytes(media[0])!.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
