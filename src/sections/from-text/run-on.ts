// Minute headings printed run on into their text, as converted or scanned minutes often give them:
//   "Apologies No apologies had been received"            -> "Apologies" | "No apologies had been received"
//   "Declarations of interest AS declared an interest ..." -> "Declarations of interest" | "AS declared ..."
//   "Clerk's Report At the last PC meeting it was agreed"  -> "Clerk's Report" | "At the last PC meeting ..."
//   "Police Report – PK reported that ...", "Planning Applications: No applications received"
// and several minutes run together in one paragraph: "70/17 Apologies ... at work. 71/17 Declaration of ...".
// The title ends where a sentence begins: a capital after a lower-case word that is not a title's small
// word, a sentence-opening word after a capitalised one, a colon, a list marker, a full stop; a dash only
// before a sentence. Nothing is cut when no sentence follows ("Date of Next Meeting – Thursday 6th July").
import { SENTENCE_OPENERS, SENTENCE_VERBS, TITLE_JOINERS } from '../../vocab/index.js';
import { NUM, familyOf, keyOf, schemeOf, successor } from './numbering.js';
import type { Para } from './paras.js';

/** the longest title a run-on heading may have */
const TITLE_MAX = 120;
const bare = (w: string) => w.toLowerCase().replace(/^["'‘“(]+|[,.;:!?"'’”)]+$/g, '');
const capital = (w: string) => /^["'‘“(]?\p{Lu}/u.test(w);
const lowerWord = (w: string) => /^\p{Ll}[\p{L}'’-]*$/u.test(w) && !TITLE_JOINERS.has(bare(w));
const LIST_MARK = /^(?:[•▪◦●·*]|\(?[a-z]\)|\([ivx]{1,4}\)|[ivx]{1,4}\))$/;
const SENTENCE_END = /\p{Ll}{2,}[.!?]["'’”)]?$/u;
const DASH = /^[-–—]$/;
/** how many words after a dash a colon may still end the title */
const DASH_TO_COLON = 6;
/** most words of a sentence's subject before its verb */
const SUBJECT_MAX = 3;

export interface RunOn {
  title: string;
  rest: string;
}

/** The heading title at the start of `text` and the text run on after it, or null when none is told apart. */
export function runOnTitle(text: string): RunOn | null {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ w: m[0], at: m.index! }));
  const colon = words.findIndex((x, k) => k > 0 && x.at < TITLE_MAX && /:$/.test(words[k - 1].w));
  for (let k = 1; k < words.length - 1 && words[k].at <= TITLE_MAX; k++) {
    const { w } = words[k];
    const prev = words[k - 1].w;
    if (colon === k || LIST_MARK.test(w)) return cut(text, words, k);
    if (SENTENCE_END.test(prev) && capital(w)) return cut(text, words, k, true);
    if (DASH.test(w)) {
      // "Other Reports – for information only: No further ...": the colon a few words on ends the title
      if (colon > k && colon - k <= DASH_TO_COLON) return cut(text, words, colon);
      // a dash parts a title from its sentence ("Police Report – PK reported ..."), not from a date ("Meeting – 6th July")
      return text.length > TITLE_MAX || /[.:!?]$/.test(text) ? cut(text, words, k, false, 1) : null;
    }
    if (words.length - k < 4 && !/[.:!?]$/.test(text)) continue;
    // "Declarations of interest | AS declared", "Apologies for absence | Apologies had been received"
    if (capital(w) && lowerWord(prev) && /[\p{L}\d)]$/u.test(prev)) return cut(text, words, k);
    // "Finance | The following accounts", "Clerk's Report | At the last meeting"
    if (SENTENCE_OPENERS.has(bare(w)) && capital(w) && capital(prev) && /^\p{Ll}/u.test(words[k + 1].w)) return cut(text, words, k);
    // "Highways | Speeding signs are in place", "Flooding | Thames Water have carried out"
    if (capital(w) && capital(prev) && subjectOfVerb(words.slice(k, k + SUBJECT_MAX + 1).map((x) => x.w))) return cut(text, words, k);
  }
  return null;
}

/**
 * The words open a sentence: a subject of a few plain words (no sentence ends in it: "Events. Volunteers would"),
 * a sentence-opening word only as its first ("Report | The Clerk has" opens at "The"), then a verb.
 */
function subjectOfVerb(words: string[]): boolean {
  for (let j = 0; j < words.length; j++) {
    if (j > 0 && SENTENCE_VERBS.has(words[j])) return true;
    if (!/^[\p{L}'’-]+$/u.test(words[j]) || (j > 0 && SENTENCE_OPENERS.has(bare(words[j])))) return false;
  }
  return false;
}

/** the title before word k (a whole sentence keeps its full stop), the text from word k + skip */
function cut(text: string, words: { w: string; at: number }[], k: number, sentence = false, skip = 0): RunOn | null {
  const printed = text.slice(0, words[k].at).trim();
  const title = sentence ? printed : printed.replace(/[\s:–—-]+$/, '');
  const rest = text.slice(words[k + skip]?.at ?? text.length).trim();
  return /\p{L}/u.test(title) && rest ? { title, rest } : null;
}

/** a number after a sentence's end, before a capital: where a minute run on after the one before may start */
const EMBEDDED = new RegExp(`(?<=[.!?:;)"”’]\\s+)(${NUM})[.)]?\\s+(?=["“‘(]?\\p{Lu})`, 'gu');
const LEADING = new RegExp(`^(${NUM})[.):]?\\s`);

/**
 * Cut a paragraph where the next minute's number stands after a sentence ("... at work. 71/17 Declaration
 * ..."): only numbers that go on one by one from the paragraph's own number or the last minute's count.
 */
export function runTogether(p: Para, last: number[] | null, scheme: string | null): Para[] {
  const lead = LEADING.exec(p.raw);
  let anchor = lead ? keyOf(lead[1]) : last;
  let shape = lead ? schemeOf(lead[1], false) : scheme;
  const cuts: number[] = [];
  for (const m of p.raw.matchAll(EMBEDDED)) {
    const key = keyOf(m[1]);
    if (!anchor || !successor(key, anchor) || (shape !== null && familyOf(schemeOf(m[1], false)) !== familyOf(shape))) continue;
    cuts.push(m.index!);
    [anchor, shape] = [key, schemeOf(m[1], false)];
  }
  if (!cuts.length) return [p];
  const pieces = [0, ...cuts].map((at, k, all) => p.raw.slice(at, all[k + 1] ?? p.raw.length).trim());
  return pieces.filter(Boolean).map((text, k) => ({
    ...p, raw: text, text: k === 0 ? text.slice(p.raw.length - p.text.length) : text, lines: [text],
    marker: k === 0 ? p.marker : null, lead: k === 0 ? p.lead : undefined,
    sequenced: k > 0 || !!lead,
  }));
}
