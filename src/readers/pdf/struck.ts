// Struck-through text (deletions as tracked changes print them): a thin horizontal rule through the
// middle third of a run of glyphs, no longer than that run. An underline sits at the baseline, a table
// ruling runs along cell edges or on past the words; neither crosses a glyph's middle within a run.
// Struck words are taken out of the page's words (so out of cells, blocks and records), kept apart
// with `struck: true`, noted on the cell or block they were printed in, and reported as a warning.
import type { Block, Box, Ruling, TableBlock, Warning, Word } from '../../model.js';
import { glyphWeight } from './words.js';

/** A strike is at most this thick: absolute (pt) and relative to the font size. */
const MAX_THICKNESS = 2;
const MAX_THICKNESS_EM = 0.2;
/** Struck words of one run are at most this far apart (em: a tab stop), and cover this share of the rule. */
const MAX_GAP_EM = 3;
const MIN_INKED = 0.6;
/** Words are indexed in horizontal bands this tall (pt). */
const BAND = 20;

export interface Struck {
  /** the page's words less the struck ones (a partly struck word keeps its other characters) */
  words: Word[];
  struck: Word[];
  /** the rulings that are strikes: not table rules */
  strikes: Set<Ruling>;
}

export function struckWords(words: Word[], rulings: Ruling[]): Struck {
  const thin = rulings.filter((r) => r.orientation === 'h' && r.y1 - r.y0 <= MAX_THICKNESS);
  if (thin.length === 0) return { words, struck: [], strikes: new Set() };
  const bands = new Map<number, number[]>();
  words.forEach((w, k) => {
    for (let b = Math.floor(w.y0 / BAND); b <= Math.floor(w.y1 / BAND); b++) {
      const list = bands.get(b);
      if (list) list.push(k);
      else bands.set(b, [k]);
    }
  });
  // per word index: the x-intervals struck through it
  const hits = new Map<number, [number, number][]>();
  const strikes = new Set<Ruling>();
  for (const r of thin) {
    const y = (r.y0 + r.y1) / 2;
    const crossed = (bands.get(Math.floor(y / BAND)) ?? []).filter((k) => {
      const w = words[k];
      const third = (w.y1 - w.y0) / 3;
      return y >= w.y0 + third - 0.3 && y <= w.y1 - third + 0.3 && w.x1 - r.x0 > 0.5 && r.x1 - w.x0 > 0.5 && r.y1 - r.y0 <= MAX_THICKNESS_EM * w.fontSize;
    });
    if (crossed.length === 0) continue;
    crossed.sort((a, b) => words[a].x0 - words[b].x0);
    const first = words[crossed[0]];
    const last = words[crossed[crossed.length - 1]];
    // one run of text (a tab stop apart at most), mostly covering the rule
    const contiguous = crossed.every((k, i) => i === 0 || words[k].x0 - words[crossed[i - 1]].x1 < MAX_GAP_EM * words[k].fontSize);
    let inked = 0;
    for (const k of crossed) inked += Math.min(words[k].x1, r.x1) - Math.max(words[k].x0, r.x0);
    // the rule stays within its run of words (Word strikes a trailing space too)
    const within = r.x0 >= first.x0 - 0.5 * first.fontSize && r.x1 <= last.x1 + 0.6 * last.fontSize;
    if (!contiguous || !within || inked < MIN_INKED * (r.x1 - r.x0)) continue;
    strikes.add(r);
    for (const k of crossed) {
      const list = hits.get(k);
      if (list) list.push([r.x0, r.x1]);
      else hits.set(k, [[r.x0, r.x1]]);
    }
  }
  if (hits.size === 0) return { words, struck: [], strikes };
  const kept: Word[] = [];
  const struck: Word[] = [];
  words.forEach((w, k) => {
    const intervals = hits.get(k);
    if (!intervals) kept.push(w);
    else for (const piece of pieces(w, intervals)) (piece.struck ? struck : kept).push(piece);
  });
  return { words: kept, struck, strikes };
}

