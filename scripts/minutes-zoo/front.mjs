// The top of a generated set of minutes: the heading that names body, date, time and venue, and the
// attendance block (present, officers, apologies, absent) in the variant drawn for the document.
// Every attendee is registered with the record the truth expects (status, name without honorific).
import { CY_EVENINGS, CY_MONTHS, MONTHS, WEEKDAYS } from './words.mjs';

const ordinal = (d) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const pad = (n) => String(n).padStart(2, '0');

/** A date as the variant prints it; `weekday` says whether the printed form already names the day. */
export function printDate(d, variant) {
  const [day, month, year] = [d.getUTCDate(), d.getUTCMonth(), d.getUTCFullYear()];
  if (variant === 'ordinal') return `${ordinal(day)} ${MONTHS[month]} ${year}`;
  if (variant === 'numeric') return `${pad(day)}/${pad(month + 1)}/${year}`;
  if (variant === 'weekday-commas') return `${WEEKDAYS[d.getUTCDay()]}, ${day} ${MONTHS[month]}, ${year}`;
  if (variant === 'cy') return `${day} ${CY_MONTHS[month]} ${year}`;
  return `${day} ${MONTHS[month]} ${year}`;
}
export const isoDate = (d) => d.toISOString().slice(0, 10);

/** "Tuesday 12 March 2024": the weekday added unless the date's format prints it already. */
const dayAndDate = (d, v) => (v === 'weekday-commas' ? printDate(d, v) : `${WEEKDAYS[d.getUTCDay()]} ${printDate(d, v)}`);

/** The heading lines of the document. */
export function heading(doc, m, v) {
  const { body, council, meetingName, venue, time } = m;
  const date = m.date;
  if (v.heading === 'cy') {
    doc.p([[council.toUpperCase(), 1]], 'title');
    doc.p([[`Cofnodion cyfarfod ${council} a gynhaliwyd yn ${venue} ${CY_EVENINGS[date.getUTCDay()]}, ${printDate(date, 'cy')} am ${time}`]], 'sub');
  } else if (v.heading === 'caps-held-on') {
    doc.p([[`MINUTES OF THE MEETING OF ${body.toUpperCase()} HELD ON ${dayAndDate(date, v.date).toUpperCase()} AT ${time.toUpperCase()} IN ${venue.toUpperCase()}`, 1]], 'title');
  } else if (v.heading === 'body-then-held-at') {
    doc.p([[council, 1]], 'title');
    doc.p([[`Minutes of the ${meetingName} held at ${venue} on ${dayAndDate(date, v.date)} at ${time}`]], 'sub');
  } else if (v.heading === 'dash-title') {
    doc.p([[council.toUpperCase(), 1]], 'title');
    doc.p([[`Minutes \u2013 ${meetingName} \u2013 ${printDate(date, v.date)}`, 1]], 'sub');
    doc.p([[`Held in ${venue}, commencing at ${time}`]], 'body');
  } else {
    doc.p([[council.toUpperCase(), 1]], 'title');
    doc.p([[`MINUTES OF THE ${meetingName.toUpperCase()}`, 1]], 'sub');
    doc.p([['Date: ', 1], [printDate(date, v.date)]], 'body');
    doc.p([['Time: ', 1], [time]], 'body');
    doc.p([['Venue: ', 1], [venue]], 'body');
  }
}

