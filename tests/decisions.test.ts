import { describe, expect, it } from 'vitest';
import { decisionsParser } from '../src/sections/decisions.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBytes } from '../src/extract.js';
import { context, heading, para, table } from './build-doc.js';
import { hasShared, SHARED } from './helpers.js';

describe('decisions parser', () => {
  it('reads decision headings with reference, date and the summary under them', () => {
    const ctx = context([
      heading('**Key Decisions: December 2022**', 40),
      para('The following key decisions have been published.', 40),
      heading('**Disposal of property PCC Decision – 030-2022 – 23 December 2022**', 40),
      para('A confidential decision relating to property disposal.', 40),
      heading('**Fees and Charges 2022/23 PCC Decision – 08 2022 - 7 December 2022**', 41),
      para('Approval of the fees for 2022/23.', 41),
      heading('**National frameworks Decision 026 – 2022 – 23 December 2022**', 41),
      heading('**Work Programme**', 42),
      para('Not a summary.', 42),
    ]);
    expect(decisionsParser.parse(ctx).decisions).toEqual([
      { reference: '030-2022', title: 'Disposal of property', date: '2022-12-23',
        summary: 'A confidential decision relating to property disposal.', confidential: true, page: 40 },
      { reference: '08-2022', title: 'Fees and Charges 2022/23', date: '2022-12-07',
        summary: 'Approval of the fees for 2022/23.', confidential: false, page: 41 },
      { reference: '026-2022', title: 'National frameworks', date: '2022-12-23', summary: null, confidential: false, page: 41 },
    ]);
  });

  it('reads headings that give the reference first', () => {
    const ctx = context([heading('**PCC Decision 2023/014: Estates strategy – 5 May 2023**', 3),
      para('Approval of the strategy.', 3), heading('**Decision Notice PCC/2023/015 – Exempt grant award**', 4)]);
    expect(decisionsParser.parse(ctx).decisions).toEqual([
      { reference: '2023/014', title: 'Estates strategy', date: '2023-05-05', summary: 'Approval of the strategy.',
        confidential: false, page: 3 },
      { reference: 'PCC/2023/015', title: 'Exempt grant award', date: null, summary: null, confidential: true, page: 4 },
    ]);
  });

  it('reads decisions listed as bullet points', () => {
    const item = { ...para('• Vehicle Recovery PCC Decision – 028 2022 – 1 December 2022', 5), kind: 'list_item' as const, marker: '•' };
    expect(decisionsParser.parse(context([item])).decisions).toEqual([{ reference: '028-2022', title: 'Vehicle Recovery',
      date: '2022-12-01', summary: null, confidential: false, page: 5 }]);
  });

  it('does not take a sentence mentioning a decision in a paragraph', () => {
    const ctx = context([para('The Panel noted PCC decision 030-2022 - 23 December 2022 and more text follows.')]);
    expect(decisionsParser.parse(ctx).decisions).toEqual([]);
  });

  it('reads decision tables', () => {
    const ctx = context([
      heading('Decisions taken since the last meeting'),
      table([['Reference', 'Title', 'Date', 'Exempt'], ['D-12', 'Estates plan', '01/12/2022', 'Yes'],
        ['D-13', 'Grants', '5 December 2022', 'No']], 7),
      table([['Ref', 'Title', 'Date'], ['1', 'A report that is not a decision', '1 May 2022']], 8),
    ]);
    expect(decisionsParser.parse(ctx).decisions).toEqual([
      { reference: 'D-12', title: 'Estates plan', date: '2022-12-01', summary: null, confidential: true, page: 7 },
      { reference: 'D-13', title: 'Grants', date: '2022-12-05', summary: null, confidential: false, page: 7 },
    ]);
  });

  it('reads ModernGov decision numbers in agenda items and minutes, once each', () => {
    const ctx = context([
      heading('**UNRESTRICTED ITEMS**', 1),
      para('5. 24/00108 - Revenue and Capital Budget Monitoring Report (Pages 11 - 84)', 1),
      para('7. 24/00109 - Transfer of a service (Key decision) - exempt', 1),
      para('88. 24/00108 - Revenue and Capital Budget Monitoring Report', 9),
      para('Members considered the call-in of Decision - 24/00093 - Future of services', 9),
      para('03/2020 - 12/2020 73.74%', 9),
      para('12/2021 - Target met in 2021', 9),
      heading('**EXEMPT ITEMS**', 9),
      para('9. 24/00120 - Sale of land', 9),
    ], { date: '2025-01-30' });
    expect(decisionsParser.parse(ctx).decisions).toEqual([
      { reference: '24/00108', title: 'Revenue and Capital Budget Monitoring Report', date: '2025-01-30',
        summary: null, confidential: false, page: 1 },
      { reference: '24/00109', title: 'Transfer of a service', date: '2025-01-30',
        summary: null, confidential: true, page: 1 },
      { reference: '24/00120', title: 'Sale of land', date: '2025-01-30', summary: null, confidential: true, page: 9 },
    ]);
  });

  it('takes what the minutes resolved under a decision\'s minute as its summary', () => {
    const ctx = context([para('88. 24/00108 - Budget Monitoring Report', 9), para('89. 24/001080 - Another matter', 10)], { date: '2025-01-30' });
    const minute = (n: string, title: string) => ({ meeting_date: '2025-01-30', minute: n, title, text: '', page: 9 });
    const resolution = (n: string, index: string | null, text: string, subItems: string[] = []) =>
      ({ meeting_date: '2025-01-30', minute: n, index, text, sub_items: subItems, page: 10 });
    ctx.records.minute_items = [minute('88', '24/00108 - Budget Monitoring Report'), minute('89', '24/001080 - Another matter')];
    ctx.records.resolutions = [
      resolution('88', null, 'that Cabinet agree to:'),
      resolution('88', 'a', 'Note the forecast overspend.'),
      resolution('88', 'b', 'Agree the changes:', ['(i) to capital', '(ii) to reserves']),
      resolution('87', null, 'that the minutes be signed'),
    ];
    expect(decisionsParser.parse(ctx).decisions.map((d) => [d.reference, d.summary])).toEqual([
      ['24/00108', 'Cabinet agree to: a) Note the forecast overspend. b) Agree the changes: (i) to capital (ii) to reserves'],
      ['24/001080', null], // its minute resolved nothing, and 24/00108's minute is not its own
    ]);
  });

  it.skipIf(!hasShared)('reads the minutes it needs under --only decisions, and outputs only the decisions', async () => {
    const path = join(SHARED, 'corpus', 'kent', 'cabinet-2025-01-30-minutes.pdf');
    const doc = await extractBytes(new Uint8Array(readFileSync(path)), { fileName: 'minutes.pdf', only: ['decisions'] });
    expect(doc.decisions.length).toBeGreaterThan(0);
    expect(doc.decisions.every((d) => d.summary !== null)).toBe(true);
    expect([doc.minute_items, doc.resolutions, doc.tables]).toEqual([[], [], []]);
  });
});
