// Attendance lists printed side by side under labels on one line: read by position (line fragments,
// table cells), not line by line. Hand-built excerpts, then the corpus minutes of each layout.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Block, Line, LineFragment } from '../src/model.js';
import { columnRoster } from '../src/sections/from-tables/attendance-columns.js';
import { extractFixture, table } from './build-doc.js';
import { SHARED, hasShared } from './helpers.js';

/** A line of fragments, each [text, x0]; the line's text joins them as a text reader would. */
function line(y: number, ...pieces: [string, number][]): Line {
  const fragments: LineFragment[] = pieces.map(([text, x0]) => ({ text, x0, x1: x0 + text.length * 5 }));
  const text = pieces.map(([t]) => t).join(' ');
  const box = { x0: fragments[0].x0, y0: y, x1: fragments[fragments.length - 1].x1, y1: y + 10 };
  return { text, spans: [], box, fontSize: 11, bold: false, italic: false, page: 1, ...(pieces.length > 1 ? { fragments } : {}) };
}

const blockOf = (lines: Line[]): Block => ({
  kind: 'paragraph', text: lines.map((l) => l.text).join(' '), spans: [], lines, page: 1, box: null, fontSize: 11, bold: false, italic: false,
});

const read = (blocks: Block[]) => columnRoster(blocks, () => true, () => true).people.map((p) => [p.status, p.person.name, p.person.role]);

describe('attendance: lists side by side', () => {
  it('reads each list down its own column, a role after the initials as the role', () => {
    expect(read([blockOf([
      line(100, ['Present:', 72], ['Members of the Public:', 300]),
      line(115, ['Ann Oak (AO) CHAIR', 72], ['Kay Dean', 300]),
      line(130, ['Bob Hale (BH)[Acting Clerk]', 72], ['C/Cllr Dan Epp', 300]),
      line(145, ['Cal Fern (CF)', 72]),
      line(170, ['01.26.01 Apologies for absence', 72]),
    ])])).toEqual([
      ['present', 'Ann Oak', 'CHAIR'], ['present', 'Bob Hale', 'Acting Clerk'], ['present', 'Cal Fern', null],
      ['also_present', 'Kay Dean', null], ['also_present', 'Dan Epp', null],
    ]);
  });

  it('centred lists: a label under a list opens another list in its column', () => {
    expect(read([blockOf([
      line(100, ['Present:', 160], ['Also in attendance:', 380]),
      line(115, ['Mr A Marsh (Chairman)', 124], ['Mr M Kerr', 400]),
      line(130, ['Mrs S Bell', 150], ['Apologies:', 400]),
      line(145, ['Mrs J Marsh (RFO)', 136], ['Mrs J Cole', 402]),
      line(170, ['Minutes of previous meeting', 106]),
    ])])).toEqual([
      ['present', 'A Marsh', 'Chairman'], ['present', 'S Bell', null], ['present', 'J Marsh', 'RFO'],
      ['also_present', 'M Kerr', null], ['apologies', 'J Cole', null],
    ]);
  });

  it('ends at prose running across the columns, and reads nothing without two labels', () => {
    expect(read([blockOf([
      line(100, ['Present:', 72], ['Apologies:', 300]),
      line(115, ['Ann Oak', 72], ['Kay Dean', 300]),
      line(130, ['The chairman welcomed everyone to the meeting and opened it at seven.', 72]),
      line(145, ['Bob Hale', 72]),
    ])])).toEqual([['present', 'Ann Oak', null], ['apologies', 'Kay Dean', null]]);
    expect(read([blockOf([line(100, ['Present:', 72]), line(115, ['Ann Oak', 72], ['Kay Dean', 300])])])).toEqual([]);
  });

  it('goes on past people counted in a column ("2 members of the public", "dau aelod o’r cyhoedd"), a Welsh honorific dropped', () => {
    expect(read([blockOf([
      line(100, ['Present:', 72], ['In attendance:', 300]),
      line(115, ['Cllr Ann Oak (Chair)', 72], ['Kay Dean (Clerk)', 300]),
      line(130, ['Cllr Bob Hale', 72], ['2 members of the public', 300]),
      line(145, ['Cllr Cal Fern', 72]),
    ])])).toEqual([['present', 'Ann Oak', 'Chair'], ['present', 'Bob Hale', null], ['present', 'Cal Fern', null], ['also_present', 'Kay Dean', 'Clerk']]);
    expect(read([blockOf([
      line(100, ['Presennol:', 72], ['Hefyd yn bresennol:', 300]),
      line(115, ['Y Cynghorydd Nia Pugh', 72], ['dau aelod o’r cyhoedd', 300]),
      line(130, ['Y Cynghorydd Iolo Bowen', 72]),
    ])]).map((p) => p[1])).toEqual(['Nia Pugh', 'Iolo Bowen']);
  });
});

