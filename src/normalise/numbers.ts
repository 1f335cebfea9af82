// Figures as printed in packs -> {value, unit, qualifier, raw}: "£ 652,108", "(198.5)", "69.92%", "44th",
// "4 mins 10 seconds", "2/3", "12,345 ABC". Units are never applied to values ("£2.5m" stays 2.5).
import { collapseSpaces } from '../text.js';
import { toSeconds } from './durations.js';

export interface Value {
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  raw: string;
}

export interface ValueContext {
  /** unit implied by the table title, column header or row label ("GBP million", "percent", "seconds") */
  unit?: string | null;
}

const NULL_WORDS = /^(?:[-–—‒]+|n\/?a|n\.a\.?|nil|none|null|tbc|tba|\.\.|x)$/i;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const SCALE_UNITS: Record<string, string> = {
  k: 'GBP thousand', thousand: 'GBP thousand', m: 'GBP million', mn: 'GBP million', million: 'GBP million',
  bn: 'GBP billion', b: 'GBP billion', billion: 'GBP billion',
};
// leading words that qualify a figure rather than name what it is
const PREFIX_QUALIFIER = /^(c\.|ca\.|circa|approx\.?|approximately|around|about|over|under|up to|less than|more than|at least|<=|>=|<|>|≤|≥|~)\s*/i;
const FOOTNOTE = /^([*†‡]+)\s*(?=[-(£\d])|(?<=[\d%)])\s*([*†‡]+)$/;
const MONTH_START = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** bracket, sign, currency, bracket, sign, digits, scale or per cent, closing bracket, then any qualifier
 * (compiled once: parseFigure runs for every table cell) */
const FIGURE = new RegExp(
  String.raw`^(\()?\s*([+-])?\s*(£|\$|€)?\s*(\()?\s*([+-])?\s*(${NUMBER})\s*(%|(?:k|m|mn|bn|thousand|million|billion)\b)?\s*(\))?(?![\d,.])\s*(.*)$`,
  'i',
);

const result = (raw: string, value: number | null, unit: string | null, qualifier: string | null = null): Value => ({
  value, unit: value === null ? null : unit, qualifier, raw,
});

