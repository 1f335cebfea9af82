// Binary search, for the readers and the table finder, which look things up in lists sorted by position.

/**
 * The first index in [0, length) at which `before(i)` is false, for a `before` that holds up to some
 * index and not from there on (a sorted list searched for a bound); `length` when it always holds.
 */
export function firstIndexNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