describe('attendance: lists side by side in text without positions', () => {
  /** a paragraph of lines as a text reader gives them: no boxes, the columns' spacing collapsed */
  const textBlock = (...lines: string[]): Block => ({ ...blockOf([]), text: lines.join(' '), lines: lines.map((text) => ({ text, spans: [], box: null, fontSize: 11, bold: false, italic: false, page: 1 })) });
  const readText = (blocks: Block[]) => columnRoster(blocks, () => true, (t) => !/\b(?:were|from)\b/.test(t)).people.map((p) => `${p.status} ${p.person.name}`);

  it('a line of labels heads its columns in order; a label run on after a name opens a list in the next column', () => {
    expect(readText([
      textBlock('Present: In attendance:'),
      table([['Cllr Ann Oak (Chair)', 'Kay Dean (Clerk)']], 1, 0),
      textBlock('Cllr Bob Hale Apologies:'),
      table([['Cllr Cal Fern', 'Cllr Eve Lamb']], 1, 0),
      textBlock('Cllr Gil Ross', 'Apologies were received from Cllr Dan Epp.'),
    ])).toEqual(['present Ann Oak', 'present Bob Hale', 'present Cal Fern', 'present Gil Ross', 'also_present Kay Dean', 'apologies Eve Lamb']);
  });

  it('a label with names after it is a run-on list, no column head', () => {
    expect(readText([textBlock('Present: Cllr Ann Oak Apologies: Cllr Kay Dean', 'Cllr Bob Hale')])).toEqual([]);
  });
});

describe.skipIf(!hasShared)('attendance side by side in corpus minutes (PDF)', () => {
  const names = async (file: string) => (await extractFixture(join(SHARED, 'corpus/souldern-pc', file))).attendees.map((a) => `${a.status} ${a.name}`);

  it('flush-left columns read from line fragments and a table finder\'s cells', async () => {
    expect(await names('souldern-pc-2024-05-23-minutes.pdf')).toEqual([
      'present Nick Oakhill', 'present John Hoodless', 'present Neal Ship', 'present Heidi Dennison', 'also_present Cathy Fleet',
      'also_present Katy Draper', 'also_present David Carlisle', 'also_present Joanna Carlisle',
    ]);
    expect(await names('souldern-pc-2026-01-29-minutes.pdf')).toEqual([
      'present Heidi Dennison', 'present Kate Green', 'present John Hoodless', 'present Amanda Sharman', 'also_present Cathy Fleet',
      'also_present David Carlisle', 'also_present Katy Draper', 'also_present Tim Vincent', 'also_present Gareth Epps',
      'also_present David Rogers', 'apologies Nick Oakhill', 'apologies Rob Large',
    ]);
  });

  it('centred columns, a table row of labels with the lists running on below it', async () => {
    expect(await names('souldern-pc-2013-03-21-minutes.pdf')).toEqual([
      'present A Martin', 'present K Draper', 'present C Rothero', 'present S Barrett', 'also_present B McGarry', 'also_present J Martin',
      'present R Deeley', 'also_present M Kerford Byrne', 'also_present W Green', 'also_present D Stephens', 'apologies J Coleman',
      'apologies L Barrett',
    ]);
  });
});
