// Attendance of the meeting the minutes record (not the pack's own meeting):
//   PRESENT: -                         | PRESENT: Mr A B Chair (Chairman), Mr C D Member, ... and Ms E Last
//   Cllr Ann Example – Townshire      | IN ATTENDANCE: Mr J Clerk (Democratic Services Manager), ...
//   ALSO PRESENT: -                    | IN ATTENDANCE VIRTUALLY: Mr S Jones (...)
//   John Sample –Chief Executive, OPCC
//   682 APOLOGIES  Apologies for non-attendance were received on behalf of Councillor A (X), Cllr B (Y) ...
//   Ms L Game, Ms S Chandler and Ms T Scott were in attendance virtually.
import type { Attendee, AttendanceStatus } from '../records.js';
import { isOfficialInParens, looksLikeName, organisationAndRole, splitNameList, surname, type PersonParts } from '../normalise/names.js';
import { asFirstLanguageList, attendanceLabel, isOfficerRole, splitAtInlineLabels, type AttendanceLabel } from '../vocab/index.js';
import { findMinutes, type MinutesDoc } from './from-text/minutes-context.js';
import type { Block } from '../model.js';
import { labelledTables, tableRoster } from './from-tables/attendance-table.js';
import { columnRoster } from './from-tables/attendance-columns.js';
import type { Para } from './from-text/paras.js';
import type { SectionParser } from './types.js';

const REMOTE_SENTENCE = /^(.*?)\s+(?:(?:were|was)\s+(?:in attendance|present)\s+(?:virtually|remotely|online)|attended\s+(?:virtually|remotely|online)|joined\s+(?:the meeting\s+)?(?:virtually|remotely|online))/i;
const SUBSTITUTE_SENTENCE = /^(.*?)\s+(?:(?:was|were)\s+)?(?:present\s+|in attendance\s+|attended\s+)?(?:as\s+(?:a\s+)?substitutes?\s+for|substituted\s+for|substituting\s+for)\s+(.+)$/i;

/** "Cllr A for Cllr B" in a list of substitutes: the person replaced goes in parentheses. */
const SUBSTITUTE_FOR = /\s+(?:for|in place of|substituting for)\s+((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[^,;()]+?)(?=\s*[,;]|\s+and\s|\s*$)/gi;
const WHO_SUBSTITUTED = /,?\s+who\s+(?:was|were|had\s+been)\s+(substituted|replaced)\s+by\s+([^,;()]+?)(?=\s*(?:[,;]|\.(?:\s|$)|\band\b|$))/gi;
/** "Independent Members: Mr P Jones and Ms Q Long" inside a list: the sub-label is their role */
const SUB_LABEL = /^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3})\s*:\s+(.+)$/;
const UNFINISHED_LINE = /(?:[,;&-]|\band|\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor)|\b[A-Z])$/;
const SUBSTITUTE_NOTE = /^(?:for|in place of|substitut\w*\s+for)\s+(?![Ii]tems?\b)\p{Lu}/u;
const APOLOGIES_MINUTE = /apolog|substitut|attendance/i;
const APOLOGIES_PARA = /^\W*(?:\d+\.?\s*)?(?:welcome\s+and\s+)?apologies\b/i;
/** "Stephen Taylor stated that Richard Hunt had also given his apologies" */
const GAVE_APOLOGIES = /(?:^|\bthat\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:had\s+)?(?:also\s+)?(?:given|sent|tendered|offered)\s+(?:his|her|their)\s+apologies/u;
/** "(virtual)", "(attended remotely)", "– via Teams" after a name */
const REMOTE_MARK = /\b(?:virtual(?:ly)?|remote(?:ly)?|online|via\s+(?:teams|zoom|video\w*))\b/i;

