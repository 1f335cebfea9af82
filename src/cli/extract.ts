// `panelpack extract <input...>`: one JSON document, NDJSON for several, or CSV/-o DIR outputs.
import type { Command } from 'commander';
import { describeError, EXIT, UsageError } from '../errors.js';
import { extractBytes } from '../extract.js';
import type { PackDocument } from '../records.js';
import { toJson, toNdjsonLine } from '../emit/json.js';
import { CSV_NAMES, toCsv } from '../emit/csv.js';
import { writeOutputDir } from '../emit/outputs.js';
import { expandInputs, readInputBytes } from './inputs.js';

interface ExtractFlags {
  output?: string;
  format?: string;
  section?: string;
  password?: string;
  packId?: string;
  maxPages: string;
  rawCsv?: boolean;
  excel?: boolean;
}

export function registerExtract(program: Command, setCode: (c: number) => void): void {
  program
    .command('extract')
    .description('extract every record of one or more packs')
    .argument('<input...>', 'PDF, HTML or text files, directories, or - for stdin')
    .option('-o, --output <dir>', 'write <pack>.json per input and one CSV per record type')
    .option('--format <format>', 'json | ndjson | csv')
    .option('--section <name>', 'with --format csv: the record type to print')
    .option('--password <password>', 'password of encrypted PDFs')
    .option('--pack-id <id>', 'pack id (default: the file name without extension)')
    .option('--max-pages <n>', 'page limit per document', '2000')
    .option('--raw-csv', 'do not guard CSV cells against spreadsheet formulas')
    .option('--excel', 'start CSV files with a UTF-8 byte order mark')
    .addHelpText(
      'after',
      `
Examples:
  $ panelpack extract pack.pdf > pack.json
  $ panelpack extract papers/ -o out/
  $ panelpack extract pack.pdf --format csv --section attendees
  $ cat pack.html | panelpack extract -`,
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      const refs = expandInputs(inputs);
      const format = flags.format ?? (refs.length > 1 ? 'ndjson' : 'json');
      if (!['json', 'ndjson', 'csv'].includes(format)) throw new UsageError(`unknown --format ${format}`);
      if (format === 'csv' && !flags.output && !CSV_NAMES.includes(flags.section ?? '')) {
        throw new UsageError(`--format csv needs --section (one of ${CSV_NAMES.join(', ')})`);
      }
      const docs: PackDocument[] = [];
      for (const ref of refs) {
        try {
          const bytes = readInputBytes(ref);
          docs.push(
            await extractBytes(bytes, {
              fileName: ref.display,
              packId: flags.packId,
              password: flags.password,
              maxPages: Number(flags.maxPages),
            }),
          );
        } catch (err) {
          process.stderr.write(describeError(ref.display, err) + '\n');
          setCode(EXIT.input);
        }
      }
      if (flags.output) {
        writeOutputDir(flags.output, docs, { raw: flags.rawCsv, excel: flags.excel });
        return;
      }
      if (format === 'csv') process.stdout.write(toCsv(docs, flags.section!, { raw: flags.rawCsv, excel: flags.excel }));
      else if (format === 'ndjson') for (const d of docs) process.stdout.write(toNdjsonLine(d));
      else for (const d of docs) process.stdout.write(toJson(d));
    });
}
