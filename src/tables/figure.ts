// What counts as a printed figure (a value cell) rather than text: numbers with their signs, units
// and brackets, and the dashes that stand for nil.

/** A printed figure: 1,234 / (198.5) / 69.92% / £652 / 8 € / - (a dash standing for nil) / 3rd. */
export function isFigure(text: string): boolean {
  // no figure starts with a letter but the n of n/a: most texts are words, told apart without the regexes
  const c = text.charCodeAt(0);
  if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && c !== 78 && c !== 110) return false;
  let known = figureCache.get(text);
  if (known === undefined) {
    const t = text.replace(/\s+/g, '');
    known = /^[(\-–−+]?[£$€]?\d[\d.,]*(%|\)|[a-z]{1,2}|\*|[£$€])?$/i.test(t) || /^[-–—−*]+$/.test(t) || /^n\/?a$/i.test(t);
    if (figureCache.size > 50_000) figureCache.clear();
    figureCache.set(text, known);
  }
  return known;
}

/** isFigure is asked about the same cell texts many times while rows are compared */
const figureCache = new Map<string, boolean>();
