// pdf.js on a thread of its own (ReadOptions.pdfThread): the same document model and the same page-by-page
// warnings as on the calling thread, and no wait that outlives the thread. The thread runs the built
// module (dist/readers/pdf/thread.js: Node cannot start a thread from TypeScript), so these tests
// read through the build, as the CLI does.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasSpareCore } from '../src/run/batch.js';
import { FIXTURES, ROOT } from './helpers.js';
import { buildPdf, stream } from './pdf-builders.js';

const DIST = join(ROOT, 'dist', 'readers', 'pdf');
type ReadPdf = typeof import('../src/readers/pdf/index.js').readPdf;
type StartPdfThread = typeof import('../src/readers/pdf/pdfjs.js').startPdfThread;
const { readPdf } = (await import(join(DIST, 'index.js'))) as { readPdf: ReadPdf };
const { startPdfThread } = (await import(join(DIST, 'pdfjs.js'))) as { startPdfThread: StartPdfThread };

/** A PDF of one page per content stream (a string, or a stream object as written), Helvetica for text. */
function pagesPdf(contents: (string | { raw: string })[]): Uint8Array {
  const kids = contents.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...contents.flatMap((c, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
      typeof c === 'string' ? stream(c) : c.raw,
    ]),
  ]);
}

const text = (s: string) => `BT /F1 12 Tf 72 700 Td (${s}) Tj ET`;

describe('pdf.js on a thread of its own', () => {
  it('reads a pack exactly as on the calling thread', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'sample', 'pack.pdf')));
    const here = await readPdf(bytes, { maxPages: 2000 });
    const threaded = await readPdf(bytes, { maxPages: 2000, pdfThread: true });
    expect(threaded.pages.length).toBeGreaterThan(10);
    expect(threaded).toEqual(here);
  });

  it("puts pdf.js's warnings on the page it was loading, though the next page loads early", async () => {
    const pdf = pagesPdf([
      text('Page one'),
      `${text('Page two')} 5 5 m foo`, // an unknown operator
      { raw: '<< /Length 20 /Filter /FlateDecode >>\nstream\nxxxxxxxxxxxxxxxxxxxx\nendstream' }, // not deflated
      text('Page four'),
    ]);
    for (const pdfThread of [false, true]) {
      const doc = await readPdf(pdf, { maxPages: 10, pdfThread });
      expect(doc.pages.map((p) => p.blocks.map((b) => b.text).join('|'))).toEqual(['Page one', 'Page two', '', 'Page four']);
      expect(doc.warnings.map((w) => [w.code, w.page])).toEqual([
        ['page_damaged', 2],
        ['page_damaged', 3],
      ]);
    }
  });

  it('ends a wait on pdf.js when the thread dies, instead of hanging', async () => {
    const thread = startPdfThread();
    const forever = thread.guard(new Promise<never>(() => undefined));
    await thread.stop();
    await expect(forever).rejects.toThrow(/pdf\.js thread stopped/);
  });

  it('ends the thread, and every wait on it, when the read stops early', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'sample', 'pack.pdf')));
    const stopAtPage2 = (n: number) => {
      if (n === 2) throw new Error('stopped by the caller');
    };
    await expect(readPdf(bytes, { maxPages: 2000, pdfThread: true, onPage: stopAtPage2 })).rejects.toThrow(/stopped by the caller/);
    await new Promise((resolve) => setTimeout(resolve, 200)); // an unhandled rejection would surface here
  });

  it('is used only where a worker has a second core: fewer documents than --jobs', () => {
    expect(hasSpareCore(2, 1, 2)).toBe(true); // one document, default --jobs on 2 cores
    expect(hasSpareCore(1, 1, 2)).toBe(false); // --jobs 1 caps the batch at one core
    expect(hasSpareCore(2, 2, 2)).toBe(false); // a worker on every core
    expect(hasSpareCore(8, 2, 4)).toBe(true);
    expect(hasSpareCore(8, 1, 1)).toBe(false); // one core
  });
});
