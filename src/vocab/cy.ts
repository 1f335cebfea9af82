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
  officerRoles: ['clerc', 'swyddog', 'swyddog cyllid cyfrifol', 'rheolwr'],
  unnamedAttendees: ["aelod o'r cyhoedd", "aelodau o'r cyhoedd", "aelod o'r wasg", "aelodau o'r wasg"],
  countWords: ['dim', 'un', 'dau', 'dwy', 'tri', 'tair', 'pedwar', 'pedair', 'pump', 'pum', 'chwech', 'chwe', 'saith', 'wyth', 'naw', 'deg', 'sawl', 'nifer o'],
  apologyWords: ['ymddiheuriadau', 'ymddiheuriad', 'ymddiheurodd', 'ymddiheuro'],
  apologiesFrom: [
    'derbyniwyd ymddiheuriadau gan', 'derbyniwyd ymddiheuriadau am absenoldeb gan', 'cafwyd ymddiheuriadau gan',
    'ymddiheuriadau gan', 'ymddiheuriadau am absenoldeb gan',
  ],
  noApologies: ['dim ymddiheuriadau', 'ni dderbyniwyd ymddiheuriadau', 'ni chafwyd ymddiheuriadau'],
  noneWords: ['dim', 'neb', 'dim un'],
  rosterHeaders: ['enw', 'enwau', 'aelod', 'aelodau', 'cynghorydd', 'cynghorwyr', 'statws', 'presenoldeb', 'cynrychioli', 'sefydliad', 'ward'],
  roleHeaders: ['rôl', 'rol', 'swydd', 'teitl'],
  labelNeedsColon: ['swyddogion', 'clerc'],
  noMeetingTitle: ['cofnod o benderfyniad'],
  minutesTitle: ['cofnodion', 'cofnodion drafft'],
  resolved: ['penderfynwyd', 'cytunwyd', 'penderfynwyd yn unfrydol', 'cytunwyd yn unfrydol', 'penderfyniad', 'phenderfynwyd', 'chytunwyd', 'cymeradwywyd', 'mabwysiadwyd'],
  resolvedLabels: ['penderfyniad', 'penderfyniadau'],
  // Welsh puts the verb first: a decision opens with an impersonal verb (resolved), not with who decided
  decidingBodies: [],
  decisionVerbs: [],
  processVerbs: [],
  moved: ['cynigiwyd gan', 'cynigydd', 'cynigiwyd'],
  seconded: ['eiliwyd gan', 'eilydd', 'eiliwyd'],
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
  honorifics: ['cyng', 'cynghorydd', 'y cynghorydd', 'cynghorwyr', 'y cynghorwyr', 'maer', 'y maer', 'dirprwy faer'],
  titleJoiners: ['y', 'yr', "'r", 'a', 'ac', 'o', 'yn', 'ar', 'i', 'am', 'gan', 'at', 'i’r', "i'r"],
  sentenceOpeners: ['y', 'yr', 'dim', 'mae', 'roedd', 'cafwyd', 'nid'],
  months: [
    ['ionawr'], ['chwefror'], ['mawrth'], ['ebrill'], ['mai'], ['mehefin'], ['gorffennaf'], ['awst'], ['medi'], ['hydref'],
    ['tachwedd'], ['rhagfyr'],
  ],
};
