// Run the built CLI as a user does: a subprocess, its exit code, stdout (data only) and stderr (messages).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

export const BIN = join(ROOT, 'bin/panelpack.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function panelpack(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
