// Motions decided with no one named as mover and seconder, one sentence each:
//   The Vice Chair proposed to accept this proposal and all Board members were in agreement.
//   Neal Ship was formally co-opted to the PC by a unanimous vote.
// A proposal by a role ("The Vice Chair") names no person; the agreement of all is a unanimous decision.
// Sentences naming a mover are read by proposals.ts, not here.
import { BY_VOTE, DECISION_VERB, EVERYONE, MOVED, UNANIMOUS, resultWord } from '../../vocab/index.js';
import { decisionIn, sentencesOf } from './decided-prose.js';

export interface Consent {
  result: string;
  unanimous: boolean | null;
  text: string;
}

/** the proposer's verb in a sentence ("proposed", "moved", "cynigiwyd"), not a label of a name */
const PROPOSED = new RegExp(`(?:^|\\s)(?:${MOVED})\\s+(?:to|that)\\b`, 'iu');
/** "all Board members were in agreement", "everyone agreed": up to three words name who */
const ALL_AGREED = new RegExp(`\\b(?:${EVERYONE})\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${DECISION_VERB})\\b`, 'iu');
const NEGATED = /\b(?:not|no|never)\b/i;

/** The motions decided without names in a paragraph's sentences. */
export function consentsIn(text: string): Consent[] {
  const out: Consent[] = [];
  for (const s of sentencesOf(text)) {
    if (NEGATED.test(s)) continue;
    if (BY_VOTE.test(s)) {
      out.push({ result: resultWord(s) === 'lost' ? 'lost' : 'carried', unanimous: UNANIMOUS.test(s) ? true : null, text: s });
    } else if (PROPOSED.test(s) && (ALL_AGREED.test(s) || UNANIMOUS.test(s)) && decisionIn(s) !== null) {
      out.push({ result: 'carried', unanimous: true, text: s });
    }
  }
  return out;
}
