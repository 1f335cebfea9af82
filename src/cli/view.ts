// `panelpack view <input> [-o report.html]`: one self-contained HTML page showing every page as printed
// with what was read over it (tables cell by cell, headings, each record where it was printed) and the
// records, checks and warnings beside it. Read in a worker process under the same limits as `extract`.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { packIdFromFile } from '../extract.js';
import { writeFileAtomic } from '../emit/write.js';
import type { ViewReport } from '../run/protocol.js';
import { expandInputs } from './inputs.js';
import { addDocumentOptions, documentLimits, readOne, type DocumentFlags } from './flags.js';

interface ViewFlags extends DocumentFlags {
  output?: string;
  quiet?: boolean;
}

export function registerView(program: Command, setCode: (c: number) => void): void {
  addDocumentOptions(program.command('view'))
    .description('write one HTML report: the pages as printed, with every table and record marked on them')
    .argument('<input>', 'a PDF, Word, HTML or text file, or - for stdin')
    .option('-o, --output <file>', 'the report to write (default: <pack>.html in the current folder)')
    .option('-q, --quiet', 'no message on stderr')
    .addHelpText(
      'after',
      `
The report opens from disk in any current browser, offline: the PDF and the code that draws it are inside.
Examples:
  $ panelpack view pack.pdf                  # writes pack.html
  $ panelpack view pack.pdf -o report.html`,
    )
    .action(async (input: string, flags: ViewFlags) => {
      const limits = documentLimits(flags);
      const refs = expandInputs([input]);
      if (refs.length !== 1) throw new UsageError(`view takes one document, ${input} gives ${refs.length}`);
      const out = flags.output ?? `${packIdFromFile(refs[0].display)}.html`;
      const report = await readOne<ViewReport>(refs[0], { ...limits.job, password: flags.password, want: 'view' }, limits.timeoutMs, setCode);
      if (!report) return;
      writeFileAtomic(out, report.html);
      if (!flags.quiet) process.stderr.write(`wrote ${out} (${(Buffer.byteLength(report.html) / 1e6).toFixed(1)} MB)\n`);
    });
}
