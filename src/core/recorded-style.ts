/**
 * The shape of a cell style as Concordat records it for undo: exactly the keys exceljs gives a
 * style it read from a file, each with its value's type and a bounded size. A record is edited
 * text, so nothing else is let through to be written back into the workbook's styles.
 */
import { z } from 'zod';

/** A number as exceljs parses it from an attribute; NaN (an odd file) became null through JSON. */
const num = z.number().nullable();
/** Enumerated style words (`thin`, `solid`, `center`, `superscript`…). */
const word = z.string().regex(/^[A-Za-z]{1,32}$/);
/** Font names, number formats: Excel's own limit is 255 characters. */
const text = z.string().max(255);

const color = z.strictObject({
  argb: z
    .string()
    .regex(/^[0-9A-Fa-f]{1,8}$/)
    .optional(),
  theme: num.optional(),
  tint: num.optional(),
  indexed: num.optional(),
});

const font = z.strictObject({
  name: text.optional(),
  size: num.optional(),
  family: num.optional(),
  scheme: word.optional(),
  charset: num.optional(),
  color: color.optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.union([z.boolean(), word]).optional(),
  strike: z.boolean().optional(),
  outline: z.boolean().optional(),
  shadow: z.boolean().optional(),
  condense: z.boolean().optional(),
  extend: z.boolean().optional(),
  vertAlign: word.optional(),
});

const alignment = z.strictObject({
  horizontal: word.optional(),
  vertical: word.optional(),
  wrapText: z.boolean().optional(),
  shrinkToFit: z.boolean().optional(),
  indent: num.optional(),
  readingOrder: word.optional(),
  textRotation: z.union([num, z.literal('vertical')]).optional(),
});

const edge = z.strictObject({ style: word.optional(), color: color.optional() });
const border = z.strictObject({
  top: edge.optional(),
  left: edge.optional(),
  bottom: edge.optional(),
  right: edge.optional(),
  diagonal: edge.extend({ up: z.boolean().optional(), down: z.boolean().optional() }).optional(),
});

const patternFill = z.strictObject({
  type: z.literal('pattern'),
  pattern: word.optional(),
  fgColor: color.optional(),
  bgColor: color.optional(),
});
const gradientFill = z.strictObject({
  type: z.literal('gradient'),
  gradient: z.enum(['angle', 'path']).optional(),
  degree: num.optional(),
  center: z
    .strictObject({ left: num.optional(), top: num.optional(), right: num.optional(), bottom: num.optional() })
    .optional(),
  stops: z
    .array(z.strictObject({ position: num, color: color.optional() }))
    .max(64)
    .optional(),
});

export const recordedStyleSchema = z.strictObject({
  numFmt: text.optional(),
  font: font.optional(),
  alignment: alignment.optional(),
  border: border.optional(),
  fill: z.discriminatedUnion('type', [patternFill, gradientFill]).optional(),
  protection: z.strictObject({ locked: z.boolean().optional(), hidden: z.boolean().optional() }).optional(),
});

export type RecordedStyle = z.infer<typeof recordedStyleSchema>;

/** The style a record's JSON text holds, or what is wrong with it. */
export function parseRecordedStyle(json: string): { style: RecordedStyle } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { problem: 'a style that is not JSON' };
  }
  const parsed = recordedStyleSchema.safeParse(value);
  if (parsed.success) return { style: parsed.data };
  const issue = parsed.error.issues[0];
  const at = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return { problem: `a style Concordat never records${at} (${issue.message})` };
}
