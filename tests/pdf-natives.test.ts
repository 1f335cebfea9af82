// pdf.js runs here without @napi-rs/canvas (preload.ts): its one need, a DOMMatrix, is met by a small
// affine matrix. A Type 3 font whose glyph is an image mask is the one reading path that could build
// one; images are never decoded (open.ts), so the glyph is skipped and its text still read.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { AffineMatrix } from '../src/readers/pdf/dommatrix.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { bodyBlocks } from '../src/model.js';
import { buildPdf, stream } from './pdf-builders.js';

describe('pdf.js without the canvas library', () => {
  it('does not load @napi-rs/canvas', async () => {
    await import('../src/readers/pdf/pdfjs.js');
    const cache = createRequire(import.meta.url).cache;
    expect(Object.keys(cache).filter((k) => k.includes('@napi-rs'))).toEqual([]);
  });

  it('multiplies, scales, translates and inverts like a 2-D DOMMatrix', () => {
    const m = new AffineMatrix().scaleSelf(2, -4).translateSelf(0, -10);
    expect([m.a, m.b, m.c, m.d, m.e, m.f]).toEqual([2, 0, 0, -4, 0, 40]);
    const n = new AffineMatrix([1, 2, 3, 4, 5, 6]);
    const id = n.multiply(n.inverse());
    expect([id.a, id.b, id.c, id.d, id.e, id.f].map((v) => Math.round(v * 1e9) / 1e9 + 0)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(new AffineMatrix([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 7, 8, 0, 1]).e).toBe(7);
    expect(() => new AffineMatrix([1, 2, 3])).toThrow(TypeError);
  });

  it('reads a page with a Type 3 font drawn from an image mask', async () => {
    // glyph "A": a 1-bit 8x8 image mask (a solid square) in a 1000-unit glyph space
    const glyph = stream('1000 0 0 0 750 750 d1 750 0 0 750 0 0 cm BI /W 8 /H 8 /IM true /BPC 1 ID \xff\xff\xff\xff\xff\xff\xff\xff EI');
    const content = stream('BT /T3 12 Tf 72 700 Td (AAA) Tj ET BT /F1 12 Tf 72 650 Td (Plain text after the glyphs) Tj ET');
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /T3 4 0 R /F1 7 0 R >> >> /Contents 6 0 R >>',
      '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /A 5 0 R >> /Encoding << /Type /Encoding /Differences [65 /A] >> /FirstChar 65 /LastChar 65 /Widths [1000] /ToUnicode 8 0 R >>',
      glyph,
      content,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      stream('/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <0041> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end'),
    ]);
    const doc = await readPdf(pdf, { maxPages: 10 });
    const text = bodyBlocks(doc).map((b) => b.text).join('\n');
    expect(text).toContain('Plain text after the glyphs');
    expect(text).toContain('AAA');
    expect(doc.warnings.filter((w) => w.code === 'page_failed')).toEqual([]);
  });
});
