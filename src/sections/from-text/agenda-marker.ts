// Where a list agenda starts: the block that opens it on the pack's front pages (its title, or a
// summons), before any minutes title.
//   AGENDA                                    <- the marker
//   1.   Apologies and Substitutes
import { cleanText, type Block } from '../../model.js';

// What opens an agenda: its title ("AGENDA", "A G E N D A", "Summons to and Agenda for ...", "Cabinet
// Agenda", "Order of Business", Irish "Clár"), or a summons ("Councillors are summoned to ... the following business");
// not "Agenda Item 5" page stamps, nor a sentence about the agenda.
const AGENDA_TITLE = /^(?:(?:draft|revised|supplementary|summons\s+(?:to\s+)?and)\s+)?agenda(?!\s*item)\b|^a\s+g\s+e\s+n\s+d\s+a\b|^order\s+(?:of\s+business|paper)\b|^cl[aá]r(?:\s+oibre)?\b|^(?:[\p{L}&'’-]+\s+){1,5}agenda$/iu;
const SUMMONS = /\b(?:(?:are|is)\s+(?:hereby\s+)?summoned|(?:transact|consider)\s+the\s+following\s+business)\b/i;
/** a minutes title: a list after it is the minutes' own numbering, not an agenda */
const MINUTES_TITLE = /^(?:draft\s+|unconfirmed\s+|confirmed\s+|approved\s+)?minutes\b/i;
/** Lists further into the pack than this are reports' numbered paragraphs, not the agenda. */
const FRONT_PAGES = 4;

/** The block that opens the agenda on the front pages, before any minutes: its title or a summons. */
export function agendaMarker(blocks: Block[]): number {
  const end = minutesStart(blocks);
  for (let i = 0; i < end && frontPage(blocks[i], i); i++) {
    const b = blocks[i];
    if (b.kind === 'table') continue;
    const text = cleanText(b).replace(/[.:]$/, '');
    if ((AGENDA_TITLE.test(text) && !/\b(the|this|an|next|future)\s+agenda$/i.test(text) && text.length <= 80) || SUMMONS.test(text)) return i;
  }
  return -1;
}

/** Index of the first minutes title (a heading or bold line) on the front pages: an agenda comes before it. */
export function minutesStart(blocks: Block[]): number {
  for (let i = 0; i < blocks.length && frontPage(blocks[i], i); i++) {
    const b = blocks[i];
    if ((b.kind === 'heading' || b.bold) && MINUTES_TITLE.test(cleanText(b))) return i;
  }
  return blocks.length;
}

/** On the pack's front pages (or, without pages, among its first blocks). */
export function frontPage(b: { page: number | null }, index: number): boolean {
  return b.page !== null ? b.page <= FRONT_PAGES : index < 80;
}
