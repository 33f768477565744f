/**
 * A workbook's parts as exceljs renders them, without exceljs's zip. exceljs's own save renders
 * each part, then zips them with JSZip (a JavaScript CRC, a copy into a stream buffer, another
 * into the result) only for workbookToBuffer to open the zip again. Here its render steps are run
 * in the same order as its save (xlsx.js `write`) into a plain collection of parts, which go
 * straight into a stored zip.
 *
 * The steps are exceljs internals (pinned to exceljs 4.4 by the lockfile). If one is missing, the
 * caller is told, and falls back to exceljs's own save.
 */
import type * as ExcelJS from 'exceljs';

interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

type Step = (zip: PartSink, model: unknown) => Promise<unknown> | unknown;

const STEPS = [
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings', // always after the worksheets, which fill it
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
] as const;

type Renderer = { prepareModel(model: unknown, options: object): void } & Record<(typeof STEPS)[number], Step>;

function renderer(workbook: ExcelJS.Workbook): Renderer | undefined {
  const xlsx = workbook.xlsx as unknown as Partial<Renderer>;
  const complete = typeof xlsx.prepareModel === 'function' && STEPS.every((step) => typeof xlsx[step] === 'function');
  return complete ? (xlsx as Renderer) : undefined;
}

/** Every part exceljs would save, by name, in its order; undefined if exceljs has changed shape. */
export async function renderParts(workbook: ExcelJS.Workbook): Promise<Map<string, Buffer> | undefined> {
  const xlsx = renderer(workbook);
  if (!xlsx) return undefined;
  const parts = new Map<string, Buffer>();
  const sink: PartSink = {
    append(data, options) {
      const bytes =
        typeof data === 'string'
          ? Buffer.from(data, options.base64 ? 'base64' : 'utf8')
          : Buffer.isBuffer(data)
            ? data
            : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      parts.set(options.name, bytes);
    },
  };
  const { model } = workbook as unknown as { model: unknown };
  xlsx.prepareModel(model, {});
  // One step at a time, as exceljs does: later steps read what earlier ones put in the model.
  for (const step of STEPS) await xlsx[step](sink, model);
  return parts;
}
