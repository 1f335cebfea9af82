// Which blocks are headings and at what level. A heading is short and either set larger than the body
// text or wholly bold; levels follow font size (the largest size in the document is level 1) and bold
// headings at body size come below every larger size.
import type { Block } from '../../model.js';

/** Sizes within this many points of each other are one heading size. */
const SIZE_STEP = 0.5;

export function isHeadingText(text: string, lineCount: number, fontSize: number, bold: boolean, bodySize: number): boolean {
  if (text.length > 250 || !/\p{L}\P{L}*\p{L}/u.test(text)) return false;
  if (fontSize >= bodySize + 1 && lineCount <= 3 && text.length <= 200) return true;
  // cover-page titles set far larger than the body may run to a few more lines
  if (fontSize >= bodySize * 1.5 && lineCount <= 6) return true;
  return bold && lineCount <= 2 && text.length <= 150 && (!/[.;,]$/.test(text) || text.length < 40);
}

export function assignHeadingLevels(blocks: Block[], bodySize: number): void {
  const headings = blocks.filter((b) => b.kind === 'heading');
  const larger = [...new Set(headings.map((b) => sizeKey(b.fontSize)).filter((s) => s > sizeKey(bodySize)))].sort(
    (a, b) => b - a,
  );
  for (const b of headings) {
    const rank = larger.indexOf(sizeKey(b.fontSize));
    b.level = Math.min(6, rank >= 0 ? rank + 1 : larger.length + 1);
  }
}

function sizeKey(size: number): number {
  return Math.round(size / SIZE_STEP) * SIZE_STEP;
}
