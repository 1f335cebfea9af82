// The shape of one language's minutes vocabulary (en.ts, cy.ts).
import type { AttendanceStatus } from '../records.js';

export interface Vocabulary {
  /** labels before a list of people, by the status of the people listed; `remote` lists are present, remotely */
  attendance: Record<AttendanceStatus | 'remote', string[]>;
  /** roles of people who attend but are not members: the body's officers ("Clerk", "RFO") and councillors of
   *  another council ("Borough Councillor"); listed among those present, they are in attendance */
  officerRoles: string[];
  /** people a list counts but never names ("and 2 members of the public"): no record */
  unnamedAttendees: string[];
  /** words that count them ("two", "several"; figures are read as such) */
  countWords: string[];
  /** words saying a sentence or a minute is about apologies ("Apologies", "apologised", "ymddiheuriadau") */
  apologyWords: string[];
  /** lead-ins of a sentence naming who sent apologies ("Apologies were received from", "Derbyniwyd ymddiheuriadau gan") */
  apologiesFrom: string[];
  /** sentences saying none were sent ("No apologies", "Dim ymddiheuriadau") */
  noApologies: string[];
  /** words that list nobody ("None", "Nil", Welsh "Dim") */
  noneWords: string[];
  /** column headings of a roster table ("Name | Role"): a row of nothing else is its header, no person */
  rosterHeaders: string[];
  /** the roster headings of a column of roles ("Role", "Rôl"): its cells are roles, even one like a name ("Cadeirydd") */
  roleHeaders: string[];
  /** attendance labels that say so only with a colon after them ("Members:", not a heading "Members") */
  labelNeedsColon: string[];
  /** titles of documents that record no meeting ("Record of Decision" of one member or officer) */
  noMeetingTitle: string[];
  /** words a minutes document's title opens with */
  minutesTitle: string[];
  /** lead-ins of a decision ("RESOLVED that", "It was agreed", "BE IT RESOLVED THAT") */
  resolved: string[];
  /** labels that state a decision only when a colon follows: "DECISION: To ..." */
  resolvedLabels: string[];
  /** who decides for the meeting when a sentence names it ("Members noted and approved", "All agreed") */
  decidingBodies: string[];
  /** verbs that say the meeting decided ("The Board adopted ...", "... were approved") */
  decisionVerbs: string[];
  /** verbs of handling that may come before a decision verb ("reviewed and accepted", "noted and approved") */
  processVerbs: string[];
  moved: string[];
  seconded: string[];
  /** who moved or seconded a motion printed before ("In proposing the motion, Cllr A ..."): the motion is not in this sentence */
  movedBack: string[];
  secondedBack: string[];
  /** what a vote decides ("the motion was carried", "declared the amendment lost") */
  motionNouns: string[];
  /** a decision taken by a vote without names ("co-opted by a unanimous vote") */
  byVote: string[];
  /** words saying everyone decided ("all Board members were in agreement"): a unanimous decision */
  everyone: string[];
  result: Record<'carried' | 'lost' | 'deferred' | 'withdrawn', string[]>;
  unanimous: string[];
  /** words before an item number ("Item 4", "Agenda item 3") */
  itemPrefix: string[];
  /** words before a resolution number ("Resolution No. R2025-101") */
  resolutionNumber: string[];
  voteLabels: Record<'for' | 'against' | 'abstain', string[]>;
  /** words joining the last two names of a list ("and", Welsh "a", "ac", "a'r") */
  conjunctions: string[];
  /** titles printed before a name, dropped from it ("Cllr", "Mayor", "Cyng.") */
  honorifics: string[];
  /** small words a title keeps in lower case ("Minutes of the meeting"): they neither end a title nor open a sentence */
  titleJoiners: string[];
  /** words that open a sentence run on after a title ("Finance The following ...", "Update At the last ...") */
  sentenceOpeners: string[];
  /** verbs that follow a sentence's subject ("Thames Water have ...", "Speeding signs are ..."): a title run on into it ends before the subject */
  sentenceVerbs?: string[];
  /** month names, each with its abbreviations, January first */
  months: string[][];
}
