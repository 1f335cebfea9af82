import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import {
  checkSize,
  DEFAULT_SIZE_LIMITS,
  formatMegabytes,
  parseByteSize,
  prescanHtml,
  MB,
} from '../src/readers/limits.js';
import { chooseFormat } from '../src/run/job.js';
import { readDocument, DEFAULT_READ_OPTIONS } from '../src/readers/index.js';
import { parseShard, selectShard } from '../src/cli/inputs.js';
import { resolveOnly } from '../src/cli/extract.js';

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return `${(err as InputError).reason}: ${(err as InputError).message}`;
  }
}

describe('HTML pre-scan', () => {
  it('accepts an ordinary page, including unclosed <p>/<li> and markup inside scripts', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<p>Item ${i}<li>x<br>`).join('');
    const html = `<!DOCTYPE html><html><head><script>if (a < b) { x = "<div><div>"; }</script></head><body>${rows}</body></html>`;
    expect(reason(() => prescanHtml(html))).toBeUndefined();
  });

  it('rejects 100,000 nested elements as too complex', () => {
    const html = '<div>'.repeat(100_000) + 'deep' + '</div>'.repeat(100_000);
    expect(reason(() => prescanHtml(html))).toBe('too_complex: too complex: HTML nested over the 512-level limit');
  });

  it('rejects a million <br> as too complex', () => {
    const html = '<body>' + '<br>'.repeat(1_000_000) + '</body>';
    expect(reason(() => prescanHtml(html))).toBe('too_complex: too complex: over the 200,000-element HTML limit');
  });

  it('closes to the nearest open element of the same name, as a parser does', () => {
    // 600 <div><span> pairs whose </span> are missing: each </div> pops its span too
    const html = '<div><span>x</div>'.repeat(600);
    expect(reason(() => prescanHtml(html))).toBeUndefined();
  });

  it('ignores ">" inside quoted attributes and tags inside comments', () => {
    const html = '<a title="a > b">x</a><!-- ' + '<div>'.repeat(1000) + ' -->';
    expect(reason(() => prescanHtml(html, { maxElements: 10, maxDepth: 5 }))).toBeUndefined();
  });
});

describe('pre-scan before the readers', () => {
  it('applies to HTML files and to HTML embedded in text packs', async () => {
    const flood = new TextEncoder().encode('Agenda\n\n<p>' + '<br>'.repeat(300_000) + '</p>\n');
    for (const format of ['html', 'text'] as const) {
      await expect(readDocument(flood, format, DEFAULT_READ_OPTIONS)).rejects.toMatchObject({ reason: 'too_complex' });
    }
  });
});

describe('size limits', () => {
  it('says how big and what the limit is', () => {
    expect(reason(() => checkSize(123_400_000, 'pdf', DEFAULT_SIZE_LIMITS))).toBe(
      'too_big: too big: 123 MB, over the 100 MB limit',
    );
    expect(reason(() => checkSize(21 * MB, 'html', DEFAULT_SIZE_LIMITS))).toBe('too_big: too big: 21 MB, over the 20 MB limit');
    expect(reason(() => checkSize(21 * MB, 'pdf', DEFAULT_SIZE_LIMITS))).toBeUndefined();
  });

  it('parses --max-bytes sizes', () => {
    expect(parseByteSize('2000')).toBe(2000);
    expect(parseByteSize('50MB')).toBe(50 * MB);
    expect(parseByteSize('1.5 gb')).toBe(1_500_000_000);
    expect(parseByteSize('500k')).toBe(500_000);
    expect(parseByteSize('lots')).toBeNaN();
    expect(formatMegabytes(500_000)).toBe('0.5 MB');
    expect(formatMegabytes(2_048_000_000)).toBe('2,048 MB');
  });
});

describe('format by bytes, checked against the name', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

  it('rejects HTML and text named .pdf', () => {
    expect(reason(() => chooseFormat(bytes('<!DOCTYPE html><html><body>Agenda</body></html>'), 'a/pack.pdf'))).toBe(
      'not_pdf: not a PDF (looks like HTML)',
    );
    expect(reason(() => chooseFormat(bytes('oops\n'), 'bad.PDF'))).toBe('not_pdf: not a PDF (looks like text)');
    expect(reason(() => chooseFormat(bytes('1 0 obj <<>> endobj startxref 9'), 'x.pdf'))).toBe(
      'not_pdf: not a PDF (no %PDF- header)',
    );
  });

  it('finds a PDF header after leading junk, and sniffs other names by content', () => {
    expect(chooseFormat(bytes('x'.repeat(5000) + '%PDF-1.4\n'), 'junk.pdf')).toBe('pdf');
    expect(chooseFormat(bytes('<html><body>x</body></html>'), 'page.txt')).toBe('html');
    expect(chooseFormat(bytes('Agenda\n1. Apologies'), 'notes.md')).toBe('text');
  });
});

describe('--shard and --only', () => {
  const refs = ['c.pdf', 'a.pdf', 'e.pdf', 'b.pdf', 'd.pdf'].map((p) => ({ path: p, display: p }));

  it('deals the sorted inputs round-robin into disjoint shards that cover all inputs', () => {
    const shards = [1, 2, 3].map((k) => selectShard(refs, { index: k, count: 3 }).map((r) => r.path));
    expect(shards).toEqual([['a.pdf', 'd.pdf'], ['e.pdf', 'b.pdf'], ['c.pdf']]);
    expect(selectShard([...refs].reverse(), { index: 1, count: 3 }).map((r) => r.path)).toEqual(['d.pdf', 'a.pdf']);
  });

  it('rejects malformed shards', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('resolves record-type words', () => {
    expect(resolveOnly('agenda, attendees,minutes')).toEqual(['agenda_items', 'attendees', 'minute_items']);
    expect(() => resolveOnly('agendum')).toThrow(/unknown record type/);
  });
});
