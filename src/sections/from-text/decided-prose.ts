// Decisions stated in the prose of a minute, one sentence each, wherever the sentence stands in a paragraph:
//   It was agreed to adjourn the Meeting.        | On resumption of the Meeting, it was agreed to proceed ...
//   Members noted and approved the disposal ...  | The Board reviewed and accepted the suggested dates ...
//   The Standing Orders were agreed and adopted by the Board. | The minutes ... were approved and signed
//   a) Supper – A success b) Easter Egg Hunt – It was resolved not to have this event this year c) ...
// Not decisions of this meeting, so not read: what one person or another body agreed ("SCC agreed to fund",
// "HR agreed to contact"), what was decided before or will be ("had been approved", "will be agreed", "the
// meeting where three policies were agreed", "At that meeting, Members agreed", "was adopted in June 2016"),
// apologies accepted, and anything negated ("was not agreed").
import { DECIDING_BODY, DECISION_VERB, HONORIFICS, MONTH_NAMES, PROCESS_VERB, RESOLVED_IMPERSONAL, RESOLVED_MARK, RESOLVED_WORDS, attendanceLabel } from '../../vocab/index.js';

const ADVERB = String.raw`(?:(?:however|also|therefore|finally|then|subsequently),?\s+)?`;
/** "It was agreed that X", "..., it was resolved to X", "... relaxed and it was agreed X", "after much deliberation
 * it was resolved to X": X is what was decided */
const LEAD = new RegExp(String.raw`(?:^${ADVERB}(?:${RESOLVED_WORDS})|(?<=\s)(?:${RESOLVED_IMPERSONAL}))\b\s*(?:that|to|:)?\s+(.{6,})`, 'i');
/** a lead that names who decided ("The Council agreed", "Members resolved") */
const SUBJECT_LEAD = new RegExp(String.raw`^${ADVERB}(?:${DECIDING_BODY})\s`, 'iu');
/** "Members noted and approved", "On resumption, the Council agreed", "A proposed X and all members were in
 * agreement": the meeting's body, then its verbs */
const BODY_DECIDED = new RegExp(
  String.raw`^(?:([^,]{3,80}),\s*|.{3,200}?(?:\s+and|\s+[-–—])\s+)?(?:${DECIDING_BODY})\s+(?:(?:then|also|further|unanimously|duly|formally)\s+)*` +
  String.raw`(?:(?:${PROCESS_VERB}|${DECISION_VERB})(?:\s*,\s*|\s+and\s+|\s*&\s*))*(?:${DECISION_VERB})\b`, 'iu');
/** "X was reviewed and adopted (by the Board)", "were checked for accuracy, agreed as a true record" */
const PASSIVE = new RegExp(
  String.raw`^(.+?)\s(?:was|were)\s+(?:unanimously\s+)?(?:([^.;]{0,60}?)(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:then\s+)?)?(?:unanimously\s+)?` +
  String.raw`(?:${DECISION_VERB})\b((?:(?:\s*,\s*|\s+and\s+)(?:${DECISION_VERB}|${PROCESS_VERB}))*)(?:\s+by\s+(\S+(?:\s+\S+){0,3}))?(.*)$`, 'iu');
/** minutes in note form drop "was/were" and who decided: "Standing orders reviewed, changed and adopted following ...",
 * "form of order proposed and accepted for issue", "... and constitution agreed.", "Donation requested, agreed to pay
 * £65" — two verbs or more, a decision verb ending a sentence of four words or more (not a caption "Invoices approved"),
 * or one after a comma with no subject; not one verb
 * with what someone went on to do ("HR noted and agreed to contact ...") */
const ELLIPTIC = new RegExp(
  String.raw`^(\p{L}.{2,120}?)\s(?:(?:${PROCESS_VERB}|${DECISION_VERB})(?:\s*,\s*|\s+and\s+|\s*&\s*))+(?:${DECISION_VERB})\b(?!\s+(?:to|that|with|on)\b)|^(\p{L}\S*(?:\s+\S+){2,12})\s(?:${DECISION_VERB})$` +
  String.raw`|^(\p{L}[^,]{2,80}),\s*(?:${DECISION_VERB})\s+(?:to|that)\s`, 'iu');
/** a subject that is a person (initials, an honorific, "the Clerk") or that already carries a verb of its own */
const NOT_ELLIPTIC = new RegExp(String.raw`^${HONORIFICS}|\b(?:clerk|chair(?:man|person)?|he|she|they|was|were|is|are|had|has|have|will|would|be|been|not)\b`, 'iu');
const INITIALS = /^\p{Lu}{2,4}\b/u;
/** a clause telling of another meeting or of a time other than now */
const ELSEWHERE = /\b(?:where|at which|in which|previously|already|originally)\b/i;
/** an opening clause that sets the decision at another meeting: "At that meeting, Members agreed", "At the last PC meeting" */
const PRIOR = /\b(?:that|its|their|previous|last|earlier|a)\s+(?:\p{L}+\s+){0,2}meeting\b/iu;
/** "was adopted in June 2016", "approved on 3 May": a decision dated, so not taken now */
const DATED = new RegExp(String.raw`^\s*(?:in|on|at)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH_NAMES}|\d{4}\b)`, 'i');
const NEGATED = /\b(?:not|never|to|be|been)\b/i;
const PROCESS_ONLY = new RegExp(`^(?:${PROCESS_VERB})$`, 'i');
const AGENT_IS_BODY = new RegExp(`^(?:${DECIDING_BODY})\\b`, 'iu');
const BODY_VERB = new RegExp(`\\b(?:${DECISION_VERB})\\b`, 'iu');
/** the subject of a passive reported or supposed, not stated ("Cllr X said that the grant was approved",
 * "held until the application was approved"), or itself a clause ("A request was sent and it was decided") */
