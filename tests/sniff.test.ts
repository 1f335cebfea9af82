// Formats are sniffed from the bytes: the readable ones, images (routed to OCR), and every other kind of
// file named in its refusal. Names never decide.
import { describe, expect, it } from 'vitest';
import { sniff } from '../src/readers/sniff.js';
import { sniffFormat } from '../src/readers/index.js';
import { InputError } from '../src/errors.js';
import { buildDocx, buildZip, para } from './zip-builder.js';

const b = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const pad = (head: Buffer, n = 600) => Buffer.concat([head, Buffer.alloc(n, 7)]);

function refusal(bytes: Uint8Array): string {
  try {
    sniffFormat(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).reason).toBe('unsupported');
    return (err as Error).message;
  }
  throw new Error('not refused');
}

describe('sniff', () => {
  it('reads PDF, DOCX, HTML and text', () => {
    expect(sniff(b('%PDF-1.7\n1 0 obj'))).toEqual({ kind: 'document', format: 'pdf' });
    expect(sniff(b('junk junk\n%PDF-1.4\n'))).toEqual({ kind: 'document', format: 'pdf' });
    expect(sniff(buildDocx(para(['Minutes'])))).toEqual({ kind: 'document', format: 'docx' });
    expect(sniff(Buffer.from('\uFEFF<!DOCTYPE html><html>', 'utf8'))).toEqual({ kind: 'document', format: 'html' });
    expect(sniff(b('AGENDA\n\f1. Apologies\t\n'))).toEqual({ kind: 'document', format: 'text' });
  });

  it('reads UTF-16 text and HTML with a byte order mark', () => {
    expect(sniff(Buffer.from('\uFEFFAGENDA\r\n1. Apologies', 'utf16le'))).toEqual({ kind: 'document', format: 'text' });
    expect(sniff(Buffer.from('\uFEFF<html><body>x', 'utf16le'))).toEqual({ kind: 'document', format: 'html' });
    expect(sniff(Buffer.from('\uFEFF<html>', 'utf16le').swap16())).toEqual({ kind: 'document', format: 'html' });
  });

  it.each([
    ['PNG', b([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], '%PDF-<html>')],
    ['JPEG', b([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['TIFF', b('II*\0', [8, 0, 0, 0])],
    ['TIFF', b('MM\0*', [0, 0, 0, 8])],
  ])('routes a %s image to OCR', (type, bytes) => {
    expect(sniff(bytes)).toEqual({ kind: 'image', type });
    expect(sniffFormat(bytes)).toBe('image');
  });

  it.each([
    ['zip archive', buildZip([{ name: 'a.pdf', data: '%PDF-1.4 stored', stored: true }])],
    ['Excel workbook (xlsx)', buildZip([{ name: '[Content_Types].xml', data: '<x/>' }, { name: 'xl/workbook.xml', data: '<x/>' }])],
    ['PowerPoint presentation (pptx)', buildZip([{ name: 'ppt/presentation.xml', data: '<x/>' }])],
    ['OpenDocument text (odt)', buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true }, { name: 'content.xml', data: '<x/>' }])],
    ['Word 97-2003 document (doc)', b([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.alloc(500).toString('latin1'), Buffer.from('WordDocument', 'utf16le').toString('latin1'))],
    ['password-protected Office document', b([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le').toString('latin1'))],
    ['Excel 97-2003 workbook (xls)', b([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.from('Workbook', 'utf16le').toString('latin1'))],
    ['ELF executable', pad(b('\x7fELF', [2, 1, 1]))],
    ['Windows executable', pad(b('MZ', [0x90, 0, 3, 0]))],
    ['gzip archive', pad(b([0x1f, 0x8b, 8, 0]))],
    ['7-Zip archive', pad(b('7z\xbc\xaf\x27\x1c'))],
    ['RAR archive', pad(b('Rar!\x1a\x07\x01\x00'))],
    ['tar archive', b('report.pdf', Buffer.alloc(247).toString('latin1'), 'ustar\x0000')],
    ['MP3 audio', pad(b('ID3', [4, 0]))],
    ['MP3 audio', pad(b([0xff, 0xfb, 0x90, 0x64, 0]))],
    ['WAV audio', pad(b('RIFF', [0, 0, 0, 0], 'WAVEfmt '))],
    ['AVI video', pad(b('RIFF', [0, 0, 0, 0], 'AVI LIST'))],
    ['MP4 video', pad(b([0, 0, 0, 0x20], 'ftypisom'))],
    ['Matroska or WebM video', pad(b([0x1a, 0x45, 0xdf, 0xa3]))],
    ['GIF image', pad(b('GIF89a'))],
    ['RTF document', b('{\\rtf1\\ansi Minutes}')],
    ['binary data', b([1, 2, 3, 0, 5], 'AGENDA')],
  ])('refuses a %s in one line', (what, bytes) => {
    expect(sniff(bytes)).toEqual({ kind: 'unsupported', what });
    expect(refusal(bytes)).toBe(`unsupported format (${what})`);
  });

  it('a truncated DOCX is still a Word document (then read as corrupt), a truncated zip still a zip', () => {
    const docx = buildDocx(para(['x'.repeat(2000)]));
    expect(sniff(docx.subarray(0, Math.floor(docx.length * 0.6)))).toEqual({ kind: 'document', format: 'docx' });
    const zip = buildZip([{ name: 'a.txt', data: 'a'.repeat(3000), stored: true }, { name: 'b.txt', data: 'b' }]);
    expect(sniff(zip.subarray(0, 1000))).toEqual({ kind: 'unsupported', what: 'zip archive' });
  });
});
