// Tables continued over a page break: a table ending a page and one starting the next page join when
// their columns match (same count, and left edges agree where both pages give boxes). Running headers
// and footers between them are ignored; a header row repeated at the top of the next page is dropped.
import type { Block, Page, TableBlock } from '../model.js';

const isRunning = (b: Block) => b.kind === 'header' || b.kind === 'footer';

function lastBody(page: Page): Block | undefined {
  return [...page.blocks].reverse().find((b) => !isRunning(b));
}

function firstBody(page: Page): Block | undefined {
  return page.blocks.find((b) => !isRunning(b));
}

const rowText = (row: TableBlock['grid'][number]) => row.map((c) => (c?.text ?? '').replace(/\s+/g, ' ').trim().toLowerCase());

function columnsMatch(a: TableBlock, b: TableBlock): boolean {
  if (a.nCols !== b.nCols) return false;
  if (!a.box || !b.box) return true;
  const w = Math.max(a.box.x1 - a.box.x0, b.box.x1 - b.box.x0);
  return Math.abs(a.box.x0 - b.box.x0) <= 0.05 * w && Math.abs(a.box.x1 - b.box.x1) <= 0.1 * w;
}

/** Merge each table continued on the next page into the one it continues (in place). */
export function joinTablesAcrossPages(pages: Page[]): void {
  for (let p = 0; p + 1 < pages.length; p++) {
    const tail = lastBody(pages[p]);
    if (!tail?.table) continue;
    for (let q = p + 1; q < pages.length; q++) {
      const head = firstBody(pages[q]);
      if (!head?.table || !columnsMatch(tail.table, head.table)) break;
      const a = tail.table, b = head.table;
      // the header repeated on the next page: as many of its leading rows as match
      let repeated = 0;
      while (repeated < Math.max(a.headerRows, 1) && b.grid[repeated] && a.grid[repeated] &&
        rowText(a.grid[repeated]).join('|') === rowText(b.grid[repeated]).join('|')) repeated++;
      const rows = b.grid.slice(repeated);
      a.grid.push(...rows);
      a.pageEnd = b.pageEnd ?? pages[q].number;
      tail.text = [tail.text, ...rows.map((r) => r.map((c) => c?.text ?? '').filter(Boolean).join(' '))].filter(Boolean).join(' ');
      pages[q].blocks.splice(pages[q].blocks.indexOf(head), 1);
      // the joined table may go on over a further page only if it now ends that page too
      if (lastBody(pages[q]) !== undefined) break;
    }
  }
}
