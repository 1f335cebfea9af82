// Property tests of the readers on damaged and random inputs: truncations, flipped bytes, spliced files,
// random markup. Whatever happens, the only exception that may escape is a typed InputError (which the
// CLI turns into one clear line); anything else would surface as "corrupt: <internal message>".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/errors.js';
import { readDocument, DEFAULT_READ_OPTIONS } from '../src/readers/index.js';
import type { SourceFormat } from '../src/model.js';
import { FIXTURES, SHARED } from './helpers.js';
import { buildDocx, cell, para, table } from './zip-builder.js';

/** First existing file of each candidate list (fixtures first, shared material as fallback). */
function firstExisting(...paths: string[]): Uint8Array | null {
  const p = paths.find((x) => existsSync(x));
  return p ? new Uint8Array(readFileSync(p)) : null;
}

const PDF = firstExisting(join(FIXTURES, 'sample', 'pack.pdf'), join(SHARED, 'corpus', 'kent', 'cabinet-2025-01-30-agenda-frontsheet.pdf'));
const PDF2 = firstExisting(join(FIXTURES, 'sample', 'pack-lo.pdf'), join(SHARED, 'corpus', 'kent', 'cabinet-2025-01-30-minutes.pdf'));
const HTML = firstExisting(join(FIXTURES, 'sample', 'pack.html'));
/** A small Word document (fast to read) with a heading, bold text and a table with merged cells. */
const DOCX = buildDocx(para([{ b: 'Minutes' }, ' of the meeting']) + table([[cell('Budget', 2)], [cell('Pay', 1, 'restart'), cell('656.8')], [cell('', 1, 'continue'), cell('1,234')]]));
const TEXT = firstExisting(join(FIXTURES, 'sample', 'pack.txt'), join(SHARED, 'seed', '000_97ffb4c5714ee640.txt'));

/** Reads the bytes; returns 'ok', or the InputError reason; rethrows anything untyped. */
async function outcome(bytes: Uint8Array, format: SourceFormat): Promise<string> {
  try {
    await readDocument(bytes, format, { ...DEFAULT_READ_OPTIONS, maxPages: 50 });
    return 'ok';
  } catch (err) {
    if (err instanceof InputError) return err.reason;
    throw err;
  }
}

/** A damaged copy: cut at a point, or some bytes overwritten, or a slice of another file spliced in. */
function mutation(base: Uint8Array, other: Uint8Array) {
  const n = base.length;
  return fc.oneof(
    fc.integer({ min: 0, max: n }).map((cut) => base.slice(0, cut)),
    fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((flips) => {
      const copy = base.slice();
      for (const [at, value] of flips) copy[at] = value;
      return copy;
    }),
    fc.tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: other.length }), fc.integer({ min: 0, max: other.length })).map(
      ([at, from, to]) => {
        const piece = other.slice(Math.min(from, to), Math.max(from, to));
        const out = new Uint8Array(n + piece.length);
        out.set(base.subarray(0, at));
        out.set(piece, at);
        out.set(base.subarray(at), at + piece.length);
        return out;
      },
    ),
  );
}

const runs = { numRuns: 24, seed: 20240109, endOnFailure: true };

describe('readers on damaged input', () => {
  it.skipIf(!PDF || !PDF2)('PDF: truncated, flipped and spliced files raise only InputError', async () => {
    await fc.assert(fc.asyncProperty(mutation(PDF!, PDF2!), async (bytes) => {
      expect(await outcome(bytes, 'pdf')).toMatch(/^[a-z_]+$/);
    }), runs);
  }, 120_000);

  it.skipIf(!TEXT)('text: truncated and flipped (invalid UTF-8 included) raise only InputError', async () => {
    const other = new TextEncoder().encode('<table><tr><td>1</td></tr></table>\f\u00a0\u2013 Item 4a');
    await fc.assert(fc.asyncProperty(mutation(TEXT!, other), async (bytes) => {
      expect(await outcome(bytes, 'text')).toMatch(/^[a-z_]+$/);
    }), runs);
  }, 60_000);

  it('DOCX: truncated, flipped and spliced files raise only InputError', async () => {
    const other = readFileSync(join(FIXTURES, 'sample', 'pack.docx'));
    await fc.assert(fc.asyncProperty(mutation(new Uint8Array(DOCX), new Uint8Array(other)), async (bytes) => {
      expect(await outcome(bytes, 'docx')).toMatch(/^[a-z_]+$/);
    }), runs);
  }, 120_000);

  it.skipIf(!HTML)('HTML: damaged fixture raises only InputError', async () => {
    const other = new TextEncoder().encode('<table><tr><td rowspan="99999">x<td colspan=0><th>');
    await fc.assert(fc.asyncProperty(mutation(HTML!, other), async (bytes) => {
      expect(await outcome(bytes, 'html')).toMatch(/^[a-z_]+$/);
    }), runs);
  }, 60_000);
});

// Random markup built from the tags the HTML reader cares about, with hostile attribute values.
const tag = fc.constantFrom('p', 'div', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'b', 'strong', 'br', 'span', 'caption', 'pre');
const attr = fc.constantFrom('', ' rowspan="0"', ' colspan="100000"', ' rowspan="-3"', ' colspan="x"', ' style="display:none"', ' class="page-break"');
const text = fc.constantFrom('', 'Agenda', '1.', '4a', 'Minutes', '£1,234', '(5.6)', '\u00a0', '&amp;', '&#0;', 'Cllr A. Smith – Chair', '<', '>');
const markup: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  element: fc.tuple(tag, attr, fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
    ([t, a, kids, close]) => `<${t}${a}>${(kids as string[]).join('')}${close ? `</${t}>` : ''}`,
  ),
})).node as fc.Arbitrary<string>;

describe('readers on random input', () => {
  it('HTML: random markup is read or rejected with an InputError', async () => {
    await fc.assert(fc.asyncProperty(fc.array(markup, { minLength: 1, maxLength: 12 }), async (parts) => {
      const html = `<html><body>${parts.join('\n')}</body></html>`;
      expect(await outcome(new TextEncoder().encode(html), 'html')).toMatch(/^[a-z_]+$/);
    }), runs);
  }, 60_000);

  it('text: random lines of pack-like text are read or rejected with an InputError', async () => {
    const line = fc.oneof(text, fc.string({ maxLength: 40 }), fc.constantFrom('\f', 'Page 3', '------', '| a | b |', '  ', '\t1.\tItem'));
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 60 }), async (lines) => {
      const bytes = new TextEncoder().encode(lines.join('\n'));
      expect(await outcome(bytes, 'text')).toMatch(/^[a-z_]+$/);
    }), runs);
  }, 60_000);
});
