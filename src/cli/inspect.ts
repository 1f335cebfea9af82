// `panelpack inspect <input>`: what the reader saw. The detected reports with their page ranges, then
// page by page every block with its kind (headings in bold, tables with their size), then warnings.
// The document is read in a worker process under the same limits as `extract`.
import type { Command } from 'commander';
import type { ChalkInstance } from 'chalk';
import type { Block, DocModel } from '../model.js';
import type { Report } from '../sections/types.js';
import { UsageError } from '../errors.js';
import { segmentReports } from '../segment.js';
import { parsePageList } from '../api.js';
import { stdoutColor } from './color.js';
import { expandInputs } from './inputs.js';
import { addDocumentOptions, documentLimits, readOne, type DocumentFlags } from './flags.js';

interface InspectFlags extends DocumentFlags {
  pages?: string;
  blocks: boolean;
}

/** Block text is cut to this many characters in the outline. */
const TEXT_WIDTH = 100;

export function registerInspect(program: Command, setCode: (c: number) => void): void {
  addDocumentOptions(program.command('inspect'))
    .description('outline of a pack as read: reports with page ranges, blocks per page, tables')
    .argument('<input>', 'a PDF, Word, HTML or text file, or - for stdin')
    .option('--pages <list>', 'only these pages of the outline, e.g. 3-5,9')
    .option('--no-blocks', 'reports and tables only, no block outline')
    .addHelpText(
      'after',
      `
Examples:
  $ panelpack inspect pack.pdf               # reports, then every block of every page
  $ panelpack inspect pack.pdf --pages 7-9   # the outline of three pages
  $ panelpack inspect pack.html --no-blocks  # reports and tables only`,
    )
    .action(async (input: string, flags: InspectFlags) => {
      const pages = flags.pages ? parsePages(flags.pages) : null;
      const limits = documentLimits(flags);
      const refs = expandInputs([input]);
      if (refs.length !== 1) throw new UsageError(`inspect takes one file, ${input} holds ${refs.length}`);
      const doc = await readOne<DocModel>(refs[0], { ...limits.job, password: flags.password, want: 'model' }, limits.timeoutMs, setCode);
      if (doc) process.stdout.write(outline(refs[0].display, doc, { pages, blocks: flags.blocks }, stdoutColor));
    });
}

/** "3-5,9" -> set of page numbers. */
export function parsePages(spec: string): Set<number> {
  return new Set(parsePageList(spec));
}

export interface OutlineOptions {
  pages: Set<number> | null;
  blocks: boolean;
}

export function outline(file: string, doc: DocModel, opts: OutlineOptions, c: ChalkInstance): string {
  const out: string[] = [];
  const pageInfo = doc.pageCount === null ? 'no page marks' : `${doc.pageCount} page${doc.pageCount === 1 ? '' : 's'}`;
  out.push(c.bold(file) + ` (${doc.format}, ${pageInfo}${doc.title ? `, "${doc.title}"` : ''})`);
  out.push('', c.bold('Reports'));
  const reports = segmentReports(doc);
  for (const r of reports) out.push(`  ${pad(pageRange(r.pageStart, r.pageEnd), 9)} ${r.title ? clip(r.title) : c.dim('(front matter)')}`);
  if (reports.length === 0) out.push(c.dim('  none'));
  const tables = doc.pages.flatMap((p) => p.blocks).filter((b) => b.kind === 'table' && b.table);
  out.push('', c.bold(`Tables (${tables.length})`));
  for (const b of tables) {
    const t = b.table!;
    out.push(`  ${pad(pageRange(t.pageStart, t.pageEnd), 9)} ${tableSize(b)} ${c.dim(t.method)}  ${clip(firstRowText(b), 70)}`);
  }
  if (opts.blocks) {
    for (const page of doc.pages) {
      if (opts.pages && page.number !== null && !opts.pages.has(page.number)) continue;
      out.push('', c.bold(page.number === null ? 'Document' : `Page ${page.number}`) + reportsOnPage(reports, page.number, c));
      for (const b of page.blocks) out.push('  ' + blockLine(b, c));
      if (page.blocks.length === 0) out.push(c.dim('  (no text)'));
    }
  }
  if (doc.warnings.length) {
    out.push('', c.bold(`Warnings (${doc.warnings.length})`));
    for (const w of doc.warnings) out.push(`  ${w.page === null ? '' : `p${w.page} `}${w.code}: ${w.message}`);
  }
  return out.join('\n') + '\n';
}

function blockLine(b: Block, c: ChalkInstance): string {
  switch (b.kind) {
    case 'heading':
      return `${pad(`h${b.level ?? '?'}`, 10)} ${c.bold(clip(b.text))}`;
    case 'list_item':
      return `${pad(`item d${b.depth ?? 0}`, 10)} ${clip(b.text)}`;
    case 'table':
      return `${pad('table', 10)} ${tableSize(b)}  ${c.dim(clip(firstRowText(b), 70))}`;
    case 'header':
    case 'footer':
      return `${pad(b.kind, 10)} ${c.dim(clip(b.text))}`;
    default:
      return `${pad(b.bold ? 'para (b)' : 'para', 10)} ${clip(b.text)}`;
  }
}

function reportsOnPage(reports: Report[], page: number | null, c: ChalkInstance): string {
  if (page === null) return '';
  const starting = reports.filter((r) => r.pageStart === page && r.title);
  return starting.length ? c.dim(`  (starts: ${starting.map((r) => clip(r.title, 60)).join('; ')})`) : '';
}

function tableSize(b: Block): string {
  const t = b.table!;
  return `${t.grid.length}x${t.nCols}`;
}

function firstRowText(b: Block): string {
  return (b.table?.grid[0] ?? []).map((cell) => cell?.text ?? '').filter(Boolean).join(' | ');
}

function pageRange(from: number | null, to: number | null): string {
  if (from === null) return '–';
  return to === null || to === from ? `p${from}` : `p${from}-${to}`;
}

function clip(text: string, width = TEXT_WIDTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
