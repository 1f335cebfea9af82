// Resolve CLI input arguments: files, directories (searched recursively) and '-' for stdin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { UsageError } from '../errors.js';

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
  return ref.path === '-' ? readFileSync(0) : readFileSync(ref.path);
}
