// The worker pool and batch runner: isolation (timeout, crash, out of memory), ordering, worker reuse,
// and the extract CLI's batch behaviour (one line per failure, summary, exit codes, --jobs equivalence).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerPool, type JobResult } from '../src/run/pool.js';
import { DEFAULT_SIZE_LIMITS } from '../src/readers/limits.js';
import type { JobOptions } from '../src/run/protocol.js';
import { uniquePackIds } from '../src/cli/inputs.js';
import { FIXTURES, ROOT } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'panelpack-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A stand-in worker speaking the real protocol; the file name says how it behaves.
const STUB = join(tmp, 'stub-worker.mjs');
writeFileSync(
  STUB,
  `
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
process.on('message', (msg) => {
  const name = msg.input.path;
  if (name === 'hang') for (;;);
  if (name === 'crash') process.abort();
  if (name === 'oom') { const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random())); }
  if (name === 'rss') { const keep = []; return setInterval(() => keep.push(Buffer.alloc(50e6, 1)), 20); }
  // a peak let go at once (resident memory is back down when the job ends), most often before the pool's first sample
  if (name === 'spike') { Buffer.alloc(400e6, 1); gc(); }
  if (name === 'bad') return process.send({ type: 'failed', id: msg.id, reason: 'corrupt', message: 'corrupt: bad' });
  const delay = name.startsWith('slow') ? 300 : 0;
  setTimeout(() => {
    process.send({ type: 'page', id: msg.id, done: 1, total: 1 });
    process.send({ type: 'done', id: msg.id, doc: { pack: name, pid: process.pid } });
  }, delay);
});
`,
);

const OPTS: JobOptions = { maxPages: 2000, sizeLimits: DEFAULT_SIZE_LIMITS };

function pool(size: number, timeoutMs = 5000, rssMb = 1400) {
  return new WorkerPool({ size, timeoutMs, heapMb: 64, rssMb, workerPath: STUB });
}

const run = (p: WorkerPool, name: string) => p.run({ path: name, display: name }, OPTS);
const pidOf = (r: JobResult) => (r.ok ? (r.doc as unknown as { pid: number }).pid : -1);

describe('worker pool', () => {
  it('kills a document that overruns the time limit and carries on with the next', async () => {
    // only the document that never ends has the short limit: the next one, however slow a loaded
    // machine makes its worker's start, is not raced against it
    const p = pool(1, 60_000);
    const [hang, next] = await Promise.all([p.run({ path: 'hang', display: 'hang' }, OPTS, undefined, 400), run(p, 'after')]);
    p.close();
    expect(hang).toEqual({ ok: false, reason: 'timeout', message: 'timeout: over the 0.4 s limit' });
    expect(next.ok).toBe(true);
  });

  it('reports a crash and an exhausted heap as one reason each', async () => {
    const p = pool(2);
    const [crash, oom, ok] = await Promise.all([run(p, 'crash'), run(p, 'oom'), run(p, 'ok')]);
    p.close();
    expect(crash).toMatchObject({ ok: false, reason: 'unreadable', message: 'crashed (signal SIGABRT)' });
    expect(oom).toEqual({ ok: false, reason: 'out_of_memory', message: 'out of memory' });
    expect(ok.ok).toBe(true);
  });

  it('kills a worker whose memory outside the JS heap passes the ceiling', async () => {
    const p = pool(1, 20_000, 300);
    const r = await run(p, 'rss');
    p.close();
    expect(r).toEqual({ ok: false, reason: 'out_of_memory', message: 'out of memory' });
  });

  it('refuses a document whose memory peaked over the ceiling between two samples', async () => {
    const p = pool(1, 20_000, 300);
    const r = await run(p, 'spike');
    p.close();
    expect(r).toEqual({ ok: false, reason: 'out_of_memory', message: 'out of memory' });
  });

  it('reuses a worker after a success, never after a failure', async () => {
    const p = pool(1);
    const a = await run(p, 'a');
    const b = await run(p, 'b');
    const bad = await run(p, 'bad');
    const c = await run(p, 'c');
    p.close();
    expect(pidOf(a)).toBe(pidOf(b));
    expect(bad).toMatchObject({ ok: false, message: 'corrupt: bad' });
    expect(pidOf(c)).not.toBe(pidOf(b));
  });

  it('runs documents in parallel up to its size', async () => {
    const p = pool(2);
    const results = await Promise.all([run(p, 'slow1'), run(p, 'slow2'), run(p, 'slow3')]);
    p.close();
    expect(new Set(results.map(pidOf)).size).toBe(2);
  });
});

