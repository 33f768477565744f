/**
 * A group's line printed above the lines it is made of ("Education | 517,158" over "Pre-primary
 * education", "Primary education" …), as national statistics print services by group, with no
 * word saying so. Where two groups or more add up, the layout is shown: the lines under
 * each group are its parts, counted in it already. A line over lines that come near it but not to
 * it, up to the next group, is a group whose parts do not add up; so is one whose parts add up
 * to it in all its columns but one.
 */

/** A figure as read, with the unit it is printed to. */
export interface Figure {
  value: number;
  unit: number;
}

export interface LineGroup {
  head: number;
  parts: number[];
  /** Whether the parts add up to the group's line in every column it has a figure in. */
  holds: boolean;
}

/** Lines under a group's line needed to read them as its parts. */
const MIN_PARTS = 2;
/** Groups adding up (in every column, or all but one) that show the layout; one may be chance. */
const MIN_GROUPS = 2;
/** Units a group's figure must run to in some column: "4" over "3" and "1" adds up by chance. */
const SMALL_WHOLE = 10;
/** Columns of figures of some size adding up that show a group where one more column does not. */
const TELLING_COLUMNS = 3;
/** How near, as a share of the group's line, its parts must come to be its parts with a slip. */
const NEAR_SHARE = 0.1;

/**
 * The groups among one run of lines (rows in order, no totals or headings between), each line's
 * figures read by `figures` (one per column, null where it has none); none where fewer than two
 * groups add up.
 */
export function groupsAboveParts(
  lines: readonly number[],
  figures: (row: number) => readonly (Figure | null)[],
): LineGroup[] {
  const held: LineGroup[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = partsAddingTo(lines, i, figures);
    if (found === null) continue;
    held.push({ head: lines[i], parts: lines.slice(i + 1, i + 1 + found.parts), holds: found.every });
    i += found.parts;
  }
  if (held.length < MIN_GROUPS) return [];
  // (Once groups are shown, one of a single line: "Angus Ashman | 52.00" over his one payment.)
  let claimed = new Set(held.flatMap((g) => [g.head, ...g.parts]));
  for (let i = 0; i + 1 < lines.length; i++) {
    if (claimed.has(lines[i]) || claimed.has(lines[i + 1]) || !sameFigures(figures(lines[i]), figures(lines[i + 1])))
      continue;
    held.push({ head: lines[i], parts: [lines[i + 1]], holds: true });
    i += 1;
  }
  // (Between the groups that add up, a line over the lines up to the next group that come near it.)
  claimed = new Set(held.flatMap((g) => [g.head, ...g.parts]));
  const groups = [...held];
  let start = 0;
  while (start < lines.length) {
    if (claimed.has(lines[start])) {
      start += 1;
      continue;
    }
    let end = start;
    while (end + 1 < lines.length && !claimed.has(lines[end + 1])) end += 1;
    for (let i = start; i < end; i++) {
      const parts = lines.slice(i + 1, end + 1);
      if (parts.length >= MIN_PARTS && comesNear(figures(lines[i]), parts.map(figures))) {
        groups.push({ head: lines[i], parts, holds: false });
        break;
      }
    }
    start = end + 1;
  }
  return groups.sort((a, b) => a.head - b.head);
}

/**
 * How many lines straight after line `i` add up to it in every column it has figures in, or in all
 * but one where three columns of figures of some size add up (the group with a slip in the one),
 * and whether in every one; null where none do.
 */
function partsAddingTo(
  lines: readonly number[],
  i: number,
  figures: (row: number) => readonly (Figure | null)[],
): { parts: number; every: boolean } | null {
  const whole = figures(lines[i]);
  if (!whole.some((f) => f !== null && Math.abs(f.value) >= SMALL_WHOLE * f.unit)) return null;
  const sums = whole.map(() => 0);
  const units = whole.map(() => 0);
  for (let k = 1; i + k < lines.length; k++) {
    figures(lines[i + k]).forEach((f, c) => {
      sums[c] += f?.value ?? 0;
      units[c] = Math.max(units[c], f?.unit ?? 0);
    });
    if (k < MIN_PARTS) continue;
    // (Within a unit of their rounding, not a unit a line: small whole figures come right by chance.)
    let [missing, telling] = [0, 0];
    whole.forEach((f, c) => {
      if (f === null) return;
      if (Math.abs(sums[c] - f.value) > Math.max(f.unit, units[c])) missing += 1;
      else if (Math.abs(f.value) >= SMALL_WHOLE * f.unit) telling += 1;
    });
    if (missing === 0 || (missing === 1 && telling >= TELLING_COLUMNS)) return { parts: k, every: missing === 0 };
  }
  return null;
}

/** Whether two lines print the same figures, within a unit, large enough not to be alike by chance. */
function sameFigures(whole: readonly (Figure | null)[], part: readonly (Figure | null)[]): boolean {
  if (!whole.some((f) => f !== null && Math.abs(f.value) >= SMALL_WHOLE * f.unit)) return false;
  return whole.every((f, c) => {
    const p = part[c];
    if (f === null || p === null) return f === p;
    return Math.abs(f.value - p.value) <= Math.max(f.unit, p.unit);
  });
}

/** Whether parts, each no larger than the whole, come within a tenth of it in every column it has a figure in. */
function comesNear(whole: readonly (Figure | null)[], parts: readonly (readonly (Figure | null)[])[]): boolean {
  if (!whole.some((f) => f !== null && f.value !== 0)) return false;
  return whole.every((f, c) => {
    if (f === null) return true;
    const own = parts.map((p) => p[c]?.value ?? 0);
    if (own.some((v) => Math.abs(v) > Math.abs(f.value))) return false;
    const sum = own.reduce((a, v) => a + v, 0);
    return Math.abs(sum - f.value) <= NEAR_SHARE * Math.abs(f.value);
  });
}
