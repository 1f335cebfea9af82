// `panelpack view`: one self-contained HTML file. The PDF itself and pdf.js's browser build (pdfjs-dist's
// own, gzipped: about 0.5 MB) are inlined and draw the pages in the browser, which is smaller than page
// images and as sharp at any zoom; HTML, DOCX and text sources show their blocks. No request leaves the file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { DocModel } from '../model.js';
import type { PackDocument } from '../records.js';
import { recordAnchors } from './anchors.js';
import { CLIENT_SCRIPT } from './client.js';
import { overlayPages } from './overlay.js';
import { STYLES } from './styles.js';

const require = createRequire(import.meta.url);
let assets: { lib: string; worker: string } | undefined;

/** pdf.js's browser build (modern, not legacy: the report is for current browsers), gzipped and base64'd once. */
function pdfjsAssets(): { lib: string; worker: string } {
  assets ??= {
    lib: packed(readFileSync(require.resolve('pdfjs-dist/build/pdf.min.mjs'))),
    worker: packed(readFileSync(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'))),
  };
  return assets;
}

function packed(bytes: Uint8Array): string {
  return gzipSync(bytes, { level: 9 }).toString('base64');
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** JSON inside a script element: "<" escaped, so no "</script>" in the data can end it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** OCR'd pages and their confidence, from the `ocr` warnings. */
function ocrPages(pack: PackDocument): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of pack.warnings) if (w.code === 'ocr' && w.page !== null) out[w.page] = /confidence \d+/.exec(w.message)?.[0] ?? 'OCR';
  return out;
}

export function renderReport(pack: PackDocument, doc: DocModel, source: Uint8Array | null): string {
  const drawn = doc.format === 'pdf' && source !== null;
  const data = { pack, drawn, pages: overlayPages(doc), anchors: recordAnchors(doc, pack), ocr: ocrPages(pack) };
  const m = pack.meeting;
  const title = `${pack.pack}: panelpack report`;
  const parts = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data: blob:; connect-src blob: data:">`,
    `<title>${escapeHtml(title)}</title><style>${STYLES}</style></head><body>`,
    '<main id="pages" aria-label="pages of the source"></main>',
    '<aside aria-label="records"><header>',
    `<h1>${escapeHtml(pack.pack)}</h1>`,
    `<p class="meta">${escapeHtml([m.body, m.date, m.time, pack.source.format.toUpperCase(), pack.source.pages === null ? null : `${pack.source.pages} pages`].filter(Boolean).join(' · '))}</p>`,
    '<input id="filter" type="search" placeholder="Filter records ( / )" aria-label="filter records">',
    '</header><div id="detail" hidden></div><nav id="list"></nav></aside>',
    `<script type="application/json" id="pp-data">${scriptJson(data)}</script>`,
  ];
  if (drawn) {
    const { lib, worker } = pdfjsAssets();
    parts.push(
      `<script type="application/octet-stream" id="pp-pdfjs">${lib}</script>`,
      `<script type="application/octet-stream" id="pp-worker">${worker}</script>`,
      `<script type="application/octet-stream" id="pp-pdf">${packed(source)}</script>`,
    );
  }
  parts.push(`<script type="module">${CLIENT_SCRIPT}</script>`, '</body></html>', '');
  return parts.join('\n');
}
