/**
 * How the lines of a table of figures may be laid out around their totals: name lines carrying
 * the sum of the lines under them, and totals named for the totals above them.
 */

/**
 * Lines that each head the lines under them ("Steve Evans 574.01" over "Chair's allowance 500.00"
 * and "Travel 74.01"): the sum of the heading lines, where every line since the last total is one
 * of them or under one, and the one heading line (of three or more) whose lines fall short of it
 * without reaching the next; null where they are not laid out so.
 */
export function headsOfRuns(
  lines: readonly number[],
): { sum: number; slip: { at: number; lines: number; sum: number } | null } | null {
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.005;
  let heads = 0;
  let count = 0;
  let slip: { at: number; lines: number; sum: number } | null = null;
  for (let i = 0; i < lines.length;) {
    const head = lines[i];
    let run = 0;
    let j = i + 1;
    while (j < lines.length && !near(run, head) && Math.abs(run + lines[j]) <= Math.abs(head) + 0.005)
      run += lines[j++];
    if (j === i + 1) return null;
    if (!near(run, head)) {
      // (A slip: the lines under it stop short of it, and the next line heads lines of its own.)
      if (slip !== null) return null;
      slip = { at: i, lines: j - i - 1, sum: run };
    }
    heads += head;
    count += 1;
    i = j;
  }
  if (count < 2 || (slip !== null && count < 3)) return null;
  return { sum: heads, slip };
}

/** A label's words that say what it is: not "total", "of", "the" and such. */
export function significantWords(label: string): string[] {
  return labelWords(label).filter((w) => w.length > 2 && !['the', 'and', 'for', 'amount'].includes(w));
}

/** A label's words but "total", lower case. */
function labelWords(label: string): string[] {
  return label
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && w !== 'total' && w !== 'totals');
}

/**
 * "Total Income" under "Total Restricted Income" and "Total Unrestricted Income": a total whose
 * words are in each of the last two totals above it, which stand on their own, names their whole.
 */
export function namesTheirWhole(label: string, above: readonly string[]): boolean {
  const words = labelWords(label);
  if (words.length === 0 || above.length < 2) return false;
  return above.slice(-2).every((a) => {
    const theirs = labelWords(a);
    return theirs.length > words.length && words.every((w) => theirs.includes(w));
  });
}

/**
 * "Total Fisheries and Transport" under "Total Fisheries" and "Total Transport": a total naming
 * the last two totals above it, joined, is their whole.
 */
export function joinsTheirNames(label: string, above: readonly string[]): boolean {
  if (!/\s(?:and|&|plus)\s/i.test(label) || above.length < 2) return false;
  const words = labelWords(label);
  return above.slice(-2).every((a) => {
    const theirs = labelWords(a);
    return theirs.length > 0 && theirs.length < words.length && theirs.every((w) => words.includes(w));
  });
}

/** "(Not including Precept)", "excluding VAT": a total that leaves something out. */
const EXCLUDING = /\b(?:not\s+including|excluding|excl\.?|without)\s+([^()]+)/i;
/** "(Including Precept)", "incl. VAT": one that takes it in. */
const INCLUDING = /\b(?:including|incl\.?|inc\.)\s+([^()]+)/i;

/**
 * "Total Cash and Investments" under "Total Treasury Investments", with the cash line above the
 * investments: two things joined, one of them the total above, so the line and that total together;
 * or "(Including Precept)" under "(Not including Precept)".
 */
export function joinsLineAndTotal(label: string, above: string): boolean {
  // "Total (Including Precept)" under "Total (Not including Precept)": the line left out, put back.
  const left = EXCLUDING.exec(above);
  const put = INCLUDING.exec(label);
  if (left && put && !EXCLUDING.test(label)) {
    const out = significantWords(left[1]);
    return out.length > 0 && out.every((w) => significantWords(put[1]).includes(w));
  }
  if (!/\s(?:and|&)\s/i.test(label)) return false;
  const theirs = significantWords(above);
  return significantWords(label).some((w) => theirs.includes(w));
}
