// Personal names as printed in minutes and rosters:
//   "Cllr Ann Example – Townshire", "John Sample –Chief Executive, OPCC", "Mr P Q Name, OBE",
//   "Mr J Clerk (Democratic Services Manager)", "Lee Other Independent Member"
// and lists of them: "Mr A, Mrs B and Dr C", "Councillors A and B", "... apologies from Mr A, Ms B".
// Names are never rewritten: the name returned is always a piece of the input.
import { leadingOfficerRole } from '../vocab/index.js';

export interface PersonParts {
  name: string;
  honorific: string | null;
  honours: string | null;
  /** what follows the name (dash text and/or parenthesised text), as printed */
  affiliation: string | null;
  /** parenthesised text ("Chair", "Democratic Services Manager") */
  role: string | null;
  /** the affiliation's parts: each parenthesised text, then the text after a dash (or a trailing role) */
  parts: string[];
}

// "Clr" is also printed; "Clir" (and "ClIr") and "Cilr" are "Cllr" as OCR reads it (l and I look alike)
const HONORIFIC: Record<string, string> = {
  cllr: 'Cllr', clr: 'Cllr', clir: 'Cllr', cilr: 'Cllr', councillor: 'Cllr', cllrs: 'Cllr', clirs: 'Cllr', councillors: 'Cllr', mr: 'Mr', mrs: 'Mrs', ms: 'Ms',
  miss: 'Miss', mx: 'Mx', dr: 'Dr', sir: 'Sir', dame: 'Dame', lord: 'Lord', lady: 'Lady', baroness: 'Baroness',
  professor: 'Professor', prof: 'Professor', rev: 'Rev', revd: 'Rev', reverend: 'Rev', messrs: 'Mr',
  alderman: 'Alderman', mesdames: 'Mrs', cmhlr: 'Cllr', cynghorydd: 'Cllr',
  // a county, district or borough councillor: "C/Cllr", "D/Cllr", "B/Cllr"
  'c/cllr': 'Cllr', 'd/cllr': 'Cllr', 'b/cllr': 'Cllr',
};
const PLURAL_HONORIFICS = new Set(['cllrs', 'clirs', 'councillors', 'messrs', 'mesdames']);
const COUNCIL_TIER = /^(?:County|District|Borough|City|Parish|Town|Unitary)$/i;
const HONOURS = new Set(['OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'JP', 'DL', 'QPM', 'BEM', 'KC', 'QC', 'MP', 'MEP',
  'CB', 'KCB', 'OStJ', 'FRSA', 'KPM', 'CVO', 'LVO', 'MVO', 'RD', 'TD', 'VR']);
/** words that make a trailing phrase a role rather than part of a name */
const ROLE_WORD = /^(?:Independent|Co-opted|Lay|Chair|Chairman|Chairwoman|Vice-Chair(?:man)?|Member|Members|Officer|Manager|Director|Commissioner|Leader|Clerk|Secretary|Treasurer|Executive|Representative|Observer|Substitute|Mayor|Adviser|Advisor|Councillor)$/;
const ROLE_START = /^(?:Independent|Co-opted|Lay|Chair|Chairman|Vice-Chair(?:man)?|Deputy|Chief|Head|Director|Cabinet|Leader|Substitute|Observer|Representative)$/;

/** Separator of name and affiliation: en/em dash with or without spaces, a hyphen with a space on a side. */
const DASH = /\s*[–—]\s*|\s+-+\s*|\s*-+\s+/;

export function honorificOf(token: string): string | null {
  return HONORIFIC[token.replace(/\.$/, '').toLowerCase()] ?? null;
}

function isPluralHonorific(token: string): boolean {
  return PLURAL_HONORIFICS.has(token.replace(/\.$/, '').toLowerCase());
}

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/g, '').trim();

const INITIALS_ONLY = /^\s*\p{Lu}\.?(?:\s?\p{Lu}\.?)?\s*$/u;

