// Meeting header (body, date, time, venue) from the front of a pack: the sample pack in every rendering,
// the Kent front sheets and minutes, and small documents in other common layouts.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, DocModel } from '../src/model.js';
import { parseMeeting } from '../src/sections/from-front-page/meeting.js';
import { readText } from '../src/readers/text.js';
import { readHtml } from '../src/readers/html.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { FIXTURES, SHARED } from './helpers.js';
import { table } from './build-doc.js';

const OPTS = { maxPages: 2000 };
const SAMPLE = {
  body: 'West Midlands Police and Crime Panel',
  date: '2023-01-09',
  time: '14:00',
  venue: 'Committee Room 3, Coventry Council House, Earl Street, Coventry, CV1 5RR',
};
const fixture = (name: string) => readFileSync(join(FIXTURES, 'sample', name));
const fromText = (text: string) => parseMeeting(readText(text, OPTS));
const fromHtml = (html: string) => parseMeeting(readHtml(html, OPTS));
const docOf = (pages: Block[][]): DocModel => ({
  format: 'pdf', pageCount: pages.length, title: null, warnings: [],
  pages: pages.map((blocks, k) => ({ number: k + 1, width: 595, height: 842, blocks })),
});

describe('sample pack', () => {
  it('reads the header from the text export', () => {
    expect(parseMeeting(readText(fixture('pack.txt').toString('utf8'), OPTS))).toEqual(SAMPLE);
  });

  it('reads the header from the HTML rendering', () => {
    expect(parseMeeting(readHtml(fixture('pack.html').toString('utf8'), OPTS))).toEqual(SAMPLE);
  });

  it('reads the header from the Chromium PDF, past its running header', async () => {
    expect(parseMeeting(await readPdf(new Uint8Array(fixture('pack.pdf')), OPTS))).toEqual(SAMPLE);
  }, 60_000);
});

const KENT = join(SHARED, 'corpus', 'kent');
describe.skipIf(!existsSync(KENT))('Kent front sheets and minutes', () => {
  const read = async (name: string) => parseMeeting(await readPdf(new Uint8Array(readFileSync(join(KENT, name))), OPTS));

  it('takes date, time and venue from a header laid out beside contact details', async () => {
    expect(await read('cabinet-2025-01-30-agenda-frontsheet.pdf')).toEqual({
      body: 'Cabinet', date: '2025-01-30', time: '10:00', venue: 'Council Chamber, Sessions House, County Hall, Maidstone',
    });
  }, 60_000);

  it('takes the body and venue from the summons letter when the cover only names the meeting', async () => {
    expect(await read('county-council-2025-02-13-agenda-frontsheet.pdf')).toEqual({
      body: 'County Council', date: '2025-02-13', time: '09:30', venue: 'Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ',
    });
  }, 60_000);

  it('reads "MINUTES of a meeting of the X held in Y on <date>" below the authority name', async () => {
    expect(await read('cabinet-2025-01-30-minutes.pdf')).toEqual({
      body: 'Cabinet', date: '2025-01-30', time: null, venue: 'Council Chamber, Sessions House, County Hall, Maidstone',
    });
  }, 60_000);
});

