// Motions moved and seconded, as minutes print them instead of (or before) vote counts:
//   It was proposed by Cllr A, seconded by Cllr B and unanimously agreed that ...
//   Cllr A proposed acceptance of the minutes seconded by Cllr B - Agreed   | Prop. GK, 2nd JR, All agreed.
//   Motion made by P. Cuddy / Seconded by S. Franke / That ... / Motion Passed    (one paragraph each)
//   Moved by: A  Seconded by: B  Be it resolved that ... Carried | Cynigiwyd gan A, eiliwyd gan B. Penderfynwyd ...
//   (2) Mr A proposed, and Mr B seconded the motion that: ...
//   On the proposal of Councillor A, seconded by Cmhlr. B, it was agreed to adjourn   | Proposed D Gillespie, seconded G Ashworth
//   I will move ... that X / In proposing the motion, Councillor A said ... / In seconding the motion, Councillor B ...
//     ... (debate) ... The Mayor declared the motion carried.
// Shared machinery of the motions reader (votes.ts): which paragraph states a proposal, who, and its result.
import { splitPerson } from '../../normalise/names.js';
import { HONORIFICS, MOTION_NOUN, MOVED, MOVED_BACK, RESOLVED_LEAD, RESOLVED_WORDS, RESULT_WORDS, SECONDED, SECONDED_BACK, UNANIMOUS, monthOf, phrasesAnyCase, resultWord } from '../../vocab/index.js';
import { decisionsIn } from './decided-prose.js';
import { VOTE_LABEL, type Para } from './paras.js';

export interface Proposal {
  proposer: string | null;
  seconder: string | null;
  unanimous: boolean | null;
  result: string | null;
  /** "Motion Passed (12 to 3)": for and against as printed */
  counts: [number, number] | null;
  /** what was proposed: the "that ..." clause when printed, else the paragraph */
  text: string;
  /** the text is a clause the proposal states (not just its paragraph, a name, or a decision printed after it) */
  clause: boolean;
  /** the paragraph opens with the mover's label ("Motion made by A"): a motion recorded, not a proposal told of in prose */
  labelled: boolean;
}

/** a printed name: honorifics, then up to four capitalised words or initials ("P. Van Meerbergen", "GK"), and the
 * letter telling apart two members of one surname ("Sheahan (J)") */
const NAME = String.raw`(${HONORIFICS}*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\.?(?:\s+\(\p{Lu}{1,2}\))?)`;
/** "seconded by B" | "on the proposal of B" | "Seconded: B" | "Prop. GK" | "2nd JR" | "Proposed Cllr A" | "Proposed D Gillespie" |
 * "In seconding the motion, Cllr B": without "by", a colon, a full stop, then initials, an initial and a surname or an
 * honorific; the label may open an emphasis ("_Prop. GK, 2nd JR_" of Markdown minutes) */