/** Split one printed person into name, honorific, honours, affiliation and role. Never throws. */
export function splitPerson(raw: string): PersonParts {
  let text = raw.replace(/\s+/g, ' ').trim();
  const roles: string[] = [];
  // parenthesised parts (a comma inside them never splits anything)
  text = text.replace(/\(([^()]*)\)/g, (m, inner: string, at: number) => {
    if (INITIALS_ONLY.test(inner)) {
      const before = text.slice(0, at).trim().split(/\s+/).filter((w) => !honorificOf(w));
      // "Collins (J)": an initial that tells two members of one surname apart belongs to the name
      if (before.length === 1) return m;
      // "Ann Muir (AM)": the person's own initials, as the minutes abbreviate them later
      const own = inner.replace(/[\s.]/g, '');
      const initials = before.map((w) => w[0]).join('').toUpperCase();
      // "(DHO)": some print two letters of the surname
      if (own === initials || (own.length === initials.length + 1 && own.startsWith(initials.slice(0, -1)) && own.includes(initials.slice(-1)))) return ' ';
    }
    if (clean(inner)) roles.push(clean(inner));
    return ' ';
  }).replace(/\s+/g, ' ').trim();
  let dashText: string | null = null;
  const dash = DASH.exec(text);
  if (dash && dash.index > 0) {
    dashText = clean(text.slice(dash.index + dash[0].length)) || null;
    text = text.slice(0, dash.index);
  }
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  let honorific: string | null = null;
  // "District Cllr Blackwell": the tier of the councillor's council goes with the honorific
  if (tokens.length > 2 && COUNCIL_TIER.test(tokens[0]) && honorificOf(tokens[1])) tokens.shift();
  while (tokens.length > 1 && honorificOf(tokens[0])) {
    honorific ??= honorificOf(tokens[0]);
    tokens.shift();
  }
  const honours: string[] = [];
  while (tokens.length > 1 && HONOURS.has(tokens[tokens.length - 1].replace(/\.$/, ''))) {
    honours.unshift(tokens.pop()!.replace(/\.$/, ''));
  }
  let trailingRole: string | null = null;
  const roleAt = tokens.findIndex((t, i) => i >= 1 && ROLE_START.test(t) && tokens.slice(i).some((w) => ROLE_WORD.test(w)));
  if (roleAt > 0 && !dashText) {
    trailingRole = tokens.slice(roleAt).join(' ');
    tokens.length = roleAt;
  }
  const name = substringName(raw, tokens);
  const affiliationParts = [...roles, dashText ?? trailingRole].filter((s): s is string => !!s);
  return {
    name,
    honorific,
    honours: honours.length ? honours.join(', ') : null,
    affiliation: affiliationParts.length ? affiliationParts.join(', ') : null,
    role: roles.length ? roles.join(', ') : trailingRole,
    parts: affiliationParts,
  };
}

/** The tokens as they stand in the input (whitespace collapsed), so that the name is never rewritten. */
function substringName(raw: string, tokens: string[]): string {
  if (tokens.length === 0) return '';
  const flat = raw.replace(/\s+/g, ' ');
  const joined = tokens.join(' ');
  if (flat.includes(joined)) return joined;
  // tokens were separated by commas in the input ("Smith, J"): take the span from first to last token
  const start = flat.indexOf(tokens[0]);
  const last = tokens[tokens.length - 1];
  const end = start < 0 ? -1 : flat.indexOf(last, start + tokens[0].length);
  if (start >= 0 && end >= 0) return flat.slice(start, end + last.length);
  return tokens[0];
}

/** Words of job titles and bodies, never of a name without an honorific ("Police and Crime Commissioner"). */
const NOT_A_NAME = /\b(?:officer|manager|director|commissioner|executive|counsel|secretary|treasurer|adviser|advisor|analyst|accountant|cabinet|deputy|assistant|co-?ordinator|headteacher|superintendent|constable|inspector|consultant|solicitor|monitoring|scrutiny|representative|members?|mayor|clerk|actions?|chair(?:man|woman|person)?|vice-chair\w*|leader|council|panel|committee|police|authority|department|services?)\b/i;

