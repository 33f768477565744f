/**
 * Sums a sentence states and the figures it states them of, as a finance officer reads a report
 * in words: "NatWest Bank £50,627.06 Building Society £4,967.46 TOTAL £55,594.52", "a budget of
 * £295,232,820 … to be funded by £213,210,400 of Government Grant and £82,022,420 of Council Tax",
 * "a balance of £651.50, compared to £1,489.18 the previous season, a loss of £837.68".
 *
 * Words seldom say for certain which figures a sum is of. A statement is read only where its
 * figures agree, or where one figure typed with one digit wrong or two digits swapped would make
 * them agree — the slip an officer would circle. Figures that miss by anything else are taken as
 * a statement read wrongly (a breakdown left partial, an aside), and left alone. Where the words
 * do name every part ("made up as follows:" over the lines, "Net …, VAT …, Gross …"), any
 * difference is one.
 */

/** A sum written in a sentence: its value in pounds, as written, its digits, and where it stands. */
export interface WrittenFigure {
  value: number;
  written: string;
  /** The digits as printed ("148918" for £1,489.18): a slip is one of them changed or two swapped. */
  digits: string;
  /** Pounds one step of the last printed digit is worth (0.01 for pence, 10,000 for £6.91m). */
  step: number;
  start: number;
  end: number;
}

/** A statement of one sum as the total of others, or as the difference of two. */
export interface StatedSum {
  relation: 'sum' | 'difference';
  /** The sum stated: the total, or the difference ("a loss of £873.68"). */
  stated: WrittenFigure;
  /** What it is stated of: the parts added, or the larger and the smaller of the two. */
  of: WrittenFigure[];
  /** What those figures make: their sum, or the larger less the smaller. */
  made: number;
  /** How far apart the two may be from the rounding of the figures alone. */
  tolerance: number;
  /** Where the parts are the lines listed below the sentence, how many. */
  listed?: number;
}

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** "£1,489.18", "£ 1,065.00", "£6.91m", "£1.15million", "£85k", "£24.5M", "£100 million". */
const POUNDS =
  /£\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|m|bn|million|billion|thousand)\b|(?=[^\w,]|,\D|,$|$))/gi;

/** Words that make a figure approximate ("nearly £347,000", "more than £100 million"): no sum is held to it. */
const HEDGE =
  /\b(?:around|nearly|approximately|approx\.?|about|c\.|circa|some|over|under|more\s+than|less\s+than|almost|roughly|up\s+to|at\s+least|in\s+excess\s+of|estimated|just)\s*$/i;

