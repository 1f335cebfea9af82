// Minute items and their resolutions:
//   681 NOTICE OF RECORDING            | 286.  Apologies for Absence (Item 1)
//   RESOLVED: -                        | RESOLVED that the minutes ... be approved as a correct record.
//   That the ... be noted.             | 3. RESOLVED that Cabinet agree to:  A) Note ...  b) Note ...
//   i. That ...  ii. That ...  iii. That the PCC provide: -   - Data on ...   - The package ...
//   RESOLVED: (A) ... (B) ...          | (27) RESOLVED that: <intro>: <group heading> (a) ... (v) ...
// A lead-in before the items ("that Cabinet agree to:", "that County Council ... agree the following:")
// and its clauses are ONE resolution: the lead-in in `text`, the clauses in `sub_items` (OUTPUT.md).
// Items with no lead-in ("RESOLVED: -" then i. ii. iii.) are separate resolutions with their index.
import type { MinuteItem, Resolution, WarningRecord } from '../records.js';
import { findMinutes, type MinuteSection } from './from-text/minutes-context.js';
import { oneBullet, type Para } from './from-text/paras.js';
import { proposalAt } from './from-text/proposals.js';
import { decisionsIn } from './from-text/decided-prose.js';
import { listFrom, RESOLVED } from './from-text/resolution-list.js';
import type { SectionParser } from './types.js';
const INLINE_MARKER = /(?:^|\s)(\(([A-Za-z]|[ivx]{1,5}|\d{1,2})\))\s+/g;

function resolutionsOf(section: MinuteSection, meetingDate: string | null): Resolution[] {
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

export const minutesParser: SectionParser = {
  name: 'minutes',
  produces: ['minute_items', 'resolutions'],
  parse(ctx) {
    const minute_items: MinuteItem[] = [];
    const resolutions: Resolution[] = [];
    const warnings: WarningRecord[] = [];
    for (const doc of findMinutes(ctx)) {
      for (const section of doc.minutes) {
        minute_items.push({
          meeting_date: doc.meetingDate, minute: section.minute, title: section.title,
          // one bullet glyph whatever the rendering printed; numbered markers ("i.", "(a)") as printed
          text: section.paras.map((p) => oneBullet(p.raw)).join(' ').replace(/\s+/g, ' ').trim(),
          page: section.page,
        });
        for (const r of resolutionsOf(section, doc.meetingDate)) {
          // "RESOLVED: ." has no words: what was resolved is not known, so no record is invented
          if (/[\p{L}\d]/u.test(r.text) || r.sub_items.length) resolutions.push(r);
          else warnings.push({ code: 'empty_text', page: r.page, message: `minute ${r.minute ?? '(unnumbered)'}: a resolution with no words, not recorded` });
        }
      }
    }
    return { minute_items, resolutions, warnings };
  },
};
