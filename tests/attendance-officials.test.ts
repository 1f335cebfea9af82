// Attendance lists of other house styles: officials printed "Role (Mr. X)", officers listed among those
// present, a remote list after "Also Present", several labels run into one paragraph. Invented excerpts.
import { describe, expect, it } from 'vitest';
import { splitNameList } from '../src/normalise/names.js';
import { attendanceParser } from '../src/sections/attendance.js';
import { ctxOf } from './blocks.js';

const parse = (lines: string[]) => attendanceParser.parse(ctxOf(lines, { body: 'Test Council', date: '2024-01-01' })).attendees ?? [];
const by = (list: { status: string; name: string }[], s: string) => list.filter((a) => a.status === s).map((a) => a.name);

describe('names: officials and initials', () => {
  it('reads "Role (Mr. X)" as the person X with that role, the role running over commas', () => {
    const people = splitNameList('Chief Executive (Mr. A. Brown), Director, Housing and Social Services (Ms. C. Dunne), Senior Planners (Messrs. E. Ford and G. Hale)');
    expect(people.map((p) => [p.name, p.role, p.honorific])).toEqual([
      ['A. Brown', 'Chief Executive', 'Mr'], ['C. Dunne', 'Director, Housing and Social Services', 'Ms'],
      ['E. Ford', 'Senior Planners', 'Mr'], ['G. Hale', 'Senior Planners', 'Mr'],
    ]);
  });
  it('keeps an initial telling two same-named members apart, drops a member\'s own initials', () => {
    expect(splitNameList('Councillors Brown (J), Brown (M), Carter').map((p) => p.name)).toEqual(['Brown (J)', 'Brown (M)', 'Carter']);
    expect(splitNameList('Ann Smith (AS) – Chair, Ben Jones (BJ), Cara Lee (CL) Dan Moss (DM)').map((p) => [p.name, p.role]))
      .toEqual([['Ann Smith', null], ['Ben Jones', null], ['Cara Lee', null], ['Dan Moss', null]]);
  });
  it('reads an officer role printed before the name', () => {
    expect(splitNameList('Cllr A Brown, Clerk J Smith').map((p) => [p.name, p.role])).toEqual([['A Brown', null], ['J Smith', 'Clerk']]);
  });
});

describe('attendance: other house styles', () => {
  it('lists officials under their label and the clerk as in attendance, not as a member', () => {
    const got = parse([
      'MINUTES OF THE MEETING OF TEST COUNCIL HELD ON 3 MARCH 2024',
      'MEMBERS PRESENT:', 'Councillors Brown (J), Brown (M), Carter, Mayor.',
      'OFFICIALS IN ATTENDANCE:', 'Chief Executive (Mr. A. Brown), Director, Roads and Transport (Ms. C. Dunne).',
      'Present: Cllr D Evans, Cllr F Grant, Ann Hill, Clerk',
      '1. Apologies', 'None.',
    ]);
    expect(by(got, 'present')).toEqual(['Brown (J)', 'Brown (M)', 'Carter', 'D Evans', 'F Grant']);
    expect(by(got, 'also_present')).toEqual(['A. Brown', 'C. Dunne', 'Ann Hill']);
  });
  it('reads labels run into one paragraph, and a remote list as the kind of people listed before it', () => {
    const got = parse([
      'MINUTES OF THE MEETING OF TEST COUNCIL HELD ON 3 MARCH 2024',
      'PRESENT: Ann Smith (AS), Ben Jones (BJ). Parish Clerk: Carl Moss In attendance: two members of the public',
      'Also Present:', 'D. Evans, F. Grant', 'Remote Attendance:', 'H. Ives, J. Kerr',
      '1. Apologies', 'None.',
    ]);
    expect(by(got, 'present')).toEqual(['Ann Smith', 'Ben Jones']);
    expect(by(got, 'also_present')).toEqual(['Carl Moss', 'D. Evans', 'F. Grant', 'H. Ives', 'J. Kerr']);
    expect(got.filter((a) => a.remote).map((a) => a.name)).toEqual(['H. Ives', 'J. Kerr']);
  });
});

