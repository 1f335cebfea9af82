// Images are walked before the native decoder sees them: a damaged PNG or JPEG is refused in words,
// never handed to a decoder that can crash on it.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jpegProblem, pngProblem } from '../src/readers/ocr/intact.js';
import { FIXTURES } from './helpers.js';

const png = readFileSync(join(FIXTURES, 'ocr/sample-p3-top.png'));

function sampleJpeg(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'pp-jpeg-'));
  execFileSync('pdftoppm', ['-jpeg', '-r', '20', '-f', '1', '-l', '1', '-singlefile', join(FIXTURES, 'sample/pack.pdf'), join(dir, 'p')]);
  return readFileSync(join(dir, 'p.jpg'));
}

describe('intact images', () => {
  it('a whole PNG passes; a cut, a flipped byte or a missing header does not', () => {
    expect(pngProblem(png)).toBeNull();
    expect(pngProblem(png.subarray(0, png.length - 5))).toBe('truncated');
    const flipped = Buffer.from(png);
    flipped[40] ^= 0xff;
    expect(pngProblem(flipped)).toMatch(/bad checksum/);
    expect(pngProblem(Buffer.concat([png.subarray(0, 8), Buffer.alloc(2000, 0x41)]))).toBe('truncated');
  });

  it('every truncation of a PNG is caught', () => {
    fc.assert(fc.property(fc.integer({ min: 8, max: png.length - 1 }), (n) => pngProblem(png.subarray(0, n)) !== null));
  });

  it.skipIf(!hasPdftoppm())('a whole JPEG passes; a cut one does not', () => {
    const jpeg = sampleJpeg();
    expect(jpegProblem(jpeg)).toBeNull();
    for (const n of [4, 100, Math.floor(jpeg.length / 2), jpeg.length - 2]) expect(jpegProblem(jpeg.subarray(0, n)), String(n)).not.toBeNull();
  });
});

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
