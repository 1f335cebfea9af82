// `panelpack tables <input> [--pages 3-5,9] [--format csv|json] [-o DIR]`: the tables of one document,
// extracted as `extract` does it (a worker process under time, page, size and memory limits).
// json (default) prints {"tables": [...]}, each the same record as in `extract`; csv prints the tidy
// table_cells CSV. With -o DIR: DIR/tables.json plus one CSV per table, printed as it reads
// (header rows, then body rows), named <pack>-<table_id>.csv.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { UsageError } from '../errors.js';
import { parsePageList, tablesOnPages } from '../api.js';
import type { PackDocument } from '../records.js';
import { safeCell, toCsv } from '../emit/csv.js';
import { writeFileAtomic } from '../emit/write.js';
import { expandInputs } from './inputs.js';
import { addDocumentOptions, documentLimits, readOne, type DocumentFlags } from './flags.js';

interface TablesFlags extends DocumentFlags {
  pages?: string;
  format: string;
  output?: string;
  rawCsv?: boolean;
  excel?: boolean;
}

export function registerTables(program: Command, setCode: (c: number) => void): void {
  addDocumentOptions(program.command('tables'))
    .description('extract the tables of one document')
    .argument('<input>', 'a PDF, Word, HTML or text file, or - for stdin')
    .option('--pages <list>', 'only tables on these pages, e.g. 3-5,9')
    .option('--format <format>', 'json | csv', 'json')
    .option('-o, --output <dir>', 'write tables.json and one CSV per table into DIR')
    .option('--raw-csv', 'do not guard CSV cells against spreadsheet formulas')
    .option('--excel', 'start CSV files with a UTF-8 byte order mark')
    .addHelpText(
      'after',
      `
Examples:
  $ panelpack tables pack.pdf --pages 3-5,9 > tables.json
  $ panelpack tables pack.pdf --format csv > table_cells.csv
  $ panelpack tables pack.pdf -o tables/`,
    )
    .action(async (input: string, flags: TablesFlags) => {
      if (!['json', 'csv'].includes(flags.format)) throw new UsageError(`unknown --format ${flags.format}`);
      const pages = flags.pages ? parsePageList(flags.pages) : undefined;
      const limits = documentLimits(flags);
      const refs = expandInputs([input]);
      if (refs.length !== 1) throw new UsageError(`tables takes one document, ${input} gives ${refs.length}`);
      const doc = await readOne<PackDocument>(refs[0], { ...limits.job, password: flags.password, only: ['tables'] }, limits.timeoutMs, setCode);
      if (!doc) return;
      const tables = pages ? tablesOnPages(doc.tables, pages) : doc.tables;
      if (flags.output) {
        mkdirSync(flags.output, { recursive: true });
        writeFileAtomic(join(flags.output, 'tables.json'), JSON.stringify({ tables }, null, 2) + '\n');
        for (const t of tables) {
          const rows = [...t.header, ...t.rows].map((r) => r.map((c) => (flags.rawCsv ? c : safeCell(c))));
          const csv = stringify(rows, { record_delimiter: '\n', quoted_match: /\r/ });
          writeFileAtomic(join(flags.output, `${doc.pack}-${t.table_id}.csv`), (flags.excel ? '\uFEFF' : '') + csv);
        }
      } else if (flags.format === 'csv') process.stdout.write(toCsv([{ ...doc, tables }], 'table_cells', { raw: flags.rawCsv, excel: flags.excel }));
      else process.stdout.write(JSON.stringify({ tables }, null, 2) + '\n');
    });
}
