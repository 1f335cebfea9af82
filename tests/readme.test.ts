// The README's recipes (fenced blocks marked `recipe`) run as written, in order, in a folder where
// `pack.pdf` is the sample pack and `packs/2023/` holds sample packs. jq and python/pandas may be missing
// (CI): then jq is a stand-in that swallows its input (the panelpack part still runs), and pandas blocks
// are skipped.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CSV_COLUMNS } from '../src/emit/csv.js';
import { packSchema, sectionSchema } from '../src/schema.js';
import { FIXTURES, ROOT } from './helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Block {
  lang: string;
  tag: string;
  code: string;
}

function fencedBlocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```(\w+)(?: (\w+))?\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], tag: m[2] ?? '', code: m[3] }));
}

const RECIPES = fencedBlocks(README).filter((b) => b.tag === 'recipe');

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
}

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

const hasJq = has('jq', ['--version']);
const pandasPython = ['python3', '/usr/bin/python3'].find((py) => has(py, ['-c', 'import pandas']));

/** The `run:` steps of a workflow that call panelpack (installing is the user's business). */
function workflowCommands(yaml: string): string[] {
  return [...yaml.matchAll(/^\s*- run: (panelpack .*)$/gm)].map((m) => m[1]);
}

describe('README', () => {
  let dir = '';
  let env: NodeJS.ProcessEnv = {};

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'panelpack-readme-'));
    const bin = join(dir, '.bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'panelpack'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/panelpack.js')}" "$@"\n`);
    chmodSync(join(bin, 'panelpack'), 0o755);
    if (!hasJq) {
      // without jq the panelpack side of each pipeline still runs (pipefail reports its failures)
      writeFileSync(join(bin, 'jq'), '#!/bin/sh\ncat > /dev/null\n');
      chmodSync(join(bin, 'jq'), 0o755);
    }
    copyFileSync(join(FIXTURES, 'sample/pack.pdf'), join(dir, 'pack.pdf'));
    mkdirSync(join(dir, 'packs/2023'), { recursive: true });
    copyFileSync(join(FIXTURES, 'sample/pack.txt'), join(dir, 'packs/2023/2023-01-09.txt'));
    copyFileSync(join(FIXTURES, 'sample/pack.html'), join(dir, 'packs/2023/2023-01-09-web.html'));
    env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, CI: 'true', NO_COLOR: '1' };
  });

  it('has recipes of every kind promised', () => {
    expect(RECIPES.map((r) => r.lang)).toEqual(expect.arrayContaining(['sh', 'python', 'yaml']));
    expect(RECIPES.filter((r) => r.lang === 'sh').length).toBeGreaterThanOrEqual(4);
  });

  it('recipes run in order against the sample fixtures', () => {
    for (const recipe of RECIPES) {
      if (recipe.lang === 'sh') {
        const r = run('bash', ['-euo', 'pipefail', '-c', recipe.code], dir, env);
        expect(r.status, `${recipe.code}\n${r.stderr}`).toBe(0);
      } else if (recipe.lang === 'python') {
        if (!pandasPython) continue;
        const r = run(pandasPython, ['-c', recipe.code], dir, env);
        expect(r.status, `${recipe.code}\n${r.stderr}`).toBe(0);
        expect(r.stdout).toMatch(/value\s+float64/);
      } else if (recipe.lang === 'yaml') {
        const commands = workflowCommands(recipe.code);
        expect(commands.length).toBeGreaterThan(0);
        for (const command of commands) {
          const r = run('bash', ['-eu', '-c', command], dir, env);
          // 0: all totals add up; 3: a total does not (the job fails, as intended); anything else is a bug
          expect([0, 3], `${command}\n${r.stderr}`).toContain(r.status);
        }
      } else throw new Error(`recipe in an unknown language: ${recipe.lang}`);
    }
    expect(existsSync(join(dir, 'attendance-2023.csv'))).toBe(true);
    expect(existsSync(join(dir, 'out/datapackage.json'))).toBe(true);
    expect(existsSync(join(dir, 'out/2023/attendees.csv'))).toBe(true);
    // the shares of the corpus run by GNU parallel, gathered: every pack of packs/2023/ once
    const gathered = readFileSync(join(dir, 'all.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).pack);
    expect(gathered.sort()).toEqual(['2023-01-09', '2023-01-09-web']);
  }, 600_000); // a dozen CLI runs over the sample pack, on a loaded 2-core CI machine

  it('shows output that matches the contract', () => {
    const example = fencedBlocks(README).find((b) => b.tag === 'output');
    const doc = JSON.parse(example!.code.replace(/\[ … \]/g, '[]')); // arrays left out with [ … ]
    const ajv = new Ajv2020({ strict: true });
    const cell = doc.tables[0].cells[0];
    expect(ajv.validate(sectionSchema('table_cells'), cell), JSON.stringify(ajv.errors)).toBe(true);
    const schema = packSchema() as { properties: Record<string, { properties?: object }> };
    for (const key of Object.keys(doc)) expect(Object.keys(schema.properties)).toContain(key);
    for (const key of Object.keys(doc.meeting)) expect(Object.keys(schema.properties.meeting.properties!)).toContain(key);
    for (const key of Object.keys(doc.tables[0])) expect(Object.keys(sectionSchema('tables').properties as object)).toContain(key);
  });

  it('shows a CSV row with the contract columns', () => {
    const csvExample = README.split('\n').find((l) => l.startsWith('pack,table_id,'));
    expect(csvExample).toBe(['pack', ...CSV_COLUMNS.table_cells].join(','));
  });

  it('tells how to set up and test', () => {
    expect(README).toContain('npm ci && npm run demo');
    expect(README).toContain('npm test');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.demo).toContain('fixtures/sample/pack.pdf');
  });
});
