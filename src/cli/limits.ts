/**
 * Limits on what the CLI will open. A council workbook is a few megabytes; these leave room for
 * very large trackers while refusing files that would exhaust memory (zip bombs, stray cells far
 * from the table). All in one place so they can be reviewed together; the core's own limits (cells,
 * sheets, characters in a cell, run time) are in src/core/limits.ts.
 */
import { DEFAULT_CHECK_LIMITS } from '../core/limits';

/** Largest .xlsx file read from disk. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Largest total the zip's entries may expand to (all of it is held in memory). */
const MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;

/** More entries than this is not a workbook anyone keeps by hand. */
const MAX_ZIP_ENTRIES = 10_000;

/** Worksheets per workbook: the core's limit, refused here before a snapshot is built. */
export const MAX_SHEETS = DEFAULT_CHECK_LIMITS.maxSheets;

/** Cells in the used areas of all sheets together (the snapshot grid is dense): the core's limit too. */
export const MAX_CELLS = DEFAULT_CHECK_LIMITS.maxCells;

/** Largest rule pack or profile read (they are a few kilobytes). */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;

/** Sheets with at least this many cells get a progress bar even when only one file is checked. */
export const PROGRESS_CELLS = 50_000;

export interface ReadLimits {
  maxFileBytes: number;
  maxUncompressedBytes: number;
  maxZipEntries: number;
  maxSheets: number;
  maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: MAX_FILE_BYTES,
  maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES,
  maxZipEntries: MAX_ZIP_ENTRIES,
  maxSheets: MAX_SHEETS,
  maxCells: MAX_CELLS,
};
