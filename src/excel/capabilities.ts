/**
 * Which optional Excel API sets the running host supports. The manifest asks for ExcelApi 1.7;
 * everything newer is detected here so older hosts (Excel 2019 stops at 1.8) get a fallback.
 */

export interface ExcelCapabilities {
  /** ExcelApi 1.9: `worksheet.getRanges("A1, C3:C5")`, one conditional format over many areas. */
  rangeAreas: boolean;
  /** ExcelApi 1.9: `range.getColumnProperties`, so column widths come back with the read. */
  columnProperties: boolean;
  /** ExcelApi 1.6: `application.suspendApiCalculationUntilNextSync()`. */
  suspendCalculation: boolean;
  /** ExcelApi 1.13: `range.getMergedAreasOrNullObject()`, so merged cells are read as a person reads them. */
  mergedAreas: boolean;
  /** ExcelApi 1.9: `worksheet.pageLayout`, the report sheet's print set-up. */
  pageLayout: boolean;
}

export const ALL_CAPABILITIES: ExcelCapabilities = {
  rangeAreas: true,
  columnProperties: true,
  suspendCalculation: true,
  mergedAreas: true,
  pageLayout: true,
};

function supports(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  const requirements = Office.context?.requirements;
  return requirements ? requirements.isSetSupported('ExcelApi', version) : false;
}

export function detectCapabilities(): ExcelCapabilities {
  return {
    rangeAreas: supports('1.9'),
    columnProperties: supports('1.9'),
    suspendCalculation: supports('1.6'),
    mergedAreas: supports('1.13'),
    pageLayout: supports('1.9'),
  };
}
