// Paragraphs re-cut from blocks (sections/from-text/paras.ts): a paragraph's lines are joined as joinWrappedLines
// joins them, although only the paragraph's last characters are looked at per line; a list left
// unfinished at a block's end goes on in the next block.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toParas } from '../src/sections/from-text/paras.js';
import { collapseSpaces, joinWrappedLines } from '../src/text.js';
import { block } from './blocks.js';

describe('toParas', () => {
  it('joins the lines of a paragraph exactly as joinWrappedLines does', () => {
    // lines that never open a unit (a list marker, RESOLVED, a vote label, a page number), starting
    // and ending with hyphens, figures, per cents and words, so that every joiner rule meets every end
    const start = fc.constantFrom('wq', 'Group', ',303 x', '% y', '8 z', '52 w', 'é', 'and');
    const piece = fc.constantFrom('Sub-', 'Group', '652,10', '8', ',303', '%', '69.92', 'and', 'é-', 'x', '12', ' ');
    const line = fc.tuple(start, fc.array(piece, { maxLength: 6 })).map(([first, rest]) => `${first}${rest.join('')}`);
    fc.assert(
      fc.property(fc.tuple(fc.constant('wq'), fc.array(line, { maxLength: 30 })).map(([first, rest]) => [first, ...rest]), (lines) => {
        const paras = toParas([block(lines.join('\n'))]);
        expect(paras).toHaveLength(1);
        expect(paras[0].raw).toBe(joinWrappedLines(lines.map(collapseSpaces)));
      }),
    );
  });

  it('goes on with a list of names that a block left unfinished, and only then', () => {
    const continued = toParas([block('PRESENT: Councillor A Smith, Councillor'), block('B Jones and Councillor C Brown')]);
    expect(continued.map((p) => p.raw)).toEqual(['PRESENT: Councillor A Smith, Councillor B Jones and Councillor C Brown']);
    // the end of a longer word is not the word ("Supercouncillor" is no unfinished "Councillor")
    const ended = toParas([block('The report was noted by the Supercouncillor'), block('B Jones spoke next')]);
    expect(ended.map((p) => p.raw)).toEqual(['The report was noted by the Supercouncillor', 'B Jones spoke next']);
  });

  it('starts a paragraph after a lone "(Item N)" line', () => {
    const paras = toParas([block('(Item 3)\nApologies for absence were received')]);
    expect(paras.map((p) => p.raw)).toEqual(['(Item 3)', 'Apologies for absence were received']);
  });
});
