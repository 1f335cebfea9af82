// Segment a pack into reports: which pages hold which report. A pack is printed as one flow (reports
// need not start at a page top), so a report starts at a heading that is either of the document's top
// heading level, titled like a report ("Report to ...", "Minutes of the meeting ..."), or directly
// followed (past any subtitles) by a report's front matter ("Date:", "Report of:", "Author:"). Headings that
// stand together at a report's start form one title; blocks before the first report are front matter.
import type { Block, DocModel } from './model.js';
import { bodyBlocks } from './model.js';
import type { Report } from './sections/types.js';

const REPORT_TITLE = /^(report\s+(to|of|by)\b|(draft\s+)?minutes\s+of\s+(the\s+)?(\w+\s+)?(meeting|proceedings)\b)/i;
const ADDRESSEE_ONLY = /^report\s+to\s+(the\s+)?[\w\s&,'’]*$/i;
const FRONT_MATTER = /^(date(\s+of\s+(the\s+)?meeting)?|report\s+(of|to|by)|report\s+authors?|authors?|lead\s+officer|contact(\s+officer)?|subject|wards?\s+affected)\s*:/i;
/** a report's leading headings (title, subtitle) stay one title up to this many */
const MAX_TITLE_HEADINGS = 3;

export function segmentReports(doc: DocModel): Report[] {
  const blocks = bodyBlocks(doc);
  const topLevel = topHeadingLevel(blocks);
  const reports: Report[] = [];
  let current: Report | null = null;
  blocks.forEach((b, i) => {
    // "Report to the Panel" names only the addressee: the heading under it says what the report is
    const subtitle = b.kind === 'heading' && current !== null && onlyTitles(current) && ADDRESSEE_ONLY.test(current.title);
    if (subtitle || isReportStart(blocks, i, topLevel)) {
      if (current && onlyTitles(current)) {
        // a heading right after another report title: a subtitle, part of the same title
        current.title = [...current.blocks, b].map((h) => h.text).join(' – ');
        current.blocks.push(b);
        if (b.page !== null) current.pageEnd = b.page;
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
    if (b.page !== null) current.pageEnd = b.page;
  });
  return reports;
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

function topHeadingLevel(blocks: Block[]): number {
  const levels = blocks.filter((b) => b.kind === 'heading').map((b) => b.level ?? 6);
  if (levels.length === 0) return 0;
  return Math.min(...levels);
}
