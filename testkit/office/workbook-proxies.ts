/**
 * The fake Office.js workbook, its sheets and their parts: Excel.Workbook, WorksheetCollection,
 * Worksheet, the two protections, freeze panes, page layout (ExcelApi 1.9), worksheet functions
 * and Application. A protected workbook structure refuses adding, deleting, hiding and showing
 * sheets (AccessDenied); a hidden sheet cannot be activated, nor the last visible one hidden.
 */
import { parseAddress, parseAreas, Rect, SHEET_COLUMNS, SHEET_ROWS } from './a1-addresses';
import { ClientObject, Locate, PlainProxy, Scalar } from './client-object';
import { CollectionProxy } from './collection-proxy';
import type { FakeWorkbook, FakeWorksheet, SheetVisibility } from './fake-workbook';
import { officeError } from './office-errors';
import { jsonBytes } from './payload-limits';
import { RangeAreasProxy, RangeProxy } from './range-proxies';
import type { RequestContext } from './request-context';
import { requireExcelApi } from './requirement-sets';

const VISIBILITIES: readonly SheetVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

function refuseIfStructureProtected(workbook: FakeWorkbook, what: string): void {
  if (workbook.structureProtected) throw officeError('AccessDenied', undefined, what);
}

/** Excel keeps at least one sheet visible (its code for refusing is not documented: InvalidOperation here). */
function leaveVisible(workbook: FakeWorkbook, leaving: FakeWorksheet, what: string): void {
  if (!workbook.sheets.some((sheet) => sheet !== leaving && sheet.visibility === 'Visible'))
    throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', what);
}

/** Excel moves off a sheet that is hidden or deleted, to the first visible one. */
function activeAfter(workbook: FakeWorkbook, leaving: FakeWorksheet): void {
  if (workbook.activeSheet?.toUpperCase() !== leaving.name.toUpperCase()) return;
  workbook.activeSheet = workbook.sheets.find((sheet) => sheet !== leaving && sheet.visibility === 'Visible')?.name;
}

export class ApplicationProxy extends ClientObject<object> {
  constructor(context: RequestContext) {
    super(context, 'Application', () => ({}), {});
  }

  /** ExcelApi 1.6: hold recalculation until the next request. */
  suspendApiCalculationUntilNextSync(): void {
    this.act('suspendApiCalculationUntilNextSync', '1.6', () => {
      this.context.host.suspendCalls += 1;
    });
  }
}

export class WorkbookProxy extends ClientObject<FakeWorkbook> {
  constructor(context: RequestContext) {
    super(context, 'Workbook', () => context.host.workbook, {});
    this.definePart('worksheets', () => new WorksheetCollectionProxy(context, this));
    this.definePart(
      'protection',
      () =>
        new PlainProxy(
          context,
          'WorkbookProtection',
          (request) => this.resolve(request),
          { protected: { read: (book) => book.structureProtected } },
          { since: '1.7' },
        ),
    );
    this.definePart('functions', () => new FunctionsProxy(context, this));
  }
}

/** A worksheet function's result (ExcelApi 1.2): `value`, once loaded and sent. */
class FunctionResultProxy extends ClientObject<{ value: unknown }> {
  constructor(context: RequestContext, compute: () => unknown) {
    super(
      context,
      'FunctionResult',
      () => ({ value: compute() }),
      { value: { read: (result) => result.value }, error: { read: () => null } },
      { created: true, since: '1.2', member: 'Functions' },
    );
  }
}

class FunctionsProxy extends ClientObject<FakeWorkbook> {
  constructor(context: RequestContext, workbook: WorkbookProxy) {
    super(context, 'Functions', (request) => workbook.resolve(request), {}, { since: '1.2' });
  }

  /** DATE(year, month, day): the date's serial number in the workbook's date system. */
  date(year: number, month: number, day: number): FunctionResultProxy {
    const book = this.context.host.workbook;
    return new FunctionResultProxy(this.context, () => {
      const epoch = book.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      return Math.round((Date.UTC(year, month - 1, day) - epoch) / 86_400_000);
    });
  }
}

class WorksheetCollectionProxy extends CollectionProxy<FakeWorkbook, WorksheetProxy> {
  readonly #workbook: WorkbookProxy;

