// Resource limits checked before a reader runs: file size per format and an HTML pre-scan, so that a
// hostile input (100,000 nested elements, a million <br>) fails at once with a clear reason instead of
// stalling or overflowing the stack of the HTML parser.
import type { SourceFormat } from '../model.js';
import { InputError } from '../errors.js';

export const MB = 1_000_000;

export interface SizeLimits {
  pdf: number;
  html: number;
  text: number;
  docx: number;
  /** what the parts of a DOCX that are read (its XML, not its pictures) may unpack to: a zip bomb stops here */
  docxUnpacked: number;
}

/** 100 MB per PDF or DOCX (unpacking to at most 100 MB of XML), 20 MB per HTML (and text) file. */
export const DEFAULT_SIZE_LIMITS: SizeLimits = { pdf: 100 * MB, html: 20 * MB, text: 20 * MB, docx: 100 * MB, docxUnpacked: 100 * MB };

export interface HtmlLimits {
  maxElements: number;
  maxDepth: number;
}

export const DEFAULT_HTML_LIMITS: HtmlLimits = { maxElements: 200_000, maxDepth: 512 };

/** "2,000" */
export function formatCount(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Bytes as decimal megabytes: "123 MB", "0.5 MB", "1,024 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / MB;
  if (mb >= 10) return `${formatCount(mb)} MB`;
  const rounded = Math.round(mb * 10) / 10;
  return `${rounded === 0 && bytes > 0 ? 0.1 : rounded} MB`;
}

export function checkSize(bytes: number, format: SourceFormat, limits: SizeLimits): void {
  // an image is held to the limit of the other binary format
  const limit = limits[format === 'image' ? 'pdf' : format];
  if (bytes > limit) {
    throw new InputError('too_big', `too big: ${formatMegabytes(bytes)}, over the ${formatMegabytes(limit)} limit`);
  }
}

/** Parse "--max-bytes": plain bytes, or a number with KB/MB/GB (decimal units). NaN when unreadable. */
export function parseByteSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?\s*$/i.exec(text);
  if (!m) return NaN;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const scale = unit === 'k' ? 1e3 : unit === 'm' ? MB : unit === 'g' ? 1e9 : 1;
  return Math.round(Number(m[1]) * scale);
}

// Elements that never have content, and elements whose end tag HTML lets authors omit (the parser
// closes them implicitly, so they must not count as nesting).
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'param', 'keygen', 'frame', 'basefont', 'isindex',
]);
const OPTIONAL_END = new Set([
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option',
  'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp',
]);
// Their content is text up to the matching end tag; a '<' inside is not markup.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const NAME_CHAR = /[A-Za-z0-9:_-]/;

/**
 * One linear pass over the markup counting elements and the nesting depth of non-void elements
 * (close tags pop to the nearest open element of that name, as a parser would). Throws InputError
 * too_complex at the first limit crossed.
 */
export function prescanHtml(html: string, limits: HtmlLimits = DEFAULT_HTML_LIMITS): void {
  const stack: string[] = [];
  let elements = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const first = html[lt + 1];
    if (first === '!' || first === '?') {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = first === '/';
    let j = lt + (closing ? 2 : 1);
    const nameStart = j;
    if (!/[A-Za-z]/.test(html[j] ?? '')) {
      i = lt + 1;
      continue;
    }
    while (j < n && NAME_CHAR.test(html[j])) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    i = end + 1;
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    elements++;
    if (elements > limits.maxElements) {
      throw new InputError('too_complex', `too complex: over the ${formatCount(limits.maxElements)}-element HTML limit`);
    }
    if (RAW_TEXT.has(name)) {
      i = rawTextEnd(html, name, i);
      continue;
    }
    const selfClosing = html[end - 1] === '/';
    if (VOID.has(name) || OPTIONAL_END.has(name) || selfClosing) continue;
    stack.push(name);
    if (stack.length > limits.maxDepth) {
      throw new InputError('too_complex', `too complex: HTML nested over the ${formatCount(limits.maxDepth)}-level limit`);
    }
  }
}

/** Index of the '>' ending a tag whose attributes start at `from` ('>' inside quotes does not count). */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let k = from; k < html.length; k++) {
    const c = html[k];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return k;
    }
  }
  return html.length;
}

const rawEndPatterns = new Map<string, RegExp>();

function rawTextEnd(html: string, name: string, from: number): number {
  let re = rawEndPatterns.get(name);
  if (!re) {
    re = new RegExp(`</${name}[\\s/>]`, 'gi');
    rawEndPatterns.set(name, re);
  }
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : html.length;
}
