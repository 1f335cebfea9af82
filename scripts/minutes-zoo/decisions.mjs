// How a meeting's decisions and proposals are printed: each resolved form and each moved-and-seconded form
// in the words councils use (English and Welsh), with the record the truth expects for it. A decision is a
// verb phrase ("accept the quotation of ..."), so that every form can print the same decision.

/** Welsh soft mutation of a verb-noun after "i" ("derbyn" -> "dderbyn"). */
export function soft(s) {
  for (const [a, b] of [['ll', 'l'], ['rh', 'r'], ['p', 'b'], ['t', 'd'], ['c', 'g'], ['b', 'f'], ['d', 'dd'], ['g', ''], ['m', 'f']])
    if (s.startsWith(a)) return b + s.slice(a.length);
  return s;
}

const stop = (s) => (/[:.]$/.test(s) ? s : `${s}.`);

export const RESOLUTION_FORMS = ['resolved-colon-that', 'resolved-that', 'it-was-resolved-to', 'it-was-agreed-that', 'body-agreed-to',
  'members-resolved-to', 'decision-colon'];
export const CY_RESOLUTION_FORMS = ['cy-penderfynwyd', 'cy-cytunwyd', 'cy-penderfynwyd-caps'];

/**
 * One decision printed in `form`: `printed` is the sentence, `text` what the truth keeps (the printed sentence
 * without a bare resolved marker), `inline` whether councils run it on in the discussion paragraph.
 * `who` is the deciding body as the minutes name it ("Council", "Committee", "Trustees").
 */
export function resolution(form, vp, who) {
  const r = (printed, text, inline = false) => ({ printed: stop(printed), text: stop(text), inline });
  switch (form) {
    case 'resolved-colon-that': return r(`RESOLVED: that the ${who} ${vp}`, `that the ${who} ${vp}`);
    case 'resolved-that': return r(`Resolved that the ${who} ${vp}`, `that the ${who} ${vp}`);
    case 'it-was-resolved-to': return r(`It was RESOLVED to ${vp}`, `to ${vp}`);
    case 'it-was-agreed-that': return r(`It was agreed that the ${who} should ${vp}`, `that the ${who} should ${vp}`, true);
    case 'body-agreed-to': return r(`The ${who} AGREED to ${vp}`, `The ${who} AGREED to ${vp}`);
    case 'members-resolved-to': return r(`${who === 'Trustees' ? 'Trustees' : 'Members'} resolved to ${vp}`, `${who === 'Trustees' ? 'Trustees' : 'Members'} resolved to ${vp}`, true);
    case 'decision-colon': return r(`DECISION: To ${vp}`, `To ${vp}`);
    case 'cy-penderfynwyd': return r(`Penderfynwyd ${vp}`, vp);
    case 'cy-cytunwyd': return r(`Cytunwyd i ${soft(vp)}`, `i ${soft(vp)}`, true);
    case 'cy-penderfynwyd-caps': return r(`PENDERFYNWYD: ${vp}`, vp);
    default: throw new Error(`no resolution form ${form}`);
  }
}

export const MOTION_FORMS = ['proposed-seconded-all-in-favour', 'moved-seconded-carried', 'proposed-counts', 'proposer-seconder-labels', 'lost-vote'];
export const CY_MOTION_FORMS = ['cy-cynigiwyd', 'cy-unfrydol', 'cy-pleidlais', 'cy-collwyd'];
/** The forms that record a proposal the meeting turned down (no resolution follows). */
export const LOST_FORMS = new Set(['lost-vote', 'cy-collwyd']);

/**
 * A proposal printed in `form`. `a`, `b`: proposer and seconder as printed ("Cllr J Ashworth") and as the
 * truth keeps them (`a.name`); `vp` the proposal; `votes` {for, against, abstain} of the members present.
 * Returns the sentences (`printed`, `after` printed after the resolution it carries when there is one) and the
 * motion record (`who`: the deciding body, as in resolution()). `cy-unfrydol` carries the resolution in its own sentence (`resolvedIn`).
 */
export function motion(form, a, b, vp, votes, who = 'Council') {
  const rec = (result, unanimous, counts = {}) => ({
    proposer: a.name, seconder: b.name, unanimous, for: counts.for ?? null, against: counts.against ?? null, abstain: counts.abstain ?? null, result });
  const tally = votes.abstain ? `${votes.for} for, ${votes.against} against, ${votes.abstain} abstention${votes.abstain > 1 ? 's' : ''}`
    : `${votes.for} for, ${votes.against} against`;
  const counted = { for: votes.for, against: votes.against, ...(votes.abstain ? { abstain: votes.abstain } : {}) };
  switch (form) {
    case 'proposed-seconded-all-in-favour': return { printed: `Proposed ${a.shown}, seconded ${b.shown}, all in favour.`, rec: rec('carried', true) };
    case 'moved-seconded-carried': return { printed: `Moved by ${a.shown}, seconded by ${b.shown} and carried.`, rec: rec('carried', null) };
    case 'proposed-counts': return { printed: `${a.shown} proposed that the recommendation be accepted, seconded by ${b.shown}. Carried (${tally}).`, rec: rec('carried', false, counted) };
    case 'proposer-seconder-labels': return { printed: `Proposer: ${a.shown}   Seconder: ${b.shown}`, rec: rec('carried', null), own: true };
    case 'lost-vote': return votes.withCounts
      ? { printed: `${a.shown} proposed that the ${who} ${vp}; this was seconded by ${b.shown}. On being put to the vote the motion was lost (${votes.for} for, ${votes.against} against).`, rec: rec('lost', false, { for: votes.for, against: votes.against }) }
      : { printed: `${a.shown} proposed that the ${who} ${vp}; this was seconded by ${b.shown}. On being put to the vote the motion was lost.`, rec: rec('lost', null) };
    case 'cy-cynigiwyd': return { printed: `Cynigiwyd gan ${a.shown}, eiliwyd gan ${b.shown}.`, rec: rec('carried', null) };
    case 'cy-unfrydol': return { printed: `Cynigiwyd gan ${a.shown}, eiliwyd gan ${b.shown}, a phenderfynwyd yn unfrydol ${vp}.`, rec: rec('carried', true), resolvedIn: true };
    case 'cy-pleidlais': return { printed: `Cynigiwyd gan ${a.shown}, eiliwyd gan ${b.shown}, fod y Cyngor yn ${vp}. Pleidlais: ${votes.for} o blaid, ${votes.against} yn erbyn, ${votes.abstain} yn ymatal. Cariwyd y cynnig.`,
      rec: rec('carried', false, { for: votes.for, against: votes.against, abstain: votes.abstain }) };
    case 'cy-collwyd': return { printed: `Cynigiwyd gan ${a.shown}, eiliwyd gan ${b.shown}, fod y Cyngor yn ${vp}. Pleidlais: ${votes.for} o blaid, ${votes.against} yn erbyn. Collwyd y cynnig.`,
      rec: rec('lost', false, { for: votes.for, against: votes.against }) };
    default: throw new Error(`no motion form ${form}`);
  }
}

/** Proposals that the zoo's meetings turn down. */
export const LOST = ['purchase a second noticeboard for $street', 'fund a summer play scheme at a cost of $sum', 'install a bench on $street at a cost of $sum'];
export const CY_LOST = ['prynu hysbysfwrdd newydd ar gyfer y pentref', 'ariannu cynllun chwarae dros yr haf'];
