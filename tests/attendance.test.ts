import { describe, expect, it } from 'vitest';
import { attendanceParser } from '../src/sections/attendance.js';
import { ctxOf } from './blocks.js';

const panelMinutes = [
  '# **Report to the Panel**',
  '**MINUTES OF THE MEETING OF THE NORTH PANEL HELD ON MONDAY 14 NOVEMBER 2022 AT 14:00 HOURS – TOWN HALL**',
  '**PRESENT: -**',
  'Cllr Alex Aitken – Birmingham\nCllr Paul Bradley – Dudley\nKristina Murphy - Independent Member',
  '**ALSO PRESENT: -**',
  'Simon Foster – Police and Crime Commissioner\nJonathan Jardine –Chief Executive, OPCC\nSarah Fradgley– Panel Scrutiny Officer, BCC',
  '**681 NOTICE OF RECORDING**',
  'The Chair announced that the meeting would be livestreamed.',
  '**682 APOLOGIES**',
  'Apologies for non-attendance were received on behalf of Councillor Akhtar (Coventry), Cllr Hussain (Sandwell) Cllr Millard (Sandwell) and Lionel Walker Independent Member.',
  '**683 DECLARATIONS OF INTEREST**',
  'None declared.',
];

describe('attendance', () => {
  it('reads one-per-line lists and prose apologies of the minuted meeting', () => {
    const { attendees = [] } = attendanceParser.parse(ctxOf(panelMinutes, { body: 'North Panel', date: '2023-01-09' }));
    const by = (s: string) => attendees.filter((a) => a.status === s).map((a) => a.name);
    expect(by('present')).toEqual(['Alex Aitken', 'Paul Bradley', 'Kristina Murphy']);
    expect(by('also_present')).toEqual(['Simon Foster', 'Jonathan Jardine', 'Sarah Fradgley']);
    expect(by('apologies')).toEqual(['Akhtar', 'Hussain', 'Millard', 'Lionel Walker']);
    expect(attendees.every((a) => a.meeting_date === '2022-11-14' && a.body === null)).toBe(true);
    expect(attendees[0]).toMatchObject({ honorific: 'Cllr', affiliation: 'Birmingham', organisation: 'Birmingham', role: null });
    expect(attendees[4]).toMatchObject({ affiliation: 'Chief Executive, OPCC', organisation: 'OPCC', role: 'Chief Executive' });
    expect(attendees.find((a) => a.name === 'Akhtar')).toMatchObject({ honorific: 'Cllr', organisation: 'Coventry' });
  });

  it('reads a wrapped PRESENT paragraph, IN ATTENDANCE, and virtual attendance', () => {
    const ctx = ctxOf([
      'CORPORATE PANEL– 29 October 2024',
      '**MINUTES of the meeting held in the Darent Room, County Hall.**',
      'PRESENT: Shellina Prendergast (Chair), Paul Bartlett (Vice-Chair), Lesley Game, Sir Paul Carter, CBE,\nMr D Barrington-\nKing and Tracy Scott\nALSO PRESENT: Sue Chandler, Cabinet Member for Integrated Children’s\nServices.',
      'IN ATTENDANCE VIRTUALLY: James Clapson (Democratic Services Officer), Kevin Kasaven\n(Director of Children\'s Countywide Services)',
      '**Apologies and Substitutes**',
      '(Item 1)',
      'Apologies were received from Mr R Love OBE, Ms K Leonard, and Ms A Farmer.',
      'Ms L Game, Ms S Chandler and Ms T Scott were in attendance virtually. Mr A Brown attended as a substitute for Mr C Dean.',
    ]);
    const { attendees = [] } = attendanceParser.parse(ctx);
    const present = attendees.filter((a) => a.status === 'present');
    expect(present.map((a) => a.name)).toEqual(['Shellina Prendergast', 'Paul Bartlett', 'Lesley Game', 'Paul Carter', 'D Barrington-King', 'Tracy Scott']);
    expect(present[0].role).toBe('Chair');
    expect(present[3]).toMatchObject({ honorific: 'Sir', honours: 'CBE' });
    expect(present.filter((a) => a.remote).map((a) => a.name)).toEqual(['Lesley Game', 'Tracy Scott']);
    const also = attendees.filter((a) => a.status === 'also_present');
    expect(also.map((a) => [a.name, a.remote])).toEqual([['Sue Chandler', true], ['James Clapson', true], ['Kevin Kasaven', true]]);
    expect(also[0].role).toBe('Cabinet Member for Integrated Children’s Services');
    expect(attendees.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['R Love', 'K Leonard', 'A Farmer']);
    expect(attendees.find((a) => a.status === 'substitute')).toMatchObject({ name: 'A Brown', affiliation: 'substitute for Mr C Dean' });
    expect(attendees.every((a) => a.meeting_date === '2024-10-29')).toBe(true);
  });

  it('marks people listed as attending virtually', () => {
    const { attendees = [] } = attendanceParser.parse(ctxOf(['MINUTES of the meeting held on 2 May 2024', 'PRESENT: Cllr A Smith (Chair), Cllr B Jones (virtual) and Cllr C Brown – Dudley (attended remotely)']));
    expect(attendees.map((a) => [a.name, a.remote, a.organisation, a.role])).toEqual([
      ['A Smith', false, null, 'Chair'], ['B Jones', true, null, null], ['C Brown', true, 'Dudley', null]]);
  });

  it('reads minutes that start at the PRESENT list, dated by the line above', () => {
    const { attendees = [] } = attendanceParser.parse(ctxOf(['Audit Committee – 3 March 2024', 'PRESENT: Cllr A Smith and Cllr B Jones', '**1 APOLOGIES**', 'None.']));
    expect(attendees.map((a) => [a.name, a.meeting_date])).toEqual([['A Smith', '2024-03-03'], ['B Jones', '2024-03-03']]);
  });

  it('reads a substitutes list', () => {
    const { attendees = [] } = attendanceParser.parse(ctxOf(['MINUTES of the meeting held on 2 May 2024', 'PRESENT: Cllr A Smith', 'SUBSTITUTES: Cllr B Jones for Cllr C Brown and Cllr D Green (substitute for Cllr E Black)']));
    expect(attendees.filter((a) => a.status === 'substitute').map((a) => [a.name, a.role])).toEqual([
      ['B Jones', 'substitute for Cllr C Brown'], ['D Green', 'substitute for Cllr E Black']]);
  });

  it('dates the minutes from a "Date:" line under the title', () => {
    const { attendees = [] } = attendanceParser.parse(ctxOf(['**MINUTES OF THE AUDIT COMMITTEE**', '**Date:** Tuesday 5 March 2024', 'PRESENT: Cllr A Smith', '**1 APOLOGIES**', 'None.']));
    expect(attendees.map((a) => [a.name, a.meeting_date])).toEqual([['A Smith', '2024-03-05']]);
  });

  it('reads a council-style preamble: mixed-case labels, plural honorifics, sub-labels', () => {
    const ctx = ctxOf([
      'Minutes of the meeting of the Police and Crime Panel held on Friday, 3 February 2023 at 10.00 am at County Hall',
      'Present:\nCouncillor J Smith (Chairman)\nCouncillors A Brown, C Davis, E Fox and G Hill\nIndependent Members: Mr P Jones and Ms Q Long',
      'Also in attendance:', 'Mr D Robertson (Police and Crime Commissioner)', 'The meeting commenced at 10am.',
      '**1. Apologies for Absence**', 'Apologies were received from Councillors K Lee and M Patel.',
      '**2. Minutes**', 'Resolved: That the minutes be confirmed.',
    ], { body: 'Police and Crime Panel' });
    const { attendees = [] } = attendanceParser.parse(ctx);
    expect(attendees.map((a) => [a.status, a.honorific, a.name, a.role])).toEqual([
      ['present', 'Cllr', 'J Smith', 'Chairman'], ['present', 'Cllr', 'A Brown', null], ['present', 'Cllr', 'C Davis', null],
      ['present', 'Cllr', 'E Fox', null], ['present', 'Cllr', 'G Hill', null],
      ['present', 'Mr', 'P Jones', 'Independent Members'], ['present', 'Ms', 'Q Long', 'Independent Members'],
      ['also_present', 'Mr', 'D Robertson', 'Police and Crime Commissioner'],
      ['apologies', 'Cllr', 'K Lee', null], ['apologies', 'Cllr', 'M Patel', null],
    ]);
    expect(attendees.every((a) => a.meeting_date === '2023-02-03' && a.body === null)).toBe(true);
  });

  it('names the body of minutes of another body inside a pack', () => {
    const specs = (title: string) => ['# Agenda', 'Item 1', `@2 ${title}`, '@2 PRESENT: Cllr A Smith', '@2 **1 APOLOGIES**', '@2 None.'];
    const body = (title: string) => attendanceParser.parse(ctxOf(specs(title), { body: 'North Panel' })).attendees?.[0]?.body;
    expect(body('MINUTES OF THE JOINT MEETING OF THE NORTH PANEL AND THE SOUTH COMMITTEE HELD ON 2 MAY 2024')).toBe('NORTH PANEL AND THE SOUTH COMMITTEE');
    expect(body('Minutes of the Budget Sub-Group meeting held on 2 May 2024')).toBe('Budget Sub-Group');
    expect(body('MINUTES OF THE MEETING OF THE NORTH PANEL HELD ON 2 MAY 2024')).toBeNull();
    expect(body('Minutes of the meeting held on 2 May 2024')).toBeNull();
  });

  it('reads substitutes named in the apologies', () => {
    const { attendees = [] } = attendanceParser.parse(ctxOf(['MINUTES of the meeting held on 2 May 2024', 'PRESENT: Cllr A Smith', '**1 APOLOGIES**',
      'Apologies for absence were received from Councillor C Brown (substituted by Councillor D Green) and Cllr E White.']));
    expect(attendees.filter((a) => a.status !== 'present').map((a) => [a.status, a.name, a.role, a.organisation])).toEqual([
      ['apologies', 'C Brown', 'substituted by Councillor D Green', null], ['substitute', 'D Green', null, null], ['apologies', 'E White', null, null]]);
  });

  it('finds nothing without minutes', () => {
    expect(attendanceParser.parse(ctxOf(['Agenda', '1. Apologies', 'Present at the event were many people.'])).attendees).toEqual([]);
  });
});
