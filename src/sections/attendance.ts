// Attendance of the meeting the minutes record (not the pack's own meeting):
//   PRESENT: -                         | PRESENT: Mr A B Chair (Chairman), Mr C D Member, ... and Ms E Last
//   Cllr Ann Example – Townshire      | IN ATTENDANCE: Mr J Clerk (Democratic Services Manager), ...
//   ALSO PRESENT: -                    | IN ATTENDANCE VIRTUALLY: Mr S Jones (...)
//   John Sample –Chief Executive, OPCC
//   682 APOLOGIES  Apologies for non-attendance were received on behalf of Councillor A (X), Cllr B (Y) ...
//   Ms L Game, Ms S Chandler and Ms T Scott were in attendance virtually.
import type { Attendee, AttendanceStatus } from '../records.js';
import { isOfficialInParens, looksLikeName } from '../normalise/names.js';
import { attendanceLabel, splitAtInlineLabels, type AttendanceLabel } from '../vocab/index.js';
import { APOLOGY_WORD } from '../vocab/attendance.js';
import { findMinutes, type MinutesDoc } from './from-text/minutes-context.js';
import type { Block } from '../model.js';
import { labelledTables, tableRoster } from './from-tables/attendance-table.js';
import { columnRoster } from './from-tables/attendance-columns.js';
import type { Para } from './from-text/paras.js';
import { attendee, firstOfList, listLike, peopleOf, SUB_LABEL } from './attendance-people.js';
import { aboutAttendance, fromProse, samePerson } from './attendance-prose.js';
import type { SectionParser } from './types.js';

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
      if (isAbsence(found) && found.explicit && !aboutAttendance(m.title)) {
        raw = `${found.label}: ${found.rest.replace(/^[^:]{1,60}:\s*/, (head) => (looksLikeName(firstOfList(head)) ? head : ''))}`;
      } else if (titled && !APOLOGY_WORD.test(p.raw) && listLike(p.raw) && looksLikeName(firstOfList(p.raw))) raw = `${heading.label}: ${p.raw}`;
      return raw ? [{ ...p, raw, text: raw, lines: [raw] }] : [];
    });
  });
  return fromLists(doc, paras, read);
}

/** Tables holding an attendance label that stands in the minutes' preamble. */
function rosterTables(blocks: Block[], doc: MinutesDoc): Block[] {
  const labels = new Set(doc.preamble.filter((p) => attendanceLabel(p.raw)).map((p) => p.raw));
  return blocks.filter((b) => b.table && b.table.grid.some((row) => row.some((c) => c && labels.has(c.text.replace(/\s+/g, ' ').trim()))));
}

export const attendanceParser: SectionParser = {
  name: 'attendance',
  produces: ['attendees'],
  parse(ctx) {
    const attendees: Attendee[] = [];
    for (const doc of findMinutes(ctx)) {
      const preamble = new Set(doc.preamble.flatMap((p) => [p.raw, ...p.lines]));
      const inPreamble = (text: string) => preamble.has(text.replace(/\s+/g, ' ').trim());
      const columns = columnRoster(ctx.blocks, inPreamble, listLike);
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
