// The table finder: ruled grids first (from rulings, and from the edges of shaded cells), then unruled
// tables among the words left over.
import type { Box, RawPage, TableBlock } from '../model.js';
import { pageColumnLines, textLines } from './lines.js';
import { findRuledTables, joinedVerticals } from './ruled.js';
import { findRuleStackTables } from './rulestack.js';
import { shadingRulings } from './shading.js';
import { shadingBands } from './bands.js';
import { findStreamTables } from './stream.js';
import { tableSettings, type TableSettings } from './settings.js';

export { DEFAULT_TABLE_SETTINGS, tableSettings, type TableSettings } from './settings.js';
export { gridText } from './cells.js';
export { joinTablesAcrossPages } from './join.js';
export { groupHeadingSpans } from './headings.js';

const within = (w: Box, b: Box) => {
  const cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
  return cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1;
};

/** Tables of one page, top to bottom; words inside a returned table's box belong to it. */
export function findTables(page: RawPage, settings: Partial<TableSettings> = {}): TableBlock[] {
  const s = tableSettings(settings);
  const shading = shadingRulings(page.rects ?? [], page.words, page.rulings, s);
  const rulings = shading.length ? [...page.rulings, ...shading] : page.rulings;
  const bands = shadingBands(page.rects ?? [], s.joinTolPt);
  const ruled = findRuledTables(rulings, page.words, page.number, s, page.height, bands);
  const ruledBoxes = ruled.map((t) => t.box).filter((b): b is Box => b !== null);
  // rules outside the ruled grids, stacked one per row with no vertical rules: rule-stack tables
  const looseRules = rulings.filter((r) => !ruledBoxes.some((b) => within(r, b)));
  const notRuled = ruledBoxes.length ? page.words.filter((w) => !ruledBoxes.some((b) => within(w, b))) : page.words;
  const stacked = findRuleStackTables(looseRules, notRuled, page.number, s);
  const stackedBoxes = stacked.map((t) => t.box).filter((b): b is Box => b !== null);
  // words outside every table so far: those outside the ruled grids, less the rule-stack tables' words
  const rest = stackedBoxes.length ? notRuled.filter((w) => !stackedBoxes.some((b) => within(w, b))) : notRuled;
  const verticals = joinedVerticals(rulings, s);
  const stream = pageColumnLines(textLines(rest, s), s).flatMap((lines) => findStreamTables(lines, page.number, s, verticals, bands));
  return [...ruled, ...stacked, ...stream].sort((a, b) => (a.box?.y0 ?? 0) - (b.box?.y0 ?? 0) || (a.box?.x0 ?? 0) - (b.box?.x0 ?? 0));
}
