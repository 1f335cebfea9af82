// A PNG or JPEG is walked structurally before the native decoder sees it: a truncated or damaged file can
// crash that decoder (a segmentation fault, which takes the worker down with no useful message), so such a
// file is refused here as corrupt, in words.
import { crc32 } from 'node:zlib';
import { InputError } from '../../errors.js';
import type { ImageKind } from './kind.js';

const u32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

/** Why a PNG is damaged (null when every chunk is whole, checksummed, IHDR first and IEND reached). */
export function pngProblem(b: Uint8Array): string | null {
  let at = 8;
  let seenData = false;
  for (let first = true; ; first = false) {
    if (at + 12 > b.length) return 'truncated';
    const length = u32(b, at);
    const type = ascii(b, at + 4, 4);
    if (at + 12 + length > b.length) return 'truncated';
    if (crc32(b.subarray(at + 4, at + 8 + length)) !== u32(b, at + 8 + length)) return `bad checksum in ${type}`;
    if (first && (type !== 'IHDR' || length !== 13 || u32(b, at + 8) === 0 || u32(b, at + 12) === 0)) return 'no image header';
    if (type === 'IDAT') seenData = true;
    if (type === 'IEND') return seenData ? null : 'no image data';
    at += 12 + length;
  }
}

/** Why a JPEG is damaged (null when its segments lead to a frame header and a scan, and it ends with EOI). */
export function jpegProblem(b: Uint8Array): string | null {
  let at = 2;
  let frame = false;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return 'damaged segment';
    const marker = b[at + 1];
    if (marker === 0xff) { at++; continue; }
    const length = (b[at + 2] << 8) | b[at + 3];
    if (length < 2 || at + 2 + length > b.length) return 'truncated';
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC): the frame header with the image size
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (length < 8 || ((b[at + 5] << 8) | b[at + 6]) === 0 || ((b[at + 7] << 8) | b[at + 8]) === 0) return 'no image size';
      frame = true;
    }
    if (marker === 0xda) {
      if (!frame) return 'no frame header';
      // the end of image marker closes the file (a few bytes of padding after it are common)
      const tail = b.subarray(Math.max(at, b.length - 1024));
      for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return null;
      return 'truncated';
    }
    at += 2 + length;
  }
  return 'truncated';
}

export function assertIntact(bytes: Uint8Array, kind: ImageKind): void {
  const problem = kind === 'png' ? pngProblem(bytes) : kind === 'jpeg' ? jpegProblem(bytes) : null;
  if (problem) throw new InputError('corrupt', `corrupt: ${kind.toUpperCase()} image ${problem}`);
}
