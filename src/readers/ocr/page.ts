// One page image -> the RawPage the PDF reader makes of a page (words with boxes in points, rulings):
// the rulings are found and painted out, tesseract reads what is left, and each word gets the box a
// PDF word has (its ink's left and right, the font's ascent to descent around the line's baseline), a
// font size from the line's height, bold from its strokes, and its confidence.
import type { RawPage, Ruling, Warning, Word } from '../../model.js';
import { inkShare, inkThreshold, MIN_INK, strokeWidth, type Bitmap } from './bitmap.js';
import type { OcrEngine, OcrLine } from './engine.js';
import { findRulings } from './rulings.js';
import { deskew, middle, onItsSide, readability, skewAngle, turn } from './orient.js';
import { dropUnderlines } from '../pdf/raw.js';

/** Ascender top to descender bottom, in em (Arial, Times, Calibri: 0.9-1.0). */
const ROW_HEIGHT_EM = 0.95;
/** A PDF word's box: ascent above the baseline, descent below (em), as the PDF reader's default font. */
const ASCENT = 0.8;
const DESCENT = 0.2;
/** Strokes this much wider (relative to size) than the page's usual are bold; next to a bold word on
 * its line, strokes a little wider are too (a bold title is bold to its end). */
const BOLD_RATIO = 1.3;
const BOLD_NEIGHBOUR_RATIO = 1.15;
/** Lines within this share of the page's usual size are of that size (a line without ascenders or
 * descenders measures smaller): OCR sizes vary more than a PDF's, and size tells headings from body text. */
const SAME_SIZE = 0.15;
/** Below this mean confidence what OCR read is not text (a photo, a pattern, a chart): the page has none. */
const MIN_PAGE_CONFIDENCE = 40;

export interface OcrPage {
  raw: RawPage;
  /** mean confidence of its words, 0-100 (null: no words) */
  confidence: number | null;
}

/** The warning every page read by OCR gets: `page read by OCR, mean confidence 87`. */
export function ocrWarning(read: OcrPage): Warning {
  const confidence =
    read.confidence === null ? 'no words found'
    : read.raw.words.length === 0 ? `no text found (mean confidence ${read.confidence})`
    : `mean confidence ${read.confidence}`;
  return { code: 'ocr', message: `page read by OCR, ${confidence}`, page: read.raw.number };
}

/** Below this mean confidence a page may be upside down: it is tried the other way up. */
const TRY_TURNS_BELOW = 70;
/** The other turn is taken when it reads this many times as many confident words (and a few more). */
const TURN_GAIN = 2;
const TURN_MIN_WORDS = 3;

/** Read a page image (turned upright and deskewed first when it needs it); null for a blank page. */
export async function ocrPage(engine: OcrEngine, bitmap: Bitmap, number: number): Promise<OcrPage | null> {
  const threshold = inkThreshold(bitmap);
  if (inkShare(bitmap, threshold) < MIN_INK) return null;
  // on its side: which way round is read off a piece of it, before the whole is read
  if (onItsSide(bitmap, threshold)) return readLevel(engine, turn(bitmap, await bestTurn(engine, bitmap, [1, 3])), threshold, number);
  const read = await readLevel(engine, bitmap, threshold, number);
  if (read.confidence !== null && read.confidence >= TRY_TURNS_BELOW) return read;
  // read badly: perhaps upside down
  const quarters = await bestTurn(engine, bitmap, [0, 2]);
  return quarters === 0 ? read : readLevel(engine, turn(bitmap, quarters), threshold, number);
}

