// The minutes vocabularies (en.ts, cy.ts) compiled once into the patterns the section parsers use.
// Parsers ask here ("is this an attendance label?", "which result word?") instead of keeping regexes.
import type { AttendanceStatus } from '../records.js';
import { CY } from './cy.js';
import { EN } from './en.js';
import type { Vocabulary } from './types.js';

export type { Vocabulary } from './types.js';
export const VOCABULARIES: Vocabulary[] = [EN, CY];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "['’]").replace(/\s+/g, '\\s+');
/** The phrases of one kind in every language. */
export const all = (pick: (v: Vocabulary) => string[]) => [...new Set(VOCABULARIES.flatMap(pick))];

/** One alternation of phrases, longest first (so "apologies for absence" wins over "apologies"). */
export function phrases(list: string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
}

type LabelKind = AttendanceStatus | 'remote';
const LABEL_KINDS: LabelKind[] = ['present', 'also_present', 'apologies', 'absent', 'substitute', 'remote'];
const kindOf = new Map<string, LabelKind>();
// the first language and the first kind to list a label own it ("in attendance" is also_present)
for (const v of VOCABULARIES) for (const k of LABEL_KINDS) for (const l of v.attendance[k]) if (!kindOf.has(l)) kindOf.set(l, k);
const needsColon = new Set(all((v) => v.labelNeedsColon));
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
const kindByNorm = new Map([...kindOf].map(([l, k]) => [norm(l), k]));

/**
 * "PRESENT: ...", "Apologies for absence - ...", "PRESENT (six Councillors): -", "Those Attending:", a
 * label alone ("Present"), "YMDDIHEURIADAU:": the label, an optional note in parentheses, then a colon or dash.
 */
const LABEL = new RegExp(`^\\W{0,3}(${phrases([...kindOf.keys()])})(?![\\p{L}\\d])(\\s*\\([^()]{1,40}\\))?\\s*([:\\-–—]\\s*)*`, 'iu');

export interface AttendanceLabel {
  status: AttendanceStatus;
  remote: boolean;
  /** the label as printed */
  label: string;
  /** text after the label (the names, when printed on the same line) */
  rest: string;
  /** a colon or dash follows the label, or the label stands alone */
  explicit: boolean;
  /** the label says how people attended ("Remote Attendance"), not in what capacity */
  modeOnly: boolean;
}

/** The attendance label a paragraph opens with, or null (a label that needs a colon must have one). */
export function attendanceLabel(text: string): AttendanceLabel | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const key = norm(m[1]);
  const kind = kindByNorm.get(key) ?? 'present';
  const punct = /[:\-–—]/.test(m[3] ?? '');
  const alone = m[0].length >= text.trimEnd().length;
  const colon = /:/.test(m[3] ?? '');
  // "Attendees" alone (a label column beside the names) may still label a list: not explicit, the reader decides
  if (needsColon.has(key) && !colon && !alone) return null;
  const upper = m[1] === m[1].toUpperCase();
  if (!punct && !alone && !upper) return null;
  return {
    status: kind === 'remote' ? 'present' : kind, remote: kind === 'remote' || /virtual|remote|\bo bell/i.test(m[1]),
    label: m[1], rest: text.slice(m[0].length).trim(), explicit: punct || (alone && !needsColon.has(key)),
    modeOnly: kind === 'remote',
  };
}

/** Labels that may open a list in mid-paragraph: several words, or a word that needs no colon. */
const INLINE_LABEL = new RegExp(
  `(?:(?<=[.;]\\s*)|(?<=[\\p{Ll}\\d)]\\s))(?=(?:${phrasesAnyCase([...kindOf.keys()].filter((l) => /\s/.test(l) || !needsColon.has(l)))})\\s*:)`, 'gu');

/**
 * Cut a run of attendance lists printed as one paragraph ("... Pam Walker. Parish Clerk: Peter King
 * In attendance: four members of the public") before each label with a colon (case as printed: a capital).
 */
export function splitAtInlineLabels(text: string): string[] {
  const cuts = [...text.matchAll(INLINE_LABEL)].map((m) => m.index!).filter((i) => i > 0 && /\p{Lu}/u.test(text[i]));
  return [0, ...cuts].map((at, k, all) => text.slice(at, all[k + 1] ?? text.length).trim()).filter(Boolean);
}

