/**
 * TEST HOST ONLY — never shipped. The browser entry of the fake Office: bundled by
 * build-browser-host.ts and served to the add-in's pages in place of Microsoft's Office.js
 * (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), so the built task pane and ribbon
 * command run in Chromium against an in-memory workbook, through the same strict proxies as the
 * adapter's Jest tests.
 *
 * Configure before the page loads: window.__FAKE_OFFICE__ = { workbook: { sheets }, host,
 * requirements, syncDelay (ms a request, to watch progress), date1904, theme, maxPayloadBytes }.
 * Inspect from the test through window.__fakeExcel.
 */
import { a1 } from './a1-addresses';
import { FakeExcel, FakeExcelOptions } from './fake-excel';
import { CellInput, FakeConditionalFormat, FakePageLayout, FakeWorkbook, SheetVisibility } from './fake-workbook';
import type { FakeDialog } from './fake-office';
import { OfficeExtensionError } from './office-errors';

/** A sheet as the test gives it: rows of cells from a 0-based position, and how it is kept. */
interface SheetSpec {
  name: string;
  row?: number;
  column?: number;
  rows: CellInput[][];
  protected?: boolean;
  visibility?: SheetVisibility;
  /** Merged areas, as A1 ranges. */
  merges?: string[];
}

export interface BrowserHostConfig extends FakeExcelOptions {
  workbook?: { sheets: SheetSpec[]; structureProtected?: boolean };
  date1904?: boolean;
}

/** A cell as plain data: address, value, formula, number format, bold, link. */
type DumpedCell = [string, string | number | boolean, string | null, string, boolean, string | null];

interface SheetDump {
  cells: DumpedCell[];
  formats: FakeConditionalFormat[];
  widths: [number, number][];
  frozenRows: number;
  pageLayout: FakePageLayout;
}

/** What the browser test reads and drives. */
interface BrowserHost {
  readonly stats: { syncs: number; suspends: number; runs: number };
  readonly settings: Record<string, unknown>;
  readonly dialogs: FakeDialog[];
  readonly actions: Record<string, (event: { completed(): void }) => unknown>;
  readonly workbook: FakeWorkbook;
  sheetNames(): string[];
  dump(name: string): SheetDump | null;
  closeDialog(): void;
}

declare global {
  interface Window {
    __FAKE_OFFICE__?: BrowserHostConfig;
    __fakeExcel: BrowserHost;
  }
}

function workbookOf(config: BrowserHostConfig): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const spec of config.workbook?.sheets ?? []) {
    const sheet = workbook.addSheet(spec.name, spec.rows, spec.row ?? 0, spec.column ?? 0);
    sheet.protected = spec.protected === true;
    sheet.visibility = spec.visibility ?? 'Visible';
    sheet.merges.push(...(spec.merges ?? []));
  }
  workbook.structureProtected = config.workbook?.structureProtected === true;
  workbook.date1904 = config.date1904 === true;
  workbook.activeSheet = workbook.sheets.find((sheet) => sheet.visibility === 'Visible')?.name;
  return workbook;
}

function dump(workbook: FakeWorkbook, name: string): SheetDump | null {
  const sheet = workbook.sheet(name);
  if (!sheet) return null;
  const cells = [...sheet.cells].map(([key, cell]): DumpedCell => {
    const [row, column] = key.split(',').map(Number);
    return [a1(row, column), cell.value, cell.formula ?? null, cell.format, cell.bold === true, cell.hyperlink ?? null];
  });
  return {
    cells,
    formats: sheet.conditionalFormats.map((format) => ({ ...format })),
    widths: [...sheet.widths],
    frozenRows: sheet.frozenRows,
    pageLayout: { ...sheet.pageLayout },
  };
}

const config = window.__FAKE_OFFICE__ ?? {};
const workbook = workbookOf(config);
const excel = new FakeExcel(workbook, config);
const office = excel.office;

Object.assign(window, {
  Office: office.namespace,
  Excel: { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => excel.run(batch) },
  OfficeExtension: { Error: OfficeExtensionError },
});

window.__fakeExcel = {
  get stats() {
    return { syncs: excel.syncCount, suspends: excel.suspendCalls, runs: excel.runs };
  },
  settings: office.settings,
  dialogs: office.dialogs,
  actions: office.actions,
  workbook,
  sheetNames: () => workbook.sheets.map((sheet) => sheet.name),
  dump: (name) => dump(workbook, name),
  closeDialog: () => office.closeDialogs(),
};
