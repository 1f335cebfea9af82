// Attendance told in prose, in the apologies minute or a paragraph above the first minute:
//   Apologies for absence were received from Councillor A, B and C who was substituted by D.
//   Stephen Taylor stated that Richard Hunt had also given his apologies.
//   Ms L Game, Ms S Chandler and Ms T Scott were in attendance virtually.
import type { Attendee } from '../records.js';
import { looksLikeName, splitNameList, surname, type PersonParts } from '../normalise/names.js';
import { attendanceLabel } from '../vocab/index.js';
import { APOLOGIES_OPENING, APOLOGY_WORD, NO_APOLOGIES, apologiesList } from '../vocab/attendance.js';
import type { MinutesDoc } from './from-text/minutes-context.js';
import type { Para } from './from-text/paras.js';
import { attendee } from './attendance-people.js';

const REMOTE_SENTENCE = /^(.*?)\s+(?:(?:were|was)\s+(?:in attendance|present)\s+(?:virtually|remotely|online)|attended\s+(?:virtually|remotely|online)|joined\s+(?:the meeting\s+)?(?:virtually|remotely|online))/i;
const SUBSTITUTE_SENTENCE = /^(.*?)\s+(?:(?:was|were)\s+)?(?:present\s+|in attendance\s+|attended\s+)?(?:as\s+(?:a\s+)?substitutes?\s+for|substituted\s+for|substituting\s+for)\s+(.+)$/i;
const WHO_SUBSTITUTED = /,?\s+who\s+(?:was|were|had\s+been)\s+(substituted|replaced)\s+by\s+([^,;()]+?)(?=\s*(?:[,;]|\.(?:\s|$)|\band\b|$))/gi;
/** A minute about who came: apologies, substitutes, attendance. */
export const aboutAttendance = (title: string) => APOLOGY_WORD.test(title) || /substitut|attendance/i.test(title);
/** "Stephen Taylor stated that Richard Hunt had also given his apologies" */
const GAVE_APOLOGIES = /(?:^|\bthat\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:had\s+)?(?:also\s+)?(?:given|sent|tendered|offered)\s+(?:his|her|their)\s+apologies/u;

function sentences(para: Para): string[] {
  return para.raw.split(/(?<=[a-z)]{2}\.)\s+(?=[A-Z])/);
}

/** Prose in the apologies minute: apologies, substitutes, virtual attendance. */
export function fromProse(doc: MinutesDoc, listed: Attendee[]): Attendee[] {
  const out: Attendee[] = [];
  const about = (m: MinutesDoc['minutes'][number]) => `${m.title} ${m.paras[0]?.raw.slice(0, 40) ?? ''}`;
  const paras = [
    // an unnumbered "Welcome and Apologies" paragraph above the first minute
    ...doc.preamble.filter((p) => APOLOGIES_OPENING.test(p.raw) && !attendanceLabel(p.raw)),
    ...doc.minutes.filter((m) => aboutAttendance(m.title.trim() ? m.title : about(m))).flatMap((m) => m.paras),
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
      } else if (APOLOGY_WORD.test(s) && !NO_APOLOGIES.test(s)) {
        // "A, B and C who was substituted by D": the substitute in parentheses, as "C (substituted by D)"
        for (const p of splitNameList(apologiesList(s.replace(WHO_SUBSTITUTED, ' ($1 by $2)'))).filter((q) => looksLikeName(q.name))) {
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

/** "Lesley Game" and "Ms L Game" or "Game": one surname, and the first initials agree when both are given. */
export function samePerson(a: string, b: string): boolean {
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
