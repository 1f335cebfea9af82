// `-o DIR`: one <pack>.json per input, one CSV per record type holding the rows of all inputs, and a
// datapackage.json describing the CSVs' columns and types. Pack files of an earlier run into the same
// folder are left alone (they may be wanted) but reported, as they are not in this run's CSVs.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { PackDocument } from '../records.js';
import { toJson } from './json.js';
import { CSV_NAMES, toCsv, type CsvOptions } from './csv.js';
import { dataPackage } from './datapackage.js';
import { writeFileAtomic } from './write.js';

/** The name of the descriptor file (without .json): no pack may take it. */
export const DATAPACKAGE_ID = 'datapackage';

/** Writes the folder; returns the pack files in it that this run did not write (sorted). */
export function writeOutputDir(dir: string, docs: PackDocument[], opts: CsvOptions = {}): { stale: string[] } {
  const written = new Set(docs.map((d) => `${d.pack}.json`));
  for (const d of docs) writeFileAtomic(join(dir, `${d.pack}.json`), toJson(d));
  for (const name of CSV_NAMES) writeFileAtomic(join(dir, `${name}.csv`), toCsv(docs, name, opts));
  writeFileAtomic(join(dir, `${DATAPACKAGE_ID}.json`), toJson(dataPackage(docs, opts)));
  const stale = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !written.has(f) && f !== `${DATAPACKAGE_ID}.json` && isPackFile(join(dir, f)))
    .sort();
  return { stale };
}

/** A pack document as panelpack writes it: `{` then `"schema_version"` first. */
function isPackFile(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(64);
      const n = readSync(fd, head, 0, head.length, 0);
      return /^\{\s*"schema_version"\s*:/.test(head.subarray(0, n).toString('utf8'));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
