// DOCX reader: a Word document -> HTML (mammoth: headings, lists, tables with merged cells, bold and
// italic runs) -> the HTML reader, so that a pack saved as .docx gives the records its HTML form gives.
//   <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Minutes</w:t></w:r></w:p>
//   <w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>...</w:tc>
// The zip is measured first, inflating every part mammoth may read under one budget, so that a zip bomb
// fails at the limit; pictures are never unpacked (the HTML reader skips them anyway). Word prints no page
// numbers into the file, so pages are null, as for HTML.
import mammoth from 'mammoth';
import type { DocModel } from '../model.js';
import { InputError } from '../errors.js';
import { formatMegabytes, prescanHtml } from './limits.js';
import { readHtml } from './html.js';
import type { ReadOptions } from './index.js';
import { centralEntries, readEntry, type ZipEntry } from './zip.js';

/** More parts than any Word document has: a zip built to waste time. */
const MAX_ENTRIES = 10_000;

export async function readDocx(bytes: Uint8Array, maxUnpacked: number, opts: ReadOptions): Promise<DocModel> {
  const entries = centralEntries(bytes);
  if (!entries) throw new InputError('corrupt', 'corrupt Word document: truncated or damaged (no zip directory)');
  if (entries.length > MAX_ENTRIES) throw new InputError('too_complex', `too complex: over ${MAX_ENTRIES} parts in the Word document`);
  const parts = measure(bytes, entries, maxUnpacked);
  const styles = parts.get('word/styles.xml') ?? '';
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      transformDocument: headingsByStyle(headingLevels(styles)),
    });
    html = result.value;
  } catch (err) {
    throw new InputError('corrupt', `corrupt Word document: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
  }
  prescanHtml(html);
  const doc = readHtml(html, opts);
  return { ...doc, format: 'docx', title: documentTitle(parts.get('docProps/core.xml') ?? '') ?? doc.title };
}

const isPicture = (name: string) => /^word\/(media|embeddings)\//.test(name) || /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|bin)$/i.test(name);

/** The parts read here (besides mammoth's reading), by name. */
const KEPT = new Set(['word/styles.xml', 'docProps/core.xml']);

/** Inflate every part but pictures within one budget; returns the parts named in KEPT. */
function measure(bytes: Uint8Array, entries: ZipEntry[], limit: number): Map<string, string> {
  let left = limit;
  const kept = new Map<string, string>();
  for (const e of entries) {
    if (isPicture(e.name) || e.name.endsWith('/')) continue;
    let data: Buffer;
    try {
      data = readEntry(bytes, e, left);
    } catch (err) {
      if (err instanceof RangeError) {
        throw new InputError('too_big', `too big: unpacks to over the ${formatMegabytes(limit)} limit of a Word document's text`);
      }
      throw new InputError('corrupt', `corrupt Word document: ${err instanceof Error ? err.message : String(err)}`);
    }
    left -= data.length;
    if (KEPT.has(e.name)) kept.set(e.name, data.toString('utf8'));
  }
  return kept;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The title of the document's properties (File > Properties), as the HTML reader takes <title>. */
function documentTitle(coreXml: string): string | null {
  const raw = /<dc:title>([^<]*)<\/dc:title>/.exec(coreXml)?.[1] ?? '';
  const title = raw.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]).replace(/\s+/g, ' ').trim();
  return title || null;
}

/**
 * Heading level of each paragraph style id: a style named "Heading N" or "Title", one with an outline
 * level, or one based on such a style (Word's custom heading styles, LibreOffice's "Heading 1.class").
 */
export function headingLevels(stylesXml: string): Map<string, number> {
  const own = new Map<string, number | null>();
  const parent = new Map<string, string>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (!/w:type="paragraph"/.test(m[1])) continue;
    const id = /w:styleId="([^"]*)"/.exec(m[1])?.[1];
    if (!id) continue;
    const name = /<w:name w:val="([^"]*)"/.exec(m[2])?.[1] ?? '';
    const outline = Number(/<w:outlineLvl w:val="(\d+)"/.exec(m[2])?.[1] ?? NaN);
    const named = /^heading\s*([1-9])$/i.exec(name);
    own.set(id, named ? Number(named[1]) : /^title$/i.test(name) ? 1 : outline < 9 ? outline + 1 : null);
    const based = /<w:basedOn w:val="([^"]*)"/.exec(m[2])?.[1];
    if (based) parent.set(id, based);
  }
  const levels = new Map<string, number>();
  for (const id of own.keys()) {
    let at: string | undefined = id;
    for (let hops = 0; at !== undefined && hops < 20; hops++, at = parent.get(at)) {
      const level = own.get(at);
      if (level) {
        levels.set(id, Math.min(6, level));
        break;
      }
    }
  }
  return levels;
}

interface MammothParagraph {
  type: string;
  styleId?: string | null;
  styleName?: string | null;
  children?: MammothParagraph[];
}

/** A mammoth document transform naming each heading paragraph "Heading N", which mammoth maps to <hN>. */
function headingsByStyle(levels: Map<string, number>): (doc: MammothParagraph) => MammothParagraph {
  const visit = (el: MammothParagraph): MammothParagraph => {
    const children = el.children?.map(visit);
    const level = el.type === 'paragraph' && el.styleId ? levels.get(el.styleId) : undefined;
    return { ...el, ...(children ? { children } : {}), ...(level ? { styleName: `Heading ${level}` } : {}) };
  };
  return visit;
}
