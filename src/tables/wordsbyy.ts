// A page's words bucketed by vertical centre, for the ruled grids to take their rows' words from.
import type { Word } from '../model.js';

/** A page's words bucketed by vertical centre (a counting sort, linear in the words): each grid takes
 * the words of its rows from the buckets it spans instead of a pass over the whole page. */
export class WordsByY {
  private readonly cy: Float64Array;
  /** word indices by bucket, each bucket in page order; bucket b holds order[start[b] .. start[b + 1]) */
  private readonly order: Int32Array;
  private readonly start: Int32Array;
  private readonly minY: number;
  private readonly step: number;

  constructor(private readonly words: Word[]) {
    const n = words.length;
    const cy = new Float64Array(n);
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const y = (cy[i] = (words[i].y0 + words[i].y1) / 2);
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
    // about four words a bucket
    const buckets = Math.max(1, Math.min(256, n >> 2));
    this.cy = cy;
    this.minY = n ? lo : 0;
    this.step = hi > lo ? (hi - lo) / buckets : 1;
    const start = (this.start = new Int32Array(buckets + 1));
    const bucketOf = new Int32Array(n);
    for (let i = 0; i < n; i++) start[(bucketOf[i] = this.bucket(cy[i])) + 1]++;
    for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
    const next = start.slice(0, buckets);
    const order = (this.order = new Int32Array(n));
    for (let i = 0; i < n; i++) order[next[bucketOf[i]]++] = i;
  }

  /** Bucket of a centre, clamped: the highest centre (one past the last bucket) and beyond go in the last. */
  private bucket(y: number): number {
    const b = Math.floor((y - this.minY) / this.step);
    return b > 0 ? Math.min(b, this.start.length - 2) : 0;
  }

  /** Words centred in [y0, y1], in page order (the order a cell's reading order falls back on). */
  between(y0: number, y1: number): Word[] {
    const { cy, order, words } = this;
    const from = this.start[this.bucket(y0)], to = this.start[this.bucket(y1) + 1];
    const found = new Int32Array(to - from);
    let k = 0;
    for (let p = from; p < to; p++) {
      const i = order[p];
      if (cy[i] >= y0 && cy[i] <= y1) found[k++] = i;
    }
    const inOrder = found.subarray(0, k).sort();
    const out: Word[] = new Array(k);
    for (let j = 0; j < k; j++) out[j] = words[inOrder[j]];
    return out;
  }
}