/** Lines that each stand alone (none ends or starts as a continuation): a roster printed line by line. */
function independentLines(lines: string[]): boolean {
  return lines.length > 1 && lines.every((l, k) => {
    const next = lines[k + 1];
    const open = (l.match(/\(/g) ?? []).length > (l.match(/\)/g) ?? []).length;
    const person = l.split(/[,(:–—]|\s-\s/)[0].trim();
    const startsPerson = SUB_LABEL.test(l) || (person.includes(' ') && looksLikeName(person));
    return startsPerson && (!next || (!open && !UNFINISHED_LINE.test(l) && !/^(?:[a-z(]|and\b|&)/.test(next)));
  });
}

/** The first piece of a list of people (a comma inside parentheses splits nothing). */
const firstOfList = (text: string) => text.replace(/\([^()]*\)/g, (m) => m.replace(/[,;]/g, ' ')).split(/[,;]|\s(?:and|&)\s/)[0];

/** Text that can be a list of people: no piece's name part (before a parenthesis or dash) holds a figure or runs on as prose. */
function listLike(text: string): boolean {
  return text.replace(/\([^()]*\)/g, ' ').split(/[,;]/).every((piece) => {
    const head = piece.split(/[(–—]|\s-\s/)[0];
    return !/\d/.test(head) && head.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|of|the|for)$/.test(w)).length < 2;
  });
}

function peopleOf(lines: string[], text: string): PersonParts[] {
  return (independentLines(lines) ? lines : [text]).flatMap((unit) => {
    const group = SUB_LABEL.exec(unit);
    const people = splitNameList(asFirstLanguageList(group ? group[2] : unit).replace(SUBSTITUTE_FOR, ' (substitute for $1)'));
    for (const p of group ? people : []) {
      if (p.parts.length) continue;
      p.parts.push(group![1]);
      p.affiliation = group![1];
    }
    return people.filter((p) => looksLikeName(p.name) && !/^(?:none|nil|n\/a)\b/i.test(p.name));
  });
}

function attendee(doc: MinutesDoc, p: PersonParts, status: AttendanceStatus, remote: boolean, page: number | null): Attendee {
  const parts = p.parts.filter((x) => !REMOTE_MARK.test(x));
  const orgRole = organisationAndRole({ ...p, parts });
  // "Tom Baker (for Dave Smith - Sunderland)" in the list of members: a substitute
  if (status === 'present' && parts.some((x) => SUBSTITUTE_NOTE.test(x))) status = 'substitute';
  // the clerk listed among those present attends the meeting but is not one of its members
  if (status === 'present' && (isOfficerRole(orgRole.role) || parts.some((x) => x.split(/\s+/).length <= 3 && isOfficerRole(x)))) {
    status = 'also_present';
  }
  return {
    meeting_date: doc.meetingDate, body: doc.body, status, name: p.name, honorific: p.honorific, honours: p.honours,
    affiliation: p.affiliation, ...orgRole, remote: remote || parts.length < p.parts.length, page,
  };
}

/** The labelled lists of `paras` (the paragraphs before the first minute), but for the lines read already (`read`). */
function fromLists(doc: MinutesDoc, paras: Para[], read: Set<string>): Attendee[] {
  const out: Attendee[] = [];
  // "Councillors present: A, B, C Present: D, Clerk & E": run on after the members' list, a bare "Present" lists the others there
  const statusAfter = (found: AttendanceLabel, before: AttendanceLabel | null): AttendanceStatus =>
    found.status === 'present' && /^present$/i.test(found.label) && before?.status === 'present' && /\b(?:members|councillors)\b/i.test(before.label)
      ? 'also_present' : found.status;
  // the label's own style: a roster set in bold or as headings, label and names alike, goes on in that style
  let label: { status: AttendanceStatus; remote: boolean; bold: boolean; heading: boolean } | null = null;
  // the names under `lab`, up to a label printed in mid-paragraph, which labels the names after it
  const take = (lines: string[], text: string, page: number | null, lab: Pick<NonNullable<typeof label>, 'status' | 'remote'>, printed: AttendanceLabel | null) => {
    const [first, ...more] = splitAtInlineLabels(text);
    for (const p of peopleOf(more.length ? [first] : lines, first)) out.push(attendee(doc, p, lab.status, lab.remote, page));
    for (const piece of more) {
      const found = attendanceLabel(piece);
      if (found) take([found.rest], found.rest, page, { status: statusAfter(found, printed), remote: found.remote }, found);
    }
  };
  for (const para of paras) {
    if (para.lines.every((l) => read.has(l))) continue;
    const found = attendanceLabel(para.raw);
    if (found) {
      // "Remote Attendance:" after "Also Present:" says how the same kind of people attended
      label = { status: found.modeOnly && label ? label.status : found.status, remote: found.remote, bold: para.bold, heading: para.heading };
      const rest = found.rest;
      const cut = para.raw.length - rest.length;
      const lines = [para.lines[0].slice(Math.min(cut, para.lines[0].length)), ...para.lines.slice(1)].filter((l) => l.trim());
      if (rest.trim()) take(lines, rest, para.page, label, found);
      continue;
    }
    const firstPiece = firstOfList(para.raw);
    const listStart = looksLikeName(firstPiece) || SUB_LABEL.test(para.raw) || isOfficialInParens(para.raw.split(/[,;]/)[0]);
    if (!label || (para.bold && !label.bold) || (para.heading && !label.heading) || !listStart || !listLike(para.raw)) { label = null; continue; }
    take(para.lines, para.raw, para.page, label, null);
  }
  return out;
}

const NOTED = /^(?:accepted|received|noted)\s+/i;
const isAbsence = (found: AttendanceLabel | null): found is AttendanceLabel => found?.status === 'apologies' || found?.status === 'absent';

/**
 * Apologies printed as lists in the minutes: "Accepted Apologies for absence - LGA 1972, s85: Cllr A and Cllr B.
 * Absent: Cllr C." (a reference before the colon dropped) in any minute, and bare names ("R Healey") under a
 * heading "Apologies"; read as labelled lists.
 */
function listsInMinutes(doc: MinutesDoc, read: Set<string>): Attendee[] {
  // minutes whose items are not told apart leave such lists in the preamble, where the plain reading misses them
  const unread = { title: '', paras: doc.preamble.filter((p) => !attendanceLabel(p.raw)) };
  const paras = [...doc.minutes, unread].flatMap((m) => {
    const heading = attendanceLabel(m.title.trim().replace(NOTED, ''));
    const titled = isAbsence(heading) && !looksLikeName(firstOfList(heading.rest));
    return m.paras.flatMap((p) => {
      const found = attendanceLabel(p.raw.replace(NOTED, ''));
      let raw: string | null = null;
      if (isAbsence(found) && found.explicit && !APOLOGIES_MINUTE.test(m.title)) {
        raw = `${found.label}: ${found.rest.replace(/^[^:]{1,60}:\s*/, (head) => (looksLikeName(firstOfList(head)) ? head : ''))}`;
      } else if (titled && !/apolog/i.test(p.raw) && listLike(p.raw) && looksLikeName(firstOfList(p.raw))) raw = `${heading.label}: ${p.raw}`;
      return raw ? [{ ...p, raw, text: raw, lines: [raw] }] : [];
    });
  });
  return fromLists(doc, paras, read);
}

function sentences(para: Para): string[] {
  return para.raw.split(/(?<=[a-z)]{2}\.)\s+(?=[A-Z])/);
}

