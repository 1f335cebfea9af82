// The pipeline, in one direction: read -> segment -> sections -> (normalised records) -> pack document.
import { createHash } from 'node:crypto';
import type { DocModel, SourceFormat } from './model.js';
import { bodyBlocks } from './model.js';
import type { PackDocument, PackRecords, SourceInfo } from './records.js';
import { emptyRecords } from './records.js';
import { readDocument, sniffFormat, DEFAULT_READ_OPTIONS, type ReadOptions } from './readers/index.js';
import { segmentReports } from './segment.js';
import { SECTION_PARSERS } from './sections/index.js';
import { parseMeeting } from './sections/from-front-page/meeting.js';
import type { SectionContext } from './sections/types.js';

export interface ExtractOptions extends Partial<ReadOptions> {
  /** file name recorded in `source.file` and used for the pack id */
  fileName: string;
  packId?: string;
  /** force a format instead of sniffing the bytes */
  format?: SourceFormat;
  /** run only the parsers that produce these record arrays (plus what they depend on) */
  only?: string[];
}

export async function extractBytes(bytes: Uint8Array, opts: ExtractOptions): Promise<PackDocument> {
  return (await extractWithModel(bytes, opts)).pack;
}

/** The pack and the document model it was read from (what `view` draws). */
export async function extractWithModel(bytes: Uint8Array, opts: ExtractOptions): Promise<{ pack: PackDocument; doc: DocModel }> {
  const format = opts.format ?? sniffFormat(bytes);
  const doc = await readDocument(bytes, format, { ...DEFAULT_READ_OPTIONS, ...opts });
  const source: SourceInfo = {
    file: opts.fileName,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pages: doc.pageCount,
    ocr_pages: doc.ocrPages?.length ?? 0,
  };
  return { pack: buildPack(doc, source, opts.packId ?? packIdFromFile(opts.fileName), opts.only), doc };
}

export function packIdFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(pdf|html?|md|txt|text|markdown|docx|png|jpe?g|tiff?)$/i, '') || 'stdin';
}

/** The record types asked for, and those the parsers making them read (SectionParser.needs), transitively. */
function withNeeds(only: string[]): Set<string> {
  const wanted = new Set(only);
  for (const parser of [...SECTION_PARSERS].reverse()) {
    if (parser.produces.some((p) => wanted.has(p))) for (const n of parser.needs ?? []) wanted.add(n);
  }
  return wanted;
}

/** Run every registered section parser over a document model; a failing parser becomes a warning. */
export function buildPack(doc: DocModel, source: SourceInfo, pack: string, only?: string[]): PackDocument {
  const meeting = parseMeeting(doc);
  const records: PackRecords = emptyRecords();
  records.warnings.push(...doc.warnings);
  const ctx: SectionContext = { doc, blocks: bodyBlocks(doc), reports: segmentReports(doc), meeting, records };
  const wanted = only ? withNeeds(only) : null;
  for (const parser of SECTION_PARSERS) {
    if (wanted && !parser.produces.some((p) => wanted.has(p))) continue;
    try {
      const out = parser.parse(ctx);
      for (const [key, value] of Object.entries(out) as [keyof PackRecords, unknown[]][]) {
        (records[key] as unknown[]).push(...value);
      }
    } catch (err) {
      records.warnings.push({
        code: 'section_failed',
        message: `${parser.name}: ${err instanceof Error ? err.message : String(err)}`,
        page: null,
      });
    }
  }
  // what was read only because an asked-for parser needed it is not output
  if (only) for (const key of Object.keys(records) as (keyof PackRecords)[]) if (key !== 'warnings' && !only.includes(key)) records[key] = [];
  // a pack with nothing in it (a readme in a folder of packs, a cover page) is kept, but says so
  if ((Object.keys(records) as (keyof PackRecords)[]).every((key) => key === 'warnings' || records[key].length === 0)) {
    const what = only ? `no ${only.join(', ')} records` : 'no records';
    records.warnings.push({ code: 'no_records', message: `${what} found in this document`, page: null });
  }
  return { schema_version: 1, pack, source, meeting, ...records };
}