const BY = (words: string) => new RegExp(String.raw`(?:^|[\s(,;_*])(?:${words})(?:(?<=[bB][yY]|[gG][aA][nN]|[oO][fF])\s+|\s*[:.]\s*|,?\s+(?=\p{Lu}{2,4}\b|\p{Lu}\.?\s+\p{Lu}\p{Ll}|${HONORIFICS}))${NAME}`, 'u');
const MOVED_BY = BY(`${MOVED_BACK}|${MOVED}`);
const SECONDED_BY = BY(`${SECONDED_BACK}|${SECONDED}`);
/** "In proposing the motion, Cllr A ...": the motion was printed before (a notice of motion), this is what was said on it */
const BACK = new RegExp(`(?:^|[\\s(,;_*])(?:${MOVED_BACK}|${SECONDED_BACK})\\b`, 'u');
/** "Cllr A proposed", "Mr B seconded", "GPR nominated" (also after a table's cell border left in text, "| GPR nominated") */
const NAME_VERB = (verbs: string) => new RegExp(String.raw`(?:^|[.;:|]\s+|,\s*(?:and\s+)?|\band\s+)${NAME},?\s+(?:${phrasesAnyCase(verbs.split('|'))})\b`, 'u');
const NAME_MOVED = NAME_VERB('proposed|moved|nominated|cynigiodd');
/** also "NS proposed NO seconded": the seconder's name right after the proposer's verb */
const NAME_SECONDED = new RegExp(String.raw`(?:${NAME_VERB('seconded|eiliodd').source}|\b(?:proposed|moved)\s+${NAME}\s+seconded\b)`, 'u');
/** "For: 10, Against: 2, Abstentions: 1": counts printed in a line (votes.ts reads them) */
export const INLINE_COUNTS = /\bFor\s*[:(–-]?\s*(\d+)\)?[,;\s]+Against\s*[:(–-]?\s*(\d+)\)?(?:[,;\s]+(?:and\s+)?Abst\w*\s*[:(–-]?\s*(\d+)\)?)?/i;
/** paragraphs after a proposal within which its result may be printed */
const MAX_REACH = 60;
/** "The Mayor declared the motion carried.", "the amendment was lost", "declared the Motion to adopt the Budget, with
 * amendments, as carried": a result stated in a sentence, after the debate; not "the motion tabled by A" */
const DECLARED = new RegExp(String.raw`\b(?:declared\s+the\s+(?:${MOTION_NOUN})\b[^.;]{0,80}?\s(?:as\s+|to\s+be\s+|to\s+have\s+been\s+)?|(?:the\s+)?(?:${MOTION_NOUN})\s+(?:was\s+|were\s+|has\s+been\s+)?(?:(?:declared|duly|therefore|thus|then)\s+)*)(${RESULT_WORDS})\b(?!\s+(?:by|at|on|for|in)\b)`, 'i');
/** the clause proposed: "that X", "That, on the recommendation of ..., X", "to X", "A proposed the Minutes be accepted" */
const THAT = /\b(?:that|to|(?:proposed|moved)(?!\s+by)(?:\s+that\b)?(?=(?:\s+\S+){3}))(?:\s+|,\s*)(.{8,})$/i;
const RESULT_ALONE = new RegExp(String.raw`^\W*(?:(?:the\s+)?(?:motion|amendment|resolution)\s+(?:was\s+)?)?(?:${RESULT_WORDS})\b[^.]{0,40}\.?$`, 'i');
/** "A proposed and B seconded that X": the clause is X */
const SECONDED_TOO = new RegExp(String.raw`^and\s+${NAME}\s+(?:seconded|eiliodd)\s+(?:that\s+)?`, 'u');
const AGREED_BEFORE = new RegExp(`\\b(?:${RESOLVED_WORDS})\\W*$`, 'i');
/** a paragraph naming only who proposed and seconded ("Prop: CR 2nd: SB") */
const NAMES_ONLY = /^[^.;]{0,40}$/;
const RESOLVED_ONLY = new RegExp(`^(?:and\\s+)?(?:${RESOLVED_LEAD.source.slice(1)})$`, 'i');
const LEADING_HONORIFICS = new RegExp(`^${HONORIFICS}+`, 'u');
const BARE_NAME = new RegExp(`^${NAME}[.,]?$`, 'u');
const OPENS_THAT = /^\W*(?:\(?[\divx]{1,4}[.)]\s*)?that\b/i;
const LABEL_WORD = new RegExp(`^(?:${MOVED}|${SECONDED})[:.]?$`, 'u');
/** words that look like a name's capitals but are not one */
const NOT_NAME = /^(?:the|that|this|it|all|and|council|councillors|members|motion|minutes|agreed|carried|resolved|be)$/i;
/** a pronoun as printed in a sentence ("He proposed"), not initials in capitals ("seconded by WE") */
const PRONOUN = /^(?:He|She|They|We|I)$/;
/** initials printed for a name ("HD", "JR."): nothing after them is the name ("seconded by HD Paidby standing order") */
const INITIALS = /^\p{Lu}{2,4}[.,]?$/u;

