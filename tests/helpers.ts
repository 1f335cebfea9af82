// Shared test helpers: fixture paths and reading fixtures into the document model / pack document.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
/** shared/ lies beside the project (../shared) in development and CI */
export const SHARED = join(ROOT, '..', 'shared');
export const hasShared = existsSync(SHARED);

export function fixtureBytes(rel: string): Uint8Array {
  return readFileSync(join(FIXTURES, rel));
}
