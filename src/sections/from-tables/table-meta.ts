// What a table is about: its title (caption, a title-like corner cell, the sentence introducing it, or the
// heading above) and its kind (budget, precept, capital, ...) from the words of title, header and labels.
import type { Block, TableBlock } from '../../model.js';
import type { TableKind } from '../../records.js';
import { toPeriod, unitHint } from '../../normalise/index.js';
import { clean } from './table-helpers.js';

const KINDS: [TableKind, RegExp][] = [
  ['capital', /\bcapital\b/i],
  ['precept', /\bprecepts?\b|council tax|\bband [a-h]\b/i],
  ['allocation', /\ballocat(ion|ed)s?\b|\bgrants? awarded\b/i],
  ['budget', /\bbudget|revenue|expenditure|\bincome\b|\bcosts?\b|funding gap|savings|£\s*'?(m|000|k)\b/i],
  ['workforce', /establishment|\bstrength\b|vacanc|\bfte\b|attrition|headcount|attendance rate|sickness|recruit/i],
  ['performance', /\bcalls?\b|answer|\branking\b|\brank\b|\b999\b|\b101\b|incidents?|performance|satisfaction|response time/i],
];

export function tableTitle(table: TableBlock, header: string[][], blocks: Block[], index: number): string | null {
  if (table.caption) return clean(table.caption);
  const topLeft = header[0]?.[0] ?? '';
  if (topLeft && (unitHint(topLeft) || toPeriod(topLeft))) return topLeft;
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const b = blocks[i];
    if (b.kind === 'table') break;
    if (b.kind === 'heading') return clean(b.text);
    // a short line right above a table, not a sentence, names it ("Work Programme – Appendix 1")
    if (i === index - 1 && b.kind === 'paragraph' && b.text.length <= 100 && !/[.!?]$/.test(b.text.trim())) return unnumbered(clean(b.text));
    const sentence = introSentence(unnumbered(clean(b.text)));
    if (sentence) return sentence;
  }
  // a corner cell with a comma reads as a title ("Grants, 2023") when no sentence introduces the table
  if (topLeft.includes(',')) return topLeft;
  for (let i = index - 1; i >= Math.max(0, index - 15); i--) if (blocks[i].kind === 'heading') return clean(blocks[i].text);
  return topLeft || null;
}

/** The paragraph's number is no part of a title ("1.12 The table ...", "19.The table ..."). */
const unnumbered = (text: string): string => text.replace(/^\d{1,3}(?:\.\d{1,3})*\.?\s*(?=\p{Lu}\p{Ll})/u, '');

/** The sentence that introduces a table: "2.3 The table below compares ...", "... is set out below:". */
function introSentence(text: string): string | null {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
  // a lone word with a colon ("Appendices:") is a heading of a list, not the sentence of a table
  const found = sentences.find((s) => /\btables?\b|\bbelow\b|\bfollowing\b/i.test(s) || (/:\s*$/.test(s) && s.split(' ').length >= 4));
  if (!found) return null;
  return found.length > 240 ? `${found.slice(0, 237)}...` : found;
}

export function tableKind(texts: string[]): TableKind {
  for (const text of texts) for (const [kind, re] of KINDS) if (re.test(text)) return kind;
  return 'other';
}
