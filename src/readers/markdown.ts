// Packs exported as text look like this (markdown-like, with HTML fragments and tab tables):
//   ## **Report to the Panel - Budget 2023/24**      heading (#..######), **bold**, *italic*, [label](url)
//   - 1.4 The other main points ...                  list item; two more leading spaces per nesting level
//   2. Serious youth violence ...                    numbered item
//   Band<TAB>2022/23<TAB>2023/24                      consecutive tab lines form one table (a blank line ends it)
//   <b>Total</b><TAB><b>711.4</b>                     embedded HTML fragments (<b>, <i>, <p>, <ul>/<ol>/<li>, <a>)
//   Cllr A – Townshire␠␠                             two trailing spaces: a soft line break
//   ---\ntitle: "Minutes"\ndate: ...\n---              YAML front matter: its title is the first heading
//   > [!abstract]- Present:                           quotes and callouts: their text, the markers dropped
//   |Yeas:|\n|-|\n|A. Smith|                           pipe tables (the row above |-| is a header row)
//   <table>...</table>                                a line opening with a block tag: raw HTML up to a blank line
//   • An overview ...                                 bullet glyphs of text converted from PDF
// Paragraph breaks inside sentences of text converted from PDF are removed first (wrapped.ts).
// This module turns such text into HTML, so that the HTML reader builds the blocks and both readers agree.

import { RULE, rejoinWrapped } from './wrapped.js';

export type MarkdownBlock =
  | { type: 'heading'; level: number; raw: string }
  | { type: 'para'; lines: string[]; raw: string }
  | { type: 'list'; items: ListItem[] }
  | { type: 'table'; rows: string[][]; headerRows?: number }
  | { type: 'html'; raw: string };

interface ListItem {
  depth: number;
  ordered: boolean;
  number: number | null;
  lines: string[];
}

