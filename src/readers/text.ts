// Text reader: a pack exported as text (markdown-like: # headings, **bold**, "- " lists, tab-separated
// table rows, embedded HTML fragments; see markdown.ts). A form feed (\f) marks a page break, and then
// pages are numbered from 1; without form feeds the text has one page with number null.
import * as cheerio from 'cheerio';
import type { DocModel, Page } from '../model.js';
import type { ReadOptions } from './index.js';
import { htmlBlocks } from './html.js';
import { markdownToHtml } from './markdown.js';

/** Text list items print "-" as their bullet. */
const TEXT_BULLET = '-';

export function readText(text: string, _opts: ReadOptions): DocModel {
  const chunks = text.split('\f');
  const paged = chunks.length > 1;
  const pages: Page[] = chunks.map((chunk, k) => {
    const page = paged ? k + 1 : null;
    const $ = cheerio.load(`<body>${markdownToHtml(chunk, { keepLines: true })}</body>`);
    const blocks = htmlBlocks($('body').get(0)!, { page, tableMethod: 'text', bullet: TEXT_BULLET });
    return { number: page, width: null, height: null, blocks };
  });
  const first = pages.flatMap((p) => p.blocks).find((b) => b.kind === 'heading');
  return { format: 'text', pages, pageCount: paged ? pages.length : null, title: first?.text ?? null, warnings: [] };
}
