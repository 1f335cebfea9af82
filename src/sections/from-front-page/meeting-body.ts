// Which body a pack belongs to, from the title lines of its front pages:
//   Shire Police and Crime Panel             | SHIRE COUNTY COUNCIL / CABINET     | Meeting: Pensions Board
//   Summons to and Agenda for the Budget County Council Meeting on Thursday, 13th February, 2025
//   MINUTES of a meeting of the Cabinet held in the Council Chamber, ...
import type { Block } from '../../model.js';

const BODY_WORD = /\b(panel|committee|sub-committee|subcommittee|council|cabinet|board|authority|commission|assembly|forum|partnership|executive|scrutiny)\b/i;
const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with']);
export const WEB = /https?:|www\.|@|\.(gov|org|co)\.uk/i;

export const linesOf = (b: Block) => (b.lines.length ? b.lines.map((l) => l.text) : [b.text]);
/** "Date: 9 January 2023" -> the value after one of the labels (alternatives "date|when"). */
export const labelled = (line: string, labels: string) => labelPattern(labels).exec(line)?.[1].trim() ?? null;

// one pattern per label set, compiled once: labelled runs for every front line
const labelPatterns = new Map<string, RegExp>();

function labelPattern(labels: string): RegExp {
  let re = labelPatterns.get(labels);
  if (!re) {
    re = new RegExp(`^\\s*(?:${labels})\\s*:\\s*(.+)$`, 'i');
    labelPatterns.set(labels, re);
  }
  return re;
}

export function firstOf<T>(items: string[], pick: (s: string) => T | null): T | null {
  for (const s of items) {
    const v = pick(s);
    if (v !== null) return v;
  }
  return null;
}

/** The body: labelled ("Meeting: Cabinet"), else the last of the first run of prominent lines naming a body, refined by "a meeting of the X held". */
export function bodyOf(front: Block[]): string | null {
  const named = firstOf(front.flatMap(linesOf), (l) => labelled(l, 'meeting|committee|body'));
  if (named && bodyName(named)) return bodyName(named);
  let prominent: string | null = null;
  for (const title of front.flatMap(titles)) {
    const name = bodyName(title);
    if (name) prominent = name;
    else if (prominent) break;
  }
  const sentence = firstOf(front.map((b) => b.text), (t) => /\bmeeting of (?:the )?(.+?)\s+(?:(?:will|to) be |was |is )?held\b/i.exec(t)?.[1] ?? null);
  const stated = sentence ? bodyName(sentence) : null;
  if (prominent && stated && !prominent.toLowerCase().includes(stated.toLowerCase())) return prominent;
  return stated ?? prominent;
}

/** Title lines of a block: a heading or bold block as a whole; in plain text (no styling) its short lines in capitals. */
function titles(b: Block): string[] {
  if (b.kind === 'heading' || b.bold) return [b.text];
  const capitals = (l: string) => { const head = l.replace(/\s*[–—-]?\s*\d.*$/, ''); return head === head.toUpperCase() && /\p{Lu}/u.test(head); };
  return linesOf(b).filter((l) => capitals(l) && l.split(/\s+/).length <= 8);
}

/** A body name from a title line: agenda/minutes wording and any date stripped; null when no body is named. */
function bodyName(text: string): string | null {
  if (WEB.test(text) || text.length > 150 || /\.$/.test(text)) return null;
  const name = text
    .replace(/^.*?\b(?:agenda|minutes|summons|notice)\b.*?\b(?:for|of)\s+(?:(?:a|the)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?/i, '')
    .replace(/^(?:a |the )?meeting of (?:the )?/i, '')
    .replace(/^(?:supplementary\s+)?(?:agenda|minutes|public document pack)\s*[-–—:]\s*/i, '')
    .replace(/\s+(?:supplementary\s+)?(?:agenda|minutes|summons|papers|(?:reports?|document)\s+pack)$/i, '')
    .replace(/\s+(?:meeting\s+)?(?:on|held)\b.*$/i, '')
    .replace(/\s*[–—,-]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}.*$/i, '')
    .replace(/[\s–—,:-]+$/, '')
    .trim();
  if (!BODY_WORD.test(name) || name.split(/\s+/).length > 12) return null;
  return name === name.toUpperCase() ? titleCase(name) : name;
}

/** "SHIRE POLICE AND CRIME PANEL" -> "Shire Police and Crime Panel"; words without vowels (acronyms) stay. */
function titleCase(text: string): string {
  return text.toLowerCase().replace(/[\p{L}']+/gu, (w, offset: number) => {
    if (offset > 0 && SMALL_WORDS.has(w)) return w;
    if (!/[aeiouy]/.test(w) && w.length > 1) return w.toUpperCase();
    return w[0].toUpperCase() + w.slice(1);
  });
}
