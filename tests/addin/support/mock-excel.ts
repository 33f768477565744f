/**
 * An Office.js-shaped request context over a MockWorkbook, built from office-addin-mock's
 * OfficeMockObject so that reading a property before `load` + `sync` yields the mock's
 * "not loaded" marker, as Office would refuse it. Writes (property assignments) reach the workbook
 * when `context.sync()` runs, in the order the proxies were created; method calls (clear, delete,
 * add) act at once. `syncCount` and `proxyCount` let tests assert that the number of requests and
 * proxies does not grow with the number of rows, and `payloads` how big each request was.
 *
 * Cell grids are built only when loaded, so a 100,000-row workbook stays cheap. Like Excel on the
 * web, a request whose assigned values or loaded grids come to more than 5 MB of JSON is rejected
 * whole (`maxPayloadBytes: Infinity` behaves like Excel on Windows or Mac).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { a1, clearCells, excelError, jsonBytes, writeRange } from './mock-cells';
import {
  MockCell,
  MockConditionalFormat,
  MockPageLayout,
  MockSheet,
  MockWorkbook,
  parseAddress,
} from './mock-workbook';

type Data = Record<string, unknown>;
/** office-addin-mock's setter, private in its types but the way to put a loaded grid in place. */
type Settable = { setValue(name: string, value: unknown): void };

const SHEET_ROWS = 1048576;
const SHEET_COLUMNS = 16384;
/** Excel refuses to get more cells than this in one go. */
const EXCEL_MAX_CELLS = 5_000_000;
/** Excel on the web rejects a request or response over 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const GRID_PROPERTIES = ['values', 'valueTypes', 'numberFormat', 'formulas'] as const;
type GridProperty = (typeof GRID_PROPERTIES)[number];

/** Bytes of JSON one request carried each way: values assigned (and addresses passed) out, grids loaded back. */
export interface SyncPayload {
  requestBytes: number;
  responseBytes: number;
  rejected: boolean;
}

interface Watch {
  mock: OfficeMockObject;
  paths: string[];
  seen: Map<string, unknown>;
  apply(path: string, value: unknown): void;
}

export interface MockExcelOptions {
  /** Reject a request loading more cells than this (a small stand-in for the 5 MB limit). */
  maxCellsPerSync?: number;
  /** Reject a request whose JSON either way is bigger than this; 5 MB (Excel on the web) by default. */
  maxPayloadBytes?: number;
  /** Make this request (1-based) fail after applying its writes, as a batch Excel stops part-way. */
  failSyncAfterWrites?: { sync: number; code: string };
}

/** office-addin-mock's markers for a property not loaded, or loaded but not yet synced. */
const MOCK_MARKERS = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);

function read(mock: OfficeMockObject, path: string): unknown {
  let value: unknown = mock;
  for (const key of path.split('.')) value = (value as Data | undefined)?.[key];
  return value;
}

export class MockExcel {
  readonly context: Excel.RequestContext;
  syncCount = 0;
  proxyCount = 0;
  suspendCalls = 0;
  /** One entry per sync, rejected ones included. */
  readonly payloads: SyncPayload[] = [];
  private readonly root: OfficeMockObject;
  private tracked: OfficeMockObject[] = [];
  private watches: Watch[] = [];
  private cellsLoaded = 0;
  private requestBytes = 0;
  private responseBytes = 0;

  constructor(
    readonly workbook: MockWorkbook,
    private readonly options: MockExcelOptions = {},
  ) {
    this.root = new OfficeMockObject({
      workbook: {
        protection: { protected: workbook.structureProtected },
        worksheets: {},
        functions: {},
      },
      application: {},
    });
    const worksheets = this.root.workbook as OfficeMockObject;
    this.worksheetCollection(worksheets.worksheets as OfficeMockObject);
    Object.assign(worksheets.functions as OfficeMockObject, {
      date: () => this.track(new OfficeMockObject({ value: workbook.date1904 ? 0 : 1462 })),
    });
    Object.assign(this.root.application as OfficeMockObject, {
      suspendApiCalculationUntilNextSync: () => {
        this.suspendCalls += 1;
      },
    });
    Object.assign(this.root, { sync: () => this.sync() });
    this.context = this.root as unknown as Excel.RequestContext;
  }

  /** The biggest request or response Excel accepted, in bytes of JSON. */
  get largestPayloadBytes(): number {
    return Math.max(
      0,
      ...this.payloads.filter((p) => !p.rejected).map((p) => Math.max(p.requestBytes, p.responseBytes)),
    );
  }

