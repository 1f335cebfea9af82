// Captures built-ins before pdf.js loads (see pdfjs.ts). Must be imported before pdfjs-dist.
export const NATIVE_BUILTINS = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
};
