// Dates and times as printed in packs -> ISO 8601. Month-only dates give "YYYY-MM"; fiscal years
// ("2022/23") are not dates and return null here.

import { collapseSpaces } from '../text.js';
import { MONTH_NAMES, monthOf as vocabMonth } from '../vocab/index.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// English abbreviations, then the other languages' month names of the vocabularies (src/vocab)
const MONTH_RE = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${MONTH_NAMES})`;
// a superscript ordinal read by OCR as a double quote: 18" March 2014
const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th|["”])?';

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(word: string): number | null {
  const key = word.toLowerCase().slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3);
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? vocabMonth(word);
}

function expandYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// compiled once: these run for every table cell and heading
// one separator between day and month ("13th-Feb-2025", "9 January"): "24 --- June 24, 2025" is not the 24th of June 2024
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY_RE}(?:\\s*[-.]\\s*|\\s+)(?:of\\s+)?${MONTH_RE}\\.?,?[\\s\\-.]+(\\d{4}|\\d{2})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_RE}\\.?\\s+${DAY_RE},?\\s+(\\d{4})\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE}\\.?[\\s\\-']+(\\d{4}|\\d{2})\\b`, 'i');

/**
 * First full date found in the text, as "YYYY-MM-DD"; a month and year alone give "YYYY-MM".
 * Accepts "9 January 2023", "Monday 9th January 2023", "January 9, 2023", "13th-Feb-2025",
 * "09/01/2025" (day first, UK), "2023-01-09", "Jan 2022", "May-22".
 */
export function toIsoDate(text: string): string | null {
  const t = text.replace(/\s+/g, ' ');
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) return ymd(expandYear(m[3]), monthNumber(m[2]), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return ymd(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/.exec(t);
  if (m) return ymd(expandYear(m[3]), Number(m[2]), Number(m[1]));
  return toIsoMonth(t);
}

/** "Jan 2022", "January 2022", "May-22" -> "YYYY-MM". */
export function toIsoMonth(text: string): string | null {
  const m = MONTH_YEAR.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1]);
  if (!month) return null;
  return `${expandYear(m[2])}-${pad(month)}`;
}

function ymd(y: number, m: number | null, d: number): string | null {
  if (!m || !validDay(y, m, d)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** First clock time in the text as "HH:MM": "14:00", "14:00 hours", "2.00 pm", "2pm", "10.30am". */
export function toTime(text: string): string | null {
  const t = text.toLowerCase();
  let m = /\b(\d{1,2})[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?(?![\d])/.exec(t);
  if (m) return hm(Number(m[1]), Number(m[2]), m[3]);
  m = /\b(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/.exec(t);
  if (m) return hm(Number(m[1]), 0, m[2]);
  if (/\bnoon\b/.test(t)) return '12:00';
  return null;
}

function hm(h: number, min: number, ampm: string | undefined): string | null {
  if (ampm) {
    if (h < 1 || h > 12) return null;
    const pm = ampm.startsWith('p');
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

const FISCAL_YEAR = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/;
/** what every period below holds: a word starting as a month does (MONTH_RE), or a "/" or "-" */
const PERIOD_MARK = /[/-]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const RANGE_SEP = /\s*(?:[-–—]|\bto\b)\s*/i;

const MONTH_RANGE = new RegExp(
  `\\b(${MONTH_RE}\\.?(?:[\\s\\-']+(?:\\d{4}|\\d{2}))?|\\d{1,2}/\\d{4})${RANGE_SEP.source}(${MONTH_RE}\\.?[\\s\\-']+(?:\\d{4}|\\d{2})|\\d{1,2}/\\d{4})\\b`,
  'i',
);

/**
 * A reporting period as printed -> ISO: "May-22" -> "2022-05"; "Apr 20 - Mar 21" -> "2020-04/2021-03";
 * "03/2020 - 12/2020" -> "2020-03/2020-12"; "February-July 2021" -> "2021-02/2021-07";
 * fiscal years ("2022/23", also inside a sentence) stay as printed. Null when there is no month or fiscal year.
 */
export function toPeriod(text: string): string | null {
  // every period has a digit (a year) and a month name, "/" or "-": most sentences and labels are ruled out
  // by two cheap scans
  if (!/\d/.test(text) || !PERIOD_MARK.test(text)) return null;
  const t = collapseSpaces(text);
  const fiscal = FISCAL_YEAR.exec(t);
  if (fiscal) return t;
  const range = MONTH_RANGE.exec(t);
  if (range) {
    // groups: 1 start side, 2 its month word, 3 end side, 4 its month word
    const end = monthOf(range[3]);
    const start = monthOf(range[1]) ?? (end ? monthOf(`${range[1]} ${end.slice(0, 4)}`) : null);
    if (start && end) return `${start}/${end}`;
  }
  return monthOf(t) ?? FISCAL_IN_TEXT.exec(t)?.[0].replace(/\s+/g, '') ?? null;
}

const FISCAL_IN_TEXT = /\b(?:19|20)\d{2}\s*\/\s*\d{2}(?![\d/-])/;

function monthOf(text: string): string | null {
  const numeric = /\b(\d{1,2})\/(\d{4})\b/.exec(text);
  if (numeric && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12) return `${numeric[2]}-${pad(Number(numeric[1]))}`;
  return toIsoMonth(text);
}