function person(raw: string | undefined): string | null {
  if (!raw) return null;
  let words = raw.trim().split(/\s+/);
  // the next label ends a name: "Proposer: Cllr A  Seconder: Cllr B" printed on one line
  const label = words.findIndex((w, k) => k > 0 && LABEL_WORD.test(w));
  if (label > 0) words = words.slice(0, label);
  // a full stop after a word of two or more letters (not an honorific: "Cllr.") ends the name: "Muir. Cllr. Rosemary"
  const end = words.findIndex((w, k) => k > 0 && /^\p{L}{2,}\.$/u.test(w) && !LEADING_HONORIFICS.test(`${w} `));
  if (end > 0) words = words.slice(0, end + 1);
  const first = words.findIndex((w) => !LEADING_HONORIFICS.test(`${w} `));
  if (first >= 0 && INITIALS.test(words[first])) words = words.slice(0, first + 1);
  while (words.length && NOT_NAME.test(words[words.length - 1].replace(/[.,]$/, ''))) words.pop();
  if (!words.length || NOT_NAME.test(words[0]) || PRONOUN.test(words[0]) || monthOf(words[0]) !== null) return null;
  const p = splitPerson(words.join(' ').replace(LEADING_HONORIFICS, ''));
  return p.name && !NOT_NAME.test(p.name) ? p.name.replace(/[.,]$/, '') : null;
}

/** Who proposed and seconded in one paragraph; null when it names neither. */
function namesIn(text: string): { proposer: string | null; seconder: string | null } | null {
  const second = NAME_SECONDED.exec(text);
  const seconder = person(SECONDED_BY.exec(text)?.[1] ?? second?.[1] ?? second?.[2]);
  const movedBy = person(MOVED_BY.exec(text)?.[1]);
  const proposer = movedBy && movedBy !== seconder ? movedBy : person(NAME_MOVED.exec(text)?.[1]) ?? movedBy;
  return proposer || seconder ? { proposer, seconder } : null;
}

/** The result a paragraph states: "... and unanimously agreed", "- Agreed", "Carried", "Motion Passed". */
function resultIn(text: string): string | null {
  const tail = text.split(/\bseconded\b|\beiliwyd\b/i).pop() ?? text;
  // "It was also agreed, on the proposal of A, seconded by B, that X": the decision's lead before the names
  const head = text.slice(0, MOVED_BY.exec(text)?.index ?? 0);
  return resultWord(tail) ?? (AGREED_BEFORE.test(head) ? 'carried' : null);
}

/**
 * A proposal starting at paras[i]: its names, and the result and clause printed with it or in the paragraphs after
 * it (a motion printed one part per paragraph). `end` is the first paragraph after its parts; `through` the first
 * after its result, which a debate may separate from it ("... The Mayor declared the motion carried.").
 */
