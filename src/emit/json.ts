// JSON output: the pack document as built (key order is fixed by construction), 2-space indent.
import type { PackDocument } from '../records.js';

export function toJson(doc: unknown, pretty = true): string {
  return JSON.stringify(doc, null, pretty ? 2 : undefined) + '\n';
}

export function toNdjsonLine(doc: PackDocument): string {
  return JSON.stringify(doc) + '\n';
}
