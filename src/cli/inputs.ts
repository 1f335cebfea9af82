// Resolve CLI input arguments: files, directories (searched recursively) and '-' for stdin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { UsageError } from '../errors.js';
import { readStdin } from '../run/stdin.js';

export const INPUT_EXTENSIONS = new Set(['.pdf', '.html', '.htm', '.md', '.txt']);

export interface InputRef {
  /** path as given, or '-' */
  path: string;
  /** name used in messages and source.file */
  display: string;
}

export function expandInputs(args: string[]): InputRef[] {
  const out: InputRef[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-', display: 'stdin' });
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch {
      throw new UsageError(`${arg}: no such file or directory`);
    }
    if (st.isDirectory()) out.push(...walk(arg));
    else out.push({ path: arg, display: arg });
  }
  return out;
}

function walk(dir: string): InputRef[] {
  const out: InputRef[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...walk(full));
    else if (INPUT_EXTENSIONS.has(extname(name).toLowerCase())) out.push({ path: full, display: full });
  }
  return out;
}

export function readInputBytes(ref: InputRef): Uint8Array {
  return ref.path === '-' ? readStdin() : readFileSync(ref.path);
}

/** Parse "--shard K/N" (1-based K). */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) {
    throw new UsageError(`--shard ${text}: expected K/N with 1 <= K <= N, e.g. 2/4`);
  }
  return { index, count };
}

/**
 * The deterministic share K of N of the inputs: the inputs sorted by path are dealt round-robin, so
 * each shard gets every N-th one whatever order the arguments came in. Kept in argument order.
 */
export function selectShard(refs: InputRef[], shard: { index: number; count: number }): InputRef[] {
  const sorted = refs.map((r, i) => ({ r, i })).sort((a, b) => (a.r.path < b.r.path ? -1 : a.r.path > b.r.path ? 1 : a.i - b.i));
  const keep = new Set(sorted.filter((_, rank) => rank % shard.count === shard.index - 1).map((x) => x.i));
  return refs.filter((_, i) => keep.has(i));
}