/** "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION": a document that records no meeting ("decisions" is a meeting's). */
export const NO_MEETING_TITLE = new RegExp(`\\b(?:${phrases(all((v) => v.noMeetingTitle))})(?![\\p{L}])`, 'iu');

/** A minutes title: "MINUTES OF ...", "Draft Minutes ...", "Council Meeting Minutes", "COFNODION ...". */
export const MINUTES_WORD = new RegExp(`\\b(?:${phrases(all((v) => v.minutesTitle))})\\b`, 'i');

/** The decision lead-ins that open a sentence inside prose ("it was agreed", "Penderfynwyd"), not a bare "agreed". */
export const RESOLVED_WORDS = phrases(all((v) => v.resolved).filter((w) => /\s/.test(w) || !/^(?:resolved|agreed)$/.test(w)));

/** The impersonal leads ("it was agreed", "penderfynwyd"), which say the meeting decided wherever they stand in a
 * sentence; not "it was decided", which in a narrative tells of decisions taken anywhere (read at a sentence's start). */
export const RESOLVED_IMPERSONAL = phrases(all((v) => v.resolved)
  .filter((w) => (/^it\s/i.test(w) && !/decided$/.test(w)) || (!/\s/.test(w) && !/^(?:resolved|agreed)$/.test(w))));

/** Who decides, and the verbs saying so, for sentences that state a decision in prose (decided-prose.ts). */
export const DECIDING_BODY = phrases(all((v) => v.decidingBodies));
export const DECISION_VERB = phrases(all((v) => v.decisionVerbs));
export const PROCESS_VERB = phrases(all((v) => v.processVerbs));

/** "RESOLVED", "It was agreed", "BE IT RESOLVED THAT", "Penderfynwyd", "DECISION:" at a paragraph's start, with its punctuation. */
/** "DECISION", "Outcome", "Penderfyniad": labels that state a decision before a colon. */
export const DECISION_LABELS = phrases(all((v) => v.resolvedLabels));
const UNANIMOUSLY = '(?:unanimously|yn unfrydol)';
export const RESOLVED_LEAD = new RegExp(
  `^(?:(?:${phrases(all((v) => v.resolved))})\\b(?:\\s+${UNANIMOUSLY})?(?:\\s*(?:[:;,–—-]|\\.(?!\\w))\\s*)*|(?:${DECISION_LABELS})\\s*:\\s*)`, 'i');
/** A resolution's printed mark opening a paragraph, one word ("RESOLVED:", "Agreed -", "PENDERFYNWYD:") or a label
 * with its colon ("DECISION:"): what follows it, or the list under it, is what was resolved (resolution-list.ts). */
export const RESOLVED_MARK = new RegExp(
  `^(?:(?:${phrases(all((v) => v.resolved).filter((w) => !/\s/.test(w)))})\\b(?:\\s+${UNANIMOUSLY})?\\s*(?:[:;,–—-]\\s*)*|(?:${DECISION_LABELS})\\s*:\\s*)`, 'i');