/** Prose in the apologies minute: apologies, substitutes, virtual attendance. */
function fromProse(doc: MinutesDoc, listed: Attendee[]): Attendee[] {
  const out: Attendee[] = [];
  const about = (m: MinutesDoc['minutes'][number]) => `${m.title} ${m.paras[0]?.raw.slice(0, 40) ?? ''}`;
  const paras = [
    // an unnumbered "Welcome and Apologies" paragraph above the first minute
    ...doc.preamble.filter((p) => APOLOGIES_PARA.test(p.raw) && !attendanceLabel(p.raw)),
    ...doc.minutes.filter((m) => APOLOGIES_MINUTE.test(m.title.trim() ? m.title : about(m))).flatMap((m) => m.paras),
  ];
  for (const para of paras) {
    for (const s of sentences(para)) {
      const gave = GAVE_APOLOGIES.exec(s);
      if (gave) {
        for (const p of splitNameList(gave[1])) out.push(attendee(doc, p, 'apologies', false, para.page));
        continue;
      }
      const remote = REMOTE_SENTENCE.exec(s);
      const sub = SUBSTITUTE_SENTENCE.exec(s);
      if (remote) markRemote(doc, splitNameList(remote[1]), [...listed, ...out], out, para.page);
      else if (sub) {
        for (const p of splitNameList(sub[1])) {
          out.push({ ...attendee(doc, p, 'substitute', false, para.page), affiliation: `substitute for ${sub[2].replace(/\.$/, '')}` });
        }
      } else if (/apolog/i.test(s) && !/\bno apologies\b/i.test(s)) {
        // "A, B and C who was substituted by D": the substitute in parentheses, as "C (substituted by D)"
        for (const p of splitNameList(s.replace(WHO_SUBSTITUTED, ' ($1 by $2)')).filter((q) => looksLikeName(q.name))) {
          out.push(attendee(doc, p, 'apologies', false, para.page));
          // "Councillor A (substituted by Councillor B)"
          const by = p.parts.map((x) => /^(?:substituted|replaced)\s+by\s+(.+)$/i.exec(x)).find(Boolean);
          if (by) for (const q of splitNameList(by[1])) out.push({ ...attendee(doc, q, 'substitute', false, para.page), affiliation: `substitute for ${p.name}` });
        }
      }
    }
  }
  return out;
}