export function proposalAt(paras: Para[], i: number): { proposal: Proposal; end: number; through: number } | null {
  const first = namesIn(paras[i].text);
  if (!first) return null;
  let { proposer, seconder } = first;
  // "In proposing the motion, Cllr A said ...": what was said on a motion printed at the item's head, not a result
  const back = BACK.test(paras[i].text);
  let text = back && i > 0 ? paras[0].text : paras[i].text;
  let result = back ? null : resultIn(text);
  let unanimous = UNANIMOUS.test(paras[i].text) ? true : null;
  let counts: [number, number] | null = null;
  let end = i + 1;
  let through = 0;
  // the motion's clause and its result may follow, past its sub-clauses and a vote table, up to the next
  // proposal or a recorded vote list (read by votes.ts)
  for (let j = i + 1; j < Math.min(paras.length, i + MAX_REACH) && result === null; j++) {
    const q = paras[j];
    const more = namesIn(q.text);
    if (more && !seconder && more.seconder && !more.proposer && j === end) { seconder = more.seconder; end = j + 1; continue; }
    // "And Resolved:" alone: the motion was carried, and what it resolved is the paragraph after
    if (q.marker === null && RESOLVED_ONLY.test(q.text) && text === paras[i].text) {
      result = 'carried';
      const next = paras[j + 1];
      if (next && next.marker === null && !namesIn(next.text)) { text = next.text.replace(/^\W*[“"]|[”"]\W*$/g, ''); end = j + 2; } else end = j + 1;
      break;
    }
    const clause = q.marker === null && /^(?:that|be it|and resolved)\b/i.test(q.text) && text === paras[i].text;
    if (clause) { text = q.text; end = j + 1; continue; }
    if (more || VOTE_LABEL.test(q.raw) || INLINE_COUNTS.test(q.raw) || RESOLVED_LEAD.test(q.text)) break;
    if (RESULT_ALONE.test(q.text)) {
      result = resultWord(q.text);
      unanimous ??= UNANIMOUS.test(q.text) ? true : null;
      const c = /\((\d+)\s+to\s+(\d+)\)/.exec(q.text);
      counts = c ? [Number(c[1]), Number(c[2])] : null;
      end = j + 1;
      break;
    }
    const declared = DECLARED.exec(q.text);
    if (declared) { result = resultWord(declared[1]); through = j + 1; break; }
  }
  if (!proposer && !seconder) return null;
  // what was proposed follows the proposer's label or verb, not a sentence of narrative before it ("... to be kept
  // under review. Proposed Cllr A"); a paragraph opening "That X" states it before "Prop. A, 2nd B"
  const narrative = text === paras[i].text && !OPENS_THAT.test(text);
  const at = Math.min(MOVED_BY.exec(text)?.index ?? Infinity, NAME_MOVED.exec(text)?.index ?? Infinity);
  const own = narrative && at < Infinity ? text.slice(at) : text;
  const clause = back ? null : THAT.exec(own);
  // "... that a document be prepared seconded by Cllr B - Agreed": the clause ends where its seconder is named
  const whole = (clause ? clause[1] : text).trim().replace(SECONDED_TOO, '');
  const seconded = clause ? SECONDED_BY.exec(whole) : null;
  const proposed = seconded ? whole.slice(0, seconded.index).replace(/[\s,;(]+$/, '') : whole;
  const said = proposed.length >= 8 ? proposed : whole;
  // "Proposed Cllr A, seconded Cllr B": a name alone states nothing proposed
  const ownClause = clause !== null && !BARE_NAME.test(said);
  // a decision stated beside it ("X were approved Prop: CR 2nd KD"), before it ("It was resolved to X" then "Prop: CR
  // 2nd: SB") or right after one that states no clause of its own ("Prop: A 2nd: B" / "RESOLVED that X", not a
  // motion's own "Be it resolved") is its result; one after a clause is a decision of its own
  const after = paras[end];
  const decidedAfter = result === null && !back && !(ownClause && text === paras[i].text) && after !== undefined && after.marker === null &&
    RESOLVED_LEAD.test(after.text) && !/^(?:be it|and resolved)\b/i.test(after.text);
  if (result === null && !back && (decidedAfter || decisionsIn(paras[i].text).length || (NAMES_ONLY.test(paras[i].text) && i > 0 && decisionsIn(paras[i - 1].text).length))) result = 'carried';
  const stated = !decidedAfter && (text !== paras[i].text || ownClause) && !back;
  const labelled = !back && /^\W?$/.test(paras[i].text.slice(0, MOVED_BY.exec(paras[i].text)?.index ?? Infinity));
  return { proposal: { proposer, seconder, unanimous, result, counts, text: said, clause: stated, labelled }, end, through: Math.max(end, through) };
}
