// The attendance vocabularies (en.ts, cy.ts) compiled for the attendance readers: people counted but never
// named, sentences of apologies, a list of nobody, a roster table's headings. Parsers ask here, as of index.ts.
import { all, asFirstLanguageList, phrases } from './index.js';

/** "and 2 members of the public", ", a dau aelod o'r cyhoedd": people a list counts but never names, with what joins them to it. */
const UNNAMED = new RegExp(`(?:\\s*[,;]|\\s+(?:${phrases(all((v) => v.conjunctions))}))?\\s*(?<![\\p{L}\\d])(?:\\d+|${
  phrases(all((v) => v.countWords))})\\s+(?:${phrases(all((v) => v.unnamedAttendees))})(?![\\p{L}])`, 'giu');
export function withoutUnnamed(text: string): string {
  return text.replace(UNNAMED, '');
}

/** A word saying a sentence or a minute is about apologies ("Apologies", "ymddiheuriadau"). */
export const APOLOGY_WORD = new RegExp(`(?<![\\p{L}])(?:${phrases(all((v) => v.apologyWords))})(?![\\p{L}])`, 'iu');
/** "No apologies", "Dim ymddiheuriadau": none were sent. */
export const NO_APOLOGIES = new RegExp(`(?<![\\p{L}])(?:${phrases(all((v) => v.noApologies))})(?![\\p{L}])`, 'iu');
const APOLOGIES_FROM = new RegExp(`^.*?(?<![\\p{L}])(?:${phrases(all((v) => v.apologiesFrom))})\\s+`, 'iu');
/** A paragraph that opens with apologies: "Apologies for absence ...", "Derbyniwyd ymddiheuriadau gan ...". */
export const APOLOGIES_OPENING = new RegExp(`^\\W*(?:\\d+\\.?\\s*)?(?:welcome\\s+and\\s+)?(?:${phrases(all((v) => [...v.apologyWords, ...v.apologiesFrom]))})(?![\\p{L}])`, 'iu');
/** The names of a sentence of apologies, after its lead-in, as a list in the first language's terms. */
export function apologiesList(sentence: string): string {
  return asFirstLanguageList(sentence.replace(APOLOGIES_FROM, ''));
}

/** "None", "Nil", "Dim": a list of nobody. */
export const NONE_WORD = new RegExp(`^(?:${phrases(all((v) => v.noneWords))})(?![\\p{L}])`, 'iu');

const ROSTER_WORD = new RegExp(`^(?:${phrases(all((v) => v.rosterHeaders))})$`, 'iu');
const ROLE_HEADER = new RegExp(`^(?:${phrases(all((v) => v.roleHeaders))})$`, 'iu');
/** "Role", "Rôl": the heading of a roster's column of roles. */
export const isRoleHeader = (cell: string) => ROLE_HEADER.test(cell.trim());
/** "Councillor", "Member", "Aelod" in a column of roles: no more than a member, no role. */
export const isMemberWord = (cell: string) => ROSTER_WORD.test(cell.trim());
/** A table row of roster column headings only ("Name | Role", "Enw | Rôl"): the header, no person. */
export function isRosterHeader(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((c) => isMemberWord(c) || isRoleHeader(c));
}
