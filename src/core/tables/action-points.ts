/**
 * A meeting's action points summed up under a heading of their own ("Summary of Action Points"),
 * a line each: "AP1: | Fran Pothecary to draw up a paper …", or "• | Ascertain SNH timetable … |
 * (AP: KS)". Every line is an action; who acts is the mark after it where the lines carry marks,
 * else whoever its words open by naming. The points' codes ("AP1:") are their references.
 */
import type { SheetSnapshot } from '../snapshot';
import type { LogicalColumn } from './columns';
import type { TableReading } from '../reading';
import type { Table } from './types';
import { filledCells, textAt } from './layout';
import { columnNote, lineItemsTable } from './line-items';
import { leadingWho, markedWho, namesPeople } from './minutes';
import { ACTIONS_HEADING } from './records';

/** "AP1:", "AP 12.", a bullet: what opens an action point's line. */
const POINT_OPENS = /^(?:AP\s?\d{1,3}[:.]?|[•·*▪o-])$/i;
/** A point's own code ("AP1:"), not a bullet. */
const POINT_CODE = /^AP\s?\d{1,3}[:.]?$/i;
/** Fewest lines under the heading for them to be its action points. */
const MIN_POINTS = 2;
/** Fewest words of a point's own line, where no bullet or code opens it. */
const POINT_WORDS = 6;
/** Most words of the agenda item a point arose under ("HMCI and Executive update"). */
const ITEM_WORDS = 8;
/** Most words of the cell naming who acts after a point ("Jacky Tiotto/ Paul Snell"). */
const WHO_WORDS = 5;

interface PointLine {
  row: number;
  opens: number;
  words: number;
  mark: number;
}

/** A line of the summary: its opening mark, then its words, then (perhaps) who acts. Null where it is none. */
function pointLine(sheet: SheetSnapshot, row: number): PointLine | null {
  const cells = filledCells(sheet, row);
  if (cells.length < 2 || cells.length > 3 || typeof cells[1][1] !== 'string') return null;
  if (!POINT_OPENS.test(String(cells[0][1]).trim())) return null;
  return { row, opens: cells[0][0], words: cells[1][0], mark: cells[2]?.[0] ?? 0 };
}

const wordsIn = (v: unknown) => String(v).trim().split(/\s+/).length;

/**
 * "HMCI and Executive update | Jacky Tiotto to meet Paul Snell … | Jacky Tiotto": a point under the
 * agenda item it arose from (named on its first point, blank under it after), who acts after its
 * words (blank where no one is). Null where the line is none: its words the longest cell, in
 * sentences, with a short name before them and a short cell after.
 */
function itemPointLine(sheet: SheetSnapshot, row: number): PointLine | null {
  const cells = filledCells(sheet, row);
  if (cells.length === 0 || cells.length > 3 || cells.some(([, v]) => typeof v !== 'string')) return null;
  let at = 0;
  cells.forEach(([, v], i) => {
    if (wordsIn(v) > wordsIn(cells[at][1])) at = i;
  });
  const [before, after] = [cells.slice(0, at), cells.slice(at + 1)];
  if (wordsIn(cells[at][1]) < POINT_WORDS || before.length > 1 || after.length > 1) return null;
  if (before[0] && (wordsIn(before[0][1]) > ITEM_WORDS || /[.;:]\s*$/.test(String(before[0][1])))) return null;
  if (after[0] && wordsIn(after[0][1]) > WHO_WORDS) return null;
  return { row, opens: before[0]?.[0] ?? 0, words: cells[at][0], mark: after[0]?.[0] ?? 0 };
}

/** "Stock the bar", "Purchase a marquee - PTA": a line of words alone in its one cell. */
function soleLine(sheet: SheetSnapshot, row: number): PointLine | null {
  const cells = filledCells(sheet, row);
  if (cells.length !== 1 || typeof cells[0][1] !== 'string' || wordsIn(cells[0][1]) < TRAILING_POINT_WORDS) return null;
  return { row, opens: cells[0][0], words: cells[0][0], mark: 0 };
}

/** Fewest words of a point whose line holds who acts at its end, or no one ("Stock the bar"). */
const TRAILING_POINT_WORDS = 3;
/** "Ask Mr Wilson to help organise school bands - Vicky and Jenni": the point, a dash, who acts. */
const TRAILING_WHO = /^(.{3,}?)\s+[-–—]\s+([^-–—]{1,40})$/;

