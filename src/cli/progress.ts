// Progress bar on stderr (packs and pages done, rate, ETA) for long batches. Shown only to a person at a
// terminal: never when stderr is redirected, under CI, or with --quiet / --no-progress.
import { stderrColor } from './color.js';

export interface Progress {
  /** counts so far (monotonic); redraws at most every REDRAW_MS */
  update(packsDone: number, pagesDone: number): void;
  /** print a message line (an error, a warning) without tearing the bar */
  message(line: string): void;
  /** remove the bar; call once at the end */
  done(): void;
}

export interface ProgressOptions {
  total: number;
  enabled: boolean;
  stream?: ProgressStream;
  now?: () => number;
}

/** The part of a tty stream the bar needs. */
export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

export interface ProgressFlags {
  quiet?: boolean;
  /** false with --no-progress */
  progress?: boolean;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 20;
const CLEAR_LINE = '\r\x1b[K';

/**
 * Whether to show the bar: stderr is a terminal that can redraw a line (not TERM=dumb, which has no
 * erase-line), not CI, and not turned off by a flag.
 */
export function progressWanted(flags: ProgressFlags, env: NodeJS.ProcessEnv = process.env, isTTY = !!process.stderr.isTTY): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return isTTY && !ci && env.TERM !== 'dumb' && !flags.quiet && flags.progress !== false;
}

export interface ProgressState {
  total: number;
  packsDone: number;
  pagesDone: number;
  elapsedMs: number;
}

/** One line: "[#####---------------] 3/12 packs  410 pages  27.1 pages/s  ETA 1:05". */
export function renderProgress(s: ProgressState): string {
  const fraction = s.total > 0 ? Math.min(1, s.packsDone / s.total) : 1;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = stderrColor.green('#'.repeat(filled)) + stderrColor.dim('-'.repeat(BAR_WIDTH - filled));
  const seconds = s.elapsedMs / 1000;
  const parts = [`[${bar}]`, `${s.packsDone}/${s.total} packs`, `${s.pagesDone} pages`];
  if (seconds >= 1) parts.push(`${(s.pagesDone / seconds).toFixed(1)} pages/s`);
  if (seconds >= 1 && s.packsDone > 0 && s.packsDone < s.total) parts.push(`ETA ${clock((seconds / s.packsDone) * (s.total - s.packsDone))}`);
  return parts.join('  ');
}

/** 65 -> "1:05", 3725 -> "1:02:05". */
export function clock(totalSeconds: number): string {
  const t = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = String(t % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function createProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? Date.now;
  if (!opts.enabled) {
    return { update: () => undefined, message: (line) => void stream.write(line + '\n'), done: () => undefined };
  }
  const start = now();
  let state: ProgressState = { total: opts.total, packsDone: 0, pagesDone: 0, elapsedMs: 0 };
  let lastDraw = -Infinity;
  let shown = false;
  const draw = () => {
    state = { ...state, elapsedMs: now() - start };
    const width = stream.columns || 80; // 0 when the terminal does not say
    stream.write(CLEAR_LINE + fit(renderProgress(state), width - 1));
    shown = true;
    lastDraw = now();
  };
  return {
    update(packsDone, pagesDone) {
      state = { ...state, packsDone, pagesDone };
      if (now() - lastDraw >= REDRAW_MS || packsDone === opts.total) draw();
    },
    message(line) {
      stream.write((shown ? CLEAR_LINE : '') + line + '\n');
      if (shown) draw();
    },
    done() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}

/** Cut a line to the terminal width, counting visible characters only (colour codes take no room). */
function fit(line: string, width: number): string {
  let visible = 0;
  let out = '';
  for (const part of line.split(/(\x1b\[[0-9;]*m)/)) {
    if (part.startsWith('\x1b[')) out += part;
    else {
      const room = Math.max(0, width - visible);
      out += part.slice(0, room);
      visible += Math.min(part.length, room);
    }
  }
  return out;
}
