// Resolve CLI input arguments: files, directories (searched recursively) and '-' for stdin.
// An argument that cannot be used (missing, unreadable, a folder with no inputs) becomes an input with a
// `problem`: it is reported as a failed input in its turn and never stops the others.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { fileProblem, UsageError } from '../errors.js';
import { packIdFromFile } from '../extract.js';

export const INPUT_EXTENSIONS = new Set(['.pdf', '.html', '.htm', '.md', '.txt', '.docx', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);

export interface InputRef {
  /** path as given, or '-' */
  path: string;
  /** name used in messages and source.file */
  display: string;
  /** why this input cannot be read at all (the reason of its one stderr line) */
  problem?: string;
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
    } catch (err) {
      out.push({ path: arg, display: arg, problem: fileProblem(err) });
      continue;
    }
    if (!st.isDirectory()) {
      out.push(fileRef(arg));
      continue;
    }
    const found = walk(arg);
    out.push(...(found.length ? found : [{ path: arg, display: arg, problem: 'no PDF, Word, HTML or text files in this folder' }]));
  }
  return out;
}

function walk(dir: string): InputRef[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    return [{ path: dir, display: dir, problem: fileProblem(err) }];
  }
  const out: InputRef[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue; // a dangling link or a file removed while walking: not an input
    }
    if (st.isDirectory()) out.push(...walk(full));
    else if (INPUT_EXTENSIONS.has(extname(name).toLowerCase())) out.push(fileRef(full));
  }
  return out;
}

function fileRef(path: string): InputRef {
  try {
    accessSync(path, constants.R_OK);
    return { path, display: path };
  } catch (err) {
    return { path, display: path, problem: fileProblem(err) };
  }
}

/**
 * The pack id of every input, unique within the batch so that `-o DIR` never writes two packs to one
 * <pack>.json nor tags two packs' CSV rows alike: the id is the file name without extension (or
 * --pack-id); the first input keeps it, a later input with the same id (compared case-insensitively,
 * as file systems may) gets the smallest free suffix -2, -3, ... in input order. `reserved` ids are
 * never given (names of other files in DIR).
 */
export function uniquePackIds(refs: InputRef[], packId?: string, reserved: string[] = []): Map<InputRef, string> {
  const key = (id: string) => id.toLowerCase();
  const natural = refs.map((r) => packId ?? packIdFromFile(r.display));
  const taken = new Set([...reserved, ...natural].map(key));
  const given = new Set(reserved.map(key));
  const ids = new Map<InputRef, string>();
  refs.forEach((ref, i) => {
    let id = natural[i];
    if (given.has(key(id))) {
      let n = 2;
      while (taken.has(key(`${natural[i]}-${n}`))) n++;
      id = `${natural[i]}-${n}`;
      taken.add(key(id));
    }
    given.add(key(id));
    ids.set(ref, id);
  });
  return ids;
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
