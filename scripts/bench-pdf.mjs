// `npm run bench:pdf`: speed of the PDF reader (readPdf: pdf.js + words, rulings, tables, layout) on the
// sample pack prints, against the pdf.js floor (getOperatorList + getTextContent of every page with the
// reader's options). CPU time is reported as well as wall time: the machine may be shared.
// Usage: npm run bench:pdf [-- file.pdf ...]   (run `npx tsc` first)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdf } from '../dist/readers/pdf/index.js';
import { openPdf } from '../dist/readers/pdf/open.js';
import { AnnotationMode } from '../dist/readers/pdf/pdfjs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.slice(2);
if (files.length === 0) files.push(join(ROOT, 'fixtures/sample/pack.pdf'), join(ROOT, 'fixtures/sample/pack-lo.pdf'));

async function measure(work) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const pages = await work();
  const cpu = process.cpuUsage(cpu0);
  return { pages, wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

async function floor(bytes) {
  const pdf = await openPdf(bytes, { maxPages: 100000 });
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    await page.getTextContent();
    page.cleanup();
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return pages;
}

for (const file of files) {
  const bytes = readFileSync(file);
  await readPdf(bytes, { maxPages: 100000 }); // warm-up: module loading, JIT
  const base = await measure(() => floor(bytes));
  const reader = await measure(async () => (await readPdf(bytes, { maxPages: 100000 })).pageCount);
  const rate = (m) => `${(m.pages / m.cpu).toFixed(1)} pages/cpu-s, ${(m.pages / m.wall).toFixed(1)} pages/s wall`;
  console.log(`${file.split('/').pop()}: ${reader.pages} pages`);
  console.log(`  pdf.js floor: ${rate(base)}`);
  console.log(`  readPdf:      ${rate(reader)}  (cpu x${(reader.cpu / base.cpu).toFixed(2)} of the floor)`);
}
