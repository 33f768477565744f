/*
 * TEST HOST ONLY — never shipped. The browser test serves this file in place of Microsoft's
 * Office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js) so the built task pane
 * and ribbon command run in Chromium against an in-memory workbook.
 *
 * It simulates the part of Office.js the add-in uses: Office.onReady, requirement sets, document
 * settings, the dialog API, Office.actions, and Excel.run with a request context whose proxies
 * must be loaded and synced before their properties are read (reading early throws
 * PropertyNotLoaded, as Office does). Writes act on the workbook at once; loads resolve at sync.
 *
 * Configure before the page loads: window.__FAKE_OFFICE__ = { workbook, host, requirements,
 * syncDelay (ms per request, to watch progress), date1904, theme (Office.context.officeTheme) }; a sheet
 * spec may list `merges` (A1 ranges).
 * Inspect from the test through window.__fakeExcel.
 */
(function () {
  'use strict';

  var config = window.__FAKE_OFFICE__ || {};
  var SHEET_ROWS = 1048576;
  var SHEET_COLUMNS = 16384;

  // ---- the workbook model -------------------------------------------------------------

  function cellFrom(input) {
    if (input === null || input === undefined || input === '') return null;
    if (typeof input === 'string') return { value: input, type: 'String', format: 'General' };
    if (typeof input === 'number') return { value: input, type: 'Double', format: 'General' };
    if (typeof input === 'boolean') return { value: input, type: 'Boolean', format: 'General' };
    if (input.error) return { value: input.error, type: 'Error', format: 'General' };
    return { value: input.value, type: 'Double', format: input.format || 'General' };
  }

  function newSheet(name) {
    return {
      name: name,
      cells: new Map(),
      formats: [],
      widths: new Map(),
      protected: false,
      frozenRows: 0,
      visibility: 'Visible',
    };
  }

  function key(row, column) {
    return row + ',' + column;
  }

  var workbook = { sheets: [], active: null, selection: null, structureProtected: false };
  (config.workbook ? config.workbook.sheets : []).forEach(function (spec) {
    var sheet = newSheet(spec.name);
    var top = spec.row || 0;
    var left = spec.column || 0;
    (spec.rows || []).forEach(function (cells, r) {
      cells.forEach(function (input, c) {
        var cell = cellFrom(input);
        if (cell) sheet.cells.set(key(top + r, left + c), cell);
      });
    });
    sheet.merges = spec.merges || [];
    sheet.protected = Boolean(spec.protected);
    sheet.visibility = spec.visibility || 'Visible';
    workbook.sheets.push(sheet);
  });
  workbook.active = workbook.sheets.length ? workbook.sheets[0].name : null;

  /** Excel finds a sheet by its name in any case. */
  function findSheet(name) {
    return workbook.sheets.filter(function (s) {
      return s.name.toUpperCase() === String(name).toUpperCase();
    })[0];
  }

  function usedExtent(sheet) {
    var rows = [];
    var columns = [];
    sheet.cells.forEach(function (cell, k) {
      if (cell.type === 'Empty' && !cell.formula) return;
      var parts = k.split(',');
      rows.push(Number(parts[0]));
      columns.push(Number(parts[1]));
    });
    if (!rows.length) return null;
    var top = Math.min.apply(null, rows);
    var left = Math.min.apply(null, columns);
    return {
      rowIndex: top,
      columnIndex: left,
      rowCount: Math.max.apply(null, rows) - top + 1,
      columnCount: Math.max.apply(null, columns) - left + 1,
    };
  }

  function columnName(index) {
    var n = index + 1;
    var name = '';
    while (n > 0) {
      name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
      n = Math.floor((n - 1) / 26);
    }
    return name;
  }

  function a1(row, column, rows, columns) {
    var start = columnName(column) + (row + 1);
    if (rows === 1 && columns === 1) return start;
    return start + ':' + columnName(column + columns - 1) + (row + rows);
  }

  function parseAddress(address) {
    var parts = address.replace(/\$/g, '').split(':');
    function point(text) {
      var m = /^([A-Z]+)(\d+)$/i.exec(text.trim());
      if (!m)
        throw excelError(
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format: ' + address,
        );
      var column = 0;
      m[1]
        .toUpperCase()
        .split('')
        .forEach(function (ch) {
          column = column * 26 + ch.charCodeAt(0) - 64;
        });
      return [Number(m[2]) - 1, column - 1];
    }
    var a = point(parts[0]);
    var b = point(parts[1] || parts[0]);
    return {
      row: Math.min(a[0], b[0]),
      column: Math.min(a[1], b[1]),
      rows: Math.abs(b[0] - a[0]) + 1,
      columns: Math.abs(b[1] - a[1]) + 1,
    };
  }

  function excelError(code, message) {
    var error = new Error(message);
    error.code = code;
    error.name = 'RichApi.Error';
    return error;
  }

  function guardWrite(sheet) {
    if (sheet.protected) throw excelError('AccessDenied', 'The cell or chart you are trying to change is protected.');
  }

  // ---- proxies -------------------------------------------------------------------------

  var stats = { syncs: 0, suspends: 0, runs: 0 };

  function Context() {
    this.pending = [];
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: function () {
        stats.suspends += 1;
      },
    };
  }
  Context.prototype.sync = function () {
    var pending = this.pending;
    this.pending = [];
    stats.syncs += 1;
    return new Promise(function (resolve, reject) {
      window.setTimeout(function () {
        try {
          pending.forEach(function (entry) {
            entry.proxy._resolve(entry.path);
          });
          resolve();
        } catch (error) {
          reject(error);
        }
      }, config.syncDelay || 0);
    });
  };

  /** Base for loadable proxies: `load` queues paths, `sync` fills `_loaded`, `_get` enforces it. */
  function makeLoadable(proxy, context, read) {
    proxy._context = context;
    proxy._loaded = {};
    proxy._read = read;
    proxy.isNullObject = false;
    proxy.load = function (properties) {
      var list = Array.isArray(properties) ? properties : String(properties || '').split(',');
      list.forEach(function (path) {
        path = path.trim();
        if (path) context.pending.push({ proxy: proxy, path: path });
      });
      return proxy;
    };
    proxy._resolve = function (path) {
      var slash = path.indexOf('/');
      if (slash >= 0) {
        var head = path.slice(0, slash);
        var rest = path.slice(slash + 1);
        if (head === 'items') {
          // Several paths through items (items/type, items/custom/...) share one set of items.
          if (!('items' in proxy._loaded)) proxy._loaded.items = proxy._read('items');
          proxy._loaded.items.forEach(function (item) {
            item._resolve(rest);
          });
        } else {
          proxy[head]._resolve(rest);
        }
        return;
      }
      proxy._loaded[path] = proxy._read(path);
    };
    proxy._get = function (name) {
      if (!(name in proxy._loaded)) {
        throw excelError(
          'PropertyNotLoaded',
          "The property '" + name + "' is not available. Load it and call context.sync() first.",
        );
      }
      return proxy._loaded[name];
    };
    return proxy;
  }

  function scalar(proxy, name, setter) {
    Object.defineProperty(proxy, name, {
      get: function () {
        return proxy._get(name);
      },
      set: setter
        ? function (value) {
            setter(value);
            delete proxy._loaded[name];
          }
        : function () {
            throw new Error(name + ' is read-only');
          },
    });
  }

  function WorkbookProxy(context) {
    var self = this;
    this.worksheets = new WorksheetCollection(context);
    this.functions = {
      date: function (year) {
        // DATE(1904,1,1) is 0 in the 1904 date system and 1462 in the 1900 system.
        var result = makeLoadable({}, context, function () {
          return year === 1904 && config.date1904 ? 0 : 1462;
        });
        scalar(result, 'value');
        return result;
      },
    };
    this.protection = makeLoadable({}, context, function () {
      return workbook.structureProtected;
    });
    scalar(this.protection, 'protected');
    return self;
  }

  function WorksheetCollection(context) {
    var self = makeLoadable(this, context, function (name) {
      if (name !== 'items') throw excelError('InvalidArgument', 'Unknown property ' + name);
      return workbook.sheets.map(function (sheet) {
        return new Worksheet(context, sheet);
      });
    });
    scalar(self, 'items');
    self.getItem = function (name) {
      var sheet = findSheet(name);
      if (!sheet) throw excelError('ItemNotFound', "The requested resource doesn't exist.");
      return new Worksheet(context, sheet);
    };
    self.getItemOrNullObject = function (name) {
      var sheet = findSheet(name);
      if (sheet) return new Worksheet(context, sheet);
      var missing = new Worksheet(context, newSheet(name));
      missing.isNullObject = true;
      return missing;
    };
    // As strict as Excel: no name twice in any case, at most 31 characters, none of []:*?/\ .
    self.add = function (name) {
      if (findSheet(name)) throw excelError('ItemAlreadyExists', 'A sheet with the name ' + name + ' already exists.');
      if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
        throw excelError('InvalidArgument', 'The sheet name ' + name + ' is not allowed.');
      if (workbook.structureProtected) throw excelError('AccessDenied', 'The workbook is protected.');
      var sheet = newSheet(name);
      workbook.sheets.push(sheet);
      return new Worksheet(context, sheet);
    };
  }

  function Worksheet(context, sheet) {
    var self = makeLoadable(this, context, function (name) {
      if (name === 'name') return sheet.name;
      if (name === 'visibility') return sheet.visibility;
      throw excelError('InvalidArgument', 'Unknown property ' + name);
    });
    scalar(self, 'name');
    Object.defineProperty(self, 'visibility', {
      get: function () {
        return sheet.visibility;
      },
      set: function (value) {
        if (workbook.structureProtected) throw excelError('AccessDenied', 'The workbook is protected.');
        sheet.visibility = value;
      },
    });
    self.protection = makeLoadable({}, context, function () {
      return sheet.protected;
    });
    scalar(self.protection, 'protected');
    self.freezePanes = {
      freezeRows: function (count) {
        sheet.frozenRows = count;
      },
    };
    // ExcelApi 1.9: the print set-up, kept as given.
    sheet.pageLayout = sheet.pageLayout || {};
    self.pageLayout = {
      set orientation(value) {
        sheet.pageLayout.orientation = value;
      },
      set zoom(value) {
        sheet.pageLayout.zoom = value;
      },
      set printGridlines(value) {
        sheet.pageLayout.printGridlines = value;
      },
      setPrintTitleRows: function (rows) {
        sheet.pageLayout.titleRows = rows;
      },
    };
    self.getRangeByIndexes = function (row, column, rows, columns) {
      return new Range(context, sheet, row, column, rows, columns);
    };
    self.getRange = function (address) {
      if (!address) return new Range(context, sheet, 0, 0, SHEET_ROWS, SHEET_COLUMNS);
      var p = parseAddress(address);
      return new Range(context, sheet, p.row, p.column, p.rows, p.columns);
    };
    self.getRanges = function (address) {
      if (address.length > 8192) throw excelError('InvalidArgument', 'The address is too long.');
      address.split(',').forEach(parseAddress);
      return { conditionalFormats: new ConditionalFormatCollection(context, sheet, address) };
    };
    self.getUsedRangeOrNullObject = function () {
      var extent = usedExtent(sheet);
      if (!extent) {
        var empty = new Range(context, sheet, 0, 0, 1, 1);
        empty.isNullObject = true;
        return empty;
      }
      return new Range(context, sheet, extent.rowIndex, extent.columnIndex, extent.rowCount, extent.columnCount);
    };
    // A blank sheet's used range is A1, as Office.js documents for getUsedRange.
    self.getUsedRange = function () {
      var extent = usedExtent(sheet);
      if (!extent) return new Range(context, sheet, 0, 0, 1, 1);
      return new Range(context, sheet, extent.rowIndex, extent.columnIndex, extent.rowCount, extent.columnCount);
    };
    self.activate = function () {
      workbook.active = sheet.name;
    };
    self.delete = function () {
      if (workbook.structureProtected) throw excelError('AccessDenied', 'The workbook is protected.');
      if (sheet.visibility === 'VeryHidden')
        throw excelError('InvalidOperation', 'A very hidden sheet cannot be deleted.');
      workbook.sheets = workbook.sheets.filter(function (s) {
        return s !== sheet;
      });
    };
  }

  function Range(context, sheet, row, column, rows, columns) {
    function grid(pick) {
      if (rows * columns > 2000000) throw excelError('ResponsePayloadSizeLimitExceeded', 'Too many cells.');
      var out = [];
      for (var r = 0; r < rows; r++) {
        var line = [];
        for (var c = 0; c < columns; c++) line.push(pick(sheet.cells.get(key(row + r, column + c))));
        out.push(line);
      }
      return out;
    }
    var address = a1(row, column, rows, columns);
    var self = makeLoadable(this, context, function (name) {
      switch (name) {
        case 'values':
          return grid(function (cell) {
            return cell && cell.type !== 'Empty' ? cell.value : '';
          });
        case 'valueTypes':
          return grid(function (cell) {
            return cell ? cell.type : 'Empty';
          });
        case 'numberFormat':
          return grid(function (cell) {
            return cell ? cell.format : 'General';
          });
        case 'formulas':
          return grid(function (cell) {
            return cell ? cell.formula || cell.value : '';
          });
        case 'rowIndex':
          return row;
        case 'columnIndex':
          return column;
        case 'rowCount':
          return rows;
        case 'columnCount':
          return columns;
        case 'address':
          return sheet.name + '!' + address;
        default:
          throw excelError('InvalidArgument', 'Unknown property ' + name);
      }
    });

    function eachCell(input, apply) {
      guardWrite(sheet);
      if (!Array.isArray(input) || input.length !== rows)
        throw excelError('InvalidArgument', 'The number of rows does not match the range.');
      input.forEach(function (line, r) {
        if (!Array.isArray(line) || line.length !== columns)
          throw excelError('InvalidArgument', 'The number of columns does not match the range.');
        line.forEach(function (value, c) {
          var k = key(row + r, column + c);
          var cell = sheet.cells.get(k) || { value: '', type: 'Empty', format: 'General' };
          sheet.cells.set(k, apply(cell, value));
        });
      });
    }

    function storeValue(cell, value) {
      var next = Object.assign({}, cell);
      delete next.formula;
      if (typeof value === 'string') {
        // A leading apostrophe is Excel's text prefix and not part of the value.
        var text = value.charAt(0) === "'" ? value.slice(1) : value;
        if (text.charAt(0) === '=' && value.charAt(0) !== "'" && cell.format !== '@') {
          next.formula = text;
          next.value = '';
          next.type = 'String';
          return next;
        }
        next.value = text;
        next.type = text === '' ? 'Empty' : 'String';
      } else if (typeof value === 'number') {
        next.value = value;
        next.type = 'Double';
      } else if (typeof value === 'boolean') {
        next.value = value;
        next.type = 'Boolean';
      }
      return next;
    }

    scalar(self, 'values', function (input) {
      eachCell(input, storeValue);
    });
    scalar(self, 'formulas', function (input) {
      eachCell(input, function (cell, value) {
        if (typeof value === 'string' && value.charAt(0) === '=') {
          var shown = /^=HYPERLINK\(".*","(.*)"\)$/.exec(value);
          return Object.assign({}, cell, { formula: value, value: shown ? shown[1] : '', type: 'String' });
        }
        return storeValue(cell, value);
      });
    });
    scalar(self, 'numberFormat', function (input) {
      eachCell(input, function (cell, format) {
        return Object.assign({}, cell, { format: String(format) });
      });
    });
    scalar(self, 'valueTypes');
    ['rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'address'].forEach(function (name) {
      scalar(self, name);
    });

    var format = makeLoadable({}, context, function (name) {
      if (name === 'columnWidth') return sheet.widths.has(column) ? sheet.widths.get(column) : 48;
      if (name === 'useStandardWidth') return !sheet.widths.has(column);
      throw excelError('InvalidArgument', 'Unknown property ' + name);
    });
    scalar(format, 'columnWidth', function (width) {
      guardWrite(sheet);
      for (var c = column; c < column + columns; c++) sheet.widths.set(c, width);
    });
    scalar(format, 'useStandardWidth', function (standard) {
      if (!standard) return;
      for (var c = column; c < column + columns; c++) sheet.widths.delete(c);
    });
    format.font = {};
    // Bold or a font colour written over the range, kept cell by cell.
    ['bold', 'color'].forEach(function (property) {
      Object.defineProperty(format.font, property, {
        set: function (value) {
          guardWrite(sheet);
          var look = property === 'bold' ? { bold: value } : { colour: value };
          for (var r = row; r < row + Math.min(rows, 1000); r++) {
            for (var c = column; c < column + Math.min(columns, 100); c++) {
              var k = key(r, c);
              sheet.cells.set(
                k,
                Object.assign({ value: '', type: 'Empty', format: 'General' }, sheet.cells.get(k), look),
              );
            }
          }
        },
      });
    });
    format.fill = { color: '' };
    format.autofitRows = function () {};
    self.format = format;
    // ExcelApi 1.7: a link from each cell of the range to a place in the workbook.
    Object.defineProperty(self, 'hyperlink', {
      set: function (link) {
        guardWrite(sheet);
        for (var r = row; r < row + rows; r++) {
          for (var c = column; c < column + columns; c++) {
            var k = key(r, c);
            sheet.cells.set(
              k,
              Object.assign({ value: '', type: 'Empty', format: 'General' }, sheet.cells.get(k), {
                hyperlink: link.documentReference,
              }),
            );
          }
        }
      },
    });
    self.conditionalFormats = new ConditionalFormatCollection(context, sheet, address);
    self.clear = function () {
      guardWrite(sheet);
      Array.from(sheet.cells.keys()).forEach(function (k) {
        var p = k.split(',').map(Number);
        if (p[0] >= row && p[0] < row + rows && p[1] >= column && p[1] < column + columns) sheet.cells.delete(k);
      });
    };
    self.select = function () {
      workbook.selection = { sheet: sheet.name, address: address };
    };
    // ExcelApi 1.13: the merged areas inside this range, as one RangeAreas (a null object when none).
    self.getMergedAreasOrNullObject = function () {
      if (!versionAtLeast(requirements.ExcelApi || '0', '1.13'))
        throw excelError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13.');
      var inside = (sheet.merges || []).filter(function (range) {
        var p = parseAddress(range);
        return (
          p.row >= row && p.column >= column && p.row + p.rows <= row + rows && p.column + p.columns <= column + columns
        );
      });
      var areas = makeLoadable({}, context, function (name) {
        if (name !== 'address') throw excelError('InvalidArgument', 'Unknown property ' + name);
        return inside
          .map(function (range) {
            return "'" + sheet.name.replace(/'/g, "''") + "'!" + range;
          })
          .join(', ');
      });
      scalar(areas, 'address');
      areas.isNullObject = inside.length === 0;
      return areas;
    };
    self.getEntireColumn = function () {
      return new Range(context, sheet, 0, column, SHEET_ROWS, columns);
    };
    self.getRow = function (offset) {
      return new Range(context, sheet, row + offset, column, 1, columns);
    };
    self.getResizedRange = function (moreRows, moreColumns) {
      return new Range(context, sheet, row, column, rows + moreRows, columns + moreColumns);
    };
    // ExcelApi 1.9: a ClientResult whose value is there once the request has been sent.
    self.getColumnProperties = function () {
      var result = makeLoadable({}, context, function () {
        var out = [];
        for (var c = column; c < column + columns; c++) {
          out.push({
            columnIndex: c,
            format: {
              columnWidth: sheet.widths.has(c) ? sheet.widths.get(c) : 48,
              useStandardWidth: !sheet.widths.has(c),
            },
          });
        }
        return out;
      });
      scalar(result, 'value');
      context.pending.push({ proxy: result, path: 'value' });
      return result;
    };
  }

  function ConditionalFormatCollection(context, sheet, appliesTo) {
    var self = makeLoadable(this, context, function (name) {
      if (name !== 'items') throw excelError('InvalidArgument', 'Unknown property ' + name);
      return sheet.formats.map(function (rule) {
        return new ConditionalFormat(context, sheet, rule);
      });
    });
    scalar(self, 'items');
    self.add = function (type) {
      guardWrite(sheet);
      var rule = { type: type, formula: '', fill: '', font: '', appliesTo: appliesTo };
      sheet.formats.push(rule);
      return new ConditionalFormat(context, sheet, rule);
    };
  }

  function ConditionalFormat(context, sheet, rule) {
    var self = makeLoadable(this, context, function (name) {
      if (name === 'type') return rule.type;
      throw excelError('InvalidArgument', 'Unknown property ' + name);
    });
    scalar(self, 'type');
    var customRule = makeLoadable({}, context, function (name) {
      if (name === 'formula') return rule.formula;
      throw excelError('InvalidArgument', 'Unknown property ' + name);
    });
    scalar(customRule, 'formula', function (formula) {
      rule.formula = formula;
    });
    self.customOrNullObject = { isNullObject: rule.type !== 'Custom', rule: customRule };
    self.customOrNullObject._resolve = function (path) {
      if (path.indexOf('rule/') === 0) customRule._resolve(path.slice(5));
    };
    self.custom = {
      rule: customRule,
      format: {
        fill: {
          set color(value) {
            rule.fill = value;
          },
        },
        font: {
          set color(value) {
            rule.font = value;
          },
        },
      },
    };
    self.delete = function () {
      sheet.formats = sheet.formats.filter(function (r) {
        return r !== rule;
      });
    };
  }

  // ---- Office and Excel ----------------------------------------------------------------

  var requirements = config.requirements || { ExcelApi: '1.13', DialogApi: '1.2' };
  var settings = {};
  var actions = {};
  var dialogs = [];

  function versionAtLeast(have, want) {
    var a = String(have).split('.').map(Number);
    var b = String(want || '1.1')
      .split('.')
      .map(Number);
    return a[0] > b[0] || (a[0] === b[0] && (a[1] || 0) >= (b[1] || 0));
  }

  window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    onReady: function (callback) {
      var info = { host: 'host' in config ? config.host : 'Excel', platform: 'OfficeOnline' };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
    context: {
      // Office's theme colours, where the host reports them (config.theme: { bodyBackgroundColor, … }).
      officeTheme: config.theme,
      requirements: {
        isSetSupported: function (name, version) {
          return name in requirements && versionAtLeast(requirements[name], version);
        },
      },
      document: {
        settings: {
          get: function (name) {
            return name in settings ? settings[name] : null;
          },
          set: function (name, value) {
            settings[name] = value;
          },
          remove: function (name) {
            delete settings[name];
          },
          saveAsync: function (callback) {
            if (callback)
              setTimeout(function () {
                callback({ status: 'succeeded' });
              }, 0);
          },
        },
      },
      ui: {
        displayDialogAsync: function (url, options, callback) {
          var handlers = {};
          var dialog = {
            url: url,
            options: options,
            closed: false,
            addEventHandler: function (type, handler) {
              handlers[type] = handler;
            },
            close: function () {
              dialog.closed = true;
            },
            _handlers: handlers,
          };
          dialogs.push(dialog);
          setTimeout(function () {
            callback({ status: 'succeeded', value: dialog });
          }, 0);
        },
        messageParent: function () {},
      },
    },
    actions: {
      associate: function (name, handler) {
        actions[name] = handler;
      },
    },
  };

  window.Excel = {
    run: function (batch) {
      stats.runs += 1;
      return Promise.resolve().then(function () {
        return batch(new Context());
      });
    },
  };

  /** What the browser test reads and drives. */
  window.__fakeExcel = {
    stats: stats,
    settings: settings,
    dialogs: dialogs,
    actions: actions,
    workbook: workbook,
    sheetNames: function () {
      return workbook.sheets.map(function (s) {
        return s.name;
      });
    },
    /** A sheet as plain data: cells as [address, value, formula, format, bold, link], rules, widths, print set-up. */
    dump: function (name) {
      var sheet = findSheet(name);
      if (!sheet) return null;
      var cells = [];
      sheet.cells.forEach(function (cell, k) {
        var p = k.split(',').map(Number);
        cells.push([
          a1(p[0], p[1], 1, 1),
          cell.value,
          cell.formula || null,
          cell.format,
          Boolean(cell.bold),
          cell.hyperlink || null,
        ]);
      });
      return {
        cells: cells,
        formats: sheet.formats.slice(),
        widths: Array.from(sheet.widths.entries()),
        frozenRows: sheet.frozenRows,
        pageLayout: sheet.pageLayout || {},
      };
    },
    closeDialog: function () {
      dialogs.forEach(function (dialog) {
        var handler = dialog._handlers[window.Office.EventType.DialogEventReceived];
        if (handler && !dialog.closed) handler({ error: 12006 });
        dialog.closed = true;
      });
    },
  };
})();