// The extract CLI over real text inputs, through the built CLI.
const CLI = join(ROOT, 'bin', 'panelpack.js');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('extract batch', () => {
  const dir = join(tmp, 'inputs');
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'run', 'worker.js'))) {
      spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
    }
    rmSync(dir, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', join(dir, 'sub')]);
    for (let i = 1; i <= 5; i++) {
      writeFileSync(join(dir, `pack${i}.txt`), `Police and Crime Panel\nAgenda\n${i}. Minutes of the meeting held on ${i} March 2024\n`);
    }
    writeFileSync(join(dir, 'sub', 'disguised.pdf'), '<!DOCTYPE html><html><body>not a pdf</body></html>');
    writeFileSync(join(dir, 'sub', 'zero.pdf'), '');
  });

  it('processes every input, one stderr line per failure, a summary, exit 1', () => {
    const r = cli(['extract', dir, '--jobs', '2']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${join(dir, 'sub', 'disguised.pdf')}: not a PDF (looks like HTML)`,
      `${join(dir, 'sub', 'zero.pdf')}: empty file`,
      '5 ok, 2 failed',
    ]);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.pack)).toEqual(['pack1', 'pack2', 'pack3', 'pack4', 'pack5']);
  });

  it('gives byte-identical output with --jobs 1 and --jobs 2', () => {
    const one = cli(['extract', dir, '--jobs', '1']);
    const two = cli(['extract', dir, '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  it('splits inputs into disjoint shards covering all of them', () => {
    const packs = (k: number) =>
      cli(['extract', dir, '--shard', `${k}/3`, '--quiet', '--format', 'ndjson'])
        .stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).pack as string);
    const all = [1, 2, 3].flatMap(packs);
    expect(all.sort()).toEqual(['pack1', 'pack2', 'pack3', 'pack4', 'pack5']);
  });

  it('writes -o outputs and leaves no temporary files', () => {
    const out = join(tmp, 'out');
    const r = cli(['extract', join(dir, 'pack1.txt'), join(dir, 'pack2.txt'), '-o', out]);
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toContain('pack1.json');
    expect(files).toContain('agenda_items.csv');
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects bad flag values as usage errors (exit 2)', () => {
    for (const flags of [['--jobs', '0'], ['--timeout', 'soon'], ['--shard', '3/2'], ['--max-bytes', 'big'], ['--only', 'nothing']]) {
      expect(cli(['extract', dir, ...flags]).code).toBe(2);
    }
  });

  it('ends quietly when stdout is closed early', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', dir, '--jobs', '2', '--quiet'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).not.toBeNull();
  });
});

describe.skipIf(!existsSync(join(FIXTURES, 'sample', 'pack.pdf')))('interrupts', () => {
  it('on SIGTERM kills its workers, leaves no temporary files and exits 143', async () => {
    const dir = join(tmp, 'many');
    const out = join(tmp, 'many-out');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 12; i++) copyFileSync(join(FIXTURES, 'sample', 'pack.pdf'), join(dir, `p${i}.pdf`));
    const child = spawn(process.execPath, [CLI, 'extract', dir, '-o', out, '--jobs', '2', '--quiet'], { cwd: ROOT });
    // wait until both workers are running, then interrupt
    let workers: number[] = [];
    for (let tries = 0; tries < 100 && workers.length < 2; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      workers = childPids(child.pid!);
    }
    expect(workers.length).toBe(2);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(143);
    await new Promise((r) => setTimeout(r, 200));
    for (const pid of workers) expect(alive(pid), `worker ${pid}`).toBe(false);
    const left = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.tmp')) : [];
    expect(left).toEqual([]);
  }, 60_000);
});

function childPids(parent: number): number[] {
  const ps = spawnSync('ps', ['-o', 'pid=', '--ppid', String(parent)], { encoding: 'utf8' });
  return ps.stdout.split('\n').map((s) => Number(s.trim())).filter((n) => n > 0);
}

/** Running (a zombie awaiting its reaper counts as gone). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('--strict', () => {
  it('exits 3 and names what is missing when a pack has no meeting or agenda', () => {
    const file = join(tmp, 'bare.txt');
    writeFileSync(file, 'Some notes without a meeting or agenda.\n');
    const r = cli(['extract', file, '--strict']);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(`${file}: missing expected section: meeting, agenda_items`);
    expect(JSON.parse(r.stdout).pack).toBe('bare');
    expect(cli(['extract', file]).code).toBe(0);
  });
});

describe('atomic writes', () => {
  it('replaces a file whole and leaves no temporary file, also when the write fails', async () => {
    const { writeFileAtomic } = await import('../src/emit/write.js');
    const dir = join(tmp, 'atomic');
    mkdirSync(join(dir, 'taken.json'), { recursive: true }); // a directory where the file should go
    writeFileAtomic(join(dir, 'a.json'), 'old');
    writeFileAtomic(join(dir, 'a.json'), 'new');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new');
    expect(() => writeFileAtomic(join(dir, 'taken.json'), 'x')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'taken.json']);
  });
});

describe('start-up', () => {
  it('loads pdf.js neither for --help nor for text and HTML inputs (workers included)', () => {
    const log = join(tmp, 'loaded.log');
    const hook = join(tmp, 'hook.mjs');
    const register = join(tmp, 'register.mjs');
    writeFileSync(
      hook,
      `import { appendFileSync } from 'node:fs';
export async function resolve(spec, ctx, next) {
  const r = await next(spec, ctx);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}`,
    );
    writeFileSync(register, `import { register } from 'node:module'; register(${JSON.stringify('file://' + hook)});`);
    const text = join(tmp, 'startup.txt');
    const html = join(tmp, 'startup.html');
    writeFileSync(text, 'Agenda\n1. Apologies\n');
    writeFileSync(html, '<html><body><h1>Agenda</h1><p>1. Apologies</p></body></html>');
    const env = { ...process.env, NODE_OPTIONS: `--import ${register}` };
    for (const args of [['--help'], ['extract', text, html, '--jobs', '2']]) {
      rmSync(log, { force: true });
      const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env });
      expect(r.status).toBe(0);
      const loaded = readFileSync(log, 'utf8');
      expect(loaded).toContain('/dist/cli/main.js');
      if (args[0] === 'extract') expect(loaded).toContain('/dist/run/worker.js'); // the hook reached the workers
      expect(loaded).not.toMatch(/pdfjs-dist/);
    }
  });
});

describe('pack ids of a batch', () => {
  const ids = (paths: string[], packId?: string, reserved?: string[]) =>
    [...uniquePackIds(paths.map((p) => ({ path: p, display: p })), packId, reserved).values()];

  it('keeps the first id, suffixes later ones with the smallest id no input has, case-insensitively', () => {
    expect(ids(['a/pack.pdf', 'b/pack-2.txt', 'c/pack.html', 'd/PACK.txt', 'e/other.md'])).toEqual([
      'pack', 'pack-2', 'pack-3', 'PACK-4', 'other',
    ]);
  });

  it('never gives a reserved id (the name of another file of the output folder)', () => {
    expect(ids(['datapackage.txt', 'x/datapackage.pdf'], undefined, ['datapackage'])).toEqual(['datapackage-2', 'datapackage-3']);
  });
});
