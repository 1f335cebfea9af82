// The resolutions of one minute (how they are printed: the comment of ../minutes.ts):
//   RESOLVED: that ...          | RESOLVED: (1) That ... (2) That ...   | RESOLVED: -  i. That ...  ii. That ...
//   It was agreed that ...      | Proposed A, seconded B and agreed that ...
import type { Resolution } from '../../records.js';
import type { MinuteSection } from './minutes-context.js';
import type { Para } from './paras.js';
import { proposalAt } from './proposals.js';
import { decisionsIn } from './decided-prose.js';
import { RESOLVED_MARK as RESOLVED } from '../../vocab/index.js';
import { listFrom } from './resolution-list.js';

const INLINE_MARKER = /(?:^|\s)(\(([A-Za-z]|[ivx]{1,5}|\d{1,2})\))\s+/g;
/** a motion's clause with its verb in capitals, as some councils print what they resolve: "That X BE APPROVED" */
const THAT_BE = /^That,?\s.*\bBE\s+\p{Lu}{4,}\b/u;
/** a list marker opening the text after "RESOLVED:" */
const FIRST_MARKER = /^(\(?(?:[ivx]{1,4}|[a-zA-Z]|\d{1,2})[.)])\s+/;

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
      const { texts, end } = decidedIn(paras, i);
      // "The Council agreed to approve the following payments:" then a) b) c): the clauses are its sub_items
      const clauses = texts.length > 0 && /:\s*[-–]?$/.test(texts[texts.length - 1]) ? listFrom(paras, end) : null;
      const subs = clauses ? clauses.items.map((it) => [it.text, ...it.sub].join(' ')) : [];
      texts.forEach((text, k) => out.push(make(null, text, k === texts.length - 1 ? subs : [], p.page)));
      i = (subs.length ? clauses!.end : end) - 1;
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
    // "RESOLVED: (1) That X" then "(2) That Y" below it: the list's first item runs on after the lead ("(1)" or
    // "1." may stand alone; "A." may be an initial unless a "B." follows)
    const first = FIRST_MARKER.exec(rest);
    if (first) {
      const { items, end } = listFrom([{ ...p, text: rest.slice(first[0].length), raw: rest, marker: first[1] }, ...paras.slice(i + 1)], 0);
      if (items.length > 1 || (items.length === 1 && /^\(|^\d/.test(first[1]))) {
        for (const it of items) out.push(make(it.index, it.text, it.sub, it.page));
        i += end - 1;
        continue;
      }
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
 * A carried motion followed by a decision of its own ("Cllr A proposed that the recommendation be accepted,
 * seconded by Cllr B. Carried." then "RESOLVED that ...") is what that decision records: not a second one.
 */
function decidedIn(paras: Para[], i: number): { texts: string[]; end: number } {
  const proposed = proposalAt(paras, i);
  if (proposed) {
    const { result, text, clause } = proposed.proposal;
    const carried = result === 'carried' && clause && !decisionFollows(paras, proposed.end);
    return { texts: carried ? [text] : decisionsIn(paras[i].text), end: proposed.end };
  }
  const said = decisionsIn(paras[i].text);
  // "That it BE NOTED Councillor A discloses ...": a resolution in the form of a motion, stated without a mover
  return { texts: said.length === 0 && paras[i].marker === null && THAT_BE.test(paras[i].text) ? [paras[i].text] : said, end: i + 1 };
}

/** paras[k] states a decision and is no proposal of its own */
function decisionFollows(paras: Para[], k: number): boolean {
  const next = paras[k];
  if (!next || next.marker !== null || proposalAt(paras, k)) return false;
  return RESOLVED.test(next.text) || decisionsIn(next.text).length > 0;
}