/** A word cut where strikes begin and end: its characters placed by typical advance widths. */
function pieces(w: Word, intervals: [number, number][]): Word[] {
  const chars = Array.from(w.text);
  const weights = chars.map(glyphWeight);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const width = w.x1 - w.x0;
  const edges = [w.x0];
  for (const wt of weights) edges.push(edges[edges.length - 1] + (wt / total) * width);
  const isStruck = chars.map((_, i) => {
    const mid = (edges[i] + edges[i + 1]) / 2;
    return intervals.some(([a, b]) => mid >= a && mid <= b);
  });
  const out: Word[] = [];
  let from = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && isStruck[i] === isStruck[from]) continue;
    const whole = from === 0 && i === chars.length;
    const piece: Word = whole
      ? { ...w }
      : { ...w, text: chars.slice(from, i).join(''), x0: round(edges[from]), x1: round(edges[i]), spaceAfter: i === chars.length ? w.spaceAfter : false };
    if (isStruck[from]) piece.struck = true;
    out.push(piece);
    from = i;
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Words in reading order (top to bottom by line, left to right) joined as printed, cut to `max` characters. */
export function sampleText(words: Word[], max = 60): string {
  const sorted = [...words].sort((a, b) => (Math.abs(a.y0 - b.y0) > 0.5 * a.fontSize ? a.y0 - b.y0 : a.x0 - b.x0));
  let text = '';
  for (const w of sorted) text += (text === '' || text.endsWith(' ') ? '' : ' ') + w.text;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Warnings `hidden_text` and `struck_text` of one page. */
export function inkWarnings(page: number, hidden: Word[], struck: Word[]): Warning[] {
  const out: Warning[] = [];
  if (hidden.length > 0) {
    const n = hidden.length;
    out.push({ code: 'hidden_text', message: `${n} word${n === 1 ? '' : 's'} drawn under a fill, invisible or in the colour of the fill under them were not read: "${sampleText(hidden)}"`, page });
  }
  if (struck.length > 0) {
    const n = struck.length;
    out.push({ code: 'struck_text', message: `${n} struck-through word${n === 1 ? '' : 's'} left out: "${sampleText(struck)}"`, page });
  }
  return out;
}

const inside = (w: Box, b: Box) => {
  const cx = (w.x0 + w.x1) / 2;
  const cy = (w.y0 + w.y1) / 2;
  return cx >= b.x0 - 1 && cx <= b.x1 + 1 && cy >= b.y0 - 1 && cy <= b.y1 + 1;
};

/** Notes the struck text printed in each table cell on the cell (`struck`); returns the words placed. */
export function markStruckCells(tables: TableBlock[], struck: Word[]): Set<Word> {
  const placed = new Set<Word>();
  if (struck.length === 0) return placed;
  for (const t of tables) {
    for (const row of t.grid) {
      for (const cell of row) {
        if (!cell?.box) continue;
        const mine = struck.filter((w) => !placed.has(w) && inside(w, cell.box!));
        if (mine.length === 0) continue;
        cell.struck = sampleText(mine, Infinity);
        for (const w of mine) placed.add(w);
      }
    }
  }
  return placed;
}

/**
 * Notes struck text on the text block it was printed in (`struck`): the block with a line beside it, else
 * the block just above (a deleted line goes with the text it ended), else the nearest within 2 em.
 * Struck words are taken in reading order, each widening its block's reach for the next.
 */
export function markStruckBlocks(blocks: Block[], struck: Word[]): void {
  if (struck.length === 0) return;
  const reach = new Map<Block, Box>();
  for (const b of blocks) if (b.box && b.kind !== 'table') reach.set(b, { ...b.box });
  const mine = new Map<Block, Word[]>();
  const ordered = [...struck].sort((a, b) => (Math.abs(a.y0 - b.y0) > 0.5 * a.fontSize ? a.y0 - b.y0 : a.x0 - b.x0));
  for (const w of ordered) {
    const em = w.fontSize;
    const cy = (w.y0 + w.y1) / 2;
    let best: Block | null = null;
    let bestScore = Infinity;
    for (const [b, box] of reach) {
      const dx = Math.max(box.x0 - w.x1, 0, w.x0 - box.x1);
      const beside = cy >= box.y0 && cy <= box.y1 && dx <= SAME_LINE_EM * em;
      const above = box.y1 <= cy && cy - box.y1 <= NEAR_BLOCK_EM * em && dx === 0;
      const score = beside ? dx : above ? 1e4 + (cy - box.y1) : 1e6 + distance(w, box);
      if (score < bestScore && (beside || above || distance(w, box) <= NEAR_BLOCK_EM * em)) [best, bestScore] = [b, score];
    }
    if (!best) continue;
    mine.set(best, [...(mine.get(best) ?? []), w]);
    const box = reach.get(best)!;
    reach.set(best, { x0: Math.min(box.x0, w.x0), y0: Math.min(box.y0, w.y0), x1: Math.max(box.x1, w.x1), y1: Math.max(box.y1, w.y1) });
  }
  for (const [b, words] of mine) b.struck = sampleText(words, Infinity);
}

/** Struck text on a block's line this far (em) from its box is beside it; this far (em) is still near. */
const SAME_LINE_EM = 10;
const NEAR_BLOCK_EM = 2;

/** How far the centre of a word lies outside a box (0 inside). */
function distance(w: Box, b: Box): number {
  const cx = (w.x0 + w.x1) / 2;
  const cy = (w.y0 + w.y1) / 2;
  return Math.hypot(Math.max(b.x0 - cx, 0, cx - b.x1), Math.max(b.y0 - cy, 0, cy - b.y1));
}