/** Like phrases, each letter matching either case: for patterns that must read names' capitals case-sensitively. */
export function phrasesAnyCase(list: string[]): string {
  const anyCase = (c: string) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`);
  return phrases(list).replace(/\\.|\[[^\]]*\]|\p{L}/gu, (t) => (t.length === 1 ? anyCase(t) : t));
}

export const MOVED = phrasesAnyCase(all((v) => v.moved));
export const SECONDED = phrasesAnyCase(all((v) => v.seconded));
/** "In proposing the motion, Cllr A ...": who moved or seconded a motion printed before this sentence. */
export const MOVED_BACK = phrasesAnyCase(all((v) => v.movedBack));
export const SECONDED_BACK = phrasesAnyCase(all((v) => v.secondedBack));
/** "motion", "amendment", "cynnig": what a vote decides. */
export const MOTION_NOUN = phrases(all((v) => v.motionNouns));
/** "by a unanimous vote", "drwy bleidlais unfrydol": a decision voted on, no one named. */
export const BY_VOTE = new RegExp(`\\b(?:${phrases(all((v) => v.byVote))})\\b`, 'i');
/** "all", "everyone", "pawb": who decides when a decision is everyone's. */
export const EVERYONE = phrases(all((v) => v.everyone));
export const UNANIMOUS = new RegExp(`\\b(?:${phrases(all((v) => v.unanimous))})\\b`, 'i');

export type ResultWord = 'carried' | 'lost' | 'deferred' | 'withdrawn';
const RESULTS: ResultWord[] = ['lost', 'deferred', 'withdrawn', 'carried'];
const RESULT_RE = new Map(RESULTS.map((r) => [r, new RegExp(`\\b(?:${phrases(all((v) => v.result[r]))})\\b`, 'i')]));
/** The result a phrase states ("Carried", "not carried" is lost, "Gohiriwyd" deferred), or null. */
export function resultWord(text: string): ResultWord | null {
  for (const r of RESULTS) if (RESULT_RE.get(r)!.test(text)) return r;
  return null;
}
/** Any result word, as one alternation (for patterns that look for "... - Carried"). */
export const RESULT_WORDS = phrases(RESULTS.flatMap((r) => all((v) => v.result[r])));

/** "Item 4", "Agenda item 3", "Eitem 4" before a number. */
export const ITEM_PREFIX = phrases(all((v) => v.itemPrefix));
export const RESOLUTION_NUMBER = phrases(all((v) => v.resolutionNumber));

/** Honorifics before a name, any case, each followed by an optional full stop and a space. */
export const HONORIFICS = `(?:(?:${phrasesAnyCase(all((v) => v.honorifics))})\\.?\\s+)`;

/** A vote label standing alone ("For", "Against", "O blaid") above the names of those who voted so. */
export const VOTE_WORD_ALONE = new RegExp(`^(?:${phrases(all((v) => [...v.voteLabels.for, ...v.voteLabels.against, ...v.voteLabels.abstain]))})\\s*:?$`, 'i');

/** Lower-case small words of titles and sentence-opening words, lower case, of every language (run-on titles). */
export const TITLE_JOINERS = new Set(all((v) => v.titleJoiners));
export const SENTENCE_OPENERS = new Set(all((v) => v.sentenceOpeners));
export const SENTENCE_VERBS = new Set(all((v) => v.sentenceVerbs ?? []));

/** Full month names of every language, longest first (the English abbreviations are read by normalise/dates.ts). */
export const MONTH_NAMES = phrases(all((v) => v.months.map((names) => names[0])));

const [FIRST, ...OTHERS] = VOCABULARIES;
const otherWords = (pick: (v: Vocabulary) => string[]) => [...new Set(OTHERS.flatMap(pick))].filter((w) => !pick(FIRST).includes(w));
const OTHER_AND = new RegExp(`\\s(?:${phrases(otherWords((v) => v.conjunctions))})\\s(?=\\p{Lu})`, 'gu');
const OTHER_TITLES = new RegExp(`(^|[,;]\\s*|\\band\\s+)(?:${phrasesAnyCase(otherWords((v) => v.honorifics))})\\.?\\s+(?=\\p{Lu})`, 'gu');

/**
 * A list of names in the first language's terms, which the name splitter reads: other languages' "and"
 * ("A a B", "A a'r B") as "and", their honorifics ("Y Cynghorydd A") dropped.
 */
export function asFirstLanguageList(text: string): string {
  return text.replace(OTHER_AND, ' and ').replace(OTHER_TITLES, '$1');
}

/** Month number (1-12) of a month name or abbreviation in any of the languages, or null. */
export function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const v of VOCABULARIES) {
    const k = v.months.findIndex((names) => names.includes(w));
    if (k >= 0) return k + 1;
  }
  return null;
}

const OFFICER_ROLE = new RegExp(`(?<![\\p{L}])(?:${phrases(all((v) => v.officerRoles))})(?![\\p{L}])`, 'iu');
/** A role that makes a person an officer in attendance, not a member ("Parish Clerk", "Clerk/RFO"). */
export function isOfficerRole(role: string | null): boolean {
  return !!role && OFFICER_ROLE.test(role);
}

/** "Clerk J Brampton": an officer's role printed before the name; returns [role, name] or null. */
export function leadingOfficerRole(piece: string): [string, string] | null {
  const m = new RegExp(`^(${phrases(all((v) => v.officerRoles))})\\s+(?=\\p{Lu})`, 'iu').exec(piece.trim());
  return m && /^\p{Lu}/u.test(m[1]) ? [m[1], piece.trim().slice(m[0].length)] : null;
}
