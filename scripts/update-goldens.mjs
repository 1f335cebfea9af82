// Rewrite fixtures/golden/*/expected.json from the current build (npx tsc first). Review `git diff` after.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractGoldenCase } from './golden-case.mjs';

const golden = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'golden');
const only = process.argv.slice(2);
for (const name of readdirSync(golden).sort()) {
  if (only.length && !only.includes(name)) continue;
  const doc = await extractGoldenCase(join(golden, name));
  writeFileSync(join(golden, name, 'expected.json'), JSON.stringify(doc, null, 2) + '\n');
  console.log(`${name}: ${Object.entries(doc).filter(([, v]) => Array.isArray(v)).map(([k, v]) => `${k}=${v.length}`).join(' ')}`);
}
