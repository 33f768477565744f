/**
 * A sum stated in words with its parts beside it, as grant-makers print each award: "£108,900 over
 * three years (3 x £36,300)", "£147,470 over three years (£48,320; £49,550; £49,600)". The parts
 * are what the award is paid as, so they come to it; where they do not, one figure was typed wrong.
 */

/** The sum, how many years it runs over, and what is in the brackets after it. */
const OVER_YEARS =
  /£\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?\s+(?:over|across)\s+(\w+)\s+years?\s*\(([^()]{3,120})\)/i;
/** "3 x £36,300", "2 × £50,000": one yearly figure, that many times. */
const TIMES = /^\s*(\d{1,2})\s*[x×]\s*£\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?\s*$/i;
/** "£48,320", one of the yearly figures listed; each written in full, its commas in thousands. */
const PART = /^\s*£\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?\s*$/;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** An award and its parts as its words state them. */
export interface StatedBreakdown {
  /** The sum stated first, in pounds. */
  total: number;
  /** What the parts come to, in pounds. */
  parts: number;
  /** How many parts (one a year). */
  count: number;
  /** The parts as written ("3 x £36,300"). */
  written: string;
}

function pounds(whole: string, pence: string | undefined): number {
  return Number(whole.replace(/,/g, '')) + (pence ? Number(pence) / 100 : 0);
}

/**
 * The award a cell's words state with its yearly parts, or null where they state none. Only parts
 * the words account for are read: as many as the years named, each a sum written in full ("£106,00"
 * is no sum, and leaves the cell unread), or one sum that many times.
 */
export function statedBreakdown(text: string): StatedBreakdown | null {
  const m = OVER_YEARS.exec(text);
  if (!m) return null;
  const years = NUMBER_WORDS[m[3].toLowerCase()] ?? (/^\d{1,2}$/.test(m[3]) ? Number(m[3]) : 0);
  if (years < 2) return null;
  const total = pounds(m[1], m[2]);
  const written = m[4].trim();
  const times = TIMES.exec(written);
  if (times) {
    if (Number(times[1]) !== years) return null;
    return { total, parts: years * pounds(times[2], times[3]), count: years, written };
  }
  const listed = written.split(/\s*[;,]\s*(?=£)/);
  if (listed.length !== years) return null;
  let parts = 0;
  for (const part of listed) {
    const p = PART.exec(part);
    if (!p) return null;
    parts += pounds(p[1], p[2]);
  }
  return { total, parts, count: years, written };
}
