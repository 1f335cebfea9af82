// One generated set of minutes: the variants drawn for it (variants.mjs) applied to an invented meeting,
// giving the blocks to print (paragraphs of runs, tables, two-column blocks) and the truth records, each
// with the printed string (`anchor`) by which build.mjs finds the page it landed on.
import { rng } from '../zoo/archetypes.mjs';
import { LOST, CY_LOST, LOST_FORMS, motion, resolution } from './decisions.mjs';
import { attendance, cyCllrs, heading, isoDate, joinAnd, printDate } from './front.mjs';
import { itemsFor, numberer } from './items.mjs';
import { clauseMark } from './variants.mjs';
import * as W from './words.mjs';

class Doc {
  blocks = [];
  anchors = [];
  truth = { attendees: [], minute_items: [], resolutions: [], motions: [] };
  distractors = [];
  p(runs, role = 'body') { this.blocks.push({ t: 'p', role, runs: runs.map(([s, b]) => ({ s, b: !!b })) }); }
  table(rows, head) { this.blocks.push({ t: 'table', rows, head }); }
  cols(cols) { this.blocks.push({ t: 'cols', cols: cols.map((c) => c.map((runs) => runs.map(([s, b]) => ({ s, b: !!b })))) }); }
  rec(type, record, anchor, loose = false) {
    this.truth[type].push(record);
    this.anchors.push({ record, anchor, loose });
  }
}

