// Recorded votes in minutes, and the motions they decided:
//   (2) Mr A proposed, and Mr B seconded the motion that: “Pursuant to ...”
//   (3) The Chairman put the motion set out in paragraph 2 to the vote and the voting was as follows:
//   For (57)   Mr Baker, Mr Baldock, ...      Against (0)      Abstain (2)   Mr B Lewis, Mr D Ross
//                                                                  Motion carried.  | Amendment lost.
// and counts without names: "For: 10, Against: 2, Abstentions: 1". A vote's motion_index is the 0-based
// position of its motion in the pack's motions array.
import type { Motion, Vote, WarningRecord } from '../records.js';
import { looksLikeName, splitNameList } from '../normalise/names.js';
import { findMinutes, type MinuteSection } from './from-text/minutes-context.js';
import { VOTE_LABEL, type Para } from './from-text/paras.js';
import { INLINE_COUNTS, proposalAt } from './from-text/proposals.js';
import { consentsIn } from './from-text/consents.js';
import { RESULT_WORDS, resultWord } from '../vocab/index.js';

const TRAILING_RESULT = new RegExp(`\\s+(?:${RESULT_WORDS})\\.?\\s*$`, 'i');
import type { SectionParser } from './types.js';

const RESULT = /(?:^|\s)((?:The\s+)?(?:Substantive\s+|Original\s+)?(?:Motion|Amendment|Recommendations?|Proposal|Resolution)\s+(?:was\s+)?(carried|lost|agreed|defeated|fell|failed|approved|rejected|passed|withdrawn)\b\.?)\s*$/i;
/** "On being put to the vote, the motion was carried." (a decision put to a vote, counts not recorded) */
const PROSE_RESULT = /\b(?:put to (?:the |a )?vote\b[^.]*?\b(?:motion|amendment|recommendations?)\s+(?:was|were)\s+(?:\w+\s+)?|(?:motion|amendment)\s+(?:was|were)\s+put to (?:the |a )?vote\s+and\s+(?:was\s+)?(?:\w+\s+)?)(carried|lost|defeated|agreed|rejected)\b/i;
const MAX_MOTION = 300;
const PROPOSAL = /\b(?:moved|proposed|seconded|motion|amendment)\b/i;

type Option = Vote['option'];

function optionOf(label: string): Option {
  const l = label.toLowerCase();
  return l.startsWith('for') ? 'for' : l.startsWith('against') ? 'against' : 'abstain';
}

function resultOf(printed: string | null): string | null {
  if (!printed) return null;
  const word = (RESULT.exec(printed)?.[2] ?? printed).toLowerCase();
  if (/carried|agreed|approved|passed/.test(word)) return 'carried';
  if (/lost|defeated|fell|failed|rejected/.test(word)) return 'lost';
  return printed.replace(/\.$/, '').trim();
}

/** The paragraph before a vote that puts it ("The Chairman put ... to the vote"), or -1. */
function leadIn(paras: Para[], at: number): number {
  for (let k = at - 1; k >= 0; k--) if (/\bvot(e|ing)\b/i.test(paras[k].raw)) return k;
  return -1;
}

/** "the motion set out in paragraph 4": the number of the paragraph a vote is on, or null. */
function referencedParagraph(paras: Para[], at: number): string | null {
  const lead = leadIn(paras, at);
  return lead < 0 ? null : /\bparagraph\s+(\d+)/i.exec(paras[lead].raw)?.[1] ?? null;
}

/** The motion a vote decided: the quoted text of the paragraph the lead-in refers to, else the lead-in. */
function motionText(paras: Para[], at: number): string {
  const lead = leadIn(paras, at);
  if (lead < 0) return at > 0 ? shorten(paras[at - 1].text) : '';
  const ref = /\bparagraph\s+(\d+)/i.exec(paras[lead].raw);
  const start = ref
    ? paras.findLastIndex((p, k) => k < lead && p.marker !== null && p.marker.replace(/[().]/g, '') === ref[1])
    : paras.findLastIndex((p, k) => k < lead && k >= lead - 3 && PROPOSAL.test(p.raw));
  if (start < 0) return shorten(paras[lead].text);
  if (!ref) return shorten(quoted(paras.slice(start, lead).map((p) => p.raw).join(' ')) ?? paras[start].text);
  const next = String(Number(ref![1]) + 1);
  const end = paras.findIndex((p, k) => k > start && p.marker !== null && p.marker.replace(/[().]/g, '') === next);
  const text = paras.slice(start, end < 0 ? lead : end).map((p) => p.raw).join(' ');
  return shorten(quoted(text) ?? paras[start].text);
}

function quoted(text: string): string | null {
  return /[“"]([^”"]{3,})[”"]?/.exec(text)?.[1] ?? null;
}

/** "Mr Able, Mr Baker, Sir Carl Dee, CBE and Ms Eve" (and nothing else). */
function isNameList(text: string): boolean {
  const pieces = text.split(/[,;]|\band\b/).map((s) => s.trim()).filter(Boolean);
  return pieces.every((piece) => looksLikeName(piece));
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_MOTION) return t;
  return `${t.slice(0, t.lastIndexOf(' ', MAX_MOTION))}…`;
}

