// Attendance as councils we have not seen print it (the failure classes of the minutes zoo, bench/minutes-zoo):
// people counted but never named after a list, a roster table's header row, Welsh labels and honorifics. Invented excerpts, then the
// zoo's committed sources (text and Markdown, truth by construction).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { attendanceParser } from '../src/sections/attendance.js';
import { ctxOf } from './blocks.js';
import { context, extractFixture, heading, table } from './build-doc.js';

const parse = (lines: string[]) => attendanceParser.parse(ctxOf(lines, { body: 'Test Council', date: '2024-01-01' })).attendees ?? [];
const pairs = (list: { status: string; name: string }[]) => list.map((a) => `${a.status} ${a.name}`);
const zoo = (file: string) => extractFixture(join(__dirname, '..', 'bench', 'minutes-zoo', 'src', file));

describe('attendance: people counted, not named', () => {
  it('drops "and 2 members of the public" (English and Welsh) but keeps the officer before it', () => {
    expect(pairs(parse([
      'MINUTES OF THE MEETING OF THE COUNCIL HELD ON 2 MAY 2024',
      'Present: Cllrs A Jones (Chair) and B Smith',
      'Also present: L Quayle (Democratic Services Officer), Cllr P Hartley (Ward Member) and 2 members of\nthe public',
      '1. Apologies',
      'None.',
    ]))).toEqual(['present A Jones', 'present B Smith', 'also_present L Quayle', 'also_present P Hartley']);
    expect(pairs(parse([
      'Cofnodion cyfarfod Cyngor Cymuned a gynhaliwyd nos Iau, 21 Awst 2025',
      'PRESENNOL: Y Cynghorydd Tudur Parry',
      'HEFYD YN BRESENNOL: Tudur Gruffydd (Clerc) a dau aelod o’r cyhoedd',
      '1. Croeso',
      'Dim.',
    ]))).toEqual(['present Tudur Parry', 'also_present Tudur Gruffydd']);
  });

  it('a list of nobody but the public is no list of people', () => {
    expect(pairs(parse(['MINUTES OF THE MEETING HELD ON 2 MAY 2024', 'Present: Cllr A Jones', 'In attendance: four members of the public', '1. Apologies', 'None.'])))
      .toEqual(['present A Jones']);
  });
});

describe('attendance: officers among those present', () => {
  it('one person a line, "and" inside the role\'s parentheses; a manager is staff, not a member', () => {
    expect(pairs(parse([
      'MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES HELD ON 9 NOVEMBER 2023',
      '**PRESENT:**', 'Cllr G Hale (Chairman)', 'Cllr D Kerr', 'R Hart (Clerk and RFO)', 'H Wade (Hall Manager)',
      '1. Apologies', 'None.',
    ]))).toEqual(['present G Hale', 'present D Kerr', 'also_present R Hart', 'also_present H Wade']);
  });
});

describe('attendance: Welsh minutes', () => {
  it('apologies in prose above the first minute, a plural honorific before the list', () => {
    expect(pairs(parse([
      'Cofnodion cyfarfod Cyngor Cymuned a gynhaliwyd nos Fercher, 2 Ebrill 2025',
      'PRESENNOL: Y Cynghorwyr Rhian Watkin (Cadeirydd), Carys Jenkins a Sioned Lloyd',
      'Derbyniwyd ymddiheuriadau gan y Cynghorydd Hywel Rowlands, y Cynghorydd Heledd Llywelyn a’r Cynghorydd Iolo Cadwaladr.',
      '1. Croeso ac ymddiheuriadau',
      'Croesawodd y Cadeirydd bawb i’r cyfarfod.',
    ]))).toEqual([
      'present Rhian Watkin', 'present Carys Jenkins', 'present Sioned Lloyd', 'apologies Hywel Rowlands', 'apologies Heledd Llywelyn', 'apologies Iolo Cadwaladr',
    ]);
  });

  it('"Dim ymddiheuriadau" names nobody', () => {
    expect(pairs(parse(['Cofnodion cyfarfod a gynhaliwyd 2 Ebrill 2025', 'PRESENNOL: Y Cynghorydd Nia Pugh', '1. Ymddiheuriadau', 'Dim ymddiheuriadau.'])))
      .toEqual(['present Nia Pugh']);
  });
});