const REPORTED = /\b(?:that|if|whether|when|until|unless|once|after|before|which|who|was|were)\b/i;
/** "This was approved by all present": what was approved is the sentence before */
const PRONOUN = /^(?:this|these|it|they|that)$/i;
/** a full stop then a capital ends a sentence, except after an initial, a short abbreviation or an honorific
 * ("Cllr. R. Crisp", "Co. Limerick"); so does a run-in list marker ("... c) Community Connect") */
const SENTENCE_END = /(?<![\s.(]\p{L}{1,2})[.!?;]\s+(?=[\p{Lu}\d“"‘(])|\s+(?=(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+\p{Lu})/gu;
const CELL_BORDER = /(?:^|\s)\|(?=\s|$)/;
const HONORIFIC_END = new RegExp(`(?:^|\\s)${HONORIFICS}$`, 'u');
/** where a run-in heading ends and a sentence starts: a word in small letters or a dash, then "The policy", "It was";
 * or any word, then a short capitalised word ("Protection This policy", "back The Contract"), not "Standing Orders" */
const RUN_IN_END = /(?:(?<=(?:^|[\s/])\p{Ll}{4,})|(?<=\s[-–—]))\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})|(?<=\p{L}{4,})\s+(?=\p{Lu}\p{Ll}{0,3}\s)/gu;
const RUN_IN_REACH = 120;
/** an opening clause this short is kept with its decision ("On resumption of the Meeting, it was agreed ...") */
const SHORT_OPENING = 60;

export function sentencesOf(text: string): string[] {
  // a Markdown table's cell borders ("| | Agreed as FRE | |") are layout: each cell is read on its own
  if (CELL_BORDER.test(text)) return text.split(CELL_BORDER).flatMap((cell) => (cell.trim() ? sentencesOf(cell) : []));
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (HONORIFIC_END.test(text.slice(Math.max(0, m.index - 12), m.index + 2))) continue;
    out.push(text.slice(from, m.index + 1).trim());
    from = m.index + m[0].length;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}

/** What a sentence says the meeting decided, or null: the clause after an "It was agreed" lead, else the sentence. */
export function decisionIn(sentence: string, before = ''): string | null {
  const s = sentence.replace(/[.;]\s*$/, '');
  // a run-in heading before the sentence ("2. Board complaints procedure The complaints procedure was adopted")
  for (const m of s.slice(0, RUN_IN_REACH).matchAll(RUN_IN_END)) {
    const found = decisionOf(s.slice(m.index + m[0].length), before);
    if (found !== null) return found;
  }
  return decisionOf(s, before);
}

function decisionOf(s: string, before: string): string | null {
  // "Agreed as FRE, MPO and GPR", "RESOLVED to ...": the printed mark opening a sentence (a table cell, a note)
  const mark = /^\p{Lu}/u.test(s) ? RESOLVED_MARK.exec(s) : null;
  if (mark && s.length - mark[0].length >= 6) return s.slice(mark[0].length).trim();
  const lead = LEAD.exec(s);
  if (lead) {
    const opening = s.slice(0, lead.index);
    if (PRIOR.test(opening)) return null;
    // a heading before a dash or colon is no part of the decision ("Easter Egg Hunt – It was resolved not to ...")
    if (opening && opening.length <= SHORT_OPENING && !/[-–—:]\s*$/.test(opening)) return s;
    // "The Councillors had reviewed the policy and agreed that ... and it was agreed that ...": one decision, told whole
    if (AGENT_IS_BODY.test(opening) && BODY_VERB.test(opening)) return s;
    // "The Council agreed to X" says who decided: the sentence is kept; "It was agreed that X" is a bare lead
    const fromLead = s.slice(lead.index).trim();
    return SUBJECT_LEAD.test(fromLead) ? fromLead : lead[1].trim();
  }
  const body = BODY_DECIDED.exec(s);
  if (body) return body[1] && PRIOR.test(body[1]) ? null : s;
  const p = PASSIVE.exec(s);
  if (!p) {
    const e = ELLIPTIC.exec(s);
    const subject = e ? e[1] ?? e[2] ?? e[3] : '';
    return e && !NOT_ELLIPTIC.test(subject) && !INITIALS.test(subject) && !ELSEWHERE.test(subject) && !AGENT_IS_BODY.test(subject) ? s : null;
  }
  const [, subject, between = '', chain, agent, after] = p;
  if (ELSEWHERE.test(subject) || REPORTED.test(subject) || ELSEWHERE.test(between) || NEGATED.test(between)) return null;
  if (attendanceLabel(subject)?.status === 'apologies' || DATED.test(after)) return null;
  // "approved by SCC" is another body's decision; in "agreed and signed by the chair" the agent is the signer's
  const lastVerb = chain.split(/[\s,&]+/).pop() ?? '';
  if (agent && !PROCESS_ONLY.test(lastVerb) && !AGENT_IS_BODY.test(agent)) return null;
  return PRONOUN.test(subject.trim()) && before ? `${before.replace(/[.;]\s*$/, '')}. ${s}` : s;
}

/** Every decision stated in a paragraph's prose, in order. */
export function decisionsIn(text: string): string[] {
  const sentences = sentencesOf(text);
  return sentences.map((s, k) => decisionIn(s, sentences[k - 1])).filter((d): d is string => d !== null);
}
