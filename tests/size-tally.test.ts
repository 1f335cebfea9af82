import { describe, expect, it } from 'vitest';
import { SizeTally } from '../src/readers/size-tally.js';

describe('SizeTally', () => {
  const tally = (entries: [number, number][]) => {
    const t = new SizeTally();
    for (const [size, chars] of entries) t.add(size, chars);
    return t;
  };

  it('gives the size set in most characters, adding up repeats', () => {
    expect(tally([[10, 30], [14, 20], [14, 15], [9, 34]]).most('smaller')).toBe(14);
  });

  it('breaks a tie by the rule asked for', () => {
    const t = tally([[12, 50], [10, 50], [16, 5]]);
    expect(t.most('smaller')).toBe(10);
    expect(t.most('larger')).toBe(12);
  });

  it('gives null when no size has any characters', () => {
    expect(tally([]).most('larger')).toBeNull();
    expect(tally([[11, 0]]).most('smaller')).toBeNull();
  });
});
