/**
 * An Office.js-shaped request context over a MockWorkbook, built from office-addin-mock's
 * OfficeMockObject so that reading a property before `load` + `sync` yields the mock's
 * "not loaded" marker, as Office would refuse it. Writes (property assignments) reach the workbook
 * when `context.sync()` runs, in the order the proxies were created; method calls (clear, delete,
 * add) act at once. `syncCount` and `proxyCount` let tests assert that the number of requests and
 * proxies does not grow with the number of rows.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { MockCell, MockConditionalFormat, MockSheet, MockWorkbook, parseAddress, toMockCell } from './mock-workbook';

type Data = Record<string, unknown>;

const SHEET_ROWS = 1048576;
const SHEET_COLUMNS = 16384;
/** Ranges bigger than this carry no cell data (whole sheets and columns are never read). */
const MAX_MATERIALISED_CELLS = 500_000;

interface Watch {
  mock: OfficeMockObject;
  paths: string[];
  seen: Map<string, unknown>;
  apply(path: string, value: unknown): void;
}

export interface MockExcelOptions {
  /** Reject a request loading more cells than this, as Excel on the web rejects a payload over 5 MB. */
  maxCellsPerSync?: number;
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

function excelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function a1(row: number, column: number, rows = 1, columns = 1): string {
  const start = `${columnName(column)}${row + 1}`;
  return rows === 1 && columns === 1 ? start : `${start}:${columnName(column + columns - 1)}${row + rows}`;
}

export class MockExcel {
  readonly context: Excel.RequestContext;
  syncCount = 0;
  proxyCount = 0;
  suspendCalls = 0;
  private readonly root: OfficeMockObject;
  private tracked: OfficeMockObject[] = [];
  private watches: Watch[] = [];
  private cellsLoaded = 0;

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

  private async sync(): Promise<void> {
    this.syncCount += 1;
    const limit = this.options.maxCellsPerSync;
    if (limit !== undefined && this.cellsLoaded > limit) {
      this.cellsLoaded = 0;
      throw excelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    this.cellsLoaded = 0;
    this.flush();
    const failure = this.options.failSyncAfterWrites;
    if (failure && failure.sync === this.syncCount) throw excelError(failure.code, 'The request failed part-way.');
    for (const mock of [this.root, ...this.tracked]) await OfficeMockObject.prototype.sync.call(mock);
    await new Promise((resolve) => setImmediate(resolve));
    for (const watch of this.watches) for (const path of watch.paths) watch.seen.set(path, read(watch.mock, path));
  }

  /** Applies every property assigned since the last sync, proxy by proxy in creation order. */
  private flush(): void {
    for (const watch of this.watches) {
      for (const path of watch.paths) {
        const value = read(watch.mock, path);
        if (value !== watch.seen.get(path) && !MOCK_MARKERS.has(value as string)) {
          watch.apply(path, value);
          watch.seen.set(path, value);
        }
      }
    }
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
      load: () => {
        const items = this.workbook.sheets.map((sheet) => this.worksheet(sheet));
        for (const item of items) item.load('name');
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
          : this.track(new OfficeMockObject({ protection: { protected: false } }), true);
      },
      add: (name: string) => this.worksheet(this.workbook.addSheet(name)),
    });
  }

  private worksheet(sheet: MockSheet): OfficeMockObject {
    const whole = (): OfficeMockObject => this.range(sheet, 0, 0, SHEET_ROWS, SHEET_COLUMNS);
    return this.track(
      new OfficeMockObject({
        name: sheet.name,
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
          const extent = sheet.usedExtent();
          if (!extent) {
            const empty = { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
            return this.track(new OfficeMockObject(empty), true);
          }
          return this.range(sheet, extent.rowIndex, extent.columnIndex, extent.rowCount, extent.columnCount);
        },
        activate: () => {
          this.workbook.activeSheet = sheet.name;
        },
        delete: () => this.workbook.removeSheet(sheet.name),
      }),
    );
  }

  private cellData(sheet: MockSheet, row: number, column: number, rows: number, columns: number): Data {
    if (rows * columns > MAX_MATERIALISED_CELLS) return {};
    const grid = <T>(pick: (cell: MockCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => pick(sheet.get(row + r, column + c))),
      );
    return {
      values: grid((cell) => (cell && cell.type !== 'Empty' ? cell.value : '')),
      valueTypes: grid((cell) => cell?.type ?? 'Empty'),
      numberFormat: grid((cell) => cell?.format ?? 'General'),
      formulas: grid((cell) => cell?.formula ?? (cell && cell.type !== 'Empty' ? cell.value : '')),
    };
  }

