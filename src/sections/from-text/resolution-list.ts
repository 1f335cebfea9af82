// Items of a resolution as printed after "RESOLVED ...:":
//   i. That ...   ii. That ...   iii. That ...: -   ◦ Data on ...   ◦ The package ...
//   A) Note ...   b) Note ...    | (a) ... (h) ... (i) ... (v)   (with group headings in between)
//   1. Agree ...  2. Note ...    | - That ...   (bullets; deeper bullets are sub-items)
// A marker of another kind under an item, or an indented paragraph when the reader lost the marker,
// is a sub-item of that item.
import { RESOLVED_MARK } from '../../vocab/index.js';
import type { Para } from './paras.js';

export interface ResolutionItem {
  index: string | null;
  text: string;
  sub: string[];
  page: number | null;
}

type MarkerType = 'bullet' | 'roman' | 'alpha' | 'numeric';

function core(marker: string): string {
  return marker.replace(/[().]/g, '');
}

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const t = s.toLowerCase();
  for (let k = 0; k < t.length; k++) {
    const cur = v[t[k]] ?? 0;
    total += cur < (v[t[k + 1]] ?? 0) ? -cur : cur;
  }
  return total;
}

function value(marker: string, type: MarkerType): number {
  const c = core(marker);
  if (type === 'numeric') return Number(c);
  if (type === 'alpha') return c.toLowerCase().charCodeAt(0) - 96;
  if (type === 'roman') return romanValue(c);
  return 0;
}

/** The marker's type, read in the context of the list it may continue ("(i)" after "(h)" is a letter). */
function typeOf(marker: string, prev: { marker: string; type: MarkerType } | null): MarkerType {
  const c = core(marker);
  if (!/[A-Za-z0-9]/.test(c)) return 'bullet';
  if (/^\d+$/.test(c)) return 'numeric';
  if (prev && (prev.type === 'alpha' || prev.type === 'roman') && /^[ivxlc]+$/i.test(c)) {
    if (value(marker, prev.type) === value(prev.marker, prev.type) + 1) return prev.type;
  }
  if (/^[ivxlc]{2,}$/i.test(c) || /^i$/i.test(c)) return 'roman';
  return 'alpha';
}

/** "i." -> "i", "A)" -> "A", "(a)" -> "a": one index however the list marks its items. */
function indexOf(marker: string): string {
  return marker.replace(/^\((.*)\)$/, '$1').replace(/[.)]$/, '');
}

const startsSequence = (marker: string, type: MarkerType) => type === 'bullet' || value(marker, type) === 1;

/** Numbered, lettered or bulleted resolution items from paras[start]; sub-lists become sub_items. */
export function listFrom(paras: Para[], start: number): { items: ResolutionItem[]; end: number } {
  const items: ResolutionItem[] = [];
  let top: { marker: string; type: MarkerType; depth: number; x0: number | null } | null = null;
  let sub: { marker: string; type: MarkerType } | null = null;
  let colonSubs = false;
  let j = start;
  for (; j < paras.length; j++) {
    const q = paras[j];
    if (RESOLVED_MARK.test(q.text)) break;
    const last = items[items.length - 1];
    if (!q.marker) {
      const groupHeading = q.text.length < 80 && !/[.;]$/.test(q.text);
      if (!last) {
        if (groupHeading && j - start < 2) continue;
        break;
      }
      if (/^[a-z]/.test(q.text)) {
        if (last.sub.length) last.sub[last.sub.length - 1] += ` ${q.text}`;
        else last.text += ` ${q.text}`;
        continue;
      }
      // sub-items whose markers were lost: indented under the item, or following an item ending in ":"
      const indented = q.x0 !== null && top !== null && top.x0 !== null && q.x0 > top.x0 + 4;
      const afterColon: boolean = q.x0 === null && (colonSubs || /:\s*[-–]?$/.test(last.text));
      if (!q.bold && !q.heading && (indented || afterColon)) {
        colonSubs = afterColon;
        last.sub.push(q.text);
        continue;
      }
      if (groupHeading) continue; // "2025-26 Council Tax" between items
      break;
    }
    const type = typeOf(q.marker, top);
    if (!top) {
      if (!startsSequence(q.marker, type)) break;
      top = { marker: q.marker, type, depth: q.depth, x0: q.x0 };
      items.push({ index: type === 'bullet' ? null : indexOf(q.marker), text: q.text, sub: [], page: q.page });
      continue;
    }
    const nextTop = type === top.type && (type === 'bullet' ? q.depth <= top.depth : value(q.marker, type) === value(top.marker, type) + 1);
    if (nextTop) {
      top.marker = q.marker;
      sub = null;
      colonSubs = false;
      items.push({ index: type === 'bullet' ? null : indexOf(q.marker), text: q.text, sub: [], page: q.page });
      continue;
    }
    const subType = typeOf(q.marker, sub);
    const continuesSub = sub && subType === sub.type && (subType === 'bullet' || value(q.marker, subType) === value(sub.marker, subType) + 1);
    if (last && subType !== top.type && (continuesSub || startsSequence(q.marker, subType)) || (type === 'bullet' && q.depth > top.depth && last)) {
      sub = { marker: q.marker, type: subType };
      last.sub.push(q.text);
      continue;
    }
    break;
  }
  return { items, end: j };
}
