// Tables drawn with cell backgrounds instead of rules: shaded rectangles that tile a region (each
// touching a neighbour, edge to edge or across a thin white gap) are cells, so their edges are
// rulings. A lone shaded box (a text panel, a header band) or shading inset in ruled cells (each
// cell's padding leaves a wide gap between fills) tiles nothing and gives no rulings; where rules are
// drawn through the shaded area, they alone say where the cells are.
import type { Box, Ruling, Word } from '../model.js';
import type { TableSettings } from './settings.js';

/** A tiled region needs at least this many rects (2 x 2 cells). */
const MIN_TILES = 4;
/** Beyond this many rects a page is a drawing (hatching, charts), not shaded cells. */
const MAX_RECTS = 1000;

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0);

/** Side by side (or one above the other) across a gap up to tol, sharing most of the shorter side. */
function touching(a: Box, b: Box, tol: number): boolean {
  const dy = overlap(a.y0, a.y1, b.y0, b.y1), dx = overlap(a.x0, a.x1, b.x0, b.x1);
  const side = Math.abs(a.x1 - b.x0) <= tol || Math.abs(b.x1 - a.x0) <= tol;
  const stacked = Math.abs(a.y1 - b.y0) <= tol || Math.abs(b.y1 - a.y0) <= tol;
  return (side && dy > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) || (stacked && dx > 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0));
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

const contains = (o: Box, r: Box) => r.x0 >= o.x0 - 0.5 && r.x1 <= o.x1 + 0.5 && r.y0 >= o.y0 - 0.5 && r.y1 <= o.y1 + 0.5;

const holdsText = (r: Box, words: Word[]) =>
  words.some((w) => {
    const cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
    return cx > r.x0 && cx < r.x1 && cy > r.y0 && cy < r.y1;
  });

/** Rulings along the edges of shaded rects that tile a region holding text in most of its cells. */
export function shadingRulings(rects: Box[], words: Word[], rulings: Ruling[], s: TableSettings): Ruling[] {
  if (rects.length < MIN_TILES || rects.length > MAX_RECTS) return [];
  // a fill inside another (paragraph shading inset in a shaded cell) draws no cell edge
  const outer = rects.filter((r, i) => !rects.some((o, k) => k !== i && contains(o, r) && !(contains(r, o) && k > i)));
  const sorted = outer.sort((a, b) => a.x0 - b.x0);
  const parent = sorted.map((_, i) => i);
  const tol = s.joinTolPt;
  for (let i = 0; i < sorted.length; i++) {
    // sorted by x0: a neighbour starts no later than this rect's right edge plus the gap
    for (let k = i + 1; k < sorted.length && sorted[k].x0 <= sorted[i].x1 + tol; k++) {
      if (touching(sorted[i], sorted[k], tol)) parent[find(parent, k)] = find(parent, i);
    }
  }
  const groups = new Map<number, Box[]>();
  sorted.forEach((r, i) => {
    const root = find(parent, i);
    const group = groups.get(root);
    if (group) group.push(r);
    else groups.set(root, [r]);
  });
  const out: Ruling[] = [];
  for (const group of groups.values()) {
    if (group.length < MIN_TILES) continue;
    // cells mostly hold text; stacked bars of a chart mostly do not
    if (group.filter((r) => holdsText(r, words)).length * 2 < group.length) continue;
    // shading in a table drawn with rules: the rules say where the cells are
    const area = { x0: Math.min(...group.map((r) => r.x0)), y0: Math.min(...group.map((r) => r.y0)),
      x1: Math.max(...group.map((r) => r.x1)), y1: Math.max(...group.map((r) => r.y1)) };
    if (rulings.some((r) => overlap(r.x0 - 0.1, r.x1 + 0.1, area.x0 + 1, area.x1 - 1) > 0 && overlap(r.y0 - 0.1, r.y1 + 0.1, area.y0 + 1, area.y1 - 1) > 0)) continue;
    for (const r of group) {
      out.push({ orientation: 'h', x0: r.x0, x1: r.x1, y0: r.y0, y1: r.y0 });
      out.push({ orientation: 'h', x0: r.x0, x1: r.x1, y0: r.y1, y1: r.y1 });
      out.push({ orientation: 'v', x0: r.x0, x1: r.x0, y0: r.y0, y1: r.y1 });
      out.push({ orientation: 'v', x0: r.x1, x1: r.x1, y0: r.y0, y1: r.y1 });
    }
  }
  return out;
}
