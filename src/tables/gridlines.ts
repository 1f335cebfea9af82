// Rulings as grid lines: rulings that nearly coincide snapped onto one line, collinear pieces joined,
// the groups of lines connected by crossings (one group per grid), and a grid split where two tables
// drawn one under the other share a border line.
import { firstIndexNotBefore } from '../bisect.js';
import type { Ruling } from '../model.js';
import type { TableSettings } from './settings.js';

export interface Seg {
  /** position across the ruling (y of a horizontal, x of a vertical) and its extent along it */
  at: number;
  from: number;
  to: number;
}

/** Snap positions within tol onto their cluster mean, then join overlapping or touching pieces (the
 * segments are the caller's own, made for this: snapped and extended in place). */
export function normalise(segs: Seg[], s: TableSettings): Seg[] {
  const byAt = segs.sort((a, b) => a.at - b.at);
  for (let i = 0; i < byAt.length; ) {
    let k = i + 1;
    while (k < byAt.length && byAt[k].at - byAt[k - 1].at <= s.snapTolPt) k++;
    const cluster = byAt.slice(i, k);
    const mean = cluster.reduce((n, x) => n + x.at, 0) / cluster.length;
    for (const x of cluster) x.at = mean;
    i = k;
  }
  byAt.sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Seg[] = [];
  for (const seg of byAt) {
    const last = out[out.length - 1];
    if (last && last.at === seg.at && seg.from <= last.to + s.joinTolPt) last.to = Math.max(last.to, seg.to);
    else out.push(seg);
  }
  return out;
}

/** The segments at position `at` (one grid line), in their order. */
export const segsAt = (segs: Seg[], at: number, tol: number) => segs.filter((seg) => Math.abs(seg.at - at) <= tol);

/** Share of [a, b] covered by the segments of one grid line. */
export function covered(line: Seg[], a: number, b: number, tol: number): number {
  let n = 0;
  for (const seg of line) n += Math.max(0, Math.min(b, seg.to + tol) - Math.max(a, seg.from - tol));
  return b > a ? n / (b - a) : 0;
}

export function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/** Groups of rulings connected by crossings (one group per grid). */
export function grids(hs: Seg[], vs: Seg[], tol: number): { hs: Seg[]; vs: Seg[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const vOrder = vs.map((v, i) => i).sort((a, b) => vs[a].at - vs[b].at);
  hs.forEach((h, i) => {
    // vertical rulings whose x lies within the horizontal's extent (binary search on sorted x)
    const lo = firstIndexNotBefore(vOrder.length, (k) => vs[vOrder[k]].at < h.from - tol);
    for (let k = lo; k < vOrder.length && vs[vOrder[k]].at <= h.to + tol; k++) {
      const v = vs[vOrder[k]];
      if (h.at >= v.from - tol && h.at <= v.to + tol) parent[find(parent, i)] = find(parent, hs.length + vOrder[k]);
    }
  });
  const groups = new Map<number, { hs: Seg[]; vs: Seg[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(find(parent, i)) ?? { hs: [], vs: [] };
    g.hs.push(h);
    groups.set(find(parent, i), g);
  });
  vs.forEach((v, i) => {
    const g = groups.get(find(parent, hs.length + i)) ?? { hs: [], vs: [] };
    g.vs.push(v);
    groups.set(find(parent, hs.length + i), g);
  });
  return [...groups.values()];
}

/** Positions apart by more than tol from the one before (xs, the caller's own, is sorted in place). */
export const uniq = (xs: number[], tol: number) => xs.sort((a, b) => a - b).filter((x, i, all) => i === 0 || x - all[i - 1] > tol);

/** Index of the band [edges[k], edges[k+1]) holding v, or -1. */
export function band(edges: number[], v: number): number {
  const last = edges.length - 1;
  if (v < edges[0] || v > edges[last]) return -1;
  // the band opening at the last edge at or before v; the final band also holds its closing edge
  return Math.min(firstIndexNotBefore(edges.length, (k) => edges[k] <= v) - 1, Math.max(last - 1, 0));
}

/** Split a grid where most of its inner column rulings stop and different ones start: two tables drawn
 * one under the other, sharing a border line (their outer rulings join into one). */
export function splitStacked(g: { hs: Seg[]; vs: Seg[] }, tol: number): { hs: Seg[]; vs: Seg[] }[] {
  const xs = g.vs.map((v) => v.at);
  const left = Math.min(...xs), right = Math.max(...xs);
  const inner = g.vs.filter((v) => v.at - left > tol && right - v.at > tol);
  const ys = uniq(g.hs.map((h) => h.at), tol);
  for (const y of ys.slice(1, -1)) {
    const crossing = inner.filter((v) => v.from < y - tol && v.to > y + tol).length;
    const above = inner.filter((v) => Math.abs(v.to - y) <= tol), below = inner.filter((v) => Math.abs(v.from - y) <= tol);
    const shared = above.filter((a) => below.some((b) => Math.abs(a.at - b.at) <= tol)).length;
    const fewest = Math.min(above.length, below.length);
    // a column ruling shifted by a few points cannot happen inside one table
    const shifted = above.some((a) => below.some((b) => Math.abs(a.at - b.at) > tol && Math.abs(a.at - b.at) < 5 * tol));
    if (!fewest || (!shifted && (crossing >= fewest || shared * 2 >= fewest))) continue;
    const part = (a: number, b: number) => ({
      hs: g.hs.filter((h) => h.at >= a - tol && h.at <= b + tol),
      vs: g.vs.filter((v) => v.from < b - tol && v.to > a + tol).map((v) => ({ at: v.at, from: Math.max(v.from, a), to: Math.min(v.to, b) })),
    });
    return [...splitStacked(part(ys[0], y), tol), ...splitStacked(part(y, ys[ys.length - 1]), tol)];
  }
  return [g];
}

/** Vertical rulings snapped and joined into whole lines, as rulings (for partly ruled stream tables). */
export function joinedVerticals(rulings: Ruling[], s: TableSettings): Ruling[] {
  return verticals(rulings, s).map((v) => ({ orientation: 'v', x0: v.at, x1: v.at, y0: v.from, y1: v.to }));
}

export const verticals = (rulings: Ruling[], s: TableSettings) =>
  normalise(rulings.filter((r) => r.orientation === 'v').map((r) => ({ at: (r.x0 + r.x1) / 2, from: r.y0, to: r.y1 })), s);