describe('other layouts', () => {
  it('reads the ModernGov labelled form', () => {
    expect(fromHtml(`<h1>Planning Applications Committee</h1>
      <p><b>Date:</b> Thursday, 13th February, 2025<br><b>Time:</b> 10.00 am<br>
      <b>Venue:</b> Council Chamber, Sessions House, County Hall, Maidstone</p>
      <p>Membership: Mr A (Chairman), Mrs B</p>`)).toEqual({
      body: 'Planning Applications Committee', date: '2025-02-13', time: '10:00',
      venue: 'Council Chamber, Sessions House, County Hall, Maidstone',
    });
  });

  it('title-cases a shouted title, strips its date, and reads the venue from a "held in" sentence', () => {
    expect(fromText('**CORPORATE PARENTING PANEL– 29 October 2024**\n\nMINUTES of the meeting held in the Darent Room, Sessions House, County Hall, Maidstone.\n\nPRESENT: A, B')).toEqual({
      body: 'Corporate Parenting Panel', date: '2024-10-29', time: null, venue: 'Darent Room, Sessions House, County Hall, Maidstone',
    });
  });

  it('prefers the meeting body printed below the authority name, and skips web addresses', () => {
    const m = fromText([
      '**www.northshire.gov.uk/council**', '**NORTHSHIRE COUNTY COUNCIL**', '**HEALTH AND WELLBEING BOARD**',
      'Tuesday 4 March 2025 at 2pm', 'Town Hall, High Street, Northtown NT1 2AB', 'Contact: committee services',
    ].join('\n\n'));
    expect(m).toEqual({ body: 'Health and Wellbeing Board', date: '2025-03-04', time: '14:00', venue: 'Town Hall, High Street, Northtown NT1 2AB' });
  });

  it('joins a venue printed over several lines and cuts contact details beside it', () => {
    const m = fromText('**Audit Sub-Committee**\n\nWednesday, 2nd April, 2025, at 6.30 pm  \nThe Guildhall,  \nMarket Square, Easton EA1 1AA  \nEmail: x@y.gov.uk');
    expect(m).toMatchObject({ body: 'Audit Sub-Committee', date: '2025-04-02', time: '18:30', venue: 'The Guildhall, Market Square, Easton EA1 1AA' });
  });

  it('reads a header table column by column', () => {
    const header = table([
      ['Friday, 7th March, 2025, at 9.00 am', 'Ask for:', 'A Clerk'],
      ['Committee Room 1, Civic Centre,', 'Telephone:', '01234 567890'],
      ['Westgate, Exeford', '', ''],
    ], 1, 0);
    const m = parseMeeting(docOf([[{ ...header }]]));
    expect(m).toMatchObject({ date: '2025-03-07', time: '09:00', venue: 'Committee Room 1, Civic Centre, Westgate, Exeford' });
  });

  it('reads a label/value table', () => {
    expect(fromHtml(`<h2>Licensing Sub-Committee</h2><table>
      <tr><td>Date:</td><td>Tuesday, 11th March, 2025</td></tr><tr><td>Time:</td><td>2.00 pm</td></tr>
      <tr><td>Venue:</td><td>Meeting Room 2, Civic Offices, Bridge Street</td></tr></table>`)).toEqual({
      body: 'Licensing Sub-Committee', date: '2025-03-11', time: '14:00', venue: 'Meeting Room 2, Civic Offices, Bridge Street',
    });
  });

  it('reads a venue printed after the time on the date line, and an online venue', () => {
    expect(fromText('**Scrutiny Committee**\n\nMonday 3 February 2025 at 2pm, Council House, Victoria Square, Northtown')).toMatchObject({
      date: '2025-02-03', time: '14:00', venue: 'Council House, Victoria Square, Northtown',
    });
    expect(fromText('**Police and Crime Panel**\n\nFriday 6 June 2025 at 10.30 am\n\nVirtual meeting via Microsoft Teams')).toMatchObject({
      time: '10:30', venue: 'Virtual meeting via Microsoft Teams',
    });
  });

  it('takes a labelled meeting name over the authority printed above it', () => {
    expect(fromText('**Eastshire County Council**\n\nMeeting: Pensions Board  \nDate: 1 July 2025  \nTime: 14:00 hrs')).toEqual({
      body: 'Pensions Board', date: '2025-07-01', time: '14:00', venue: null,
    });
  });

  it('reads plain text without styling (pdftotext output): capitals for the title, lines as printed', () => {
    const plain = ['AGENDA', '', 'CABINET', 'Thursday, 30th January, 2025, at 10.00 am Ask for:', 'Council Chamber, Sessions House, Telephone:',
      'County Hall, Maidstone', '', 'Georgina Little', 'Tel: 03000 414043', '', 'UNRESTRICTED ITEMS', '1.', '', 'Apologies'].join('\n');
    expect(fromText(plain)).toEqual({ body: 'Cabinet', date: '2025-01-30', time: '10:00', venue: 'Council Chamber, Sessions House, County Hall, Maidstone' });
    const minutes = 'CORPORATE PARENTING PANEL– 29 October 2024\nMINUTES of the meeting held in the Darent Room, Sessions House, County\nHall, Maidstone.\nPRESENT: A Member (Chair)';
    expect(fromText(minutes)).toEqual({ body: 'Corporate Parenting Panel', date: '2024-10-29', time: null, venue: 'Darent Room, Sessions House, County Hall, Maidstone' });
  });

  it.each([
    ['Agenda - Cabinet', 'Cabinet'],
    ['CABINET AGENDA', 'Cabinet'],
    ['Notice of a meeting of the Police and Crime Panel', 'Police and Crime Panel'],
    ['Minutes of the Meeting of the Audit and Governance Committee', 'Audit and Governance Committee'],
    ['Planning Committee - Tuesday 4 March 2025', 'Planning Committee'],
    ['PUBLIC DOCUMENT PACK', null],
  ])('names the body in the title %j', (title, body) => {
    expect(fromText(`**${title}**\n\nSome text.`).body).toBe(body);
  });

  it('looks only at the front pages: a date deep in the pack is not the meeting date', () => {
    const p = (text: string, page: number): Block => ({
      kind: 'paragraph', text, spans: [{ text, bold: false, italic: false }], lines: [], page, box: null, fontSize: 11, bold: false, italic: false,
    });
    const pages = [[p('Some report', 1)], [p('x', 2)], [p('y', 3)], [p('Monday 9 January 2023 at 14:00 hours', 4)]];
    expect(parseMeeting(docOf(pages))).toEqual({ body: null, date: null, time: null, venue: null });
  });

  it('gives nulls for a document without a meeting header', () => {
    expect(fromText('Budget tables\n\nLine\t2024\nPay\t1.0')).toEqual({ body: null, date: null, time: null, venue: null });
  });
});