/** Words saying the figure after them is the difference of two others ("a loss of", "an underspend of"). */
const DIFFERENCE_WORD =
  /\b(?:increase|decrease|rise|fall|reduction|saving|cut|loss|gain|surplus|deficit|under-?spend|over-?spend|difference|variance|shortfall|balance)s?\s*(?:of\s+|:\s*|[-–]\s*)?(?:just\s+|only\s+)?\(?$/i;
/** "… £188.50 higher than budget": a difference named after its figure. */
const DIFFERENCE_AFTER = /^\s*(?:higher|lower|more|less|greater|above|below)\b/i;

/** Words saying the figure after them is the total of those before ("TOTAL", "Gross", "= Total", "making a total of"). */
const TOTAL_WORD = /(?:\btotal(?:ling|led|s)?\b|\bgross\b|=)[^£.]{0,50}$/i;

/** Words saying the figures after them make up the one before ("comprising", "of which", "funded by"). */
const PARTS_WORD =
  /\b(?:comprising|comprised\s+of|made\s+up\s+of|consisting\s+of|of\s+which|of\s+this|funded\s+by|split\s+between|broken\s+down\s+as)\b/i;

/**
 * "In addition, …", "Also …", "Plus …": a sentence adding to the one before it; "The gross total
 * of £1,343.87 …": one totalling the figures the sentence before it gave.
 */
const CONTINUES =
  /^\s*(?:in\s+addition|additionally|also|plus|together\s+with|the\s+(?:gross\s+|grand\s+|overall\s+)?total)\b/i;

/** Figures read from one sentence before a sum is looked for: a sentence of many is a list, not a sum. */
const MAX_FIGURES = 12;

/** "20 workshops x £45", "£95 x 3", "6hrs @ £21": a figure multiplied, a calculation's, which no sum of the sentence's figures is. */
const TIMES_BEFORE = /(?:\bx|×|\*|@)\s*$/i;
const TIMES_AFTER = /^\s*(?:x|×|\*)\s*\d/i;

function figuresIn(text: string): WrittenFigure[] | null {
  const out: WrittenFigure[] = [];
  for (const m of text.matchAll(POUNDS)) {
    const start = m.index ?? 0;
    if (HEDGE.test(text.slice(Math.max(0, start - 25), start))) return null;
    if (
      TIMES_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ||
      TIMES_AFTER.test(text.slice(start + m[0].length))
    )
      return null;
    const [whole, decimals = ''] = [m[1].replace(/,/g, ''), m[2] ?? ''];
    const scale = m[3] ? SCALES[m[3].toLowerCase()] : 1;
    const step = scale * 10 ** -decimals.length;
    out.push({
      value: Number(`${whole}.${decimals || '0'}`) * scale,
      written: m[0].replace(/£\s*/, '£').trim(),
      digits: whole + decimals,
      step,
      start,
      end: start + m[0].length,
    });
  }
  return out.length <= MAX_FIGURES ? out : null;
}

/** The text's sentences, each ending at a full stop before a capital ("… £22,500. In addition, …"), and its lines. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(£•·])|\n+/);
}

/** What the figures make under the relation, with `swap` (one of them) read as `value`. */
function made(relation: StatedSum['relation'], of: readonly WrittenFigure[], swap?: WrittenFigure, value = 0): number {
  const values = of.map((f) => (f === swap ? value : f.value));
  if (relation === 'sum') return values.reduce((a, v) => a + v, 0);
  return Math.abs(values[0] - values[1]);
}

/** The share of a sum its figures' rounding may reach before no slip in them can be told from it. */
const ROUGH = 0.02;

/** Every figure the digits would print with one digit changed or two beside each other swapped. */
function slips(figure: WrittenFigure): number[] {
  const d = figure.digits;
  const step = figure.value < 0 ? -figure.step : figure.step;
  const out: number[] = [];
  for (let i = 0; i < d.length; i++) {
    // ("900" is no slip of 90, nor "090": a nought first is a digit more, not one struck wrong or swapped.)
    for (const c of '0123456789')
      if (c !== d[i] && !(i === 0 && c === '0' && d.length > 1))
        out.push(Number(d.slice(0, i) + c + d.slice(i + 1)) * step);
    if (i + 1 < d.length && d[i] !== d[i + 1] && !(i === 0 && d[1] === '0'))
      out.push(Number(d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2)) * step);
  }
  return out;
}

/** The statement, where its figures agree or one slip of one figure would make them agree; else null. */
function judged(
  relation: StatedSum['relation'],
  stated: WrittenFigure,
  of: WrittenFigure[],
  /** The words say for certain which figures the sum is of ("made up as follows:"): any slip is one. */
  certain = false,
): StatedSum | null {
  // (A figure printed to the penny is exact; one to the pound or coarser may be rounded by half of it.)
  const tolerance = [stated, ...of].reduce((a, f) => a + (f.step < 1 ? 0 : f.step / 2), 0) + 1e-6;
  const agrees = (total: number, parts: number) => Math.abs(total - parts) <= tolerance;
  const statement = { relation, stated, of, made: made(relation, of), tolerance };
  if (agrees(stated.value, statement.made) || certain) return statement;
  // ("£5K" is one digit from any thousands, and rounds away any slip in the others.)
  if (tolerance > ROUGH * Math.max(Math.abs(stated.value), Math.abs(statement.made))) return null;
  const slipped =
    slips(stated).some((v) => agrees(v, statement.made)) ||
    of.some((f) => slips(f).some((v) => agrees(stated.value, made(relation, of, f, v))));
  return slipped ? statement : null;
}

/** A sentence of exactly three figures, one named a difference: the other two and it. */
function differenceIn(sentence: string, figures: WrittenFigure[]): StatedSum | null {
  if (figures.length !== 3) return null;
  // ("a balance of £651.50, … a loss of £837.68": the last figure named a difference is the one
  // worked out. a − b = c is b + c = a: the largest is the other two's sum, whichever is named.)
  const largest = figures.reduce((a, f) => (f.value > a.value ? f : a));
  const stated = figures
    .filter(
      (f) =>
        f !== largest &&
        (DIFFERENCE_WORD.test(sentence.slice(0, f.start)) || DIFFERENCE_AFTER.test(sentence.slice(f.end))),
    )
    .at(-1);
  if (!stated) return null;
  const others = figures.filter((f) => f !== stated).sort((a, b) => b.value - a.value);
  return judged('difference', stated, others);
}

/** "Net £450.00, VAT £90.00, Gross £540.00": a payment's parts named for certain, the gross their sum. */
const NET_AND_TAX = /\bnet\b[^£]{0,12}£[^£]{1,20}\b(?:vat|tax)\b[^£]{0,12}£[^£]{1,20}\bgross\b/i;

