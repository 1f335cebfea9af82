// PDF reader: page by page, pdf.js page -> RawPage (words, rulings) -> tables + text lines; then, with
// the whole document in view, running headers/footers, the body font size and the usual line gap are
// known and each page's lines become blocks. Only lines and tables are kept across pages, never glyphs.
import type { Block, Box, DocModel, Page, RawPage, Warning, Word } from '../../model.js';
import { InputError } from '../../errors.js';
import * as tableFinder from '../../tables/index.js';
import type { ReadOptions } from '../index.js';
import { pageBlocks, type BlockStyle } from './blocks.js';
import { findFurniture, type PageLines } from './furniture.js';
import { assignHeadingLevels } from './headings.js';
import { wordsToLines, type PdfLine } from './lines.js';
import { openPdf, toInputError } from './open.js';
import { startPdfThread, withPdfWarnings, type PDFDocumentProxy, type PdfThread, type PDFPageProxy } from './pdfjs.js';
import { PdfWarnings } from './warnings.js';
import { SizeTally } from '../size-tally.js';
import { loadPage, toRawPage, type LoadedPage } from './raw.js';
import { inkWarnings, markStruckBlocks, markStruckCells } from './struck.js';
import { PdfPageOcr } from '../ocr/pdf-pages.js';

export interface PageWork extends PageLines {
  width: number | null;
  tables: ReturnType<typeof tableFinder.findTables>;
  wordCount: number;
  /** struck-through words outside the tables, for the blocks they were printed in */
  struck?: Word[];
}

/** Pages between releases of pdf.js's document-wide caches (1,040-page pack: peak RSS 265 -> 239 MB). */
const RELEASE_EVERY_PAGES = 100;

export async function readPdf(bytes: Uint8Array, opts: ReadOptions): Promise<DocModel> {
  const thread = opts.pdfThread ? startPdfThread() : undefined;
  try {
    let read: PagesRead;
    try {
      read = await readPages(bytes, opts, thread);
    } finally {
      await thread?.stop();
    }
    // pdf.js is done with (and its thread gone) before the layout: only our own pages are in memory
    const doc: DocModel = { format: 'pdf', pages: layoutPages(read.work), pageCount: read.work.length, title: read.title, warnings: read.warnings };
    if (read.ocrPages.length > 0) doc.ocrPages = read.ocrPages;
    return doc;
  } catch (err) {
    throw toInputError(err);
  }
}

interface PagesRead {
  work: PageWork[];
  title: string | null;
  warnings: Warning[];
  ocrPages: number[];
}

