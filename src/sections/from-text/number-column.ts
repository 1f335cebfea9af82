// Minute numbers printed in a column apart from their texts, as a two-column page read column by column gives them:
//   Present: ... Item 16/05/1 i)  | ii) 16/05/2 i) | ii) 16/05/3 16/05/4 | ... | iv) v) 16/05/17 Election of Chairman: Cllr ...
//   To Receive the Chairman's Declaration ...: ... | Accepted Apologies for absence ...: ... | ...
// The texts follow in the column's order: each number heads one paragraph, or one per sub-item marker ("i) ii)")
// printed under it. A text that cites a minute's number ("Resolved 16/05/05.1") belongs to that minute,
// which puts the count right where a number has no text or one paragraph holds two.
import { NUM, keyOf, successor } from './numbering.js';
import { runOnTitle } from './run-on.js';
import type { Para } from './paras.js';

export interface ColumnMinute {
  minute: string;
  title: string;
  page: number | null;
  paras: Para[];
}

const ENTRY = new RegExp(`^${NUM}$`);
const SUB = /^\(?(?:[ivx]{1,4}|[a-z])\)$/;
const isToken = (w: string) => SUB.test(w) || (ENTRY.test(w) && /[./]\d/.test(w));
/** a minute's number cited in a text, written with any separator ("16/05/05.1", "16\05\9.1") */
const CITED = /\b\d{1,4}(?:[./\\]{1,2}\d{1,4}){1,4}\b/g;
/** how many steps one by one tell a column of minute numbers from figures */
const STEPS_MIN = 3;
/** longest title before a colon ("Approval of the Minutes of ... - LGA 1972, Schedule 12, para 41(2):") */
const TITLE_MAX = 120;

interface Entry {
  minute: string;
  key: number[];
  slots: number;
}

/** The column's tokens: the tail of the paragraph before it, the paragraphs of tokens alone, the head of the one after. */
function columnAt(paras: Para[]): { entries: Entry[]; before: number; kept: string; after: number; rest: string } | null {
  const words = paras.map((p) => p.raw.split(/\s+/).filter(Boolean));
  const start = words.findIndex((w) => w.length > 0 && w.every(isToken));
  if (start < 1) return null;
  let end = start;
  while (end < paras.length && words[end].every(isToken)) end++;
  if (end >= paras.length) return null;
  const back = [...words[start - 1]].reverse().findIndex((w) => !isToken(w));
  const lead = back < 0 ? 0 : words[start - 1].length - back;
  const tail = words[start - 1].slice(lead);
  const headLength = words[end].findIndex((w) => !isToken(w));
  const tokens = [...tail, ...words.slice(start, end).flat(), ...words[end].slice(0, headLength)];
  const entries: Entry[] = [];
  for (const t of tokens) {
    if (!SUB.test(t)) entries.push({ minute: t, key: keyOf(t), slots: 0 });
    else if (entries.length) entries[entries.length - 1].slots++;
  }
  for (const e of entries) e.slots = Math.max(1, e.slots);
  const steps = entries.filter((e, k) => k > 0 && successor(e.key, entries[k - 1].key)).length;
  if (steps < STEPS_MIN || steps < entries.length / 2) return null;
  return { entries, before: start - 1, kept: words[start - 1].slice(0, lead).join(' '), after: end, rest: words[end].slice(headLength).join(' ') };
}

/** The entries a text cites by number, in order, each citation once ("16/05/15.1 ... 16/05/15.2" cites 15 twice). */
function cited(text: string, entries: Entry[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (const m of text.matchAll(CITED)) {
    const key = keyOf(m[0]);
    const k = entries.findIndex((e) => e.key.length <= key.length && e.key.every((x, n) => x === key[n]));
    if (k >= 0 && !seen.has(key.join('.'))) out.push(k);
    seen.add(key.join('.'));
  }
  return out;
}

/** "Election of Chairman: Cllr ..." -> the words before the colon; else a title run on into its text. */
function titled(p: Para): { title: string; body: Para | null } {
  const colon = /^([^:]{3,}?):\s+(?=\S)/.exec(p.raw);
  const sentence = colon && /\p{Ll}{2}\.\s+\p{Lu}/u.test(colon[1]);
  const cut = colon && colon[1].length <= TITLE_MAX && !sentence
    ? { title: colon[1], rest: p.raw.slice(colon[0].length) } : runOnTitle(p.raw);
  if (!cut) return { title: p.raw, body: null };
  return { title: cut.title, body: { ...p, raw: cut.rest, text: cut.rest, lines: [cut.rest], marker: null, lead: undefined } };
}

/** The entry each text belongs to: counted on slot by slot from the first, or the entry it cites. */
function owners(texts: Para[], entries: Entry[]): number[] {
  const owner: number[] = [];
  let entry = 0;
  let slot = -1;
  let lastCited = -1;
  for (const t of texts) {
    const cites = cited(t.raw, entries);
    const at = cites[0] ?? null;
    if (at !== null) lastCited = owner.length;
    if (at !== null && at > entry) [entry, slot] = [at, 0];
    else if (at !== null && at < entry) {
      // the count ran ahead: the texts since that minute's own belong to it
      for (let k = owner.length - 1; k >= 0 && owner[k] > at; k--) owner[k] = at;
      [entry, slot] = [at, entries[at].slots - 1];
    } else if (slot + 1 < entries[entry].slots || entry + 1 >= entries.length || at === entry) slot = Math.min(slot + 1, entries[entry].slots - 1);
    else [entry, slot] = [entry + 1, 0];
    owner.push(entry);
    // a paragraph that cites two of its minute's decisions holds two of its sub-items, run together
    const more = cites.filter((c) => c === entry).length - 1;
    if (more > 0) slot = Math.min(slot + more, entries[entry].slots - 1);
  }
  // the column and the texts end together: after the last citation the texts are counted back from the last number
  const slots = entries.flatMap((e, k) => Array<number>(e.slots).fill(k));
  for (let k = texts.length - 1, s = slots.length - 1; k > lastCited && s >= 0; k--, s--) owner[k] = Math.max(slots[s], owner[lastCited] ?? 0);
  return owner;
}

/**
 * Minutes whose numbers stand in a column apart from their texts: the preamble (before the column) and each
 * minute with its number, title and paragraphs; null when no such column is found. Paragraphs from the
 * first that `closes` (the meeting closed) stay with the last minute.
 */
export function columnMinutes(paras: Para[], closes: (p: Para) => boolean): { preamble: Para[]; minutes: ColumnMinute[] } | null {
  const column = columnAt(paras);
  if (!column) return null;
  const { entries, before, kept, after, rest } = column;
  const first = paras[after];
  const texts = [...(rest ? [{ ...first, raw: rest, text: rest, lines: [rest], marker: null, lead: undefined }] : []), ...paras.slice(after + 1)];
  const end = texts.findIndex((t, k) => k > 0 && closes(t));
  const owner = owners(end < 0 ? texts : texts.slice(0, end), entries);
  const minutes: ColumnMinute[] = [];
  texts.forEach((t, k) => {
    if (k > 0 && (owner[k] ?? owner[k - 1]) === owner[k - 1]) {
      minutes[minutes.length - 1].paras.push(t);
      return;
    }
    const { title, body } = titled(t);
    minutes.push({ minute: entries[owner[k]].minute, title, page: t.page, paras: body ? [body] : [] });
  });
  const head = paras[before];
  return { preamble: [...paras.slice(0, before), { ...head, raw: kept, text: kept, lines: [kept] }], minutes };
}
