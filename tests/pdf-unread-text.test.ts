// Text a reader of the printed page does not read: struck through (a deletion in tracked changes) or
// painted over by a later fill is left out of the text and reported.
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../src/model.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { buildPdf, helveticaPage, stream } from './pdf-builders.js';

const page = helveticaPage;

const text = (line: string, y: number) => `BT /F1 12 Tf 72 ${y} Td (${line}) Tj ET`;

describe('struck-through text', () => {
  it('leaves out words with a line through their middle and reports them with their page', async () => {
    // "Deleted clause" struck (a line 3.5 pt above the baseline), "Inserted clause" underlined (below it)
    const doc = await readPdf(page([
      text('Kept opening words.', 700), text('Deleted clause', 680), '0.8 w 72 683.5 m 150 683.5 l S',
      text('Inserted clause', 660), '0.8 w 72 658 m 155 658 l S', text('Kept closing words.', 640),
    ].join('\n')), { maxPages: 10 });
    const all = bodyBlocks(doc).map((b) => b.text).join('\n');
    expect(all).toContain('Kept opening words.');
    expect(all).toContain('Inserted clause');
    expect(all).not.toContain('Deleted');
    const warnings = doc.warnings.filter((w) => w.code === 'struck_text');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].page).toBe(1);
    expect(warnings[0].message).toContain('Deleted clause');
  });

  it('reads words under a rule that runs on well past them (a table rule, not a strike-through)', async () => {
    const doc = await readPdf(page([text('Label', 680), '0.8 w 60 683.5 m 500 683.5 l S', text('Other text here.', 640)].join('\n')), { maxPages: 10 });
    expect(bodyBlocks(doc).map((b) => b.text).join('\n')).toContain('Label');
    expect(doc.warnings.filter((w) => w.code === 'struck_text')).toEqual([]);
  });
});

describe('text painted over', () => {
  it('leaves out text a later opaque fill covers and reports it, but reads text drawn on a fill', async () => {
    const doc = await readPdf(page([
      text('Visible opening words.', 700),
      text('Secret note', 680), '0 0 1 rg 70 676 120 18 re f 0 g',
      '0.9 g 70 656 160 18 re f 0 g', text('Shaded but readable', 660),
      '1 g 70 616 200 40 re f 0 g',
      text('Visible closing words.', 600),
    ].join('\n')), { maxPages: 10 });
    const all = bodyBlocks(doc).map((b) => b.text).join('\n');
    expect(all).toContain('Visible opening words.');
    expect(all).toContain('Shaded but readable');
    expect(all).not.toContain('Secret');
    const warnings = doc.warnings.filter((w) => w.code === 'hidden_text');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].page).toBe(1);
    expect(warnings[0].message).toContain('Secret note');
  });

  it('reads text under a see-through fill (a highlight)', async () => {
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /ExtGState << /GS1 6 0 R >> >> /Contents 4 0 R >>',
      stream([text('Highlighted words here', 680), 'q /GS1 gs 1 1 0 rg 70 676 150 18 re f Q', text('More text after.', 640)].join('\n')),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Type /ExtGState /ca 0.4 >>',
    ]);
    const doc = await readPdf(pdf, { maxPages: 10 });
    expect(bodyBlocks(doc).map((b) => b.text).join('\n')).toContain('Highlighted words here');
    expect(doc.warnings.filter((w) => w.code === 'hidden_text')).toEqual([]);
  });
});
