// Tiny builder of document models from strings, for unit tests of section parsers.
// Each string is one block; "\n" separates its lines; "**...**" makes a line bold; a leading "- " (with
// two spaces per level of indent) makes a list item; "# " a heading; "@N " sets the page of the block.
import type { Block, DocModel, Line } from '../src/model.js';
import { bodyBlocks } from '../src/model.js';
import type { SectionContext } from '../src/sections/types.js';
import type { Meeting } from '../src/records.js';

export function block(spec: string): Block {
  let s = spec;
  let page: number | null = 1;
  const pm = /^@(\d+)\s+/.exec(s);
  if (pm) { page = Number(pm[1]); s = s.slice(pm[0].length); }
  let kind: Block['kind'] = 'paragraph';
  let depth: number | undefined;
  let marker: string | undefined;
  const li = /^(\s*)- /.exec(s);
  if (li) { kind = 'list_item'; depth = li[1].length / 2; marker = '-'; s = s.slice(li[0].length); }
  if (s.startsWith('# ')) { kind = 'heading'; s = s.slice(2); }
  const lines: Line[] = s.split('\n').map((raw) => {
    const bold = /^\*\*.*\*\*$/.test(raw.trim());
    const text = raw.replace(/\*\*/g, '').trim();
    return { text, spans: [{ text, bold, italic: false }], box: null, fontSize: 11, bold, italic: false, page };
  });
  const text = lines.map((l) => l.text).join(' ');
  return {
    kind, text, spans: lines.flatMap((l) => l.spans), lines, page, box: null, fontSize: 11,
    bold: lines.every((l) => l.bold), italic: false, depth, marker, level: kind === 'heading' ? 2 : undefined,
  };
}

export function docOf(specs: string[]): DocModel {
  const blocks = specs.map(block);
  const pages = [...new Set(blocks.map((b) => b.page))].map((n) => ({
    number: n, width: null, height: null, blocks: blocks.filter((b) => b.page === n),
  }));
  return { format: 'text', pages, pageCount: pages.length, title: null, warnings: [] };
}

export function ctxOf(specs: string[], meeting: Partial<Meeting> = {}): SectionContext {
  const doc = docOf(specs);
  return {
    doc, blocks: bodyBlocks(doc), reports: [],
    meeting: { body: null, date: null, time: null, venue: null, ...meeting }, records: {},
  };
}