/** A piece of a list that reads as a person: honorific first, or a few capitalised words. */
export function looksLikeName(piece: string): boolean {
  const p = piece.replace(/\([^()]*\)/g, ' ').split(DASH)[0].trim();
  if (!p) return false;
  const words = p.split(/\s+/);
  if (honorificOf(words[0]) && words.length > 1) return true;
  if (words.length > 5) return false;
  if (!words.every((w) => /^[A-Z\u00C0-\u024F][\p{L}'’.-]*$/u.test(w) || HONOURS.has(w) || PARTICLE.test(w))) return false;
  if (words.some((w) => !HONOURS.has(w) && /^\p{Lu}{3,}$/u.test(w))) return false; // a heading: "UNRESTRICTED ITEMS"
  if (words.length === 1 && /^\p{Lu}{2}$/u.test(p)) return false; // a member's initials in a column: "HR"
  if (!NOT_A_NAME.test(p)) return true;
  // "Lionel Walker Independent Member": a name followed by a co-opted member's title
  const person = splitPerson(p);
  return !!person.role && /^(?:Independent|Co-opted|Lay)\b/.test(person.role) && !NOT_A_NAME.test(person.name);
}

const PARTICLE = /^(?:de|da|di|du|van|von|der|den|la|le|bin|al|el|ul)$/;

/** The words of a prose sentence before its list of names ("... apologies were received from"). */
const LEAD_IN = /^.*?\b(?:on behalf of|(?:received|accepted)(?:\s+and\s+(?:received|accepted))?\s+for|apologies (?:for absence )?(?:were )?(?:received )?from|received from|reported apologies from|apologies from|submitted by|tendered by)\s+/i;

/**
 * Split a paragraph of names into people: separators are commas, semicolons and "and"; a plural
 * honorific ("Councillors A and B") distributes; post-nominals and role phrases after a comma stay
 * with their person; a missing comma before an honorific still separates ("Cllr A (X) Cllr B (Y)").
 */
export function splitNameList(text: string): PersonParts[] {
  const body = text.replace(/\s+/g, ' ').replace(LEAD_IN, '').replace(/[.;:\s]+$/, '').trim();
  const people: PersonParts[] = [];
  // people whose dashed affiliation may go on after a comma ("– Chief Executive, OPCC")
  const dashed = new Set<PersonParts>();
  let shared: string | null = null;
  for (const piece of rolesBeforeNames(splitPieces(body))) {
    const first = piece.split(/\s+/)[0];
    if (isPluralHonorific(first)) {
      shared = honorificOf(first);
      const rest = piece.slice(first.length).trim();
      if (rest) people.push(splitPerson(rest));
      if (people.length && rest) people[people.length - 1].honorific = shared;
      continue;
    }
    const prev = people[people.length - 1];
    if (prev && HONOURS.has(piece.replace(/\.$/, ''))) {
      const honour = piece.replace(/\.$/, '');
      prev.honours = prev.honours ? `${prev.honours}, ${honour}` : honour;
      continue;
    }
    const continuesDash = prev && dashed.has(prev) && !honorificOf(first) && !DASH.test(piece) && !OWN_INITIALS.test(piece);
    if (prev && (continuesDash || !looksLikeName(piece))) {
      prev.affiliation = prev.affiliation ? `${prev.affiliation}, ${piece}` : piece;
      if (continuesDash) prev.parts[prev.parts.length - 1] += `, ${piece}`;
      else prev.parts.push(piece);
      continue;
    }
    const person = splitPerson(piece);
    if (!person.name) continue;
    if (DASH.test(piece.replace(/\([^()]*\)/g, ' ')) && !person.role) dashed.add(person);
    if (person.honorific) shared = null;
    else if (shared) person.honorific = shared;
    people.push(person);
  }
  return people;
}

/** "Chief Executive (Mr. C. Murray)": an official printed as role then name in parentheses. */
const ROLE_THEN_NAME = /^(.*?)\s*\(\s*((?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Sir|Dame|Messrs|Mesdames)\.?\s+[^()]+)\)$/;

/**
 * Turn "Director, Home and Social Development (Ms. C. Curley)" (cut at its commas into pieces) into
 * "Ms. C. Curley (Director, Home and Social Development)": the pieces since the last person are the role;
 * a plural honorific in the parentheses ("Senior Planners (Messrs. A and B)") stays for splitting.
 */
/** A piece printed as "Role (Mr. X)". */
export function isOfficialInParens(piece: string): boolean {
  const m = ROLE_THEN_NAME.exec(piece.trim());
  return !!m && !!m[1] && !honorificOf(m[1].split(/\s+/)[0]);
}

function rolesBeforeNames(pieces: string[]): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  // role pieces are gathered only at the list's start or after another official of this form
  let inRoles = true;
  let seen = false;
  const nextOfficial = (i: number) => {
    const k = pieces.findIndex((q, j) => j >= i && (ROLE_THEN_NAME.test(q) || !!honorificOf(q.split(/\s+/)[0])));
    return k >= 0 && !honorificOf(pieces[k].split(/\s+/)[0]);
  };
  pieces.forEach((piece, i) => {
    const officer = leadingOfficerRole(piece);
    if (officer && looksLikeName(officer[1])) {
      out.push(...pending, `${officer[1]} (${officer[0]})`);
      pending = [];
      inRoles = false;
      return;
    }
    const m = ROLE_THEN_NAME.exec(piece);
    if (m && isOfficialInParens(piece)) {
      seen = true;
      const role = [...pending, m[1]].join(', ');
      pending = [];
      inRoles = true;
      const names = outsideParens(m[2], /\s+(?:and|&)\s+/i);
      for (const n of names) out.push(`${n} (${role})`);
      return;
    }
    if (inRoles && (seen || !looksLikeName(piece)) && !piece.includes('(') && nextOfficial(i)) {
      pending.push(piece);
      return;
    }
    out.push(...pending, piece);
    pending = [];
    inRoles = false;
  });
  return [...out, ...pending];
}

/** Split at commas/semicolons outside parentheses, at "and"/"&" between names, before a bare honorific. */
function splitPieces(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      pieces.push(cur);
      cur = '';
    } else cur += ch;
  }
  pieces.push(cur);
  return pieces.flatMap(splitAnd).flatMap(splitBeforeHonorific).map((p) => p.trim()).filter(Boolean);
}

