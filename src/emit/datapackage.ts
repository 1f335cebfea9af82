// Frictionless Data Package (datapackage.json, v1 tabular profile) describing the CSVs of `-o DIR`, so that
// frictionless, pandas or R readers load each column with its type. Field types and descriptions come from
// the JSON Schema description (src/schema.ts); nothing time-dependent is written (deterministic output).
import type { PackDocument } from '../records.js';
import { recordFields, DATE_PATTERN, type JsonSchema } from '../schema.js';
import { CSV_COLUMNS, CSV_NAMES, csvRows, type CsvOptions } from './csv.js';

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { enum: string[] };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The datapackage.json object for the CSVs written from `docs`. */
export function dataPackage(docs: PackDocument[], opts: CsvOptions = {}): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'panelpack-output',
    title: 'Records extracted from meeting packs by panelpack',
    description:
      'One CSV per record type holding the rows of all packs, each row tagged with its pack; ' +
      'the full pack documents are the <pack>.json files beside this file.' +
      (opts.raw ? '' : " Text cells starting with = + - @ or a control character are prefixed with ' (spreadsheet formula guard; plain numbers excepted)."),
    resources: CSV_NAMES.map((name) => ({
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      // --excel starts each file with a byte order mark, which a reader must expect
      encoding: opts.excel ? 'utf-8-sig' : 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: { fields: tableFields(name, docs), missingValues: [''] },
    })),
  };
}

/** Fields of one CSV: `pack`, then the record's columns with types from the schema description. */
export function tableFields(name: string, docs: PackDocument[]): TableField[] {
  const described = recordFields(name) ?? {};
  const pack: TableField = { name: 'pack', type: 'string', description: 'pack the row comes from (its <pack>.json)' };
  return [pack, ...CSV_COLUMNS[name].map((column) => toField(column, described[column] as JsonSchema | undefined, name, docs))];
}

function toField(name: string, schema: JsonSchema | undefined, csv: string, docs: PackDocument[]): TableField {
  const types = [schema?.type ?? 'string'].flat() as string[];
  const description = String(schema?.description ?? name.replace(/_/g, ' '));
  if (types.includes('boolean')) return { name, type: 'boolean', description, trueValues: ['true'], falseValues: ['false'] };
  if (types.includes('integer')) return { name, type: 'integer', description };
  if (types.includes('number')) return { name, type: 'number', description };
  if (types.includes('array')) return { name, type: 'string', description };
  if (schema?.pattern === DATE_PATTERN) {
    // A date column is typed `date` only when every value is a full ISO day; month-only values stay text.
    if (columnValues(csv, name, docs).every((v) => ISO_DAY.test(v))) return { name, type: 'date', description };
    return { name, type: 'string', description: `${description} (ISO 8601: YYYY-MM-DD or YYYY-MM)` };
  }
  const values = (schema?.enum as unknown[] | undefined)?.filter((v): v is string => typeof v === 'string');
  if (values) return { name, type: 'string', description, constraints: { enum: values } };
  return { name, type: 'string', description };
}

function columnValues(csv: string, column: string, docs: PackDocument[]): string[] {
  return docs.flatMap((d) => csvRows(d, csv).map((r) => r[column])).filter((v): v is string => typeof v === 'string');
}
