// The table finder: ruled grids first (rulings), then unruled tables among the remaining lines.
import type { RawPage, TableBlock } from '../model.js';
import { textLines } from './lines.js';
import { findStreamTables } from './stream.js';
import { tableSettings, type TableSettings } from './settings.js';

export { DEFAULT_TABLE_SETTINGS, tableSettings, type TableSettings } from './settings.js';
export { gridText } from './cells.js';

export function findTables(page: RawPage, settings: Partial<TableSettings> = {}): TableBlock[] {
  const s = tableSettings(settings);
  const lines = textLines(page.words, s);
  return findStreamTables(lines, page.number, s);
}
