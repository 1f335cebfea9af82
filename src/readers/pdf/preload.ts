// Runs before pdf.js loads (pdfjs.ts imports it first):
// - captures the built-ins that pdf.js's polyfills replace, so that pdfjs.ts can put them back;
// - keeps pdf.js from loading @napi-rs/canvas, a native graphics library (about 36 MB resident and
//   0.1 s per process) that it wants only for rendering, which we never do: its one load-time need,
//   a DOMMatrix, is met by a small affine matrix;
// - sends pdf.js's console warnings ("Warning: ...") to whoever reads a document now (pdfjs.ts), so
//   that its load-time complaints about the missing library stay off the terminal.
import Module from 'node:module';
import { AffineMatrix } from './dommatrix.js';

const NATIVE_BUILTINS = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
};

const CANVAS_PACKAGE = '@napi-rs/canvas';
const createRequire = Module.createRequire;

/** Once pdf.js has loaded: Node's createRequire and the built-ins its polyfills replaced put back. */
export function endPreload(): void {
  Module.createRequire = createRequire;
  restoreBuiltins();
}

/** The built-ins that pdf.js's polyfills replace, put back (after each of its modules has loaded). */
export function restoreBuiltins(): void {
  restore(Array.prototype, 'push', NATIVE_BUILTINS.push);
  restore(JSON, 'parse', NATIVE_BUILTINS.parse);
  restore(JSON, 'stringify', NATIVE_BUILTINS.stringify);
}

function restore(target: object, key: string, native: unknown): void {
  const current = Object.getOwnPropertyDescriptor(target, key);
  if (current?.value !== native && current?.configurable) {
    Object.defineProperty(target, key, { value: native, writable: true, configurable: true, enumerable: false });
  }
}

if (!(globalThis as { DOMMatrix?: unknown }).DOMMatrix) {
  (globalThis as { DOMMatrix?: unknown }).DOMMatrix = AffineMatrix;
  Module.createRequire = (path: string | URL) => {
    const require = createRequire(path);
    const guarded = ((id: string) => {
      if (id === CANVAS_PACKAGE) throw new Error(`${CANVAS_PACKAGE} is not used (no rendering)`);
      return require(id);
    }) as NodeJS.Require;
    return Object.assign(guarded, require);
  };
}

type WarningSink = (message: string) => void;
let sink: WarningSink | null = null;

/** Where pdf.js's warnings go now (null: dropped). Returns the previous sink. */
export function setWarningSink(next: WarningSink | null): WarningSink | null {
  const previous = sink;
  sink = next;
  return previous;
}

/** A pdf.js warning to whoever reads a document now (also those of the pdf.js thread). */
export function reportWarning(message: string): void {
  sink?.(message);
}

const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) reportWarning(args[0].slice('Warning: '.length));
  else consoleWarn(...args);
};
