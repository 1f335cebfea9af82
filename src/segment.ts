// Segment a pack into reports: which pages hold which report. A pack is printed as one flow (reports
// need not start at a page top), so a report starts at a heading that is either of the document's top
// heading level (set larger than the body text), titled like a report ("Report to ...", "Minutes of
// the meeting of ..."), or directly followed (past any subtitles) by a report's front matter ("Date:",
// "Report of:", "Author:"); an "Agenda Item 7" stamp also opens one. Headings that stand together at a
// report's start form one title; blocks before the first report are front matter.
import type { Block, DocModel } from './model.js';
import { bodyBlocks } from './model.js';
import type { Report } from './sections/types.js';

const REPORT_TITLE = /^(report\s+(to|of|by)\b|(draft\s+)?minutes\s+of\s+(the\s+|a\s+)?(\w+\s+)?(meeting|proceedings)\s+of\b)/i;
const ADDRESSEE_ONLY = /^report\s+to\s+(the\s+)?[\w\s&,'’]*$/i;
const FRONT_MATTER = /^(date(\s+of\s+(the\s+)?meeting)?|report\s+(of|to|by)|report\s+authors?|authors?|lead\s+officer|contact(\s+officer)?|subject|wards?\s+affected)\s*:/i;
/** the stamp pack builders print at the top of each report's first page */
const AGENDA_STAMP = /^agenda\s+item\s+\d{1,3}[a-z]?\.?$/i;
/** a report's leading headings (title, subtitle) stay one title up to this many */
const MAX_TITLE_HEADINGS = 3;

export function segmentReports(doc: DocModel): Report[] {
  const blocks = bodyBlocks(doc);
  const topLevel = topHeadingLevel(blocks);
  const reports: Report[] = [];
  let current: Report | null = null;
  blocks.forEach((b, i) => {
    if (AGENDA_STAMP.test(b.text)) {
      // "Agenda Item 7" opens a report; its first heading will be its title
      current = { title: '', pageStart: b.page, pageEnd: b.page, blocks: [b] };
      reports.push(current);
      return;
    }
    if (b.kind === 'heading' && current && current.title === '' && AGENDA_STAMP.test(current.blocks[0]?.text ?? '')) {
      current.title = b.text;
      current.blocks.push(b);
      extendTo(current, b);
      return;
    }
    // "Report to the Panel" names only the addressee: the heading under it says what the report is
    const subtitle = b.kind === 'heading' && current !== null && onlyTitles(current) && ADDRESSEE_ONLY.test(current.title);
    if (subtitle || isReportStart(blocks, i, topLevel)) {
      if (current && current.title === b.text) {
        // the same title again (repeated on each page of an appendix): the same report goes on
        current.blocks.push(b);
        extendTo(current, b);
        return;
      }
      if (current && onlyTitles(current)) {
        // a heading right after another report title: a subtitle, part of the same title
        current.title = [...current.blocks, b].map((h) => h.text).join(' – ');
        current.blocks.push(b);
        extendTo(current, b);
        return;
      }
      current = { title: b.text, pageStart: b.page, pageEnd: b.page, blocks: [b] };
      reports.push(current);
      return;
    }
    if (!current) {
      current = { title: '', pageStart: b.page, pageEnd: b.page, blocks: [] };
      reports.push(current);
    }
    current.blocks.push(b);
    extendTo(current, b);
  });
  return reports;
}

/** A report runs to the last page of its last block (a table may continue over a page break). */
function extendTo(report: Report, b: Block): void {
  const last = b.table?.pageEnd ?? b.page;
  if (last !== null && (report.pageEnd === null || last > report.pageEnd)) report.pageEnd = last;
}

function isReportStart(blocks: Block[], i: number, topLevel: number): boolean {
  const b = blocks[i];
  if (b.kind !== 'heading') return false;
  if ((b.level ?? 6) <= topLevel || REPORT_TITLE.test(b.text)) return true;
  // the first block after the title (and any subtitle headings) opens the report's front matter
  const next = blocks.slice(i + 1, i + 1 + MAX_TITLE_HEADINGS).find((n) => n.kind !== 'heading');
  return next !== undefined && FRONT_MATTER.test(next.text);
}

function onlyTitles(report: Report): boolean {
  return report.blocks.length > 0 && report.blocks.length < MAX_TITLE_HEADINGS && report.blocks.every((b) => b.kind === 'heading');
}

/**
 * The level of the document's top headings, when they are set larger than its body text (0 when no
 * heading is: bold headings at body size are the items of one document, not report titles).
 */
function topHeadingLevel(blocks: Block[]): number {
  const body = bodySize(blocks);
  const levels = blocks.filter((b) => b.kind === 'heading' && b.fontSize > body + 0.5).map((b) => b.level ?? 6);
  if (levels.length === 0) return 0;
  return Math.min(...levels);
}

/** Most common font size of paragraphs and list items, by characters. */
function bodySize(blocks: Block[]): number {
  const chars = new Map<number, number>();
  for (const b of blocks) {
    if (b.kind === 'paragraph' || b.kind === 'list_item') chars.set(b.fontSize, (chars.get(b.fontSize) ?? 0) + b.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most || (n === most && size < best)) [best, most] = [size, n];
  return best;
}
