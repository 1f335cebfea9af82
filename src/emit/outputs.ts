// `-o DIR`: one <pack>.json per input, one CSV per record type holding the rows of all inputs, and a
// datapackage.json describing the CSVs' columns and types.
import { join } from 'node:path';
import type { PackDocument } from '../records.js';
import { toJson } from './json.js';
import { CSV_NAMES, toCsv, type CsvOptions } from './csv.js';
import { dataPackage } from './datapackage.js';
import { writeFileAtomic } from './write.js';

/** The name of the descriptor file (without .json): no pack may take it. */
export const DATAPACKAGE_ID = 'datapackage';

export function writeOutputDir(dir: string, docs: PackDocument[], opts: CsvOptions = {}): void {
  for (const d of docs) writeFileAtomic(join(dir, `${d.pack}.json`), toJson(d));
  for (const name of CSV_NAMES) writeFileAtomic(join(dir, `${name}.csv`), toCsv(docs, name, opts));
  writeFileAtomic(join(dir, `${DATAPACKAGE_ID}.json`), toJson(dataPackage(docs, opts)));
}
