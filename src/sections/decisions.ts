// Decisions listed in a pack, in three printed forms:
//   headings   "Disposal of property PCC Decision – 030-2022 – 23 December 2022" + a summary paragraph,
//              or "Decision 2023/014: Estates strategy – 5 May 2023"
//   tables     Reference | Title | Date (| Summary)
//   ModernGov  "5. 24/00108 - Revenue and Capital Budget Monitoring Report (Pages 11 - 84)"; in minutes,
//              what was resolved under the minute of that title is the summary
// A decision marked confidential, exempt or restricted (in its title, summary or a column) is confidential.
import { cleanText, type Block } from '../model.js';
import type { Decision, MinuteItem, Resolution } from '../records.js';
import { toIsoDate } from '../normalise/dates.js';
import type { SectionParser } from './types.js';
import { clean, findTables, type ColumnRules } from './from-tables/table-helpers.js';
import { cutAfterPageRange } from './from-text/titles.js';

const HEADING_RE =
  /^(.+?)\s+(?:\p{Lu}{2,6}\s+)?(?:[Kk]ey\s+)?[Dd]ecision\b\.?\s*(?:[Nn]o\.?|[Nn]umber|[Rr]ef(?:erence)?\.?)?\s*[:–—-]?\s*(.+)$/u;
const REFERENCE_FIRST_RE =
  /^(?:\p{Lu}{2,6}\s+)?(?:[Kk]ey\s+)?[Dd]ecision(?:\s+[Nn]otice)?\s*(?:[Nn]o\.?|[Nn]umber|[Rr]ef(?:erence)?\.?)?\s*[:–—-]?\s*(\p{Lu}*[/-]?\d[\w/.-]*\d)\s*[:–—-]\s*(.+)$/u;
const TRAILING_DATE_RE = /\s*[–—-]\s*(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*$/u;
const NUMBERED_RE =
  /^(?:\d{1,3}[a-z]?[.)]?\s+)?(?:(?:[Kk]ey\s+)?[Dd]ecision\s*(?:[Nn]o\.?|[Nn]umber)?\s*[:–—-]?\s*)?(\d{2}\/\d{4,6})\s*[-–—:]\s*(.+)$/u;
const CONFIDENTIAL_RE = /\b(confidential|exempt|restricted|not for publication)\b/i;
const MARKERS_RE = /\((?:pages?\s+[\d\s–-]+|key decision|exempt|confidential)\)|\s[–—-]\s*(?:exempt|confidential)\b.*$/gi;

type DecisionColumn = 'reference' | 'title' | 'date' | 'summary' | 'confidential';
const COLUMNS: ColumnRules<DecisionColumn> = [
  ['reference', /\b(ref(erence)?|decision\s+(no\.?|number)|no\.?|number)\b/i],
  ['date', /\bdate\b/i],
  ['title', /\b(title|subject|decision|topic)\b/i],
  ['summary', /\b(summary|details|description|purpose|outcome)\b/i],
  ['confidential', /\b(confidential|exempt|status|publication)\b/i],
];

export const decisionsParser: SectionParser = {
  name: 'decisions',
  produces: ['decisions'],
  needs: ['minute_items', 'resolutions'],
  parse(ctx) {
    const numbered = numberedDecisions(ctx.blocks, ctx.meeting.date);
    addResolutions(numbered, ctx.records.minute_items ?? [], ctx.records.resolutions ?? []);
    const found = [...headedDecisions(ctx.blocks), ...tableDecisions(ctx.blocks), ...numbered];
    const seen = new Set<string>();
    const decisions = found.filter((d) => {
      if (d.reference === null) return true;
      if (seen.has(d.reference)) return false;
      seen.add(d.reference);
      return true;
    });
    return { decisions };
  },
};

const headingLike = (b: Block) => b.kind === 'heading' || b.bold;

function headedDecisions(blocks: Block[]): Decision[] {
  const decisions: Decision[] = [];
  // the texts under each heading, cleaned once joined (cleaning the summary at each block is quadratic)
  const summaries = new Map<Decision, string[]>();
  let current: Decision | null = null;
  for (const b of blocks) {
    const listed = b.kind === 'list_item';
    const text = listed && b.marker && b.text.startsWith(b.marker) ? afterMarker(b, b.marker) : cleanText(b);
    const heading = (headingLike(b) || listed) && b.kind !== 'table' ? decisionHeading(text, b.page) : null;
    if (heading) {
      current = heading;
      decisions.push(heading);
    } else if (current && b.kind !== 'table' && !headingLike(b)) {
      const texts = summaries.get(current);
      if (texts) texts.push(b.text);
      else summaries.set(current, [b.text]);
      current.confidential ||= CONFIDENTIAL_RE.test(b.text);
    } else {
      current = null;
    }
  }
  for (const [decision, texts] of summaries) decision.summary = clean(texts.join(' '));
  return decisions;
}

