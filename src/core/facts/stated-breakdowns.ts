/**
 * Each award whose words state its yearly parts, held to them: "£108,900 over three years (3 x
 * £36,600)" comes to £109,800, and one of the two figures was typed wrong.
 */
import type { ColumnRef, Table } from '../tables/types';
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

/** What a line's own words state of its sum, held to it: the sum, what the words make it, and how near it must come. */
export interface Stated {
  label: string;
  columnHeader: string;
  shown: number;
  expected: number;
  tolerance: number;
  itemCount: number;
  relation: 'sum' | 'share' | 'difference';
  parts: string[];
  /** 'total' where the sum is of lines listed apart, as a totals row's is; else the line's own parts. */
  totalKind?: 'line' | 'total';
}

/** A line's sum against what its words state of it, as the amounts rule reads a line. */
export function statedSubject(table: Table, row: number, ref: ColumnRef, stated: Stated): Subject {
  return {
    kind: 'total',
    sheet: table.sheet.name,
    row,
    anchors: { default: ref },
    facts: {
      label: stated.label,
      columnHeader: stated.columnHeader,
      unit: 'pounds',
      total: stated.shown,
      itemsSum: roundPence(stated.expected),
      difference: roundPence(stated.shown - stated.expected),
      tolerance: stated.tolerance,
      itemCount: stated.itemCount,
      totalKind: stated.totalKind ?? 'line',
      lineRelation: stated.relation,
      partColumns: stated.parts,
    },
  };
}

export function breakdownSubjects(table: Table): Subject[] {
  const column = table.breakdownColumn;
  if (column === undefined) return [];
  const ref = { column, header: '' };
  return table.rows.flatMap(({ row, kind }) => {
    const stated = kind === 'item' ? statedBreakdown(cellText(cellAt(table.sheet, row, column))) : null;
    if (!stated) return [];
    return [
      statedSubject(table, row, ref, {
        label: awardee(table, row, column),
        columnHeader: `the award in ${columnName(ref)}`,
        shown: stated.total,
        expected: stated.parts,
        // (Each part may be rounded to the pound: three thirds of £100,000 are £33,333 each.)
        tolerance: stated.count,
        itemCount: stated.count,
        relation: 'sum',
        parts: [`its yearly parts (${stated.written})`],
      }),
    ];
  });
}
