// Hand-built document models for table tests: tab-separated rows, <b>..</b> marks bold cells.
import type { Block, DocModel, TableBlock, TableCell } from '../src/model.js';
import type { SectionContext } from '../src/sections/types.js';
import { emptyRecords } from '../src/records.js';

export function cell(raw: string, page: number | null = null): TableCell {
  const bold = /^<b>.*<\/b>$/.test(raw.trim());
  const text = raw.replace(/<\/?b>/g, '').trim();
  return { text, spans: text ? [{ text, bold, italic: false }] : [], rowSpan: 1, colSpan: 1, bold, box: null, page };
}

export function tableBlock(tsv: string, headerRows = 1, page: number | null = null): Block {
  const lines = tsv.replace(/^\n+|\n+$/g, '').split('\n');
  const nCols = Math.max(...lines.map((l) => l.split('\t').length));
  const grid = lines.map((l) => {
    const parts = l.split('\t');
    return [...Array(nCols).keys()].map((c) => cell(parts[c] ?? '', page));
  });
  const table: TableBlock = { grid, headerRows, nCols, pageStart: page, pageEnd: page, box: null, method: 'text' };
  return { kind: 'table', text: '', spans: [], lines: [], page, box: null, fontSize: 11, bold: false, italic: false, table };
}

export function paragraph(text: string, kind: Block['kind'] = 'paragraph', page: number | null = null): Block {
  return { kind, text, spans: [{ text, bold: false, italic: false }], lines: [], page, box: null, fontSize: 11,
    bold: false, italic: false, level: kind === 'heading' ? 2 : undefined };
}

export function contextOf(blocks: Block[], reportTitle = 'Report'): SectionContext {
  const doc: DocModel = { format: 'text', pages: [{ number: null, width: null, height: null, blocks }], pageCount: null,
    title: null, warnings: [] };
  return { doc, blocks, reports: [{ title: reportTitle, pageStart: null, pageEnd: null, blocks }],
    meeting: { body: null, date: null, time: null, venue: null }, records: emptyRecords() };
}