const money = (n) => `£${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const GENERIC = ['Members discussed the matter at some length.', 'The Chair thanked everyone for their contributions.',
  'A short discussion followed on the timing of the work.', 'Several members asked for the item to be kept under review.'];
const CY_GENERIC = ['Bu trafodaeth fer ar yr eitem.', 'Diolchodd y Cadeirydd i bawb am eu cyfraniad.'];

/** People of the meeting with initials all different (a proposer printed "JA" must be one person). */
function people(r, v, n) {
  const first = v.lang === 'cy' ? W.WELSH_FIRST : W.FIRST;
  const last = v.lang === 'cy' ? W.WELSH_SURNAMES : W.SURNAMES;
  const out = [];
  const seen = new Set();
  for (const s of r.shuffle(last)) {
    const f = r.pick(first);
    if (seen.has(f[0] + s[0]) || out.length === n) continue;
    seen.add(f[0] + s[0]);
    out.push({ first: f, surname: s, name: v.names === 'full' ? `${f} ${s}` : `${f[0]} ${s}`, initials: f[0] + s[0] });
  }
  return out;
}

export function compose(v, seed) {
  const r = rng(seed);
  const doc = new Doc();
  const cy = v.lang === 'cy';
  const place = r.pick(cy ? W.WELSH_PLACES : W.PLACES);
  const kind = v.kind;
  const council = cy ? `Cyngor Cymuned ${place}` : {
    parish: `${place} Parish Council`, town: `${place} Town Council`, community: `${place} Community Council`,
    'borough-planning': `${place} Borough Council`, 'district-finance': `${place} District Council`, trustees: `${place} Village Hall Trust`,
  }[kind];
  const meetingName = { 'borough-planning': 'Planning Committee', 'district-finance': 'Finance and Resources Committee', trustees: 'Board of Trustees',
    town: 'Full Council' }[kind] ?? r.pick(['Ordinary Meeting', 'Parish Council Meeting', 'Full Council']);
  const body = ['borough-planning', 'district-finance'].includes(kind) ? `the ${meetingName} of ${council}` : kind === 'trustees' ? `the Board of Trustees of ${council}` : council;
  const who = { 'borough-planning': 'Committee', 'district-finance': 'Committee', trustees: 'Trustees' }[kind] ?? 'Council';
  const trustees = kind === 'trustees';
  const date = new Date(Date.UTC(r.int(2023, 2025), r.int(0, 11), r.int(1, 28)));
  const weekday = (d) => { while ([0, 6].includes(d.getUTCDay())) d.setUTCDate(d.getUTCDate() + 1); return d; };
  weekday(date);
  const prev = weekday(new Date(date.getTime() - r.int(26, 35) * 864e5));
  const next = weekday(new Date(date.getTime() + r.int(26, 35) * 864e5));
  const time = cy ? '7.00 yh' : r.pick(['7.00pm', '7.30 pm', '19:00', '6.30pm', '2.00 pm']);
  const venue = r.pick(cy ? W.CY_VENUES : W.VENUES);
  heading(doc, { body, council, meetingName, venue, time, date }, v);

  // attendance: members (the first in the chair), officers, apologies, absent
  const crowd = people(r, v, 14);
  const nPresent = r.int(5, 8);
  const hon = trustees ? null : cy ? 'Y Cynghorydd' : v.present === 'members-present' ? 'Councillor' : 'Cllr';
  const member = (p, role) => ({ ...p, hon, role: role ?? null });
  const present = crowd.slice(0, nPresent).map((p, i) => member(p, i === 0 ? (cy ? 'Cadeirydd' : trustees ? 'Chair' : r.pick(['Chair', 'Chairman'])) : null));
  const clerkRole = cy ? 'Clerc' : trustees ? 'Hall Manager' : kind.includes('-') ? 'Democratic Services Officer' : r.pick(['Clerk', 'Parish Clerk', 'Clerk and RFO']);
  const officers = [{ ...crowd[nPresent], hon: null, role: clerkRole }];
  if (!trustees && !cy && r.next() < 0.5) officers.push({ ...crowd[nPresent + 1], hon: 'Cllr', role: kind.includes('-') ? 'Ward Member' : 'County Councillor' });
  const nApologies = v.apologies === 'none' ? 0 : r.int(1, 3);
  const apologies = crowd.slice(nPresent + 2, nPresent + 2 + nApologies).map((p) => member(p));
  const absent = v.absent === 'label' ? [member(crowd[nPresent + 2 + nApologies])] : [];
  const publicCount = r.pick([0, 2, 3, 5]);
  attendance(doc, { present, officers, apologies, absent, public: publicCount && (cy ? 'dau' : publicCount), trustees }, v);

  // how people are named when they move and second
  const mover = (p) => {
    if (v.motionNames === 'initials') return { shown: p.initials, name: p.initials };
    const name = v.motionNames === 'surname' ? p.surname : p.name;
    return { shown: cy ? `y Cynghorydd ${name}` : hon ? `Cllr ${name}` : name, name };
  };
  // one street, firm, group and sum per item, so that what is said and what is decided agree
  const filler = () => {
    const [street, firm, group, sum] = [r.pick(W.STREETS), r.pick(W.FIRMS), r.pick(W.GROUPS), money(r.int(4, 60) * 25)];
    return (s) => s.replace(/\$street/g, street).replace(/\$firm/g, firm).replace(/\$group/g, group).replace(/\$sum/g, sum)
      .replace(/\$ref2?/g, () => `${String(date.getUTCFullYear()).slice(2)}/0${r.int(1000, 1999)}/FUL`)
      .replace(/\$person/g, () => (cy ? present[r.int(1, nPresent - 1)].name : `${hon ? 'Cllr ' : ''}${present[r.int(1, nPresent - 1)].name}`))
      .replace(/\$place/g, place);
  };
  const fill = filler();

  const num = numberer(v, date, r);
  let resN = 0;
  const resForm = () => v.resForms[resN++ % v.resForms.length];
  // a carried proposal has more for than against, a lost one more against than for
  const votes = (withCounts = true, lost = false) => {
    const few = r.int(1, 2);
    let abstain = cy ? r.int(0, 1) : r.pick([0, 1, 1, 2]);
    if (nPresent - few - abstain <= few) abstain = 0;
    const many = nPresent - few - abstain;
    return lost ? { for: few, against: many, abstain, withCounts } : { for: many, against: few, abstain, withCounts };
  };
  const pair = () => { const [a, b] = r.shuffle(present).slice(0, 2); return [mover(a), mover(b)]; };

  /** One item: heading (own line or run in), what was said, decisions moved or not, things not decided. */
  const item = (it, key, label) => {
    const paras = [...(it.pre ?? []), ...r.shuffle(it.say.map(it.fill ?? fill)).slice(0, r.int(1, 2)), ...(r.next() < 0.5 ? [r.pick(cy ? CY_GENERIC : GENERIC)] : [])];
    if (!paras.length) paras.push(cy ? 'Ystyriwyd yr eitem.' : 'The item was considered.');
    const title = v.title === 'caps-own-line' ? it.title.toUpperCase() : it.title;
    const rec = { minute: key, title: it.title, variant: `${v.numbering}/${v.title}` };
    if (v.title === 'run-in') {
      doc.p([[`${label} ${title}`, 1], [`${v.runInSep}${paras.shift()}`]], 'body');
    } else doc.p([[`${label} ${title}`, 1]], 'item');
    doc.rec('minute_items', rec, `${label} ${title}`);
    for (const p of it.register ?? []) doc.rec('attendees', { status: 'apologies', name: p.name, honorific: p.hon ? 'Cllr' : null }, p.name, true);
    const body = [...paras];
    const flush = () => { if (body.length) doc.p([[body.join(' ')]], 'body'); body.length = 0; };
    for (const d of it.decisions ?? []) {
      const form = d.form ?? resForm();
      const mf = d.motion ?? null;
      const res = resolution(form, d.vp, who);
      let m = null;
      if (mf) {
        const [a, b] = pair();
        m = motion(mf, a, b, d.vp, votes(), who);
        if (!m.own && !m.resolvedIn) body.push(m.printed);
        flush();
        if (m.own) doc.p([[m.printed]], 'body');
        doc.rec('motions', { minute: key, ...m.rec, variant: mf }, m.printed.slice(0, 40));
      }
      if (m?.resolvedIn) {
        doc.p([[m.printed]], 'body');
        doc.rec('resolutions', { minute: key, index: null, text: d.vp, sub_items: [], variant: mf }, d.vp.slice(0, 40));
        continue;
      }
      if (res.inline && !d.clauses) body.push(res.printed);
      flush();
      if (!res.inline || d.clauses) doc.p([[res.printed]], d.clauses ? 'body' : 'resolution');
      doc.rec('resolutions', { minute: key, index: null, text: res.text, sub_items: d.clauses ?? [], variant: d.clauses ? `clauses/${form}` : form }, res.printed.slice(0, 40));
      for (const [i, c] of (d.clauses ?? []).entries()) doc.p([[`${clauseMark(v.clauses, i)} ${c}`]], 'clause');
    }
    for (const n of it.lost ?? []) {
      const [a, b] = pair();
      const m = motion(n.form, a, b, n.vp, votes(r.next() < 0.5, true), who);
      body.push(m.printed);
      doc.rec('motions', { minute: key, ...m.rec, variant: n.form }, m.printed.slice(0, 40));
    }
    for (const n of it.not ?? []) {
      const s = (it.fill ?? fill)(n.s);
      body.push(s);
      doc.distractors.push({ minute: key, text: s, kind: n.kind });
    }
    flush();
    for (const p of it.post ?? []) doc.p([[p]], 'body');
  };

  const items = itemsFor({ v, r, kind, cy, who, fill, filler, prev, next, venue, time, apologies, present, hon, money, printDate, joinAnd, cyCllrs, LOST, CY_LOST, LOST_FORMS });
  for (const it of items) {
    const [key, label] = num.next();
    item(it, key, label);
    it.subs?.forEach((s, i) => item(s, `${key}.${i + 1}`, `${key}.${i + 1}`));
  }
  doc.p([[cy ? `Daeth y cyfarfod i ben am 8.${r.int(10, 55)} yh.` : `There being no further business the Chair closed the meeting at ${r.int(8, 9)}.${r.int(10, 55)}pm.`]], 'body');
  doc.p([[cy ? 'Llofnod y Cadeirydd: ........................  Dyddiad: ..............' : 'Signed: ................................ (Chair)     Date: ....................']], 'body');
  return { doc, meta: { council, body, cy, date: isoDate(date), meetingName, printedDate: printDate(date, v.date) } };
}
