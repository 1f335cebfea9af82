// The resolutions of one minute (how they are printed: the comment of ../minutes.ts):
//   RESOLVED: that ...          | RESOLVED: (1) That ... (2) That ...   | RESOLVED: -  i. That ...  ii. That ...
//   It was agreed that ...      | Proposed A, seconded B and agreed that ...
import type { Resolution } from '../../records.js';
import type { MinuteSection } from './minutes-context.js';
import type { Para } from './paras.js';
import { proposalAt } from './proposals.js';
import { decisionsIn } from './decided-prose.js';
import { listFrom, RESOLVED } from './resolution-list.js';

const INLINE_MARKER = /(?:^|\s)(\(([A-Za-z]|[ivx]{1,5}|\d{1,2})\))\s+/g;

export function resolutionsOf(section: MinuteSection, meetingDate: string | null): Resolution[] {
  const out: Resolution[] = [];
  const paras = section.paras;
  const make = (index: string | null, text: string, sub: string[], page: number | null): Resolution =>
    ({ meeting_date: meetingDate, minute: section.minute, index, text: text.trim().replace(/:\s*[-–]$/, ':'), sub_items: sub, page });
  // a heading that runs on into its decision: "Finance - The following accounts were approved for payment"
  for (const text of decisionsIn(section.title)) out.push(make(null, text, [], section.page));
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const m = RESOLVED.exec(p.text);
    if (!m) {
      const decided = decidedIn(paras, i);
      for (const text of decided.texts) out.push(make(null, text, [], p.page));
      i = decided.end - 1;
      continue;
    }
    const rest = p.text.slice(m[0].length).trim();
    const inline = [...rest.matchAll(INLINE_MARKER)];
    if (inline.length >= 2 && rest.trim().startsWith(inline[0][1])) {
      inline.forEach((im, k) => {
        const end = k + 1 < inline.length ? inline[k + 1].index : rest.length;
        out.push(make(im[2], rest.slice(im.index + im[0].length, end), [], p.page));
      });
      continue;
    }
    if (rest && !/[:–—-]$/.test(rest)) {
      out.push(make(null, rest, [], p.page));
      continue;
    }
    let start = i + 1;
    const intro = paras[start];
    let leadIn = rest ? { text: rest, page: p.page } : null;
    if (intro && !intro.marker && !RESOLVED.test(intro.text)) {
      if (!/:\s*[-–]?$/.test(intro.text)) {
        out.push(make(null, intro.text, [], intro.page));
        i = start;
        continue;
      }
      // "that:" + "County Council ... agree the following:" reads as one sentence
      leadIn = { text: `${rest.replace(/[\s:;,–—-]+$/, '')} ${intro.text}`, page: rest ? p.page : intro.page };
      start++;
    }
    const { items, end } = listFrom(paras, start);
    if (!items.length && rest) out.push(make(null, rest, [], p.page));
    // a lead-in and its clauses are one resolution (nested clauses inline); items without one stay separate
    if (items.length && leadIn) out.push(make(null, leadIn.text, items.map((it) => [it.text, ...it.sub].join(' ')), leadIn.page));
    else for (const it of items) out.push(make(it.index, it.text, it.sub, it.page));
    i = Math.max(i, end - 1);
  }
  return out;
}

/**
 * A decision stated in prose: a motion moved, seconded and carried ("... seconded by B and agreed that X",
 * "Motion made by A / That X / Motion Passed"), or sentences "It was resolved that X", "The Board adopted X".
 */
function decidedIn(paras: Para[], i: number): { texts: string[]; end: number } {
  const proposed = proposalAt(paras, i);
  if (proposed) {
    const { result, text, clause } = proposed.proposal;
    return { texts: result === 'carried' && clause ? [text] : decisionsIn(paras[i].text), end: proposed.end };
  }
  return { texts: decisionsIn(paras[i].text), end: i + 1 };
}
