import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPackage, type TableField } from '../src/emit/datapackage.js';
import { writeOutputDir } from '../src/emit/outputs.js';
import { CSV_COLUMNS, CSV_NAMES } from '../src/emit/csv.js';
import { extract } from '../src/api.js';
import type { PackDocument } from '../src/records.js';
import { parseCsv } from './csv-reader.js';
import { fullDocument, SAMPLE_INPUTS } from './sample-docs.js';

interface Resource {
  name: string;
  path: string;
  schema: { fields: TableField[]; missingValues: string[] };
}

function resources(pkg: Record<string, unknown>): Resource[] {
  return pkg.resources as Resource[];
}

function fieldOf(pkg: Record<string, unknown>, csv: string, column: string): TableField {
  return resources(pkg).find((r) => r.name === csv)!.schema.fields.find((f) => f.name === column)!;
}

/** Why a CSV value cannot be read as its field's type, or null when it can (empty means missing). */
function typeProblem(field: TableField, value: string): string | null {
  if (value === '') return null;
  const ok: Record<TableField['type'], () => boolean> = {
    string: () => true,
    integer: () => /^-?\d+$/.test(value),
    number: () => /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) && Number.isFinite(Number(value)),
    boolean: () => [...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value),
    date: () => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  };
  if (!ok[field.type]()) return `${field.name}=${JSON.stringify(value)} is not ${field.type}`;
  if (field.constraints && !field.constraints.enum.includes(value)) return `${field.name}=${value} not in enum`;
  return null;
}

/** Write `docs` with -o semantics and check every CSV against datapackage.json. */
function checkOutputDir(docs: PackDocument[]): { rows: number } {
  const dir = mkdtempSync(join(tmpdir(), 'panelpack-dp-'));
  try {
    writeOutputDir(dir, docs);
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const csvFiles = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
    expect(resources(pkg).map((r) => r.path).sort()).toEqual(csvFiles);
    let rows = 0;
    for (const r of resources(pkg)) {
      const [header, ...body] = parseCsv(readFileSync(join(dir, r.path), 'utf8'));
      expect(r.schema.fields.map((f) => f.name), r.name).toEqual(header);
      expect(r.schema.missingValues).toEqual(['']);
      const problems = body.flatMap((row) => row.map((v, i) => typeProblem(r.schema.fields[i], v)).filter(Boolean));
      expect(problems, r.name).toEqual([]);
      rows += body.length;
    }
    return { rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('dataPackage', () => {
  const pkg = dataPackage([fullDocument()]);

  it('describes every CSV with its path, in the order written', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(resources(pkg).map((r) => r.path)).toEqual(CSV_NAMES.map((n) => `${n}.csv`));
  });

  it('lists every CSV column, pack first', () => {
    for (const r of resources(pkg)) expect(r.schema.fields.map((f) => f.name)).toEqual(['pack', ...CSV_COLUMNS[r.name]]);
  });

  it('types the columns from the contract', () => {
    expect(fieldOf(pkg, 'attendees', 'remote').type).toBe('boolean');
    expect(fieldOf(pkg, 'attendees', 'page').type).toBe('integer');
    expect(fieldOf(pkg, 'attendees', 'meeting_date').type).toBe('date');
    expect(fieldOf(pkg, 'motions', 'for').type).toBe('integer');
    expect(fieldOf(pkg, 'table_cells', 'value').type).toBe('number');
    expect(fieldOf(pkg, 'checks', 'difference').type).toBe('number');
    expect(fieldOf(pkg, 'resolutions', 'sub_items').type).toBe('string');
    expect(fieldOf(pkg, 'attendees', 'status').constraints?.enum).toContain('also_present');
  });

  it('keeps a date column as text when it holds month-only dates', () => {
    expect(fieldOf(pkg, 'actions', 'meeting').type).toBe('string');
    expect(fieldOf(pkg, 'work_programme', 'meeting_date').type).toBe('string');
    expect(fieldOf(pkg, 'work_programme', 'meeting_date').description).toMatch(/YYYY-MM/);
  });

  it('says where the unit of a value is', () => {
    expect(fieldOf(pkg, 'table_cells', 'value').description).toMatch(/unit/);
    expect(fieldOf(pkg, 'performance', 'value').description).toMatch(/unit/);
  });

  it('is deterministic and carries no timestamp', () => {
    const text = JSON.stringify(dataPackage([fullDocument()]));
    expect(text).toBe(JSON.stringify(pkg));
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(text).not.toMatch(/"created"/);
  });

  it('matches the CSV contents of a document with every record type', () => {
    expect(checkOutputDir([fullDocument()]).rows).toBeGreaterThan(CSV_NAMES.length - 1);
  });
});

describe.runIf(SAMPLE_INPUTS.length > 0)('datapackage.json of the sample fixtures', () => {
  const docs: PackDocument[] = [];
  beforeAll(async () => {
    for (const path of SAMPLE_INPUTS) docs.push(await extract(path));
  }, 300_000);

  it('types agree with every CSV value written', () => {
    expect(checkOutputDir(docs).rows).toBeGreaterThan(0);
  });
});
