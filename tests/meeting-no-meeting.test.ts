// A record of one member's decision holds dates (signing, an earlier committee) but no meeting date.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeeting } from '../src/sections/from-front-page/meeting.js';
import { readText } from '../src/readers/text.js';
import { readPdf } from '../src/readers/pdf/index.js';
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
});
