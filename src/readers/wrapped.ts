// Text converted from PDF keeps the PDF's line breaks, often as paragraph breaks:
//   MINUTES OF PROCEEDINGS AT MEETING OF THE          a justified title broken into one paragraph per line,
//                                                     even one word per paragraph
//   DISTRICT HELD IN THE CHAMBER, TOWN HALL,
//   ---                                               a page break drawn as a rule, then the page number
//   **2**
//   1.                                                an item number apart from its title
//   Adoption of Minutes
//   Cllr A Smith      AS      Chair                   columns aligned by runs of spaces
//   70/17 Apologies ... 71/17 Declarations ...        items run together (or a whole document as one line)
// These passes work on source lines before the Markdown blocks are made: a paragraph break between two
// lines that continue one sentence (told by language and line shape) is removed, a page number next to a
// rule is dropped, a lone item number is put back in front of its title, aligned rows become table rows,
// run-together items are cut apart. Text that is not hard-wrapped (a paragraph per line) keeps its
// paragraph breaks: they are the writer's.

// Words a sentence cannot stop on (English): a line ending on one goes on in the next.
const CONTINUING_WORDS = ['and', 'or', 'of', 'the', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'a', 'an', 'from', 'as',
  'that', 'which', 'be', 'is', 'are', 'was', 'were', 'has', 'have', 'held', 'into', 'per', 'than', 'between'];
/** titles printed before a name ("seconded by Councillor" / "Leddin") */
const TITLES_BEFORE_NAME = ['Councillors?', 'Cllrs?', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir'];
/** abbreviations whose full stop ends no sentence ("(Mr." / "P. Dowling)"; an initial is one too) */
const ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Cllr', 'St', 'No', 'Prof', 'Rev'];
/** English month names by their first three letters ("15TH" / "DECEMBER, 2014") */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A blank line, or a thematic break (---, ***, ___): both only separate paragraphs. */
export const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const isGap = (l: string) => l.trim() === '' || RULE.test(l);
/** A page number printed alone: "12", "**12**", "- 12 -", "Page 12", "Page 12 of 30". */
const PAGE_NUMBER = /^\s*(?:\*\*|__)?\s*(?:[-–]\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[-–])?\s*(?:\*\*|__)?\s*$/i;
/** Lines that are structure of their own, never a wrapped piece of a sentence. */
const STRUCTURE = /^\s*(?:#{1,6}\s|\||<|>|```|~~~)|\t/;
const BULLET = /^\s*[-*+•▪◦●·]\s+/;
const ENUMERATOR = /^\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[a-z])[.)](?:\s|$)/i;
/** "1.", "12", "(a)", "b)", "(iv)": an item's number printed apart from its title */
const LONE_NUMBER = /^\s*(?:\(?\d{1,3}[.)]?|\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}[.)])\s*$/i;
/** a line that is only a link ("[Original file](...)") */
const LINK_LINE = /^\s*\[[^\]]*\]\([^)]*\)\s*$/;
/** "Present:", "Moved by:": a label opens a unit of its own */
const LABEL = /^[\p{L}][\p{L}'’ -]{0,30}:/u;
const SENTENCE_END = /[.!?;:]["”’)]?$/;
const ABBREVIATION_END = new RegExp(`\\b(?:${ABBREVIATIONS.join('|')}|(?<=^|[\\s(])\\p{Lu})\\.$`, 'u');
/** a comma: the sentence goes on, unless a new unit ("Apologies:") starts */
const COMMA_END = /[,;]$/;
const OPEN_END = new RegExp(`(?:[&/]|(?<=\\p{L})-|\\b(?:${[...TITLES_BEFORE_NAME, ...CONTINUING_WORDS].join('|')})|['’]s)$`, 'iu');
const DAY_END = /\b\d{1,2}(?:st|nd|rd|th)?$/i;
const MONTH_START = new RegExp(`^(?:${MONTHS.join('|')})[a-z]*\\b`, 'i');
/** capitals are wider than the average letter: a line in capitals fills the width in fewer characters */
const CAPITALS_WIDTH = 1.3;
/** a line this share of the wrap width or longer was broken by the width, not by the writer */
const FULL_LINE = 0.7;

const isCapitals = (s: string) => /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
const words = (s: string) => s.trim().split(/\s+/).length;
const bare = (s: string) => s.trim().replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/, '$1').trim();

/**
 * The width a hard-wrapped text is wrapped at (characters), or null when its lines are not hard-wrapped:
 * most lines then end within a narrow band below the longest ones.
 */
export function wrapWidth(lines: string[]): number | null {
  const lengths = lines.filter((l) => !isGap(l) && !STRUCTURE.test(l)).map((l) => l.trim().length).sort((a, b) => a - b);
  if (lengths.length < 10) return null;
  const p90 = lengths[Math.floor(lengths.length * 0.9)];
  const p98 = lengths[Math.floor(lengths.length * 0.98)];
  return p90 >= 40 && p90 <= 130 && p98 <= p90 * 1.15 ? p90 : null;
}

/** true when `next` goes on with the sentence `prev` left unfinished. */
export function continues(prev: string, next: string, width: number): boolean {
  const a = bare(prev);
  const b = bare(next);
  if (!a || !b || STRUCTURE.test(next) || LINK_LINE.test(prev) || BULLET.test(b) || ENUMERATOR.test(b) || PAGE_NUMBER.test(b)) return false;
  if (/(?:\*\*|__)$/.test(prev.trim()) !== /^(?:\*\*|__)/.test(next.trim())) return false; // bold ends or starts here
  if (SENTENCE_END.test(a) && !ABBREVIATION_END.test(a)) return false;
  if (/^\p{Ll}/u.test(b) || OPEN_END.test(a)) return true;
  if (LABEL.test(b)) return false;
  if (ABBREVIATION_END.test(a)) return true;
  if (COMMA_END.test(a)) return true;
  if (DAY_END.test(a) && MONTH_START.test(b)) return true;
  if (isCapitals(a) && isCapitals(b) && words(a) >= 4) return true;
  // a full line goes on, unless the next is set apart in capitals or this one closes a bracket
  if (isCapitals(b) || /\)$/.test(a)) return false;
  return a.length * (isCapitals(a) ? CAPITALS_WIDTH : 1) >= FULL_LINE * width;
}

