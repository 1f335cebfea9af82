// `panelpack extract <input...>`: one JSON document, NDJSON for several, or CSV/-o DIR outputs.
// Every document is extracted in a worker process under time, page, size and memory limits; a failing
// input is one stderr line and never stops the others.
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { RECORD_NAMES, type PackDocument, type RecordName } from '../records.js';
import { toJson, toNdjsonLine } from '../emit/json.js';
import { CSV_NAMES, toCsv } from '../emit/csv.js';
import { DATAPACKAGE_ID, writeOutputDir } from '../emit/outputs.js';
import { runBatch } from '../run/batch.js';
import { expandInputs, parseShard, selectShard, uniquePackIds } from './inputs.js';
import { addDocumentOptions, failureMessage, ocrMode, positiveInt, positiveNumber, sizeLimits, type DocumentFlags } from './flags.js';
import { createProgress, progressWanted } from './progress.js';

interface ExtractFlags extends DocumentFlags {
  output?: string;
  format?: string;
  section?: string;
  packId?: string;
  jobs?: string;
  shard?: string;
  only?: string;
  strict?: boolean;
  quiet?: boolean;
  progress: boolean;
  rawCsv?: boolean;
  excel?: boolean;
}

export function registerExtract(program: Command, setCode: (c: number) => void): void {
  addDocumentOptions(program.command('extract'))
    .description('extract every record of one or more packs')
    .argument('<input...>', 'PDF, Word, HTML or text files, directories, or - for stdin')
    .option('-o, --output <dir>', 'write <pack>.json per input and one CSV per record type')
    .option('--format <format>', 'json | ndjson | csv')
    .option('--section <name>', 'with --format csv: the record type to print')
    .option('--only <names>', 'extract only these record types, e.g. agenda,attendees')
    .option('--pack-id <id>', 'pack id (default: the file name without extension)')
    .option('--jobs <n>', 'documents extracted in parallel (default: number of CPUs)')
    .option('--shard <k/n>', 'process only share K of N of the inputs (for CI matrices)')
    .option('--strict', 'exit 3 when an expected section (meeting, agenda items) is missing')
    .option('--raw-csv', 'do not guard CSV cells against spreadsheet formulas')
    .option('--excel', 'start CSV files with a UTF-8 byte order mark')
    .option('--no-progress', 'no progress bar on stderr')
    .option('--quiet', 'no progress bar and no summary; only errors on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ panelpack extract pack.pdf > pack.json
  $ panelpack extract papers/ -o out/ --jobs 4
  $ panelpack extract pack.pdf --format csv --section attendees
  $ panelpack extract corpus/ --shard 2/4 --format ndjson > part2.ndjson
  $ cat pack.html | panelpack extract -`,
    )
    .action(async (args: string[], flags: ExtractFlags) => {
      let refs = expandInputs(args);
      if (flags.packId !== undefined && refs.length > 1) {
        throw new UsageError(`--pack-id names one pack, but ${refs.length} inputs were given (each is named after its file)`);
      }
      // ids over all inputs before sharding, so that every shard names a pack as the whole batch does
      const packIds = uniquePackIds(refs, flags.packId, flags.output ? [DATAPACKAGE_ID] : []);
      if (flags.shard) refs = selectShard(refs, parseShard(flags.shard));
      // --format json over several inputs is one JSON array (in every shard: the run has several inputs)
      const jsonArray = flags.format === 'json' && packIds.size > 1;
      const format = outputFormat(flags, refs.length);
      const only = flags.only ? resolveOnly(flags.only) : undefined;
      const jobs = flags.jobs === undefined ? availableParallelism() : positiveInt('--jobs', flags.jobs);
      const timeoutMs = positiveNumber('--timeout', flags.timeout) * 1000;
      const maxPages = positiveInt('--max-pages', flags.maxPages);
      const ocr = ocrMode(flags.ocr);
      const collect = !!flags.output || format === 'csv';
      const docs: PackDocument[] = [];
      const expected = expectedSections(only);

      let written = 0;
      const progress = createProgress({ total: refs.length, enabled: progressWanted(flags) });
      const summary = await runBatch(refs, {
        jobs,
        timeoutMs,
        job: { password: flags.password, maxPages, sizeLimits: sizeLimits(flags.maxBytes), only, ocr },
        onResult: (input, result) => {
          if (!result.ok) {
            progress.message(`${input.display}: ${failureMessage(result)}`);
            setCode(EXIT.input);
            return;
          }
          result.doc.pack = packIds.get(input)!;
          const partly = flags.quiet ? undefined : partlyRead(result.doc);
          if (partly) progress.message(`${input.display}: ${partly}`);
          const missing = flags.strict ? missingSections(result.doc, expected) : [];
          if (missing.length > 0) {
            progress.message(`${input.display}: missing expected section: ${missing.join(', ')}`);
            setCode(EXIT.strict);
          }
          if (collect) docs.push(result.doc);
          else if (format === 'ndjson') process.stdout.write(toNdjsonLine(result.doc));
          else if (jsonArray) process.stdout.write((written++ === 0 ? '[\n' : ',\n') + toJson(result.doc).trimEnd());
          else process.stdout.write(toJson(result.doc));
        },
        onProgress: (packsDone, _total, pagesDone) => progress.update(packsDone, pagesDone),
      });
      progress.done();
      if (jsonArray && !collect) process.stdout.write(written === 0 ? '[]\n' : '\n]\n');

      if (flags.output) {
        const { stale } = writeOutputDir(flags.output, docs, { raw: flags.rawCsv, excel: flags.excel });
        if (!flags.quiet) process.stderr.write(outputSummary(flags.output, docs));
        if (stale.length > 0) process.stderr.write(staleWarning(flags.output, stale));
      } else if (format === 'csv') process.stdout.write(toCsv(docs, flags.section!, { raw: flags.rawCsv, excel: flags.excel }));
      if (refs.length > 1 && !flags.quiet) process.stderr.write(`${summary.ok} ok, ${summary.failed} failed\n`);
    });
}

/**
 * The output format: --format, else NDJSON for several inputs and JSON for one; --section picks the one
 * CSV to print, so it implies --format csv and is a usage error with any other output.
 */
export function outputFormat(flags: Pick<ExtractFlags, 'format' | 'section' | 'output'>, inputs: number): string {
  if (flags.format !== undefined && !['json', 'ndjson', 'csv'].includes(flags.format)) throw new UsageError(`unknown --format ${flags.format}`);
  if (flags.section !== undefined) {
    if (!CSV_NAMES.includes(flags.section)) throw new UsageError(`--section ${flags.section}: unknown record type${didYouMean(flags.section)} (one of ${CSV_NAMES.join(', ')})`);
    if (flags.output) throw new UsageError('--section prints one CSV to stdout, and -o writes every CSV: use one or the other');
    if (flags.format !== undefined && flags.format !== 'csv') {
      throw new UsageError(`--section picks the CSV to print (--format csv); for ${flags.format} of some record types use --only ${flags.section === 'table_cells' ? 'tables' : flags.section}`);
    }
    return 'csv';
  }
  if (flags.format === 'csv' && !flags.output) throw new UsageError(`--format csv needs --section (one of ${CSV_NAMES.join(', ')}), or -o DIR for every CSV`);
  return flags.format ?? (inputs > 1 ? 'ndjson' : 'json');
}

/** "; did you mean attendees?" for a near miss (a plural, a prefix), else "". */
function didYouMean(word: string): string {
  const w = word.toLowerCase().replace(/s$/, '');
  const near = CSV_NAMES.filter((n) => n.startsWith(w) || (w.startsWith(n.replace(/s$/, '')) && w.length - n.length < 3));
  return near.length === 1 ? `; did you mean ${near[0]}?` : '';
}

/** <pack>.json files of an earlier run left in DIR: said once, so that no one mistakes them for this run's. */
function staleWarning(dir: string, stale: string[]): string {
  const names = stale.length <= 5 ? stale.join(', ') : `${stale.slice(0, 5).join(', ')} and ${stale.length - 5} more`;
  return `${dir}: ${stale.length} pack file${stale.length === 1 ? '' : 's'} of an earlier run ${stale.length === 1 ? 'is' : 'are'} ` +
    `not part of this output (not in its CSVs): ${names}\n`;
}

/** "agenda,attendees,minutes" -> record names; a word names the one record type it starts. */
export function resolveOnly(text: string): RecordName[] {
  const names = new Set<RecordName>();
  for (const word of text.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean)) {
    const exact = RECORD_NAMES.find((n) => n === word);
    const stem = word.replace(/s$/, '');
    const matches = exact ? [exact] : RECORD_NAMES.filter((n) => n.startsWith(stem));
    if (matches.length !== 1) {
      throw new UsageError(`--only ${word}: ${matches.length ? 'ambiguous' : 'unknown'} record type (one of ${RECORD_NAMES.join(', ')})`);
    }
    names.add(matches[0]);
  }
  if (names.size === 0) throw new UsageError('--only: no record types given');
  return [...names];
}

/** What -o wrote, and how many records of each kind: two lines for stderr. */
function outputSummary(dir: string, docs: PackDocument[]): string {
  const packFiles = docs.length <= 3 ? docs.map((d) => `${d.pack}.json`).join(', ') : `${docs.length} <pack>.json files`;
  const counts = RECORD_NAMES.map((name) => [name, docs.reduce((n, d) => n + d[name].length, 0)] as const)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${n.toLocaleString('en-GB')} ${name}`);
  const cells = docs.reduce((n, d) => n + d.tables.reduce((m, t) => m + t.cells.length, 0), 0);
  if (cells > 0) counts.push(`${cells.toLocaleString('en-GB')} table_cells`);
  return `wrote ${dir}: ${packFiles}${packFiles ? ', ' : ''}${CSV_NAMES.length} CSV files, datapackage.json\n` +
    `${docs.length} pack${docs.length === 1 ? '' : 's'}: ${counts.join(', ') || 'no records'}\n`;
}

/** A document kept although some of its pages could not be read: one line, so that it is not missed. */
function partlyRead(doc: PackDocument): string | undefined {
  const failed = doc.warnings.filter((w) => w.code === 'page_failed');
  if (failed.length === 0) return undefined;
  const more = failed.length > 1 ? ` (and ${failed.length - 1} more page${failed.length > 2 ? 's' : ''})` : '';
  return `partly read: ${failed[0].message.replace(/\.$/, '')}${more}; the rest is kept (see warnings)`;
}

type Expected = RecordName | 'meeting';

/** What --strict requires: the types asked for with --only, else what every pack has (meeting, agenda). */
function expectedSections(only: RecordName[] | undefined): Expected[] {
  return only ? only.filter((n) => n !== 'warnings' && n !== 'checks') : ['meeting', 'agenda_items'];
}

function missingSections(doc: PackDocument, expected: Expected[]): Expected[] {
  return expected.filter((name) => {
    if (name === 'meeting') return !doc.meeting.body && !doc.meeting.date;
    return doc[name].length === 0;
  });
}