  constructor(context: RequestContext, workbook: WorkbookProxy) {
    super(context, 'WorksheetCollection', (request) => workbook.resolve(request), {});
    this.#workbook = workbook;
  }

  protected itemsOf(book: FakeWorkbook): WorksheetProxy[] {
    return book.sheets.map((sheet) => new WorksheetProxy(this.context, () => sheet));
  }

  /** The sheet of that name, in any case; a request that asks for one that is not there fails with ItemNotFound. */
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      (request) => {
        const sheet = this.#workbook.resolve(request)?.sheet(name);
        if (!sheet) throw officeError('ItemNotFound', undefined, 'WorksheetCollection.getItem');
        return sheet;
      },
      { created: true, member: 'WorksheetCollection.getItem' },
    );
  }

  /** ExcelApi 1.4: the sheet, or a null object (known after the request). */
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, (request) => this.#workbook.resolve(request)?.sheet(name) ?? null, {
      created: true,
      since: '1.4',
      member: 'WorksheetCollection.getItemOrNullObject',
    });
  }

  /** A new sheet at the end, under `name` (checked as Excel checks names) or the next free "SheetN". */
  add(name?: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      (request) => {
        const book = this.#workbook.resolve(request) as FakeWorkbook;
        refuseIfStructureProtected(book, 'WorksheetCollection.add');
        let free = name;
        for (let n = book.sheets.length + 1; free === undefined; n++) if (!book.sheet(`Sheet${n}`)) free = `Sheet${n}`;
        return book.addSheet(free);
      },
      { created: true, member: 'WorksheetCollection.add' },
    );
  }
}

const worksheetScalars = (context: RequestContext): Record<string, Scalar<FakeWorksheet>> => ({
  name: { read: (sheet) => sheet.name },
  visibility: {
    read: (sheet) => sheet.visibility,
    // Reading is ExcelApi 1.1; setting came with 1.2.
    write: (sheet, value) => {
      requireExcelApi(context.host.requirements, '1.2', 'Worksheet.visibility');
      const book = context.host.workbook;
      if (!VISIBILITIES.includes(value as SheetVisibility))
        throw officeError('InvalidArgument', undefined, 'Worksheet.visibility');
      if (value === sheet.visibility) return;
      refuseIfStructureProtected(book, 'Worksheet.visibility');
      if (value !== 'Visible') {
        leaveVisible(book, sheet, 'Worksheet.visibility');
        activeAfter(book, sheet);
      }
      sheet.visibility = value as SheetVisibility;
    },
  },
});

class WorksheetProxy extends ClientObject<FakeWorksheet> {
  constructor(
    context: RequestContext,
    locate: Locate<FakeWorksheet>,
    options: { created?: boolean; since?: string; member?: string } = {},
  ) {
    super(context, 'Worksheet', locate, worksheetScalars(context), options);
    this.definePart(
      'protection',
      () =>
        new PlainProxy(context, 'WorksheetProtection', (request) => this.resolve(request), protectionScalars, {
          since: '1.2',
        }),
    );
    this.definePart('freezePanes', () => new FreezePanesProxy(context, this));
    this.definePart('pageLayout', () => new PageLayoutProxy(context, this));
  }

  protected override isGone(sheet: FakeWorksheet): boolean {
    return !this.context.host.workbook.sheets.includes(sheet);
  }

  private range(member: string, since: string | undefined, at: (sheet: FakeWorksheet) => Rect | null): RangeProxy {
    return new RangeProxy(
      this.context,
      (request) => {
        const sheet = this.existing(request, member);
        const rect = at(sheet);
        return rect && { sheet, rect };
      },
      { created: true, since, member: `Worksheet.${member}` },
    );
  }

  /** The range at an A1 address, or the whole sheet. */
  getRange(address?: string): RangeProxy {
    return this.range('getRange', undefined, () =>
      address ? parseAddress(address) : { row: 0, column: 0, rows: SHEET_ROWS, columns: SHEET_COLUMNS },
    );
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return this.range('getRangeByIndexes', '1.7', () => {
      if (
        row < 0 ||
        column < 0 ||
        rows < 1 ||
        columns < 1 ||
        row + rows > SHEET_ROWS ||
        column + columns > SHEET_COLUMNS
      )
        throw officeError('InvalidArgument', undefined, 'Worksheet.getRangeByIndexes');
      return { row, column, rows, columns };
    });
  }

