/**
 * The fake Excel.Range and what hangs off it: its format (font, fill, widths), RangeAreas
 * (ExcelApi 1.9), merged areas (1.13) and column properties (1.9). Cell grids are built only when
 * a request loads them, at that point in the request, and counted in the response; a range of more
 * than five million cells cannot be got at all (RangeExceedsLimit). A protected sheet refuses
 * every write to its cells (AccessDenied); a range on a hidden sheet cannot be selected.
 */
import { a1, contains, parseAddress, qualified, Rect, SHEET_COLUMNS, SHEET_ROWS } from './a1-addresses';
import { clearCells, refuseIfProtected, styleCells, writeGrid, writeLink, writeWidth } from './cell-writes';
import { ClientObject, PlainProxy, ProxyOptions, Scalar } from './client-object';
import { ConditionalFormatCollectionProxy } from './conditional-format-proxies';
import type { FakeCell, FakeWorksheet } from './fake-workbook';
import { officeError, valueNotLoaded } from './office-errors';
import { jsonBytes } from './payload-limits';
import type { RequestContext, RunningRequest } from './request-context';
import { requireExcelApi } from './requirement-sets';

/** Where a range is: its sheet and its block of cells. */
export interface RangeTarget {
  sheet: FakeWorksheet;
  rect: Rect;
}

/** Points Excel gives a column at the standard width. */
const STANDARD_WIDTH = 48;

function grid<V>(
  { sheet, rect }: RangeTarget,
  request: RunningRequest,
  pick: (cell: FakeCell | undefined) => V,
): V[][] | null {
  const cells = rect.rows * rect.columns;
  if (cells > request.host.limits.maxCellsPerGet) {
    if (request.host.limits.oversizedGet === 'null') return null;
    throw officeError('RangeExceedsLimit', undefined, 'Range');
  }
  request.countCells(rect, cells);
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.columns }, (_, c) => pick(sheet.get(rect.row + r, rect.column + c))),
  );
}

const shown = (cell: FakeCell | undefined) => (cell && cell.type !== 'Empty' ? cell.value : '');

/** A property written cell by cell over the range, refused on a protected sheet. */
function written(member: string, write: (target: RangeTarget, value: unknown) => void) {
  return (target: RangeTarget, value: unknown) => {
    refuseIfProtected(target.sheet, member);
    write(target, value);
  };
}

const rangeScalars: Record<string, Scalar<RangeTarget>> = {
  values: {
    read: (target, request) => grid(target, request, shown),
    write: written('Range.values', ({ sheet, rect }, value) => writeGrid(sheet, rect, 'values', value)),
    counted: true,
  },
  valueTypes: { read: (target, request) => grid(target, request, (cell) => cell?.type ?? 'Empty'), counted: true },
  numberFormat: {
    read: (target, request) => grid(target, request, (cell) => cell?.format ?? 'General'),
    write: written('Range.numberFormat', ({ sheet, rect }, value) => writeGrid(sheet, rect, 'numberFormat', value)),
    counted: true,
  },
  formulas: {
    read: (target, request) => grid(target, request, (cell) => cell?.formula ?? shown(cell)),
    write: written('Range.formulas', ({ sheet, rect }, value) => writeGrid(sheet, rect, 'formulas', value)),
    counted: true,
  },
  address: { read: ({ sheet, rect }) => qualified(sheet.name, a1(rect.row, rect.column, rect.rows, rect.columns)) },
  rowIndex: { read: ({ rect }) => rect.row },
  columnIndex: { read: ({ rect }) => rect.column },
  rowCount: { read: ({ rect }) => rect.rows },
  columnCount: { read: ({ rect }) => rect.columns },
  hyperlink: {
    read: ({ sheet, rect }) => {
      const link = sheet.get(rect.row, rect.column)?.hyperlink;
      return link === undefined ? null : { documentReference: link };
    },
    write: written('Range.hyperlink', ({ sheet, rect }, value) =>
      writeLink(sheet, rect, value as Excel.RangeHyperlink),
    ),
    since: '1.7',
  },
};