function fromSection(section: MinuteSection, meetingDate: string | null, motions: Motion[], votes: Vote[], warnings: WarningRecord[]): void {
  const paras = section.paras;
  let motion: Motion | null = null;
  let option: Option | null = null;
  // motions moved and seconded with no result yet, by their paragraph number: a vote on "the motion set
  // out in paragraph N" (else on the last one moved) fills it; those never voted on are added at the end
  const waiting = new Map<string, Motion>();
  let pending: Motion | null = null;
  const recorded = new Set<Motion>();
  const close = () => { motion = null; option = null; };
  const open = (fields: Partial<Motion>, at: number, page: number | null, text: string): Motion => {
    const ref = referencedParagraph(paras, at);
    const target = (ref !== null ? waiting.get(ref) : undefined) ?? pending;
    const m: Motion = target ?? { meeting_date: meetingDate, minute: section.minute, motion: text, for: null, against: null, abstain: null, result: null, proposer: null, seconder: null, unanimous: null, page };
    for (const [k, w] of waiting) if (w === m) waiting.delete(k);
    motions.push(m);
    pending = null;
    return Object.assign(m, { motion: text }, fields);
  };
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const label = VOTE_LABEL.exec(p.raw);
    let names = p.raw;
    const proposed = label || option ? null : proposalAt(paras, i);
    if (proposed) {
      const { proposer, seconder, unanimous, result, text, counts, labelled } = proposed.proposal;
      const m: Motion = { meeting_date: meetingDate, minute: section.minute, motion: shorten(text), for: counts?.[0] ?? null, against: counts?.[1] ?? null,
        abstain: null, result, proposer, seconder, unanimous, page: p.page };
      pending = result === null ? m : null;
      if (result === null) waiting.set(p.marker?.replace(/[().]/g, '') ?? `#${i}`, m);
      else motions.push(m);
      if (labelled) recorded.add(m);
      close();
      i = proposed.through - 1;
      continue;
    }
    // a vote with no one named; not one that decides a motion moved before it (read below)
    if (!label && !option && !pending && !INLINE_COUNTS.test(p.raw) && !PROSE_RESULT.test(p.raw)) {
      const consents = consentsIn(p.text);
      for (const c of consents) {
        motions.push({ meeting_date: meetingDate, minute: section.minute, motion: shorten(c.text), for: null, against: null, abstain: null,
          result: c.result, proposer: null, seconder: null, unanimous: c.unanimous, page: p.page });
      }
      if (consents.length) continue;
    }
    if (label) {
      const opt = optionOf(label[1]);
      if (!motion || opt === 'for' || (option && opt === option)) motion = open({}, i, p.page, motionText(paras, i));
      option = opt;
      motion[opt] = Number(label[2]);
      names = p.raw.slice(label[0].length);
    } else if (!motion || !option) {
      const counts = INLINE_COUNTS.exec(p.raw);
      const prose = counts ? null : PROSE_RESULT.exec(p.raw);
      if (counts || prose) {
        const next = paras[i + 1] && RESULT.exec(paras[i + 1].raw);
        const result = counts ? RESULT.exec(p.raw)?.[1] ?? next?.[1] : prose![1];
        if (counts && next) i++;
        open({ for: counts ? Number(counts[1]) : null, against: counts ? Number(counts[2]) : null,
          abstain: counts?.[3] ? Number(counts[3]) : null, result: resultOf(result ?? null) }, i + 1, p.page, motionText(paras, i + 1));
      }
      continue;
    }
    const current = motion as Motion;
    const result = RESULT.exec(names);
    if (result) names = names.slice(0, result.index);
    if (!label && (p.marker || !isNameList(names))) { close(); continue; }
    // "Agreed" or "Carried" after a list is its result, not a voter
    names = names.replace(TRAILING_RESULT, '');
    for (const person of splitNameList(names).filter((n) => !(resultWord(n.name) && !/\s/.test(n.name)))) {
      votes.push({ meeting_date: meetingDate, minute: section.minute, motion_index: motions.indexOf(current), option: option!, name: person.name, honorific: person.honorific, page: p.page });
    }
    if (result) {
      current.result = resultOf(result[1]);
      close();
    }
  }
  // a proposal never seconded nor decided ("the speed checks proposed by BT") is no motion of the meeting
  for (const m of waiting.values()) {
    if (m.seconder || m.result || m.for !== null || recorded.has(m)) motions.push(m);
    else warnings.push({ code: 'motion_unsure', page: m.page, message: `proposal by ${m.proposer} (minute ${m.minute ?? '-'}) has no seconder and no result: not taken as a motion` });
  }
}

export const votesParser: SectionParser = {
  name: 'votes',
  produces: ['motions', 'votes', 'warnings'],
  parse(ctx) {
    const motions: Motion[] = [];
    const votes: Vote[] = [];
    const warnings: WarningRecord[] = [];
    for (const doc of findMinutes(ctx)) {
      // minutes may record business before their first numbered item (an adjournment moved and seconded)
      const before: MinuteSection = { minute: null, title: '', page: doc.preamble[0]?.page ?? null, paras: doc.preamble };
      for (const section of [before, ...doc.minutes]) fromSection(section, doc.meetingDate, motions, votes, warnings);
    }
    return { motions, votes, warnings };
  },
};
