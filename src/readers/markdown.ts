// Packs exported as text look like this (markdown-like, with HTML fragments and tab tables):
//   ## **Report to the Panel - Budget 2023/24**      heading (#..######), **bold**, *italic*, [label](url)
//   - 1.4 The other main points ...                  list item; two more leading spaces per nesting level
//   2. Serious youth violence ...                    numbered item
//   Band<TAB>2022/23<TAB>2023/24                      consecutive tab lines form one table (a blank line ends it)
//   <b>Total</b><TAB><b>711.4</b>                     embedded HTML fragments (<b>, <i>, <p>, <ul>/<ol>/<li>, <a>)
//   Cllr A – Townshire␠␠                             two trailing spaces: a soft line break
// This module turns such text into HTML, so that the HTML reader builds the blocks and both readers agree.

export type MarkdownBlock =
  | { type: 'heading'; level: number; raw: string }
  | { type: 'para'; lines: string[]; raw: string }
  | { type: 'list'; items: ListItem[] }
  | { type: 'table'; rows: string[][] };

interface ListItem {
  depth: number;
  ordered: boolean;
  number: number | null;
  lines: string[];
}

// bounded repeats: an unclosed "<b" or "[" must not make every later match scan to the end of the line
const PASS_TAG = /<\/?(b|i|u|strong|em|p|ul|ol|li|a|sup|sub|br|span)\b[^<>]{0,1000}>/iy;
const AUTOLINK = /<(https?:\/\/[^>\s]{1,2000})>/y;
const LINK = /\[([^\]]{0,1000})\]\(([^)\s]{0,2000})\)/y;
const ESCAPED = /\\([*_\\[\]#-])/y;
const STARS = /\*{1,3}/y;
const PLAIN = /[^<[\\*]+|[\s\S]/y;
const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^( *)[-*+]\s+(.*)$/;
const ORDERED = /^( *)(\d{1,3})\.\s+(.*)$/;
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
    else if ((m = at(LINK))) tokens.push({ link: m[2], label: m[1] });
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

const isBlank = (l: string) => l.trim() === '';
const isTableLine = (l: string) => l.includes('\t');

export function parseMarkdownBlocks(text: string): MarkdownBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MarkdownBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const heading = HEADING.exec(line);
    if (isBlank(line)) {
      i++;
    } else if (heading) {
      blocks.push({ type: 'heading', level: heading[1].length, raw: heading[2].trim() });
      i++;
    } else if (isTableLine(line)) {
      const rows: string[][] = [];
      while (i < lines.length && isTableLine(lines[i])) rows.push(lines[i++].split('\t'));
      blocks.push({ type: 'table', rows });
    } else if (BULLET.test(line) || ORDERED.test(line)) {
      const items: ListItem[] = [];
      while (i < lines.length && !isBlank(lines[i]) && !isTableLine(lines[i]) && !HEADING.test(lines[i])) {
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
      while (i < lines.length && !isBlank(lines[i]) && !isTableLine(lines[i]) && !HEADING.test(lines[i]) &&
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

function tableToHtml(rows: string[][], opts: HtmlOptions): string {
  const nCols = Math.max(...rows.map((r) => r.length));
  const cells = (r: string[], tag: string) =>
    Array.from({ length: nCols }, (_, k) => `<${tag} valign="top">${inlineToHtml((r[k] ?? '').trim())}</${tag}>`).join('');
  const attrs = opts.attributes ? ` ${opts.attributes}` : '';
  const head = opts.headerRow ? `<thead><tr>${cells(rows[0], 'th')}</tr></thead>\n` : '';
  const body = (opts.headerRow ? rows.slice(1) : rows).map((r) => `<tr>${cells(r, 'td')}</tr>`).join('\n');
  return `<table${attrs}>\n${head}<tbody>\n${body}\n</tbody>\n</table>\n`;
}

/** One block as HTML; `attrs` is added to the opening tag of a heading or paragraph. */
export function blockToHtml(b: MarkdownBlock, opts: HtmlOptions = {}, attrs = ''): string {
  switch (b.type) {
    case 'heading': return `<h${b.level}${attrs}>${inlineToHtml(b.raw)}</h${b.level}>\n`;
    case 'para': return `<p${attrs}>${linesToHtml(b.lines, opts)}</p>\n`;
    case 'list': return listToHtml(b.items, opts);
    case 'table': return tableToHtml(b.rows, opts);
  }
}

export function markdownToHtml(text: string, opts: HtmlOptions = {}): string {
  return parseMarkdownBlocks(text).map((b) => blockToHtml(b, opts)).join('');
}
