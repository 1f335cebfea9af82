import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapseSpaces } from '../src/text.js';

describe('collapseSpaces', () => {
  it('equals replace(/\\s+/g, " ").trim() on texts mixing every kind of whitespace', () => {
    const piece = fc.constantFrom('a', 'Total', '£1,234', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '–');
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }), { numRuns: 2000 });
  });

  it('returns tidy text unchanged and tidies the rest', () => {
    expect(collapseSpaces('Staff Costs')).toBe('Staff Costs');
    expect(collapseSpaces(' Staff \u00a0Costs\n')).toBe('Staff Costs');
    expect(collapseSpaces('')).toBe('');
  });
});
