// Small hand-built document models for section parser tests, and fixtures read through the pipeline. "**bold**" in a string makes a bold span;
// a null cell in a table row is covered by a merged cell (set rowSpan with "^n" at the end: "6 Feb^2").
import type { Block, BlockKind, DocModel, Span, TableCell } from '../src/model.js';
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { extractBytes } from '../src/extract.js';
import type { Meeting, PackDocument } from '../src/records.js';
import { FIXTURES } from './helpers.js';
import type { SectionContext } from '../src/sections/types.js';

export function spans(marked: string): Span[] {
  return marked.split(/(\*\*[^*]+\*\*)/).filter((s) => s !== '').map((s) =>
    s.startsWith('**') ? { text: s.slice(2, -2), bold: true, italic: false } : { text: s, bold: false, italic: false });
}

const plain = (marked: string) => marked.replace(/\*\*/g, '');

export function block(kind: BlockKind, marked: string, page: number | null = 1, fontSize = 11): Block {
  const s = spans(marked);
  const bold = s.length > 0 && s.every((x) => x.bold || x.text.trim() === '');
  return {
    kind, text: plain(marked), spans: s, lines: [], page, box: null, fontSize, bold, italic: false,
    level: kind === 'heading' ? 3 : undefined,
  };
}

export const para = (marked: string, page: number | null = 1) => block('paragraph', marked, page);
export const heading = (marked: string, page: number | null = 1, fontSize = 14) =>
  block('heading', marked, page, fontSize);

export function table(rows: (string | null)[][], page: number | null = 1, headerRows = 1): Block {
  const grid = rows.map((row) => row.map((marked): TableCell | null => {
    if (marked === null) return null;
    const [text, span] = marked.split('^');
    return {
      text: plain(text), spans: spans(text), rowSpan: Number(span ?? 1), colSpan: 1, bold: false, box: null, page,
    };
  }));
  return {
    ...block('table', '', page),
    table: { grid, headerRows, nCols: rows[0].length, pageStart: page, pageEnd: page, box: null, method: 'text' },
  };
}

export function context(blocks: Block[], meeting: Partial<Meeting> = {}): SectionContext {
  const doc: DocModel = {
    format: 'text', pages: [{ number: 1, width: null, height: null, blocks }], pageCount: 1, title: null, warnings: [],
  };
  return {
    doc, blocks, reports: [], records: {},
    meeting: { body: null, date: null, time: null, venue: null, ...meeting },
  };
}

/** A fixture (path under fixtures/, or absolute) through the whole pipeline, read once per test file. */
const packs = new Map<string, Promise<PackDocument>>();
export function extractFixture(path: string): Promise<PackDocument> {
  const full = isAbsolute(path) ? path : join(FIXTURES, path);
  if (!packs.has(full)) packs.set(full, extractBytes(readFileSync(full), { fileName: basename(full) }));
  return packs.get(full)!;
}
