// Image formats read by OCR, told by their signatures (no decoder loaded to sniff).

export type ImageKind = 'png' | 'jpeg' | 'tiff';

/** The image format of the bytes, from their signature; null for anything else. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a)) return 'tiff';
  return null;
}
