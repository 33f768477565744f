/** Concordat's highlight rules in a sheet as exceljs reads it, for tests that look at a checked or cleared copy. */
import type * as ExcelJS from 'exceljs';
import { HIGHLIGHT_MARKER } from '../../src/core/output/styles';

/** exceljs keeps a sheet's conditional formats in a public but untyped array. */
export function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** Conditional-format entries all of whose rules carry Concordat's marker. */
export function isConcordatFormat(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return (
    cf.rules.length > 0 &&
    cf.rules.every(
      (rule) =>
        rule.type === 'expression' &&
        Array.isArray(rule.formulae) &&
        rule.formulae.some((f: unknown) => typeof f === 'string' && f.includes(HIGHLIGHT_MARKER)),
    )
  );
}
