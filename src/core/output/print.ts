/**
 * How the report sheet prints, in both hosts: landscape, every column on one page's width (as many
 * pages down as it takes), the header row on every page, no gridlines.
 */
export const REPORT_PRINT = {
  orientation: 'landscape',
  fitToPagesWide: 1,
  /** 0: as many pages tall as the rows need. */
  fitToPagesTall: 0,
  /** Rows repeated at the top of every page, as an absolute row reference. */
  titleRows: '$1:$1',
  gridlines: false,
} as const;
