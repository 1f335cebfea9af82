import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_COLUMNS, CSV_NAMES, safeCell, toCsv } from '../src/emit/csv.js';
import { emptyRecords, type PackDocument, type WarningRecord } from '../src/records.js';
import { recordFields } from '../src/schema.js';
import { parseCsv } from './csv-reader.js';

function pack(name: string, patch: Partial<PackDocument> = {}): PackDocument {
  return {
    schema_version: 1,
    pack: name,
    source: { file: `${name}.txt`, format: 'text', sha256: '0'.repeat(64), pages: null },
    meeting: { body: null, date: null, time: null, venue: null },
    ...emptyRecords(),
    ...patch,
  };
}

const warnings = (messages: string[]): WarningRecord[] => messages.map((message, i) => ({ code: 'w', message, page: i + 1 }));

/** Characters that make a spreadsheet read a cell as a formula (contract: CSV). */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const PLAIN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+(\.\d*)?|\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

describe('safeCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-', "'-"],
    ['- item', "'- item"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n=1', "'\n=1"],
    ['\0x', "'\0x"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0Dx', "'\uFF0Dx"],
    ['\uFF20x', "'\uFF20x"],
    ['=1', "'=1"],
    ['+1-2', "'+1-2"],
    ['-1,23', "'-1,23"],
    ['-1,234+1', "'-1,234+1"],
  ])('prefixes %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it.each(['-42.5', '-1,234', '-1,655.5', '+7', '-0.5e3', '-.5', '1234', 'Chair', '', "'quoted", ' =1', 'a=b'])('keeps %j', (input) => {
    expect(safeCell(input)).toBe(input);
  });

  it('prefixes every cell starting with a formula character unless it is a plain number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMULA_STARTS), fc.string(), (start, rest) => {
        const cell = start + rest;
        expect(safeCell(cell)).toBe(PLAIN_NUMBER.test(cell) ? cell : `'${cell}`);
      }),
    );
  });

  it('leaves cells that do not start with a formula character alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (cell) => {
        fc.pre(!FORMULA_STARTS.some((s) => cell.startsWith(s)));
        expect(safeCell(cell)).toBe(cell);
      }),
    );
  });

  it('never prefixes a plain number, however it is signed', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(safeCell(String(n))).toBe(String(n));
      }),
    );
  });
});

describe('toCsv', () => {
  it('writes a pack column, then the contract columns in order, with \\n line ends', () => {
    const csv = toCsv([pack('a', { warnings: warnings(['one']) })], 'warnings');
    expect(csv).toBe('pack,code,message,page\na,w,one,1\n');
  });

  it('has a header for every CSV even without rows', () => {
    for (const name of CSV_NAMES) {
      expect(parseCsv(toCsv([pack('a')], name))).toEqual([['pack', ...CSV_COLUMNS[name]]]);
    }
  });

  it('lists the JSON fields of each record as columns (JSON field = CSV column)', () => {
    for (const name of CSV_NAMES) {
      const jsonOnly = name === 'tables' ? ['header', 'rows', 'cells'] : [];
      const fields = Object.keys(recordFields(name)!).filter((f) => !jsonOnly.includes(f));
      expect(CSV_COLUMNS[name], name).toEqual(fields);
    }
  });

  it('writes numbers plainly, booleans as true/false, null as empty, arrays joined with " | "', () => {
    const doc = pack('p', {
      motions: [{ meeting_date: '2023-01-09', minute: '12', motion: 'x', for: 1234, against: 0, abstain: null, result: 'carried', proposer: 'A Smith', seconder: null, unanimous: true, page: 3 }],
      resolutions: [{ meeting_date: null, minute: '5', index: 'i', text: 't', sub_items: ['a', 'b, c'], page: null }],
      agenda_items: [{ number: '1', title: 'T', description: null, supporting_document: true, time: '14:00', pages: null, page: 2 }],
    });
    expect(parseCsv(toCsv([doc], 'motions'))[1]).toEqual(['p', '2023-01-09', '12', 'x', '1234', '0', '', 'carried', 'A Smith', '', 'true', '3']);
    expect(parseCsv(toCsv([doc], 'resolutions'))[1]).toEqual(['p', '', '5', 'i', 't', 'a | b, c', '']);
    expect(parseCsv(toCsv([doc], 'agenda_items'))[1]).toEqual(['p', '1', 'T', '', 'true', '14:00', '', '2']);
  });

  it('keeps negative numbers as numbers and guards text', () => {
    const doc = pack('p', {
      checks: [{ table_id: 't1', row_label: '=HYPERLINK("x")', column_label: null, stated: -198.5, computed: -198.4, difference: -0.1, status: 'rounding', explanation: '-a', page: 1 }],
    });
    const [, row] = parseCsv(toCsv([doc], 'checks'));
    expect(row).toEqual(['p', 't1', `'=HYPERLINK("x")`, '', '-198.5', '-198.4', '-0.1', 'rounding', "'-a", '1']);
    expect(parseCsv(toCsv([doc], 'checks', { raw: true }))[1][2]).toBe('=HYPERLINK("x")');
  });

  it('guards the pack column too', () => {
    expect(parseCsv(toCsv([pack('=p', { warnings: warnings(['m']) })], 'warnings'))[1][0]).toBe("'=p");
  });

  it('starts with a byte order mark only with excel', () => {
    expect(toCsv([pack('a')], 'warnings', { excel: true }).startsWith('\uFEFFpack,')).toBe(true);
    expect(toCsv([pack('a')], 'warnings').startsWith('pack,')).toBe(true);
  });

  it('tags the rows of several packs with their pack, in input order', () => {
    const csv = toCsv([pack('b', { warnings: warnings(['x']) }), pack('a', { warnings: warnings(['y', 'z']) })], 'warnings');
    expect(parseCsv(csv).slice(1).map((r) => r[0] + r[2])).toEqual(['bx', 'ay', 'az']);
  });

  it('reads back the values written (raw), whatever the text holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (messages) => {
        const rows = parseCsv(toCsv([pack('p', { warnings: warnings(messages) })], 'warnings', { raw: true }));
        expect(rows.slice(1).map((r) => r[2])).toEqual(messages);
      }),
    );
  });

  it('reads back the guarded values (default), whatever the text holds', () => {
    const risky = fc.tuple(fc.constantFrom('', ...FORMULA_STARTS, '"', ',', '\r\n'), fc.string({ unit: 'binary' })).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.array(risky, { maxLength: 8 }), (messages) => {
        const rows = parseCsv(toCsv([pack('p', { warnings: warnings(messages) })], 'warnings'));
        expect(rows.slice(1).map((r) => r[2])).toEqual(messages.map(safeCell));
      }),
    );
  });
});
