import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapseSpaces, printedLength } from '../src/text.js';

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

describe('printedLength', () => {
  it("equals replace(/\\s/g, '').length on texts mixing every kind of whitespace", () => {
    const piece = fc.constantFrom('a', 'Total', '£1,234', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '𝐀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      expect(printedLength(text)).toBe(text.replace(/\s/g, '').length);
    }), { numRuns: 2000 });
    expect(printedLength(' a b\u00a0c ')).toBe(3);
  });
});
