// Extract one golden case folder (input.<ext> inside) with the built library; shared by the golden
// test and scripts/update-goldens.mjs so both see the same document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBytes } from '../dist/extract.js';

export async function extractGoldenCase(dir) {
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`${dir}: no input.* file`);
  const name = dir.split(/[\\/]/).pop();
  const doc = await extractBytes(readFileSync(join(dir, input)), { fileName: input, packId: name });
  return JSON.parse(JSON.stringify(doc));
}