describe('attendance: a roster table under a label', () => {
  it('its header row ("Name | Role", Welsh "Enw | Rôl") is no person; a Welsh honorific is dropped from the name', () => {
    const got = (title: string, label: string, rows: string[][]) => pairs(attendanceParser.parse(context([
      heading(`**${title}**`), heading(`**${label}**`), table(rows, 1, 0), heading('**1. Apologies**'), heading('None.'),
    ])).attendees ?? []);
    expect(got('Minutes of the Parish Council meeting held on 12 April 2016', 'Present', [['Name', 'Role'], ['Cllr Jo Bell', 'Chairman'], ['Nia Cole', 'Clerk']]))
      .toEqual(['present Jo Bell', 'also_present Nia Cole']);
    expect(got('Cofnodion cyfarfod a gynhaliwyd nos Lun, 2 Hydref 2023', 'Yn bresennol', [['Enw', 'Rôl'], ['Y Cynghorydd Aled Tudor', 'Cadeirydd']]))
      .toEqual(['present Aled Tudor']);
  });

  it('a column headed as roles gives the role even where it reads like a name, but for a bare "Councillor"', () => {
    const got = attendanceParser.parse(context([
      heading('**Cofnodion cyfarfod a gynhaliwyd nos Lun, 2 Hydref 2023**'), heading('**Yn bresennol**'),
      table([['Enw', 'Rôl'], ['Y Cynghorydd Aled Tudor', 'Cadeirydd'], ['Y Cynghorydd Nia Pugh', 'Cynghorydd']], 1, 1),
      heading('**1. Ymddiheuriadau**'), heading('Dim.'),
    ])).attendees ?? [];
    expect(got.map((a) => [a.name, a.affiliation])).toEqual([['Aled Tudor', 'Cadeirydd'], ['Nia Pugh', null]]);
  });
});

describe('attendance in the minutes zoo', () => {
  it('an officer and a ward member before the public (text)', async () => {
    const d = await zoo('mzoo-11-district-finance-txt.txt');
    expect(pairs(d.attendees.filter((a) => a.status === 'also_present'))).toEqual(['also_present L Quayle']);
  });

  it('two columns in paged text, the spacing lost: each list read down its column', async () => {
    const d = await zoo('mzoo-39-town-txt-paged.txt');
    expect(pairs(d.attendees).filter((p) => !p.startsWith('present'))).toEqual([
      'also_present Margaret Sutcliffe', 'absent Leonard Quayle', 'also_present Margaret Ramsden', 'apologies Tessa Jessop', 'apologies Margaret Underwood',
    ]);
    expect(d.attendees.filter((a) => a.status === 'present')).toHaveLength(8);
  });

  it('Welsh: officer before the public, apologies in prose (Markdown)', async () => {
    const d = await zoo('mzoo-37-cy-community-md.md');
    expect(pairs(d.attendees).filter((p) => !p.startsWith('present'))).toEqual([
      'also_present Heledd Watkin', 'absent Owain Pugh', 'apologies Lowri Gruffydd',
    ]);
    expect(d.attendees[0]).toMatchObject({ name: 'Lowri Meredith', status: 'present' });
  });

  it('a Name | Role table under "Present" in paged text, the clerk in it in attendance', async () => {
    const d = await zoo('mzoo-35-town-txt-paged.txt');
    expect(pairs(d.attendees)).toEqual([
      'present J Jessop', 'present B Ashworth', 'present T Yardley', 'present V Sutcliffe', 'present H Whitworth', 'also_present N Ramsden',
    ]);
  });
});
