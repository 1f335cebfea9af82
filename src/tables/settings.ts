// Tunable thresholds of the table finder, in one typed object. Distances are in units of the
// local font size (em) unless the name says pt, so one setting fits any rendering scale.

export interface TableSettings {
  /** two words on one line belong to different cells when the gap between them exceeds this (em) */
  cellGapEm: number;
  /** a blank vertical gap wider than this (em) ends a stream table */
  maxRowGapEm: number;
  /** inside a run, a gap wider than this many times the run's median line gap (and than
   * minSplitGapEm) separates two stacked tables */
  splitGapFactor: number;
  minSplitGapEm: number;
  /** a chunk is a line of running text, not a cell, when wider than this share of the text width and
   * holding at least proseChunkWords words */
  proseWidthShare: number;
  proseChunkWords: number;
  /** chunks of at least this many words, side by side down a page, reveal a gutter between page columns */
  proseWords: number;
  /** a line merges into the row above as a wrapped cell only across a gap up to this (em) */
  maxWrapGapEm: number;
  /** one-chunk lines allowed in a row between aligned lines of a stream table (group labels, wrapped labels) */
  maxSingleRun: number;
  /** a stream table needs at least this many lines with two or more cells */
  minMultiLines: number;
  /** share of aligned lines a column gap may be crossed by (spanning headers) */
  gapCrossShare: number;
  /** a column gap must be at least this wide (em) */
  minColumnGapEm: number;
  /** a line with two chunks of at least this many words is running text in page columns; a table
   * made mostly of such lines is not a table */
  longChunkWords: number;
  /** rulings closer than this (pt) are snapped onto one line */
  snapTolPt: number;
  /** rulings whose ends are within this (pt) are joined; intersections tolerate this much */
  joinTolPt: number;
  /** a ruled grid needs at least this many rows and columns */
  minRuledRows: number;
  minRuledCols: number;
}

export const DEFAULT_TABLE_SETTINGS: Readonly<TableSettings> = Object.freeze({
  cellGapEm: 0.8,
  maxRowGapEm: 2.5,
  maxWrapGapEm: 0.8,
  splitGapFactor: 2.5,
  minSplitGapEm: 0.8,
  proseWidthShare: 0.45,
  proseChunkWords: 9,
  proseWords: 6,
  maxSingleRun: 2,
  minMultiLines: 3,
  gapCrossShare: 0.1,
  minColumnGapEm: 0.3,
  longChunkWords: 4,
  snapTolPt: 3,
  joinTolPt: 3,
  minRuledRows: 2,
  minRuledCols: 2,
});

/** Merge overrides onto the defaults and reject nonsense up front (negative or non-finite values). */
export function tableSettings(overrides: Partial<TableSettings> = {}): TableSettings {
  // nothing overridden (the finder is asked once per page): the defaults as they are, never modified
  if (Object.keys(overrides).length === 0) return DEFAULT_TABLE_SETTINGS;
  const s: TableSettings = { ...DEFAULT_TABLE_SETTINGS, ...overrides };
  for (const [key, value] of Object.entries(s)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`table setting ${key} must be a non-negative number, got ${String(value)}`);
    }
  }
  if (s.gapCrossShare >= 1) throw new RangeError('table setting gapCrossShare must be below 1');
  return s;
}
