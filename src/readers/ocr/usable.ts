// Is a page's text layer language, or garbage that only looks like text? Judged from the characters
// alone, with no dictionary (English and Welsh alike): glyphs without Unicode (U+FFFD, private-use code
// points, control characters), tokens that are neither words, figures nor codes ("+/54'30(4*'#"), and
// letters whose vowels are too few for any Latin-script language (a shifted encoding: "Wkh Frxqflo").

export interface TextVerdict {
  usable: boolean;
  /** why not, for the warning */
  reason?: string;
}

/** Below this many characters a page says too little to judge by its tokens; only bad code points count. */
const MIN_CHARS_TO_JUDGE = 40;
/** Share of characters without Unicode above which the layer is unusable. */
const MAX_UNMAPPED = 0.05;
/** Share of characters in plausible tokens below which the text is not language. */
const MIN_PLAUSIBLE = 0.6;
/** Share of vowels among letters: English and Welsh text 0.35-0.45; random letters 0.23, shifted text less. */
const MIN_VOWEL_SHARE = 0.25;
const MIN_LETTERS_FOR_VOWELS = 60;

// vowels of the Latin-script languages met here (w and y are vowels in Welsh), accented ones included
const VOWEL = /[aeiouyw\u00e0-\u00e6\u00e8-\u00ef\u00f2-\u00f6\u00f9-\u00fd\u00ff\u0175\u0177]/i;
// a word: letters with inner apostrophes, hyphens, dots (initials, "e.g.") or ampersands
const WORD = /^\p{L}+(?:['\u2019\-.&]\p{L}+)*\.?$/u;
// a figure: money, counts, dates, times, percentages, references such as 14/037 or 1.2.3, ordinals 1st
const FIGURE = /^[£$€]?[(-]?\d[\d.,:/\-]*\)?(?:%|[a-z]{1,2}|[kmb]n?)?$/i;
// a code: letters and digits mixed, as postcodes, minute numbers and item references are (CV1, 5RR, 19.01.1a)
const CODE = /^(?=.*\d)(?=.*\p{L})[\p{L}\d][\p{L}\d./\-]{0,11}$/u;
// punctuation that may stand before or after a token, or make a token on its own
const EDGE = /^[\s"'‘’“”([{<*•·–—\-:;,.!?…]+|[\s"'‘’“”)\]}>*•·–—\-:;,.!?…]+$/gu;
const LONE_MARK = /^[\-–—•·*=#&/|+«»…§¶©®™°±×÷"'‘’“”()[\]{}<>:;,.!?%£$€]+$/u;

/** The verdict on a page (or any run of text): its words' texts, in reading order. */
export function judgeText(texts: readonly string[]): TextVerdict {
  let chars = 0;
  let unmapped = 0;
  for (const t of texts) {
    for (const ch of t) {
      const c = ch.codePointAt(0)!;
      if (c <= 32 || (c >= 0x7f && c <= 0xa0)) {
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) unmapped++;
        else continue;
      } else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000) unmapped++;
      chars++;
    }
  }
  if (chars === 0) return { usable: false, reason: 'no text' };
  if (unmapped / chars > MAX_UNMAPPED) return { usable: false, reason: 'glyphs without Unicode' };
  if (chars < MIN_CHARS_TO_JUDGE) return { usable: true };
  const stats = tokenStats(texts);
  if (stats.plausible / Math.max(1, stats.total) < MIN_PLAUSIBLE) return { usable: false, reason: 'text is not words' };
  if (stats.letters >= MIN_LETTERS_FOR_VOWELS && stats.vowels / stats.letters < MIN_VOWEL_SHARE) {
    return { usable: false, reason: 'text is not words' };
  }
  return { usable: true };
}

interface TokenStats {
  /** characters of all tokens, and of those that are words, figures, codes or lone marks */
  total: number;
  plausible: number;
  /** letters of lower-case or capitalised words (acronyms carry few vowels), and their vowels */
  letters: number;
  vowels: number;
}

export function tokenStats(texts: readonly string[]): TokenStats {
  const s: TokenStats = { total: 0, plausible: 0, letters: 0, vowels: 0 };
  for (const text of texts) {
    for (const raw of text.split(/\s+/)) {
      if (raw === '') continue;
      s.total += raw.length;
      if (LONE_MARK.test(raw)) {
        s.plausible += raw.length;
        continue;
      }
      const token = raw.replace(EDGE, '');
      if (token === '') continue;
      const word = WORD.test(token);
      if (word || FIGURE.test(token) || CODE.test(token)) s.plausible += raw.length;
      if (word && token !== token.toUpperCase()) {
        for (const ch of token) {
          if (!/\p{L}/u.test(ch)) continue;
          s.letters++;
          if (VOWEL.test(ch)) s.vowels++;
        }
      }
    }
  }
  return s;
}