  private range(sheet: MockSheet, row: number, column: number, rows: number, columns: number): OfficeMockObject {
    const address = a1(row, column, rows, columns);
    const mock = this.track(
      new OfficeMockObject({
        ...this.cellData(sheet, row, column, rows, columns),
        address: `${sheet.name}!${address}`,
        rowIndex: row,
        columnIndex: column,
        rowCount: rows,
        columnCount: columns,
        format: {
          font: { bold: Boolean(sheet.get(row, column)?.bold) },
          fill: { color: '#FFFFFF' },
          columnWidth: sheet.widths.get(column) ?? 48,
          useStandardWidth: !sheet.widths.has(column),
        },
        conditionalFormats: {},
        clear: () => this.clearCells(sheet, row, column, rows, columns),
        select: () => {
          this.workbook.selection = { sheet: sheet.name, address };
        },
        getEntireColumn: () => this.range(sheet, 0, column, SHEET_ROWS, columns),
      }),
    );
    this.conditionalFormatCollection(mock.conditionalFormats as OfficeMockObject, sheet, address);
    const load = mock.load.bind(mock);
    Object.assign(mock, {
      load: (properties: string) => {
        if (/values|numberFormat|valueTypes/.test(properties)) this.cellsLoaded += rows * columns;
        return load(properties);
      },
    });
    this.watch(
      mock,
      [
        'numberFormat',
        'values',
        'formulas',
        'format.font.bold',
        'format.fill.color',
        'format.columnWidth',
        'format.useStandardWidth',
      ],
      (path, value) => this.writeRange(sheet, row, column, rows, columns, path, value),
    );
    return mock;
  }

  private areas(sheet: MockSheet, address: string): OfficeMockObject {
    if (address.length > 8192) throw excelError('InvalidArgument', 'The address is too long.');
    address.split(',').forEach((part) => parseAddress(part));
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

  private clearCells(sheet: MockSheet, row: number, column: number, rows: number, columns: number): void {
    for (const key of [...sheet.cells.keys()]) {
      const [r, c] = key.split(',').map(Number);
      if (r >= row && r < row + rows && c >= column && c < column + columns) sheet.cells.delete(key);
    }
  }

  private writeRange(
    sheet: MockSheet,
    row: number,
    column: number,
    rows: number,
    columns: number,
    path: string,
    value: unknown,
  ): void {
    if (path === 'format.columnWidth' || path === 'format.useStandardWidth') {
      for (let c = column; c < column + columns; c++) {
        if (path === 'format.columnWidth') sheet.widths.set(c, Number(value));
        else if (value === true) sheet.widths.delete(c);
      }
      return;
    }
    if (path === 'format.fill.color') return;
    if (path === 'format.font.bold') {
      if (rows * columns > MAX_MATERIALISED_CELLS) return;
      for (let r = row; r < row + rows; r++) {
        for (let c = column; c < column + columns; c++) {
          sheet.set(r, c, { ...(sheet.get(r, c) ?? toMockCell(null)), bold: value === true });
        }
      }
      return;
    }
    if (!Array.isArray(value)) throw excelError('InvalidArgument', `${path} must be a 2-D array`);
    if (value.length !== rows || value.some((line) => !Array.isArray(line) || line.length !== columns)) {
      throw excelError('InvalidArgument', `${path} does not match the size of ${a1(row, column, rows, columns)}`);
    }
    (value as unknown[][]).forEach((line, r) =>
      line.forEach((input, c) => {
        const current = sheet.get(row + r, column + c) ?? toMockCell(null);
        sheet.set(row + r, column + c, writeCell(current, path, input));
      }),
    );
  }
}

/** What Excel stores when a value, formula or number format is written into a cell. */
function writeCell(current: MockCell, path: string, input: unknown): MockCell {
  if (path === 'numberFormat') return { ...current, format: String(input) };
  if (path === 'formulas' && typeof input === 'string' && input.startsWith('=')) {
    const shown = /^=HYPERLINK\(".*","(.*)"\)$/.exec(input);
    return { ...current, formula: input, value: shown ? shown[1] : '', type: 'String' };
  }
  const rest: MockCell = { ...current };
  delete rest.formula;
  if (typeof input === 'string') {
    // A leading apostrophe is Excel's text prefix: it is not part of the stored value.
    const text = input.startsWith("'") ? input.slice(1) : input;
    return { ...rest, value: text, type: text === '' ? 'Empty' : 'String' };
  }
  if (typeof input === 'number') return { ...rest, value: input, type: 'Double' };
  if (typeof input === 'boolean') return { ...rest, value: input, type: 'Boolean' };
  return { ...rest, value: '', type: 'Empty' };
}