/** Index of the next line that is not a gap, from i on. */
function nextLine(lines: string[], i: number): number {
  while (i < lines.length && isGap(lines[i])) i++;
  return i;
}

/** a line of prose, not a table cell */
const PROSE_LINE = 60;
/** how far to look for the prose under a heading */
const PROSE_WINDOW = 12;

const isDigits = (s: string) => /\d/.test(s);

/** true when a line of prose comes from i on before the next lone item number of the same kind as `number`
 * (a "(a)" under "4." is a part of the item, not the next row). */
function proseFollows(lines: string[], i: number, number: string): boolean {
  for (let k = i, seen = 0; k < lines.length && seen < PROSE_WINDOW; k++) {
    if (isGap(lines[k])) continue;
    const b = bare(lines[k]);
    if (LONE_NUMBER.test(b)) {
      if (isDigits(b) === isDigits(number)) return false;
      continue;
    }
    if (b.length > PROSE_LINE) return true;
    seen++;
  }
  return lines.length - i > PROSE_WINDOW; // a long run of short lines (a list) may follow a heading; the text's end may not
}

/** Page numbers printed next to a page-break rule are not text: dropped. */
function dropPageNumbers(lines: string[]): string[] {
  return lines.filter((l, i) => {
    if (!PAGE_NUMBER.test(l) || !/\d/.test(l)) return true;
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    let after = i + 1;
    while (after < lines.length && lines[after].trim() === '') after++;
    return !((before >= 0 && RULE.test(lines[before])) || (after < lines.length && RULE.test(lines[after])));
  });
}

/** a line this long holding several numbered items lost its line breaks (a whole document as one paragraph) */
const RUN_ON = 1000;
/** where a run-on line breaks: before a bullet, a numbered item ("3. The", "4.1 Clerk"), or a one-word label
 * ("Present:") that does not end a longer capitalised name */
const RUN_ON_BREAK = /\s+(?=[•▪●]\s)|\s+(?=\d{1,2}\.(?:\d{1,2})?\s+\p{Lu})|(?<!\p{Lu}\p{Ll}+|\d\.)\s+(?=\p{Lu}\p{Ll}+:\s)/gu;

