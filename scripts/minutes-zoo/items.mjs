// The items of a generated meeting, in order: the opening ones (apologies, interests, last minutes), the
// business of its kind of body, finance (payments as clauses or as one decision, sub-items when the numbering
// has them), sometimes the exclusion of the public, and the next meeting's date. Decisions are drawn moved
// or not; what is not a decision (an undertaking, another body's decision, a note) is kept with its kind.
import { BODY_ITEMS, CY, ITEMS, PAYMENTS } from './words.mjs';

const pad = (n, w) => String(n).padStart(w, '0');
export const SUB_NUMBERINGS = ['1.', '1)', 'n.', 'Item n'];

/** Item numbers as printed (`label`) and as the truth keys them (`key`). */
export function numberer(v, date, r) {
  const yy = String(date.getUTCFullYear()).slice(2);
  const start = r.int(12, 140);
  let k = 0;
  const forms = {
    '1.': (k) => [`${k}`, `${k}.`], '1)': (k) => [`${k}`, `${k})`], 'yy/nnn': (k) => [`${yy}/${pad(start + k, 3)}`, `${yy}/${pad(start + k, 3)}`],
    'Minute n': (k) => [`${start + k}`, `Minute ${start + k}:`], 'n.': (k) => [`${start + k}`, `${start + k}.`], 'Item n': (k) => [`${k}`, `Item ${k}:`],
    'yyyy/nn': (k) => [`${date.getUTCFullYear()}/${pad(start % 60 + k, 2)}`, `${date.getUTCFullYear()}/${pad(start % 60 + k, 2)}`],
    'Myy.nn': (k) => [`M${yy}.${pad(start % 60 + k, 2)}`, `M${yy}.${pad(start % 60 + k, 2)}`],
  };
  return { next: () => forms[v.numbering](++k) };
}

const kindOf = (s) => (/\b(had|have|has) (resolved|agreed|decided|granted)|wedi (cytuno|gwrthod)|Inspectorate had/i.test(s) ? 'other-body'
  : /agreed to|Cytunodd/.test(s) ? 'undertaking' : 'noted');

