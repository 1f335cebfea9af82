// What the report draws over each page: the tables with their cell grids, the headings and report titles,
// and, for sources without pages to draw (HTML, DOCX, text), the blocks' text itself.
import type { Box, DocModel, Page } from '../model.js';
import { bodyBlocks } from '../model.js';
import { tableIdsOf } from '../sections/tables.js';

export interface OverlayTable {
  id: string;
  /** the table's outline on this page (a table over several pages has one per page) */
  box: Box | null;
  cells: Box[];
  /** index of the table's block on the page it starts on (else null) */
  block: number | null;
}

export interface OverlayPage {
  number: number | null;
  width: number | null;
  height: number | null;
  tables: OverlayTable[];
  headings: { box: Box | null; block: number; text: string }[];
  /** blocks as text, for sources with no page to draw */
  blocks?: { kind: string; text: string; table?: string[][] }[];
}

function union(boxes: Box[]): Box | null {
  if (boxes.length === 0) return null;
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

const round = (b: Box): Box => ({ x0: +b.x0.toFixed(1), y0: +b.y0.toFixed(1), x1: +b.x1.toFixed(1), y1: +b.y1.toFixed(1) });

export function overlayPages(doc: DocModel): OverlayPage[] {
  const ids = tableIdsOf(bodyBlocks(doc));
  const drawn = doc.format === 'pdf';
  const pages: OverlayPage[] = doc.pages.map((page: Page) => ({
    number: page.number,
    width: page.width,
    height: page.height,
    tables: [],
    headings: page.blocks.flatMap((b, i) => (b.kind === 'heading' ? [{ box: b.box && round(b.box), block: i, text: b.text.slice(0, 200) }] : [])),
    ...(drawn ? {} : { blocks: page.blocks.map((b) => ({ kind: b.kind, text: b.table ? '' : b.text, ...(b.table ? { table: b.table.grid.map((row) => row.map((c) => c?.text ?? '')) } : {}) })) }),
  }));
  const byNumber = new Map(pages.map((p) => [p.number, p]));
  for (const [block, id] of ids) {
    // a table joined over pages: its cells carry their own page
    const cellsByPage = new Map<number | null, Box[]>();
    for (const row of block.table!.grid) {
      for (const cell of row) {
        if (!cell?.box) continue;
        const n = cell.page ?? block.page;
        const list = cellsByPage.get(n) ?? [];
        list.push(round(cell.box));
        cellsByPage.set(n, list);
      }
    }
    if (cellsByPage.size === 0) cellsByPage.set(block.page, []);
    for (const [n, cells] of cellsByPage) {
      const page = byNumber.get(n);
      if (!page) continue;
      const box = n === block.page && block.box ? round(block.box) : union(cells);
      const start = doc.pages.find((p) => p.number === n);
      const index = n === block.page && start ? start.blocks.indexOf(block) : -1;
      page.tables.push({ id, box, cells, block: index >= 0 ? index : null });
    }
  }
  return pages;
}