/** One look of the range's top-left cell, as Excel reports a look it cannot tell apart cell by cell. */
function topLeft<K extends keyof FakeCell>(key: K, otherwise: FakeCell[K]) {
  return ({ sheet, rect }: RangeTarget) => sheet.get(rect.row, rect.column)?.[key] ?? otherwise;
}

/** A width Excel reports for the range's columns: the same for all, or null. */
function columnsAlike<V>({ rect }: RangeTarget, of: (column: number) => V): V | null {
  const first = of(rect.column);
  for (let c = rect.column + 1; c < rect.column + rect.columns; c++) if (of(c) !== first) return null;
  return first;
}

const VERTICAL_ALIGNMENTS = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

const formatScalars: Record<string, Scalar<RangeTarget>> = {
  columnWidth: {
    read: (target) => columnsAlike(target, (c) => target.sheet.widths.get(c) ?? STANDARD_WIDTH),
    write: written('RangeFormat.columnWidth', ({ sheet, rect }, value) => {
      if (typeof value !== 'number' || !(value >= 0))
        throw officeError('InvalidArgument', undefined, 'RangeFormat.columnWidth');
      writeWidth(sheet, rect, value);
    }),
    since: '1.2',
  },
  useStandardWidth: {
    read: (target) => columnsAlike(target, (c) => !target.sheet.widths.has(c)),
    write: written('RangeFormat.useStandardWidth', ({ sheet, rect }, value) => {
      if (value === true) writeWidth(sheet, rect, 'standard');
    }),
    since: '1.7',
  },
  wrapText: {
    read: topLeft('wrap', false),
    write: written('RangeFormat.wrapText', ({ sheet, rect }, value) =>
      styleCells(sheet, rect, { wrap: value === true }),
    ),
  },
  verticalAlignment: {
    read: () => 'Bottom',
    write: written('RangeFormat.verticalAlignment', (_target, value) => {
      if (!VERTICAL_ALIGNMENTS.includes(String(value)))
        throw officeError('InvalidArgument', undefined, 'RangeFormat.verticalAlignment');
    }),
  },
};

const fontScalars: Record<string, Scalar<RangeTarget>> = {
  bold: {
    read: topLeft('bold', false),
    write: written('RangeFont.bold', ({ sheet, rect }, value) => styleCells(sheet, rect, { bold: value === true })),
  },
  color: {
    read: topLeft('colour', '#000000'),
    write: written('RangeFont.color', ({ sheet, rect }, value) => styleCells(sheet, rect, { colour: String(value) })),
  },
};

const fillScalars: Record<string, Scalar<RangeTarget>> = {
  color: {
    read: topLeft('fill', '#FFFFFF'),
    write: written('RangeFill.color', ({ sheet, rect }, value) => styleCells(sheet, rect, { fill: String(value) })),
  },
};

abstract class OnSheet<T extends { sheet: FakeWorksheet }> extends ClientObject<T> {
  protected override isGone(target: T): boolean {
    return !this.context.host.workbook.sheets.includes(target.sheet);
  }
}

class RangeFormatProxy extends OnSheet<RangeTarget> {
  constructor(context: RequestContext, range: RangeProxy) {
    super(context, 'RangeFormat', (request) => range.resolve(request), formatScalars);
    this.definePart(
      'font',
      () => new PlainProxy(context, 'RangeFont', (request) => this.resolve(request), fontScalars),
    );
    this.definePart(
      'fill',
      () => new PlainProxy(context, 'RangeFill', (request) => this.resolve(request), fillScalars),
    );
  }

  /** ExcelApi 1.2: the fake has no row heights to fit, but a protected sheet still refuses. */
  autofitRows(): void {
    this.act('autofitRows', '1.2', ({ sheet }) => refuseIfProtected(sheet, 'RangeFormat.autofitRows'));
  }
}

/** A method's result that is a plain value (OfficeExtension.ClientResult): `value` once the request has run. */
export class ClientResult<V> {
  private result?: { value: V };

