// English wording of minutes: what councils print for who came, what was decided and how. Data only:
// a new council's wording is a line here. Phrases match case-insensitively at a word boundary; a space
// stands for any run of whitespace.
import type { Vocabulary } from './types.js';

export const EN: Vocabulary = {
  attendance: {
    present: [
      'present', 'members present', 'councillors present', 'members in attendance', 'those present', 'those attending',
      'attendance', 'attendees', 'attending', 'present in the chair', 'in the chair', 'board members present', 'panel',
      'members', 'councillors', 'trustees present', 'trustees', 'directors present', 'governors present',
    ],
    also_present: [
      'also present', 'also in attendance', 'in attendance', 'officers present', 'officers in attendance', 'officers',
      'officials in attendance', 'officials present', 'officials', 'staff present', 'staff', 'invited', 'guests',
      'secretariat', 'presenters', 'other attendees', 'clerk', 'council officers', 'staff in attendance',
      'in attendance virtually', 'in attendance remotely', 'parish clerk', 'town clerk', 'clerk to the council',
      'members of the public', 'members of public',
    ],
    apologies: ['apologies for absence', 'apologies received', 'apologies', 'regrets', 'apologies were received from'],
    absent: ['absent', 'absent without apology', 'not present'],
    substitute: ['substitutes', 'substitute members', 'substitute'],
    remote: ['remote attendance', 'attending remotely', 'present remotely', 'present virtually', 'virtual attendance'],
  },
  officerRoles: [
    'clerk', 'parish clerk', 'town clerk', 'deputy clerk', 'assistant clerk', 'rfo', 'responsible financial officer',
    'proper officer', 'minute taker', 'minutes secretary', 'locum clerk', 'officer', 'manager',
    'county councillor', 'borough councillor', 'district councillor', 'city councillor', 'unitary councillor',
  ],
  unnamedAttendees: [
    'members of the public', 'member of the public', 'members of public', 'member of public', 'members of the press',
    'member of the press', 'residents', 'resident', 'parishioners', 'parishioner', 'observers', 'observer',
  ],
  countWords: [
    'no', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several',
    'a number of', 'a few', 'some', 'many',
  ],
  apologyWords: ['apologies', 'apology', 'apologised', 'apologized', 'apologise', 'apologize', 'apologising', 'apologizing'],
  apologiesFrom: [
    'apologies for absence were received from', 'apologies were received from', 'apologies received from', 'apologies from',
    'received apologies from', 'apologies for absence from',
  ],
  noApologies: ['no apologies'],
  noneWords: ['none', 'nil', 'n/a', 'nobody', 'no one'],
  rosterHeaders: [
    'name', 'names', 'member', 'members', 'councillor', 'councillors', 'status', 'attendance', 'present', 'representing',
    'organisation', 'initials', 'ward', 'area',
  ],
  roleHeaders: ['role', 'roles', 'position', 'office', 'title'],
  labelNeedsColon: [
    'members', 'councillors', 'trustees', 'panel', 'clerk', 'staff', 'officers', 'officials', 'invited', 'guests', 'secretariat',
    'presenters', 'attending', 'attendees', 'in the chair', 'substitute', 'members of the public', 'members of public',
  ],
  noMeetingTitle: ['record of decision', 'proposed record of decision', 'record of officer decision', 'officer decision notice'],
  minutesTitle: ['minutes', 'draft minutes', 'unconfirmed minutes', 'meeting minutes', 'notes of the meeting', 'record of the meeting'],
  resolved: [
    'resolved', 'agreed', 'it was resolved', 'it was agreed', 'it was unanimously resolved', 'it was unanimously agreed',
    'resolved unanimously', 'agreed unanimously', 'be it resolved', 'be it therefore resolved', 'council resolved', 'the council resolved',
    'the committee resolved', 'the panel resolved', 'the board resolved', 'members resolved', 'councillors resolved',
    'councillors agreed', 'the council agreed', 'members agreed', 'the committee agreed', 'it was further resolved',
    'the panel agreed', 'the board agreed', 'it was also agreed', 'it was also resolved', 'it was further agreed',
    'it was decided', 'it was unanimously decided', 'it was also decided', 'trustees resolved', 'the trustees resolved',
    'trustees agreed', 'the trustees agreed', 'the sub-committee resolved', 'the sub-committee agreed',
    'it was therefore resolved', 'it was therefore agreed',
  ],
  resolvedLabels: ['decision', 'decisions', 'decided', 'outcome'],
  decidingBodies: [
    'council', 'the council', 'full council', 'the full council', 'parish council', 'the parish council', 'town council',
    'the town council', 'community council', 'the community council', 'pc', 'the pc', 'board', 'the board', 'committee',
    'the committee', 'panel', 'the panel', 'members', 'the members', 'all members', 'councillors', 'the councillors',
    'all councillors', "all councillor's", 'councillors present', 'members present', 'all board members', 'all present', 'all those present', 'those present',
    'everyone', 'everybody', 'the meeting', 'all', 'trustees', 'the trustees', 'sub-committee', 'the sub-committee',
  ],
  decisionVerbs: ['resolved', 'agreed', 'approved', 'adopted', 'accepted', 'ratified', 'decided', 'was in agreement', 'were in agreement', 'were content with', 'was content with'],
  processVerbs: [
    'noted', 'reviewed', 'considered', 'discussed', 'scrutinised', 'scrutinized', 'checked', 'presented', 'received',
    'read', 'signed', 'amended', 'debated', 'examined', 'proposed', 'seconded', 'circulated', 'changed',
  ],
  moved: ['moved by', 'proposed by', 'motion made by', 'moved', 'proposed', 'proposer', 'prop', 'mover', 'on the proposal of', 'on the motion of', 'put forward by'],
  seconded: ['seconded by', 'seconded', 'seconder', '2nd', 'sec'],
  movedBack: ['in proposing the motion', 'in moving the motion', 'in proposing the amendment', 'in moving the amendment'],
  secondedBack: ['in seconding the motion', 'in seconding the amendment'],
  motionNouns: ['motion', 'amendment', 'proposal', 'substantive motion', 'original motion'],
  byVote: ['by a unanimous vote', 'by unanimous vote', 'by a majority vote', 'by majority vote', 'by a show of hands', 'following a majority vote', 'following a unanimous vote'],
  everyone: ['all', 'everyone', 'everybody'],
  result: {
    carried: ['carried', 'agreed', 'approved', 'passed', 'adopted', 'accepted', 'all agreed', 'carried unanimously', 'all in favour', 'resolved'],
    lost: ['lost', 'defeated', 'fell', 'failed', 'rejected', 'not carried', 'not agreed'],
    deferred: ['deferred', 'postponed', 'referred back', 'held over', 'tabled'],
    withdrawn: ['withdrawn'],
  },
  unanimous: ['unanimously', 'unanimous', 'all agreed', 'all in favour', 'nem con', 'nemine contradicente', 'by all present', 'all present agreed'],
  itemPrefix: ['item', 'agenda item', 'minute', 'minute no', 'min'],
  resolutionNumber: ['resolution no', 'resolution number', 'resolution'],
  voteLabels: { for: ['for', 'yeas', 'yes', 'in favour'], against: ['against', 'nays', 'no', 'opposed'], abstain: ['abstain', 'abstained', 'abstaining', 'abstentions', 'abstention'] },
  conjunctions: ['and', '&'],
  honorifics: [
    'cllr', 'cllrs', 'councillor', 'councillors', 'county councillor', 'district councillor', 'borough councillor', 'c/cllr',
    'd/cllr', 'b/cllr', 'mayor', 'deputy mayor', 'his worship the mayor', 'her worship the mayor', 'alderman', 'mr', 'mrs',
    'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'professor', 'prof', 'cmhlr',
  ],
  titleJoiners: ['of', 'for', 'the', 'and', 'on', 'in', 'at', 'to', 'from', 'with', 'by', 'a', 'an', 'or', 'into', 'under', 're', 'including'],
  sentenceOpeners: ['the', 'a', 'an', 'at', 'it', 'this', 'there', 'these', 'no', 'all', 'as', 'following', 'we', 'he', 'she', 'they', 'members', 'councillors'],
  sentenceVerbs: ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should'],
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'],
    ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
};
