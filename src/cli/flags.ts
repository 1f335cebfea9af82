// What the commands that read documents share: flag values of the limits per document (a bad value is a
// usage error), and reading one document in a worker process under those limits.
import type { Command } from 'commander';
import { EXIT, UsageError, type InputReason } from '../errors.js';
import { runBatch } from '../run/batch.js';
import type { JobOptions } from '../run/protocol.js';
import type { InputRef } from './inputs.js';
import { DEFAULT_SIZE_LIMITS, parseByteSize, type SizeLimits } from '../readers/limits.js';
import { OCR_MODES, type OcrMode } from '../readers/ocr/options.js';

export function positiveInt(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} ${text}: expected a whole number >= 1`);
  return n;
}

export function positiveNumber(flag: string, text: string): number {
  const n = Number(text);
  if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`${flag} ${text}: expected a number > 0`);
  return n;
}

/** --max-bytes sets one limit for every format; without it, the per-format defaults. */
export function sizeLimits(text: string | undefined): SizeLimits {
  if (text === undefined) return DEFAULT_SIZE_LIMITS;
  const bytes = parseByteSize(text);
  if (!(bytes > 0)) throw new UsageError(`--max-bytes ${text}: expected a size such as 50MB or 2000000`);
  return { ...DEFAULT_SIZE_LIMITS, pdf: bytes, html: bytes, text: bytes, docx: bytes };
}

/** --ocr auto|always|never */
export function ocrMode(text: string | undefined): OcrMode {
  const mode = (text ?? 'auto') as OcrMode;
  if (!OCR_MODES.includes(mode)) throw new UsageError(`--ocr ${text}: expected ${OCR_MODES.join(', ')}`);
  return mode;
}

export interface LimitFlags {
  timeout: string;
  maxPages: string;
  maxBytes?: string;
  ocr?: string;
}

/** The options every command that reads documents takes: the password and the per-document limits. */
export function addDocumentOptions(cmd: Command): Command {
  return cmd
    .option('--password <password>', 'password of encrypted PDFs')
    .option('--timeout <seconds>', 'time limit per document (each page read by OCR adds 10 s)', '60')
    .option('--max-pages <n>', 'page limit per document', '2000')
    .option('--max-bytes <size>', 'size limit per document, e.g. 200MB (default 100MB PDF, 20MB HTML/text)')
    .option('--ocr <mode>', 'read by OCR: auto (pages without usable text, images), always, never', 'auto');
}

/** The values of the options addDocumentOptions declares. */
export interface DocumentFlags extends LimitFlags {
  password?: string;
}

/** The per-document limits of --timeout, --max-pages and --max-bytes. */
export function documentLimits(flags: LimitFlags): { timeoutMs: number; job: Pick<JobOptions, 'maxPages' | 'sizeLimits' | 'ocr'> } {
  return {
    timeoutMs: positiveNumber('--timeout', flags.timeout) * 1000,
    job: { maxPages: positiveInt('--max-pages', flags.maxPages), sizeLimits: sizeLimits(flags.maxBytes), ocr: ocrMode(flags.ocr) },
  };
}

/** The library's words for a failed input, with the flag that helps where there is one. */
export function failureMessage(result: { reason: InputReason; message: string }): string {
  if (result.reason === 'encrypted') return 'encrypted: needs --password';
  if (result.reason === 'bad_password') return 'encrypted: wrong --password';
  return result.message;
}

/**
 * One document through the worker pool, as `extract` reads each of its inputs: its result, or undefined
 * after one stderr line naming the file and exit code 1.
 */
export async function readOne<T>(ref: InputRef, job: JobOptions, timeoutMs: number, setCode: (c: number) => void): Promise<T | undefined> {
  let out: T | undefined;
  await runBatch<T>([ref], {
    jobs: 1,
    timeoutMs,
    job,
    onResult: (input, result) => {
      if (result.ok) out = result.doc;
      else {
        process.stderr.write(`${input.display}: ${failureMessage(result)}\n`);
        setCode(EXIT.input);
      }
    },
  });
  return out;
}
