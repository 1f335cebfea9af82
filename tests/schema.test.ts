import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packSchema, sectionSchema, SCHEMA_SECTIONS } from '../src/schema.js';
import { extract } from '../src/api.js';
import { RECORD_NAMES, type PackDocument } from '../src/records.js';
import { fullDocument, SAMPLE_INPUTS } from './sample-docs.js';
import { FIXTURES } from './helpers.js';

/** Expected outputs of the golden cases (the golden test holds the extraction to them). */
const GOLDEN = join(FIXTURES, 'golden');
const GOLDEN_EXPECTED = (existsSync(GOLDEN) ? readdirSync(GOLDEN) : [])
  .map((name) => join(GOLDEN, name, 'expected.json'))
  .filter((path) => existsSync(path));

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validatePack = ajv.compile(packSchema());

function errorsOf(doc: unknown): string[] {
  return validatePack(doc) ? [] : (validatePack.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('pack schema', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(ajv.validateSchema(packSchema())).toBe(true);
    expect(packSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts a document with a record of every type', () => {
    expect(errorsOf(fullDocument())).toEqual([]);
  });

  it('requires every record array and knows no others', () => {
    const schema = packSchema() as { required: string[]; $defs: Record<string, unknown> };
    for (const name of RECORD_NAMES) expect(schema.required).toContain(name);
    expect(Object.keys(schema.$defs).sort()).toEqual([...RECORD_NAMES, 'table_cells'].sort());
  });

  it.each<[string, (d: PackDocument) => void]>([
    ['a missing field', (d) => delete (d.attendees[0] as Partial<PackDocument['attendees'][0]>).remote],
    ['an unknown field', (d) => Object.assign(d.members[0], { surname: 'Smith' })],
    ['a status outside the enum', (d) => Object.assign(d.attendees[0], { status: 'late' })],
    ['a date not in ISO form', (d) => Object.assign(d.meeting, { date: '9 January 2023' })],
    ['a time not HH:MM', (d) => Object.assign(d.meeting, { time: '2pm' })],
    ['a page of 0', (d) => Object.assign(d.agenda_items[0], { page: 0 })],
    ['a number as text', (d) => Object.assign(d.tables[0].cells[0], { value: '198.5' })],
    ['a wrong schema_version', (d) => Object.assign(d, { schema_version: 2 })],
  ])('rejects %s', (_what, spoil) => {
    const doc = fullDocument();
    spoil(doc);
    expect(errorsOf(doc)).not.toEqual([]);
  });
});

describe('section schemas', () => {
  it.each(SCHEMA_SECTIONS)('%s validates its records of the full document', (name) => {
    const schema = sectionSchema(name);
    expect(ajv.validateSchema(schema)).toBe(true);
    const validate = ajv.compile(schema);
    const doc = fullDocument();
    const records = name === 'table_cells' ? doc.tables[0].cells : doc[name as keyof typeof doc];
    for (const r of records as unknown[]) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({})).toBe(false);
  });

  it('rejects an unknown section', () => {
    expect(() => sectionSchema('attendance')).toThrow(/unknown section attendance/);
  });
});

describe.runIf(SAMPLE_INPUTS.length > 0)('output of the sample fixtures', () => {
  const docs = new Map<string, PackDocument>();
  beforeAll(async () => {
    for (const path of SAMPLE_INPUTS) docs.set(path, await extract(path));
  }, 300_000);

  it.each(SAMPLE_INPUTS)('%s is valid against the schema', (path) => {
    expect(errorsOf(docs.get(path))).toEqual([]);
  });
});

describe.runIf(GOLDEN_EXPECTED.length > 0)('golden outputs', () => {
  it.each(GOLDEN_EXPECTED)('%s is valid against the schema', (path) => {
    expect(errorsOf(JSON.parse(readFileSync(path, 'utf8')))).toEqual([]);
  });
});
