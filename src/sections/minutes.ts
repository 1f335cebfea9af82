// Minute items and their resolutions:
//   681 NOTICE OF RECORDING            | 286.  Apologies for Absence (Item 1)
//   RESOLVED: -                        | RESOLVED that the minutes ... be approved as a correct record.
//   That the ... be noted.             | 3. RESOLVED that Cabinet agree to:  A) Note ...  b) Note ...
//   i. That ...  ii. That ...  iii. That the PCC provide: -   - Data on ...   - The package ...
//   RESOLVED: (A) ... (B) ...          | (27) RESOLVED that: <intro>: <group heading> (a) ... (v) ...
// A lead-in before the items ("that Cabinet agree to:", "that County Council ... agree the following:")
// and its clauses are ONE resolution: the lead-in in `text`, the clauses in `sub_items` (OUTPUT.md).
// Items with no lead-in ("RESOLVED: -" then i. ii. iii.) are separate resolutions with their index.
import type { MinuteItem, Resolution, WarningRecord } from '../records.js';
import { findMinutes } from './from-text/minutes-context.js';
import { oneBullet } from './from-text/paras.js';
import { resolutionsOf } from './from-text/resolutions.js';
import type { SectionParser } from './types.js';

export const minutesParser: SectionParser = {
  name: 'minutes',
  produces: ['minute_items', 'resolutions'],
  parse(ctx) {
    const minute_items: MinuteItem[] = [];
    const resolutions: Resolution[] = [];
    const warnings: WarningRecord[] = [];
    for (const doc of findMinutes(ctx)) {
      for (const section of doc.minutes) {
        minute_items.push({
          meeting_date: doc.meetingDate, minute: section.minute, title: section.title,
          // one bullet glyph whatever the rendering printed; numbered markers ("i.", "(a)") as printed
          text: section.paras.map((p) => oneBullet(p.raw)).join(' ').replace(/\s+/g, ' ').trim(),
          page: section.page,
        });
        for (const r of resolutionsOf(section, doc.meetingDate)) {
          // "RESOLVED: ." has no words: what was resolved is not known, so no record is invented
          if (/[\p{L}\d]/u.test(r.text) || r.sub_items.length) resolutions.push(r);
          else warnings.push({ code: 'empty_text', page: r.page, message: `minute ${r.minute ?? '(unnumbered)'}: a resolution with no words, not recorded` });
        }
      }
    }
    return { minute_items, resolutions, warnings };
  },
};
