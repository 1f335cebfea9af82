// The pack's own agenda (front pages), printed either as a table
//   Supporting Document | Item | Topic                                           | Approximate time
//   Attached            | 4    | **MINUTES** To confirm the Minutes of the ...   | 14:05
// or as a numbered list (agenda-list.ts).
import type { Block } from '../model.js';
import type { AgendaItem } from '../records.js';
import { toTime } from '../normalise/dates.js';
import type { SectionParser } from './types.js';
import { clean, findTables, joinText, type ColumnRules } from './table-helpers.js';
import { splitTitle } from './titles.js';
import { frontPage, listAgenda, pagesIn, withoutPages, type Found } from './agenda-list.js';

type AgendaColumn = 'number' | 'time' | 'pages' | 'document' | 'topic';
const COLUMNS: ColumnRules<AgendaColumn> = [
  ['number', /^(agenda\s+)?(item|no\.?|number|ref\.?)(\s+no\.?)?$/i],
  ['time', /\btime\b/i],
  ['pages', /^(pages?|page\s+no\.?)$/i],
  ['document', /\b(supporting|document|papers?|attach|enclos)/i],
  ['topic', /\b(topic|title|subject|business|description|matter|report|item)\b/i],
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
  const table = findTables(blocks, COLUMNS, ['number', 'topic'])
    .find((t) => t.rows.length > 0 && frontPage(blocks[t.blockIndex], t.blockIndex));
  if (!table) return null;
  const { number, topic, time, pages: pagesColumn, document } = table.columns as Record<AgendaColumn, number | undefined>;
  const items: AgendaItem[] = [];
  for (const row of table.rows) {
    const cell = row.cells[topic!];
    const printed = itemNumber(row.texts[number!]);
    if (!printed) {
      // a topic continued from the page before
      const last = items.at(-1);
      if (last) last.description = joinText(last.description, row.texts[topic!]);
      continue;
    }
    const { title, description } = splitTitle(cell?.spans ?? [], row.texts[topic!]);
    const pages = pagesIn(row.texts[topic!]) ?? (pagesColumn !== undefined ? pagesIn(row.texts[pagesColumn], true) : null);
    items.push({
      number: printed,
      title: withoutPages(title),
      description: description ? withoutPages(description) || null : null,
      supporting_document: document !== undefined ? isAttached(row.texts[document]) : pages !== null,
      time: time !== undefined ? toTime(row.texts[time]) : null,
      pages,
      page: row.page,
    });
  }
  return { items, at: table.blockIndex };
}

function itemNumber(text: string): string | null {
  const m = /^(?:item\s+)?(\d{1,3}(?:\.\d{1,2}|\s?\(?[a-h]\)?)?)[.)]?$/i.exec(clean(text));
  return m ? m[1].replace(/[\s()]/g, '') : null;
}

const isAttached = (text: string) => text !== '' && !/^(no|none|n\/a|[-–—])$/i.test(text);
