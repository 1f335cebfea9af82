// One golden folder per fixture: fixtures/golden/<case>/input.<ext> and expected.json (the pack document).
// Regenerate with `node scripts/update-goldens.mjs` and review the diff before committing.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers.js';
import { extractGoldenCase } from '../scripts/golden-case.mjs';

const GOLDEN = join(FIXTURES, 'golden');
const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('golden packs', () => {
  it('has golden cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const name of cases) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(GOLDEN, name, 'expected.json'), 'utf8'));
      const actual = await extractGoldenCase(join(GOLDEN, name));
      expect(actual).toEqual(expected);
    });
  }
});
