// What a file is, from its bytes (never from its name): the formats panelpack reads, the images that go
// to OCR, and a name for everything it refuses ("zip archive", "ELF executable"), so that a refusal says
// what the file is. Signatures at fixed offsets come first: a zip or an image may well hold "%PDF-"
// or "<html" somewhere in its first kilobyte.
import type { SourceFormat } from '../model.js';
import { isZip, zipNames } from './zip.js';

export type ImageType = 'PNG' | 'JPEG' | 'TIFF';

export type Sniffed =
  | { kind: 'document'; format: SourceFormat }
  | { kind: 'image'; type: ImageType }
  | { kind: 'unsupported'; what: string };

const starts = (b: Uint8Array, sig: number[] | string, at = 0) => {
  const bytes = typeof sig === 'string' ? [...sig].map((c) => c.charCodeAt(0)) : sig;
  return b.length >= at + bytes.length && bytes.every((x, i) => b[at + i] === x);
};

/** Fixed signatures of formats that are refused, in the words of the refusal. */
const REFUSED: [sig: number[] | string, at: number, what: string][] = [
  ['GIF87a', 0, 'GIF image'], ['GIF89a', 0, 'GIF image'], [[0, 0, 1, 0], 0, 'icon image'],
  ['8BPS', 0, 'Photoshop image'], ['\x7fELF', 0, 'ELF executable'], [[0xcf, 0xfa, 0xed, 0xfe], 0, 'Mach-O executable'],
  [[0xce, 0xfa, 0xed, 0xfe], 0, 'Mach-O executable'], [[0xca, 0xfe, 0xba, 0xbe], 0, 'Mach-O or Java class file'],
  ['\0asm', 0, 'WebAssembly module'], [[0x1f, 0x8b], 0, 'gzip archive'], ['BZh', 0, 'bzip2 archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0], 0, 'xz archive'], [[0x28, 0xb5, 0x2f, 0xfd], 0, 'zstd archive'],
  ['7z\xbc\xaf\x27\x1c', 0, '7-Zip archive'], ['Rar!\x1a\x07', 0, 'RAR archive'], ['ustar', 257, 'tar archive'],
  ['MSCF', 0, 'cabinet archive'], ['!<arch>\n', 0, 'ar archive'], ['SQLite format 3\0', 0, 'SQLite database'],
  ['{\\rtf', 0, 'RTF document'], ['ID3', 0, 'MP3 audio'], ['fLaC', 0, 'FLAC audio'], ['OggS', 0, 'Ogg audio or video'],
  [[0x1a, 0x45, 0xdf, 0xa3], 0, 'Matroska or WebM video'], ['FLV\x01', 0, 'Flash video'],
  ['\x30\x26\xb2\x75\x8e\x66\xcf\x11', 0, 'Windows Media audio or video'], ['MThd', 0, 'MIDI audio'],
  ['wOFF', 0, 'web font'], ['wOF2', 0, 'web font'], [[0, 1, 0, 0, 0], 0, 'TrueType font'], ['OTTO', 0, 'OpenType font'],
];

const RIFF: Record<string, string> = { WAVE: 'WAV audio', 'AVI ': 'AVI video', WEBP: 'WebP image' };

/** What an ISO media file's brand says it is ("ftyp" box at offset 4). */
function isoMedia(b: Uint8Array): string | null {
  if (!starts(b, 'ftyp', 4)) return null;
  const brand = Buffer.from(b.subarray(8, 12)).toString('latin1');
  if (/^(heic|heix|mif1|msf1|avif)$/.test(brand)) return 'HEIF image';
  if (/^M4A/.test(brand)) return 'MPEG-4 audio';
  return brand === 'qt  ' ? 'QuickTime video' : 'MP4 video';
}

/** A zip's kind from its entry names (the central directory, or the local headers of a truncated one). */
function zipKind(b: Uint8Array): Sniffed {
  const names = zipNames(b);
  const has = (n: string) => names.includes(n);
  if (has('word/document.xml')) return { kind: 'document', format: 'docx' };
  if (has('xl/workbook.xml')) return { kind: 'unsupported', what: 'Excel workbook (xlsx)' };
  if (has('ppt/presentation.xml')) return { kind: 'unsupported', what: 'PowerPoint presentation (pptx)' };
  if (has('mimetype')) {
    const head = Buffer.from(b.subarray(30, 120)).toString('latin1');
    if (head.includes('opendocument.text')) return { kind: 'unsupported', what: 'OpenDocument text (odt)' };
    if (head.includes('opendocument.spreadsheet')) return { kind: 'unsupported', what: 'OpenDocument spreadsheet (ods)' };
    if (head.includes('opendocument.presentation')) return { kind: 'unsupported', what: 'OpenDocument presentation (odp)' };
    if (head.includes('epub+zip')) return { kind: 'unsupported', what: 'EPUB e-book' };
  }
  // a zip that names Word parts but lost them to truncation is still a Word document (read: corrupt)
  if (names.some((n) => n.startsWith('word/')) || (names.length === 1 && has('[Content_Types].xml'))) return { kind: 'document', format: 'docx' };
  return { kind: 'unsupported', what: 'zip archive' };
}

/** Old binary Office files (OLE compound documents): which application, from the stream names. */
function oleKind(b: Uint8Array): string {
  const text = Buffer.from(b.subarray(0, Math.min(b.length, 1 << 20))).toString('utf16le');
  // a password-protected .docx/.xlsx is an OLE file holding the encrypted zip
  if (text.includes('EncryptedPackage')) return 'password-protected Office document';
  if (text.includes('WordDocument')) return 'Word 97-2003 document (doc)';
  if (text.includes('Workbook') || text.includes('Book')) return 'Excel 97-2003 workbook (xls)';
  if (text.includes('PowerPoint Document')) return 'PowerPoint 97-2003 presentation (ppt)';
  return 'OLE compound file (old Office format)';
}

/** A Windows executable: "MZ" and a PE header where the DOS header points. */
function isPe(b: Uint8Array): boolean {
  if (!starts(b, 'MZ') || b.length < 64) return false;
  const pe = Buffer.from(b.buffer, b.byteOffset, b.length).readUInt32LE(60);
  return starts(b, 'PE\0\0', pe) || b.subarray(2, 64).some((x) => x === 0);
}

/**
 * Control bytes that no text holds (NUL, and C0 controls other than tab, line breaks, form feed and
 * escape) in the first 8 KiB: a binary file of a kind not named above.
 */
function isBinary(b: Uint8Array): boolean {
  const head = b.subarray(0, 8192);
  let odd = 0;
  for (const x of head) {
    if (x === 0) return true;
    if (x < 32 && x !== 9 && x !== 10 && x !== 12 && x !== 13 && x !== 27 && x !== 11) odd++;
  }
  return odd > head.length / 100;
}

/** The text of the first bytes for the markup test, whatever Unicode encoding a byte order mark names. */
function headText(b: Uint8Array): string {
  const head = Buffer.from(b.subarray(0, 1024));
  if (starts(b, [0xff, 0xfe])) return head.toString('utf16le').slice(1);
  if (starts(b, [0xfe, 0xff])) return Buffer.from(head.subarray(0, head.length & ~1)).swap16().toString('utf16le').slice(1);
  return head.toString('latin1').replace(/^\xEF\xBB\xBF/, '');
}

export function sniff(b: Uint8Array): Sniffed {
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', type: 'PNG' };
  if (starts(b, [0xff, 0xd8, 0xff])) return { kind: 'image', type: 'JPEG' };
  if (starts(b, 'II*\0') || starts(b, 'MM\0*')) return { kind: 'image', type: 'TIFF' };
  if (isZip(b)) return zipKind(b);
  if (starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'unsupported', what: oleKind(b) };
  if (starts(b, 'RIFF') && RIFF[Buffer.from(b.subarray(8, 12)).toString('latin1')]) {
    return { kind: 'unsupported', what: RIFF[Buffer.from(b.subarray(8, 12)).toString('latin1')] };
  }
  const media = isoMedia(b);
  if (media) return { kind: 'unsupported', what: media };
  for (const [sig, at, what] of REFUSED) if (starts(b, sig, at)) return { kind: 'unsupported', what };
  if (isPe(b)) return { kind: 'unsupported', what: 'Windows executable' };
  // %PDF- anywhere in the first 1 KiB: pdf.js skips junk before the header, and so do PDF viewers
  const head = headText(b);
  if (head.includes('%PDF-')) return { kind: 'document', format: 'pdf' };
  const utf16 = starts(b, [0xff, 0xfe]) || starts(b, [0xfe, 0xff]);
  if (!utf16 && isBinary(b)) {
    // an MPEG audio frame header (a file without ID3 tag)
    return { kind: 'unsupported', what: b[0] === 0xff && (b[1] & 0xe0) === 0xe0 ? 'MP3 audio' : 'binary data' };
  }
  const trimmed = head.replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|meta|div|table|p[\s>]|h[1-6]|!--)/.test(trimmed)) return { kind: 'document', format: 'html' };
  return { kind: 'document', format: 'text' };
}