  constructor(context: RequestContext, compute: (request: RunningRequest) => V) {
    context.host.proxyCount += 1;
    context.enqueue({
      requestBytes: 0,
      run: (request) => {
        const value = compute(request);
        request.responseBytes += jsonBytes(value);
        request.onSuccess(() => {
          this.result = { value };
        });
      },
    });
  }

  get value(): V {
    if (!this.result) throw valueNotLoaded();
    return this.result.value;
  }
}

/** Several areas of one sheet (ExcelApi 1.9), or a range's merged areas (1.13); the address lists them all. */
export interface AreasTarget {
  sheet: FakeWorksheet;
  rects: Rect[];
  /** The address list as given to getRanges, which a conditional format added over the areas keeps. */
  given: string;
}

export class RangeAreasProxy extends OnSheet<AreasTarget> {
  constructor(context: RequestContext, locate: (request: RunningRequest) => AreasTarget | null, options: ProxyOptions) {
    super(
      context,
      'RangeAreas',
      locate,
      {
        address: {
          read: ({ sheet, rects }) =>
            rects.map((r) => qualified(sheet.name, a1(r.row, r.column, r.rows, r.columns))).join(', '),
        },
      },
      options,
    );
    this.definePart(
      'conditionalFormats',
      () =>
        new ConditionalFormatCollectionProxy(context, (request) => {
          const target = this.resolve(request);
          return target && { sheet: target.sheet, rects: target.rects, appliesTo: target.given };
        }),
    );
  }
}

/**
 * The rectangle whose top-left edges are `outer` (min or max) of two ranges' and whose bottom-right
 * edges are the other: min gives the bounding rectangle, max the intersection (empty if none).
 */
function edges(outer: (x: number, y: number) => number, a: Rect, b: Rect): Rect {
  const inner = outer === Math.min ? Math.max : Math.min;
  const row = outer(a.row, b.row);
  const column = outer(a.column, b.column);
  return {
    row,
    column,
    rows: inner(a.row + a.rows, b.row + b.rows) - row,
    columns: inner(a.column + a.columns, b.column + b.columns) - column,
  };
}

export class RangeProxy extends OnSheet<RangeTarget> {
  constructor(context: RequestContext, locate: (request: RunningRequest) => RangeTarget | null, options: ProxyOptions) {
    super(context, 'Range', locate, rangeScalars, options);
    this.definePart('format', () => new RangeFormatProxy(context, this));
    this.definePart(
      'conditionalFormats',
      () =>
        new ConditionalFormatCollectionProxy(context, (request) => {
          const target = this.resolve(request);
          if (!target) return null;
          const { row, column, rows, columns } = target.rect;
          return { sheet: target.sheet, rects: [target.rect], appliesTo: a1(row, column, rows, columns) };
        }),
    );
  }

  /** A range worked out from this one when the request runs (ExcelApi `since`). */
  private derived(member: string, since: string | undefined, rect: (from: Rect) => Rect): RangeProxy {
    return new RangeProxy(
      this.context,
      (request) => {
        const { sheet, rect: from } = this.existing(request, member);
        const to = rect(from);
        if (to.rows < 1 || to.columns < 1 || to.row + to.rows > SHEET_ROWS || to.column + to.columns > SHEET_COLUMNS)
          throw officeError('InvalidArgument', 'The range would go off the sheet.', `Range.${member}`);
        return { sheet, rect: to };
      },
      { created: true, since, member: `Range.${member}` },
    );
  }

  getEntireColumn(): RangeProxy {
    return this.derived('getEntireColumn', undefined, (r) => ({ ...r, row: 0, rows: SHEET_ROWS }));
  }

  getRow(offset: number): RangeProxy {
    return this.derived('getRow', undefined, (r) => ({ ...r, row: r.row + offset, rows: 1 }));
  }

  /** The smallest range holding this one and `other` (a range or an address on the same sheet). */
  getBoundingRect(other: RangeProxy | string): RangeProxy {
    return this.paired('getBoundingRect', other, (a, b) => edges(Math.min, a, b));
  }

