// Plain-text helpers shared by the readers, the table finder and the section parsers.

/** What goes between two wrapped lines: nothing after a hyphen that follows a letter, before a letter or digit
 * ("Sub-" + "Group" -> "Sub-Group", the hyphen kept: no dictionary guesses at de-hyphenation), nothing between
 * a figure and the per cent sign a narrow cell wrapped ("69.92" + "%"), else a space. */
export function lineJoiner(prev: string, next: string): string {
  return (/\p{L}-$/u.test(prev) && /^[\p{L}\p{N}]/u.test(next)) || (/\d$/.test(prev) && /^%/.test(next)) ? '' : ' ';
}

/** Wrapped lines of one paragraph or cell as one text. */
export function joinWrappedLines(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    if (!line) continue;
    out = out ? out + lineJoiner(out, line) + line : line;
  }
  return out;
}

/** A JavaScript whitespace character (the set of \s and String.prototype.trim). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Characters of a text that are not whitespace: text.replace(/\s/g, '').length without the copy. */
export function printedLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** Runs of whitespace as one space, trimmed: text.replace(/\s+/g, ' ').trim(). Most texts are tidy
 * already; a scan finds those and returns them unchanged without running the regex (hot: every cell). */
export function collapseSpaces(text: string): string {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i === 0 || i === last || text.charCodeAt(i + 1) === 32 : c < 33 || c >= 0xa0 ? isSpace(c) : false) {
      return text.replace(/\s+/g, ' ').trim();
    }
  }
  return text;
}
