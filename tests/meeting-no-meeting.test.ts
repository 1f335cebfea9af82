// A record of one member's decision holds dates (signing, an earlier committee) but no meeting date; nor does
// an index page of a committee's meetings (a column of their dates).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeeting } from '../src/sections/from-front-page/meeting.js';
import { readText } from '../src/readers/text.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { readHtml } from '../src/readers/html.js';
import { SHARED } from './helpers.js';

const OPTS = { maxPages: 2000 };

describe('meeting: documents that record no meeting', () => {
  it('gives no date for a record of decision, but does for a record of decisions of a meeting', () => {
    const record = 'TEST COUNCIL – RECORD OF DECISION\nDECISION NO: 24/001\nThe Cabinet Committee endorsed this on 21 November 2024.\nSigned: 17 January 2025';
    expect(parseMeeting(readText(record, OPTS)).date).toBeNull();
    const meeting = 'RECORD OF DECISIONS of the Cabinet held on Thursday, 30 January 2025 at 10.00 am\nPRESENT: Cllr A Brown';
    expect(parseMeeting(readText(meeting, OPTS)).date).toBe('2025-01-30');
  });
  const kent = join(SHARED, 'corpus', 'kent', '2025-03-13-decision-record.pdf');
  it.skipIf(!existsSync(kent))('gives no date for a signed Kent record of decision (corpus)', async () => {
    expect(parseMeeting(await readPdf(new Uint8Array(readFileSync(kent)), OPTS)).date).toBeNull();
  });

  it('gives no date for an index of meetings, a table column of their dates', () => {
    const rows = ['19 January 2009', '6 January 2009', '16 December 2008', '25 November 2008'].map((d) => `<tr><td>${d}</td><td>Agenda</td></tr>`);
    const html = `<h1>Audit Committee meetings</h1><table><tr><th>Date of meeting</th><th>Agendas</th></tr>${rows.join('')}</table>`;
    expect(parseMeeting(readHtml(html, OPTS)).date).toBeNull();
    expect(parseMeeting(readHtml('<h1>Audit Committee</h1><table><tr><td>Date:</td><td>19 January 2009</td></tr></table>', OPTS)).date).toBe('2009-01-19');
  });
  const index = join(SHARED, 'corpus', 'london-assembly', 'london-assembly-2009-01-html-committee-meetings.html');
  it.skipIf(!existsSync(index))('gives no date for a committee\'s index page of meetings (corpus)', () => {
    expect(parseMeeting(readHtml(readFileSync(index, 'utf8'), OPTS)).date).toBeNull();
  });
});
