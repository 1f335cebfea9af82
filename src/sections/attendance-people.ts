// The people of one attendance list and the record of each: "Cllr A (Chair), B and C", a roster line by line,
// "Independent Members: Mr P Jones and Ms Q Long" (a sub-label is their role), "Tom Baker (for Dave Smith)".
import type { Attendee, AttendanceStatus } from '../records.js';
import { looksLikeName, organisationAndRole, splitNameList, type PersonParts } from '../normalise/names.js';
import { asFirstLanguageList, isOfficerRole } from '../vocab/index.js';
import { NONE_WORD, withoutUnnamed } from '../vocab/attendance.js';
import type { MinutesDoc } from './from-text/minutes-context.js';

/** "Cllr A for Cllr B" in a list of substitutes: the person replaced goes in parentheses. */
const SUBSTITUTE_FOR = /\s+(?:for|in place of|substituting for)\s+((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[^,;()]+?)(?=\s*[,;]|\s+and\s|\s*$)/gi;
/** "Independent Members: Mr P Jones and Ms Q Long" inside a list: the sub-label is their role */
export const SUB_LABEL = /^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3})\s*:\s+(.+)$/;
const UNFINISHED_LINE = /(?:[,;&-]|\band|\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor)|\b[A-Z])$/;
const SUBSTITUTE_NOTE = /^(?:for|in place of|substitut\w*\s+for)\s+(?![Ii]tems?\b)\p{Lu}/u;
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

/** The first piece of a list of people (a comma or "and" inside parentheses splits nothing: "R Hale (Clerk and RFO)"). */
export const firstOfList = (text: string) => text.replace(/\([^()]*\)/g, (m) => m.replace(/[,;]|\s(?:and|&)(?=\s)/g, ' ')).split(/[,;]|\s(?:and|&)\s/)[0];

/** Text that can be a list of people: no piece's name part (before a parenthesis or dash) holds a figure or runs on as prose. */
export function listLike(text: string): boolean {
  return text.replace(/\([^()]*\)/g, ' ').split(/[,;]/).every((piece) => {
    const head = piece.split(/[(–—]|\s-\s/)[0];
    return !/\d/.test(head) && head.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|of|the|for)$/.test(w)).length < 2;
  });
}

/** The people of a list, line by line when each line stands alone, else of the whole text. */
export function peopleOf(lines: string[], text: string): PersonParts[] {
  return (independentLines(lines) ? lines : [text]).flatMap((unit) => {
    const group = SUB_LABEL.exec(unit);
    const people = splitNameList(asFirstLanguageList(withoutUnnamed(group ? group[2] : unit)).replace(SUBSTITUTE_FOR, ' (substitute for $1)'));
    for (const p of group ? people : []) {
      if (p.parts.length) continue;
      p.parts.push(group![1]);
      p.affiliation = group![1];
    }
    return people.filter((p) => looksLikeName(p.name) && !NONE_WORD.test(p.name));
  });
}

/** The record of one person listed under a label of `status`. */
export function attendee(doc: MinutesDoc, p: PersonParts, status: AttendanceStatus, remote: boolean, page: number | null): Attendee {
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