/** Parse one printed figure (a table cell, or a figure cut out of a sentence). Never throws. */
export function toValue(raw: string, context: ValueContext = {}): Value {
  // a minus sign may be printed as U+2212, a figure dash or a leading en dash ("–5.0"); collapseSpaces leaves
  // a tidy cell as it is (a replace of /\s+/g copies every text with a space)
  const text = joinSplitDigits(collapseSpaces(raw).replace(/[\u2212\u2012]/g, '-').replace(/^[\u2013](?=\s*[\d£(])/, '-'));
  if (text === '' || NULL_WORDS.test(text)) return result(raw, null, null);
  // a footnote marker printed beside a figure ("* -1,234.5", "12.5†") is kept as its qualifier
  const marker = FOOTNOTE.exec(text);
  const unmarked = marker ? text.replace(FOOTNOTE, '').trim() : text;
  const prefix = PREFIX_QUALIFIER.exec(unmarked);
  const body = prefix ? unmarked.slice(prefix[0].length) : unmarked;
  const parsed = parseFigure(body, context);
  if (!parsed) return result(raw, null, null);
  const qualifiers = [prefix?.[1] ?? null, parsed.qualifier, marker?.[1] ?? marker?.[2] ?? null].filter((q): q is string => !!q);
  return result(raw, parsed.value, parsed.unit, qualifiers.length ? qualifiers.join(' ') : null);
}

/**
 * PDF text often splits a figure at a kerning gap: "1 23,456", "4, 567,890" -> "123,456", "4,567,890".
 * Joined only when the cell is nothing but one figure and the join gives regular thousands groups.
 */
function joinSplitDigits(text: string): string {
  const m = /^([-(£\s]*)(\d[\d, ]*\d)((?:\.\d+)?\)?%?)$/.exec(text);
  if (!m || !m[2].includes(' ')) return text;
  const joined = m[2].replace(/ /g, '');
  return /^\d{1,3}(,\d{3})+$/.test(joined) ? `${m[1]}${joined}${m[3]}` : text;
}

function parseFigure(text: string, context: ValueContext): Omit<Value, 'raw'> | null {
  const seconds = toSeconds(text);
  if (seconds !== null) return { value: seconds, unit: 'seconds', qualifier: null };
  const ratio = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (ratio) {
    // "2022/23" is a fiscal year and "03/2020" a month: neither is a figure
    if (ratio[1].length === 4 || ratio[2].length === 4 || Number(ratio[2]) === 0) return null;
    return { value: round(Number(ratio[1]) / Number(ratio[2]), 4), unit: 'ratio', qualifier: null };
  }
  const rank = /^(\d+)\s*(st|nd|rd|th)$/i.exec(text);
  if (rank) return { value: Number(rank[1]), unit: 'rank', qualifier: null };
  const m = FIGURE.exec(text);
  if (!m) return null;
  const [, open1, sign1, currency, open2, sign2, digits, suffix, close, rest] = m;
  const bracketed = !!(open1 || open2) && !!close;
  if (!!(open1 || open2) !== !!close) return null;
  const qualifier = rest.trim() || null;
  if (qualifier && !isQualifier(qualifier)) return null;
  let value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  if (bracketed || sign1 === '-' || sign2 === '-') value = -value;
  return { value, unit: unitOf(currency, suffix, context), qualifier };
}

/** Text after a figure that names whose figure it is ("ABC", "Northshire", "(latest figures)"). */
function isQualifier(rest: string): boolean {
  return /^[A-Z(]/.test(rest) && !MONTH_START.test(rest);
}

function unitOf(currency: string | undefined, suffix: string | undefined, context: ValueContext): string | null {
  const s = suffix?.toLowerCase();
  if (s === '%') return 'percent';
  const currencyCode = currency === '£' ? 'GBP' : currency === '$' ? 'USD' : currency === '€' ? 'EUR' : null;
  if (s && SCALE_UNITS[s]) {
    if (currencyCode) return SCALE_UNITS[s].replace('GBP', currencyCode);
    if (context.unit?.startsWith('GBP')) return SCALE_UNITS[s];
  }
  if (currencyCode) {
    // "£12.5" in a "£m" table keeps the table's scale
    return context.unit?.startsWith(currencyCode) ? context.unit : currencyCode;
  }
  return context.unit ?? null;
}

/**
 * The unit a title, header or label gives its figures: "Spending Plan, £m" -> "GBP million",
 * "£'000" -> "GBP thousand", "(£)" or "Precept £: p" -> "GBP", "% Calls answered" -> "percent",
 * "Average time to answer (seconds)" -> "seconds".
 */
export function unitHint(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, ' ');
  if (/£\s*'?\s*(m|mn|million|millions)\b/i.test(t)) return 'GBP million';
  if (/£\s*'?\s*(000s?|k|thousands?)\b/i.test(t)) return 'GBP thousand';
  if (/£\s*'?\s*(bn|billion)\b/i.test(t)) return 'GBP billion';
  if (/£/.test(t)) return 'GBP';
  if (/^%|\(%\)|%$|\bper ?cent(age)?\b/i.test(t.trim())) return 'percent';
  const paren = /\((seconds|secs|minutes|mins|hours|days|weeks|months|years|fte)\)/i.exec(t);
  if (paren) return paren[1].toLowerCase().replace(/^secs$/, 'seconds').replace(/^mins$/, 'minutes').replace(/^fte$/, 'FTE');
  return null;
}

/** Number of decimals printed in a figure ("15.80" -> 2, "1,223" -> 0). */
export function printedDecimals(raw: string): number {
  const m = /\d\.(\d+)/.exec(raw);
  return m ? m[1].length : 0;
}

export function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** A figure formatted as printed in packs: thousands separators, fixed decimals, negatives in brackets. */
export function formatFigure(n: number, decimals = 0, bracketNegative = false): string {
  const s = figureFormat(decimals).format(Math.abs(n));
  if (n >= 0 || Number(s.replace(/,/g, '')) === 0) return s;
  return bracketNegative ? `(${s})` : `-${s}`;
}

// One formatter per precision: toLocaleString with options builds a new one per call (~13 µs, 40x slower).
const figureFormats = new Map<number, Intl.NumberFormat>();

function figureFormat(decimals: number): Intl.NumberFormat {
  let format = figureFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    figureFormats.set(decimals, format);
  }
  return format;
}
