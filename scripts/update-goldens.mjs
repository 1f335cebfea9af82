// Rewrite fixtures/golden/*/expected.json from the current build (npx tsc first). Review `git diff` after.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractGoldenCase } from './golden-case.mjs';

const golden = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'golden');
// `--out DIR` writes DIR/<case>.json instead, to compare a change against the committed goldens.
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? args.splice(outAt, 2)[1] : null;
const only = args;
if (outDir) mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(golden).sort()) {
  if (!statSync(join(golden, name)).isDirectory()) continue;
  if (only.length && !only.includes(name)) continue;
  const doc = await extractGoldenCase(join(golden, name));
  writeFileSync(outDir ? join(outDir, `${name}.json`) : join(golden, name, 'expected.json'), JSON.stringify(doc, null, 2) + '\n');
  console.log(`${name}: ${Object.entries(doc).filter(([, v]) => Array.isArray(v)).map(([k, v]) => `${k}=${v.length}`).join(' ')}`);
}
