// Running headers and footers ("page furniture"): lines in the top or bottom margin band that repeat
// on many pages, or on a run of pages, once digits are masked (a browser's date + title line, a URL + "3/128", "Page 7"), or
// that are page numbers or a bare URL on their own.
import type { PdfLine } from './lines.js';

export interface PageLines {
  number: number;
  height: number;
  lines: PdfLine[];
}

export type Furniture = 'header' | 'footer';

/** Share of the page height at the top and at the bottom where running lines live. */
const BAND = 0.12;
const MIN_REPEAT_PAGES = 3;
const MIN_REPEAT_SHARE = 0.4;

const PAGE_NUMBER = [
  /^(page|p\.|pg\.?)?\s*#+(\s*(of|\/)\s*#+)?$/, // "3", "Page 3", "Page 3 of 12", "3/128", "3 of 12"
  /^[-–—]\s*#+\s*[-–—]$/, // "- 3 -"
  /^(page\s+)?[ivxlc]+$/, // roman page numbers of front matter
];
const URL_LINE = /^((https?|file):\/\/|www\.)\S+(\s+#+\s*(\/|of)\s*#+)?$/;

/** Masks digits and case so that "Page 3" and "Page 4" (or two dates) look alike. */
export function signature(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function zoneOf(line: PdfLine, height: number): Furniture | null {
  if (line.box.y1 <= height * BAND) return 'header';
  if (line.box.y0 >= height * (1 - BAND)) return 'footer';
  return null;
}

export function findFurniture(pages: PageLines[]): Map<PdfLine, Furniture> {
  const pagesBySignature = new Map<string, Set<number>>();
  for (const p of pages) {
    for (const line of p.lines) {
      const zone = zoneOf(line, p.height);
      if (!zone) continue;
      const key = `${zone}:${signature(line.text)}`;
      let set = pagesBySignature.get(key);
      if (!set) pagesBySignature.set(key, (set = new Set()));
      set.add(p.number);
    }
  }
  const needed = Math.max(MIN_REPEAT_PAGES, Math.ceil(MIN_REPEAT_SHARE * pages.length));
  // on many pages of the document, or on a run of pages (one report's header; odd/even headers alternate)
  const running = new Set<string>();
  for (const [key, set] of pagesBySignature) {
    if (set.size >= needed || longestRun([...set].sort((a, b) => a - b)) >= MIN_REPEAT_PAGES) running.add(key);
  }
  const out = new Map<PdfLine, Furniture>();
  for (const p of pages) {
    for (const zone of ['header', 'footer'] as const) {
      // from the page edge inwards: repeated lines anywhere in the band; a page number or bare URL only
      // while nothing but running lines lies between it and the edge
      const lines = p.lines.filter((l) => zoneOf(l, p.height) === zone);
      lines.sort((a, b) => (zone === 'header' ? a.box.y0 - b.box.y0 : b.box.y1 - a.box.y1));
      let outermost = true;
      for (const line of lines) {
        const sig = signature(line.text);
        if (running.has(`${zone}:${sig}`)) out.set(line, zone);
        else if (outermost && (PAGE_NUMBER.some((re) => re.test(sig)) || URL_LINE.test(sig))) out.set(line, zone);
        else outermost = false;
      }
    }
  }
  return out;
}

/** Length of the longest run of page numbers each at most two after the previous. */
function longestRun(pages: number[]): number {
  let best = pages.length ? 1 : 0;
  let run = 1;
  for (let i = 1; i < pages.length; i++) {
    run = pages[i] - pages[i - 1] <= 2 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
