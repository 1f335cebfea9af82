// Segment a pack into reports: which pages hold which report. A report starts at a top-level heading
// (largest heading sizes in the document, or a "Report to/of ..." title) at the top of a page.
import type { Block, DocModel } from './model.js';
import { bodyBlocks } from './model.js';
import type { Report } from './sections/types.js';

export function segmentReports(doc: DocModel): Report[] {
  const blocks = bodyBlocks(doc);
  const reports: Report[] = [];
  let current: Report | null = null;
  const topLevel = topHeadingLevel(blocks);
  for (const b of blocks) {
    if (b.kind === 'heading' && (b.level ?? 6) <= topLevel) {
      current = { title: b.text, pageStart: b.page, pageEnd: b.page, blocks: [b] };
      reports.push(current);
      continue;
    }
    if (!current) {
      current = { title: '', pageStart: b.page, pageEnd: b.page, blocks: [] };
      reports.push(current);
    }
    current.blocks.push(b);
    if (b.page !== null) current.pageEnd = b.page;
  }
  return reports;
}

function topHeadingLevel(blocks: Block[]): number {
  const levels = blocks.filter((b) => b.kind === 'heading').map((b) => b.level ?? 6);
  if (levels.length === 0) return 0;
  return Math.min(...levels);
}
