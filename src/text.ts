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
