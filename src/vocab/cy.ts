// Welsh wording of minutes (cofnodion): labels, decisions, proposers. Data only, as en.ts.
import type { Vocabulary } from './types.js';

export const CY: Vocabulary = {
  attendance: {
    present: ['presennol', 'yn bresennol', "aelodau'n bresennol", 'aelodau yn bresennol', 'aelodau’n bresennol', 'cynghorwyr yn bresennol'],
    also_present: ['hefyd yn bresennol', 'yn mynychu', 'swyddogion', 'swyddogion yn bresennol', 'hefyd yn mynychu', 'clerc'],
    apologies: ['ymddiheuriadau', 'ymddiheuriadau am absenoldeb', 'derbyniwyd ymddiheuriadau gan', 'ymddiheuriadau gan'],
    absent: ['absennol'],
    substitute: ['dirprwyon'],
    remote: ['yn bresennol o bell'],
  },
  officerRoles: ['clerc', 'swyddog', 'swyddog cyllid cyfrifol'],
  labelNeedsColon: ['swyddogion', 'clerc'],
  noMeetingTitle: ['cofnod o benderfyniad'],
  minutesTitle: ['cofnodion', 'cofnodion drafft'],
  resolved: ['penderfynwyd', 'cytunwyd', 'penderfynwyd yn unfrydol', 'cytunwyd yn unfrydol', 'penderfyniad', 'phenderfynwyd', 'chytunwyd', 'cymeradwywyd', 'mabwysiadwyd',
    'penderfynwyd felly', 'cytunwyd felly'],
  resolvedLabels: ['penderfyniad', 'penderfyniadau'],
  // Welsh puts the verb first: a decision opens with an impersonal verb (resolved), not with who decided
  decidingBodies: [],
  decisionVerbs: [],
  processVerbs: [],
  moved: ['cynigiwyd gan', 'cynigydd', 'cynigiwyd', 'ar gynnig'],
  seconded: ['eiliwyd gan', 'eilydd', 'eiliwyd'],
  movedBack: ['wrth gynnig y cynnig', 'wrth gynnig y gwelliant'],
  secondedBack: ["wrth eilio'r cynnig", 'wrth eilio’r cynnig', "wrth eilio'r gwelliant", 'wrth eilio’r gwelliant'],
  motionNouns: ['cynnig', 'gwelliant', 'y cynnig', "y gwelliant"],
  byVote: ['drwy bleidlais unfrydol', 'trwy bleidlais unfrydol', 'drwy bleidlais fwyafrifol', 'trwy bleidlais fwyafrifol', 'drwy ddangos dwylo'],
  everyone: ['pawb', 'yr holl'],
  result: {
    carried: ['pasiwyd', 'cytunwyd', 'derbyniwyd', 'chytunwyd', 'phasiwyd', 'cariwyd', 'penderfynwyd', 'phenderfynwyd'],
    lost: ['gwrthodwyd', 'methodd', 'collwyd'],
    deferred: ['gohiriwyd'],
    withdrawn: ["tynnwyd yn ôl", 'tynnwyd yn ol'],
  },
  unanimous: ['yn unfrydol', 'unfrydol'],
  itemPrefix: ['eitem', 'cofnod'],
  resolutionNumber: ['penderfyniad rhif'],
  voteLabels: { for: ['o blaid'], against: ['yn erbyn'], abstain: ['ymatal', 'ymataliodd'] },
  conjunctions: ["a'r", 'ac', 'a'],
  honorifics: ['cyng', 'cynghorydd', 'y cynghorydd', 'cynghorwyr', 'maer', 'y maer', 'dirprwy faer'],
  titleJoiners: ['y', 'yr', "'r", 'a', 'ac', 'o', 'yn', 'ar', 'i', 'am', 'gan', 'at', 'i’r', "i'r"],
  sentenceOpeners: ['y', 'yr', 'dim', 'mae', 'roedd', 'cafwyd', 'nid'],
  months: [
    ['ionawr'], ['chwefror'], ['mawrth'], ['ebrill'], ['mai'], ['mehefin'], ['gorffennaf'], ['awst'], ['medi'], ['hydref'],
    ['tachwedd'], ['rhagfyr'],
  ],
};