export function itemsFor(c) {
  const { v, r, kind, cy, prev, next, venue, time, apologies, printDate, joinAnd, cyCllrs } = c;
  const dateAs = (d) => printDate(d, cy ? 'cy' : v.date === 'numeric' ? 'numeric' : 'plain');
  const carried = v.motionForms.filter((f) => !c.LOST_FORMS.has(f));
  let m = 0;
  const moved = () => (carried.length ? carried[m++ % carried.length] : null);
  const out = [];

  // opening items
  const aposText = apologies.length
    ? (cy ? `Derbyniwyd ymddiheuriadau gan ${cyCllrs(apologies.map((p) => p.name))}.`
      : `Apologies for absence were received from ${joinAnd(apologies.map((p) => `${p.hon ? `${p.hon} ` : ''}${p.name}`))}.`)
    : cy ? 'Dim.' : 'There were no apologies.';
  const inItem = v.apologies === 'in-item-1';
  out.push({ title: cy ? CY.titles.apologies : r.pick(['Apologies for Absence', 'Apologies']), say: [],
    pre: [inItem ? aposText : cy ? 'Croesawodd y Cadeirydd bawb i’r cyfarfod.' : 'The Chair welcomed everyone to the meeting.'],
    register: inItem ? apologies : [] });
  out.push({ title: cy ? CY.titles.interests : 'Declarations of Interest', say: [cy ? 'Dim.' : r.pick(['None were declared.', 'There were no declarations of interest.'])] });
  const minutesVp = cy ? `cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar ${dateAs(prev)} fel cofnod cywir`
    : `approve the minutes of the meeting held on ${dateAs(prev)} as a correct record, to be signed by the Chair`;
  out.push({ title: cy ? CY.titles.minutes : 'Minutes of the Previous Meeting', say: [],
    decisions: [{ vp: minutesVp, motion: r.next() < 0.6 ? moved() : null }] });

  // the business of the body
  const pool = cy ? CY.items : kind === 'borough-planning' ? [...BODY_ITEMS.planning, BODY_ITEMS.planning[0], ITEMS[1]]
    : kind === 'district-finance' ? [...BODY_ITEMS.finance, ITEMS[4], ITEMS[7]] : kind === 'trustees' ? [...BODY_ITEMS.trust, ITEMS[6], ITEMS[3]] : ITEMS;
  const business = r.shuffle(pool).slice(0, r.int(4, 5)).map((t) => {
    const fill = c.filler();
    const dos = r.shuffle(t.do).slice(0, r.next() < 0.3 ? 2 : 1);
    const nots = r.next() < 0.8 ? r.shuffle(t.not).slice(0, 1) : [];
    return { title: fill(t.title), say: t.say, fill, decisions: dos.map((d) => ({ vp: fill(d) })), not: nots.map((s) => ({ s, kind: kindOf(s) })) };
  });
  const decided = business.filter((b) => b.decisions.length);
  for (const b of r.shuffle(decided).slice(0, r.int(1, 2))) b.decisions[0].motion = moved();
  const lost = v.motionForms.find((f) => c.LOST_FORMS.has(f));
  if (lost && business.length) {
    const b = business[r.int(0, business.length - 1)];
    b.lost = [{ form: lost, vp: b.fill(r.pick(cy ? c.CY_LOST : c.LOST)) }];
  }
  out.push(...business);

  // finance: payments as the clauses of one resolution, or as one decision
  const payments = r.shuffle(cy ? CY.payments : PAYMENTS).slice(0, r.int(3, 5)).map(([what, sum]) => `${what} \u2013 ${c.money(sum)}`);
  const pay = v.finance === 'clauses'
    ? { vp: cy ? 'talu’r anfonebau canlynol:' : 'approve the following payments:', clauses: payments }
    : { vp: cy ? `talu anfonebau gwerth ${c.money(r.int(400, 2400))} fel y’u rhestrwyd` : `approve the schedule of payments totalling ${c.money(r.int(800, 4800))} as circulated` };
  if (r.next() < 0.5) pay.motion = moved();
  const reconciled = { vp: cy ? 'cymeradwyo’r cysoniad banc' : `approve the bank reconciliation to ${dateAs(new Date(prev.getTime() - 864e5))}` };
  const finTitle = cy ? CY.titles.finance : r.pick(['Finance', 'Accounts for Payment', 'Financial Matters']);
  if (v.subitems === 'yes') {
    out.push({ title: finTitle, say: [], pre: [cy ? 'Cyflwynodd y Clerc yr adroddiad ariannol.' : `The ${kind === 'trustees' ? 'Treasurer' : 'Clerk'} presented the financial report.`],
      subs: [{ title: cy ? 'Taliadau' : 'Payments', say: [], decisions: [pay] }, { title: cy ? 'Cysoniad banc' : 'Bank Reconciliation', say: [], decisions: [reconciled] }] });
  } else out.push({ title: finTitle, say: [], pre: [cy ? 'Cyflwynodd y Clerc y datganiad banc.' : `The ${kind === 'trustees' ? 'Treasurer' : 'Clerk'} presented the bank statement.`], decisions: [pay] });

  if (!cy && r.next() < 0.3) {
    out.push({ title: 'Exclusion of the Press and Public', say: [],
      decisions: [{ vp: 'exclude the press and public from the remainder of the meeting owing to the confidential nature of the business to be transacted' }] });
    out.push({ title: 'Staffing', say: ['The Chair reported on the annual appraisal of the Clerk.'],
      not: [{ s: 'It was noted that the appraisal had been completed.', kind: 'noted' }] });
  }
  const day = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][next.getUTCDay()];
  out.push({ title: cy ? CY.titles.next : 'Date of Next Meeting', say: [],
    pre: [cy ? `${printDate(next, 'cy')} am ${time} yn ${venue}.` : `The next meeting will be held on ${day} ${dateAs(next)} at ${time} in ${venue}.`] });
  return out;
}
