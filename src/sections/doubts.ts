// What to distrust in the records read from minutes, reported as warnings with their page:
//   vote_count_mismatch  "For (57)" printed above a list of 56 names
//   date_far             minutes dated more than a year from the pack's own meeting (a stray date read?)
//   empty_section        minutes found (an attendance label, a title) but no attendee or no minute item read
// (empty_text, a resolution or motion with no words, is reported where it is dropped: minutes.ts.)
import type { Motion, Vote, WarningRecord } from '../records.js';
import { findMinutes } from './from-text/minutes-context.js';
import type { SectionParser } from './types.js';

/** days between two ISO dates beyond which a pack's minutes are not of an earlier meeting of the same cycle */
const FAR_DAYS = 366;

function countMismatches(motions: Motion[], votes: Vote[]): WarningRecord[] {
  const out: WarningRecord[] = [];
  motions.forEach((m, k) => {
    for (const option of ['for', 'against', 'abstain'] as const) {
      const named = votes.filter((v) => v.motion_index === k && v.option === option);
      const printed = m[option];
      if (printed === null || named.length === 0 || named.length === printed) continue;
      out.push({ code: 'vote_count_mismatch', page: named[0].page ?? m.page,
        message: `minute ${m.minute ?? '(unnumbered)'}: "${option}" printed as ${printed} but ${named.length} names are listed` });
    }
  });
  return out;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

export const doubtsParser: SectionParser = {
  name: 'doubts',
  produces: ['warnings'],
  needs: ['attendees', 'minute_items', 'motions', 'votes'],
  parse(ctx) {
    const warnings = countMismatches(ctx.records.motions ?? [], ctx.records.votes ?? []);
    const packDate = ctx.meeting.date;
    for (const doc of findMinutes(ctx)) {
      const page = doc.minutes[0]?.page ?? doc.preamble[0]?.page ?? null;
      const date = doc.meetingDate;
      if (date && packDate && date.length === 10 && packDate.length === 10 && days(date, packDate) > FAR_DAYS) {
        warnings.push({ code: 'date_far', page, message: `minutes dated ${date}, more than a year from the meeting of ${packDate}` });
      }
      if (doc.minutes.length === 0) warnings.push({ code: 'empty_section', page, message: 'minutes found, but no minute item read from them' });
      const attendees = (ctx.records.attendees ?? []).filter((a) => a.meeting_date === date);
      if (doc.preamble.length > 0 && attendees.length === 0) {
        warnings.push({ code: 'empty_section', page: doc.preamble[0].page, message: 'an attendance list was found, but no attendee read from it' });
      }
    }
    return { warnings };
  },
};
