// Just enough of the ZIP format to tell what a zip holds (a Word document, a workbook, ...) and to
// measure what it unpacks to before a reader inflates it: a DOCX is a zip, and a zip bomb (a few KB that
// unpack to gigabytes) must fail at a limit, not exhaust memory.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  /** offset of the entry's local header */
  offset: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const latin1 = (b: Uint8Array, from: number, len: number) => Buffer.from(b.buffer, b.byteOffset + from, len).toString('latin1');

/** The entries of the central directory, or null when it is missing or damaged (a truncated file). */
export function centralEntries(b: Uint8Array): ZipEntry[] | null {
  const dv = view(b);
  // the end record is in the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes)
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = dv.getUint16(end + 10, true);
  let at = dv.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || dv.getUint32(at, true) !== CENTRAL) return null;
    const nameLen = dv.getUint16(at + 28, true);
    const extraLen = dv.getUint16(at + 30, true);
    const commentLen = dv.getUint16(at + 32, true);
    if (at + 46 + nameLen > b.length) return null;
    entries.push({
      name: latin1(b, at + 46, nameLen),
      method: dv.getUint16(at + 10, true),
      compressedSize: dv.getUint32(at + 20, true),
      offset: dv.getUint32(at + 42, true),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Names of the local headers found in a zip without a central directory (a truncated file). Searched
 * for, not followed: writers that stream (LibreOffice, Word) put the sizes after the data.
 */
export function localNames(b: Uint8Array, max = 10_000): string[] {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const names: string[] = [];
  for (let at = buf.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0 && names.length < max; at = buf.indexOf('PK\x03\x04', at + 4, 'latin1')) {
    if (at + 30 > b.length) break;
    const nameLen = buf.readUInt16LE(at + 26);
    if (at + 30 + nameLen <= b.length) names.push(latin1(b, at + 30, nameLen));
  }
  return names;
}

/** Entry names: the central directory's, else those of the local headers. */
export function zipNames(b: Uint8Array): string[] {
  return centralEntries(b)?.map((e) => e.name) ?? localNames(b);
}

/** The bytes of one entry, inflated to at most `limit` bytes; throws RangeError past it, Error when damaged. */
export function readEntry(b: Uint8Array, e: ZipEntry, limit: number): Buffer {
  const dv = view(b);
  if (e.offset + 30 > b.length || dv.getUint32(e.offset, true) !== LOCAL) throw new Error(`${e.name}: damaged entry`);
  const start = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
  if (start + e.compressedSize > b.length) throw new Error(`${e.name}: cut short`);
  const data = Buffer.from(b.buffer, b.byteOffset + start, e.compressedSize);
  if (e.method === 0) {
    if (data.length > limit) throw new RangeError(e.name);
    return data;
  }
  if (e.method !== 8) throw new Error(`${e.name}: unknown compression method ${e.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new RangeError(e.name);
    throw err;
  }
}
