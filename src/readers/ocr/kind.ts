// The kind of an image input, from its bytes (the one sniffer, src/readers/sniff.ts).
import { sniff } from '../sniff.js';

export type ImageKind = 'png' | 'jpeg' | 'tiff';

export function imageKind(bytes: Uint8Array): ImageKind | null {
  const found = sniff(bytes);
  return found.kind === 'image' ? (found.type.toLowerCase() as ImageKind) : null;
}