function splitAnd(raw: string): string[] {
  const piece = raw.trim().replace(/^(?:and|&)\s+/i, '');
  const parts = outsideParens(piece, /\s+(?:and|&)\s+/i);
  const out: string[] = [parts[0]];
  for (const p of parts.slice(1)) {
    const left = out[out.length - 1];
    // after "Name – Affiliation", "and" belongs to the affiliation unless a new person clearly starts
    const inAffiliation = DASH.test(left) && !honorificOf(p.split(/\s+/)[0]) && !DASH.test(p);
    // after a job title ("Director Finance and Lionel Walker") only a full name starts a new person
    const leftIsName = looksLikeName(left.replace(/\s*\([^()]*\)\s*$/, ''));
    const rightIsName = looksLikeName(p) && (leftIsName || !!honorificOf(p.split(/\s+/)[0]) || /\s/.test(p.trim()));
    // "Home and Social Development (Ms C)": one role before an official's name
    const roleOfOfficial = !honorificOf(left.split(/\s+/)[0]) && ROLE_THEN_NAME.test(p);
    if (!inAffiliation && rightIsName && !roleOfOfficial) out.push(p);
    else out[out.length - 1] += ` and ${p}`;
  }
  return out;
}

/**
 * "Cllr Ali (Northtown) Cllr Brown (Northtown)", "D Rich (Chair) N Cress": an honorific or an initial and
 * surname after a ")" starts a new person.
 */
function splitBeforeHonorific(piece: string): string[] {
  return piece.split(/(?<=\))\s+(?=(?:Cllr|Clr|Cl[iI]r|Cilr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Professor)\.?\s|\p{Lu}\.?\s+\p{Lu}[\p{Ll}'’-]+(?:\s*[,;]|\s+and\s|\s*$))|(?<=\(\p{Lu}{2,3}\))\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+\s*\(\p{Lu}{2,3}\))/u);
}

/** "Paula Kellingray (PK)": a full name followed by its own initials, as a roster prints each member. */
const OWN_INITIALS = /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+\s*\(\p{Lu}{2,3}\)$/u;

function outsideParens(text: string, sep: RegExp): string[] {
  const masked = text.replace(/\([^()]*\)/g, (m) => '\u0000'.repeat(m.length));
  const out: string[] = [];
  let last = 0;
  const re = new RegExp(sep.source, 'gi');
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    out.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** The family name (last word) of a name, for matching "Ms L Game" against "Lesley Game". */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

const ROLE_TEXT = /\b(?:chair|chairman|chairwoman|vice|member|members|officer|manager|director|commissioner|executive|leader|counsel|clerk|secretary|treasurer|head|lead|adviser|advisor|analyst|accountant|cabinet|deputy|assistant|co-?ordinator|headteacher|superintendent|constable|inspector|consultant|solicitor|monitoring|scrutiny|representative|substitut\w*|replaced|observer|mayor|governor|principal|specialist|engineer|planner|champion|portfolio|spokesperson|support)\b/i;

/** "OPCC", "BCC", "Northtown Council", "Shire Police": an acronym or a name of a body, not a list. */
const ORGANISATION = /^(?:[A-Z][A-Z0-9&]{1,9}|(?!.*\s(?:and|&)\s).*\b(?:Council|Police|Authority|Office|Service|Trust|Board|Partnership|Department|Constabulary|Commission|University|NHS|Fire|Agency|Government|Ltd|plc))$/;

/**
 * Organisation and role from what follows a name: "Northtown" and "(Southtown)" are organisations,
 * "(Chairman)" a role, "Chief Executive, OPCC" a role at an organisation.
 */
export function organisationAndRole(p: PersonParts): { organisation: string | null; role: string | null } {
  let organisation: string | null = null;
  const roles: string[] = [];
  for (const part of p.parts) {
    if (!ROLE_TEXT.test(part)) {
      organisation ??= part;
      continue;
    }
    const comma = part.lastIndexOf(', ');
    const tail = comma > 0 ? part.slice(comma + 2) : '';
    if (tail && ORGANISATION.test(tail) && !ROLE_TEXT.test(tail)) {
      roles.push(part.slice(0, comma));
      organisation ??= tail;
    } else roles.push(part);
  }
  return { organisation, role: roles.length ? roles.join(', ') : null };
}
