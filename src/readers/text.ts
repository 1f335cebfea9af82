// Text reader: a pack exported as text (markdown-like: # headings, **bold**, "- " lists, tab-separated
// table rows, embedded HTML fragments; see markdown.ts). Pages: a form feed (\f) marks a page break, and
// then pages are numbered from 1; else lines printed alone as "Page 3" / "Page 3 of 12", numbered one
// after another, split the pages; without either the text has one page with number null.
import * as cheerio from 'cheerio';
import type { DocModel, Page } from '../model.js';
import type { ReadOptions } from './index.js';
import { htmlBlocks } from './html.js';
import { markdownToHtml } from './markdown.js';
import { unflattenColumns } from './columns.js';

/** Text list items print "-" as their bullet. */
const TEXT_BULLET = '-';
const PAGE_MARK = /^[ \t]*(?:\*\*|__)?[ \t]*page[ \t]+(\d{1,4})(?:[ \t]+of[ \t]+\d{1,4})?[ \t]*(?:\*\*|__)?[ \t]*$/gim;

interface Chunk { text: string; page: number | null }

/** The text cut into its pages (see the file comment). */
export function textPages(text: string): Chunk[] {
  if (text.includes('\f')) return text.split('\f').map((t, k) => ({ text: t, page: k + 1 }));
  const marks = [...text.matchAll(PAGE_MARK)];
  const numbers = marks.map((m) => Number(m[1]));
  if (marks.length < 2 || numbers.some((n, k) => k > 0 && n !== numbers[k - 1] + 1)) return [{ text, page: null }];
  const pieces: string[] = [];
  let from = 0;
  for (const m of marks) {
    pieces.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  pieces.push(text.slice(from));
  const blank = (t: string) => t.trim() === '';
  // a first mark with text above it ends its page when it is "Page 1" (a footer), else it heads the next page
  const footer = !blank(pieces[0]) && numbers[0] === 1;
  const start = blank(pieces[0]) || footer ? numbers[0] : numbers[0] - 1;
  const chunks = (blank(pieces[0]) && !footer ? pieces.slice(1) : pieces).map((t, k) => ({ text: t, page: start + k }));
  if (chunks.length > 1 && blank(chunks[chunks.length - 1].text)) chunks.pop();
  return chunks;
}

export function readText(text: string, _opts: ReadOptions): DocModel {
  const chunks = textPages(text);
  const paged = chunks[0].page !== null;
  const pages: Page[] = chunks.map(({ text: chunk, page }) => {
    const $ = cheerio.load(`<body>${markdownToHtml(chunk, { keepLines: true })}</body>`);
    const blocks = unflattenColumns(htmlBlocks($('body').get(0)!, { page, tableMethod: 'text', bullet: TEXT_BULLET }));
    return { number: page, width: null, height: null, blocks };
  });
  const first = pages.flatMap((p) => p.blocks).find((b) => b.kind === 'heading');
  return { format: 'text', pages, pageCount: paged ? pages.length : null, title: first?.text ?? null, warnings: [] };
}
