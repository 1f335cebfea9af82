import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstIndexNotBefore } from '../src/bisect.js';

describe('firstIndexNotBefore', () => {
  it('finds what a scan from the start finds, in a sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, v) => {
        const sorted = values.sort((a, b) => a - b);
        const scanned = sorted.findIndex((x) => !(x < v));
        expect(firstIndexNotBefore(sorted.length, (k) => sorted[k] < v)).toBe(scanned < 0 ? sorted.length : scanned);
      }),
    );
  });
});
