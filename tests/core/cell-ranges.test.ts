import { compactCells } from '../../src/core/output/cell-ranges';
import { findJsonSyntaxError, lineAndColumn } from '../../src/cli/json-syntax';

test('cells one under another become a range; others stay apart', () => {
  const cells = [
    [5, 3],
    [6, 3],
    [7, 3],
    [6, 4],
    [9, 3],
    [10, 27],
    [8, 3],
    [2, 2],
    [3, 2],
    [4, 2],
    [5, 3],
  ].map(([row, column]) => ({ row, column }));
  expect(compactCells(cells)).toEqual(['B2:B4', 'C5:C9', 'D6', 'AA10']);
  expect(compactCells([])).toEqual([]);
});

test.each([
  ['{"a": 1,}', 8, 'a property name in double quotes (no comma before })'],
  ['{"a" 1}', 5, "':'"],
  ['[1, 2', 5, "',' or ']'"],
  ['{"a": tru}', 6, 'a value'],
  ['{"a": "x\n"}', 8, 'a closing " before the end of the line'],
  ['{} x', 3, 'the end of the file'],
  ['', 0, 'a value, but the file ended'],
])('JSON mistakes are located: %j', (text, offset, expected) => {
  expect(() => JSON.parse(text)).toThrow();
  expect(findJsonSyntaxError(text)).toEqual({ offset, expected });
});

test('valid JSON has no mistake, and offsets become lines and columns', () => {
  expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toBeNull();
  expect(lineAndColumn('{\n  "a": 1,\n}', 12)).toEqual({ line: 3, column: 1 });
});