  private async sync(): Promise<void> {
    this.syncCount += 1;
    const changes = this.pendingWrites();
    const payload: SyncPayload = {
      requestBytes: this.requestBytes + changes.reduce((sum, change) => sum + jsonBytes(change.value), 0),
      responseBytes: this.responseBytes,
      rejected: false,
    };
    const tooManyCells = this.options.maxCellsPerSync !== undefined && this.cellsLoaded > this.options.maxCellsPerSync;
    this.cellsLoaded = 0;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.payloads.push(payload);
    const limit = this.options.maxPayloadBytes ?? WEB_PAYLOAD_LIMIT;
    if (tooManyCells || payload.requestBytes > limit || payload.responseBytes > limit) {
      payload.rejected = true;
      // A rejected request applies none of its writes.
      for (const change of changes) change.watch.seen.set(change.path, change.value);
      const code =
        payload.responseBytes > limit ? 'ResponsePayloadSizeLimitExceeded' : 'RequestPayloadSizeLimitExceeded';
      throw excelError(code, 'The request payload size has exceeded the limit.');
    }
    for (const change of changes) {
      change.watch.apply(change.path, change.value);
      change.watch.seen.set(change.path, change.value);
    }
    const failure = this.options.failSyncAfterWrites;
    if (failure && failure.sync === this.syncCount) throw excelError(failure.code, 'The request failed part-way.');
    for (const mock of [this.root, ...this.tracked]) await OfficeMockObject.prototype.sync.call(mock);
    await new Promise((resolve) => setImmediate(resolve));
    for (const watch of this.watches) for (const path of watch.paths) watch.seen.set(path, read(watch.mock, path));
  }

  /** Every property assigned since the last sync, proxy by proxy in creation order. */
  private pendingWrites(): { watch: Watch; path: string; value: unknown }[] {
    const changes: { watch: Watch; path: string; value: unknown }[] = [];
    for (const watch of this.watches) {
      for (const path of watch.paths) {
        const value = read(watch.mock, path);
        if (value !== watch.seen.get(path) && !MOCK_MARKERS.has(value as string)) changes.push({ watch, path, value });
      }
    }
    return changes;
  }

  private track(mock: OfficeMockObject, isNullObject = false): OfficeMockObject {
    Object.assign(mock, { isNullObject });
    this.tracked.push(mock);
    this.proxyCount += 1;
    return mock;
  }

  private watch(mock: OfficeMockObject, paths: string[], apply: (path: string, value: unknown) => void): void {
    this.watches.push({ mock, paths, apply, seen: new Map(paths.map((path) => [path, read(mock, path)])) });
  }