// bounded repeats: an unclosed "<b" or "[" must not make every later match scan to the end of the line
const PASS_TAG = /<\/?(b|i|u|strong|em|p|ul|ol|li|a|sup|sub|br|span|font|small|s|strike|del|ins)\b[^<>]{0,1000}>/iy;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/iy;
const AUTOLINK = /<(https?:\/\/[^>\s]{1,2000})>/y;
const LINK = /\[([^\]]{0,1000})\]\((?:<([^<>\n]{0,2000})>|([^)\s]{0,2000}))\)/y;
const ESCAPED = /\\([*_\\[\]#-])/y;
const STARS = /\*{1,3}/y;
const PLAIN = /[^<[\\*&]+|[\s\S]/y;
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const BULLET = /^( *)[-*+•▪◦●·]\s+(.*)$/;
const ORDERED = /^( *)(\d{1,3})[.)]\s+(.*)$/;
/** a line opening with a block-level tag starts raw HTML (CommonMark's HTML block), ended by a blank line */
const HTML_BLOCK = /^\s*<\/?(?:table|thead|tbody|tfoot|tr|td|th|caption|div|p|ul|ol|li|h[1-6]|blockquote|hr|center|dl|dt|dd|section|article|pre|!--)(?=[\s/>]|$)/i;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
/** "> " quote markers, and the "[!note]-" type of a callout */
const QUOTE = /^ {0,3}(?:>\s?)+(?:\[![\w-]+\][-+]?\s*)?/;
/** Deeper indentation than this many levels is read as this level (bounds the nesting of the HTML made). */
const MAX_LIST_DEPTH = 8;
const depthOf = (indent: string) => Math.min(MAX_LIST_DEPTH, Math.floor(indent.length / 2));

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Token = { html: string } | { stars: number } | { link: string; label: string };

/** Markdown inline markup -> HTML. Unpaired ** or * (export artefacts) are dropped. */
export function inlineToHtml(src: string): string {
  const tokens: Token[] = [];
  let i = 0;
  // sticky patterns matched in place: no slicing, linear in the line length
  const at = (re: RegExp) => { re.lastIndex = i; return re.exec(src); };
  while (i < src.length) {
    let m: RegExpExecArray | null;
    if ((m = at(AUTOLINK))) tokens.push({ html: `<a href="${escapeHtml(m[1])}">${escapeHtml(m[1])}</a>` });
    else if ((m = at(PASS_TAG))) tokens.push({ html: m[0] });
    else if ((m = at(ENTITY))) tokens.push({ html: m[0] });
    else if ((m = at(LINK))) tokens.push({ link: m[2] ?? m[3], label: m[1] });
    else if ((m = at(ESCAPED))) tokens.push({ html: escapeHtml(m[1]) });
    else if ((m = at(STARS))) tokens.push({ stars: m[0].length });
    else {
      m = at(PLAIN)!;
      tokens.push({ html: escapeHtml(m[0]) });
    }
    i += m[0].length;
  }
  // an emphasis run closes the most recent open run of the same length
  const open: number[] = [];
  tokens.forEach((t, k) => {
    if (!('stars' in t)) return;
    const j = open.findLastIndex((o) => (tokens[o] as { stars: number }).stars === t.stars);
    if (j < 0) return void open.push(k);
    const o = open[j];
    open.splice(j);
    const [a, b] = t.stars === 1 ? ['<em>', '</em>'] : t.stars === 2 ? ['<strong>', '</strong>'] : ['<strong><em>', '</em></strong>'];
    tokens[o] = { html: a };
    tokens[k] = { html: b };
  });
  return tokens
    .map((t) => ('stars' in t ? '' : 'link' in t ? `<a href="${escapeHtml(t.link)}">${inlineToHtml(t.label)}</a>` : t.html))
    .join('');
}

const isBlank = (l: string) => l.trim() === '' || RULE.test(l);
const isTableLine = (l: string) => l.includes('\t') || PIPE_ROW.test(l);
/** cells of a pipe row: outer pipes dropped, split at pipes not escaped */
const pipeCells = (l: string) => l.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|'));

/** YAML front matter ("---" ... "---" at the top): removed; its title returned. */
function frontMatter(lines: string[]): { body: string[]; title: string | null } {
  const start = lines.findIndex((l) => l.trim() !== '');
  if (start < 0 || lines[start].trim() !== '---') return { body: lines, title: null };
  const end = lines.findIndex((l, k) => k > start && /^(?:---|\.\.\.)\s*$/.test(l));
  const yaml = lines.slice(start + 1, end);
  if (end < 0 || !yaml.every((l) => l.trim() === '' || /^\s|^[\w-]+:|^#/.test(l))) return { body: lines, title: null };
  const m = yaml.map((l) => /^title:\s*(.*)$/.exec(l)).find(Boolean);
  const title = m ? m[1].trim().replace(/^(["'])(.*)\1$/, '$2').trim() : '';
  return { body: lines.slice(end + 1), title: title || null };
}

export function parseMarkdownBlocks(text: string): MarkdownBlock[] {
  const { body, title } = frontMatter(text.replace(/\r\n?/g, '\n').split('\n'));
  const lines = rejoinWrapped(body.map((l) => l.replace(QUOTE, '')));
  const blocks: MarkdownBlock[] = title ? [{ type: 'heading', level: 1, raw: title }] : [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const heading = HEADING.exec(line);
    if (isBlank(line)) {
      i++;
    } else if (heading) {
      blocks.push({ type: 'heading', level: heading[1].length, raw: heading[2].trim() });
      i++;
    } else if (HTML_BLOCK.test(line)) {
      const raw: string[] = [];
      while (i < lines.length && lines[i].trim() !== '') raw.push(lines[i++]);
      blocks.push({ type: 'html', raw: raw.join('\n') });
    } else if (PIPE_ROW.test(line)) {
      const rows: string[][] = [];
      let headerRows = 0;
      for (; i < lines.length && (PIPE_ROW.test(lines[i]) || (rows.length && PIPE_RULE.test(lines[i]))); i++) {
        if (PIPE_RULE.test(lines[i]) && !/[^|\s:-]/.test(lines[i])) headerRows ||= rows.length;
        else rows.push(pipeCells(lines[i]));
      }
      blocks.push({ type: 'table', rows, headerRows });
    } else if (isTableLine(line)) {
      const rows: string[][] = [];
      while (i < lines.length && isTableLine(lines[i])) rows.push(lines[i++].split('\t'));
      blocks.push({ type: 'table', rows });
    } else if (BULLET.test(line) || ORDERED.test(line)) {
      const items: ListItem[] = [];
      while (i < lines.length && !isBlank(lines[i]) && !isTableLine(lines[i]) && !HEADING.test(lines[i]) && !HTML_BLOCK.test(lines[i]) && !HTML_BLOCK.test(lines[i])) {
        const b = BULLET.exec(lines[i]);
        const o = b ? null : ORDERED.exec(lines[i]);
        if (b) items.push({ depth: depthOf(b[1]), ordered: false, number: null, lines: [b[2]] });
        else if (o) items.push({ depth: depthOf(o[1]), ordered: true, number: Number(o[2]), lines: [o[3]] });
        else items[items.length - 1].lines.push(lines[i]); // lazy continuation of the item
        i++;
      }
      blocks.push({ type: 'list', items });
    } else {
      const para: string[] = [];
      while (i < lines.length && !isBlank(lines[i]) && !isTableLine(lines[i]) && !HEADING.test(lines[i]) && !HTML_BLOCK.test(lines[i]) &&
        !(para.length && (BULLET.test(lines[i]) || ORDERED.test(lines[i])))) para.push(lines[i++]);
      blocks.push({ type: 'para', lines: para, raw: para.join(' ') });
    }
  }
  return blocks;
}

/** Lines ending in two spaces are soft breaks (<br>); with keepLines every line break is kept as one. */
function linesToHtml(lines: string[], opts: HtmlOptions): string {
  return lines
    .map((l, k) => inlineToHtml(l.trimEnd()) + (k < lines.length - 1 ? (opts.keepLines || / {2,}$/.test(l) ? '<br>\n' : '\n') : ''))
    .join('');
}

/** Nested <ul>/<ol>; consecutive numbered items share one <ol> and keep their printed numbers. */
function listToHtml(items: ListItem[], opts: HtmlOptions): string {
  let html = '';
  const stack: string[] = [];
  const openList = (it: ListItem) => {
    stack.push(it.ordered ? 'ol' : 'ul');
    html += it.ordered ? `<ol start="${it.number}">` : '<ul>';
  };
  for (const it of items) {
    while (stack.length > it.depth + 1) html += `</li></${stack.pop()}>`;
    if (stack.length === it.depth + 1) {
      if (stack[stack.length - 1] !== (it.ordered ? 'ol' : 'ul')) {
        html += `</li></${stack.pop()}>`;
        openList(it);
      } else html += '</li>';
    } else while (stack.length < it.depth + 1) openList(it);
    html += it.ordered ? `<li value="${it.number}">` : '<li>';
    html += linesToHtml(it.lines, opts);
  }
  while (stack.length) html += `</li></${stack.pop()}>`;
  return html + '\n';
}

export interface HtmlOptions {
  /** keep every source line as a printed line (<br>), as a text reader must: in plain text a line is a line */
  keepLines?: boolean;
  /** put the first row in <thead> as <th> cells (else header rows are left to the reader to guess) */
  headerRow?: boolean;
  /** attributes of the <table> element */
  attributes?: string;
}

function tableToHtml(rows: string[][], opts: HtmlOptions, headerRows = opts.headerRow ? 1 : 0): string {
  const nCols = Math.max(...rows.map((r) => r.length));
  const cells = (r: string[], tag: string) =>
    Array.from({ length: nCols }, (_, k) => `<${tag} valign="top">${inlineToHtml((r[k] ?? '').trim())}</${tag}>`).join('');
  const attrs = opts.attributes ? ` ${opts.attributes}` : '';
  const head = headerRows ? `<thead>${rows.slice(0, headerRows).map((r) => `<tr>${cells(r, 'th')}</tr>`).join('')}</thead>\n` : '';
  const body = rows.slice(headerRows).map((r) => `<tr>${cells(r, 'td')}</tr>`).join('\n');
  return `<table${attrs}>\n${head}<tbody>\n${body}\n</tbody>\n</table>\n`;
}

/** One block as HTML; `attrs` is added to the opening tag of a heading or paragraph. */
export function blockToHtml(b: MarkdownBlock, opts: HtmlOptions = {}, attrs = ''): string {
  switch (b.type) {
    case 'heading': return `<h${b.level}${attrs}>${inlineToHtml(b.raw)}</h${b.level}>\n`;
    case 'para': return `<p${attrs}>${linesToHtml(b.lines, opts)}</p>\n`;
    case 'list': return listToHtml(b.items, opts);
    case 'table': return tableToHtml(b.rows, opts, b.headerRows);
    case 'html': return `${b.raw}\n`;
  }
}

export function markdownToHtml(text: string, opts: HtmlOptions = {}): string {
  return parseMarkdownBlocks(text).map((b) => blockToHtml(b, opts)).join('');
}