/** Who acts after the dash ending a point, where names or initials alone follow it; else null. */
function trailingWho(text: string): string | null {
  const m = TRAILING_WHO.exec(text.trim());
  return m && namesPeople(m[2].trim()) ? m[2].trim() : null;
}

/** The lines under a heading read by `lineAt`, while their words keep to one column. */
function linesUnder(
  sheet: SheetSnapshot,
  heading: number,
  lineAt: (sheet: SheetSnapshot, row: number) => PointLine | null,
): PointLine[] {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const lines: PointLine[] = [];
  // (A blank line may stand under the heading, before the first point.)
  const first = (sheet.values[heading + 1 - sheet.originRow] ?? []).every((v) => v === null || v === '')
    ? heading + 2
    : heading + 1;
  for (let r = first; r <= lastRow; r++) {
    const line = lineAt(sheet, r);
    if (!line || (lines.length > 0 && line.words !== lines[0].words)) break;
    lines.push(line);
  }
  return lines;
}

/** The action points under the first heading naming them, as an action plan; null where there are none. */
export function actionPointsSummary(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  for (let h = sheet.originRow; h < lastRow; h++) {
    const filled = (sheet.values[h - sheet.originRow] ?? []).filter((v) => v !== null && v !== '');
    if (filled.length !== 1 || typeof filled[0] !== 'string' || !ACTIONS_HEADING.test(filled[0].trim())) continue;
    let lines = linesUnder(sheet, h, pointLine);
    // (With no bullets or codes, each point under the item it arose from, with who acts after it on
    // most lines, in one column.)
    // (Or each a line of its own, who acts after a dash at its end on most: "Purchase a marquee -
    // Jenni".)
    let trailing = false;
    if (lines.length < MIN_POINTS) {
      lines = linesUnder(sheet, h, itemPointLine);
      const marks = lines.filter((l) => l.mark).map((l) => l.mark);
      if (marks.length < MIN_POINTS || marks.length * 2 <= lines.length || new Set(marks).size > 1) {
        lines = linesUnder(sheet, h, soleLine);
        const named = lines.filter((l) => trailingWho(textAt(sheet, l.row, l.words)) !== null).length;
        if (named < MIN_POINTS || named * 2 <= lines.length) continue;
        trailing = true;
      }
    }
    if (lines.length < MIN_POINTS) continue;
    const words = lines[0].words;
    // Marks after the words on any line say who acts on each; a line without one names no one.
    const markColumn = lines.find((l) => l.mark)?.mark ?? 0;
    const who = new Map<number, string>();
    for (const l of lines) {
      // ("(FB/LL)": who acts in brackets after the point.)
      const mark = markColumn ? textAt(sheet, l.row, markColumn).replace(/^\s*\(([^()]+)\)\s*$/, '$1') : '';
      const text = textAt(sheet, l.row, words);
      who.set(l.row, markColumn ? (markedWho(mark) ?? mark) : trailing ? (trailingWho(text) ?? '') : leadingWho(text));
    }
    const coded = lines.every((l) => POINT_CODE.test(textAt(sheet, l.row, l.opens)));
    const opens = Math.min(words, ...lines.map((l) => l.opens).filter(Boolean));
    const ownerColumn = markColumn || words;
    const items = new Map<number, Map<LogicalColumn, number>>();
    for (const l of lines) {
      const fields = new Map<LogicalColumn, number>([
        ['action', l.row],
        ['owner', l.row],
      ]);
      if (coded) fields.set('id', l.row);
      items.set(l.row, fields);
    }
    const heading = filled[0];
    return lineItemsTable(sheet, {
      headerRow: h,
      firstColumn: opens,
      lastColumn: Math.max(words, markColumn),
      lastRow: lines[lines.length - 1].row,
      columns: {
        ...(coded ? { id: { column: opens, header: '' } } : {}),
        action: { column: words, header: '' },
        owner: { column: ownerColumn, header: 'Action' },
      },
      items,
      kindReason: `a meeting's action points under '${heading.trim()}', a line each`,
      columnReadings: [
        ...(coded ? [columnNote(opens, '', 'id', "each point's code ('AP1:')")] : []),
        columnNote(words, '', 'action', "each point's words"),
        columnNote(
          ownerColumn,
          '',
          'owner',
          markColumn
            ? "the mark after each point ('(AP: KS)')"
            : trailing
              ? "who acts, after the dash ending each point ('- Jenni')"
              : "who each point's words open by naming",
        ),
      ],
      skippedRows: [],
      fieldTexts: new Map([['owner', who]]),
    });
  }
  return null;
}