  /** ExcelApi 1.9: several areas as one RangeAreas; Excel takes an address list up to 8,192 characters. */
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      (request) => {
        const sheet = this.existing(request, 'getRanges');
        if (address.length > 8192)
          throw officeError('InvalidArgument', 'The address is too long.', 'Worksheet.getRanges');
        return { sheet, rects: parseAreas(address), given: address };
      },
      { created: true, since: '1.9', member: 'Worksheet.getRanges', requestBytes: jsonBytes(address) },
    );
  }

  /** The smallest range holding every value (every cell in use, `valuesOnly` false); a blank sheet's is A1. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range(
      'getUsedRange',
      undefined,
      (sheet) => usedRect(sheet, valuesOnly) ?? { row: 0, column: 0, rows: 1, columns: 1 },
    );
  }

  /** ExcelApi 1.4: as getUsedRange, but a null object for a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range('getUsedRangeOrNullObject', '1.4', (sheet) => usedRect(sheet, valuesOnly) ?? null);
  }

  /** Shows the sheet; Excel cannot show a hidden one (which code it gives is not documented: InvalidOperation here). */
  activate(): void {
    this.act('activate', undefined, (sheet) => {
      if (sheet.visibility !== 'Visible')
        throw officeError('InvalidOperation', `The sheet '${sheet.name}' is hidden.`, 'Worksheet.activate');
      this.context.host.workbook.activeSheet = sheet.name;
    });
  }

  /** Excel refuses to delete a very hidden sheet (make it hidden first) or the last visible one. */
  delete(): void {
    this.act('delete', undefined, (sheet) => {
      const book = this.context.host.workbook;
      refuseIfStructureProtected(book, 'Worksheet.delete');
      if (sheet.visibility === 'VeryHidden') throw officeError('GeneralException', undefined, 'Worksheet.delete');
      if (sheet.visibility === 'Visible') leaveVisible(book, sheet, 'Worksheet.delete');
      activeAfter(book, sheet);
      book.removeSheet(sheet.name);
    });
  }
}

function usedRect(sheet: FakeWorksheet, valuesOnly: boolean): Rect | undefined {
  const extent = sheet.usedExtent(valuesOnly);
  return (
    extent && { row: extent.rowIndex, column: extent.columnIndex, rows: extent.rowCount, columns: extent.columnCount }
  );
}

const protectionScalars: Record<string, Scalar<FakeWorksheet>> = {
  protected: { read: (sheet) => sheet.protected },
};

const pageLayoutScalars: Record<string, Scalar<FakeWorksheet>> = {
  orientation: {
    read: (sheet) => sheet.pageLayout.orientation ?? 'Portrait',
    write: (sheet, value) => {
      sheet.pageLayout.orientation = String(value);
    },
  },
  zoom: {
    read: (sheet) => sheet.pageLayout.zoom ?? { scale: 100 },
    write: (sheet, value) => {
      sheet.pageLayout.zoom = value as FakeWorksheet['pageLayout']['zoom'];
    },
  },
  printGridlines: {
    read: (sheet) => sheet.pageLayout.printGridlines ?? false,
    write: (sheet, value) => {
      sheet.pageLayout.printGridlines = value === true;
    },
  },
};

/** ExcelApi 1.9: how the sheet prints. */
class PageLayoutProxy extends ClientObject<FakeWorksheet> {
  constructor(context: RequestContext, sheet: WorksheetProxy) {
    super(context, 'PageLayout', (request) => sheet.resolve(request), pageLayoutScalars, { since: '1.9' });
  }

  /** PageLayout (ExcelApi 1.9): the rows printed at the top of every page ("$1:$1"). */
  setPrintTitleRows(rows: string): void {
    this.act('setPrintTitleRows', '1.9', (sheet) => {
      sheet.pageLayout.titleRows = rows;
    });
  }
}

class FreezePanesProxy extends ClientObject<FakeWorksheet> {
  constructor(context: RequestContext, sheet: WorksheetProxy) {
    super(context, 'WorksheetFreezePanes', (request) => sheet.resolve(request), {}, { since: '1.7' });
  }

  freezeRows(count = 1): void {
    this.act('freezeRows', '1.7', (sheet) => {
      sheet.frozenRows = count;
    });
  }
}
