// Plain-text helpers shared by the readers, the table finder and the section parsers.

/** What goes between two wrapped lines: nothing after a hyphen that follows a letter, before a letter or digit
 * ("Sub-" + "Group" -> "Sub-Group", the hyphen kept: no dictionary guesses at de-hyphenation), nothing between
 * a figure and the per cent sign a narrow cell wrapped ("69.92" + "%"), nor inside a figure a narrow cell broke
 * ("£3,863" + ",303", "652,10" + "8": a thousands group is made whole), else a space. */
export function lineJoiner(prev: string, next: string): string {
  // prev's end tested by char code: an end-anchored regex tries every position of the whole line
  const n = prev.length;
  const last = n > 0 ? prev.charCodeAt(n - 1) : 0;
  if (last === 45) return endsWithLetterHyphen(prev) && /^[\p{L}\p{N}]/u.test(next) ? '' : ' ';
  if (!isDigit(last)) return ' ';
  return /^(%|,\d{3}(?!\d))/.test(next) || brokenGroup(prev, next) ? '' : ' ';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /\p{L}-$/u: the hyphen's last three code units hold the letter before it, a surrogate pair included. */
function endsWithLetterHyphen(prev: string): boolean {
  const c = prev.length >= 2 ? prev.charCodeAt(prev.length - 2) : 0;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return /\p{L}-$/u.test(prev.slice(-3));
}

/** "652,10" + "8": the digits the line broke off complete the last thousands group to three
 * (/\d,(\d{1,2})$/ on prev, then exactly the missing digits at the start of next). */
function brokenGroup(prev: string, next: string): boolean {
  const n = prev.length;
  let open: number;
  if (n >= 3 && prev.charCodeAt(n - 2) === 44 && isDigit(prev.charCodeAt(n - 3))) open = 1;
  else if (n >= 4 && isDigit(prev.charCodeAt(n - 2)) && prev.charCodeAt(n - 3) === 44 && isDigit(prev.charCodeAt(n - 4))) open = 2;
  else return false;
  const need = 3 - open;
  for (let i = 0; i < need; i++) if (!isDigit(next.charCodeAt(i))) return false;
  return !isDigit(next.charCodeAt(need));
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
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Whether a string is empty or all whitespace (as `!str.trim()`, without making a trimmed copy). */
export function isBlank(str: string): boolean {
  for (let k = 0; k < str.length; k++) if (!isSpace(str.charCodeAt(k))) return false;
  return true;
}

/** Whether a string ends in whitespace (as /\s$/). */
export function endsWithSpace(str: string): boolean {
  return str.length > 0 && isSpace(str.charCodeAt(str.length - 1));
}

/** Characters of a text that are not whitespace: text.replace(/\s/g, '').length without the copy. */
export function printedLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** Whitespace other than a plain space, or two spaces in a row. */
const UNTIDY = /[^\S ]| {2}/;

/** Runs of whitespace as one space, trimmed: text.replace(/\s+/g, ' ').trim(). Most texts are tidy
 * already: ends checked by code, the inside by one native test, and tidy text returned unchanged
 * without the replace (hot: every cell and block text). */
export function collapseSpaces(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1)) || UNTIDY.test(text)) return text.replace(/\s+/g, ' ').trim();
  return text;
}
