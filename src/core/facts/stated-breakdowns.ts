/**
 * Each award whose words state its yearly parts, held to them: "£108,900 over three years (3 x
 * £36,600)" comes to £109,800, and one of the two figures was typed wrong.
 */
import type { Table } from '../tables/types';
import { cellAt, columnName } from '../tables/types';
import { cellText } from '../parse/text';
import { statedBreakdown } from '../parse/breakdowns';
import type { Subject } from './subject';
import { roundPence } from './gaps';

/** The words before the award on its row ("Baytree Centre"), or the row's number. */
function awardee(table: Table, row: number, column: number): string {
  for (let c = table.firstColumn; c < column; c++) {
    const text = cellText(cellAt(table.sheet, row, c)).trim();
    if (text) return text;
  }
  return `row ${row}`;
}

export function breakdownSubjects(table: Table): Subject[] {
  const column = table.breakdownColumn;
  if (column === undefined) return [];
  const ref = { column, header: '' };
  return table.rows.flatMap(({ row, kind }) => {
    const stated = kind === 'item' ? statedBreakdown(cellText(cellAt(table.sheet, row, column))) : null;
    if (!stated) return [];
    const subject: Subject = {
      kind: 'total',
      sheet: table.sheet.name,
      row,
      anchors: { default: ref },
      facts: {
        label: awardee(table, row, column),
        columnHeader: `the award in ${columnName(ref)}`,
        unit: 'pounds',
        total: stated.total,
        itemsSum: roundPence(stated.parts),
        difference: roundPence(stated.total - stated.parts),
        // (Each part may be rounded to the pound: three thirds of £100,000 are £33,333 each.)
        tolerance: stated.count,
        itemCount: stated.count,
        totalKind: 'line',
        lineRelation: 'sum',
        partColumns: [`its yearly parts (${stated.written})`],
      },
    };
    return [subject];
  });
}
