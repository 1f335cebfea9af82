// The contract between the pipeline and the section parsers. Parsers read the document model only
// (never files or formats) and return the record arrays they own.
import type { Block, DocModel } from '../model.js';
import type { Meeting, PackRecords } from '../records.js';

/** A report (or the front matter) inside a pack: a run of blocks under one title. */
export interface Report {
  title: string;
  pageStart: number | null;
  pageEnd: number | null;
  blocks: Block[];
}

export interface SectionContext {
  doc: DocModel;
  /** body blocks in reading order (running headers/footers removed) */
  blocks: Block[];
  reports: Report[];
  meeting: Meeting;
  /** records produced by parsers earlier in the registry (e.g. tables before performance) */
  records: Partial<PackRecords>;
}

export interface SectionParser {
  /** short name, used in warnings and `--only` */
  name: string;
  /** record arrays this parser fills */
  produces: (keyof PackRecords)[];
  /** records of parsers earlier in the registry that this one reads (run first, also under --only) */
  needs?: (keyof PackRecords)[];
  parse(ctx: SectionContext): Partial<PackRecords>;
}
