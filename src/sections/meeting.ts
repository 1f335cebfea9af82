// Meeting header from the front page: body, date, time, venue. Placeholder until it lands.
import type { DocModel } from '../model.js';
import type { Meeting } from '../records.js';

export function parseMeeting(_doc: DocModel): Meeting {
  return { body: null, date: null, time: null, venue: null };
}
