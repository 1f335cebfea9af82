// `panelpack check <input...>`: arithmetic checks of every numeric table. One line per finding on stdout
// (or --format json|csv); exit 3 when a printed total does not add up.
// Each input is extracted as `extract` does it: worker processes under time, page and size limits.
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import type { CheckRecord, PackDocument } from '../records.js';
import { toCsv } from '../emit/csv.js';
import { runBatch } from '../run/batch.js';
import { expandInputs } from './inputs.js';
import { addDocumentOptions, documentLimits, failureMessage, type DocumentFlags } from './flags.js';

interface CheckFlags extends DocumentFlags {
  format: string;
  all?: boolean;
  rawCsv?: boolean;
  excel?: boolean;
}

export function registerCheck(program: Command, setCode: (c: number) => void): void {
  addDocumentOptions(program.command('check'))
    .description('recompute the totals of every numeric table; exit 3 when one does not add up')
    .argument('<input...>', 'PDF, Word, HTML or text files, directories, or - for stdin')
    .option('--format <format>', 'text | json | csv', 'text')
    .option('--all', 'with text output: also list totals that add up')
    .option('--raw-csv', 'do not guard CSV cells against spreadsheet formulas')
    .option('--excel', 'start CSV output with a UTF-8 byte order mark')
    .addHelpText(
      'after',
      `
Examples:
  $ panelpack check pack.pdf                 # mismatches and rounding differences, one per line
  $ panelpack check papers/ --format csv > checks.csv
  $ panelpack check pack.pdf --format json`,
    )
    .action(async (args: string[], flags: CheckFlags) => {
      if (!['text', 'json', 'csv'].includes(flags.format)) throw new UsageError(`unknown --format ${flags.format}`);
      const limits = documentLimits(flags);
      const refs = expandInputs(args);
      const docs: PackDocument[] = [];
      await runBatch(refs, {
        jobs: availableParallelism(),
        timeoutMs: limits.timeoutMs,
        job: { ...limits.job, password: flags.password, only: ['checks'] },
        onResult: (input, result) => {
          if (result.ok) docs.push(result.doc);
          else {
            process.stderr.write(`${input.display}: ${failureMessage(result)}\n`);
            setCode(EXIT.input);
          }
        },
      });
      if (docs.some((d) => d.checks.some((c) => c.status === 'mismatch'))) setCode(EXIT.strict);
      if (flags.format === 'csv') process.stdout.write(toCsv(docs, 'checks', { raw: flags.rawCsv, excel: flags.excel }));
      else if (flags.format === 'json') {
        const out = docs.map((d) => ({ pack: d.pack, checks: d.checks }));
        process.stdout.write(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
      } else for (const d of docs) if (docs.length === 1 || d.checks.length > 0) process.stdout.write(textReport(d, !!flags.all));
    });
}

function textReport(doc: PackDocument, all: boolean): string {
  const count = (s: CheckRecord['status']) => doc.checks.filter((c) => c.status === s).length;
  const shown = doc.checks.filter((c) => all || c.status !== 'ok');
  const titles = new Map(doc.tables.map((t) => [t.table_id, t.title]));
  const where = (c: CheckRecord) => {
    const title = titles.get(c.table_id);
    const short = title && title.length > 60 ? `${title.slice(0, 57)}...` : title;
    return `${c.table_id}${short ? ` "${short}"` : ''}${c.page === null ? '' : ` p${c.page}`}`;
  };
  const lines = shown.map((c) => `${doc.pack}: ${c.status.toUpperCase()} ${where(c)}: ${c.explanation}`);
  const tables = new Set(doc.checks.map((c) => c.table_id)).size;
  lines.push(`${doc.pack}: ${doc.checks.length} totals checked in ${tables} tables: ${count('ok')} ok, ` +
    `${count('rounding')} rounding, ${count('mismatch')} mismatch`);
  return lines.join('\n') + '\n';
}
