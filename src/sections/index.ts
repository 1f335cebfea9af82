// The one list of section parsers, in the order they run (later parsers may read earlier records).
import type { SectionParser } from './types.js';

export const SECTION_PARSERS: SectionParser[] = [];
