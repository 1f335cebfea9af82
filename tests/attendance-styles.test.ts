// Attendance in more house styles: a roster set in bold like its label, a table under a label, a second
// "Present:" run on after the members' list, apologies as a labelled list inside a minute or as bare names
// under an "Apologies" heading, an address after a one-name label. Invented excerpts, then corpus minutes.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { splitNameList } from '../src/normalise/names.js';
import { toIsoDate } from '../src/normalise/dates.js';
import { attendanceParser } from '../src/sections/attendance.js';
import { ctxOf } from './blocks.js';
import { context, extractFixture, heading, table } from './build-doc.js';
import { SHARED, hasShared } from './helpers.js';

const parse = (lines: string[]) => attendanceParser.parse(ctxOf(lines, { body: 'Test Council', date: '2024-01-01' })).attendees ?? [];
const pairs = (list: { status: string; name: string }[]) => list.map((a) => `${a.status} ${a.name}`);

describe('attendance: more house styles', () => {
  it('a roster set in bold headings like its label goes on in that style', () => {
    expect(pairs(parse([
      'MINUTES OF THE MEETING HELD ON 3 MARCH 2024', '# **Present: Cllr A Hall (Chairman)**', '# **Cllr B Cole (Vice Chairman)**',
      '# **Cllrs Dean, Mrs Ford and Ms Gray**', '# In Attendance: District Cllr Hart', '1. Minutes', 'Agreed.',
    ]))).toEqual(['present A Hall', 'present B Cole', 'present Dean', 'present Ford', 'present Gray', 'also_present Hart']);
  });

  it('a bare "Present" run on after the councillors\' list lists the others there', () => {
    expect(pairs(parse([
      'MINUTES OF THE MEETING HELD ON 3 MARCH 2024',
      'Councillors present: Cllr. A. Hall – Chair (AH), Cllr. B. Cole & Cllr. C. Dean Present: Dee Ford, Clerk & Cllr. Eve Gray - NCC',
      '1. Minutes', 'Agreed.',
    ]))).toEqual(['present A. Hall', 'present B. Cole', 'present C. Dean', 'also_present Dee Ford', 'also_present Eve Gray']);
  });

  it('apologies labelled inside a minute, a reference before the colon; bare names under an "Apologies" heading', () => {
    expect(pairs(parse([
      'MINUTES OF THE MEETING HELD ON 3 MARCH 2024', 'Present: Cllr A Hall, Cllr B Cole', '**1. Election of Chairman**', 'Cllr Hall was elected.',
      'Accepted Apologies for absence - LGA 1972, Section 85(1): Cllr. C. Dean and Cllr. D. Ford. Absent: Cllr. E. Gray.',
    ])).slice(2)).toEqual(['apologies C. Dean', 'apologies D. Ford', 'absent E. Gray']);
    expect(pairs(parse(['MINUTES OF THE MEETING HELD ON 3 MARCH 2024', 'Present: Cllr A Hall, Cllr B Cole', '**1. Apologies**', 'R Healey', '**2. Minutes**', 'None']))
      .slice(2)).toEqual(['apologies R Healey']);
  });

  it('one person a line, a comma inside the parentheses', () => {
    expect(pairs(parse([
      'MINUTES OF THE MEETING HELD ON 3 MARCH 2024', '# **Officials:**', 'Cass Hill (Cabinet Office)', 'Zoe Hoyal (Cabinet Office, secretariat)',
      '# **Welcome**', 'The chair welcomed members.',
    ]))).toEqual(['also_present Cass Hill', 'also_present Zoe Hoyal']);
  });

  it('an address after a one-name label is no list of people', () => {
    expect(pairs(parse([
      'Parish Clerk: Ann Hall', 'Westfield Cottage, Fenway, Steeple Aston, Oxfordshire, OX25 4SS',
      'However, Clive Smith has confirmed that the closed part of the churchyard could not include the wall.', '1. Churchyard', 'Noted.',
    ]))).toEqual(['also_present Ann Hall']);
  });

  it('a table right under a label alone: one person a row, initials no role', () => {
    const got = attendanceParser.parse(context([
      heading('**Minutes of the Parish Council meeting held on 12 April 2016**'), heading('**Attendance:**'),
      table([['Cllr Jo Bell', 'JB', 'Chairperson'], ['Cllr Al Dunn', 'AD', ''], ['Nia Cole', 'NC', 'Parish Clerk']], 1, 0),
      heading('**1/16 Public Questions**'), heading('None.'),
    ])).attendees ?? [];
    expect(got.map((a) => [a.status, a.name, a.affiliation])).toEqual([
      ['present', 'Jo Bell', 'Chairperson'], ['present', 'Al Dunn', null], ['also_present', 'Nia Cole', 'Parish Clerk'],
    ]);
  });

  it('names: a council tier before an honorific, C/Cllr, OCR\'d "Clirs"; dates: an ordinal OCR\'d as a quote', () => {
    expect(splitNameList('District Cllr Carter, District Clir Mrs Sims, C/Cllr Gareth Epps, Clirs Howells and Kay').map((p) => p.name))
      .toEqual(['Carter', 'Sims', 'Gareth Epps', 'Howells', 'Kay']);
    expect(toIsoDate('18" March 2014 at 7.30pm')).toBe('2014-03-18');
  });
});

describe.skipIf(!hasShared)('attendance in more corpus minutes', () => {
  const pack = (file: string) => extractFixture(join(SHARED, 'corpus', file));

  it('a bold roster over three lines, an OCR\'d heading date (PDF)', async () => {
    const d = await pack('horsley-pc/horsley-pc-2014-03-18-minutes-draft.pdf');
    expect(d.meeting.date).toBe('2014-03-18');
    expect(pairs(d.attendees)).toEqual([
      'present N Hackett', 'present A Caudwell', 'present Howells', 'present Kay', 'present McDonagh', 'also_present Blackwell',
      'apologies Clarke', 'apologies Carter', 'apologies Sims', 'apologies Binns',
    ]);
  });

  it('a second "Present:" and apologies in a minute of a web export (Markdown)', async () => {
    const d = await pack('northwold-pc/northwold-pc-2016-05-09-minutes-agm.md');
    expect(pairs(d.attendees).slice(7)).toEqual([
      'also_present Vicky Bright', 'also_present Martin Storey', 'apologies Alan Collins', 'apologies Clifford Anderson',
      'apologies Adrian Jenkinson', 'absent Mick Peake',
    ]);
  });
});
