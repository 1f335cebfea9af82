// Minute headings of minutes that number none (minute null):
//   **Apologies for Absence** (a short bold line over its text) | "Matters Arising: No matters arising"
import { attendanceLabel } from '../../vocab/index.js';
import { PLAIN_TITLE_MAX, notHeading, styled, type Heading } from './minute-headings.js';
import type { Para } from './paras.js';

/** longest styled title (a plain one: PLAIN_TITLE_MAX) */
const STYLED_TITLE_MAX = 200;

/**
 * An unnumbered heading (minutes that number none): a short styled line not ending a sentence, or in
 * unstyled text a short Title Case line ending in ":" ("Matters Arising: No matters arising").
 */
export function unnumberedHeading(paras: Para[], i: number, styledDoc: boolean): Heading | null {
  const p = paras[i];
  if (p.marker || notHeading(p) || attendanceLabel(p.raw)) return null;
  if (styledDoc) {
    // a styled title may be long when no sentence ends in it ("Division E - ... / Division F - ... / Division G - ...")
    const long = p.raw.length > PLAIN_TITLE_MAX && (p.raw.length > STYLED_TITLE_MAX || /\p{Ll}\.\s/u.test(p.raw));
    if (!styled(p) || long || /[.;,]$/.test(p.raw) || !/^\p{Lu}/u.test(p.raw)) return null;
    // what a line ending in a colon announces ("the following amendments:") is no heading
    if (i > 0 && /:$/.test(paras[i - 1].raw)) return null;
    if (!paras[i + 1] || styled(paras[i + 1])) return null;
    return { minute: null, title: p.raw.replace(/[\s:–—-]+$/, ''), next: i + 1 };
  }
  const m = /^(\p{Lu}[^:.;]{1,100}):(?:\s+(.*))?$/u.exec(p.raw);
  if (!m || !titleCase(m[1])) return null;
  const body = m[2] ? { ...p, raw: m[2], text: m[2], lines: [m[2]], marker: null } : undefined;
  return { minute: null, title: m[1].trim(), next: i + 1, body };
}

/** Most words of a title start with a capital ("Draft Budget 2013/2014"), unlike a sentence. */
function titleCase(s: string): boolean {
  const words = s.split(/[\s/]+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length > 0 && words.length <= 12 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}