/** "… £50,627.06 … £4,967.46 TOTAL £55,594.52": the figure after a total's word, of those before it. */
function totalAfter(sentence: string, figures: WrittenFigure[], before: WrittenFigure[]): StatedSum | null {
  for (let i = 0; i < figures.length; i++) {
    const gap = sentence.slice(i > 0 ? figures[i - 1].end : 0, figures[i].start);
    if (!TOTAL_WORD.test(gap)) continue;
    const parts = [...(i < 2 ? before : []), ...figures.slice(0, i)];
    if (parts.length >= 2) return judged('sum', figures[i], parts, parts.length === 2 && NET_AND_TAX.test(sentence));
  }
  return null;
}

/** "This was funded by …", "It comprises …": a sentence whose sum is the one before it gave. */
const REFERS_BACK = /^\s*(?:this|it|these|which)\b/i;

/**
 * "a budget of £A … to be funded by £B … and £C": the figure before the words, of those after
 * them. ("Providers spend £508m … . This was funded by £238m … and £265m …": the largest the
 * sentence before gave, where this one refers back to it.)
 */
function partsAfter(sentence: string, figures: WrittenFigure[], previous: WrittenFigure[]): StatedSum | null {
  const m = PARTS_WORD.exec(sentence);
  if (!m) return null;
  const at = m.index;
  const earlier = REFERS_BACK.test(sentence) && previous.length > 0 ? previous : [];
  const whole =
    figures.filter((f) => f.end <= at).at(-1) ??
    earlier.reduce<WrittenFigure | undefined>((a, f) => (a && a.value >= f.value ? a : f), undefined);
  const parts = figures.filter((f) => f.start >= at);
  if (!whole || parts.length < 2 || (!earlier.includes(whole) && /[.;]/.test(sentence.slice(whole.end, at))))
    return null;
  return judged('sum', whole, parts);
}

/** Every sum the text states of its own figures that can be read for certain (see above). */
export function statedSums(text: string): StatedSum[] {
  if (!text.includes('£')) return [];
  const out: StatedSum[] = [];
  let previous: WrittenFigure[] = [];
  for (const sentence of sentences(text)) {
    const figures = figuresIn(sentence);
    const before = figures && CONTINUES.test(sentence) ? previous : [];
    const earlier = previous;
    previous = figures ?? [];
    if (!figures || figures.length + before.length < 2) continue;
    const found =
      differenceIn(sentence, figures) ??
      totalAfter(sentence, figures, before) ??
      partsAfter(sentence, figures, earlier);
    if (found) out.push(found);
  }
  return out;
}

/** "made up as follows:", "comprising:", "as listed below:": the lines below are all of the sum. */
const AS_FOLLOWS =
  /\b(?:as\s+follows|made\s+up\s+(?:of|as)|compris(?:ing|es|ed)|consist(?:ing|s)\s+of|broken\s+down|(?:listed|set\s+out|shown)\s+below)\b/i;

/** A figure on a line of its own below the words, as the sheet holds it, and the places it is printed to. */
export interface ListedFigure {
  value: number;
  places: number;
}

/**
 * "… cash in the Council's bank accounts totalled £263,726.60 made up as follows:" over the
 * accounts, a line each: the figure the words end on, of the lines listed below them.
 */
export function statedOverList(text: string, lines: readonly ListedFigure[]): StatedSum | null {
  if (!/:\s*$/.test(text) || lines.length < 2) return null;
  const stated = figuresIn(sentences(text).at(-1) ?? '')?.at(-1);
  if (!stated) return null;
  const of = lines.map(({ value, places }, i) => {
    const written = Math.abs(value).toFixed(places);
    return { value, written: `£${written}`, digits: written.replace('.', ''), step: 10 ** -places, start: i, end: i };
  });
  const found = judged('sum', stated, of, AS_FOLLOWS.test(text));
  return found && { ...found, listed: lines.length };
}

/** "Date, Payee, Item, Chq No, Net, VAT/TAX, Gross": a list's heading in words, its last three figures a payment's parts. */
export const NET_TAX_GROSS_HEADING = /\bnet\b.*\b(?:vat|tax)\b.*\bgross\s*$/i;

/** A payment's line under such a heading ("…, BACS, £ 1,065.00, £ 213.00, £ 1,278.00"): its gross held to its net and tax. */
export function paymentLine(text: string): StatedSum | null {
  const figures = figuresIn(text);
  if (!figures || figures.length !== 3) return null;
  return judged('sum', figures[2], figures.slice(0, 2), true);
}
