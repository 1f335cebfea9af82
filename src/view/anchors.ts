// Where each record was printed: the records carry their page, and the document model has the boxes of
// that page's lines, blocks and table cells. A record's anchor is the first of those (smallest first) whose
// text holds the record's own words (a name, a title, the start of a resolution); none found, no anchor.
import type { Block, Box, DocModel, Page } from '../model.js';
import type { PackDocument, RecordName } from '../records.js';

/** A place on a page: its box in PDF points (top-left origin); for sources without geometry, a block. */
export interface Anchor {
  page: number | null;
  box: Box | null;
  /** index of the block in the page's list, for HTML and text sources */
  block: number | null;
}

/** The words that identify a record of each type on its page, in order of preference. */
const NEEDLES: Partial<Record<RecordName, (r: Record<string, unknown>) => unknown[]>> = {
  agenda_items: (r) => [r.title],
  attendees: (r) => [r.name],
  members: (r) => [r.name],
  minute_items: (r) => [r.title, r.text],
  resolutions: (r) => [r.text, ...(Array.isArray(r.sub_items) ? r.sub_items : [])],
  actions: (r) => [r.action, r.ref],
  decisions: (r) => [r.title, r.reference],
  work_programme: (r) => [r.item],
  future_meetings: (r) => [r.venue, r.note],
  motions: (r) => [r.motion],
  votes: (r) => [r.name],
  performance: (r) => [r.raw],
};

/** Shortest needle worth looking for: shorter texts ("1", "Yes") would match anywhere. */
const MIN_NEEDLE = 3;
/** How much of a long text is looked for: its start identifies it, and lines wrap the rest. */
const NEEDLE_LENGTH = 40;

export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

interface Place {
  text: string;
  box: Box | null;
  block: number;
}

/** Every line, block and table cell of a page with its squashed text, lines and cells first (the tighter boxes). */
function placesOf(page: Page): Place[] {
  const small: Place[] = [];
  const large: Place[] = [];
  page.blocks.forEach((block: Block, i) => {
    for (const line of block.lines) small.push({ text: squash(line.text), box: line.box, block: i });
    for (const row of block.table?.grid ?? []) {
      for (const cell of row) if (cell && (cell.page === null || cell.page === page.number)) small.push({ text: squash(cell.text), box: cell.box, block: i });
    }
    large.push({ text: squash(block.text), box: block.box, block: i });
  });
  return [...small, ...large];
}

/** The anchors of every record that has a page, keyed "type:index". */
export function recordAnchors(doc: DocModel, pack: PackDocument): Record<string, Anchor> {
  const pages = new Map<number | null, Place[]>();
  const placesOn = (n: number | null) => {
    let places = pages.get(n);
    if (!places) {
      const page = doc.pages.find((p) => p.number === n) ?? (n === null ? undefined : doc.pages.find((p) => p.number === null));
      places = page ? placesOf(page) : [];
      pages.set(n, places);
    }
    return places;
  };
  const out: Record<string, Anchor> = {};
  for (const [type, needlesOf] of Object.entries(NEEDLES) as [RecordName, (r: Record<string, unknown>) => unknown[]][]) {
    (pack[type] as unknown as Record<string, unknown>[]).forEach((record, i) => {
      const page = typeof record.page === 'number' ? record.page : null;
      const places = placesOn(page);
      for (const needle of needlesOf(record)) {
        if (typeof needle !== 'string') continue;
        const key = squash(needle).slice(0, NEEDLE_LENGTH);
        if (key.length < MIN_NEEDLE) continue;
        const hit = places.find((p) => p.text.includes(key)) ?? places.find((p) => p.text.length >= MIN_NEEDLE * 3 && key.startsWith(p.text));
        if (hit) {
          out[`${type}:${i}`] = { page, box: hit.box, block: hit.box ? null : hit.block };
          break;
        }
      }
    });
  }
  return out;
}