/** The page read as it lies, once its skew is taken out. `bitmap` is left as it was. */
async function readLevel(engine: OcrEngine, bitmap: Bitmap, threshold: number, number: number): Promise<OcrPage> {
  const skew = skewAngle(bitmap, threshold);
  const level = skew === 0 ? { ...bitmap, grey: bitmap.grey.slice() } : deskew(bitmap, skew);
  const toPt = 72 / level.dpi;
  // rulings first, painted out of what tesseract reads (and of the strokes that tell bold)
  const rulings = findRulings(level, threshold);
  const lines = await engine.read(level);
  const words = withoutRulingMarks(toWords(lines, level, threshold, toPt), rulings);
  const confidence = words.length ? Math.round(words.reduce((s, w) => s + (w.confidence ?? 0), 0) / words.length) : null;
  const text = confidence !== null && confidence >= MIN_PAGE_CONFIDENCE ? words : [];
  const raw: RawPage = { number, width: level.width * toPt, height: level.height * toPt, words: text, rulings: dropUnderlines(rulings, text), rects: [] };
  return { raw, confidence };
}

/**
 * Of two turns (quarter turns clockwise), the one that brings the page upright, from the middle of the page
 * read both ways: the second only when it reads markedly better than the first.
 */
async function bestTurn(engine: OcrEngine, bitmap: Bitmap, [first, second]: [number, number]): Promise<number> {
  const piece = middle(bitmap);
  const [a, b] = [readability(await engine.read(turn(piece, first))), readability(await engine.read(turn(piece, second)))];
  return b >= TURN_GAIN * a + TURN_MIN_WORDS ? second : first;
}

function toWords(lines: OcrLine[], bitmap: Bitmap, threshold: number, toPt: number): Word[] {
  const words: Word[] = [];
  const ratios: number[] = [];
  const usualEm = median(lines.flatMap((l) => l.words.map(() => l.rowHeight / ROW_HEIGHT_EM)));
  for (const line of lines) {
    const measured = line.rowHeight / ROW_HEIGHT_EM;
    const em = Math.abs(measured - usualEm) <= SAME_SIZE * usualEm ? usualEm : measured;
    line.words.forEach((w, i) => {
      const baseline = line.baseY + line.slope * ((w.x0 + w.x1) / 2 - line.baseX);
      const stroke = strokeWidth(bitmap, threshold, w.x0, w.y0, w.x1, w.y1);
      ratios.push(stroke / Math.max(1, em));
      words.push({
        text: w.text,
        x0: round(w.x0 * toPt),
        x1: round(w.x1 * toPt),
        y0: round((baseline - ASCENT * em) * toPt),
        y1: round((baseline + DESCENT * em) * toPt),
        fontSize: Math.round(em * toPt * 2) / 2,
        fontName: 'OCR',
        bold: false,
        italic: false,
        spaceAfter: i < line.words.length - 1,
        confidence: w.confidence,
      });
    });
  }
  // bold: strokes markedly wider than the median word's, for their size
  const usual = median(ratios);
  if (usual === 0) return words;
  words.forEach((w, i) => (w.bold = ratios[i] > BOLD_RATIO * usual));
  let start = 0;
  for (const line of lines) {
    const end = start + line.words.length;
    // spread along the line both ways, as far as the strokes allow
    for (const step of [1, -1]) {
      for (let i = step > 0 ? start + 1 : end - 2; i >= start && i < end; i += step) {
        if (!words[i].bold && words[i - step].bold && ratios[i] > BOLD_NEIGHBOUR_RATIO * usual) words[i].bold = true;
      }
    }
    start = end;
  }
  return words;
}

/** How near (pt) to a ruling a mark without letters or digits is what is left of the ruling. */
const RULING_MARK_GAP = 1;

/**
 * Words without a letter or digit ("~~", "|", "_") touching a ruling: what painting the ruling out left
 * of it, read as text. They would end a bold title early or stand in a cell of their own.
 */
function withoutRulingMarks(words: Word[], rulings: Ruling[]): Word[] {
  const near = (w: Word, r: Ruling) =>
    w.x0 <= r.x1 + RULING_MARK_GAP && w.x1 >= r.x0 - RULING_MARK_GAP && w.y0 <= r.y1 + RULING_MARK_GAP && w.y1 >= r.y0 - RULING_MARK_GAP;
  return words.filter((w) => /[\p{L}\p{N}]/u.test(w.text) || !rulings.some((r) => near(w, r)));
}

const round = (v: number) => Math.round(v * 100) / 100;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
