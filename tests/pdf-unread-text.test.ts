// Text a reader of the printed page does not read: struck through (a deletion in tracked changes) is
// left out of the text and reported.
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../src/model.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { buildPdf, stream } from './pdf-builders.js';

/** One Helvetica 12 pt page with the given content stream. */
function page(content: string): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

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