/**
 * A list item's cleaned text after its printed marker ("1.", "•"): the block's cleaned text (worked out once
 * for all parsers) cut after the marker, which collapsing leaves as printed when it holds no whitespace.
 */
function afterMarker(b: Block, marker: string): string {
  return /\s/.test(marker) ? clean(b.text.slice(marker.length)) : cleanText(b).slice(marker.length).trimStart();
}

function decisionHeading(text: string, page: number | null): Decision | null {
  if (text.length > 200) return null;
  const first = REFERENCE_FIRST_RE.exec(text);
  if (first && /\p{L}{3}/u.test(first[2])) {
    const date = TRAILING_DATE_RE.exec(first[2]);
    const title = date ? first[2].slice(0, date.index) : first[2];
    return { reference: first[1], title, date: date ? toIsoDate(date[1]) : null, summary: null,
      confidential: CONFIDENTIAL_RE.test(title), page };
  }
  const m = HEADING_RE.exec(text);
  const date = m ? TRAILING_DATE_RE.exec(m[2]) : null;
  if (!m || !date || !toIsoDate(date[1])) return null;
  const reference = m[2].slice(0, date.index).trim();
  if (!/\d/.test(reference) || reference.length > 30) return null;
  return {
    reference: reference.replace(/\s*[–—-]\s*|\s+/g, '-'),
    title: m[1].replace(/[\s–—:-]+$/, ''),
    date: toIsoDate(date[1]),
    summary: null,
    confidential: CONFIDENTIAL_RE.test(m[1]),
    page,
  };
}

function tableDecisions(blocks: Block[]): Decision[] {
  const tables = findTables(blocks, COLUMNS, ['title']).filter(({ columns: c, header, heading }) =>
    (c.reference !== undefined || c.date !== undefined) && /decision/i.test(`${header.join(' ')} ${heading ?? ''}`));
  return tables.flatMap(({ columns: c, rows, header }) => rows.filter((r) => r.texts[c.title!]).map((r) => {
    const cell = (k: DecisionColumn) => (c[k] !== undefined ? r.texts[c[k]!] : '');
    const marked = /^(yes|y|✓|✔|x)$/i.test(cell('confidential')) && CONFIDENTIAL_RE.test(header[c.confidential!]);
    return {
      reference: cell('reference') || null,
      title: cell('title'),
      date: toIsoDate(cell('date')),
      summary: cell('summary') || null,
      confidential: marked || CONFIDENTIAL_RE.test(`${cell('title')} ${cell('summary')} ${cell('confidential')}`),
      page: r.page,
    };
  }));
}

/** ModernGov numbers; items under an "EXEMPT ITEMS" sub-heading (until an unrestricted one) are confidential. */
function numberedDecisions(blocks: Block[], meetingDate: string | null): Decision[] {
  let exemptPart = false;
  return blocks.filter((b) => b.kind !== 'table').flatMap((b) => {
    const text = cleanText(b);
    const m = NUMBERED_RE.exec(text);
    if (!m && headingLike(b) && text.length < 60) {
      if (CONFIDENTIAL_RE.test(text)) exemptPart = true;
      else if (/\b(unrestricted|open|public)\b/i.test(text)) exemptPart = false;
    }
    if (!m || isMonthAndYear(m[1]) || !/\p{L}{3}/u.test(m[2])) return [];
    const title = clean(cutAfterPageRange(m[2]).replace(MARKERS_RE, ' ')).replace(/[\s–—:-]+$/, '');
    const confidential = exemptPart || CONFIDENTIAL_RE.test(cutAfterPageRange(m[2]));
    return [{ reference: m[1], title, date: meetingDate, summary: null, confidential, page: b.page }];
  });
}

/**
 * Minutes record a numbered decision as a minute titled by it ("88. 24/00108 - Revenue and Capital
 * Budget Monitoring Report"): what was resolved under that minute is the decision's summary.
 */
function addResolutions(decisions: Decision[], minutes: MinuteItem[], resolutions: Resolution[]): void {
  for (const d of decisions) {
    const minute = minutes.find((m) => d.reference !== null && m.title.startsWith(d.reference) && !/\w/.test(m.title.charAt(d.reference.length)));
    if (!minute) continue;
    const resolved = resolutions.filter((r) => r.minute === minute.minute && r.meeting_date === minute.meeting_date);
    const parts = resolved.flatMap((r) => [r.index === null ? r.text : `${r.index}) ${r.text}`, ...r.sub_items]);
    if (parts.length > 0) d.summary = clean(parts.join(' ').replace(/^that\s+/i, ''));
  }
}

/** "03/2020" is a month, not a decision number. */
function isMonthAndYear(reference: string): boolean {
  const [month, year] = reference.split('/').map(Number);
  return month >= 1 && month <= 12 && year >= 1900 && year <= 2100;
}