describe('attendance: apologies and visitors', () => {
  it('takes apologies from an unnumbered paragraph, over a roster that lists the absent', () => {
    const got = parse([
      'MINUTES OF THE BOARD MEETING HELD ON 3 MARCH 2024',
      'Attendees', 'Ann Smith, Ben Jones, Cara Lee (Chief Executive), Dan Moss',
      'Action',
      'Welcome and Apologies Apologies were received from Ben Jones. Ann Smith stated that Dan Moss had also given his apologies.',
      '1. Minutes', 'Agreed.',
    ]);
    expect(by(got, 'present')).toEqual(['Ann Smith', 'Cara Lee']);
    expect(by(got, 'apologies')).toEqual(['Ben Jones', 'Dan Moss']);
    expect(got.some((a) => a.name === 'Action')).toBe(false);
  });
  it('lists a councillor of another council as in attendance; initials in a column are no names', () => {
    const got = parse([
      'MINUTES OF THE MEETING OF TEST PARISH COUNCIL HELD ON 3 MARCH 2024',
      'Those Attending: Cllr A Brown (Chair), Cllr C Dunne, Borough Councillor E Ford, Mrs G Hale (Clerk)',
      'Also in attendance:', 'Cllr Jo King', 'JK', 'County Hall',
      '1. Apologies', 'Apologies were received and accepted for Lee Moss.',
    ]);
    expect(by(got, 'present')).toEqual(['A Brown', 'C Dunne']);
    expect(by(got, 'also_present')).toEqual(['E Ford', 'G Hale', 'Jo King']);
    expect(by(got, 'apologies')).toEqual(['Lee Moss']);
  });
});

describe('names: missing commas', () => {
  it('starts a new person at an initial and surname after a parenthesis', () => {
    expect(splitNameList('Councillors D Rich (Chair) N Cress, M Arm and P Mor').map((p) => p.name)).toEqual(['D Rich', 'N Cress', 'M Arm', 'P Mor']);
  });
});

describe('attendance: lists side by side in a table', () => {
  it('reads each label down its own columns, a role beside the name, and stops at another label', async () => {
    const { context, para, table } = await import('./build-doc.js');
    const got = attendanceParser.parse(context([
      para('Minutes of the Annual Meeting of Test Parish Council'),
      table([
        ['Present:', null, null, null],
        ['Ann Smith (ASM)', 'Clerk', 'Apologies:', 'Ben Jones (BJO)'],
        ['Cara Lee (CLE)', 'Councillor/Chairman', null, 'Dan Moss (DMO)'],
        ['Eve Hart (EHA)', 'Councillor', 'Chair:', 'Cara Lee'],
        ['Public Members', '3 number', null, null],
      ], 1, 0),
      para('1. Apologies'), para('As above.'),
    ], { date: '2024-05-03' })).attendees ?? [];
    expect(by(got, 'present')).toEqual(['Cara Lee', 'Eve Hart']);
    expect(by(got, 'also_present')).toEqual(['Ann Smith']);
    expect(by(got, 'apologies')).toEqual(['Ben Jones', 'Dan Moss']);
  });
});

describe('attendance: substitutes noted in the list of members', () => {
  it('reads "Name (for Other - Body)" as a substitute, not "(for items 2-4)"', () => {
    const got = parse([
      'Minutes of the meeting of the Test Panel held on 3 March 2024',
      'Panel: Ann Smith (Chair), Ben Jones (for Cara Lee - Test City Council), Dan Moss (for items 2-4)',
      '1. Apologies', 'None.',
    ]);
    expect(by(got, 'present')).toEqual(['Ann Smith', 'Dan Moss']);
    expect(by(got, 'substitute')).toEqual(['Ben Jones']);
  });
});