  /** The cells this range shares with `other`; ItemNotFound when they share none. */
  getIntersection(other: RangeProxy | string): RangeProxy {
    return this.paired('getIntersection', other, (a, b) => {
      const shared = edges(Math.max, a, b);
      if (shared.rows < 1 || shared.columns < 1)
        throw officeError('ItemNotFound', 'The ranges do not intersect.', 'Range.getIntersection');
      return shared;
    });
  }

  /** A range from this one and another on the same sheet (ExcelApi 1.1). */
  private paired(member: string, other: RangeProxy | string, combine: (a: Rect, b: Rect) => Rect): RangeProxy {
    return new RangeProxy(
      this.context,
      (request) => {
        const { sheet, rect } = this.existing(request, member);
        const theirs =
          typeof other === 'string' ? { sheet, rect: parseAddress(other) } : other.existing(request, member);
        if (theirs.sheet !== sheet)
          throw officeError('InvalidArgument', 'The ranges are on different sheets.', `Range.${member}`);
        return { sheet, rect: combine(rect, theirs.rect) };
      },
      { created: true, member: `Range.${member}` },
    );
  }

  /** ExcelApi 1.2. */
  getResizedRange(moreRows: number, moreColumns: number): RangeProxy {
    return this.derived('getResizedRange', '1.2', (r) => ({
      ...r,
      rows: r.rows + moreRows,
      columns: r.columns + moreColumns,
    }));
  }

  /** Empties the range: everything ('All'), the values and formulas ('Contents') or the look ('Formats'). */
  clear(applyTo: 'All' | 'Contents' | 'Formats' | 'Hyperlinks' = 'All'): void {
    this.act('clear', undefined, ({ sheet, rect }) => {
      refuseIfProtected(sheet, 'Range.clear');
      clearCells(sheet, rect, applyTo);
    });
  }

  /**
   * Selects the range, showing its sheet. Excel cannot select on a hidden sheet; which code it gives
   * is not documented (InvalidSelection here).
   */
  select(): void {
    this.act('select', undefined, ({ sheet, rect }) => {
      if (sheet.visibility !== 'Visible')
        throw officeError('InvalidSelection', `The sheet '${sheet.name}' is hidden.`, 'Range.select');
      const book = this.context.host.workbook;
      book.activeSheet = sheet.name;
      book.selection = { sheet: sheet.name, address: a1(rect.row, rect.column, rect.rows, rect.columns) };
    });
  }

  /** ExcelApi 1.9: each column's index and width, a plain value once the request has run. */
  getColumnProperties(properties: Excel.CellPropertiesLoadOptions): ClientResult<Excel.CellProperties[]> {
    const requirements = this.context.host.requirements;
    return new ClientResult(this.context, (request) => {
      requireExcelApi(requirements, '1.9', 'Range.getColumnProperties');
      const { sheet, rect } = this.existing(request, 'getColumnProperties');
      const wanted = properties as {
        columnIndex?: boolean;
        format?: { columnWidth?: boolean; useStandardWidth?: boolean };
      };
      return Array.from({ length: rect.columns }, (_, i) => {
        const c = rect.column + i;
        const format = {
          ...(wanted.format?.columnWidth ? { columnWidth: sheet.widths.get(c) ?? STANDARD_WIDTH } : {}),
          ...(wanted.format?.useStandardWidth ? { useStandardWidth: !sheet.widths.has(c) } : {}),
        };
        return { ...(wanted.columnIndex ? { columnIndex: c } : {}), ...(wanted.format ? { format } : {}) };
      }) as Excel.CellProperties[];
    });
  }

  /** ExcelApi 1.13: the merged areas inside the range, as one RangeAreas; a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      (request) => {
        const { sheet, rect } = this.existing(request, 'getMergedAreasOrNullObject');
        const inside = sheet.merges.map(parseAddress).filter((area) => contains(rect, area));
        return inside.length > 0 ? { sheet, rects: inside, given: '' } : null;
      },
      { created: true, since: '1.13', member: 'Range.getMergedAreasOrNullObject' },
    );
  }
}
