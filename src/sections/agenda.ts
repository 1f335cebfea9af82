// The pack's own agenda (front pages), printed either as a table
//   Supporting Document | Item | Topic                                           | Approximate time
//   Attached            | 4    | **MINUTES** To confirm the Minutes of the ...   | 14:05
// or as a numbered list (agenda-list.ts).
import type { Block } from '../model.js';
import type { AgendaItem } from '../records.js';
import { toTime } from '../normalise/dates.js';
import type { SectionParser } from './types.js';
import { clean, findTables, type ColumnRules } from './from-tables/table-helpers.js';
import { sliceSpans, splitTitle } from './from-text/titles.js';
import { agendaLines, headerInside, inTopicColumn, itemNumber, type AgendaColumn, type AgendaLine } from './from-tables/agenda-rows.js';
import { listAgenda, type Found } from './from-text/agenda-list.js';
import { pagesIn, withoutPages } from './from-text/agenda-item.js';
import { frontPage, minutesStart } from './from-text/agenda-marker.js';

const COLUMNS: ColumnRules<AgendaColumn> = [
  // English and Welsh header words (Eitem, Rhif, Amser, Tudalennau, Atodiad, Pwnc, Teitl, Mater)
  ['number', /^(agenda\s+)?(item|no\.?|number|ref\.?|#|eitem|rhif)(\s+(no\.?|#))?$/i],
  ['time', /\b(time|amser)\b/i],
  ['pages', /^(pages?|page\s+no\.?|tudalen(nau)?)$/i],
  ['document', /\b(supporting|document|papers?|attach|enclos|atodiad)/i],
  ['topic', /\b(topic|title|subject|business|description|matter|report|item|pwnc|teitl|mater)\b/i],
];

export const agendaParser: SectionParser = {
  name: 'agenda',
  produces: ['agenda_items'],
  parse(ctx) {
    const table = tableAgenda(ctx.blocks);
    const list = listAgenda(ctx.blocks);
    if (table && list) return { agenda_items: table.at <= list.at ? table.items : list.items };
    return { agenda_items: (table ?? list)?.items ?? [] };
  },
};

function tableAgenda(blocks: Block[]): Found | null {
  // on the front pages, before any minutes (a minutes table "No. | Item | Action by" is no agenda)
  const end = minutesStart(blocks);
  const where = (b: Block, i: number) => i < end && frontPage(b, i);
  const first = findTables(blocks, COLUMNS, ['number', 'topic']).find((t) => t.rows.length > 0 && where(blocks[t.blockIndex], t.blockIndex)) ??
    headerInside(blocks, COLUMNS, ['number', 'topic'], where);
  if (!first) return null;
  const { lines, frame } = agendaLines(blocks, first, COLUMNS, frontPage);
  const drafts: Draft[] = [];
  let main = 0;
  for (const line of lines) {
    const last = drafts.at(-1);
    const opened = line.numberCell !== null ? { number: itemNumber(line.numberCell), rest: line.topic, at: 0 }
      : !inTopicColumn(line, frame) || line.x0 === null ? numberAtStart(line.topic, main) : null;
    if (opened?.number) {
      main = parseInt(opened.number, 10);
      drafts.push({ ...line, number: opened.number, spans: sliceSpans(line.spans, opened.at, line.topic.length), topic: opened.rest });
      continue;
    }
    if (!last) {
      if (line.x0 !== null) break; // text before the first item: not this agenda
      continue;
    }
    if (line.x0 !== null && !inTopicColumn(line, frame)) break;
    // the topic going on (a wrapped line, a row continued on the next page); a time or document set apart
    const fresh = line.topic.length - overlap(last.topic, line.topic); // (a style's table split reads a line twice)
    if (fresh > 0) {
      const spans = sliceSpans(line.spans, line.topic.length - fresh, line.topic.length);
      last.spans = last.topic ? [...last.spans, SPACE, ...spans] : spans;
      last.topic = clean(`${last.topic} ${line.topic.slice(-fresh)}`);
    }
    last.time ||= line.time;
    last.lead ||= line.lead;
    last.pages ||= line.pages;
  }
  const { time, pages: pagesColumn, document } = frame.columns;
  const items = drafts.map((d): AgendaItem => {
    const { title, description } = splitTitle(d.spans, d.topic);
    const pages = pagesIn(d.topic) ?? (pagesColumn !== undefined ? pagesIn(d.pages, true) : null);
    return {
      number: d.number,
      title: withoutPages(title),
      description: description ? withoutPages(description) || null : null,
      supporting_document: document !== undefined ? isAttached(d.lead) : pages !== null,
      time: time !== undefined ? toTime(d.time) : null,
      pages,
      page: d.page,
    };
  });
  return { items, at: first.blockIndex };
}

/** How much of `b`'s start (three words or more, whole words) `a` already ends with. */
function overlap(a: string, b: string): number {
  for (let k = Math.min(a.length, b.length); k >= 12; k--) {
    if ((k === b.length || b[k] === ' ') && a.endsWith(b.slice(0, k)) && b.slice(0, k).split(' ').length >= 3 &&
      (a.length === k || a[a.length - k - 1] === ' ')) return k;
  }
  return 0;
}

type Draft = AgendaLine & { number: string };
const SPACE = { text: ' ', bold: false, italic: false };

/** "7 POLICE AND CRIME ..." opening a line: the next item's number (or a sub-item of this one). */
function numberAtStart(text: string, main: number): { number: string; rest: string; at: number } | null {
  const m = /^((?:(?:agenda\s+)?item\s+)?(\d{1,3})(?:\.(\d{1,2})|([a-h]))?[.)]?\s+)(?=[\p{Lu}\d"'‘“(])/iu.exec(text);
  if (!m) return null;
  const n = Number(m[2]);
  const sub = m[3] ?? m[4];
  if (!(n === main + 1 && !sub) && !(n === main && sub) && !(main === 0 && n === 1)) return null;
  return { number: sub ? (m[3] ? `${n}.${sub}` : `${n}${sub.toLowerCase()}`) : String(n), rest: text.slice(m[1].length), at: m[1].length };
}

const isAttached = (text: string) => text !== '' && !/^(no|none|n\/a|[-–—])$/i.test(text);