/** an item number opening a line: "70/17 Apologies", "3. The minutes" */
const ITEM_OPENING = /^\s*(\d{1,4})(\/\d{2,4}|\.)?\s+\p{Lu}/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A line opening with an item number and holding the next items too ("70/17 ... 71/17 ... 72/17 ..."), cut
 * before each next number in turn, printed the same way ("71/17", "4.") and followed by a capital. */
function splitNextItems(line: string): string[] {
  const m = ITEM_OPENING.exec(line);
  if (!m) return [line];
  const parts: string[] = [];
  let rest = line;
  for (let n = Number(m[1]) + 1; ; n++) {
    const next = new RegExp(`\\s(?=${n}${escapeRegExp(m[2] ?? '')}\\s+\\p{Lu})`, 'u').exec(rest);
    if (!next) break;
    parts.push(rest.slice(0, next.index));
    rest = rest.slice(next.index + 1);
  }
  return [...parts, rest];
}

/** A line holding a whole document, cut where its items and labels start; a line holding several
 * numbered items, cut before each. */
export function splitRunOn(line: string): string[] {
  if (line.length < RUN_ON) return splitNextItems(line);
  const parts = line.split(RUN_ON_BREAK);
  return parts.filter((p) => ENUMERATOR.test(p)).length >= 3 ? parts : [line];
}

/** a gap of spaces (no-break spaces included) that aligns columns */
const COLUMN_GAP = /[ \u00A0]{4,}/;
/** longest cell of a column-aligned row (a name, initials, a role) */
const ALIGNED_CELL_MAX = 60;
const alignedCells = (l: string): string[] | null => {
  const cells = l.trim().split(COLUMN_GAP);
  return cells.length >= 2 && !ENUMERATOR.test(l) && !/^\s*(?:\*\*|__|\d)/.test(l) && !SENTENCE_END.test(l.trim()) &&
    cells.every((c) => c.length <= ALIGNED_CELL_MAX) ? cells : null;
};

/** Rows laid out in columns by runs of spaces ("Cllr A Smith      AS      Chair"), two or more in a row
 * (blank lines between them allowed), become tab-separated table rows. */
function alignedRows(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const run: string[][] = [];
    let j = i;
    for (let cells = alignedCells(lines[j] ?? ''); cells; cells = alignedCells(lines[j] ?? '')) {
      run.push(cells);
      j = nextLine(lines, j + 1);
    }
    if (run.length >= 2) {
      out.push(...run.map((cells) => cells.join('\t')), '');
      i = j;
    } else out.push(lines[i++]);
  }
  return out;
}

/** The source lines with the paragraph breaks inside sentences removed (see the file comment). */
export function rejoinWrapped(source: string[]): string[] {
  const lines = alignedRows(dropPageNumbers(source)).flatMap((l) => splitRunOn(l).flatMap((p, k) => (k ? ['', p] : [p])));
  const width = wrapWidth(lines);
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    out.push(line);
    i++;
    if (isGap(line) || STRUCTURE.test(line)) continue;
    let j = nextLine(lines, i);
    if (j === i || j >= lines.length) continue; // no break between them, or nothing after
    if (LONE_NUMBER.test(bare(line)) && !STRUCTURE.test(lines[j]) && !ENUMERATOR.test(lines[j]) && !PAGE_NUMBER.test(lines[j]) &&
      lines[j].trim().length <= 150) {
      // "1." then "Adoption of Minutes": the number stood in a column of its own, as a heading's does,
      // unless only short lines follow up to the next number (the cells of a table read row by row)
      const title = [lines[j].trim()];
      for (let k = nextLine(lines, j + 1); k < lines.length && width !== null && continues(lines[j], lines[k], width); k = nextLine(lines, k + 1)) {
        title.push(lines[k].trim());
        j = k;
      }
      const heading = !SENTENCE_END.test(bare(title[title.length - 1])) && proseFollows(lines, j + 1, line);
      out[out.length - 1] = `${heading ? '##### ' : ''}${line.trim()} ${title.join(' ')}`;
      i = j + 1;
    } else if (width !== null && continues(line, lines[j], width)) i = j;
  }
  return out;
}