/** Tables holding an attendance label that stands in the minutes' preamble. */
function rosterTables(blocks: Block[], doc: MinutesDoc): Block[] {
  const labels = new Set(doc.preamble.filter((p) => attendanceLabel(p.raw)).map((p) => p.raw));
  return blocks.filter((b) => b.table && b.table.grid.some((row) => row.some((c) => c && labels.has(c.text.replace(/\s+/g, ' ').trim()))));
}

/** "Lesley Game" and "Ms L Game" or "Game": one surname, and the first initials agree when both are given. */
function samePerson(a: string, b: string): boolean {
  if (surname(a) !== surname(b)) return false;
  const [x, y] = [a, b].map((n) => n.split(/\s+/));
  return x.length === 1 || y.length === 1 || x[0][0] === y[0][0];
}

function markRemote(doc: MinutesDoc, people: PersonParts[], known: Attendee[], out: Attendee[], page: number | null): void {
  for (const p of people) {
    const initial = p.name.split(/\s+/).length > 1 ? p.name[0] : null;
    const match = known.find((a) => a.status !== 'apologies' && surname(a.name) === surname(p.name)
      && (!initial || a.name[0] === initial || a.name.split(/\s+/).length === 1));
    if (match) match.remote = true;
    else out.push(attendee(doc, p, 'present', true, page));
  }
}

export const attendanceParser: SectionParser = {
  name: 'attendance',
  produces: ['attendees'],
  parse(ctx) {
    const attendees: Attendee[] = [];
    for (const doc of findMinutes(ctx)) {
      const preamble = new Set(doc.preamble.flatMap((p) => [p.raw, ...p.lines]));
      const inPreamble = (text: string) => preamble.has(text.replace(/\s+/g, ' ').trim());
      const columns = columnRoster(ctx.blocks, inPreamble);
      const underLabel = labelledTables(ctx.blocks, inPreamble);
      const read = new Set([...columns.read, ...underLabel.read]);
      const placed = [...columns.people, ...tableRoster(rosterTables(ctx.blocks, doc)), ...underLabel.people]
        .map((t) => attendee(doc, t.person, t.status, t.remote, t.page));
      // the lists read line by line or cell by cell interleave side-by-side columns: the positioned reading wins
      const fromPlaces = placed.filter((a, k) => placed.findIndex((b) => b.name === a.name) === k);
      const lists = [...fromLists(doc, doc.preamble, read), ...listsInMinutes(doc, read)];
      const listed = [...fromPlaces, ...lists.filter((a) => !fromPlaces.some((b) => b.name === a.name))];
      const prose = fromProse(doc, listed);
      // a roster of the whole board above "Apologies were received from A": A was not there
      const sent = prose.filter((a) => a.status === 'apologies');
      attendees.push(...listed.filter((a) => a.status !== 'present' || !sent.some((b) => samePerson(a.name, b.name))), ...prose);
    }
    return { attendees };
  },
};