/** Page by page, each loading while the one before is made into words, lines and tables. */
async function readPages(bytes: Uint8Array, opts: ReadOptions, thread: PdfThread | undefined): Promise<PagesRead> {
  const repairs = new PdfWarnings();
  // pdf.js's warnings are about the page it is loading (none while it opens the file)
  let loading: number | null = null;
  return withPdfWarnings(
    (m) => repairs.add(m, loading),
    async () => {
      const pdf = await openPdf(bytes, { ...opts, thread });
      const ocr = new PdfPageOcr(bytes, opts);
      // every wait on pdf.js ends if its thread dies (out of memory): the document fails, not hangs
      const guard = <T>(work: Promise<T>) => (thread ? thread.guard(work) : work);
      // A page is asked for before the one before it is laid out; its page object one page earlier
      // still, so that the requests for its content go out at once, without a round trip to the thread.
      const pages = new Map<number, PDFPageProxy>();
      const total = pdf.numPages;
      const load = (n: number) => {
        loading = n;
        const page = pages.get(n);
        pages.delete(n);
        if (n < total) pdf.getPage(n + 1).then((p) => pages.set(n + 1, p), () => undefined);
        return guard(settle(page ? loadPage(page) : pdf.getPage(n).then(loadPage)));
      };
      try {
        const warnings: Warning[] = [];
        const work: PageWork[] = [];
        let next = load(1);
        for (let n = 1; n <= total; n++) {
          const loaded = await next;
          // pdf.js keeps every font and image it has parsed until the document is closed: let it go now
          // and then, so that memory does not grow with the pack (a font still in use is parsed again,
          // cheaply). It can only do so with no page loading.
          if (n % RELEASE_EVERY_PAGES === 0) await guard(pdf.cleanup()).catch(() => undefined);
          if (n < total) next = load(n + 1);
          let raw = readRawPage(loaded, n, warnings);
          if (raw && ocr.wanted(raw)) {
            // the next page loads first, so that its warnings are its own and those of drawing this one this one's
            await next;
            loading = n;
            raw = (await ocr.read(n, warnings)) ?? raw;
            loading = Math.min(n + 1, total);
          }
          work.push(raw ? pageWork(raw, n, warnings) : failedPage(n));
          opts.onPage?.(n, total);
        }
        if (work.every((p) => p.wordCount === 0)) {
          // no text because pages could not be read is damage, not a scan
          const failed = warnings.find((w) => w.code === 'page_failed');
          if (failed) throw new InputError('corrupt', `corrupt: ${failed.message}`);
          const ocrFailed = warnings.find((w) => w.code === 'ocr_failed');
          if (ocrFailed) throw new InputError('no_text', `no text layer, and ${ocrFailed.message}`);
          throw new InputError('no_text', opts.ocr === 'never' ? 'no text layer (scanned? --ocr auto reads it)' : 'no text layer, and OCR found none');
        }
        const title = await guard(documentTitle(pdf));
        const all = [...repairs.warnings, ...warnings].sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
        return { work, title, warnings: all, ocrPages: ocr.pages };
      } finally {
        await ocr.close();
        await guard(pdf.destroy()).catch(() => undefined);
      }
    },
  );
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(work: Promise<T>): Promise<Settled<T>> {
  return work.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

function readRawPage(loaded: Settled<LoadedPage>, n: number, warnings: Warning[]): RawPage | null {
  try {
    if (!loaded.ok) throw loaded.error;
    return toRawPage(loaded.value, n);
  } catch (err) {
    warnings.push({ code: 'page_failed', message: `page ${n} could not be read: ${errorText(err)}`, page: n });
    return null;
  }
}

function failedPage(n: number): PageWork {
  return { number: n, width: null, height: 0, lines: [], tables: [], wordCount: 0 };
}

/** A page's words and rulings (from its text layer or from OCR) -> its tables and text lines. */
export function pageWork(raw: RawPage, n: number, warnings: Warning[]): PageWork {
  let tables: PageWork['tables'] = [];
  try {
    tables = tableFinder.findTables(raw);
  } catch (err) {
    warnings.push({ code: 'tables_failed', message: `page ${n}: table detection failed: ${errorText(err)}`, page: n });
  }
  const lines = wordsToLines(wordsOutside(raw.words, tables), n, raw.width);
  warnings.push(...inkWarnings(n, raw.hidden ?? [], raw.struck ?? []));
  const inCells = markStruckCells(tables, raw.struck ?? []);
  const struck = raw.struck?.filter((w) => !inCells.has(w));
  return { number: n, width: raw.width, height: raw.height, lines, tables, wordCount: raw.words.length, struck };
}

/** The words whose centre lies outside every table (most pages have none: their words as they are). */
function wordsOutside(words: Word[], tables: PageWork['tables']): Word[] {
  const boxes: Box[] = [];
  for (const t of tables) if (t.box) boxes.push(t.box);
  if (boxes.length === 0) return words;
  const out: Word[] = [];
  for (const w of words) {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    let inTable = false;
    for (const b of boxes) {
      if (cx >= b.x0 - 1 && cx <= b.x1 + 1 && cy >= b.y0 - 1 && cy <= b.y1 + 1) {
        inTable = true;
        break;
      }
    }
    if (!inTable) out.push(w);
  }
  return out;
}

export function layoutPages(work: PageWork[]): Page[] {
  const furniture = findFurniture(work);
  const bodyByPage = work.map((p) => p.lines.filter((l) => !furniture.has(l)));
  const style: BlockStyle = { bodySize: bodyFontSize(bodyByPage), lineGapEm: usualLineGap(bodyByPage) };
  const pages: Page[] = work.map((p, i) => {
    const header: Block[] = [];
    const footer: Block[] = [];
    for (const line of p.lines) {
      const kind = furniture.get(line);
      if (kind) (kind === 'header' ? header : footer).push(furnitureBlock(line, kind));
    }
    const body = pageBlocks(bodyByPage[i], p.tables, style);
    if (p.struck) markStruckBlocks(body, p.struck);
    const blocks = header.length > 0 || footer.length > 0 ? [...header, ...body, ...footer] : body;
    return { number: p.number, width: p.width, height: p.height || null, blocks };
  });
  assignHeadingLevels(pages.flatMap((p) => p.blocks), style.bodySize);
  tableFinder.joinTablesAcrossPages(pages);
  return pages;
}

/** Most common font size by characters (0.5 pt steps). */
function bodyFontSize(byPage: PdfLine[][]): number {
  const tally = new SizeTally();
  for (const lines of byPage) for (const l of lines) tally.add(l.fontSize, l.text.length);
  return tally.most('smaller') ?? 10;
}

/** Lower quartile of the gaps (in em) between consecutive lines of a flow: the within-paragraph gap. */
function usualLineGap(byPage: PdfLine[][]): number {
  const gaps: number[] = [];
  for (const lines of byPage) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1];
      const b = lines[i];
      if (a.page !== b.page || a.flow !== b.flow || a.fontSize !== b.fontSize) continue;
      const g = (b.box.y0 - a.box.y1) / b.fontSize;
      if (g > -0.3 && g < 2) gaps.push(g);
    }
  }
  if (gaps.length < 5) return 0.2;
  gaps.sort((a, b) => a - b);
  return Math.min(0.8, Math.max(0, gaps[Math.floor(gaps.length / 4)]));
}

function furnitureBlock(line: PdfLine, kind: 'header' | 'footer'): Block {
  return {
    kind,
    text: line.text,
    spans: line.spans,
    lines: [{ text: line.text, spans: line.spans, box: line.box, fontSize: line.fontSize, bold: line.bold, italic: line.italic, page: line.page }],
    page: line.page,
    box: line.box,
    fontSize: line.fontSize,
    bold: line.bold,
    italic: line.italic,
  };
}

async function documentTitle(pdf: PDFDocumentProxy): Promise<string | null> {
  try {
    const meta = await pdf.getMetadata();
    const title = (meta.info as { Title?: unknown } | undefined)?.Title;
    return typeof title === 'string' && title.trim() ? title.trim() : null;
  } catch {
    return null;
  }
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