  private worksheetCollection(collection: OfficeMockObject): void {
    Object.assign(collection, {
      load: (properties = 'items/name') => {
        const items = this.workbook.sheets.map((sheet) => this.worksheet(sheet));
        const asked = properties.split(',').map((p) => p.trim().replace(/^items\//, ''));
        for (const item of items) item.load(asked.join(','));
        collection.items = items;
        return collection;
      },
      getItem: (name: string) => {
        const sheet = this.workbook.sheet(name);
        if (!sheet) throw excelError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
        return this.worksheet(sheet);
      },
      getItemOrNullObject: (name: string) => {
        const sheet = this.workbook.sheet(name);
        return sheet
          ? this.worksheet(sheet)
          : this.track(new OfficeMockObject({ name: name, protection: { protected: false } }), true);
      },
      add: (name: string) => this.worksheet(this.workbook.addSheet(name)),
    });
  }

  private worksheet(sheet: MockSheet): OfficeMockObject {
    const whole = (): OfficeMockObject => this.range(sheet, 0, 0, SHEET_ROWS, SHEET_COLUMNS);
    const used = (): OfficeMockObject | undefined => {
      const extent = sheet.usedExtent();
      return extent && this.range(sheet, extent.rowIndex, extent.columnIndex, extent.rowCount, extent.columnCount);
    };
    const mock = this.track(
      new OfficeMockObject({
        name: sheet.name,
        visibility: sheet.visibility,
        protection: { protected: sheet.protected },
        freezePanes: {
          freezeRows: (count: number) => {
            sheet.frozenRows = count;
          },
        },
        getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
          this.range(sheet, row, column, rows, columns),
        getRange: (address?: string) => {
          if (!address) return whole();
          const { row, column, rows, columns } = parseAddress(address);
          return this.range(sheet, row, column, rows, columns);
        },
        getRanges: (address: string) => this.areas(sheet, address),
        getUsedRangeOrNullObject: () => {
          const empty = { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
          const grids = { values: undefined, numberFormat: undefined, valueTypes: undefined };
          return used() ?? this.track(new OfficeMockObject({ ...empty, ...grids }), true);
        },
        // A blank sheet's used range is A1, as Office.js documents.
        getUsedRange: () => used() ?? this.range(sheet, 0, 0, 1, 1),
        activate: () => {
          this.workbook.activeSheet = sheet.name;
        },
        pageLayout: {
          orientation: sheet.pageLayout.orientation,
          zoom: sheet.pageLayout.zoom,
          printGridlines: sheet.pageLayout.printGridlines,
          setPrintTitleRows: (rows: string) => {
            sheet.pageLayout.titleRows = rows;
          },
        },
      }),
    );
    Object.assign(mock, {
      delete: () => {
        // Excel refuses to delete a very hidden sheet; a visibility assigned just before (on this proxy) counts.
        const assigned = read(mock, 'visibility');
        const visibility = typeof assigned === 'string' && !MOCK_MARKERS.has(assigned) ? assigned : sheet.visibility;
        if (visibility === 'VeryHidden') throw excelError('InvalidOperation', `${sheet.name} is very hidden`);
        this.workbook.removeSheet(sheet.name);
      },
    });
    this.watch(
      mock,
      ['visibility', 'pageLayout.orientation', 'pageLayout.zoom', 'pageLayout.printGridlines'],
      (path, value) => {
        if (path === 'visibility') sheet.visibility = value as MockSheet['visibility'];
        if (path === 'pageLayout.orientation') sheet.pageLayout.orientation = String(value);
        if (path === 'pageLayout.zoom') sheet.pageLayout.zoom = value as MockPageLayout['zoom'];
        if (path === 'pageLayout.printGridlines') sheet.pageLayout.printGridlines = value === true;
      },
    );
    return mock;
  }

  /** The merged areas that lie within a range, as one RangeAreas (a null object when there are none). */
  private mergedAreas(sheet: MockSheet, row: number, column: number, rows: number, columns: number): OfficeMockObject {
    const inside = sheet.merges.filter((range) => {
      const area = parseAddress(range);
      return (
        area.row >= row &&
        area.column >= column &&
        area.row + area.rows <= row + rows &&
        area.column + area.columns <= column + columns
      );
    });
    const address = inside.map((range) => `${sheet.name}!${range}`).join(', ');
    return this.track(new OfficeMockObject({ address: inside.length > 0 ? address : undefined }), inside.length === 0);
  }

  /** The grids Office.js returns for a block of cells, built only for the properties asked for. */
  private cellData(
    sheet: MockSheet,
    row: number,
    column: number,
    rows: number,
    columns: number,
    wanted: readonly GridProperty[],
  ): Partial<Record<GridProperty, unknown[][]>> {
    const grid = <T>(pick: (cell: MockCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => pick(sheet.get(row + r, column + c))),
      );
    const pickers: Record<GridProperty, (cell: MockCell | undefined) => unknown> = {
      values: (cell) => (cell && cell.type !== 'Empty' ? cell.value : ''),
      valueTypes: (cell) => cell?.type ?? 'Empty',
      numberFormat: (cell) => cell?.format ?? 'General',
      formulas: (cell) => cell?.formula ?? (cell && cell.type !== 'Empty' ? cell.value : ''),
    };
    return Object.fromEntries(wanted.map((property) => [property, grid(pickers[property])]));
  }

  private range(sheet: MockSheet, row: number, column: number, rows: number, columns: number): OfficeMockObject {
    const address = a1(row, column, rows, columns);
    const mock = this.track(
      new OfficeMockObject({
        values: undefined,
        valueTypes: undefined,
        numberFormat: undefined,
        formulas: undefined,
        address: `${sheet.name}!${address}`,
        rowIndex: row,
        columnIndex: column,
        rowCount: rows,
        columnCount: columns,
        hyperlink: undefined,
        format: {
          font: { bold: Boolean(sheet.get(row, column)?.bold), color: sheet.get(row, column)?.colour ?? '#000000' },
          fill: { color: '#FFFFFF' },
          wrapText: false,
          verticalAlignment: 'Bottom',
          columnWidth: sheet.widths.get(column) ?? 48,
          useStandardWidth: !sheet.widths.has(column),
          autofitRows: () => undefined,
        },
        conditionalFormats: {},
        clear: (applyTo?: 'All' | 'Contents' | 'Formats') => clearCells(sheet, { row, column, rows, columns }, applyTo),
        select: () => {
          this.workbook.selection = { sheet: sheet.name, address };
        },
        getEntireColumn: () => this.range(sheet, 0, column, SHEET_ROWS, columns),
        getRow: (offset: number) => this.range(sheet, row + offset, column, 1, columns),
        getResizedRange: (moreRows: number, moreColumns: number) => {
          if (column + columns + moreColumns > SHEET_COLUMNS || row + rows + moreRows > SHEET_ROWS) {
            throw excelError('InvalidArgument', 'The range would go off the sheet.');
          }
          return this.range(sheet, row, column, rows + moreRows, columns + moreColumns);
        },
        getColumnProperties: () => this.columnProperties(sheet, column, columns),
        getMergedAreasOrNullObject: () => this.mergedAreas(sheet, row, column, rows, columns),
      }),
    );
    this.conditionalFormatCollection(mock.conditionalFormats as OfficeMockObject, sheet, address);
    const load = mock.load.bind(mock);
    Object.assign(mock, {
      load: (properties: string) => {
        const asked = properties.split(',').map((p) => p.trim());
        const wanted = GRID_PROPERTIES.filter((p) => asked.includes(p));
        if (wanted.length > 0) {
          this.cellsLoaded += rows * columns;
          if (rows * columns > EXCEL_MAX_CELLS) this.responseBytes = Infinity;
          else {
            const grids = this.cellData(sheet, row, column, rows, columns, wanted);
            for (const [property, grid] of Object.entries(grids)) {
              (mock as unknown as Settable).setValue(property, grid);
              this.responseBytes += jsonBytes(grid);
            }
          }
        }
        return load(properties);
      },
    });
    this.watch(
      mock,
      [
        'numberFormat',
        'values',
        'formulas',
        'hyperlink',
        'format.font.bold',
        'format.font.color',
        'format.fill.color',
        'format.wrapText',
        'format.verticalAlignment',
        'format.columnWidth',
        'format.useStandardWidth',
      ],
      (path, value) => writeRange(sheet, { row, column, rows, columns }, path, value),
    );
    return mock;
  }

  /** `range.getColumnProperties` (ExcelApi 1.9): each column's index and width, ready after the sync. */
  private columnProperties(sheet: MockSheet, column: number, columns: number): OfficeMockObject {
    const value = Array.from({ length: columns }, (_, c) => ({
      columnIndex: column + c,
      format: { columnWidth: sheet.widths.get(column + c) ?? 48, useStandardWidth: !sheet.widths.has(column + c) },
    }));
    this.responseBytes += jsonBytes(value);
    const result = this.track(new OfficeMockObject({ value }));
    result.load('value');
    return result;
  }

  private areas(sheet: MockSheet, address: string): OfficeMockObject {
    if (address.length > 8192) throw excelError('InvalidArgument', 'The address is too long.');
    address.split(',').forEach((part) => parseAddress(part));
    this.requestBytes += jsonBytes(address);
    const mock = this.track(new OfficeMockObject({ address, conditionalFormats: {} }));
    this.conditionalFormatCollection(mock.conditionalFormats as OfficeMockObject, sheet, address);
    return mock;
  }

  private conditionalFormatCollection(collection: OfficeMockObject, sheet: MockSheet, appliesTo: string): void {
    Object.assign(collection, {
      add: (type: 'Custom') => {
        const format: MockConditionalFormat = { type, formula: '', fill: '', font: '', appliesTo };
        sheet.conditionalFormats.push(format);
        return this.conditionalFormat(sheet, format);
      },
      load: () => {
        const items = sheet.conditionalFormats.map((format) => this.conditionalFormat(sheet, format));
        for (const item of items) item.load('type,customOrNullObject/rule/formula');
        collection.items = items;
        return collection;
      },
    });
  }

  private conditionalFormat(sheet: MockSheet, format: MockConditionalFormat): OfficeMockObject {
    const mock = this.track(
      new OfficeMockObject({
        type: format.type,
        customOrNullObject: { rule: { formula: format.formula } },
        custom: {
          rule: { formula: format.formula },
          format: { fill: { color: format.fill }, font: { color: format.font } },
        },
        delete: () => {
          const index = sheet.conditionalFormats.indexOf(format);
          if (index >= 0) sheet.conditionalFormats.splice(index, 1);
        },
      }),
    );
    Object.assign(mock.customOrNullObject as OfficeMockObject, { isNullObject: format.type !== 'Custom' });
    this.watch(mock, ['custom.rule.formula', 'custom.format.fill.color', 'custom.format.font.color'], (path, value) => {
      if (path === 'custom.rule.formula') format.formula = String(value);
      if (path === 'custom.format.fill.color') format.fill = String(value);
      if (path === 'custom.format.font.color') format.font = String(value);
    });
    return mock;
  }
}