/** "A, B, C and D" (Welsh: "a"). */
export const joinAnd = (xs, and = 'and') => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs.at(-1)}`);

/** A person as printed in a list: "Cllr J Ashworth (Chair)"; `hon` false leaves the title off. */
const shown = (p, hon = true) => `${hon && p.hon ? `${p.hon} ` : ''}${p.name}${p.role ? ` (${p.role})` : ''}`;

/** "Y Cynghorydd A, y Cynghorydd B a'r Cynghorydd C": Welsh councillors one by one. */
export const cyCllrs = (names, cap = false) => names.map((n, i) => (i > 0 && i === names.length - 1 ? `a\u2019r Cynghorydd ${n}` : `${i === 0 && cap ? 'Y' : 'y'} Cynghorydd ${n}`))
  .map((s, i, all) => (i < all.length - 2 ? `${s},` : s)).join(' ');

function register(doc, status, people) {
  for (const p of people) {
    const honorific = ['Councillor', 'Cllr', 'Y Cynghorydd'].includes(p.hon) ? 'Cllr' : p.hon ?? null;
    doc.rec('attendees', { status, name: p.name, honorific, ...(p.role ? { role: p.role } : {}) }, p.name, true);
  }
}

/**
 * The attendance block. `a` holds present (members, first the chair), officers (clerk first), public (a
 * number, never named), apologies and absent; where the variant prints apologies in item 1, they are left
 * to the items.
 */
export function attendance(doc, a, v) {
  const cy = v.lang === 'cy';
  const group = cy ? 'Y Cynghorwyr' : a.trustees ? '' : 'Cllrs';
  const underPresent = v.officers === 'clerk-under-present' ? [a.officers[0]] : [];
  const officers = v.officers === 'clerk-under-present' ? a.officers.slice(1) : a.officers;
  const publicNote = a.public ? (cy ? `${a.public} aelod o’r cyhoedd` : `${a.public} members of the public`) : null;
  const label = (s) => doc.p([[s, 1]], 'label');
  const line = (lab, text) => doc.p([[`${lab} `, 1], [text]], 'body');

  if (v.present === 'two-column') {
    // present on the left, everyone else (labelled) on the right, as councils lay out a front block
    const right = [];
    if (officers.length || publicNote) {
      right.push([[cy ? 'Hefyd yn bresennol:' : 'In attendance:', 1]], ...officers.map((p) => [[shown(p)]]));
      if (publicNote) right.push([[publicNote]]);
    }
    if (v.apologies === 'label-list' && a.apologies.length) right.push([[cy ? 'Ymddiheuriadau:' : 'Apologies:', 1]], ...a.apologies.map((p) => [[shown(p)]]));
    doc.cols([[[[cy ? 'Presennol:' : 'Present:', 1]], ...[...a.present, ...underPresent].map((p) => [[shown(p)]])], right]);
    register(doc, 'present', a.present);
    register(doc, 'also_present', [...underPresent, ...officers]);
  } else {
    const members = [...a.present, ...underPresent];
    // an inline list names the councillors together, and an officer among them after a semicolon
    const inline = (hon) => `${joinAnd(a.present.map((p) => shown(p, hon)), cy ? 'a' : 'and')}${underPresent.map((p) => `; ${shown(p)}`).join('')}`;
    if (v.present === 'one-per-line') {
      label(cy ? 'PRESENNOL:' : 'PRESENT:');
      for (const p of members) doc.p([[shown(p)]], 'line');
    } else if (v.present === 'table-name-role') {
      label(cy ? 'Yn bresennol' : 'Present');
      doc.table([[cy ? 'Enw' : 'Name', cy ? 'Rôl' : 'Role'], ...members.map((p) => [`${p.hon ? `${p.hon} ` : ''}${p.name}`, p.role ?? (p.hon ? (cy ? 'Cynghorydd' : 'Councillor') : 'Trustee')])], true);
    } else if (v.present === 'members-present') {
      line(a.trustees ? 'Trustees present:' : 'Members present:', inline(true));
    } else if (v.present === 'councillors-present') {
      line(cy ? 'Cynghorwyr yn bresennol:' : a.trustees ? 'Trustees present:' : 'Councillors present:', inline(false));
    } else {
      line(cy ? 'PRESENNOL:' : 'Present:', `${group ? `${group} ` : ''}${inline(false)}`);
    }
    register(doc, 'present', a.present);
    register(doc, 'also_present', underPresent);
    const extra = [...officers.map((p) => shown(p)), ...(publicNote ? [publicNote] : [])];
    if (extra.length) {
      const lab = cy ? 'HEFYD YN BRESENNOL:' : v.officers === 'also-present' ? 'Also present:' : 'In attendance:';
      line(lab, joinAnd(extra, cy ? 'a' : 'and'));
    }
    register(doc, 'also_present', officers);
    if (v.apologies === 'label-list' && a.apologies.length) {
      line(cy ? 'YMDDIHEURIADAU:' : 'Apologies:', cy ? cyCllrs(a.apologies.map((p) => p.name), true) : a.apologies.map((p) => shown(p)).join(', '));
    }
  }
  if (v.apologies === 'label-list') register(doc, 'apologies', a.apologies);
  if (v.apologies === 'prose-block' && a.apologies.length) {
    doc.p([[cy ? `Derbyniwyd ymddiheuriadau gan ${cyCllrs(a.apologies.map((p) => p.name))}.`
      : `Apologies for absence were received from ${a.trustees ? '' : a.apologies.length > 1 ? 'Cllrs ' : 'Cllr '}${joinAnd(a.apologies.map((p) => p.name))}.`]], 'body');
    register(doc, 'apologies', a.apologies);
  }
  if (v.absent === 'label' && a.absent.length) {
    line(cy ? 'ABSENNOL:' : 'Absent:', a.absent.map((p) => shown(p)).join(', '));
    register(doc, 'absent', a.absent);
  }
}
