// Test data for the output-shape tests: a hand-made pack document holding one record of every type (typed
// against src/records.ts, so it cannot drift from the contract), and the sample fixtures that exist.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PackDocument } from '../src/records.js';
import { FIXTURES } from './helpers.js';

export const SAMPLE_INPUTS = ['sample/pack.txt', 'sample/pack.html', 'sample/pack.pdf']
  .map((rel) => join(FIXTURES, rel))
  .filter((path) => existsSync(path));

export function fullDocument(): PackDocument {
  const cell = {
    table_id: 't1', row: 1, column: 2, row_group: 'Funded by:', row_label: 'Staff', column_label: '2023/24 / £m',
    raw: '(198.5)', value: -198.5, unit: 'GBP million', qualifier: null, is_total: false, page: 4,
  };
  return {
    schema_version: 1,
    pack: 'example-2023-01-09',
    source: { file: 'example.pdf', format: 'pdf', sha256: 'a'.repeat(64), pages: 12, ocr_pages: 0 },
    meeting: { body: 'Example Panel', date: '2023-01-09', time: '14:00', venue: 'Room 1' },
    agenda_items: [{ number: '4a', title: 'Budget', description: null, supporting_document: true, time: null, pages: '1 - 10', page: 1 }],
    attendees: [{
      meeting_date: '2022-11-14', body: null, status: 'present', name: 'Ann Smith', honorific: 'Cllr', honours: 'OBE',
      affiliation: 'Chair', organisation: null, role: 'Chair', remote: true, page: 2,
    }],
    members: [{ name: 'Ann Smith', honorific: 'Cllr', organisation: 'Example Council', role: 'Chair', page: 1 }],
    minute_items: [{ meeting_date: '2022-11-14', minute: '687', title: 'Minutes', text: 'Agreed.', page: 2 }],
    resolutions: [{ meeting_date: '2022-11-14', minute: '687', index: 'i', text: 'That', sub_items: ['a', 'b'], page: 2 }],
    actions: [{ ref: '687 iii a', meeting: '2022-11', action: 'Report back', update: null, status: 'completed', group: 'Actions', page: 3 }],
    decisions: [{ reference: '030-2022', title: 'Grant', date: '2022-12-01', summary: null, confidential: false, page: 3 }],
    work_programme: [{ meeting_date: '2023-03', item: 'Budget', aims: null, presenting: 'PCC', additional_information: null, page: 5 }],
    future_meetings: [{ date: '2023-02-06', venue: null, note: 'Precept', page: 5 }],
    motions: [{ meeting_date: '2022-11-14', minute: '688', motion: 'Veto', for: 3, against: 9, abstain: 0, result: 'lost', proposer: null, seconder: null, unanimous: null, page: 2 }],
    votes: [{ meeting_date: '2022-11-14', minute: '688', motion_index: 0, option: 'for', name: 'Ann Smith', honorific: 'Cllr', page: 2 }],
    tables: [{
      table_id: 't1', title: 'Budget, £m', kind: 'budget', unit: 'GBP million', section: 'Budget report', page_start: 4,
      page_end: 4, n_rows: 1, n_cols: 2, ocr: false, header: [['', '2023/24']], rows: [['Staff', '(198.5)']], cells: [cell],
    }],
    performance: [{
      period: '2021-08/2022-07', channel: '999', metric: 'answered within 10 seconds', subject: 'WMP', role: 'force',
      value: 69.92, unit: 'percent', rank: 3, source: 'text', raw: '69.92%', page: 6,
    }],
    checks: [{
      table_id: 't1', row_label: 'Total', column_label: '2023/24', stated: 10, computed: 10.1, difference: -0.1,
      status: 'rounding', explanation: 'sum of rows 1-3', page: 4,
    }],
    warnings: [{ code: 'section_failed', message: 'x', page: null }],
  };
}
